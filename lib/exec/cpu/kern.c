/* syscall(2), to ask Linux for AMX's tile state */
#define _DEFAULT_SOURCE
#include <cpuid.h>
#include <immintrin.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

#include <cblas.h>

#include "exec/cpu/kern.h"
#include "exec/cpu/simd.h"
#include "base/util.h"

static int force_c, force_avx2, force_noamx, flip_fill;

void
kern_force_c(int on)
{
	force_c = on;
}

void
kern_force_avx2(int on)
{
	force_avx2 = on;
}

void
kern_force_noamx(int on)
{
	force_noamx = on;
}

void
kern_flip_fill(int on)
{
	flip_fill = on;
}

/* CPUID's vendor (leaf 0) and family (leaf 1, base plus extended), read
 * once: the kernels some CPUs measured better with (intel, zen5). */
enum { CPU_OTHER, CPU_INTEL, CPU_AMD };

static int
cpu_vendor(int *family)
{
	static int vendor = -1, fam;

	if (vendor < 0) {
		unsigned a, b = 0, c = 0, d = 0;
		vendor = CPU_OTHER;
		if (__get_cpuid(0, &a, &b, &c, &d)) {
			if (b == 0x756e6547 && d == 0x49656e69 && c == 0x6c65746e)	/* "GenuineIntel" */
				vendor = CPU_INTEL;
			else if (b == 0x68747541 && d == 0x69746e65 && c == 0x444d4163)	/* "AuthenticAMD" */
				vendor = CPU_AMD;
		}
		if (__get_cpuid(1, &a, &b, &c, &d))
			fam = (int)(((a >> 8) & 0xF) + ((a >> 20) & 0xFF));
	}
	if (family)
		*family = fam;
	return vendor;
}

static int
intel(void)
{
	return cpu_vendor(NULL) == CPU_INTEL;
}

/* AMD's Zen 5 or later (CPUID family 0x1A and up).  There bf16 rows
 * against one row of x go eight at a time (rows512_x8) at every K, not
 * only where x overflows L1: the 1B model's bf16 GEMVs, rows 40 bytes
 * past a line, 2 threads, alternated twice: 32-33 -> 37-42 GB/s, its
 * decode 10.2-11.5 -> 11.3-12.4 tok/s (f32 rows the same or slower:
 * 47-50 against 46-47 GB/s).  A Zen 4 measured the other way before
 * (RX_MINK's comment), so the family picks. */
static int
zen5(void)
{
	int family;

	return cpu_vendor(&family) == CPU_AMD && family >= 0x1A;
}

/* kern_gemm's direct path widens or dequantizes eight weight rows 16
 * columns at a time into a buffer and broadcasts from there.  On a Zen 4
 * (2 threads, the 1B model's batched decode, alternated) that beat the
 * panels at 16 rows of x (bf16 42 -> 52-54 tok/s, 8-bit 36-39 -> 47-51,
 * 4-bit 32-34 -> 44-50) and rowsm512 at 5 to 8 (bf16 38-39 -> 42-44).  On
 * a Xeon with AMX (Sapphire Rapids class, 2 threads, alternated twice)
 * it lost to both: at 16 rows bf16 45.5-45.9 against 50.6-50.8 on the
 * panels, 8-bit 32.0-32.3 against 42.3-42.6, 4-bit 39.2-39.4 against
 * 43.8-44.2; bf16 at 8 rows 21.8 against 34.0-34.1 on rowsm512 (a third
 * buffer, to fill two blocks ahead, changed nothing).  f32 weights,
 * broadcast from their own rows, win on both (the Xeon at 16 rows: 48.6
 * against 40.2 on the panels; at 8, 29.8 against 25.8).  So the vendor
 * picks, Intel's CPUs taking the panels and rowsm512.  At 5 to 8 rows
 * bf16 now takes rowsm512 on every CPU: once rowsm_tile read its rows
 * in whole lines (struct arow), a Zen 5 (2 threads, the 1B model's bf16
 * shapes, alternated) read 19-23 GB/s there against 12 on the direct
 * path, 14.7 against 12.0 at 8 rows. */
int
kern_direct_fill(void)
{
	return intel() == flip_fill;
}

static int
have_avx2(void)
{
	static int have = -1;

	if (have < 0) {
		unsigned a, b, c = 0, d;
		__builtin_cpu_init();
		/* F16C from CPUID.1:ECX bit 29: clang's __builtin_cpu_supports
		 * does not know "f16c" (make fuzz builds with clang) */
		__cpuid(1, a, b, c, d);
		have = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && (c >> 29 & 1);
	}
	return have && !force_c;
}

static int
have_avx512(void)
{
	static int have = -1;

	if (have < 0)
		have = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
		    __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq");
	return have && have_avx2() && !force_avx2;
}

/* AVX512-BF16: CPUID.(EAX=7,ECX=1):EAX bit 5. */
static int
have_bf16dot(void)
{
	static int have = -1;

	if (have < 0) {
		unsigned a = 0, b, c, d;
		have = __get_cpuid_count(7, 1, &a, &b, &c, &d) && (a >> 5 & 1);
	}
	return have && have_avx512();
}

/* AMX with its bf16 dot products (CPUID.(EAX=7,ECX=0):EDX bits 24 and
 * 22), where the kernel lets this process keep the tiles' 8 KB of state:
 * Linux wants each process to ask (arch_prctl ARCH_REQ_XCOMP_PERM for
 * XFEATURE_XTILEDATA, 18), once, for all its threads. */
static int
have_amx(void)
{
	static int have = -1;

	if (have < 0) {
		unsigned a, b, c, d = 0;
		have = __get_cpuid_count(7, 0, &a, &b, &c, &d) && (d >> 24 & 1) && (d >> 22 & 1);
#if defined(__linux__) && defined(SYS_arch_prctl)
		have = have && syscall(SYS_arch_prctl, 0x1023, 18) == 0;
#else
		have = 0;
#endif
	}
	return have && have_bf16dot() && !force_noamx;
}

int
kern_bf16dot(void)
{
	return have_bf16dot() + have_amx();
}

int
kern_avx512(void)
{
	return have_avx512();
}

const char *
kern_isa(void)
{
	return have_avx512() ? "avx512" : have_avx2() ? "avx2" : "c";
}

static int blas_threads;

/* Asked for at load, told to OpenBLAS at the first sgemm only: setting
 * it wakes OpenBLAS's threads, which then spin a while. */
static void blas_core(void);

void
kern_set_blas_threads(int n)
{
	static int core;

	if (!core) {
		blas_core();
		core = 1;
	}
	blas_threads = n;
}

/* DYNAMIC_ARCH OpenBLAS (Debian's) falls back to its Prescott (SSE3)
 * kernels on a CPU it does not know by model number, which virtual
 * machines often report: a third of the speed.  When the user has not
 * chosen (OPENBLAS_CORETYPE), pick by the features the CPU has.  These
 * two functions are OpenBLAS's own (dynamic.c), not its public API. */
extern char *openblas_get_corename(void);
extern void gotoblas_dynamic_init(void);
extern void gotoblas_dynamic_quit(void);

static void
blas_core(void)
{
	const char *core = openblas_get_corename();
	const char *want = NULL;

	if (getenv("OPENBLAS_CORETYPE") || !core || strcasecmp(core, "prescott"))
		return;
	if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
	    __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl"))
		want = "SkylakeX";
	else if (have_avx2())
		want = "Haswell";
	if (!want)
		return;
	setenv("OPENBLAS_CORETYPE", want, 1);
	gotoblas_dynamic_quit();
	gotoblas_dynamic_init();
}

const char *
kern_blas_core(void)
{
	return openblas_get_corename();
}

static int blas_told;

static void
blas_init(void)
{
	if (blas_threads > 0 && blas_told != blas_threads) {
		openblas_set_num_threads(blas_threads);
		blas_told = blas_threads;
	}
}

void
kern_blas_serial(int on)
{
	if (on && blas_told != 1) {
		openblas_set_num_threads(1);
		blas_told = 1;
	} else if (!on) {
		blas_init();
	}
}

static float
elem(const void *w, enum dtype dt, int64_t i)
{
	uint16_t h;

	switch (dt) {
	case DTYPE_BF16:
		memcpy(&h, (const char *)w + 2 * i, 2);
		return bf16_to_f32(h);
	case DTYPE_F16:
		memcpy(&h, (const char *)w + 2 * i, 2);
		return f16_to_f32(h);
	default: {
		float f;
		memcpy(&f, (const char *)w + 4 * i, 4);
		return f;
	}
	}
}

static void widen_avx2(const void *w, enum dtype wdt, int64_t n, float *out);
static void dequant_avx2(const struct kern_qweight *w, int64_t K, int64_t n0, int64_t n1, float *out);

void
kern_widen(const void *w, enum dtype wdt, int64_t n, float *out)
{
	if (wdt == DTYPE_F32)
		memcpy(out, w, (size_t)n * sizeof(float));
	else if (have_avx2())
		widen_avx2(w, wdt, n, out);
	else
		for (int64_t i = 0; i < n; i++)
			out[i] = elem(w, wdt, i);
}

/* Element k of row n of a packed weight, as the graph computes it. */
static float
qelem(const struct kern_qweight *w, int64_t K, int64_t n, int64_t k)
{
	int64_t per = 32 / w->bits, words = K / per, g = K / w->gs;
	uint32_t word = w->q[n * words + k / per];
	uint32_t q = (word >> ((k % per) * w->bits)) & ((1u << w->bits) - 1);
	float v = (float)q * elem(w->scale, w->sdt, n * g + k / w->gs);

	return v + elem(w->bias, w->sdt, n * g + k / w->gs);
}

void
kern_dequant_rows(const struct kern_qweight *w, int64_t K, int64_t n0, int64_t n1, float *out)
{
	if (have_avx2() && w->gs % 8 == 0 && K % w->gs == 0) {
		dequant_avx2(w, K, n0, n1, out);
		return;
	}
	for (int64_t n = n0; n < n1; n++)
		for (int64_t k = 0; k < K; k++)
			*out++ = qelem(w, K, n, k);
}

/* The plain C GEMV: one output at a time, sums in order. */
static void
rows_c(const float *x, int64_t M, int64_t K, const void *w, enum dtype wdt,
    const struct kern_qweight *qw, int64_t N, float *y, int64_t n0, int64_t n1)
{
	float *row = emalloc64((size_t)K * sizeof(float));

	for (int64_t n = n0; n < n1; n++) {
		if (qw)
			kern_dequant_rows(qw, K, n, n + 1, row);
		else
			kern_widen((const char *)w + (size_t)n * (size_t)K * dtype_size(wdt), wdt, K, row);
		for (int64_t m = 0; m < M; m++) {
			float s = 0;
			for (int64_t k = 0; k < K; k++)
				s += x[m * K + k] * row[k];
			y[m * N + n] = s;
		}
	}
	free(row);
}

#define AVX2 __attribute__((target("avx2,fma,f16c")))

AVX2 static inline __m256
load8(const void *w, enum dtype dt, int64_t k)
{
	switch (dt) {
	case DTYPE_BF16: {
		__m128i h = _mm_loadu_si128((const __m128i *)((const uint16_t *)w + k));
		return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
	}
	case DTYPE_F16:
		return _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)((const uint16_t *)w + k)));
	default:
		return _mm256_loadu_ps((const float *)w + k);
	}
}

AVX2 static inline float
hsum(__m256 v)
{
	__m128 lo = _mm256_castps256_ps128(v), hi = _mm256_extractf128_ps(v, 1);
	lo = _mm_add_ps(lo, hi);
	lo = _mm_add_ps(lo, _mm_movehl_ps(lo, lo));
	lo = _mm_add_ss(lo, _mm_movehdup_ps(lo));
	return _mm_cvtss_f32(lo);
}

/* Eight elements k..k+7 of row n of a packed weight (k a multiple of 8,
 * so the group's scale and bias are one each). */
AVX2 static inline __m256
qload8(const struct kern_qweight *w, const uint32_t *qrow, int64_t k, __m256 s, __m256 b)
{
	int bits = w->bits;
	int64_t bit = k * bits;
	const uint32_t *p = qrow + bit / 32;
	int base = (int)(bit % 32);
	__m256i words, sh, v;

	if (bits == 8) {
		__m128i two = _mm_loadl_epi64((const __m128i *)p);
		words = _mm256_permutevar8x32_epi32(_mm256_castsi128_si256(two),
		    _mm256_setr_epi32(0, 0, 0, 0, 1, 1, 1, 1));
		sh = _mm256_setr_epi32(0, 8, 16, 24, 0, 8, 16, 24);
	} else {
		words = _mm256_set1_epi32((int)*p);
		sh = bits == 4 ? _mm256_setr_epi32(0, 4, 8, 12, 16, 20, 24, 28) :
		    _mm256_add_epi32(_mm256_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14), _mm256_set1_epi32(base));
	}
	v = _mm256_and_si256(_mm256_srlv_epi32(words, sh), _mm256_set1_epi32((1 << bits) - 1));
	/* the graph: convert, multiply (rounded), add (rounded): no FMA here */
	return _mm256_add_ps(_mm256_mul_ps(_mm256_cvtepi32_ps(v), s), b);
}

/* One row of x against plain rows of W, the decode hot loop: four
 * accumulators hide the FMA latency. */
AVX2 static void
rows_avx2_1x2(const float *x, int64_t K, const void *w, enum dtype wdt, int64_t N, float *y,
    int64_t n0, int64_t n1)
{
	size_t wsz = dtype_size(wdt);
	for (int64_t n = n0; n < n1; n++) {
		const char *row = (const char *)w + (size_t)n * (size_t)K * wsz;
		__m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps(), a2 = _mm256_setzero_ps(),
		    a3 = _mm256_setzero_ps();
		int64_t k = 0;
		for (; k + 32 <= K; k += 32) {
			_mm_prefetch(row + 2 * (size_t)K * wsz + (size_t)k * wsz, _MM_HINT_T0);
			if (wsz == 4)
				_mm_prefetch(row + 2 * (size_t)K * wsz + (size_t)k * wsz + 64, _MM_HINT_T0);
			a0 = _mm256_fmadd_ps(load8(row, wdt, k), _mm256_loadu_ps(x + k), a0);
			a1 = _mm256_fmadd_ps(load8(row, wdt, k + 8), _mm256_loadu_ps(x + k + 8), a1);
			a2 = _mm256_fmadd_ps(load8(row, wdt, k + 16), _mm256_loadu_ps(x + k + 16), a2);
			a3 = _mm256_fmadd_ps(load8(row, wdt, k + 24), _mm256_loadu_ps(x + k + 24), a3);
		}
		for (; k + 8 <= K; k += 8)
			a0 = _mm256_fmadd_ps(load8(row, wdt, k), _mm256_loadu_ps(x + k), a0);
		float t = 0;
		for (; k < K; k++)
			t += x[k] * elem(row, wdt, k);
		y[n] = hsum(_mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3))) + t;
	}
}

