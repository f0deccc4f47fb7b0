/* The GEMM for many rows of x (prefill, batched decode) on AVX-512:
 * y = x W^T for any weight format, f32 throughout (no rounding of x;
 * each weight is the f32 value the graph computes: widened, or
 * dequantized with the graph's multiply and add).
 *
 * The weight is taken a panel of PR rows at a time, and the panel a
 * block of KBLK columns at a time: the block is widened or dequantized
 * once into a small f32 buffer that stays in L1 (PR rows of KBLK, in
 * blocks of 16 columns: [KBLK/16][PR][16]), and every row of x runs
 * against it, the sums carried from block to block in tb.  x is
 * transposed once per call into tiles of 32 (or 16) rows, [K][32] ([K][16]
 * where M <= 16, for uk28x1), so a step of the microkernel loads two
 * vectors of x (32 rows at one k) and broadcasts each of the panel's
 * weights at that k into two FMAs: 14 panel rows x 32 rows of x, 28
 * accumulators, summed over the whole of K in k order (one rounding a
 * product and a sum, as the interpreter's own loop but fused; bf16
 * weights in k order within each 32: eo_slot).
 * Tasks are runs of PANELS panels, over the pool. */
#include <immintrin.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/simd.h"

enum { KB = 16 };	/* columns of a panel block */

struct gjob {
	const float *x;		/* (M, K) */
	float *xt;		/* (ntiles, Kp, 32) x^T tiles, zero-padded */
	int64_t M, K, Kp, N;
	const void *w;
	enum dtype wdt;
	const struct kern_qweight *qw;
	float *y;		/* (M, N) */
	int pr;			/* panel rows: 14 (tiles of 32 and 16), 28 (M <= 16) */
	int eo;			/* bf16 W: K in even/odd order a 32 (eo_slot) */
	int64_t ntiles;
	int xw;			/* floats a column of a tile: 32, or 16 where M <= 16 */
};

/* Lines of the weight a microkernel prefetches while it runs: the next
 * block of its panel, npf lines, line l at base + (l >> lsh) * stride +
 * (l % (1 << lsh)) * 64. */
struct pfetch {
	const char *base;
	int64_t stride;
	int lsh, npf;
};

#define PF_STEP(pf, l, per) do {							\
	for (int c_ = 0; c_ < (per) && (l) < (pf)->npf; c_++, (l)++)			\
		_mm_prefetch((pf)->base + ((l) >> (pf)->lsh) * (pf)->stride +		\
		    ((l) & ((1 << (pf)->lsh) - 1)) * 64, _MM_HINT_T0);			\
} while (0)

/* One microkernel per shape: R panel rows by V vectors of x (16 rows
 * each); wp is the panel ([Kp/16][R][16]), xt the tile ([Kp][16 V]), tb
 * gets the (R, 16 V) sums. */
#define UK_ROW2(I) { __m512 wv = _mm512_set1_ps(pb[(I) * KB + kk]);	\
	c##I##a = _mm512_fmadd_ps(wv, xa, c##I##a); c##I##b = _mm512_fmadd_ps(wv, xb, c##I##b); }
#define UK_ROW1(I) { c##I##a = _mm512_fmadd_ps(_mm512_set1_ps(pb[(I) * KB + kk]), xa, c##I##a); }

#define Z2(I) __m512 c##I##a = _mm512_setzero_ps(), c##I##b = c##I##a;
#define Z1(I) __m512 c##I##a = _mm512_setzero_ps();
#define S2(I) _mm512_storeu_ps(tb + (I) * 32, c##I##a); _mm512_storeu_ps(tb + (I) * 32 + 16, c##I##b);
#define S1(I) _mm512_storeu_ps(tb + (I) * 16, c##I##a);
/* ...or, for a later block of K, the sums so far from tb */
#define A2(I) __m512 c##I##a = first ? _mm512_setzero_ps() : _mm512_loadu_ps(tb + (I) * 32),	\
	c##I##b = first ? _mm512_setzero_ps() : _mm512_loadu_ps(tb + (I) * 32 + 16);
#define A1(I) __m512 c##I##a = first ? _mm512_setzero_ps() : _mm512_loadu_ps(tb + (I) * 16);

#define R14(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13)
#define R28(X) R14(X) X(14) X(15) X(16) X(17) X(18) X(19) X(20) X(21) X(22) X(23) X(24) X(25) \
	X(26) X(27)

AVX512 static void
uk14x2(const float *wp, const float *xt, int64_t Kp, float *tb, int first, const struct pfetch *pf)
{
	int l = 0, per = (int)((pf->npf + Kp / KB - 1) / (Kp / KB));
	R14(A2)
	for (int64_t k0 = 0; k0 < Kp; k0 += KB) {
		const float *pb = wp + k0 * 14, *xb = xt + k0 * 32;
		PF_STEP(pf, l, per);
		for (int kk = 0; kk < KB; kk++) {
			__m512 xa = _mm512_loadu_ps(xb + kk * 32), xb2 = _mm512_loadu_ps(xb + kk * 32 + 16);
#define xb xb2
			R14(UK_ROW2)
#undef xb
		}
	}
	R14(S2)
}

AVX512 static void
uk14x1(const float *wp, const float *xt, int64_t Kp, float *tb, int first, const struct pfetch *pf)
{
	int l = 0, per = (int)((pf->npf + Kp / KB - 1) / (Kp / KB));
	R14(A1)
	for (int64_t k0 = 0; k0 < Kp; k0 += KB) {
		const float *pb = wp + k0 * 14, *xb = xt + k0 * 32;
		PF_STEP(pf, l, per);
		for (int kk = 0; kk < KB; kk++) {
			__m512 xa = _mm512_loadu_ps(xb + kk * 32);
			R14(UK_ROW1)
		}
	}
	R14(S1)
}

