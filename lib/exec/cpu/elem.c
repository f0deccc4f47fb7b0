/* The plan's elementwise kernels: what the interpreter computes, bit for
 * bit (each result rounded once from its f64 value). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "base/dtype.h"
#include "exec/cpu/elem.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/simd.h"

static double
unary_f(int k, double x)
{
	switch (k) {
	case U_NEG: return -x;
	case U_EXP: return exp(x);
	case U_RSQRT: return 1.0 / sqrt(x);
	case U_LOGISTIC: return 1.0 / (1.0 + exp(-x));
	case U_SIN: return sin(x);
	case U_COS: return cos(x);
	case U_SQRT: return sqrt(x);
	case U_TANH: return tanh(x);
	case U_ABS: return fabs(x);
	default: return log(x);
	}
}

/* exp and logistic 8 lanes at a time on AVX-512, the same bits as the
 * scalar (float)exp(x) and (float)(1 / (1 + exp(-x))) in double.
 *
 * e^x in double: x = k ln 2 + r with k = round(x / ln 2) (ln 2 a double
 * and the remainder, two FMAs), |r| <= 0.35, e^r by its Taylor series
 * to r^13 (the first term left out is below 5e-18) in FMAs, times 2^k
 * (scalef).  That is a few units in the last place of a double from
 * the true value, as libm's exp is (glibc: under 1); rounded to float
 * the two agree unless the double lies within a few units of a
 * rounding boundary (halfway between two floats: the 29 bits below a
 * float's mantissa are 2^28).  Within EXP_GUARD units of one, and
 * outside the range where the float result is normal (and for NaN),
 * the lane is computed by libm after all.  A prefill-256 of a 1B model
 * spent 9% of its time in these exps one at a time (softmax's over
 * every score, SiLU's over every MLP activation).  t/unit/plan.c holds
 * them to libm's over a sample of every float (EXP_ALL=1: all of
 * them). */
enum { EXP_GUARD = 64 };