/* A row's g scales (or biases) as f32, eight at a time where it can. */
AVX2 static void
widen_row(const void *src, enum dtype dt, int64_t first, int64_t g, float *out)
{
	int64_t i = 0;
	size_t es = dtype_size(dt);
	const char *p = (const char *)src + (size_t)first * es;

	for (; i + 8 <= g; i += 8)
		_mm256_storeu_ps(out + i, load8(p, dt, i));
	for (; i < g; i++)
		out[i] = elem(p, dt, i);
}

enum { QMAXG = 1024 };	/* groups a row, for the per-row scale buffers */

AVX2 static void
widen_avx2(const void *w, enum dtype wdt, int64_t n, float *out)
{
	int64_t i = 0;
	for (; i + 8 <= n; i += 8)
		_mm256_storeu_ps(out + i, load8(w, wdt, i));
	for (; i < n; i++)
		out[i] = elem(w, wdt, i);
}

AVX2 static void
dequant_avx2(const struct kern_qweight *w, int64_t K, int64_t n0, int64_t n1, float *out)
{
	int64_t g = K / w->gs, words = K * w->bits / 32;
	for (int64_t n = n0; n < n1; n++) {
		const uint32_t *qrow = w->q + n * words;
		for (int64_t k0 = 0; k0 < K; k0 += w->gs) {
			__m256 s = _mm256_set1_ps(elem(w->scale, w->sdt, n * g + k0 / w->gs));
			__m256 b = _mm256_set1_ps(elem(w->bias, w->sdt, n * g + k0 / w->gs));
			for (int64_t k = k0; k < k0 + w->gs; k += 8)
				_mm256_storeu_ps(out + k, qload8(w, qrow, k, s, b));
		}
		out += K;
	}
}

/* The packed GEMV for one row of x, the decode case: four accumulators
 * (the FMA latency, not the loads, bounds a single chain).  gs % 32 == 0. */
AVX2 static void
qrows_avx2_1(const float *x, int64_t K, const struct kern_qweight *qw, float *y, int64_t n0, int64_t n1)
{
	int64_t g = K / qw->gs, words = K * qw->bits / 32;
	float sc[QMAXG], bi[QMAXG];
	for (int64_t n = n0; n < n1; n++) {
		const uint32_t *qrow = qw->q + n * words;
		__m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
		widen_row(qw->scale, qw->sdt, n * g, g, sc);
		widen_row(qw->bias, qw->sdt, n * g, g, bi);
		for (int64_t gi = 0, k0 = 0; gi < g; gi++, k0 += qw->gs) {
			__m256 s = _mm256_set1_ps(sc[gi]), b = _mm256_set1_ps(bi[gi]);
			for (int64_t k = k0; k < k0 + qw->gs; k += 32) {
				a0 = _mm256_fmadd_ps(qload8(qw, qrow, k, s, b), _mm256_loadu_ps(x + k), a0);
				a1 = _mm256_fmadd_ps(qload8(qw, qrow, k + 8, s, b), _mm256_loadu_ps(x + k + 8), a1);
				a2 = _mm256_fmadd_ps(qload8(qw, qrow, k + 16, s, b), _mm256_loadu_ps(x + k + 16), a2);
				a3 = _mm256_fmadd_ps(qload8(qw, qrow, k + 24, s, b), _mm256_loadu_ps(x + k + 24), a3);
			}
		}
		y[n] = hsum(_mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3)));
	}
}

/* The batched dots' (attention's) inner loops */

AVX2 static float
dot_avx2(const float *a, const float *b, int64_t n)
{
	__m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
	int64_t i = 0;
	for (; i + 16 <= n; i += 16) {
		s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
		s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
	}
	for (; i + 8 <= n; i += 8)
		s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
	s0 = _mm256_add_ps(s0, s1);
	__m128 lo = _mm_add_ps(_mm256_castps256_ps128(s0), _mm256_extractf128_ps(s0, 1));
	lo = _mm_add_ps(lo, _mm_movehl_ps(lo, lo));
	lo = _mm_add_ss(lo, _mm_movehdup_ps(lo));
	float t = _mm_cvtss_f32(lo);
	for (; i < n; i++)
		t += a[i] * b[i];
	return t;
}

AVX2 static void
axpy_avx2(float a, const float *x, float *y, int64_t n)
{
	__m256 va = _mm256_set1_ps(a);
	int64_t i = 0;
	for (; i + 8 <= n; i += 8)
		_mm256_storeu_ps(y + i, _mm256_fmadd_ps(va, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
	for (; i < n; i++)
		y[i] += a * x[i];
}

float
kern_dot_f32(const float *a, const float *b, int64_t n)
{
	if (have_avx2())
		return dot_avx2(a, b, n);
	float t = 0;
	for (int64_t i = 0; i < n; i++)
		t += a[i] * b[i];
	return t;
}

void
kern_axpy_f32(float a, const float *x, float *y, int64_t n)
{
	if (have_avx2()) {
		axpy_avx2(a, x, y, n);
		return;
	}
	for (int64_t i = 0; i < n; i++)
		y[i] += a * x[i];
}

/* Attention's short dots on AVX-512 (K of 16 to 256 in vectors of 16):
 * x held in registers, four rows of y at a time, their four sums
 * reduced together. */
AVX512 static void
dots512(const float *x, const float *y, const int64_t *off, int64_t nn, int64_t nk, float *out)
{
	__m512 xv[16];
	int nv = (int)(nk / 16);
	int64_t n = 0;

	for (int v = 0; v < nv; v++)
		xv[v] = _mm512_loadu_ps(x + 16 * v);
	for (; n + 4 <= nn; n += 4) {
		const float *y0 = y + off[n], *y1 = y + off[n + 1], *y2 = y + off[n + 2], *y3 = y + off[n + 3];
		__m512 a0 = _mm512_mul_ps(xv[0], _mm512_loadu_ps(y0)), a1 = _mm512_mul_ps(xv[0], _mm512_loadu_ps(y1));
		__m512 a2 = _mm512_mul_ps(xv[0], _mm512_loadu_ps(y2)), a3 = _mm512_mul_ps(xv[0], _mm512_loadu_ps(y3));
		for (int v = 1; v < nv; v++) {
			a0 = _mm512_fmadd_ps(xv[v], _mm512_loadu_ps(y0 + 16 * v), a0);
			a1 = _mm512_fmadd_ps(xv[v], _mm512_loadu_ps(y1 + 16 * v), a1);
			a2 = _mm512_fmadd_ps(xv[v], _mm512_loadu_ps(y2 + 16 * v), a2);
			a3 = _mm512_fmadd_ps(xv[v], _mm512_loadu_ps(y3 + 16 * v), a3);
		}
		__m256 b0 = _mm256_add_ps(_mm512_castps512_ps256(a0), _mm512_extractf32x8_ps(a0, 1));
		__m256 b1 = _mm256_add_ps(_mm512_castps512_ps256(a1), _mm512_extractf32x8_ps(a1, 1));
		__m256 b2 = _mm256_add_ps(_mm512_castps512_ps256(a2), _mm512_extractf32x8_ps(a2, 1));
		__m256 b3 = _mm256_add_ps(_mm512_castps512_ps256(a3), _mm512_extractf32x8_ps(a3, 1));
		__m256 h = _mm256_hadd_ps(_mm256_hadd_ps(b0, b1), _mm256_hadd_ps(b2, b3));
		_mm_storeu_ps(out + n, _mm_add_ps(_mm256_castps256_ps128(h), _mm256_extractf128_ps(h, 1)));
	}
	for (; n < nn; n++) {
		__m512 a = _mm512_setzero_ps();
		for (int v = 0; v < nv; v++)
			a = _mm512_fmadd_ps(xv[v], _mm512_loadu_ps(y + off[n] + 16 * v), a);
		out[n] = _mm512_reduce_add_ps(a);
	}
}

/* Attention's weighted sum on AVX-512 (N of 16 to 128 in vectors of
 * 16): out in registers across all of K.  One instance per count of
 * vectors: with the count known only at run time the sums had lived in
 * memory, each FMA waiting on the last one's store (a Zen 5, the 1B
 * model's batched decode at B = 16, 4-bit, alternated three times: its
 * dot steps 1.48-1.52 -> 1.31-1.39 s over 49 steps). */
AVX512 static inline __attribute__((always_inline)) void
axpys512_n(const float *a, const int64_t *aoff, const float *y, const int64_t *yoff, int64_t nk, int nv,
    float *out)
{
	__m512 acc[8];

	_Pragma("GCC unroll 8") for (int v = 0; v < nv; v++)
		acc[v] = _mm512_setzero_ps();
	for (int64_t k = 0; k < nk; k++) {
		__m512 av = _mm512_set1_ps(a[aoff[k]]);
		const float *yk = y + yoff[k];
		_Pragma("GCC unroll 8") for (int v = 0; v < nv; v++)
			acc[v] = _mm512_fmadd_ps(av, _mm512_loadu_ps(yk + 16 * v), acc[v]);
	}
	_Pragma("GCC unroll 8") for (int v = 0; v < nv; v++)
		_mm512_storeu_ps(out + 16 * v, acc[v]);
}

AVX512 static void
axpys512(const float *a, const int64_t *aoff, const float *y, const int64_t *yoff, int64_t nk, int64_t nn,
    float *out)
{
	switch (nn / 16) {
#define AXPYS(NV) case NV: axpys512_n(a, aoff, y, yoff, nk, NV, out); break;
	AXPYS(1) AXPYS(2) AXPYS(3) AXPYS(4) AXPYS(5) AXPYS(6) AXPYS(7) AXPYS(8)
#undef AXPYS
	}
}

int
kern_dots_f32(const float *x, const float *y, const int64_t *off, int64_t nn, int64_t nk, float *out)
{
	if (!have_avx512() || nk % 16 || nk < 16 || nk > 256)
		return -1;
	dots512(x, y, off, nn, nk, out);
	return 0;
}

int
kern_axpys_f32(const float *a, const int64_t *aoff, const float *y, const int64_t *yoff, int64_t nk, int64_t nn,
    float *out)
{
	if (!have_avx512() || nn % 16 || nn < 16 || nn > 128)
		return -1;
	axpys512(a, aoff, y, yoff, nk, nn, out);
	return 0;
}



AVX512 static void
qrows_avx512_1(const float *x, int64_t K, const struct kern_qweight *qw, float *y, int64_t n0, int64_t n1)
{
	uint64_t g = (uint64_t)(K / qw->gs), words = (uint64_t)K * (uint64_t)qw->bits / 32, gs = (uint64_t)qw->gs;
	int bits = qw->bits;
	float sc[QMAXG], bi[QMAXG];
	for (int64_t n = n0; n < n1; n++) {
		const uint32_t *qrow = qw->q + (uint64_t)n * words;
		__m512 a0 = _mm512_setzero_ps(), a1 = a0;
		widen_row(qw->scale, qw->sdt, n * (int64_t)g, (int64_t)g, sc);
		widen_row(qw->bias, qw->sdt, n * (int64_t)g, (int64_t)g, bi);
		const float *xk = x;
		for (uint64_t gi = 0; gi < g; gi++) {
			__m512 s = _mm512_set1_ps(sc[gi]), b = _mm512_set1_ps(bi[gi]);
			for (uint64_t k = 0; k < gs; k += 32) {
				a0 = _mm512_fmadd_ps(qload16(bits, qrow, 0, s, b), _mm512_loadu_ps(xk), a0);
				a1 = _mm512_fmadd_ps(qload16(bits, qrow + bits / 2, 0, s, b), _mm512_loadu_ps(xk + 16), a1);
				qrow += bits;	/* 32 elements: bits words */
				xk += 32;
			}
		}
		y[n] = _mm512_reduce_add_ps(_mm512_add_ps(a0, a1));
	}
}

/* The decode GEMV reading whole vectors of words: lane i of word vector
 * W holds elements per*i .. per*i + per-1 of the block, so (W >> bits*j)
 * & mask is element per*i + j of every lane at once: no permutes.  x is
 * reordered to match once per call (xp[j*L + i] = x[per*i + j] within
 * each block of L*per elements).  Each weight is still q * scale + bias
 * of its own group, rounded as the graph rounds. */
static void
lane_order(const float *x, int64_t K, int L, int per, float *xp)
{
	int64_t blk = (int64_t)L * per;

	for (int64_t b = 0; b < K; b += blk)
		for (int j = 0; j < per; j++)
			for (int i = 0; i < L; i++)
				xp[b + j * L + i] = x[b + (int64_t)per * i + j];
}

static int
lanes_ok(const struct kern_qweight *qw, int64_t K, int L)
{
	int64_t blk = (int64_t)L * (32 / qw->bits);
	return K % blk == 0 && (qw->gs % blk == 0 || blk % qw->gs == 0) && K / qw->gs <= QMAXG - 16;
}

/* One instance per width, so the shifts are immediates and the loop
 * over the elements of a word unrolls. */
#define QLANES512(BITS)								\
AVX512 static void								\
qlanes512_##BITS(const float *xp, int64_t K, const struct kern_qweight *qw, float *y,	\
    int64_t n0, int64_t n1)							\
{										\
	enum { PER = 32 / BITS, BLK = 16 * PER };				\
	int64_t g = K / qw->gs, words = K / PER, gs = qw->gs;			\
	float sc[QMAXG], bi[QMAXG];						\
	int idx[16];								\
	for (int i = 0; i < 16; i++)						\
		idx[i] = gs >= BLK ? 0 : PER * i / (int)gs;			\
	__m512i gidx = _mm512_loadu_si512(idx), mask = _mm512_set1_epi32((1 << BITS) - 1);	\
	int64_t gstep = gs >= BLK ? 0 : BLK / gs;				\
	for (int64_t n = n0; n < n1; n++) {					\
		const uint32_t *qrow = qw->q + n * words;			\
		__m512 a0 = _mm512_setzero_ps(), a1 = a0;			\
		widen_row(qw->scale, qw->sdt, n * g, g, sc);			\
		widen_row(qw->bias, qw->sdt, n * g, g, bi);			\
		int64_t gb = 0, inblk = 0;					\
		for (int64_t k0 = 0; k0 < K; k0 += BLK) {			\
			__m512 s = _mm512_permutexvar_ps(gidx, _mm512_loadu_ps(sc + gb));	\
			__m512 b = _mm512_permutexvar_ps(gidx, _mm512_loadu_ps(bi + gb));	\
			__m512i w = _mm512_loadu_si512(qrow + k0 / PER);	\
			const float *xb = xp + k0;				\
			for (int j = 0; j < PER; j += 2) {			\
				__m512i v0 = _mm512_and_si512(_mm512_srli_epi32(w, BITS * j), mask);	\
				__m512i v1 = _mm512_and_si512(_mm512_srli_epi32(w, BITS * (j + 1)), mask);	\
				__m512 w0 = _mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(v0), s), b);	\
				__m512 w1 = _mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(v1), s), b);	\
				a0 = _mm512_fmadd_ps(w0, _mm512_loadu_ps(xb + j * 16), a0);	\
				a1 = _mm512_fmadd_ps(w1, _mm512_loadu_ps(xb + j * 16 + 16), a1);	\
			}							\
			if (gstep)						\
				gb += gstep;					\
			else if ((inblk += BLK) == gs) {			\
				gb++;						\
				inblk = 0;					\
			}							\
		}								\
		y[n] = _mm512_reduce_add_ps(_mm512_add_ps(a0, a1));		\
	}									\
}
QLANES512(2)
QLANES512(4)
QLANES512(8)

