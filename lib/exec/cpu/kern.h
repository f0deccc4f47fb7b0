/* The CPU plan's matrix kernels: y = x W^T for a weight W of N rows of K
 * elements, as the graphs' projections are written (dot_general with
 * contracting dims [1] x [1]).  W stays as the checkpoint stores it:
 * f32, bf16 or f16 rows are widened inside the kernel (exactly, so the
 * products equal those of a widened copy), and MLX-packed rows are
 * dequantized inside the kernel with the graph's own arithmetic
 * (q * scale, rounded, + bias, rounded: the same f32 weights the graph
 * computes, bit for bit).  Sums run in f32 in a different order from
 * the reference interpreter's: results agree to rounding, not bits.
 *
 * Few rows of x (decode, small batches): our own GEMVs, chosen at run
 * time (AVX-512, else AVX2+FMA, else plain C), split over N across the
 * pool.  Many rows (prefill, big batches): on AVX-512, from
 * KERN_GEMM_MIN rows, our own GEMM (gemm.c, kern_gemm: panels of W
 * widened or dequantized once into L1); without AVX-512, OpenBLAS sgemm
 * from KERN_GEMM_ROWS rows, fed f32 tiles of W widened on the fly when
 * W is narrower.  (OpenBLAS also runs prefill attention's batched dots,
 * plan_run.c dot_sgemm.) */
#ifndef KERN_H
#define KERN_H

#include <stdint.h>

#include "base/dtype.h"
#include "exec/cpu/pool.h"

/* Rows of x from which the sgemm path is taken (AVX2), and from which
 * kern_gemm is (AVX-512; for f32 W also KERN_DIRECT8_MIN to 8 rows, f16
 * only where kern_direct_fill: its direct path in ymm, against rowsm512
 * at M = 8 1.2-1.8x on the 1B shapes, at 5 and 6 1.2x, at 4 1.1x, on a
 * Zen 4; bf16 W stays on rowsm512, kern.c's kern_direct_fill says why). */
enum { KERN_GEMM_ROWS = 24, KERN_GEMM_MIN = 16, KERN_DIRECT8_MIN = 5 };

/* y[M][N] = sum_k x[M][k] * W[N][k], W of type wdt (F32, BF16, F16). */
void kern_matmul(struct pool *p, const float *x, int64_t M, int64_t K,
    const void *w, enum dtype wdt, int64_t N, float *y);

/* kern_matmul for x whose every element is a bf16 value held in f32
 * (the dot_general operands of `emit -p bf16` graphs) and W of type
 * wdt: the same sums, but where the CPU has AVX512-BF16 and W is bf16,
 * one row of x multiplies as bf16 with its dot-product instructions
 * (each product of two bf16 exact in f32, summed in f32 like any
 * kernel's), as llama.cpp's bf16 path does.  Those instructions count
 * a subnormal weight as zero and flush subnormal partial sums; an x
 * with a subnormal element or one that is not a bf16 takes the f32
 * kernels instead. */
void kern_matmul_bx(struct pool *p, const float *x, int64_t M, int64_t K,
    const void *w, enum dtype wdt, int64_t N, float *y);

/* Whether kern_matmul_bx multiplies bf16 weights with AVX512-BF16: 0
 * no, 1 yes, 2 yes and many rows of x on AMX's tiles. */
int kern_bf16dot(void);

/* A weight packed MLX-style: row n holds K/(32/bits) little-endian
 * uint32 words, element k at bits (k*bits) % 32 of word k*bits/32;
 * scale and bias per group of gs elements, of type sdt (F32, BF16,
 * F16), N x K/gs each. */
struct kern_qweight {
	const uint32_t *q;
	const void *scale, *bias;
	enum dtype sdt;
	int bits, gs;
};

/* y[M][N] = sum_k x[M][k] * (q[n][k] * scale + bias).  bits 2, 4 or 8;
 * gs a multiple of 8 dividing K. */
void kern_matmul_q(struct pool *p, const float *x, int64_t M, int64_t K,
    const struct kern_qweight *w, int64_t N, float *y);