AVX512 static void
uk28x1(const float *wp, const float *xt, int64_t Kp, float *tb, int first, const struct pfetch *pf)
{
	int l = 0, per = (int)((pf->npf + Kp / KB - 1) / (Kp / KB));
	R28(A1)
	for (int64_t k0 = 0; k0 < Kp; k0 += KB) {
		const float *pb = wp + k0 * 28, *xb = xt + k0 * 16;	/* M <= 16: xw 16 */
		PF_STEP(pf, l, per);
		for (int kk = 0; kk < KB; kk++) {
			__m512 xa = _mm512_loadu_ps(xb + kk * 16);
			R28(UK_ROW1)
		}
	}
	R28(S1)
}

/* bf16 weights are widened 32 at a time, even elements then odd (two
 * integer ops a 32: bf16_panel), so the tiles of x hold each whole 32
 * of K in that order: the slot of column k. */
static inline int64_t
eo_slot(const struct gjob *j, int64_t k)
{
	int64_t b = k & ~(int64_t)31;
	if (!j->eo || b + 32 > j->K)
		return k;
	return b + (k & 1) * 16 + (k & 31) / 2;
}

/* x^T tile t: rows m0 .. m0+31 of x, xt[k][j] = x[m0 + j][k], zero
 * past M and K; xw floats a column, 32, or 16 where M <= 16 (a column of
 * 32 was half zeros there).  Each tile is packed in PACK_PARTS tasks over
 * its columns: with one tile (batched decode) one thread had packed while
 * the other waited.  Both together, the GEMM at 16 rows on a 1B model's
 * shapes (K = 2048, f32 and bf16 W), medians of 9 alternated in one
 * process: N = 512 94-98 -> 108-113 GFLOP/s, 2048 116-134 -> 122-140,
 * 8192 106-127 -> 109-137; prefill (256 rows) the same or better. */
enum { PACK_PARTS = 4 };
static void
pack_tile(void *arg, int ti)
{
	const struct gjob *j = arg;
	int xw = j->xw;
	int64_t t = ti / PACK_PARTS, part = ti % PACK_PARTS;
	/* whole 32s, so that eo_slot's moves stay inside a part */
	int64_t len = (j->Kp + 32 * PACK_PARTS - 1) / (32 * PACK_PARTS) * 32;
	int64_t c0 = part * len < j->Kp ? part * len : j->Kp, c1 = c0 + len < j->Kp ? c0 + len : j->Kp;
	float *out = j->xt + (size_t)t * (size_t)j->Kp * (size_t)xw;
	int64_t m0 = t * 32, rows = j->M - m0 < 32 ? j->M - m0 : 32;
	const float *x = j->x;

	if (c0 >= c1)
		return;
	memset(out + c0 * xw, 0, (size_t)(c1 - c0) * (size_t)xw * sizeof(float));
	int64_t k1 = c1 < j->K ? c1 : j->K;
	for (int64_t kb = c0; kb < k1; kb += 64) {
		int64_t ke = kb + 64 < k1 ? kb + 64 : k1;
		for (int64_t r = 0; r < rows; r++) {
			const float *xr = x + (m0 + r) * j->K;
			for (int64_t k = kb; k < ke; k++)
				out[eo_slot(j, k) * xw + r] = xr[k];
		}
	}
}

/* Element i of a row of scales or biases of type dt, as f32: f16 by
 * F16C's one instruction (exact, as f16_to_f32; a signalling NaN comes
 * out quiet), inline.  Out of line, through f16_to_f32, it had cost a
 * tenth of the 4-bit batched decode's time at B = 16 (perf, Zen 5). */
AVX512 static inline float
sval(const void *src, enum dtype dt, int64_t i)
{
	switch (dt) {
	case DTYPE_F16: return _cvtsh_ss(((const uint16_t *)src)[i]);
	case DTYPE_BF16: return bf16_to_f32(((const uint16_t *)src)[i]);
	default: return ((const float *)src)[i];
	}
}

/* Columns k0 .. k1 (multiples of 16) of the panel of rows n0 ..
 * n0+pr-1 as f32, [(k1-k0)/16][pr][16], zero past N and K: each block of
 * 16 widened or dequantized straight into place (the graph's arithmetic
 * for packed weights: qload16); packed weights whose groups are not
 * whole blocks go through kern_dequant_rows and row, scratch for one
 * row of K (the caller then takes K whole: gemm_task). */