AVX512 static inline __m512d
exp8(__m512d x)
{
	__m512d k = _mm512_roundscale_pd(_mm512_mul_pd(x, _mm512_set1_pd(1.4426950408889634)),
	    _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
	__m512d r = _mm512_fnmadd_pd(k, _mm512_set1_pd(6.93147180559945286227e-01), x);
	r = _mm512_fnmadd_pd(k, _mm512_set1_pd(2.31904681384629955842e-17), r);
	static const double c[] = { 1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0,
	    1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0,
	    1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0 };
	__m512d p = _mm512_set1_pd(c[0]);
	for (int i = 1; i < 14; i++)
		p = _mm512_fmadd_pd(p, r, _mm512_set1_pd(c[i]));
	return _mm512_scalef_pd(p, k);
}

/* Lanes of y (doubles with normal float results) within EXP_GUARD units
 * of halfway between two floats. */
AVX512 static inline __mmask8
near_half(__m512d y)
{
	__m512i lo = _mm512_and_si512(_mm512_castpd_si512(y), _mm512_set1_epi64((1 << 29) - 1));
	__m512i d = _mm512_add_epi64(_mm512_sub_epi64(lo, _mm512_set1_epi64(1 << 28)), _mm512_set1_epi64(EXP_GUARD));
	return _mm512_cmple_epu64_mask(d, _mm512_set1_epi64(2 * EXP_GUARD));
}

AVX512 static void
exp512(int k, const float *x, float *y, int64_t n)
{
	/* x where the float result is normal (exp) or e^-x stays in exp8's
	 * range and the result is normal (logistic) */
	const __m512d lo = _mm512_set1_pd(-87.0), hi = _mm512_set1_pd(k == U_EXP ? 88.0 : 700.0);
	int64_t i = 0;

	for (; i + 8 <= n; i += 8) {
		__m512d v = _mm512_cvtps_pd(_mm256_loadu_ps(x + i)), r;
		__mmask8 in = _mm512_cmp_pd_mask(v, lo, _CMP_GE_OQ) & _mm512_cmp_pd_mask(v, hi, _CMP_LE_OQ);
		if (k == U_EXP)
			r = exp8(v);
		else
			r = _mm512_div_pd(_mm512_set1_pd(1.0),
			    _mm512_add_pd(_mm512_set1_pd(1.0), exp8(_mm512_sub_pd(_mm512_setzero_pd(), v))));
		unsigned redo = (unsigned)(__mmask8)(~in | near_half(r));
		float o[8];
		_mm256_storeu_ps(o, _mm512_cvtpd_ps(r));
		for (; redo; redo &= redo - 1) {	/* before y is written: it may be x */
			int j = __builtin_ctz(redo);
			o[j] = (float)unary_f(k, x[i + j]);
		}
		memcpy(y + i, o, sizeof(o));
	}
	for (; i < n; i++)
		y[i] = (float)unary_f(k, x[i]);
}

/* The largest distance, in units in the last place, between exp8's
 * e^x and libm's over x[0..n) (each in [-700, 700]); -1 without
 * AVX-512.  The test that EXP_GUARD is wide enough. */
AVX512 static double
exp8_err(const double *x, int64_t n)
{
	double worst = 0;

	for (int64_t i = 0; i + 8 <= n; i += 8) {
		double y[8];
		_mm512_storeu_pd(y, exp8(_mm512_loadu_pd(x + i)));
		for (int j = 0; j < 8; j++) {
			double want = exp(x[i + j]), d = fabs(y[j] - want) / (nextafter(want, INFINITY) - want);
			worst = d > worst ? d : worst;
		}
	}
	return worst;
}

double
elem_exp_err(const double *x, int64_t n)
{
	return kern_avx512() ? exp8_err(x, n) : -1;
}

void
elem_unary(int k, const float *x, float *y, int64_t n)
{
	if ((k == U_EXP || k == U_LOGISTIC) && kern_avx512()) {
		exp512(k, x, y, n);
		return;
	}
	switch (k) {
	case U_NEG:
		for (int64_t i = 0; i < n; i++)
			y[i] = -x[i];
		break;
	case U_EXP:
		for (int64_t i = 0; i < n; i++)
			y[i] = (float)exp(x[i]);
		break;
	default:
		for (int64_t i = 0; i < n; i++)
			y[i] = (float)unary_f(k, x[i]);
	}
}

/* The interpreter's maximum and minimum: NaN wins, +0 above -0. */
float
elem_max(float a, float b)
{
	if (isnan(a) || isnan(b))
		return NAN;
	return a > b || (a == b && !signbit(a)) ? a : b;
}

float
elem_min(float a, float b)
{
	if (isnan(a) || isnan(b))
		return NAN;
	return a < b || (a == b && signbit(a)) ? a : b;
}

/* Add, subtract, multiply and divide 16 lanes at a time where the CPU
 * has AVX-512: each lane rounded once, as the scalar op (the same bits;
 * the compiler's -O2 left the loops below scalar).  A bf16 prefill-256
 * of a 1B model ran 375 such ops a layer stack, on 0.5-2 M elements. */
#define BIN512(OP) do {									\
	for (; i + 16 <= n; i += 16)							\
		_mm512_storeu_ps(y + i, OP(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i)));	\
	if (i < n) {									\
		__mmask16 m = (__mmask16)((1u << (n - i)) - 1);				\
		_mm512_mask_storeu_ps(y + i, m, OP(_mm512_maskz_loadu_ps(m, a + i), _mm512_maskz_loadu_ps(m, b + i)));	\
	}										\
} while (0)

AVX512 static void
binary512(int k, const float *a, const float *b, float *y, int64_t n)
{
	int64_t i = 0;

	switch (k) {
	case B_ADD: BIN512(_mm512_add_ps); break;
	case B_SUB: BIN512(_mm512_sub_ps); break;
	case B_MUL: BIN512(_mm512_mul_ps); break;
	default: BIN512(_mm512_div_ps); break;
	}
}
#undef BIN512

void
elem_binary_f(int k, const float *a, const float *b, float *y, int64_t n)
{
	int64_t i;

	if (k <= B_DIV && kern_avx512()) {
		binary512(k, a, b, y, n);
		return;
	}
	switch (k) {
	case B_ADD: for (i = 0; i < n; i++) y[i] = a[i] + b[i]; break;
	case B_SUB: for (i = 0; i < n; i++) y[i] = a[i] - b[i]; break;
	case B_MUL: for (i = 0; i < n; i++) y[i] = a[i] * b[i]; break;
	case B_DIV: for (i = 0; i < n; i++) y[i] = a[i] / b[i]; break;
	case B_MAX: for (i = 0; i < n; i++) y[i] = elem_max(a[i], b[i]); break;
	case B_MIN: for (i = 0; i < n; i++) y[i] = elem_min(a[i], b[i]); break;
	}
}