/* a loop over a tile's rows, unrolled (its sums stay in registers) */
#define RM_FOR(i, n) _Pragma("GCC unroll 16") for (int i = 0; i < (n); i++)

/* 4-bit weights on AVX-512: a group's sixteen possible weights
 * (q * scale + bias for q = 0..15, rounded as the graph rounds) fill one
 * register, and each nibble picks its weight with a permute.  With
 * groups of 64 a block of 16 words spans two groups: permutex2var picks
 * from both tables, bit 4 of the index saying which.  gs == 64 or
 * gs % 128 == 0.  Batched decode below Q4_DEQ_MIN rows: qlut512_4x4
 * takes four rows of x, qlut512_4 one (the decode GEMV, one row, is
 * qfac512_4's). */

/* The table of group g: q * scale + bias for q = 0..15, rounded as the
 * graph's multiply then add. */
AVX512 static inline __m512
lut_table(const float *sc, const float *bi, int64_t g)
{
	const __m512 iota = _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
	return _mm512_add_ps(_mm512_mul_ps(iota, _mm512_set1_ps(sc[g])), _mm512_set1_ps(bi[g]));
}

/* The eight index vectors of a block of 16 words: ix[J] holds nibble J
 * of each word in bits 0-3, and bit 4 is hi's (set in lanes 8-15 when
 * they read the second table).  Even and odd nibbles are masked into
 * bytes once (with hi or'ed in), then a byte shift reaches each: three
 * operations and six shifts for eight indexes, where a shift and a mask
 * each took sixteen; the permutes run on one port, so the other
 * operations are what is left to trim. */
AVX512 static inline void
lut_index(__m512i w, __m512i hi, __m512i *ix)
{
	const __m512i m = _mm512_set1_epi32(0x0F0F0F0F);
	__m512i ev = _mm512_ternarylogic_epi32(w, m, hi, 0xEA);	/* (w & m) | hi */
	__m512i od = _mm512_ternarylogic_epi32(_mm512_srli_epi32(w, 4), m, hi, 0xEA);
	ix[0] = ev;
	ix[1] = od;
	ix[2] = _mm512_srli_epi32(ev, 8);
	ix[3] = _mm512_srli_epi32(od, 8);
	ix[4] = _mm512_srli_epi32(ev, 16);
	ix[5] = _mm512_srli_epi32(od, 16);
	ix[6] = _mm512_srli_epi32(ev, 24);
	ix[7] = _mm512_srli_epi32(od, 24);
}

/* Bit 4 of each lane's index: which of a block's two groups it is in. */
#define LUT_HI(two) ((two) ? _mm512_setr_epi32(0, 0, 0, 0, 0, 0, 0, 0, 0x10101010, 0x10101010,	\
    0x10101010, 0x10101010, 0x10101010, 0x10101010, 0x10101010, 0x10101010) : _mm512_setzero_si512())

AVX512 static void
qlut512_4(const float *xp, int64_t K, const struct kern_qweight *qw, float *y, int64_t n0, int64_t n1)
{
	int64_t g = K / qw->gs, words = K / 8, gs = qw->gs;
	float sc[QMAXG], bi[QMAXG];
	int two = gs == 64;
	const __m512i hi = LUT_HI(two);
	for (int64_t n = n0; n < n1; n++) {
		const uint32_t *qrow = qw->q + n * words;
		__m512 a0 = _mm512_setzero_ps(), a1 = a0;
		widen_row(qw->scale, qw->sdt, n * g, g, sc);
		widen_row(qw->bias, qw->sdt, n * g, g, bi);
		int64_t gb = 0;
		for (int64_t k0 = 0; k0 < K; k0 += 128) {
			/* the same line two rows on: rows are short, the
			 * hardware prefetcher late */
			_mm_prefetch((const char *)(qrow + 6 * words + k0 / 8), _MM_HINT_T0);
			__m512i ix[8];
			lut_index(_mm512_loadu_si512(qrow + k0 / 8), hi, ix);
			const float *xb = xp + k0;
			__m512 t0 = lut_table(sc, bi, gb), t1 = two ? lut_table(sc, bi, gb + 1) : t0;
#define LUT(J) _mm512_permutex2var_ps(t0, ix[J], t1)
			a0 = _mm512_fmadd_ps(LUT(0), _mm512_loadu_ps(xb), a0);
			a1 = _mm512_fmadd_ps(LUT(1), _mm512_loadu_ps(xb + 16), a1);
			a0 = _mm512_fmadd_ps(LUT(2), _mm512_loadu_ps(xb + 32), a0);
			a1 = _mm512_fmadd_ps(LUT(3), _mm512_loadu_ps(xb + 48), a1);
			a0 = _mm512_fmadd_ps(LUT(4), _mm512_loadu_ps(xb + 64), a0);
			a1 = _mm512_fmadd_ps(LUT(5), _mm512_loadu_ps(xb + 80), a1);
			a0 = _mm512_fmadd_ps(LUT(6), _mm512_loadu_ps(xb + 96), a0);
			a1 = _mm512_fmadd_ps(LUT(7), _mm512_loadu_ps(xb + 112), a1);
#undef LUT
			if (two)
				gb += 2;
			else if ((k0 + 128) % gs == 0)
				gb++;
		}
		y[n] = _mm512_reduce_add_ps(_mm512_add_ps(a0, a1));
	}
}

/* Four rows of x (batched decode): each weight vector, built once from
 * its table, feeds four FMAs; the sums stay in registers (named, not an
 * array the compiler would keep in memory).  The four rows of x are read
 * again for every weight row, so K is taken in spans whose x (4 x 2048
 * floats, 32 KB) stays in L1: with K = 8192 whole rows of x came from L2
 * for each weight row, and the kernel waited on them. */
enum { QSPAN = 2048 };

AVX512 static void
qlut512_4x4(const float *xp, int64_t K, const struct kern_qweight *qw, float *y, int64_t N,
    int64_t n0, int64_t n1)
{
	int64_t g = K / qw->gs, words = K / 8, gs = qw->gs;
	float sc[QMAXG], bi[QMAXG];
	const float *x0 = xp, *x1 = xp + K, *x2 = xp + 2 * K, *x3 = xp + 3 * K;
	int two = gs == 64;
	const __m512i hi = LUT_HI(two);
	/* a span: whole groups, whole blocks of 128 */
	int64_t span = gs >= QSPAN ? gs : QSPAN / gs * gs;
	for (int64_t c0 = 0; c0 < K; c0 += span) {
		int64_t c1 = c0 + span < K ? c0 + span : K;
		for (int64_t n = n0; n < n1; n++) {
			const uint32_t *qrow = qw->q + n * words;
			__m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
			widen_row(qw->scale, qw->sdt, n * g + c0 / gs, (c1 - c0) / gs, sc);
			widen_row(qw->bias, qw->sdt, n * g + c0 / gs, (c1 - c0) / gs, bi);
			int64_t gb = 0;
			for (int64_t k0 = c0; k0 < c1; k0 += 128) {
				_mm_prefetch((const char *)(qrow + 6 * words + k0 / 8), _MM_HINT_T0);
				__m512i ix[8];
				lut_index(_mm512_loadu_si512(qrow + k0 / 8), hi, ix);
				__m512 t0 = lut_table(sc, bi, gb), t1 = two ? lut_table(sc, bi, gb + 1) : t0;
#define STEP4(J) do {								\
	__m512 wv_ = _mm512_permutex2var_ps(t0, ix[J], t1);			\
	int64_t o_ = k0 + 16 * (J);						\
	a0 = _mm512_fmadd_ps(wv_, _mm512_loadu_ps(x0 + o_), a0);		\
	a1 = _mm512_fmadd_ps(wv_, _mm512_loadu_ps(x1 + o_), a1);		\
	a2 = _mm512_fmadd_ps(wv_, _mm512_loadu_ps(x2 + o_), a2);		\
	a3 = _mm512_fmadd_ps(wv_, _mm512_loadu_ps(x3 + o_), a3);		\
} while (0)
				/* one table: t1 == t0, so bit 4 picks the same weights */
				STEP4(0); STEP4(1); STEP4(2); STEP4(3); STEP4(4); STEP4(5); STEP4(6); STEP4(7);
#undef STEP4
				if (two)
					gb += 2;
				else if ((k0 + 128 - c0) % gs == 0)
					gb++;
			}
			float s0 = _mm512_reduce_add_ps(a0), s1 = _mm512_reduce_add_ps(a1);
			float s2 = _mm512_reduce_add_ps(a2), s3 = _mm512_reduce_add_ps(a3);
			if (c0 == 0) {
				y[n] = s0;
				y[N + n] = s1;
				y[2 * N + n] = s2;
				y[3 * N + n] = s3;
			} else {
				y[n] += s0;
				y[N + n] += s1;
				y[2 * N + n] += s2;
				y[3 * N + n] += s3;
			}
		}
	}
}


/* The walk of qfac512_4 and qfac512_4xr over a row's groups, a block of
 * 128 at a time (qdeq512_4m* takes its gidx0): a register holds sixteen
 * groups' scales, lane i of a block reads group i * 8 / gs of them
 * (gidx); a block covers bpg = 128 / gs groups (gs < 128), or a group
 * spans gpb = gs / 128 blocks. */
struct fac4 {
	__m512i gidx0, gstep;
	int64_t bpg, gpb;
};

AVX512 static inline struct fac4
fac4_walk(int64_t gs)
{
	struct fac4 f;
	int idx0[16];

	for (int i = 0; i < 16; i++)
		idx0[i] = gs >= 128 ? 0 : 8 * i / (int)gs;
	f.bpg = gs < 128 ? 128 / gs : 0;
	f.gpb = gs >= 128 ? gs / 128 : 1;
	f.gidx0 = _mm512_loadu_si512(idx0);
	f.gstep = _mm512_set1_epi32(f.bpg ? (int)f.bpg : 1);
	return f;
}

/* gidx for the next block (inblk counts a long group's blocks) */
AVX512 static inline __m512i
fac4_next(const struct fac4 *f, __m512i gidx, int64_t *inblk)
{
	if (!f->bpg && ++*inblk < f->gpb)
		return gidx;
	*inblk = 0;
	return _mm512_add_epi32(gidx, f->gstep);
}

/* The scales and biases of a row's groups first .. first + cnt - 1, as
 * f32 (the qdeq512_* kernels' spans). */
static inline void
span_scales(const struct kern_qweight *qw, int64_t first, int64_t cnt, float *sc, float *bi)
{
	widen_row(qw->scale, qw->sdt, first, cnt, sc);
	widen_row(qw->bias, qw->sdt, first, cnt, bi);
}

/* Row n's sums over a span, one a row of x, into y (added to it past
 * the first span). */
AVX512 static inline void
span_sums(const __m512 *acc, int MT, float *y, int64_t N, int64_t n, int64_t c0)
{
	for (int m = 0; m < MT; m++) {
		float t = _mm512_reduce_add_ps(acc[m]);
		y[m * N + n] = c0 ? y[m * N + n] + t : t;
	}
}

/* 4 bits, MT rows of x (batched decode) in one pass over the weights:
 * each 16 weights are dequantized once as the graph does (q from the
 * constant table 0..15 by vpermps, times s rounded, plus b rounded: the
 * weights qlut512_4's tables hold) and feed MT FMAs, one sum a row of x.
 * x comes interleaved (x_interleave): the 16 elements of every row that
 * meet one vector of weights lie together, so a block's loads run down
 * consecutive lines; rows of x a whole number of pages apart put the
 * same vector of every row in one set of L1, and sixteen of them
 * thrashed its eight ways.  K is taken in spans whose MT rows of x
 * (32 KB) stay in L1.  MT is 1, 2, 4 or 8 (at 16 kern_gemm is the
 * faster); ld is the number of rows interleaved. */
/* The qdeq512_* kernels' span of K: MT rows of x in 32 KB, whole units
 * (whole groups, and for 4 bits whole blocks of 128), at least one. */
static inline int64_t
qdeq_span(int64_t MT, int64_t unit)
{
	int64_t span = 8192 / MT / unit * unit;
	return span > unit ? span : unit;
}