AVX512 static void
panel(const struct gjob *j, int64_t n0, int64_t k0, int64_t k1, float *wp, float *row)
{
	int pr = j->pr;
	int64_t K = j->K;
	const struct kern_qweight *qw = j->qw;
	int direct = !qw || (qw->gs % 16 == 0 && K % qw->gs == 0);

	for (int i = 0; i < pr; i++) {
		int64_t n = n0 + i;
		float *dst = wp + i * KB - k0 * pr;	/* dst + k * pr: column k's block */
		if (n >= j->N) {
			for (int64_t k = k0; k < k1; k += KB)
				_mm512_storeu_ps(dst + k * pr, _mm512_setzero_ps());
			continue;
		}
		if (!direct) {
			kern_dequant_rows(qw, K, n, n + 1, row);
			for (int64_t k = k0; k < k1; k += KB) {
				__mmask16 m = K - k >= KB ? 0xFFFF : K <= k ? 0 : (__mmask16)((1u << (K - k)) - 1);
				_mm512_storeu_ps(dst + k * pr, _mm512_maskz_loadu_ps(m, row + k));
			}
			continue;
		}
		if (qw) {
			int64_t G = K / qw->gs, gprev = -1;
			const uint32_t *qrow = qw->q + n * (K * qw->bits / 32);
			const __m512 iota = _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
			const __m512i two = _mm512_setr_epi32(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1);
			const __m512i sh = _mm512_setr_epi32(0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28);
			__m512 sc = _mm512_setzero_ps(), bi = sc, t = sc;
			for (int64_t k = k0; k < k1 && k < K; k += KB) {
				int64_t g = k / qw->gs;
				if (g != gprev) {
					sc = _mm512_set1_ps(sval(qw->scale, qw->sdt, n * G + g));
					bi = _mm512_set1_ps(sval(qw->bias, qw->sdt, n * G + g));
					/* 4 bits: the group's sixteen weights, rounded
					 * as the graph rounds, picked by each nibble */
					t = _mm512_add_ps(_mm512_mul_ps(iota, sc), bi);
					gprev = g;
				}
				__m512 v;
				if (qw->bits == 4) {
					__m512i q = _mm512_permutexvar_epi32(two, _mm512_castsi128_si512(
					    _mm_loadl_epi64((const __m128i *)(qrow + k / 8))));
					v = _mm512_permutexvar_ps(_mm512_srlv_epi32(q, sh), t);
				} else if (qw->bits == 8) {
					__m512 q = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_loadu_si128(
					    (const __m128i *)((const uint8_t *)qrow + k))));
					v = _mm512_add_ps(_mm512_mul_ps(q, sc), bi);
				} else {
					v = qload16(qw->bits, qrow, k, sc, bi);
				}
				_mm512_storeu_ps(dst + k * pr, v);
			}
			for (int64_t k = K; k < k1; k += KB)	/* K % gs == 0: whole blocks past K */
				_mm512_storeu_ps(dst + k * pr, _mm512_setzero_ps());
			continue;
		}
		const char *src = (const char *)j->w + (size_t)n * (size_t)K * dtype_size(j->wdt);
		int64_t k = k0;
		if (j->eo) {	/* whole 32s: the dword's low half (even) shifted up, the high (odd) kept */
			const __m512i hi = _mm512_set1_epi32((int)0xFFFF0000u);
			for (; k + 32 <= k1 && k + 32 <= K; k += 32) {
				__m512i v = _mm512_loadu_si512((const uint16_t *)src + k);
				_mm512_storeu_ps(dst + k * pr, _mm512_castsi512_ps(_mm512_slli_epi32(v, 16)));
				_mm512_storeu_ps(dst + (k + KB) * pr, _mm512_castsi512_ps(_mm512_and_si512(v, hi)));
			}
		}
		for (; k < k1; k += KB) {
			__mmask16 m = K - k >= KB ? 0xFFFF : K <= k ? 0 : (__mmask16)((1u << (K - k)) - 1);
			__m512 v;
			if (j->wdt == DTYPE_BF16)
				v = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(
				    _mm256_maskz_loadu_epi16(m, (const uint16_t *)src + k)), 16));
			else if (j->wdt == DTYPE_F16)
				v = _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(m, (const uint16_t *)src + k));
			else
				v = _mm512_maskz_loadu_ps(m, (const float *)src + k);
			_mm512_storeu_ps(dst + k * pr, v);
		}
	}
}

/* A microkernel's sums tb (pr panel rows by tw rows of x) into y's
 * rows m0.. (rows of them) and columns n0.. (up to N). */
static void
put_tile(float *y, int64_t N, int64_t m0, int64_t rows, int64_t n0, int pr, const float *tb, int tw)
{
	int64_t nn = N - n0 < pr ? N - n0 : pr;
	for (int64_t r = 0; r < rows; r++) {
		float *yr = y + (m0 + r) * N + n0;
		for (int64_t i = 0; i < nn; i++)
			yr[i] = tb[i * tw + r];
	}
}

/* Columns of K a block of the panel (28 x 128 floats, 14 KB, used while
 * in L1), and panels a task, so that the weight of the next block (of
 * this panel or the next) is fetched while this block's products run.
 * Widening a whole panel first waited on memory about as long as the
 * products then took: at 16 rows of x (batched decode, a 1B model's
 * shapes, bf16) the GEMM ran 105-116 GFLOP/s, 130-136 in blocks (256
 * columns were no faster than 128, 64 slower). */
enum { KBLK = 128, PANELS = 4 };

/* The prefetch of columns k0 .. k0+kb of the panel at row n0 (nothing
 * past the weight). */
static struct pfetch
pf_block(const struct gjob *j, int64_t n0, int64_t k0, int64_t kb)
{
	struct pfetch pf = { NULL, 0, 0, 0 };
	int64_t k1 = j->K < k0 + kb ? j->K : k0 + kb, rows = j->N - n0 < j->pr ? j->N - n0 : j->pr;
	int64_t bits = j->qw ? j->qw->bits : 8 * (int64_t)dtype_size(j->wdt);
	const char *w = j->qw ? (const char *)j->qw->q : (const char *)j->w;

	if (n0 >= j->N || k0 >= k1)	/* k0 a multiple of 16: whole bytes at any width */
		return pf;
	int64_t len = (k1 - k0) * bits / 8;
	int lsh = 0;
	while ((64 << lsh) < len)
		lsh++;
	pf.base = w + (n0 * j->K + k0) * bits / 8;
	pf.stride = j->K * bits / 8;
	pf.lsh = lsh;
	pf.npf = (int)(rows << lsh);
	return pf;
}