/* One side a scalar: y = a op s, or s op a with rev (the same bits as
 * elem_binary_f with s in every lane). */
#define BINS512(OP) do {								\
	for (; i + 16 <= n; i += 16)							\
		_mm512_storeu_ps(y + i, rev ? OP(sv, _mm512_loadu_ps(a + i)) : OP(_mm512_loadu_ps(a + i), sv));	\
	if (i < n) {									\
		__mmask16 m = (__mmask16)((1u << (n - i)) - 1);				\
		__m512 av = _mm512_maskz_loadu_ps(m, a + i);				\
		_mm512_mask_storeu_ps(y + i, m, rev ? OP(sv, av) : OP(av, sv));		\
	}										\
} while (0)

AVX512 static void
binary512s(int k, const float *a, float s, float *y, int64_t n, int rev)
{
	const __m512 sv = _mm512_set1_ps(s);
	int64_t i = 0;

	switch (k) {
	case B_ADD: BINS512(_mm512_add_ps); break;
	case B_SUB: BINS512(_mm512_sub_ps); break;
	case B_MUL: BINS512(_mm512_mul_ps); break;
	default: BINS512(_mm512_div_ps); break;
	}
}
#undef BINS512

static float
binary1(int k, float a, float b)
{
	switch (k) {
	case B_ADD: return a + b;
	case B_SUB: return a - b;
	case B_MUL: return a * b;
	case B_DIV: return a / b;
	case B_MAX: return elem_max(a, b);
	default: return elem_min(a, b);
	}
}

void
elem_binary_fs(int k, const float *a, float s, float *y, int64_t n, int rev)
{
	if (k <= B_DIV && kern_avx512()) {
		binary512s(k, a, s, y, n, rev);
		return;
	}
	for (int64_t i = 0; i < n; i++)
		y[i] = rev ? binary1(k, s, a[i]) : binary1(k, a[i], s);
}

void
elem_binary_i(int k, int dt, const void *av, const void *bv, void *yv, int64_t n)
{
	if (dt == DTYPE_BOOL) {
		const unsigned char *a = av, *b = bv;
		unsigned char *y = yv;
		for (int64_t i = 0; i < n; i++)
			y[i] = k == B_AND || k == B_MUL ? (a[i] & b[i]) : (a[i] | b[i]);
		return;
	}
	const uint32_t *a = av, *b = bv;
	uint32_t *y = yv;
	for (int64_t i = 0; i < n; i++)
		switch (k) {
		case B_ADD: y[i] = a[i] + b[i]; break;
		case B_SUB: y[i] = a[i] - b[i]; break;
		case B_MUL: y[i] = a[i] * b[i]; break;
		case B_AND: y[i] = a[i] & b[i]; break;
		case B_XOR: y[i] = a[i] ^ b[i]; break;
		case B_SHL: y[i] = b[i] >= 32 ? 0 : a[i] << b[i]; break;
		case B_SHR: y[i] = b[i] >= 32 ? 0 : a[i] >> b[i]; break;
		default: y[i] = a[i] | b[i]; break;
		}
}

static int
cmp(int k, int lt, int eq, int un)
{
	switch (k) {
	case C_EQ: return eq;
	case C_NE: return !eq;
	case C_LT: return lt;
	case C_LE: return lt || eq;
	case C_GT: return !lt && !eq && !un;
	default: return !lt && !un;
	}
}

void
elem_compare(int k, int dt, const void *av, const void *bv, unsigned char *y, int64_t n)
{
	for (int64_t i = 0; i < n; i++) {
		int lt, eq, un = 0;
		if (dt == DTYPE_F32) {
			float a = ((const float *)av)[i], b = ((const float *)bv)[i];
			un = isnan(a) || isnan(b);
			lt = a < b;
			eq = a == b;
		} else if (dt == DTYPE_U32) {
			uint32_t a = ((const uint32_t *)av)[i], b = ((const uint32_t *)bv)[i];
			lt = a < b;
			eq = a == b;
		} else {
			int32_t a = ((const int32_t *)av)[i], b = ((const int32_t *)bv)[i];
			lt = a < b;
			eq = a == b;
		}
		y[i] = (unsigned char)cmp(k, lt, eq, un);
	}
}