#define QDEQ4(MT)								\
AVX512 static void								\
qdeq512_4m##MT(const float *xq, int64_t ld, int64_t K, const struct kern_qweight *qw, float *y,	\
    int64_t N, int64_t n0, int64_t n1)						\
{										\
	int64_t g = K / qw->gs, words = K / 8, gs = qw->gs;				\
	int64_t span = qdeq_span(MT, gs > 128 ? gs : 128);			\
	float sc[QMAXG], bi[QMAXG];						\
	const __m512i gidx0 = fac4_walk(gs).gidx0;				\
	const __m512 iota = _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);	\
	for (int64_t c0 = 0; c0 < K; c0 += span) {				\
		int64_t c1 = c0 + span < K ? c0 + span : K;			\
		for (int64_t n = n0; n < n1; n++) {				\
			const uint32_t *qrow = qw->q + n * words;		\
			span_scales(qw, n * g + c0 / gs, (c1 - c0 + gs - 1) / gs, sc, bi);	\
			__m512 acc[MT];						\
			RM_FOR(m, MT)						\
				acc[m] = _mm512_setzero_ps();			\
			for (int64_t k0 = c0; k0 < c1; k0 += 128) {		\
				_mm_prefetch((const char *)(qrow + 2 * words + k0 / 8), _MM_HINT_T0);	\
				__m512i w = _mm512_loadu_si512(qrow + k0 / 8);	\
				const float *xb = xq + k0 / 128 * 8 * ld * 16;	\
				int64_t gb = (k0 - c0) / gs;			\
				/* lane i's group (gidx0 all 0 for gs >= 128) */	\
				__m512 s = _mm512_permutexvar_ps(gidx0, _mm512_loadu_ps(sc + gb));	\
				__m512 b = _mm512_permutexvar_ps(gidx0, _mm512_loadu_ps(bi + gb));	\
				for (int J = 0; J < 8; J++) {			\
					__m512 q = _mm512_permutexvar_ps(J ? _mm512_srli_epi32(w, 4 * J) : w, iota);	\
					__m512 wv = _mm512_add_ps(_mm512_mul_ps(q, s), b);	\
					RM_FOR(m, MT)				\
						acc[m] = _mm512_fmadd_ps(wv, _mm512_loadu_ps(xb + (J * ld + m) * 16), acc[m]);	\
				}						\
			}							\
			span_sums(acc, MT, y, N, n, c0);			\
		}								\
	}									\
}
QDEQ4(1)
QDEQ4(2)
QDEQ4(4)
QDEQ4(8)

/* 2 to 15 rows of x against 4-bit weights on AVX-512 (batched decode):
 * qlut512_4x4 and qlut512_4 up to 7 rows, the qdeq512_4m* kernels from
 * Q4_DEQ_MIN (one pass over the weights for all rows): at 8 rows 172-179
 * ms a step (the 1B model's GEMVs) against 183-187 (qlut512_4x4 twice);
 * at 4, qlut512_4x4 was the faster, 93-96 against 105 ms.  At 16 rows
 * kern_gemm's direct_task (gemm.c): a batched decode step of the 1B
 * model, B = 16, alternated twice, 322-360 ms against 475-507 through
 * qdeq512_4m16 (since removed), which had run 352-393 ms against
 * kern_gemm's panels' 614-737. */
enum { Q4_DEQ_MIN = 8 };

/* M rows of x for the qdeq512_* kernels, each row in lane_order's
 * order for 16 lanes of per elements (per 8: qdeq512_4m*, per 1: natural
 * order, qdeq512_8m*), its vectors of 16 interleaved with the other
 * rows': element per * i + j of block b (16 * per elements) of row m goes
 * to lane i of vector (b * per + j) * M + m. */
static void
x_interleave(const float *x, int64_t M, int64_t K, int per, float *xq)
{
	for (int64_t m = 0; m < M; m++)
		for (int64_t b = 0; b < K; b += 16 * per)
			for (int j = 0; j < per; j++)
				for (int i = 0; i < 16; i++)
					xq[((b / 16 + j) * M + m) * 16 + i] = x[m * K + b + per * i + j];
}

/* 8 bits, MT rows of x (MT 1, 2, 4, 8 or 16; batched decode) in one pass
 * over the weights, as qdeq512_4m*: each 16 weights dequantized once as
 * the graph does (q * s rounded, then + b rounded) and fed to MT FMAs;
 * x interleaved by 16 in natural order (x_interleave), K in spans whose
 * MT rows of x (32 KB) stay in L1; the row two on prefetched (with 2-15
 * rows the hardware prefetcher fell behind). */
#define QDEQ8(MT)								\
AVX512 static void								\
qdeq512_8m##MT(const float *xq, int64_t ld, int64_t K, const struct kern_qweight *qw, float *y,	\
    int64_t N, int64_t n0, int64_t n1)						\
{										\
	int64_t g = K / qw->gs, words = K / 4, gs = qw->gs;			\
	int64_t span = qdeq_span(MT, gs);					\
	float sc[QMAXG], bi[QMAXG];						\
	for (int64_t c0 = 0; c0 < K; c0 += span) {				\
		int64_t c1 = c0 + span < K ? c0 + span : K;			\
		for (int64_t n = n0; n < n1; n++) {				\
			const uint8_t *qrow = (const uint8_t *)(qw->q + n * words);	\
			span_scales(qw, n * g + c0 / gs, (c1 - c0) / gs, sc, bi);	\
			__m512 acc[MT];						\
			RM_FOR(m, MT)						\
				acc[m] = _mm512_setzero_ps();			\
			for (int64_t k0 = c0; k0 < c1; k0 += gs) {		\
				__m512 s = _mm512_set1_ps(sc[(k0 - c0) / gs]), b = _mm512_set1_ps(bi[(k0 - c0) / gs]);	\
				for (int64_t k = k0; k < k0 + gs; k += 16) {	\
					if (k % 64 == 0)			\
						_mm_prefetch((const char *)(qrow + 2 * words * 4 + k), _MM_HINT_T0);	\
					__m512 q = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(	\
					    _mm_loadu_si128((const __m128i *)(qrow + k))));	\
					__m512 wv = _mm512_add_ps(_mm512_mul_ps(q, s), b);	\
					const float *xb = xq + k / 16 * ld * 16;	\
					RM_FOR(m, MT)				\
						acc[m] = _mm512_fmadd_ps(wv, _mm512_loadu_ps(xb + m * 16), acc[m]);	\
				}						\
			}							\
			span_sums(acc, MT, y, N, n, c0);			\
		}								\
	}									\
}
QDEQ8(1)
QDEQ8(2)
QDEQ8(4)
QDEQ8(8)
QDEQ8(16)

/* the qdeq512_* kernels' type */
typedef void qdeq_fn(const float *xq, int64_t ld, int64_t K, const struct kern_qweight *qw, float *y,
    int64_t N, int64_t n0, int64_t n1);

/* 8 bits, rows of x one at a time (one row of x whose groups are too
 * short for qfac512_8). */
AVX512 static void
qrows512_8x1(const float *x, int64_t K, const struct kern_qweight *qw, float *y, int64_t n0, int64_t n1)
{
	int64_t g = K / qw->gs, words = K / 4, gs = qw->gs;
	float sc[QMAXG], bi[QMAXG];
	for (int64_t n = n0; n < n1; n++) {
		const uint8_t *qrow = (const uint8_t *)(qw->q + n * words);
		__m512 a0 = _mm512_setzero_ps(), a1 = a0;
		widen_row(qw->scale, qw->sdt, n * g, g, sc);
		widen_row(qw->bias, qw->sdt, n * g, g, bi);
		for (int64_t k0 = 0; k0 < K; k0 += gs) {
			__m512 s = _mm512_set1_ps(sc[k0 / gs]), b = _mm512_set1_ps(bi[k0 / gs]);
			for (int64_t k = k0; k < k0 + gs; k += 16) {
				__m512 q = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(
				    _mm_loadu_si128((const __m128i *)(qrow + k))));
				__m512 w = _mm512_add_ps(_mm512_mul_ps(q, s), b);
				if (k / 16 % 2)
					a1 = _mm512_fmadd_ps(w, _mm512_loadu_ps(x + k), a1);
				else
					a0 = _mm512_fmadd_ps(w, _mm512_loadu_ps(x + k), a0);
			}
		}
		y[n] = _mm512_reduce_add_ps(_mm512_add_ps(a0, a1));
	}
}

/* The decode GEMVs on AVX-512 (one row of x).
 *
 * Packed weights with the groups factored out: a group's weights are
 * q * s + b, so its share of a dot product is s * sum(q x) + b * sum(x).
 * sum(x) of each group is taken once per call (xg), so a row costs its
 * sum(q x) terms (an exact integer q times x, summed in f32), one
 * multiply by s per group and a short dot of the biases with xg.  This
 * is the graph's sum in another order (and without rounding each weight
 * q * s + b to f32 first): results agree to rounding, as every GEMV's
 * do (t/unit/plan.c states the tolerance). */

/* 4 bits: x in lane order (lane i of a block of 128 holds its elements
 * 8i .. 8i+7, nibble j of word i is element 8i + j); q comes from the
 * constant table 0..15 by vpermps, which reads only the low four bits of
 * each index, so nibble j needs one shift and no mask.  gs divides 128
 * or is a multiple of it.
 *
 * It replaced the lookup tables of q * s + b (qlut512_4) for every group
 * size: on a Zen 4, vpermt2ps (two tables, one per group of a block)
 * issues on the FMA pipes, so its eight permutes and eight FMAs a block
 * ran one a cycle together, where vpermps and an FMA run 1.5 a cycle
 * (measured with chains of each pair).  Hot in L2, one thread, K = 2048,
 * groups of 64: 29.9 G weights/s against 23.3.  The line Q4PF bytes on
 * is prefetched, as qlut512_4 did (without it, decode was slower than
 * qlut512_4 with it); 3 to 16 rows on (K = 2048) measured the same.  A
 * 1B model's decode, alternated five times: 23.0-25.9 tok/s against
 * 20.0-23.5. */
enum { Q4PF = 6144 };
AVX512 static void
qfac512_4(const float *xp, const float *xg, int64_t K, const struct kern_qweight *qw, float *y,
    int64_t n0, int64_t n1)
{
	int64_t G = K / qw->gs, words = K / 8, gs = qw->gs;
	int64_t chunk = 16 * gs;	/* elements a register of scales covers */
	const struct fac4 f = fac4_walk(gs);
	const __m512 iota = _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
	for (int64_t n = n0; n < n1; n++) {
		const uint32_t *qrow = qw->q + n * words;
		__m512 tot = _mm512_setzero_ps();
		for (int64_t c0 = 0, g0 = 0; c0 < K; c0 += chunk, g0 += 16) {
			int64_t c1 = c0 + chunk < K ? c0 + chunk : K;
			__m512 scv = load16(qw->scale, qw->sdt, n * G + g0, G - g0);
			__m512 biv = load16(qw->bias, qw->sdt, n * G + g0, G - g0);
			tot = _mm512_fmadd_ps(biv, _mm512_maskz_loadu_ps(G - g0 >= 16 ? 0xFFFF :
			    (__mmask16)((1u << (G - g0)) - 1), xg + g0), tot);
			__m512i gidx = f.gidx0;
			int64_t inblk = 0;
			for (int64_t k0 = c0; k0 < c1; k0 += 128) {
				_mm_prefetch((const char *)(qrow + k0 / 8) + Q4PF, _MM_HINT_T0);
				__m512i w = _mm512_loadu_si512(qrow + k0 / 8);
				const float *xb = xp + k0;
#define Q(J) _mm512_permutexvar_ps((J) ? _mm512_srli_epi32(w, 4 * (J)) : w, iota)
				__m512 a = _mm512_mul_ps(Q(0), _mm512_loadu_ps(xb));
				__m512 b = _mm512_mul_ps(Q(1), _mm512_loadu_ps(xb + 16));
				a = _mm512_fmadd_ps(Q(2), _mm512_loadu_ps(xb + 32), a);
				b = _mm512_fmadd_ps(Q(3), _mm512_loadu_ps(xb + 48), b);
				a = _mm512_fmadd_ps(Q(4), _mm512_loadu_ps(xb + 64), a);
				b = _mm512_fmadd_ps(Q(5), _mm512_loadu_ps(xb + 80), b);
				a = _mm512_fmadd_ps(Q(6), _mm512_loadu_ps(xb + 96), a);
				b = _mm512_fmadd_ps(Q(7), _mm512_loadu_ps(xb + 112), b);
#undef Q
				tot = _mm512_fmadd_ps(_mm512_add_ps(a, b), _mm512_permutexvar_ps(gidx, scv), tot);
				gidx = fac4_next(&f, gidx, &inblk);
			}
		}
		y[n] = _mm512_reduce_add_ps(tot);
	}
}

/* The biases' part of a row of 8-bit sums: each group's bias times the
 * sum of x over the group (xg), by lanes. */
AVX512 static inline __m512
bias_sums(const float *bi, const float *xg, int64_t G)
{
	__m512 b = _mm512_setzero_ps();
	int64_t g = 0;

	for (; g + 16 <= G; g += 16)
		b = _mm512_fmadd_ps(_mm512_loadu_ps(bi + g), _mm512_loadu_ps(xg + g), b);
	if (g < G) {
		__mmask16 m = (__mmask16)((1u << (G - g)) - 1);
		b = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, bi + g), _mm512_maskz_loadu_ps(m, xg + g), b);
	}
	return b;
}

/* 8 bits, x in natural order: sixteen bytes zero-extended to sixteen
 * lanes, converted (exactly) and multiplied by x; gs a multiple of 16.
 * The rows are short (2 KB at K = 2048) and the hardware prefetcher
 * late on each: the same line QPF rows on is fetched while this one is
 * summed.  On a Zen 4 VM, 2 threads, a 1B model's 8-bit GEMVs alone:
 * 12-13 tok/s without, 17-19 at 2 rows on and at 4-12; its decode in
 * `run`, alternated: 13.2 against 14.9-15.3 (1, 2 or 4 rows on) in one
 * sitting, 18.2-19.2 either way in another, when the machine read
 * faster. */
enum { QPF = 2 };
/* ...and on Intel's CPUs into L2 only (prefetcht2): a Xeon with AMX (2
 * threads), the 1B model's 8-bit decode alternated five times: 13.3-13.5
 * tok/s into L1, 14.6-15.1 into L2 (two rows on or four the same, one
 * 14.0-14.1); its 4-bit GEMV (qfac512_4) the same either way. */
AVX512 static void
qfac512_8(const float *x, const float *xg, int64_t K, const struct kern_qweight *qw, float *y,
    int64_t n0, int64_t n1)
{
	int l2 = intel();
	int64_t G = K / qw->gs, gs = qw->gs;
	float sc[QMAXG], bi[QMAXG];
	for (int64_t n = n0; n < n1; n++) {
		const uint8_t *qrow = (const uint8_t *)(qw->q + n * (K / 4));
		widen_row(qw->scale, qw->sdt, n * G, G, sc);
		widen_row(qw->bias, qw->sdt, n * G, G, bi);
		__m512 bacc = bias_sums(bi, xg, G), tot = _mm512_setzero_ps(), tot2 = tot;
#define Q(K0) _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(qrow + (K0)))))
		for (int64_t g = 0; g < G; g++) {
			int64_t k0 = g * gs;
			for (int64_t kk = 0; kk < gs; kk += 64)	/* QPF rows on */
				if (l2)
					_mm_prefetch((const char *)qrow + QPF * K + k0 + kk, _MM_HINT_T2);
				else
					_mm_prefetch((const char *)qrow + QPF * K + k0 + kk, _MM_HINT_T0);
			__m512 a = _mm512_mul_ps(Q(k0), _mm512_loadu_ps(x + k0));
			__m512 b = _mm512_mul_ps(Q(k0 + 16), _mm512_loadu_ps(x + k0 + 16));
			for (int64_t k = k0 + 32; k < k0 + gs; k += 32) {
				a = _mm512_fmadd_ps(Q(k), _mm512_loadu_ps(x + k), a);
				b = _mm512_fmadd_ps(Q(k + 16), _mm512_loadu_ps(x + k + 16), b);
			}
			if (g & 1)
				tot2 = _mm512_fmadd_ps(_mm512_add_ps(a, b), _mm512_set1_ps(sc[g]), tot2);
			else
				tot = _mm512_fmadd_ps(_mm512_add_ps(a, b), _mm512_set1_ps(sc[g]), tot);
		}
#undef Q
		y[n] = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(tot, tot2), bacc));
	}
}