static void
gemm_task(void *arg, int ti)
{
	const struct gjob *j = arg;
	int pr = j->pr;
	int64_t Kp = j->Kp, np = (j->N + pr - 1) / pr, p1 = ((int64_t)ti + 1) * PANELS;
	const struct kern_qweight *qw = j->qw;
	/* weights dequantized a row at a time (panel's !direct) take K whole */
	int64_t kb = qw && (qw->gs % 16 || j->K % qw->gs) ? Kp : KBLK < Kp ? KBLK : Kp;
	float *wp = emalloc64((size_t)(kb * pr + Kp) * sizeof(float)), *row = wp + kb * pr;
	float *tbs = emalloc64((size_t)(j->ntiles * 28 * 32) * sizeof(float));

	if (p1 > np)
		p1 = np;
	for (int64_t p = (int64_t)ti * PANELS; p < p1; p++) {
		int64_t n0 = p * pr;
		for (int64_t k0 = 0; k0 < Kp; k0 += kb) {
			int64_t k1 = k0 + kb < Kp ? k0 + kb : Kp;
			panel(j, n0, k0, k1, wp, row);
			struct pfetch pf = k1 < Kp ? pf_block(j, n0, k1, kb) :
			    p + 1 < p1 ? pf_block(j, n0 + pr, 0, kb) : (struct pfetch){ NULL, 0, 0, 0 };
			for (int64_t t = 0; t < j->ntiles; t++) {
				int64_t rows = j->M - t * 32 < 32 ? j->M - t * 32 : 32;
				const float *xt = j->xt + ((size_t)t * (size_t)Kp + (size_t)k0) * (size_t)j->xw;
				float *tb = tbs + t * 28 * 32;
				if (pr == 28)
					uk28x1(wp, xt, k1 - k0, tb, k0 == 0, &pf);
				else if (rows > 16)
					uk14x2(wp, xt, k1 - k0, tb, k0 == 0, &pf);
				else
					uk14x1(wp, xt, k1 - k0, tb, k0 == 0, &pf);
				pf.npf = 0;	/* the first tile fetches it */
			}
		}
		for (int64_t t = 0; t < j->ntiles; t++) {
			int64_t m0 = t * 32, rows = j->M - m0 < 32 ? j->M - m0 : 32;
			put_tile(j->y, j->N, m0, rows, n0, pr, tbs + t * 28 * 32, rows > 16 ? 32 : 16);
		}
	}
	free(tbs);
	free(wp);
}

/* W at up to 16 rows of x (batched decode): no panel.  Eight rows of W
 * at a time against the vector of x's 16 rows at each k (xt), summed
 * over K in k order: f32 weights broadcast straight from their rows
 * (uk28x1's sums bit for bit); bf16 and f16 ones widened, 4- and 8-bit
 * ones dequantized (groups whole blocks of 16; the same sums as the
 * panels' bit for bit), 16 columns of the eight rows at a time into wb,
 * the next 16 while these run (8% faster than just before use), and
 * broadcast from there (bf16: x in k order, not eo_slot's).  The 28-row
 * panel had cost half what its products did: its rows lie a power of two
 * apart, so a block's lines fall in a few sets of L1 and the ones
 * prefetched for it were evicted before use; eight rows fit L1's ways,
 * and the hardware's prefetch follows each.  On a Zen 4, the GEMM at 16
 * rows, alternated in one process (medians of 9): f32 8192 x 2048 104 ->
 * 169 GFLOP/s, 2048 x 8192 92 -> 171, 128256 x 2048 112 -> 173; bf16 112
 * -> 145, 99 -> 143, 115 -> 147 (before the double buffer).  Batched
 * decode at B = 16 (1B model), 8-bit 36-39 -> 47-51 tok/s once each
 * group's scales were read once (read per block of 16, no faster than
 * the panels); 4-bit 32-34 -> 44-50 against qdeq512_4m16 (kern.c).  On
 * Intel's CPUs only f32 weights come here (kern_direct_fill).  Rows past
 * the last eight: fmaf, the same order. */
enum { DROWS = 64 };	/* rows a task */
#define R8(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7)
/* Weight n, k of a plain W as f32 (direct_task's last rows) */
static float
wval(const struct gjob *j, int64_t i)
{
	switch (j->wdt) {
	case DTYPE_BF16: return bf16_to_f32(((const uint16_t *)j->w)[i]);
	case DTYPE_F16: return f16_to_f32(((const uint16_t *)j->w)[i]);
	default: return ((const float *)j->w)[i];
	}
}

#define DIRECT_ROW(I) c##I##a = _mm512_fmadd_ps(_mm512_set1_ps(pb[(I) * ps + kk]), xa, c##I##a);

/* bf16 and f16 rows are widened 16 columns at a time into wb (eight
 * rows of 16, in L1), and broadcast from there.  Each row's line two
 * ahead is prefetched: without it the masked loads waited on memory
 * for half the widening's time (a Zen 5, 2 threads, the 1B model's
 * layer shapes at 16 rows of x, alternated twice: 24.0-27.8 -> 16.2-16.7
 * ms, 140-162 -> 233-240 GFLOP/s; batched decode at B = 16, bf16, 42.4
 * and 53.9 -> 58.2 and 65.6 tok/s; one line ahead 17.2-17.7, four
 * 16.7-16.8, eight 18-21; an unmasked load alone 19.7.  The same for f32
 * rows (broadcast from their own lines) or 4- and 8-bit ones: no
 * faster.) */
enum { WIDEN_AHEAD = 64 };	/* columns: two lines of bf16 */
AVX512 static inline void
widen8(const struct gjob *j, int64_t n, int64_t k0, float *wb)
{
	const uint16_t *w = (const uint16_t *)j->w + n * j->K + k0;
	__mmask16 m = j->K - k0 >= KB ? 0xFFFF : (__mmask16)((1u << (j->K - k0)) - 1);

	for (int i = 0; i < 8; i++) {
		_mm_prefetch((const char *)(w + i * j->K + WIDEN_AHEAD), _MM_HINT_T0);
		__m256i h = _mm256_maskz_loadu_epi16(m, w + i * j->K);
		_mm512_store_ps(wb + i * KB, j->wdt == DTYPE_BF16 ?
		    _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16)) : _mm512_cvtph_ps(h));
	}
}