/* kern_gemm packs x into tiles first: kern_gemm_xbytes(M, K) bytes for
 * M > 16 rows (8.4 MB for a 1B model's prefill-256 down projection).
 * kern_gemm_use gives the next kern_gemm calls on this thread a buffer
 * of n bytes to pack into where it is big enough (NULL: their own); the
 * CPU plan lends one from its slab (plan.c plan_slab). */
size_t kern_gemm_xbytes(int64_t M, int64_t K);
void kern_gemm_use(void *buf, size_t n);

/* What a kern_matmul (xbf: kern_matmul_bx) or kern_matmul_q of M rows
 * of K would have kern_gemm pack x into: the buffer kern_gemm_use should
 * lend it, or 0 where it takes another kernel (or packs its own). */
size_t kern_matmul_xbytes(int64_t M, int64_t K, int xbf);

/* y[M][N] = sum_k x[M][k] * W[N][k] on AVX-512 for many rows of x: W
 * plain (w of type wdt) or packed (qw, when not NULL); the callers
 * (kern_matmul, kern_matmul_q) pick it.  0. */
int kern_gemm(struct pool *p, const float *x, int64_t M, int64_t K, const void *w, enum dtype wdt,
    const struct kern_qweight *qw, int64_t N, float *y);

/* kern_gemm for x of bf16 values and bf16 W with AVX512-BF16, or on
 * AMX where amx (the caller checks the CPU): -1, having done nothing,
 * when an element of x is not a bf16 or is subnormal. */
int kern_gemm_bf(struct pool *p, const float *x, int64_t M, int64_t K, const uint16_t *w, int64_t N, float *y,
    int amx);

/* Widens n elements of row-major W (F32, BF16, F16) to f32. */
void kern_widen(const void *w, enum dtype wdt, int64_t n, float *out);

/* Dequantizes rows [n0, n1) of a packed weight into out (row-major f32). */
void kern_dequant_rows(const struct kern_qweight *w, int64_t K, int64_t n0, int64_t n1, float *out);

/* OpenBLAS's kernel family ("Haswell", "SkylakeX"...). */
const char *kern_blas_core(void);

/* Which GEMV the CPU got: "avx512" (the packed GEMV only), "avx2" or "c". */
const char *kern_isa(void);
/* Whether the AVX-512 kernels run (the CPU has them, none forced off). */
int kern_avx512(void);

/* The dot product of a and b (n floats), and y += a * x: AVX2+FMA when
 * the CPU has it (summing in another order than plain C). */
float kern_dot_f32(const float *a, const float *b, int64_t n);
void kern_axpy_f32(float a, const float *x, float *y, int64_t n);

/* Attention's many short products on AVX-512, -1 (having done nothing)
 * where they do not apply: out[n] = sum_k x[k] * y[off[n] + k] (nk a
 * multiple of 16 up to 256), and out[n] = sum_k a[aoff[k]] * y[yoff[k]
 * + n] (nn a multiple of 16 up to 128). */
int kern_dots_f32(const float *x, const float *y, const int64_t *off, int64_t nn, int64_t nk, float *out);
int kern_axpys_f32(const float *a, const int64_t *aoff, const float *y, const int64_t *yoff, int64_t nk,
    int64_t nn, float *out);

/* Forces the plain C kernels, or the AVX2 ones where the CPU has
 * AVX-512 (tests hold each against the same sums). */
void kern_force_c(int on);
void kern_force_avx2(int on);
/* Keeps kern_matmul_bx off AMX (AVX512-BF16 only), to test both. */
void kern_force_noamx(int on);
/* Whether kern_gemm's direct path (up to 16 rows of x) takes weights it
 * must widen or dequantize (bf16, f16, 4- and 8-bit): not on Intel's
 * CPUs (kern.c says why); kern_flip_fill turns the answer round, to test
 * the other way. */
int kern_direct_fill(void);
void kern_flip_fill(int on);

/* Threads OpenBLAS may use for the sgemm path. */
void kern_set_blas_threads(int n);

/* OpenBLAS on one thread for the sgemm calls that follow (on: the
 * pool's threads each make their own), or on kern_set_blas_threads's
 * number again (off). */
void kern_blas_serial(int on);

#endif