/* Eight weight rows at a time against one row of x whose f32 do not
 * fit in L1 beside the stream of weights (a down projection's
 * K = 8192: 32 KB).  One row at a time loads each line of x from L2 once
 * a row and its misses take the fill buffers the weights' stream needs:
 * a 1B model's bf16 down projections read memory at 23-24 GB/s where
 * its other GEMVs read 34-36 (Zen 4, 2 threads, the same sitting); with
 * x's vectors shared by eight rows, 33-34.  (Two rows: 29-30, four
 * 31-33.)  At K = 4096 (16 KB of x) eight rows still won (29-34 against
 * 27-28, synthetic rows); where x fits in L1 one row at a time is faster
 * (K = 2048: 37 against 30 GB/s): the eight streams each restart at
 * every row. */
enum { RX_ROWS = 8, RX_MINK = 4096 };	/* rows512_x8, qfac512_8x8 */

/* qfac512_8 for eight rows at a time (an 8-bit row of K = 8192 needs
 * four lines of x a line of weights): each vector of x, loaded once,
 * feeds eight rows; each row's sums run in qfac512_8's order.  The 1B
 * model's 8-bit down projections: 21 -> 27 GB/s, where its other GEMVs
 * read 31-35 (the same sitting).  qfac512_8's prefetch of the rows
 * ahead, tried here eight rows on, was slower (26 against 30). */
AVX512 static void
qfac512_8x8(const float *x, const float *xg, int64_t K, const struct kern_qweight *qw, float *y,
    int64_t n0, int64_t n1)
{
	int64_t G = K / qw->gs, gs = qw->gs;
	float sc[RX_ROWS][QMAXG], bi[QMAXG];
	int64_t n = n0;
	for (; n + RX_ROWS <= n1; n += RX_ROWS) {
		const uint8_t *qrow = (const uint8_t *)(qw->q + n * (K / 4));
		__m512 tot[RX_ROWS], tot2[RX_ROWS], bacc[RX_ROWS];
		for (int r = 0; r < RX_ROWS; r++) {
			widen_row(qw->scale, qw->sdt, (n + r) * G, G, sc[r]);
			widen_row(qw->bias, qw->sdt, (n + r) * G, G, bi);
			bacc[r] = bias_sums(bi, xg, G);
			tot[r] = tot2[r] = _mm512_setzero_ps();
		}
#define Q(R, K0) _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(qrow + (R) * K + (K0)))))
		for (int64_t g = 0; g < G; g++) {
			int64_t k0 = g * gs;
			__m512 a[RX_ROWS], b[RX_ROWS];
			__m512 x0 = _mm512_loadu_ps(x + k0), x1 = _mm512_loadu_ps(x + k0 + 16);
			RM_FOR(r, RX_ROWS) {
				a[r] = _mm512_mul_ps(Q(r, k0), x0);
				b[r] = _mm512_mul_ps(Q(r, k0 + 16), x1);
			}
			for (int64_t k = k0 + 32; k < k0 + gs; k += 32) {
				x0 = _mm512_loadu_ps(x + k), x1 = _mm512_loadu_ps(x + k + 16);
				RM_FOR(r, RX_ROWS) {
					a[r] = _mm512_fmadd_ps(Q(r, k), x0, a[r]);
					b[r] = _mm512_fmadd_ps(Q(r, k + 16), x1, b[r]);
				}
			}
			RM_FOR(r, RX_ROWS) {
				if (g & 1)
					tot2[r] = _mm512_fmadd_ps(_mm512_add_ps(a[r], b[r]), _mm512_set1_ps(sc[r][g]), tot2[r]);
				else
					tot[r] = _mm512_fmadd_ps(_mm512_add_ps(a[r], b[r]), _mm512_set1_ps(sc[r][g]), tot[r]);
			}
		}
#undef Q
		for (int r = 0; r < RX_ROWS; r++)
			y[n + r] = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(tot[r], tot2[r]), bacc[r]));
	}
	if (n < n1)
		qfac512_8(x, xg, K, qw, y, n, n1);
}

/* qfac512_4 for Q4_ROWS rows at a time where x does not fit in L1 (a
 * line of 4-bit weights needs eight lines of x): each vector of x,
 * loaded once, feeds each row; a row's sums run in qfac512_4's order.
 * The 1B model's 4-bit down projections (K = 8192), alternated in one
 * sitting: 15.4-15.9 GB/s one row at a time, 17.5-18.2 four rows; in
 * another, four rows 17.0-18.4 and 19.9-20.8 with the next tile's lines
 * prefetched (its gate and up projections: 22-24); two rows or eight
 * (registers spilled) no faster than one. */
enum { Q4_ROWS = 4 };
AVX512 static void
qfac512_4xr(const float *xp, const float *xg, int64_t K, const struct kern_qweight *qw, float *y,
    int64_t n0, int64_t n1)
{
	int64_t G = K / qw->gs, words = K / 8, gs = qw->gs;
	int64_t chunk = 16 * gs;
	const struct fac4 f = fac4_walk(gs);
	const __m512 iota = _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
	int64_t n = n0;
	for (; n + Q4_ROWS <= n1; n += Q4_ROWS) {
		const uint32_t *qrow = qw->q + n * words;
		__m512 tot[Q4_ROWS];
		RM_FOR(r, Q4_ROWS)
			tot[r] = _mm512_setzero_ps();
		for (int64_t c0 = 0, g0 = 0; c0 < K; c0 += chunk, g0 += 16) {
			int64_t c1 = c0 + chunk < K ? c0 + chunk : K;
			__mmask16 gm = G - g0 >= 16 ? 0xFFFF : (__mmask16)((1u << (G - g0)) - 1);
			__m512 scv[Q4_ROWS], xgv = _mm512_maskz_loadu_ps(gm, xg + g0);
			RM_FOR(r, Q4_ROWS) {
				scv[r] = load16(qw->scale, qw->sdt, (n + r) * G + g0, G - g0);
				tot[r] = _mm512_fmadd_ps(load16(qw->bias, qw->sdt, (n + r) * G + g0, G - g0), xgv, tot[r]);
			}
			__m512i gidx = f.gidx0;
			int64_t inblk = 0;
			for (int64_t k0 = c0; k0 < c1; k0 += 128) {
				__m512i w[Q4_ROWS];
				__m512 a[Q4_ROWS], b[Q4_ROWS];
				const float *xb = xp + k0;
				RM_FOR(r, Q4_ROWS) {	/* and the next tile's line */
					_mm_prefetch((const char *)(qrow + (r + Q4_ROWS) * words + k0 / 8), _MM_HINT_T0);
					w[r] = _mm512_loadu_si512(qrow + r * words + k0 / 8);
				}
#define Q(R, J) _mm512_permutexvar_ps((J) ? _mm512_srli_epi32(w[R], 4 * (J)) : w[R], iota)
				__m512 x0 = _mm512_loadu_ps(xb), x1 = _mm512_loadu_ps(xb + 16);
				RM_FOR(r, Q4_ROWS) {
					a[r] = _mm512_mul_ps(Q(r, 0), x0);
					b[r] = _mm512_mul_ps(Q(r, 1), x1);
				}
				for (int J = 2; J < 8; J += 2) {
					x0 = _mm512_loadu_ps(xb + 16 * J), x1 = _mm512_loadu_ps(xb + 16 * J + 16);
					RM_FOR(r, Q4_ROWS) {
						a[r] = _mm512_fmadd_ps(Q(r, J), x0, a[r]);
						b[r] = _mm512_fmadd_ps(Q(r, J + 1), x1, b[r]);
					}
				}
#undef Q
				RM_FOR(r, Q4_ROWS)
					tot[r] = _mm512_fmadd_ps(_mm512_add_ps(a[r], b[r]), _mm512_permutexvar_ps(gidx, scv[r]), tot[r]);
				gidx = fac4_next(&f, gidx, &inblk);
			}
		}
		RM_FOR(r, Q4_ROWS)
			y[n + r] = _mm512_reduce_add_ps(tot[r]);
	}
	if (n < n1)
		qfac512_4(xp, xg, K, qw, y, n, n1);
}

/* A row of weights read in whole 64-byte lines.  A safetensors file's
 * tensors start wherever its header of any length ends (mkmlx's and
 * dequant's at 24 or 40 bytes past a line, Hugging Face's at any 8), and
 * a vector load that straddles two lines costs the GEMVs a quarter of
 * their memory rate on a Zen 5 (2 threads, the 1B model's f32 shapes:
 * 45-47 GB/s with the rows 8, 24 or 32 bytes past a line, 61-65 on the
 * line).  So the row is read in aligned vectors and each vector of its
 * elements put together from two of them with one permute: the same
 * vectors in the same order as loads at the row's own address, so the
 * sums are the same bits wherever the row lies.  The first and last
 * aligned vectors are loaded masked to the row's own dwords (nothing
 * before or past it is read).  Rows of n >= 16 dwords, 4-byte aligned.
 * The 1B model's decode on that Zen 5 (bench checkpoints, alternated
 * twice): f32 7.1-7.5 -> 9.7-9.9 tok/s, bf16 11.3-11.4 -> 15.2, -p bf16
 * 14.2-15.0 -> 17.6-17.9; the same rows on the line read as fast either
 * way (66 against 69 GB/s). */
struct arow {
	const int32_t *p;	/* the aligned vector loaded last */
	__m512i prev, idx;
	int64_t lim;		/* lanes of the next aligned vector inside the row */
};

AVX512 static inline struct arow
arow_start(const void *row, int64_t n)
{
	struct arow r;
	int s = (int)(((uintptr_t)row & 63) >> 2);

	r.p = (const int32_t *)row - s;
	r.idx = _mm512_add_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
	    _mm512_set1_epi32(s));
	r.prev = _mm512_maskz_load_epi32((__mmask16)(0xFFFFu << s), r.p);
	r.lim = n + s - 16;
	return r;
}

/* the row's next 16 dwords, the aligned vector known inside the row */
AVX512 static inline __m512i
arow_full(struct arow *r)
{
	r->p += 16;
	__m512i cur = _mm512_load_si512(r->p);
	__m512i v = _mm512_permutex2var_epi32(r->prev, r->idx, cur);
	r->lim -= 16;
	r->prev = cur;
	return v;
}

/* the row's next 16 dwords */
AVX512 static inline __m512i
arow_next(struct arow *r)
{
	r->p += 16;
	__m512i cur = r->lim >= 16 ? _mm512_load_si512(r->p) :
	    _mm512_maskz_load_epi32(r->lim > 0 ? (__mmask16)((1u << r->lim) - 1) : 0, r->p);
	__m512i v = _mm512_permutex2var_epi32(r->prev, r->idx, cur);
	r->lim -= 16;
	r->prev = cur;
	return v;
}

/* R rows ld dwords apart, ld a whole number of lines (so the rows lie
 * alike against them): row 0's walk, whose index, address and limit
 * serve all R, and each row's last aligned vector in prev[] */
AVX512 static inline struct arow
arow_rows(const void *row, size_t ld, int R, int64_t n, __m512i *prev)
{
	struct arow a = arow_start(row, n);

	prev[0] = a.prev;
	for (int r = 1; r < R; r++)
		prev[r] = arow_start((const int32_t *)row + r * ld, n).prev;
	return a;
}

/* row r's next 16 dwords, its aligned vector inside the row (a->lim >=
 * 16); the caller moves the walk on (p += 16, lim -= 16) after the R */
AVX512 static inline __m512i
arow_row(const struct arow *a, size_t ld, int r, __m512i *prev)
{
	__m512i cur = _mm512_load_si512(a->p + 16 + r * ld);
	__m512i v = _mm512_permutex2var_epi32(prev[r], a->idx, cur);

	prev[r] = cur;
	return v;
}

/* Plain rows (f32, bf16, f16) against one row of x.  bf16 rows take x
 * split into its even and odd elements per 32 (xd): a dword of two bf16
 * is the odd element's f32 when its low half is cleared and the even
 * one's when shifted up, so 32 weights cost two integer ops.  f32 and
 * bf16 rows are read line by line (struct arow) when 4-byte aligned. */
AVX512 static void
rows512_1(const float *x, const float *xd, int64_t K, const void *w, enum dtype wdt, float *y,
    int64_t n0, int64_t n1)
{
	const __m512i hi = _mm512_set1_epi32((int)0xFFFF0000u);
	for (int64_t n = n0; n < n1; n++) {
		__m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
		int64_t k = 0;
		float t = 0;
		struct arow r;
		if (wdt == DTYPE_BF16) {
			const uint16_t *row = (const uint16_t *)w + (size_t)n * (size_t)K;
			/* 64 weights in two vectors of pairs, or 32 in one */
#define BF2(V0, V1) {								\
				__m512i v0 = V0, v1 = V1;				\
				a0 = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_slli_epi32(v0, 16)), _mm512_loadu_ps(xd + k), a0); \
				a1 = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_and_si512(v0, hi)), _mm512_loadu_ps(xd + k + 16), a1); \
				a2 = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_slli_epi32(v1, 16)), _mm512_loadu_ps(xd + k + 32), a2); \
				a3 = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_and_si512(v1, hi)), _mm512_loadu_ps(xd + k + 48), a3); \
			}