/* ...and 4- and 8-bit ones dequantized there as panel() does (the
 * graph's multiply then add; groups whole blocks of 16).  gsb holds the
 * eight rows' group: for 4 bits the 16 values q * s + b of each row
 * (gsb[16 i + q]), made once a group and looked up a block at a time
 * (one permute from memory where it had been two broadcasts, a multiply
 * and an add a row and block); for 8 bits its scales and biases (gsb[i],
 * gsb[8 + i]).  With sval inline, on a Zen 5 (2 threads, alternated three
 * times): the 4-bit batched decode at B = 16 58.6, 60.5, 52.9 -> 63.9,
 * 63.2, 60.7 tok/s; the GEMM of 16 rows on the 1B layer shapes 26.5-29.1
 * -> 22.0-24.9 ms. */
AVX512 static inline void
dequant8(const struct gjob *j, int64_t n, int64_t k0, float *wb, float *gsb)
{
	const struct kern_qweight *qw = j->qw;
	int64_t K = j->K, G = K / qw->gs, g = k0 / qw->gs, words = K * qw->bits / 32;
	const __m512 iota = _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

	if (k0 % qw->gs == 0)	/* the eight rows' scales and biases of a new group */
		for (int i = 0; i < 8; i++) {
			float sc = sval(qw->scale, qw->sdt, (n + i) * G + g);
			float bi = sval(qw->bias, qw->sdt, (n + i) * G + g);
			if (qw->bits == 4) {
				_mm512_store_ps(gsb + 16 * i, _mm512_add_ps(_mm512_mul_ps(iota, _mm512_set1_ps(sc)),
				    _mm512_set1_ps(bi)));
			} else {
				gsb[i] = sc;
				gsb[8 + i] = bi;
			}
		}
	const __m512i two = _mm512_setr_epi32(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1);
	const __m512i sh = _mm512_setr_epi32(0, 4, 8, 12, 16, 20, 24, 28, 0, 4, 8, 12, 16, 20, 24, 28);

	for (int i = 0; i < 8; i++) {
		const uint32_t *qrow = qw->q + (n + i) * words;
		__m512 v;
		if (qw->bits == 4) {
			__m512i q = _mm512_permutexvar_epi32(two, _mm512_castsi128_si512(
			    _mm_loadl_epi64((const __m128i *)(qrow + k0 / 8))));
			v = _mm512_permutexvar_ps(_mm512_srlv_epi32(q, sh), _mm512_load_ps(gsb + 16 * i));
		} else {
			__m512 q = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_loadu_si128(
			    (const __m128i *)((const uint8_t *)qrow + k0))));
			v = _mm512_add_ps(_mm512_mul_ps(q, _mm512_set1_ps(gsb[i])), _mm512_set1_ps(gsb[8 + i]));
		}
		_mm512_store_ps(wb + i * KB, v);
	}
}

AVX512 static inline void
fill8(const struct gjob *j, int64_t n, int64_t k0, float *wb, float *gsb)
{
	if (j->qw)
		dequant8(j, n, k0, wb, gsb);
	else
		widen8(j, n, k0, wb);
}

/* Rows n .. n1-1 of W (fewer than eight) against every row of x: fmaf
 * over K in k order, the direct tasks' sums */
static void
tail_rows(const struct gjob *j, int64_t n, int64_t n1)
{
	int64_t K = j->K, N = j->N, M = j->M;
	float *row = emalloc64((size_t)K * sizeof(float));

	for (; n < n1; n++) {
		if (j->qw)
			kern_dequant_rows(j->qw, K, n, n + 1, row);
		else
			for (int64_t k = 0; k < K; k++)
				row[k] = wval(j, n * K + k);
		for (int64_t m = 0; m < M; m++) {
			float acc = 0;
			for (int64_t k = 0; k < K; k++)
				acc = fmaf(row[k], j->x[m * K + k], acc);
			j->y[m * N + n] = acc;
		}
	}
	free(row);
}

/* The walk of the eight rows n.. over K in a direct task, VEC vectors of
 * XW rows of x: f32 weights broadcast from their rows, others from wb
 * (fill8), the next 16 columns filled while these run */
#define DIRECT_WALK(VEC, LOAD, XW, ROW) do {						\
	if (!j->qw && j->wdt == DTYPE_F32) {						\
		const float *pb = (const float *)j->w + n * K;				\
		int64_t ps = K;								\
		for (int64_t kk = 0; kk < K; kk++) {					\
			VEC xa = LOAD(xt + kk * (XW));					\
			R8(ROW)								\
		}									\
	} else {									\
		int64_t ps = KB;							\
		fill8(j, n, 0, wb, gsb);						\
		for (int64_t k0 = 0; k0 < K; k0 += KB) {				\
			const float *pb = wb + (k0 / KB & 1) * 8 * KB;			\
			if (k0 + KB < K)	/* the next 16 columns, while these run */	\
				fill8(j, n, k0 + KB, wb + ((k0 / KB + 1) & 1) * 8 * KB, gsb);	\
			for (int64_t kk = 0; kk < KB && k0 + kk < K; kk++) {		\
				VEC xa = LOAD(xt + (k0 + kk) * (XW));			\
				R8(ROW)							\
			}								\
		}									\
	}										\
} while (0)

