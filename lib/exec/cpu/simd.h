/* The CPU kernels' shared AVX-512 pieces (kern.c, gemm.c): the target
 * attribute their functions carry (chosen at run time, never required
 * to build or run) and small inline loads. */
#ifndef SIMD_H
#define SIMD_H

#include <immintrin.h>
#include <stdint.h>

#include "base/dtype.h"

#define AVX512 __attribute__((target("avx2,fma,f16c,avx512f,avx512bw,avx512vl,avx512dq")))
/* ...and AVX512-BF16's dot products (vdpbf16ps), for the kernels of x
 * holding bf16 values (kern_matmul_bx) */
#define AVX512BF16 __attribute__((target("avx2,fma,f16c,avx512f,avx512bw,avx512vl,avx512dq,avx512bf16")))
/* ...and AMX's tiles with their bf16 dot products (kern_gemm_bf) */
#define AMXBF16 __attribute__((target("avx2,fma,f16c,avx512f,avx512bw,avx512vl,avx512dq,avx512bf16,amx-tile,amx-bf16")))

/* Sixteen elements k..k+15 (k a multiple of 16) of a packed row. */
AVX512 static inline __m512
qload16(int bits, const uint32_t *qrow, int64_t k, __m512 s, __m512 b)
{
	const uint32_t *p = qrow + k * bits / 32;
	__m128i w;
	__m512i idx, sh;

	switch (bits) {
	case 8:
		w = _mm_loadu_si128((const __m128i *)p);
		idx = _mm512_setr_epi32(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3);
		sh = _mm512_setr_epi32(0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24);
		break;
	case 4:
		w = _mm_loadl_epi64((const __m128i *)p);
		idx = _mm512_setr_epi32(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1);
		sh = _mm512_setr_epi32(0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28);
		break;
	default:	/* 2 */
		w = _mm_cvtsi32_si128((int)*p);
		idx = _mm512_setzero_si512();
		sh = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
		break;
	}
	__m512i v = _mm512_permutexvar_epi32(idx, _mm512_castsi128_si512(w));
	v = _mm512_and_si512(_mm512_srlv_epi32(v, sh), _mm512_set1_epi32((1 << bits) - 1));
	return _mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(v), s), b);
}

/* Up to sixteen scales (or biases) from i of a row of type dt as f32,
 * the rest of the lanes zero. */
AVX512 static inline __m512
load16(const void *src, enum dtype dt, int64_t i, int64_t n)
{
	__mmask16 m = n >= 16 ? 0xFFFF : (__mmask16)((1u << n) - 1);

	switch (dt) {
	case DTYPE_F16:
		return _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(m, (const uint16_t *)src + i));
	case DTYPE_BF16:
		return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(
		    _mm256_maskz_loadu_epi16(m, (const uint16_t *)src + i)), 16));
	default:
		return _mm512_maskz_loadu_ps(m, (const float *)src + i);
	}
}

#endif