#define BF1(V0) {								\
				__m512i v0 = V0;					\
				a0 = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_slli_epi32(v0, 16)), _mm512_loadu_ps(xd + k), a0); \
				a1 = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_and_si512(v0, hi)), _mm512_loadu_ps(xd + k + 16), a1); \
			}
			if (K >= 32 && !((uintptr_t)row & 3)) {
				r = arow_start(row, K / 2);
				for (; r.lim >= 32; k += 64)
					BF2(arow_full(&r), arow_full(&r))
				for (; k + 64 <= K; k += 64)
					BF2(arow_next(&r), arow_next(&r))
				for (; k + 32 <= K; k += 32)
					BF1(arow_next(&r))
			}
			for (; k + 64 <= K; k += 64)
				BF2(_mm512_loadu_si512(row + k), _mm512_loadu_si512(row + k + 32))
			for (; k + 32 <= K; k += 32)
				BF1(_mm512_loadu_si512(row + k))
#undef BF1
#undef BF2
			for (; k < K; k++)
				t += x[k] * bf16_to_f32(row[k]);
		} else if (wdt == DTYPE_F16) {
			const uint16_t *row = (const uint16_t *)w + (size_t)n * (size_t)K;
			for (; k + 32 <= K; k += 32) {
				a0 = _mm512_fmadd_ps(_mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(row + k))),
				    _mm512_loadu_ps(x + k), a0);
				a1 = _mm512_fmadd_ps(_mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(row + k + 16))),
				    _mm512_loadu_ps(x + k + 16), a1);
			}
			for (; k < K; k++)
				t += x[k] * f16_to_f32(row[k]);
		} else {
			const float *row = (const float *)w + (size_t)n * (size_t)K;
#define F4(V0, V1, V2, V3) {							\
				a0 = _mm512_fmadd_ps(_mm512_castsi512_ps(V0), _mm512_loadu_ps(x + k), a0); \
				a1 = _mm512_fmadd_ps(_mm512_castsi512_ps(V1), _mm512_loadu_ps(x + k + 16), a1); \
				a2 = _mm512_fmadd_ps(_mm512_castsi512_ps(V2), _mm512_loadu_ps(x + k + 32), a2); \
				a3 = _mm512_fmadd_ps(_mm512_castsi512_ps(V3), _mm512_loadu_ps(x + k + 48), a3); \
			}
#define F1(V0) (a0 = _mm512_fmadd_ps(_mm512_castsi512_ps(V0), _mm512_loadu_ps(x + k), a0))
#define U(o) _mm512_loadu_si512(row + k + (o))
			if (K >= 16 && !((uintptr_t)row & 3)) {
				r = arow_start(row, K);
				for (; r.lim >= 64; k += 64)
					F4(arow_full(&r), arow_full(&r), arow_full(&r), arow_full(&r))
				for (; k + 64 <= K; k += 64)
					F4(arow_next(&r), arow_next(&r), arow_next(&r), arow_next(&r))
				for (; k + 16 <= K; k += 16)
					F1(arow_next(&r));
			}
			for (; k + 64 <= K; k += 64)
				F4(U(0), U(16), U(32), U(48))
			for (; k + 16 <= K; k += 16)
				F1(U(0));
#undef U
#undef F1
#undef F4
			for (; k < K; k++)
				t += x[k] * row[k];
		}
		y[n] = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3))) + t;
	}
}

/* rows512_1 for eight rows at a time where x is too long for L1 (see
 * RX_ROWS): each vector of x, loaded once, feeds the eight rows. */
AVX512 static void
rows512_x8(const float *x, const float *xd, int64_t K, const void *w, enum dtype wdt, float *y,
    int64_t n0, int64_t n1)
{
	const __m512i hi = _mm512_set1_epi32((int)0xFFFF0000u);
	int bf = wdt == DTYPE_BF16;
	int64_t dw = bf ? K / 2 : K;	/* dwords a row */
	int64_t n = n0;
	for (; n + RX_ROWS <= n1; n += RX_ROWS) {
		__m512 a[RX_ROWS];
		float t[RX_ROWS] = { 0 };
		for (int r = 0; r < RX_ROWS; r++)
			a[r] = _mm512_setzero_ps();
		int64_t k = 0;
		const char *row = (const char *)w + (size_t)n * (size_t)K * (bf ? 2 : 4);
		/* the rows' vectors of one step: from whole lines (struct arow)
		 * when the eight rows lie alike against them, with one index */
		if (!((uintptr_t)row & 3) && !(K * (bf ? 2 : 4) % 64) && dw >= 16) {
			size_t ld = (size_t)K * (bf ? 2 : 4) / 4;	/* dwords between rows */
			__m512i prev[RX_ROWS];
			struct arow ar = arow_rows(row, ld, RX_ROWS, dw, prev);
			for (; ar.lim >= 16; k += bf ? 32 : 16, ar.p += 16, ar.lim -= 16) {
				__m512 x0 = _mm512_loadu_ps((bf ? xd : x) + k);
				__m512 x1 = bf ? _mm512_loadu_ps(xd + k + 16) : x0;
				RM_FOR(r, RX_ROWS) {
					__m512i v = arow_row(&ar, ld, r, prev);
					if (bf) {
						a[r] = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_slli_epi32(v, 16)), x0, a[r]);
						a[r] = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_and_si512(v, hi)), x1, a[r]);
					} else {
						a[r] = _mm512_fmadd_ps(_mm512_castsi512_ps(v), x0, a[r]);
					}
				}
			}
			/* (the rest from the rows' own addresses below) */
		}
		if (bf) {
			const uint16_t *rw = (const uint16_t *)row;
			for (; k + 32 <= K; k += 32) {
				__m512 x0 = _mm512_loadu_ps(xd + k), x1 = _mm512_loadu_ps(xd + k + 16);
				RM_FOR(r, RX_ROWS) {
					__m512i v = _mm512_loadu_si512(rw + (size_t)r * (size_t)K + k);
					a[r] = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_slli_epi32(v, 16)), x0, a[r]);
					a[r] = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_and_si512(v, hi)), x1, a[r]);
				}
			}
			for (; k < K; k++)
				for (int r = 0; r < RX_ROWS; r++)
					t[r] += x[k] * bf16_to_f32(rw[(size_t)r * (size_t)K + k]);
		} else {
			const float *rw = (const float *)row;
			for (; k + 16 <= K; k += 16) {
				__m512 x0 = _mm512_loadu_ps(x + k);
				RM_FOR(r, RX_ROWS)
					a[r] = _mm512_fmadd_ps(_mm512_loadu_ps(rw + (size_t)r * (size_t)K + k), x0, a[r]);
			}
			for (; k < K; k++)
				for (int r = 0; r < RX_ROWS; r++)
					t[r] += x[k] * rw[(size_t)r * (size_t)K + k];
		}
		for (int r = 0; r < RX_ROWS; r++)
			y[n + r] = _mm512_reduce_add_ps(a[r]) + t[r];
	}
	if (n < n1)
		rows512_1(x, xd, K, w, wdt, y, n, n1);
}

/* x (bf16 values held in f32) as bf16 bits into xb, the whole of K.
 * 0 when an element is not a bf16 or is subnormal (the dot-product
 * instructions would count it as zero): the caller keeps f32. */
AVX512 static int
x_as_bf16(const float *x, int64_t K, uint16_t *xb)
{
	const __m512i low = _mm512_set1_epi32(0xFFFF), ex = _mm512_set1_epi32(0x7F800000);
	const __m512i mag = _mm512_set1_epi32(0x7FFFFFFF);
	int64_t k = 0;
	for (; k + 16 <= K; k += 16) {
		__m512i u = _mm512_castps_si512(_mm512_loadu_ps(x + k));
		__mmask16 sub = _mm512_test_epi32_mask(u, mag) & ~_mm512_test_epi32_mask(u, ex);
		if (_mm512_test_epi32_mask(u, low) | sub)
			return 0;
		_mm256_storeu_si256((__m256i *)(xb + k), _mm512_cvtepi32_epi16(_mm512_srli_epi32(u, 16)));
	}
	for (; k < K; k++) {
		uint32_t u;
		memcpy(&u, x + k, 4);
		if ((u & 0xFFFF) || ((u & 0x7FFFFFFF) && !(u & 0x7F800000)))
			return 0;
		xb[k] = (uint16_t)(u >> 16);
	}
	return 1;
}

/* bf16 rows against one bf16 row of x with AVX512-BF16: one instruction
 * a 32 products.  (x kept in f32 would cost two FMAs and two integer
 * ops a 32 and twice the bytes of L1: on a Zen 4 that GEMV read memory
 * at 20-29 GB/s with two threads, this one at 30-36.) */
AVX512BF16 static void
rowsbb512_1(const uint16_t *xb, int64_t K, const uint16_t *w, float *y, int64_t n0, int64_t n1)
{
	for (int64_t n = n0; n < n1; n++) {
		const uint16_t *row = w + (size_t)n * (size_t)K;
		__m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
		int64_t k = 0;
#define P(p) ((__m512bh)_mm512_loadu_si512(p))
#define A(f) ((__m512bh)f(&r))
		if (K >= 32 && !((uintptr_t)row & 3)) {
			struct arow r = arow_start(row, K / 2);
			for (; r.lim >= 64; k += 128) {
				a0 = _mm512_dpbf16_ps(a0, A(arow_full), P(xb + k));
				a1 = _mm512_dpbf16_ps(a1, A(arow_full), P(xb + k + 32));
				a2 = _mm512_dpbf16_ps(a2, A(arow_full), P(xb + k + 64));
				a3 = _mm512_dpbf16_ps(a3, A(arow_full), P(xb + k + 96));
			}
			for (; k + 128 <= K; k += 128) {
				a0 = _mm512_dpbf16_ps(a0, A(arow_next), P(xb + k));
				a1 = _mm512_dpbf16_ps(a1, A(arow_next), P(xb + k + 32));
				a2 = _mm512_dpbf16_ps(a2, A(arow_next), P(xb + k + 64));
				a3 = _mm512_dpbf16_ps(a3, A(arow_next), P(xb + k + 96));
			}
			for (; k + 32 <= K; k += 32)
				a0 = _mm512_dpbf16_ps(a0, A(arow_next), P(xb + k));
		}
#undef A
		for (; k + 128 <= K; k += 128) {
			a0 = _mm512_dpbf16_ps(a0, P(row + k), P(xb + k));
			a1 = _mm512_dpbf16_ps(a1, P(row + k + 32), P(xb + k + 32));
			a2 = _mm512_dpbf16_ps(a2, P(row + k + 64), P(xb + k + 64));
			a3 = _mm512_dpbf16_ps(a3, P(row + k + 96), P(xb + k + 96));
		}
		for (; k + 32 <= K; k += 32)
			a0 = _mm512_dpbf16_ps(a0, P(row + k), P(xb + k));
#undef P
		float t = 0;
		for (; k < K; k++)
			t += bf16_to_f32(xb[k]) * bf16_to_f32(row[k]);
		y[n] = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3))) + t;
	}
}

/* rowsbb512_1 eight rows at a time (each vector of x loaded once for
 * the eight), the rows read in whole lines together (struct arow), on
 * a Zen 5 (see zen5()) as rows512_x8 for bf16 rows against f32 x: the
 * 1B model's layer shapes there (2 threads, alternated four times) 8.8-
 * 10.4 -> 7.9-9.5 ms, rows 40 bytes past a line 10.2-10.4 -> 8.3-8.5;
 * its `-p bf16` decode, alternated five times, 16.1, 16.4, 16.6, 14.6,
 * 14.6 -> 16.0, 17.8, 18.8, 15.3, 15.4 tok/s.  Each row's sum in one
 * vector where rowsbb512_1 keeps four (another order, the same
 * products). */
AVX512BF16 static void
rowsbb512_x8(const uint16_t *xb, int64_t K, const uint16_t *w, float *y, int64_t n0, int64_t n1)
{
	size_t ld = (size_t)K / 2;	/* dwords between rows */
	int64_t n = n0;

	/* the rows a whole number of lines apart (K a multiple of 32), so
	 * that they lie alike against them; else one at a time */
	if (((uintptr_t)w & 3) || K % 32 || K < 32) {
		rowsbb512_1(xb, K, w, y, n0, n1);
		return;
	}
	for (; n + 8 <= n1; n += 8) {
		const uint16_t *row = w + (size_t)n * (size_t)K;
		__m512 a[8];
		__m512i prev[8];
		RM_FOR(r, 8)
			a[r] = _mm512_setzero_ps();
		struct arow ar = arow_rows(row, ld, 8, K / 2, prev);
		int64_t k = 0;
		for (; ar.lim >= 16; k += 32, ar.p += 16, ar.lim -= 16) {
			__m512bh xv = (__m512bh)_mm512_loadu_si512(xb + k);
			RM_FOR(r, 8)
				a[r] = _mm512_dpbf16_ps(a[r], (__m512bh)arow_row(&ar, ld, r, prev), xv);
		}
		for (; k + 32 <= K; k += 32) {
			__m512bh xv = (__m512bh)_mm512_loadu_si512(xb + k);
			RM_FOR(r, 8)
				a[r] = _mm512_dpbf16_ps(a[r], (__m512bh)_mm512_loadu_si512(row + (size_t)r * (size_t)K + k), xv);
		}
		for (int r = 0; r < 8; r++)
			y[n + r] = _mm512_reduce_add_ps(a[r]);
	}
	if (n < n1)
		rowsbb512_1(xb, K, w, y, n, n1);
}

/* Rows of x 2 and up (batched decode) against plain rows (f32, bf16,
 * f16) on AVX-512: a tile of R weight rows by C rows of x keeps its R x C
 * sums in registers (up to 3 x 8: 24 of the 32), so each weight vector,
 * loaded and widened once, feeds C FMAs and each vector of x feeds R.
 * bf16 rows take x in even/odd order (xd, rows512_1's), so 32 weights
 * cost two integer ops; f32 and f16 rows take x as it is.  The weight
 * rows of a tile are read once from memory for every pass over the rows
 * of x (from L1 or L2 after the first).  Over a 1B model's bf16 shapes
 * on a Zen 4 (2 threads, best of four alternations) 8 rows of x ran 90
 * GFLOP/s against rows4_avx2's 70 (four rows of x on AVX2), 12 rows 94
 * against 71; from 16 rows the GEMM is faster. */
enum { RM_R = 3, RM_C = 8 };