/* 5 to 8 rows of x (kern_matmul sends them here for plain W) take ymm
 * vectors of x, 8 floats a column of xt: 8 rows through zmm would cost
 * what 16 do.  Batched decode at B = 8 (1B model, Zen 4), alternated
 * twice against rowsm512: f32 28 -> 36-38 tok/s, bf16 38-39 -> 42-44;
 * bf16 no longer comes here, f16 only where kern_direct_fill). */
#define DIRECT_ROWY(I) c##I = _mm256_fmadd_ps(_mm256_set1_ps(pb[(I) * ps + kk]), xa, c##I);
#define ZY(I) __m256 c##I = _mm256_setzero_ps();
#define SY(I) _mm256_storeu_ps(tb + (I) * 8, c##I);
AVX512 static void
direct_task(void *arg, int ti)
{
	const struct gjob *j = arg;
	const float *xt = j->xt;
	int64_t K = j->K, N = j->N, n = (int64_t)ti * DROWS, n1 = n + DROWS < N ? n + DROWS : N;
	float tb[8 * 16];
	_Alignas(64) float wb[2 * 8 * KB];
	_Alignas(64) float gsb[8 * 16];

	for (; n + 8 <= n1; n += 8) {
		if (j->xw == 8) {
			R8(ZY)
			DIRECT_WALK(__m256, _mm256_loadu_ps, 8, DIRECT_ROWY);
			R8(SY)
		} else {
			R8(Z1)
			DIRECT_WALK(__m512, _mm512_loadu_ps, 16, DIRECT_ROW);
			R8(S1)
		}
		put_tile(j->y, N, 0, j->M, n, 8, tb, j->xw);
	}
	if (n < n1)
		tail_rows(j, n, n1);
}
#undef DIRECT_ROW
#undef DIRECT_ROWY
#undef ZY
#undef SY
#undef DIRECT_WALK

static _Thread_local void *xbuf;	/* kern_gemm_use's */
static _Thread_local size_t xbuf_n;

/* The packed x's bytes: tiles of xw rows by K rounded up to KB */
static size_t
xt_bytes(int64_t M, int64_t K, int xw)
{
	return (size_t)((M + xw - 1) / xw * ((K + KB - 1) / KB * KB) * xw) * sizeof(float);
}

size_t
kern_gemm_xbytes(int64_t M, int64_t K)
{
	return xt_bytes(M, K, 32);	/* M > 16: tiles of 32 (kern_gemm) */
}

void
kern_gemm_use(void *buf, size_t n)
{
	xbuf = buf;
	xbuf_n = buf ? n : 0;
}

int
kern_gemm(struct pool *p, const float *x, int64_t M, int64_t K, const void *w, enum dtype wdt,
    const struct kern_qweight *qw, int64_t N, float *y)
{
	int fill = kern_direct_fill();
	int direct = M <= 16 && (qw ? fill && (qw->bits == 4 || qw->bits == 8) && qw->gs % 16 == 0 &&
	    K % qw->gs == 0 : wdt == DTYPE_F32 || (fill && (wdt == DTYPE_BF16 || wdt == DTYPE_F16)));
	int ymm = direct && !qw && M <= 8;
	struct gjob j = { x, NULL, M, K, (K + KB - 1) / KB * KB, N, w, wdt, qw, y, M <= 16 ? 28 : 14,
		!qw && wdt == DTYPE_BF16 && !direct, (M + 31) / 32, ymm ? 8 : M <= 16 ? 16 : 32 };

	size_t xn = xt_bytes(M, K, j.xw);
	int own = !xbuf || xbuf_n < xn;
	j.xt = own ? emalloc64(xn) : xbuf;
	pool_run(p, pack_tile, &j, (int)(j.ntiles * PACK_PARTS));
	if (direct)
		pool_run(p, direct_task, &j, (int)((N + DROWS - 1) / DROWS));
	else
		pool_run(p, gemm_task, &j, (int)(((N + j.pr - 1) / j.pr + PANELS - 1) / PANELS));
	if (own)
		free(j.xt);
	return 0;
}

/* The same GEMM for x of bf16 values and bf16 W (kern_matmul_bx, the
 * graphs of emit -p bf16), with AVX512-BF16: a dword holds the bf16
 * pair (k, k+1) of a row, and one vdpbf16ps adds both products of 16
 * rows of x against a broadcast pair of the panel, twice the FMA's
 * work an instruction.  Every product of two bf16 is exact in f32; the
 * sums are f32 (in pairs along k); the instruction counts subnormal
 * weights as zero and flushes subnormal sums (x was checked: none).
 * Panels [Kp/32][14][16] dwords, tiles [Kp/2][32] dwords. */
struct bjob {
	const float *x;
	uint32_t *xt;
	int64_t M, K, Kp, N;	/* Kp: K rounded up to 32 */
	const uint16_t *w;
	float *y;
	int64_t ntiles;
	int bad;		/* set by a packing task: x not all bf16 */
};

#define BR2(I) { __m512bh wv = (__m512bh)_mm512_set1_epi32((int)pb[(I) * 16 + kk]);	\
	c##I##a = _mm512_dpbf16_ps(c##I##a, xa, wv); c##I##b = _mm512_dpbf16_ps(c##I##b, xb2, wv); }
#define BR1(I) { c##I##a = _mm512_dpbf16_ps(c##I##a, xa, (__m512bh)_mm512_set1_epi32((int)pb[(I) * 16 + kk])); }

AVX512BF16 static void
ukb14x2(const uint32_t *wp, const uint32_t *xt, int64_t Kp, float *tb)
{
	R14(Z2)
	for (int64_t k0 = 0; k0 < Kp / 2; k0 += 16) {
		const uint32_t *pb = wp + k0 * 14, *xb = xt + k0 * 32;
		for (int kk = 0; kk < 16; kk++) {
			__m512bh xa = (__m512bh)_mm512_loadu_si512(xb + kk * 32);
			__m512bh xb2 = (__m512bh)_mm512_loadu_si512(xb + kk * 32 + 16);
			R14(BR2)
		}
	}
	R14(S2)
}