AVX512 static inline __attribute__((always_inline)) void
rowsm_tile(const float *x, const float *xd, int C, int R, int64_t K, const void *w, enum dtype wdt,
    float *y, int64_t N, int64_t n)
{
	const __m512i hi = _mm512_set1_epi32((int)0xFFFF0000u);
	size_t wsz = dtype_size(wdt);
	const char *row[RM_R];
	__m512 acc[RM_R][RM_C];
	int64_t k = 0;

	RM_FOR(r, R) {
		row[r] = (const char *)w + (size_t)(n + r) * (size_t)K * wsz;
		RM_FOR(c, C)
			acc[r][c] = _mm512_setzero_ps();
	}
	/* f32 and bf16 rows read in whole lines (struct arow) when they lie
	 * alike against them: one index, a permute a vector.  On a Zen 5 (2
	 * threads, the 1B model's shapes, rows 24 bytes past a line,
	 * alternated) bf16 at 2 rows of x 26 -> 41 GB/s, at 4 17 -> 28 (on
	 * the line too: the old loop was slower either way), f32 at 2 48 ->
	 * 53, at 4 34 -> 39. */
	size_t rb = (size_t)K * wsz;
	if (wdt != DTYPE_F16 && !((uintptr_t)row[0] & 3) && (R == 1 || !(rb % 64)) && K * wsz / 4 >= 16) {
		__m512i prev[RM_R];
		struct arow ar = arow_rows(row[0], rb / 4, R, (int64_t)(rb / 4), prev);
		for (; ar.lim >= 16; ar.p += 16, ar.lim -= 16, k += wdt == DTYPE_BF16 ? 32 : 16) {
			__m512i v[RM_R];
			RM_FOR(r, R)
				v[r] = arow_row(&ar, rb / 4, r, prev);
			if (wdt == DTYPE_BF16) {
				RM_FOR(c, C) {
					__m512 xv = _mm512_loadu_ps(xd + c * K + k);
					RM_FOR(r, R)
						acc[r][c] = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_slli_epi32(v[r], 16)),
						    xv, acc[r][c]);
				}
				RM_FOR(c, C) {
					__m512 xv = _mm512_loadu_ps(xd + c * K + k + 16);
					RM_FOR(r, R)
						acc[r][c] = _mm512_fmadd_ps(_mm512_castsi512_ps(_mm512_and_si512(v[r], hi)),
						    xv, acc[r][c]);
				}
			} else {
				RM_FOR(c, C) {
					__m512 xv = _mm512_loadu_ps(x + c * K + k);
					RM_FOR(r, R)
						acc[r][c] = _mm512_fmadd_ps(_mm512_castsi512_ps(v[r]), xv, acc[r][c]);
				}
			}
		}
	}
	if (wdt == DTYPE_BF16) {
		for (; k + 32 <= K; k += 32) {
			__m512i v[RM_R];
			__m512 wv[RM_R];
			RM_FOR(r, R) {
				v[r] = _mm512_loadu_si512(row[r] + 2 * k);
				wv[r] = _mm512_castsi512_ps(_mm512_slli_epi32(v[r], 16));
			}
			RM_FOR(c, C) {
				__m512 xv = _mm512_loadu_ps(xd + c * K + k);
				RM_FOR(r, R)
					acc[r][c] = _mm512_fmadd_ps(wv[r], xv, acc[r][c]);
			}
			RM_FOR(r, R)
				wv[r] = _mm512_castsi512_ps(_mm512_and_si512(v[r], hi));
			RM_FOR(c, C) {
				__m512 xv = _mm512_loadu_ps(xd + c * K + k + 16);
				RM_FOR(r, R)
					acc[r][c] = _mm512_fmadd_ps(wv[r], xv, acc[r][c]);
			}
		}
	} else {
		for (; k + 16 <= K; k += 16) {
			__m512 wv[RM_R];
			RM_FOR(r, R)
				wv[r] = wdt == DTYPE_F16 ?
				    _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(row[r] + 2 * k))) :
				    _mm512_loadu_ps((const float *)row[r] + k);
			RM_FOR(c, C) {
				__m512 xv = _mm512_loadu_ps(x + c * K + k);
				RM_FOR(r, R)
					acc[r][c] = _mm512_fmadd_ps(wv[r], xv, acc[r][c]);
			}
		}
	}
	RM_FOR(r, R)
		RM_FOR(c, C) {
			float t = 0;
			for (int64_t kk = k; kk < K; kk++)
				t += x[c * K + kk] * elem(row[r], wdt, kk);
			y[c * N + n + r] = _mm512_reduce_add_ps(acc[r][c]) + t;
		}
}

/* One instance per tile shape, so the tile's loops unroll and its sums
 * stay in registers. */
#define RM_TILE(C, R) AVX512 static void rowsm_##C##x##R(const float *x, const float *xd, int64_t K,	\
    const void *w, enum dtype wdt, float *y, int64_t N, int64_t n)						\
	{ rowsm_tile(x, xd, C, R, K, w, wdt, y, N, n); }
#define RM_TILES(C) RM_TILE(C, 3) RM_TILE(C, 1)
RM_TILES(1) RM_TILES(2) RM_TILES(3) RM_TILES(4) RM_TILES(5) RM_TILES(6) RM_TILES(7) RM_TILES(8)

typedef void rowsm_fn(const float *, const float *, int64_t, const void *, enum dtype, float *, int64_t, int64_t);

/* Rows n0 .. n1 of W against the M rows of x (xd: x in even/odd order
 * for bf16 rows, else NULL): tiles of three weight rows (then one), the
 * rows of x eight at a time, the rest in one smaller tile. */
AVX512 static void
rowsm512(const float *x, const float *xd, int64_t M, int64_t K, const void *w, enum dtype wdt, int64_t N,
    float *y, int64_t n0, int64_t n1)
{
	static rowsm_fn *const t3[RM_C + 1] = { NULL, rowsm_1x3, rowsm_2x3, rowsm_3x3, rowsm_4x3,
		rowsm_5x3, rowsm_6x3, rowsm_7x3, rowsm_8x3 };
	static rowsm_fn *const t1[RM_C + 1] = { NULL, rowsm_1x1, rowsm_2x1, rowsm_3x1, rowsm_4x1,
		rowsm_5x1, rowsm_6x1, rowsm_7x1, rowsm_8x1 };

	for (int64_t n = n0; n < n1;) {
		int R = n1 - n >= RM_R ? RM_R : 1;
		for (int64_t m = 0; m < M;) {
			int C = M - m >= RM_C ? RM_C : (int)(M - m);
			(R == RM_R ? t3 : t1)[C](x + m * K, xd ? xd + m * K : NULL, K, w, wdt, y + m * N, N, n);
			m += C;
		}
		n += R;
	}
}

/* x's even and odd elements per 32 (the bf16 GEMV's order); a tail
 * shorter than 32 is left out (read from x). */
static void
even_odd(const float *x, int64_t K, float *xd)
{
	for (int64_t b = 0; b + 32 <= K; b += 32)
		for (int i = 0; i < 16; i++) {
			xd[b + i] = x[b + 2 * i];
			xd[b + 16 + i] = x[b + 2 * i + 1];
		}
}

/* The sums of x over each group of gs (the factored GEMVs' bias terms). */
static void
group_sums(const float *x, int64_t K, int gs, float *xg)
{
	for (int64_t g = 0; g < K / gs; g++) {
		float s = 0;
		for (int k = 0; k < gs; k++)
			s += x[g * gs + k];
		xg[g] = s;
	}
}

#define QLANES256(BITS)								\
AVX2 static void								\
qlanes256_##BITS(const float *xp, int64_t K, const struct kern_qweight *qw, float *y,	\
    int64_t n0, int64_t n1)							\
{										\
	enum { PER = 32 / BITS, BLK = 8 * PER };				\
	int64_t g = K / qw->gs, words = K / PER, gs = qw->gs;			\
	float sc[QMAXG], bi[QMAXG];						\
	int idx[8];								\
	for (int i = 0; i < 8; i++)						\
		idx[i] = gs >= BLK ? 0 : PER * i / (int)gs;			\
	__m256i gidx = _mm256_loadu_si256((const __m256i *)idx), mask = _mm256_set1_epi32((1 << BITS) - 1);	\
	int64_t gstep = gs >= BLK ? 0 : BLK / gs;				\
	for (int64_t n = n0; n < n1; n++) {					\
		const uint32_t *qrow = qw->q + n * words;			\
		__m256 a0 = _mm256_setzero_ps(), a1 = a0;			\
		widen_row(qw->scale, qw->sdt, n * g, g, sc);			\
		widen_row(qw->bias, qw->sdt, n * g, g, bi);			\
		int64_t gb = 0, inblk = 0;					\
		for (int64_t k0 = 0; k0 < K; k0 += BLK) {			\
			__m256 s = _mm256_permutevar8x32_ps(_mm256_loadu_ps(sc + gb), gidx);	\
			__m256 b = _mm256_permutevar8x32_ps(_mm256_loadu_ps(bi + gb), gidx);	\
			__m256i w = _mm256_loadu_si256((const __m256i *)(qrow + k0 / PER));	\
			const float *xb = xp + k0;				\
			for (int j = 0; j < PER; j += 2) {			\
				__m256i v0 = _mm256_and_si256(_mm256_srli_epi32(w, BITS * j), mask);	\
				__m256i v1 = _mm256_and_si256(_mm256_srli_epi32(w, BITS * (j + 1)), mask);	\
				__m256 w0 = _mm256_add_ps(_mm256_mul_ps(_mm256_cvtepi32_ps(v0), s), b);	\
				__m256 w1 = _mm256_add_ps(_mm256_mul_ps(_mm256_cvtepi32_ps(v1), s), b);	\
				a0 = _mm256_fmadd_ps(w0, _mm256_loadu_ps(xb + j * 8), a0);	\
				a1 = _mm256_fmadd_ps(w1, _mm256_loadu_ps(xb + j * 8 + 8), a1);	\
			}							\
			if (gstep)						\
				gb += gstep;					\
			else if ((inblk += BLK) == gs) {			\
				gb++;						\
				inblk = 0;					\
			}							\
		}								\
		y[n] = hsum(_mm256_add_ps(a0, a1));				\
	}									\
}
QLANES256(2)
QLANES256(4)
QLANES256(8)

/* Four rows of x against plain (f32/bf16/f16) rows of W: each weight
 * vector loaded once feeds four FMAs; two k steps in flight, so eight
 * independent sums hide the FMA latency. */
AVX2 static void
rows4_avx2(const float *x, int64_t K, const void *w, enum dtype wdt, int64_t N, float *y,
    int64_t n0, int64_t n1)
{
	size_t wsz = dtype_size(wdt);
	const float *x0 = x, *x1 = x + K, *x2 = x + 2 * K, *x3 = x + 3 * K;
	for (int64_t n = n0; n < n1; n++) {
		const char *row = (const char *)w + (size_t)n * (size_t)K * wsz;
		__m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
		int64_t k = 0;
		for (; k + 16 <= K; k += 16) {
			_mm_prefetch(row + 2 * (size_t)K * wsz + (size_t)k * wsz, _MM_HINT_T0);
			__m256 w0 = load8(row, wdt, k), w1 = load8(row, wdt, k + 8);
			a0 = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x0 + k), a0);
			a1 = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x1 + k), a1);
			a2 = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x2 + k), a2);
			a3 = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x3 + k), a3);
			b0 = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x0 + k + 8), b0);
			b1 = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x1 + k + 8), b1);
			b2 = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x2 + k + 8), b2);
			b3 = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x3 + k + 8), b3);
		}
		float t0 = 0, t1 = 0, t2 = 0, t3 = 0;
		for (; k < K; k++) {
			float wk = elem(row, wdt, k);
			t0 += x0[k] * wk, t1 += x1[k] * wk, t2 += x2[k] * wk, t3 += x3[k] * wk;
		}
		y[n] = hsum(_mm256_add_ps(a0, b0)) + t0;
		y[N + n] = hsum(_mm256_add_ps(a1, b1)) + t1;
		y[2 * N + n] = hsum(_mm256_add_ps(a2, b2)) + t2;
		y[3 * N + n] = hsum(_mm256_add_ps(a3, b3)) + t3;
	}
}

struct job {
	const float *x;
	int64_t M, K, N, chunk;
	const void *w;
	enum dtype wdt;
	const struct kern_qweight *qw;
	float *y;
	const float *xp;	/* x in lane order for qlanes_*, or NULL */
	int lanes;
	int fac;		/* one row of x on AVX-512: qfac512_4/8 or rows512_1 */
	const float *xg;	/* (K / gs) x's group sums for qfac512_* */
	int xbf;		/* x holds bf16 values (kern_matmul_bx) */
	const uint16_t *xb;	/* ...as bf16, for rowsbb512_1; or NULL */
	int ilv;		/* xp holds M rows of x interleaved (qdeq512_4m*, qdeq512_8m*) */
};

static void
gemv_task(void *arg, int i)
{
	const struct job *j = arg;
	int64_t n0 = (int64_t)i * j->chunk, n1 = n0 + j->chunk < j->N ? n0 + j->chunk : j->N;

	if (!have_avx2() || (j->qw && (j->qw->gs % 8 || j->K % j->qw->gs))) {
		rows_c(j->x, j->M, j->K, j->w, j->wdt, j->qw, j->N, j->y, n0, n1);
		return;
	}
	if (j->fac) {
		if (j->qw && j->qw->bits == 4 && j->K >= RX_MINK)
			qfac512_4xr(j->xp, j->xg, j->K, j->qw, j->y, n0, n1);
		else if (j->qw && j->qw->bits == 4)
			qfac512_4(j->xp, j->xg, j->K, j->qw, j->y, n0, n1);
		else if (j->qw && j->K >= RX_MINK)
			qfac512_8x8(j->x, j->xg, j->K, j->qw, j->y, n0, n1);
		else if (j->qw)
			qfac512_8(j->x, j->xg, j->K, j->qw, j->y, n0, n1);
		else if (j->xb)
			(zen5() ? rowsbb512_x8 : rowsbb512_1)(j->xb, j->K, j->w, j->y, n0, n1);
		else if ((j->K >= RX_MINK || (j->wdt == DTYPE_BF16 && zen5())) && j->wdt != DTYPE_F16)
			rows512_x8(j->x, j->xp, j->K, j->w, j->wdt, j->y, n0, n1);
		else
			rows512_1(j->x, j->xp, j->K, j->w, j->wdt, j->y, n0, n1);
		return;
	}
	if (!j->qw && j->M > 1 && have_avx512()) {
		rowsm512(j->x, j->xp, j->M, j->K, j->w, j->wdt, j->N, j->y, n0, n1);
		return;
	}
	if (j->ilv) {	/* x interleaved: the rows by 16 (8 bits), 8, 4, 2, 1 (q4_batch, q8_batch) */
		static qdeq_fn *const q4[] = { qdeq512_4m1, qdeq512_4m2, qdeq512_4m4, qdeq512_4m8 };
		static qdeq_fn *const q8[] = { qdeq512_8m1, qdeq512_8m2, qdeq512_8m4, qdeq512_8m8, qdeq512_8m16 };
		int64_t m = 0;
		for (int l = j->qw->bits == 8 ? 4 : 3; l >= 0; l--)
			for (; m + (1 << l) <= j->M; m += 1 << l)
				(j->qw->bits == 8 ? q8 : q4)[l](j->xp + m * 16, j->M, j->K, j->qw, j->y + m * j->N,
				    j->N, n0, n1);
		return;
	}
	if (j->xp && j->M > 1) {
		int64_t m = 0;
		for (; m + 4 <= j->M; m += 4)
			qlut512_4x4(j->xp + m * j->K, j->K, j->qw, j->y + m * j->N, j->N, n0, n1);
		for (; m < j->M; m++)
			qlut512_4(j->xp + m * j->K, j->K, j->qw, j->y + m * j->N, n0, n1);
		return;
	}
	if (j->xp) {
		int b = j->qw->bits;
		if (j->lanes == 16)
			(b == 2 ? qlanes512_2 : b == 4 ? qlanes512_4 : qlanes512_8)(j->xp, j->K, j->qw, j->y, n0, n1);
		else
			(b == 2 ? qlanes256_2 : b == 4 ? qlanes256_4 : qlanes256_8)(j->xp, j->K, j->qw, j->y, n0, n1);
		return;
	}
	if (j->M == 1 && j->qw && j->qw->gs % 32 == 0 && j->K / j->qw->gs <= QMAXG) {
		if (have_avx512())
			qrows_avx512_1(j->x, j->K, j->qw, j->y, n0, n1);
		else
			qrows_avx2_1(j->x, j->K, j->qw, j->y, n0, n1);
		return;
	}
	if (j->qw && j->qw->bits == 8 && j->qw->gs % 16 == 0 && j->K % j->qw->gs == 0 && have_avx512() &&
	    j->K / j->qw->gs <= QMAXG) {
		for (int64_t m = 0; m < j->M; m++)
			qrows512_8x1(j->x + m * j->K, j->K, j->qw, j->y + m * j->N, n0, n1);
		return;
	}
	if (j->qw && j->qw->gs % 8 == 0 && j->K % j->qw->gs == 0) {
		/* several rows of x: dequantize each weight row once (into
		 * L1), then the plain kernels on it */
		float *buf = emalloc64((size_t)j->K * sizeof(float));
		for (int64_t n = n0; n < n1; n++) {
			dequant_avx2(j->qw, j->K, n, n + 1, buf);
			int64_t m = 0;
			for (; m + 4 <= j->M; m += 4)
				rows4_avx2(j->x + m * j->K, j->K, buf, DTYPE_F32, j->N, j->y + m * j->N + n, 0, 1);
			for (; m < j->M; m++)
				rows_avx2_1x2(j->x + m * j->K, j->K, buf, DTYPE_F32, j->N, j->y + m * j->N + n, 0, 1);
		}
		free(buf);
		return;
	}
	/* plain weights (a packed one returned above): four rows of x at a
	 * time, then one */
	int64_t m = 0;
	for (; m + 4 <= j->M; m += 4)
		rows4_avx2(j->x + m * j->K, j->K, j->w, j->wdt, j->N, j->y + m * j->N, n0, n1);
	for (; m < j->M; m++)
		rows_avx2_1x2(j->x + m * j->K, j->K, j->w, j->wdt, j->N, j->y + m * j->N, n0, n1);
}

/* A copy of x's n floats starting `off` bytes past a 64-byte boundary
 * (the block to free goes to *base).  qfac512_8 reads memory a third
 * slower when its x starts on a 32-byte boundary: a 1B model's 8-bit
 * GEMVs on a Zen 4 VM (2 threads, alternated) read 20-21 GB/s with x at
 * 0 or 32 bytes past a line, 23-30 at 16 or 48, whatever the weights'
 * own offset (0, 8 or 40 past a line: the same); the plan's
 * activations lay at 32.  No other kernel showed it (bf16 rows, 4-bit
 * tables, the eight-row kernels). */
static float *
x_copy_at(const float *x, int64_t n, unsigned off, void **base)
{
	char *b = emalloc64((size_t)n * sizeof(float) + 128);
	float *a = (float *)((((uintptr_t)b + 63) & ~(uintptr_t)63) + off);

	memcpy(a, x, (size_t)n * sizeof(float));
	*base = b;
	return a;
}

/* gemv's batched 4-bit case (Q4_DEQ_MIN's comment) */
static int
q4_batch(const struct job *j)
{
	const struct kern_qweight *qw = j->qw;
	return j->M > 1 && j->M <= 15 && qw && qw->bits == 4 && have_avx512() && lanes_ok(qw, j->K, 16) &&
	    (qw->gs == 64 || qw->gs % 128 == 0);
}

/* 2 to 16 rows of x against 8-bit weights on AVX-512: qdeq512_8m*.  The
 * 1B model's 8-bit GEMVs a step, alternated three times against the
 * kernels before them (qrows512_8x4, since removed, for each four rows,
 * qrows512_8x1 for each row left): 2 rows 67-71 ms against 101-146,
 * 4 rows 95-106 against 126-137, 8 rows 163-180 against 233-251; 3 and 5
 * rows the same either way.  16 rows in one pass (qdeq512_8m16, sixteen
 * sums in registers), against kern_gemm's direct_task that had them
 * before (a Zen 5, a batched decode step at B = 16, alternated twice):
 * 273-328 ms against 361-387; two passes of eight, 536-567. */
static int
q8_batch(const struct job *j)
{
	const struct kern_qweight *qw = j->qw;
	return j->M > 1 && j->M <= 16 && qw && qw->bits == 8 && have_avx512() &&
	    qw->gs % 16 == 0 && j->K % qw->gs == 0 && j->K / qw->gs <= QMAXG;
}

static void
gemv(struct pool *p, struct job *j)
{
	int nt = pool_size(p);
	/* chunks of whole cache lines of y, several per thread for balance */
	int64_t chunk = (j->N + 4 * nt - 1) / (4 * nt);
	chunk = (chunk + 15) & ~(int64_t)15;
	if (chunk < 16)
		chunk = 16;
	j->chunk = chunk;
	float *xp = NULL, *xg = NULL;
	uint16_t *xb = NULL;
	void *xbase = NULL;
	const struct kern_qweight *qw = j->qw;
	int64_t G = qw ? j->K / qw->gs : 0;
	if (j->M == 1 && have_avx512() && qw && qw->gs % 8 == 0 && j->K % qw->gs == 0 && G <= QMAXG - 16 &&
	    ((qw->bits == 4 && j->K % 128 == 0 && (qw->gs % 128 == 0 || 128 % qw->gs == 0)) ||
	    (qw->bits == 8 && qw->gs % 32 == 0))) {
		j->xg = xg = emalloc64((size_t)G * sizeof(float));
		group_sums(j->x, j->K, qw->gs, xg);
		if (qw->bits == 8)
			j->x = x_copy_at(j->x, j->K, 16, &xbase);
		if (qw->bits == 4) {
			j->xp = xp = emalloc64((size_t)j->K * sizeof(float));
			lane_order(j->x, j->K, 16, 8, xp);
		}
		j->fac = 1;
	} else if (j->M == 1 && have_avx512() && !qw) {
		if (j->xbf && j->wdt == DTYPE_BF16 && have_bf16dot()) {
			xb = emalloc64((size_t)j->K * sizeof(uint16_t) + 1);
			if (x_as_bf16(j->x, j->K, xb))
				j->xb = xb;
		}
		if (j->wdt == DTYPE_BF16 && !j->xb) {
			j->xp = xp = emalloc64((size_t)j->K * sizeof(float) + 1);
			even_odd(j->x, j->K, xp);
		}
		j->fac = 1;
	} else if (j->M > 1 && have_avx512() && !qw) {
		if (j->wdt == DTYPE_BF16) {	/* rowsm512's order */
			j->xp = xp = emalloc64((size_t)(j->M * j->K) * sizeof(float) + 1);
			for (int64_t m = 0; m < j->M; m++)
				even_odd(j->x + m * j->K, j->K, xp + m * j->K);
		}
	} else if (q8_batch(j)) {
		j->xp = xp = emalloc64((size_t)(j->M * j->K) * sizeof(float));
		x_interleave(j->x, j->M, j->K, 1, xp);
		j->ilv = 1;
	} else if (q4_batch(j)) {
		xp = emalloc64((size_t)(j->M * j->K) * sizeof(float));
		if ((j->ilv = j->M >= Q4_DEQ_MIN))
			x_interleave(j->x, j->M, j->K, 8, xp);
		else
			for (int64_t m = 0; m < j->M; m++)
				lane_order(j->x + m * j->K, j->K, 16, 8, xp + m * j->K);
		j->xp = xp;
		j->lanes = 16;
	} else if (j->M == 1 && j->qw && have_avx2()) {
		int L = have_avx512() ? 16 : 8;
		if (lanes_ok(j->qw, j->K, L)) {
			j->xp = xp = emalloc64((size_t)j->K * sizeof(float));
			lane_order(j->x, j->K, L, 32 / j->qw->bits, xp);
			j->lanes = L;
		}
	}
	if (j->M * j->N * j->K < (1 << 18)) {	/* too small to wake the pool for */
		j->chunk = j->N;
		gemv_task(j, 0);
	} else {
		pool_run(p, gemv_task, j, (int)((j->N + chunk - 1) / chunk));
	}
	free(xp);
	free(xg);
	free(xb);
	free(xbase);
}

/* sgemm on f32 tiles of a narrower or packed weight. */
struct tile {
	const struct job *j;
	float *buf;
	int64_t n0, rows, per;
};

static void
tile_task(void *arg, int i)
{
	const struct tile *t = arg;
	int64_t a = t->n0 + i * t->per, b = a + t->per < t->n0 + t->rows ? a + t->per : t->n0 + t->rows;
	float *out = t->buf + (a - t->n0) * t->j->K;

	if (a >= b)
		return;
	if (t->j->qw)
		kern_dequant_rows(t->j->qw, t->j->K, a, b, out);
	else
		kern_widen((const char *)t->j->w + (size_t)a * (size_t)t->j->K * dtype_size(t->j->wdt),
		    t->j->wdt, (b - a) * t->j->K, out);
}

static void
gemm(struct pool *p, struct job *j)
{
	blas_init();
	if (!j->qw && j->wdt == DTYPE_F32) {
		cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)j->M, (int)j->N, (int)j->K,
		    1.0f, j->x, (int)j->K, j->w, (int)j->K, 0.0f, j->y, (int)j->N);
		return;
	}
	int64_t rows = ((int64_t)1 << 20) / j->K;	/* 4 MB of f32 a tile */
	if (rows < 16)
		rows = 16;
	rows &= ~(int64_t)15;
	float *buf = emalloc64((size_t)rows * (size_t)j->K * sizeof(float));
	for (int64_t n0 = 0; n0 < j->N; n0 += rows) {
		int64_t r = j->N - n0 < rows ? j->N - n0 : rows;
		int nt = pool_size(p);
		struct tile t = { j, buf, n0, r, (r + nt - 1) / nt };
		pool_run(p, tile_task, &t, nt);
		cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)j->M, (int)r, (int)j->K,
		    1.0f, j->x, (int)j->K, buf, (int)j->K, 0.0f, j->y + n0, (int)j->N);
	}
	free(buf);
}

/* matmul's choice of kern_gemm (when x is not of bf16 values, or
 * kern_gemm_bf declined it) */
static int
takes_gemm(const struct job *j)
{
	int plain = !j->qw && !j->xbf && (j->wdt == DTYPE_F32 || j->wdt == DTYPE_BF16 || j->wdt == DTYPE_F16);
	return (j->M >= KERN_GEMM_MIN || (plain && j->M >= KERN_DIRECT8_MIN && j->M <= 8 &&
	    (j->wdt == DTYPE_F32 || (j->wdt == DTYPE_F16 && kern_direct_fill())))) && have_avx512() &&
	    !q4_batch(j) && !q8_batch(j);
}

size_t
kern_matmul_xbytes(int64_t M, int64_t K, int xbf)
{
	struct job j = { .M = M, .K = K, .wdt = DTYPE_F32, .xbf = xbf };

	/* tiles of 32 rows from 17 (kern_gemm_xbytes); x of bf16 values
	 * goes to kern_gemm_bf, which packs its own */
	return M > 16 && !xbf && takes_gemm(&j) ? kern_gemm_xbytes(M, K) : 0;
}

/* The one door of both: the GEMM from KERN_GEMM_MIN rows on AVX-512 (any
 * weight format; and KERN_DIRECT8_MIN to 8 rows for plain W), OpenBLAS
 * from KERN_GEMM_ROWS, else the GEMV kernels. */
static void
matmul(struct pool *p, struct job *j)
{
	if (j->K == 0) {	/* an empty contraction: every sum is 0 */
		memset(j->y, 0, (size_t)(j->M * j->N) * sizeof(float));
		return;
	}
	if (j->xbf && j->M >= KERN_GEMM_MIN && !j->qw && j->wdt == DTYPE_BF16 && have_bf16dot() &&
	    kern_gemm_bf(p, j->x, j->M, j->K, j->w, j->N, j->y, have_amx()) == 0)
		return;
	if (takes_gemm(j))
		kern_gemm(p, j->x, j->M, j->K, j->w, j->wdt, j->qw, j->N, j->y);
	else if (j->M >= KERN_GEMM_ROWS && !force_c)
		gemm(p, j);
	else
		gemv(p, j);
}

void
kern_matmul(struct pool *p, const float *x, int64_t M, int64_t K, const void *w, enum dtype wdt,
    int64_t N, float *y)
{
	struct job j = { .x = x, .M = M, .K = K, .N = N, .w = w, .wdt = wdt, .y = y };

	matmul(p, &j);
}

void
kern_matmul_bx(struct pool *p, const float *x, int64_t M, int64_t K, const void *w, enum dtype wdt,
    int64_t N, float *y)
{
	struct job j = { .x = x, .M = M, .K = K, .N = N, .w = w, .wdt = wdt, .y = y, .xbf = 1 };

	matmul(p, &j);
}

void
kern_matmul_q(struct pool *p, const float *x, int64_t M, int64_t K, const struct kern_qweight *w,
    int64_t N, float *y)
{
	struct job j = { .x = x, .M = M, .K = K, .N = N, .wdt = DTYPE_F32, .qw = w, .y = y };

	matmul(p, &j);
}