AVX512BF16 static void
ukb14x1(const uint32_t *wp, const uint32_t *xt, int64_t Kp, float *tb)
{
	R14(Z1)
	for (int64_t k0 = 0; k0 < Kp / 2; k0 += 16) {
		const uint32_t *pb = wp + k0 * 14, *xb = xt + k0 * 32;
		for (int kk = 0; kk < 16; kk++) {
			__m512bh xa = (__m512bh)_mm512_loadu_si512(xb + kk * 32);
			R14(BR1)
		}
	}
	R14(S1)
}

/* 16 x 16 dwords transposed in registers: r[i] becomes what was column
 * i (dword i of each of the 16). */
AVX512 static inline void
transpose16(__m512i r[16])
{
	__m512i t[16];

	for (int i = 0; i < 16; i += 2) {	/* pairs of rows, dword by dword */
		t[i] = _mm512_unpacklo_epi32(r[i], r[i + 1]);
		t[i + 1] = _mm512_unpackhi_epi32(r[i], r[i + 1]);
	}
	for (int i = 0; i < 16; i += 4) {	/* r[i + c], each 128 bits: column 4L + c of rows i.. */
		r[i] = _mm512_unpacklo_epi64(t[i], t[i + 2]);
		r[i + 1] = _mm512_unpackhi_epi64(t[i], t[i + 2]);
		r[i + 2] = _mm512_unpacklo_epi64(t[i + 1], t[i + 3]);
		r[i + 3] = _mm512_unpackhi_epi64(t[i + 1], t[i + 3]);
	}
	for (int c = 0; c < 4; c++) {	/* the 128-bit pieces, 4 x 4 */
		__m512i a0 = _mm512_shuffle_i32x4(r[c], r[4 + c], 0x44), a1 = _mm512_shuffle_i32x4(r[c], r[4 + c], 0xEE);
		__m512i a2 = _mm512_shuffle_i32x4(r[8 + c], r[12 + c], 0x44);
		__m512i a3 = _mm512_shuffle_i32x4(r[8 + c], r[12 + c], 0xEE);
		t[c] = _mm512_shuffle_i32x4(a0, a2, 0x88);
		t[4 + c] = _mm512_shuffle_i32x4(a0, a2, 0xDD);
		t[8 + c] = _mm512_shuffle_i32x4(a1, a3, 0x88);
		t[12 + c] = _mm512_shuffle_i32x4(a1, a3, 0xDD);
	}
	for (int i = 0; i < 16; i++)
		r[i] = t[i];
}

/* Tile t of x as bf16 pairs, xt[k/2][j] = (x[m0+j][k], x[m0+j][k+1]),
 * zero past M and K: a row's 32 floats to 16 pairs (their high halves),
 * 16 rows of them transposed.  Sets j->bad where an element is not a
 * bf16 or is subnormal (the caller then does nothing more). */
AVX512 static void
pack_tile_bf(void *arg, int t)
{
	struct bjob *j = arg;
	int64_t K = j->K, Kp2 = j->Kp / 2, m0 = (int64_t)t * 32;
	uint32_t *out = j->xt + (size_t)t * (size_t)Kp2 * 32;
	uint16_t hix[32];
	__mmask16 bad = 0;

	for (int i = 0; i < 32; i++)
		hix[i] = (uint16_t)(2 * i + 1);
	const __m512i hi = _mm512_loadu_si512(hix), lo16 = _mm512_set1_epi32(0xFFFF);
	const __m512i expo = _mm512_set1_epi32(0x7F800000), mag = _mm512_set1_epi32(0x7FFFFFFF);
	for (int64_t h = 0; h < 32; h += 16)
		for (int64_t k = 0; k < j->Kp; k += 32) {
			__m512i r[16];
			__mmask16 ma = K - k >= 16 ? 0xFFFF : (__mmask16)((1u << (K - k)) - 1);
			__mmask16 mb = K - k >= 32 ? 0xFFFF : K - k <= 16 ? 0 : (__mmask16)((1u << (K - k - 16)) - 1);
			for (int i = 0; i < 16; i++) {
				int64_t m = m0 + h + i;
				if (m >= j->M) {
					r[i] = _mm512_setzero_si512();
					continue;
				}
				const float *xr = j->x + m * K + k;
				__m512i a = _mm512_maskz_loadu_epi32(ma, xr), b = _mm512_maskz_loadu_epi32(mb, xr + 16);
				bad |= _mm512_test_epi32_mask(a, lo16) | _mm512_test_epi32_mask(b, lo16) |
				    (_mm512_testn_epi32_mask(a, expo) & _mm512_test_epi32_mask(a, mag)) |
				    (_mm512_testn_epi32_mask(b, expo) & _mm512_test_epi32_mask(b, mag));
				r[i] = _mm512_permutex2var_epi16(a, hi, b);
			}
			transpose16(r);
			for (int i = 0; i < 16; i++)
				_mm512_storeu_si512(out + (k / 2 + i) * 32 + h, r[i]);
		}
	if (bad)
		__atomic_store_n(&j->bad, 1, __ATOMIC_RELAXED);
}

AVX512 static void
gemm_bf_task(void *arg, int ti)
{
	const struct bjob *j = arg;
	int64_t n0 = (int64_t)ti * 14, K = j->K, Kp2 = j->Kp / 2;
	uint32_t *wp = emalloc64((size_t)(Kp2 * 14) * sizeof(uint32_t));
	float tb[14 * 32];

	/* the panel: row i's pairs in blocks of 16 (32 bf16, as the row
	 * holds them), zero past N and K */
	for (int i = 0; i < 14; i++) {
		int64_t n = n0 + i;
		const uint16_t *src = j->w + (size_t)n * (size_t)K;
		for (int64_t k0 = 0; k0 < Kp2; k0 += 16) {
			int64_t k = 2 * k0;
			__mmask32 m = n >= j->N ? 0 : K - k >= 32 ? 0xFFFFFFFFu : (__mmask32)((1u << (K - k)) - 1);
			_mm512_storeu_si512(wp + k0 * 14 + i * 16, _mm512_maskz_loadu_epi16(m, n < j->N ? src + k : j->w));
		}
	}
	for (int64_t t = 0; t < j->ntiles; t++) {
		int64_t m0 = t * 32, rows = j->M - m0 < 32 ? j->M - m0 : 32;
		const uint32_t *xt = j->xt + (size_t)t * (size_t)Kp2 * 32;
		int tw = rows > 16 ? 32 : 16;
		if (tw == 32)
			ukb14x2(wp, xt, j->Kp, tb);
		else
			ukb14x1(wp, xt, j->Kp, tb);
		put_tile(j->y, j->N, m0, rows, n0, 14, tb, tw);
	}
	free(wp);
}

/* The same GEMM on AMX (Intel's tile unit, from Sapphire Rapids on):
 * TDPBF16PS multiplies a tile of 16 rows of 32 bf16 (A) by one of 16
 * rows of 16 bf16 pairs (B, a dword a pair along k, as the tiles of x
 * above hold them) into 16 x 16 f32 sums, the same products and f32
 * sums in pairs along k as vdpbf16ps's (and the same rule for
 * subnormals), 16 times the work of an instruction.  A is read in place
 * from 16 rows of W (64 bytes each, K apart: no panel), B from the tile
 * of x (16 of its 32 rows), so a tile of sums holds 16 columns of y for
 * 16 rows of x, transposed (put_tile's order).  A task is 32 rows of W
 * (two A tiles) against every tile of x (two B), four tiles of sums; A
 * past N or K comes from a zero-padded copy. */
struct amxcfg {
	uint8_t palette, start_row, reserved[14];
	uint16_t colsb[16];
	uint8_t rows[16];
};

static const uint16_t *
amx_a(const struct bjob *j, int64_t n0, int64_t k, uint16_t *pad, int64_t *ld)
{
	if (n0 + 16 <= j->N && k + 32 <= j->K) {
		*ld = j->K * 2;
		return j->w + n0 * j->K + k;
	}
	memset(pad, 0, 16 * 32 * sizeof(uint16_t));
	for (int64_t r = 0; r < 16 && n0 + r < j->N; r++)
		memcpy(pad + r * 32, j->w + (n0 + r) * j->K + k, (size_t)(j->K - k < 32 ? j->K - k : 32) * 2);
	*ld = 64;
	return pad;
}

AMXBF16 static void
gemm_amx_task(void *arg, int ti)
{
	const struct bjob *j = arg;
	int64_t n0 = (int64_t)ti * 32, Kp2 = j->Kp / 2;
	struct amxcfg cfg = { .palette = 1 };
	float tb[32 * 32];
	uint16_t pad[2][16 * 32];

	for (int i = 0; i < 8; i++)
		cfg.rows[i] = 16, cfg.colsb[i] = 64;
	_tile_loadconfig(&cfg);
	for (int64_t t = 0; t < j->ntiles; t++) {
		int64_t m0 = t * 32, rows = j->M - m0 < 32 ? j->M - m0 : 32;
		const uint32_t *xt = j->xt + (size_t)t * (size_t)Kp2 * 32;
		_tile_zero(0);
		_tile_zero(1);
		_tile_zero(2);
		_tile_zero(3);
		for (int64_t k = 0; k < j->Kp; k += 32) {
			int64_t la, lb;
			const uint16_t *a = amx_a(j, n0, k, pad[0], &la), *b = amx_a(j, n0 + 16, k, pad[1], &lb);
			_tile_loadd(4, a, la);
			_tile_loadd(5, b, lb);
			_tile_loadd(6, xt + k / 2 * 32, 128);
			_tile_dpbf16ps(0, 4, 6);
			_tile_dpbf16ps(2, 5, 6);
			if (rows > 16) {
				_tile_loadd(7, xt + k / 2 * 32 + 16, 128);
				_tile_dpbf16ps(1, 4, 7);
				_tile_dpbf16ps(3, 5, 7);
			}
		}
		_tile_stored(0, tb, 128);
		_tile_stored(1, tb + 16, 128);
		_tile_stored(2, tb + 16 * 32, 128);
		_tile_stored(3, tb + 16 * 32 + 16, 128);
		put_tile(j->y, j->N, m0, rows, n0, 32, tb, 32);
	}
	_tile_release();
}

int
kern_gemm_bf(struct pool *p, const float *x, int64_t M, int64_t K, const uint16_t *w, int64_t N, float *y, int amx)
{
	struct bjob j = { x, NULL, M, K, (K + 31) / 32 * 32, N, w, y, (M + 31) / 32, 0 };

	j.xt = emalloc64((size_t)(j.ntiles * (j.Kp / 2) * 32) * sizeof(uint32_t));
	pool_run(p, pack_tile_bf, &j, (int)j.ntiles);
	if (j.bad) {	/* an element not a bf16, or subnormal */
		free(j.xt);
		return -1;
	}
	if (amx)
		pool_run(p, gemm_amx_task, &j, (int)((N + 31) / 32));
	else
		pool_run(p, gemm_bf_task, &j, (int)((N + 13) / 14));
	free(j.xt);
	return 0;
}
