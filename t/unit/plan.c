/* The CPU plan and its kernels held against the reference interpreter
 * and against plain sums in f64, on random inputs.
 *
 * Tolerances (sums in another order than the reference's):
 *   - kernels: |got - f64 sum| <= 1e-5 * sum |x w| + 1e-30 for every
 *     output: a few ulps of the largest partial sum;
 *   - whole graphs: logits within 1e-4 * (max |logit| + 1) of the
 *     interpreter's, caches within 1e-4 * (max |value| + 1), argmax
 *     tokens equal when the top two logits are further apart than that.
 * Exact, bit for bit: every dequantized weight (kern_dequant_rows against
 * the graph's formula), and everything the plan computes element by
 * element (checked through the graphs: their gathers, norms, masks; and
 * op by op: gathers, dynamic_slice and scatters in other spellings). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/config.h"
#include "base/dtype.h"
#include "model/emit.h"
#include "base/err.h"
#include "exec/exec.h"
#include "base/json.h"
#include "exec/cpu/elem.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/plan.h"
#include "base/strbuf.h"
#include "near.h"
#include "tap.h"

static uint64_t rng = 88172645463325252ull;

static uint32_t
rnd(void)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

static float
frand(void)
{
	return (float)((int)(rnd() % 20001) - 10000) / 10000.0f;
}

/* f32 weights stored as dt: the exact f32 value of each stored element */
static void
store(float *v, size_t n, enum dtype dt, void *out)
{
	if (dt == DTYPE_F32) {
		memcpy(out, v, n * 4);
		return;
	}
	dtype_from_f32(v, n, dt, out);
	dtype_to_f32(out, dt, n, v);
}

static int
close_enough(const float *y, const double *ref, const double *mag, size_t n, double tol, size_t *bad)
{
	for (size_t i = 0; i < n; i++)
		if (!(fabs(y[i] - ref[i]) <= tol * mag[i] + 1e-30)) {
			*bad = i;
			return 0;
		}
	return 1;
}

/* force: 0 the best kernels the CPU has, 1 plain C, 2 AVX2 */
static void
test_matmul(struct pool *p, enum dtype dt, int64_t M, int64_t N, int64_t K, int force)
{
	float *x = malloc((size_t)(M * K) * 4), *w = malloc((size_t)(N * K) * 4), *y = malloc((size_t)(M * N) * 4);
	void *ws = malloc((size_t)(N * K) * 4);
	double *ref = calloc((size_t)(M * N), sizeof(double)), *mag = calloc((size_t)(M * N), sizeof(double));

	for (int64_t i = 0; i < M * K; i++)
		x[i] = frand();
	for (int64_t i = 0; i < N * K; i++)
		w[i] = frand();
	store(w, (size_t)(N * K), dt, ws);
	for (int64_t m = 0; m < M; m++)
		for (int64_t n = 0; n < N; n++)
			for (int64_t k = 0; k < K; k++) {
				ref[m * N + n] += (double)x[m * K + k] * w[n * K + k];
				mag[m * N + n] += fabs((double)x[m * K + k] * w[n * K + k]);
			}
	kern_force_c(force == 1);
	kern_force_avx2(force == 2);
	const char *isa = kern_isa();
	kern_matmul(p, x, M, K, ws, dt, N, y);
	kern_force_c(0);
	kern_force_avx2(0);
	size_t bad = 0;
	if (!ok(close_enough(y, ref, mag, (size_t)(M * N), 1e-5, &bad), "%s x %s weights, M %lld N %lld K %lld (%s)",
	    "f32", dtype_mlir_name(dt), (long long)M, (long long)N, (long long)K, isa))
		printf("#   output %zu: got %.9g want %.9g\n", bad, y[bad], ref[bad]);
	free(x), free(w), free(y), free(ws), free(ref), free(mag);
}

/* kern_matmul_bx: x of bf16 values (what a bf16 graph's dot gets) and
 * bf16 weights, against the f64 sums; on AVX512-BF16 one row of x takes
 * the dot-product instructions.  kind 1: every x subnormal (those
 * instructions would count them as zero: the f32 kernels must run, and
 * give the small nonzero sums); kind 2: x not all bf16 values (the
 * caller broke the promise: f32 still, exact to 1e-5, where x cut to
 * bf16 would be off by 2^-9). */
static void
test_matmul_bx(struct pool *p, int64_t M, int64_t N, int64_t K, int kind)
{
	float *x = malloc((size_t)(M * K) * 4), *w = malloc((size_t)(N * K) * 4), *y = malloc((size_t)(M * N) * 4);
	uint16_t *wb = malloc((size_t)(N * K) * 2);
	double *ref = calloc((size_t)(M * N), sizeof(double)), *mag = calloc((size_t)(M * N), sizeof(double));

	for (int64_t i = 0; i < M * K; i++) {
		x[i] = kind == 1 ? (float)((double)frand() * 0x1p-127) : frand();
		if (kind != 2)
			x[i] = bf16_to_f32(f32_to_bf16(x[i]));
	}
	for (int64_t i = 0; i < N * K; i++)
		w[i] = 0.5f + frand();
	store(w, (size_t)(N * K), DTYPE_BF16, wb);
	for (int64_t m = 0; m < M; m++)
		for (int64_t n = 0; n < N; n++)
			for (int64_t k = 0; k < K; k++) {
				ref[m * N + n] += (double)x[m * K + k] * w[n * K + k];
				mag[m * N + n] += fabs((double)x[m * K + k] * w[n * K + k]);
			}
	kern_matmul_bx(p, x, M, K, wb, DTYPE_BF16, N, y);
	size_t bad = 0;
	int good = 1;
	for (size_t i = 0; kind == 1 && i < (size_t)(M * N); i++)
		if (!(fabs(y[i] - ref[i]) <= 1e-3 * mag[i]) || (mag[i] > 0 && y[i] == 0))
			good = 0, bad = i;
	if (kind != 1)
		good = close_enough(y, ref, mag, (size_t)(M * N), 1e-5, &bad);
	if (!ok(good, "bf16 x, bf16 weights%s, M %lld N %lld K %lld (%s)",
	    kind == 1 ? ", x subnormal" : kind == 2 ? ", x not bf16" : "", (long long)M, (long long)N, (long long)K,
	    kind ? kern_isa() : kern_bf16dot() == 2 && M >= KERN_GEMM_MIN ? "AMX" : kern_bf16dot() ? "AVX512-BF16" : kern_isa()))
		printf("#   output %zu: got %.9g want %.9g\n", bad, y[bad], ref[bad]);
	free(x), free(w), free(wb), free(y), free(ref), free(mag);
}

/* M rows of x against weights lying at each 4-byte offset past a
 * 64-byte line (a safetensors file's tensors start wherever its header
 * ends; the GEMVs read such rows in whole lines): the sums must be the
 * same bits at every offset, and close to the f64 ones.  bx: x of bf16
 * values through kern_matmul_bx (the AVX512-BF16 GEMV where the CPU has
 * it, at one row of x). */
static void
test_matmul_lines(struct pool *p, enum dtype dt, int64_t M, int64_t N, int64_t K, int bx)
{
	size_t es = dtype_size(dt), wb = (size_t)(N * K) * es, ny = (size_t)(M * N);
	float *x = malloc((size_t)(M * K) * 4), *w = malloc((size_t)(N * K) * 4), *y = malloc(ny * 4);
	float *y0 = malloc(ny * 4);
	char *buf = aligned_alloc(64, (wb + 127) / 64 * 64);
	double *ref = calloc(ny, sizeof(double)), *mag = calloc(ny, sizeof(double));

	for (int64_t i = 0; i < M * K; i++)
		x[i] = bx ? bf16_to_f32(f32_to_bf16(frand())) : frand();
	for (int64_t i = 0; i < N * K; i++)
		w[i] = frand();
	store(w, (size_t)(N * K), dt, buf);	/* the values as stored */
	for (int64_t i = 0; i < N * K; i++)
		w[i] = dt == DTYPE_BF16 ? bf16_to_f32(((uint16_t *)buf)[i]) : w[i];
	for (int64_t m = 0; m < M; m++)
		for (int64_t n = 0; n < N; n++)
			for (int64_t k = 0; k < K; k++) {
				ref[m * N + n] += (double)x[m * K + k] * w[n * K + k];
				mag[m * N + n] += fabs((double)x[m * K + k] * w[n * K + k]);
			}
	int same = 1, off = 0;
	for (int o = 0; o < 64 && same; o += 4) {
		store(w, (size_t)(N * K), dt, buf + o);
		(bx ? kern_matmul_bx : kern_matmul)(p, x, M, K, buf + o, dt, N, o ? y : y0);
		if (o && memcmp(y, y0, ny * 4))
			same = 0, off = o;
	}
	size_t bad = 0;
	if (!ok(same && close_enough(y0, ref, mag, ny, 1e-5, &bad),
	    "%s x %s weights at every 4 bytes past a line, M %lld N %lld K %lld (%s)", bx ? "bf16" : "f32",
	    dtype_mlir_name(dt), (long long)M, (long long)N, (long long)K,
	    bx && kern_bf16dot() && M == 1 ? "AVX512-BF16" : kern_isa()))
		printf("#   %s %d bytes past a line\n", same ? "far from the f64 sums" : "not the same bits", off);
	free(x), free(w), free(y), free(y0), free(buf), free(ref), free(mag);
}

/* The graph's dequantization, as emit writes it: convert, multiply
 * (rounded), add (rounded). */
static float
graph_weight(uint32_t q, float s, float b)
{
	volatile float v = (float)q * s;
	return v + b;
}

static void
test_quant_on(struct pool *p, int bits, int gs, enum dtype sdt, int64_t M, int64_t N, int64_t K, int force)
{
	int per = 32 / bits;
	int64_t G = K / gs;
	uint32_t *q = malloc((size_t)(N * K / per) * 4);
	float *sc = malloc((size_t)(N * G) * 4), *bi = malloc((size_t)(N * G) * 4);
	void *scs = malloc((size_t)(N * G) * 4), *bis = malloc((size_t)(N * G) * 4);
	float *w = malloc((size_t)(N * K) * 4), *deq = malloc((size_t)(N * K) * 4);
	float *x = malloc((size_t)(M * K) * 4), *y = malloc((size_t)(M * N) * 4);
	double *ref = calloc((size_t)(M * N), sizeof(double)), *mag = calloc((size_t)(M * N), sizeof(double));

	for (int64_t i = 0; i < N * K / per; i++)
		q[i] = rnd() ^ (rnd() << 16);
	for (int64_t i = 0; i < N * G; i++) {
		sc[i] = frand() * 0.01f;
		bi[i] = frand() * 0.05f;
	}
	store(sc, (size_t)(N * G), sdt, scs);
	store(bi, (size_t)(N * G), sdt, bis);
	for (int64_t n = 0; n < N; n++)
		for (int64_t k = 0; k < K; k++) {
			uint32_t word = q[n * (K / per) + k / per];
			uint32_t v = (word >> (k % per * bits)) & ((1u << bits) - 1);
			w[n * K + k] = graph_weight(v, sc[n * G + k / gs], bi[n * G + k / gs]);
		}
	for (int64_t i = 0; i < M * K; i++)
		x[i] = frand();
	for (int64_t m = 0; m < M; m++)
		for (int64_t n = 0; n < N; n++)
			for (int64_t k = 0; k < K; k++) {
				ref[m * N + n] += (double)x[m * K + k] * w[n * K + k];
				mag[m * N + n] += fabs((double)x[m * K + k] * w[n * K + k]);
			}
	struct kern_qweight qw = { q, scs, bis, sdt, bits, gs };
	kern_dequant_rows(&qw, K, 0, N, deq);
	ok(!memcmp(deq, w, (size_t)(N * K) * 4), "%d-bit, groups of %d, %s scales: dequantized weights "
	    "equal the graph's bit for bit", bits, gs, dtype_mlir_name(sdt));
	kern_force_c(force == 1);
	kern_force_avx2(force == 2);
	const char *isa = kern_isa();
	kern_matmul_q(p, x, M, K, &qw, N, y);
	kern_force_c(0);
	kern_force_avx2(0);
	size_t bad = 0;
	if (!ok(close_enough(y, ref, mag, (size_t)(M * N), 1e-5, &bad), "%d-bit packed GEMV, groups of %d, "
	    "%s scales, M %lld N %lld K %lld (%s)", bits, gs, dtype_mlir_name(sdt), (long long)M, (long long)N,
	    (long long)K, isa))
		printf("#   output %zu: got %.9g want %.9g\n", bad, y[bad], ref[bad]);
	free(q), free(sc), free(bi), free(scs), free(bis), free(w), free(deq), free(x), free(y), free(ref), free(mag);
}

/* Each packed case on the best kernels, and on AVX2 where the CPU has
 * more (the plain C ones are held by the small cases). */
static void
test_quant(struct pool *p, int bits, int gs, enum dtype sdt, int64_t M, int64_t N, int64_t K)
{
	test_quant_on(p, bits, gs, sdt, M, N, K, 0);
	if (strcmp(kern_isa(), "avx512") == 0)
		test_quant_on(p, bits, gs, sdt, M, N, K, 2);
}

/* Whole graphs */

static struct mlir_module *
emit_parse(const struct model_config *c, const struct emit_opts *o)
{
	struct strbuf sb = { 0 };
	if (emit_graph(&sb, c, o) < 0)
		return NULL;
	struct mlir_module *m = mlir_parse(sb.s, sb.len, "graph", 1);
	sb_free(&sb);
	return m;
}

/* Random arguments for every parameter of @main: weights small, ids and
 * positions in range; packed weights random bits. */
static void
random_args(const struct mlir_module *m, const struct mlir_func *f, struct tensor **args, int pos, int vocab)
{
	for (int i = 0; i < f->body.nargs; i++) {
		const struct mlir_type *t = &m->types[f->body.args[i]];
		const char *name = f->arg_locs[i] ? f->arg_locs[i] : "";
		args[i] = tensor_new(t);
		size_t n = (size_t)mlir_numel(t);
		for (size_t k = 0; k < n; k++) {
			if (t->dt == DTYPE_F32) {
				float v = frand() * 0.3f;
				if (strstr(name, "norm"))
					v = 1 + v;
				if (strstr(name, "scales"))
					v = 0.02f + v * 0.01f;
				((float *)args[i]->data)[k] = v;
			} else if (t->dt == DTYPE_U32) {
				((uint32_t *)args[i]->data)[k] = rnd() ^ (rnd() << 16);
			} else if (t->dt == DTYPE_I32) {
				int v;
				if (!strcmp(name, "tokens") || !strcmp(name, "token"))
					v = (int)(rnd() % (uint32_t)vocab);
				else if (!strcmp(name, "positions"))
					v = pos + (int)k;
				else if (!strcmp(name, "real_len"))
					v = (int)n - 1;
				else
					v = pos + (int)(k % 3);	/* pos, cache_len (rows differ) */
				((int32_t *)args[i]->data)[k] = v;
			}
		}
	}
}

static void
test_graph(const char *what, const struct model_config *c, struct emit_opts o)
{
	const struct exec_host_ops *ref = exec_host_find("interp"), *cpu = exec_host_find("cpu");
	struct mlir_module *m = emit_parse(c, &o);
	char name[64];

	emit_graph_name(name, sizeof(name), &o);
	if (!ok(m != NULL, "%s %s: emitted and parsed", what, name)) {
		printf("# %s\n", err_reason());
		return;
	}
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct tensor *args[512], *r1[4], *r2[4];
	random_args(m, f, args, 5, c->vocab);
	void *s1 = ref->load(NULL, m, "main"), *s2 = cpu->load(NULL, m, "main");
	ok(s1 && s2, "%s %s: both backends load it", what, name);
	struct plan_stats ps;
	plan_stats(s2, &ps);
	printf("# plan: %d kernels (%d fused packed), %d views, %d in place, %d interpreted, %d dead\n",
	    ps.kernel, ps.fused, ps.view, ps.inplace, ps.interp, ps.dead);
	/* twice: the second run reuses what the first kept (widened
	 * copies, buffers) */
	for (int rep = 0; rep < 2; rep++) {
		int n1 = ref->run(s1, args, f->body.nargs, r1, 4);
		int n2 = cpu->run(s2, args, f->body.nargs, r2, 4);
		if (!ok(n1 == n2 && n1 > 0, "%s %s: both run (%d, %d results)", what, name, n1, n2)) {
			printf("# %s\n", err_reason());
			break;
		}
		for (int k = 0; k < n1; k++) {
			double err;
			int eq = near_same(r2[k], r1[k], &err);
			ok(eq != 0, "%s %s run %d: result %d agrees (max abs error %.3g)", what, name, rep + 1, k, err);
		}
		for (int k = 0; k < n1; k++) {
			tensor_free(r1[k]);
			tensor_free(r2[k]);
		}
	}
	if (s1)
		ref->free(s1);
	if (s2)
		cpu->free(s2);
	for (int i = 0; i < f->body.nargs; i++)
		tensor_free(args[i]);
	mlir_free(m);
}

/* One op at a time: a module's @main on random arguments through both
 * backends.  Floats in [-1, 1]; integers (indices) in [lo, hi), past the
 * bounds on purpose (gathers and slices clamp, scatters drop).  An
 * argument named "w" goes to the plan as bf16 (stored narrow, as a
 * checkpoint's weight) and to the interpreter widened.  Results equal
 * bit for bit when exact, else within the graphs' tolerance; interp is
 * how many ops the plan should leave to the interpreter. */
static void
test_op_fused(const char *what, const char *text, int lo, int hi, int exact, int interp, int fused)
{
	const struct exec_host_ops *ref = exec_host_find("interp"), *cpu = exec_host_find("cpu");
	struct mlir_module *m = mlir_parse(text, strlen(text), what, 1);

	if (!ok(m != NULL, "%s: parsed", what)) {
		printf("# %s\n", err_reason());
		return;
	}
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct tensor *a1[8] = { 0 }, *a2[8] = { 0 }, *r1[4], *r2[4];
	uint16_t *narrow[8] = { 0 };
	for (int i = 0; i < f->body.nargs && i < 8; i++) {
		const struct mlir_type *t = &m->types[f->body.args[i]];
		size_t n = (size_t)mlir_numel(t);
		a1[i] = tensor_new(t);
		for (size_t k = 0; k < n; k++) {
			if (t->dt == DTYPE_F32)
				((float *)a1[i]->data)[k] = frand();
			else
				tensor_set_i(a1[i], k, lo + (int64_t)(rnd() % (uint32_t)(hi - lo)));
		}
		a2[i] = a1[i];
		if (f->arg_locs[i] && !strcmp(f->arg_locs[i], "w") && t->dt == DTYPE_F32) {
			narrow[i] = malloc(n * 2 + 2);
			dtype_from_f32(a1[i]->data, n, DTYPE_BF16, narrow[i]);
			dtype_to_f32(narrow[i], DTYPE_BF16, n, a1[i]->data);	/* the interpreter's copy */
			a2[i] = calloc(1, sizeof(struct tensor));
			a2[i]->type = *t;
			a2[i]->data = narrow[i];
			a2[i]->nbytes = n * 2;
			a2[i]->borrowed = 1;
			a2[i]->stored = DTYPE_BF16;
		}
	}
	void *s1 = ref->load(NULL, m, "main"), *s2 = cpu->load(NULL, m, "main");
	if (ok(s1 && s2, "%s: both backends load it", what)) {
		struct plan_stats ps;
		plan_stats(s2, &ps);
		is_int(ps.interp, interp, "%s: the plan leaves %d ops to the interpreter", what, interp);
		if (fused)
			is_int(ps.fused, fused, "%s: %d packed GEMV fused", what, fused);
		int n1 = ref->run(s1, a1, f->body.nargs, r1, 4);
		int n2 = cpu->run(s2, a2, f->body.nargs, r2, 4);
		if (ok(n1 == n2 && n1 > 0, "%s: both run (%d, %d results)", what, n1, n2)) {
			for (int k = 0; k < n1; k++) {
				double err = 0;
				int eq = exact ? r1[k]->nbytes == r2[k]->nbytes && !memcmp(r1[k]->data, r2[k]->data, r1[k]->nbytes)
				    : near_same(r2[k], r1[k], &err);
				ok(eq, "%s: result %d %s", what, k, exact ? "equal bit for bit" : "agrees");
				tensor_free(r1[k]);
				tensor_free(r2[k]);
			}
		} else {
			printf("# %s\n", err_reason());
		}
	} else {
		printf("# %s\n", err_reason());
	}
	if (s1)
		ref->free(s1);
	if (s2)
		cpu->free(s2);
	for (int i = 0; i < f->body.nargs && i < 8; i++) {
		if (a2[i] != a1[i])
			free(a2[i]);
		tensor_free(a1[i]);
		free(narrow[i]);
	}
	mlir_free(m);
}

static void
test_op(const char *what, const char *text, int lo, int hi, int exact, int interp)
{
	test_op_fused(what, text, lo, hi, exact, interp, 0);
}

/* Broadcasts that f32 binary ops and selects read where their source
 * lies (plan.c fuse_bcasts): the interpreter's bits, and dead broadcast
 * steps (none of them run). */
static void
test_bcast(const char *what, const char *text, int dead)
{
	const struct exec_host_ops *cpu = exec_host_find("cpu");
	struct mlir_module *m = mlir_parse(text, strlen(text), what, 1);
	void *s = m ? cpu->load(NULL, m, "main") : NULL;
	struct plan_stats ps = { 0 };

	if (s) {
		plan_stats(s, &ps);
		cpu->free(s);
	}
	is_int(ps.dead, dead, "%s: %d broadcasts read in place, not run", what, dead);
	mlir_free(m);
	test_op(what, text, -4, 4, 1, 0);
}

/* exp and logistic (elem.c exp512 on AVX-512) against the scalar
 * double ones rounded to float, bit for bit: every float bit pattern a
 * stride apart (EXP_ALL=1: every one; 4.3e9, minutes) and a million
 * draws where softmax and SiLU meet them, run 1000 at a time in place
 * (the plan writes a result over its dying operand) and not. */
static void
test_exp(void)
{
	enum { CH = 1000 };
	uint32_t stride = getenv("EXP_ALL") ? 1 : 251;
	float x[CH], y[CH], z[CH];
	const char *names[] = { "exp", "logistic" };
	const int ks[] = { U_EXP, U_LOGISTIC };
	for (int t = 0; t < 2; t++) {
		uint64_t bad = 0, n = 0, first = 0;
		for (uint64_t b = 0, m = 0; b < (1ull << 32) + CH * (uint64_t)stride; ) {
			/* a chunk of bit patterns, then a chunk of draws */
			int draws = (m++ % 4) == 3 && n < (1ull << 32) / stride / 3;
			int c = 0;
			for (; c < CH && (draws || b < (1ull << 32)); c++) {
				uint32_t u = (uint32_t)b;
				if (draws) {
					float f = (float)(((double)rnd() / 4294967296.0 * 2 - 1) * 40);
					memcpy(&u, &f, 4);
				} else {
					b += stride;
				}
				memcpy(&x[c], &u, 4);
			}
			if (!c)
				break;
			memcpy(z, x, sizeof(float) * (size_t)c);
			elem_unary(ks[t], x, y, c);
			elem_unary(ks[t], z, z, c);	/* in place */
			for (int i = 0; i < c; i++) {
				double d = x[i];
				float want = (float)(ks[t] == U_EXP ? exp(d) : 1.0 / (1.0 + exp(-d)));
				uint32_t w, g, h;
				memcpy(&w, &want, 4);
				memcpy(&g, &y[i], 4);
				memcpy(&h, &z[i], 4);
				if ((g != w || h != w) && !bad++)
					memcpy(&first, &x[i], 4);
			}
			n += (uint64_t)c;
		}
		if (!ok(bad == 0, "%s of %llu floats (bit patterns %u apart, and draws in [-40, 40]): libm's bits",
		    names[t], (unsigned long long)n, stride))
			printf("# %llu differ, the first at bits 0x%08llx\n", (unsigned long long)bad, (unsigned long long)first);
	}
}

/* The vector exp within a few units of libm's in double (elem.c's
 * EXP_GUARD, 64 units, assumes under 32 between the two): a million
 * draws over [-700, 700] and over [-1, 1]. */
static void
test_exp_err(void)
{
	enum { N = 1 << 20 };
	double *x = malloc(N * sizeof(double)), worst = 0;
	for (int t = 0; t < 2; t++) {
		for (int i = 0; i < N; i++)
			x[i] = ((double)rnd() / 4294967296.0 * 2 - 1) * (t ? 1 : 700);
		double e = elem_exp_err(x, N);
		if (e < 0) {
			skip("no vector exp on this CPU (no AVX-512)");
			free(x);
			return;
		}
		worst = e > worst ? e : worst;
	}
	ok(worst < 8, "the vector exp within %.2f units in the last place of libm's (under 8)", worst);
	free(x);
}

/* Three 9 MB values, two alive at once: a plan that trims */
static const char trim_big[] = "func.func @main(%arg0: tensor<1100x2048xf32>) -> tensor<1x2048xf32> {\n"
    "  %0 = stablehlo.exponential %arg0 : tensor<1100x2048xf32>\n"
    "  %1 = stablehlo.multiply %0, %arg0 : tensor<1100x2048xf32>\n"
    "  %2 = stablehlo.add %1, %0 : tensor<1100x2048xf32>\n"
    "  %3 = stablehlo.slice %2 [7:8, 0:2048] : (tensor<1100x2048xf32>) -> tensor<1x2048xf32>\n"
    "  %4 = stablehlo.negate %3 : tensor<1x2048xf32>\n"
    "  return %4 : tensor<1x2048xf32>\n}\n";

/* A plan whose values reach TRIM_MIN (16 MB) trims the heap after the
 * last big one dies, and a run after the trim (the freed pages faulted
 * in again) computes the same; a small graph's runs do not trim. */
static void
test_trim(void)
{
	static const char small[] = "func.func @main(%arg0: tensor<100x2048xf32>) -> tensor<100x2048xf32> {\n"
	    "  %0 = stablehlo.exponential %arg0 : tensor<100x2048xf32>\n"
	    "  return %0 : tensor<100x2048xf32>\n}\n";
	const struct exec_host_ops *cpu = exec_host_find("cpu");
	const char *texts[] = { trim_big, small };
	for (int t = 0; t < 2; t++) {
		struct mlir_module *m = mlir_parse(texts[t], strlen(texts[t]), "trim", 1);
		void *s = m ? cpu->load(NULL, m, "main") : NULL;
		struct plan_stats ps = { 0 };
		if (s)
			plan_stats(s, &ps);
		is_int(ps.trims, !t, "%s graph: its runs %s", t ? "a 0.8 MB" : "a 9 MB x 3", t ? "do not trim" : "trim");
		if (s)
			cpu->free(s);
		mlir_free(m);
	}
	test_op("the trimming graph", trim_big, -2, 2, 1, 0);
	test_op("the trimming graph, again", trim_big, -2, 2, 1, 0);
}

/* Big values share one mapping at planned offsets (plan.c plan_slab):
 * exp(x) and tanh of it live at once (two slots, 360 KB each), the
 * product and the sum written over the exp's (in place), the returned
 * negation outside the slab; the trimming graph's 18 MB slab, its dead
 * pages handed back each run; a result not written over an operand
 * another operand reads; a value alive across the trim.  Each run three
 * times on one plan against the interpreter. */
static void
test_slab(void)
{
	static const char chain[] = "func.func @main(%arg0: tensor<300x300xf32>) -> tensor<300x300xf32> {\n"
	    "  %0 = stablehlo.exponential %arg0 : tensor<300x300xf32>\n"
	    "  %1 = stablehlo.tanh %0 : tensor<300x300xf32>\n"
	    "  %2 = stablehlo.multiply %0, %1 : tensor<300x300xf32>\n"
	    "  %3 = stablehlo.add %2, %1 : tensor<300x300xf32>\n"
	    "  %4 = stablehlo.negate %3 : tensor<300x300xf32>\n"
	    "  return %4 : tensor<300x300xf32>\n}\n";
	/* x minus its row 1 broadcast: not over x, which the broadcast reads */
	static const char alias[] = "func.func @main(%arg0: tensor<300x300xf32>) -> tensor<300x300xf32> {\n"
	    "  %0 = stablehlo.exponential %arg0 : tensor<300x300xf32>\n"
	    "  %1 = stablehlo.slice %0 [1:2, 0:300] : (tensor<300x300xf32>) -> tensor<1x300xf32>\n"
	    "  %2 = stablehlo.reshape %1 : (tensor<1x300xf32>) -> tensor<300xf32>\n"
	    "  %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<300xf32>) -> tensor<300x300xf32>\n"
	    "  %4 = stablehlo.subtract %0, %3 : tensor<300x300xf32>\n"
	    "  %5 = stablehlo.negate %4 : tensor<300x300xf32>\n"
	    "  return %5 : tensor<300x300xf32>\n}\n";
	/* exp(y) alive across the trim, where the pages of the dead values
	 * are handed back: its own kept */
	static const char across[] = "func.func @main(%arg0: tensor<1100x2048xf32>, %arg1: tensor<500x1024xf32>) -> tensor<500x1024xf32> {\n"
	    "  %s = stablehlo.exponential %arg1 : tensor<500x1024xf32>\n"
	    "  %0 = stablehlo.exponential %arg0 : tensor<1100x2048xf32>\n"
	    "  %1 = stablehlo.multiply %0, %arg0 : tensor<1100x2048xf32>\n"
	    "  %2 = stablehlo.add %1, %0 : tensor<1100x2048xf32>\n"
	    "  %3 = stablehlo.slice %2 [7:8, 0:2048:2] : (tensor<1100x2048xf32>) -> tensor<1x1024xf32>\n"
	    "  %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<1x1024xf32>) -> tensor<500x1024xf32>\n"
	    "  %5 = stablehlo.add %s, %4 : tensor<500x1024xf32>\n"
	    "  return %5 : tensor<500x1024xf32>\n}\n";
	/* a GEMM of 64 rows packs x into a slot of its own (AVX-512) */
	static const char gemm[] = "func.func @main(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024x1024xf32>) -> tensor<64x1024xf32> {\n"
	    "  %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [1] : (tensor<64x1024xf32>, tensor<1024x1024xf32>) -> tensor<64x1024xf32>\n"
	    "  %1 = stablehlo.negate %0 : tensor<64x1024xf32>\n"
	    "  return %1 : tensor<64x1024xf32>\n}\n";
	const struct exec_host_ops *ref = exec_host_find("interp"), *cpu = exec_host_find("cpu");
	const char *texts[] = { chain, trim_big, alias, across, gemm };
	const int64_t want[] = { 2 * 300 * 300 * 4, 2 * 1100 * 2048 * 4, 2 * 300 * 300 * 4,
		500 * 1024 * 4 + 2 * 1100 * 2048 * 4, 64 * 1024 * 4 + (kern_avx512() ? 64 * 1024 * 4 : 0) };
	for (int g = 0; g < 5; g++) {
		struct mlir_module *m = mlir_parse(texts[g], strlen(texts[g]), "slab", 1);
		void *s1 = m ? ref->load(NULL, m, "main") : NULL, *s2 = m ? cpu->load(NULL, m, "main") : NULL;
		struct plan_stats ps = { 0 };
		if (!ok(s1 && s2, "slab graph %d: loads", g)) {
			printf("# %s\n", err_reason());
			continue;
		}
		plan_stats(s2, &ps);
		is_int((int)ps.slab, (int)want[g], "slab graph %d: the slab holds what lives at once", g);
		const struct mlir_func *f = mlir_find_func(m, "main");
		struct tensor *a[2] = { 0 }, *r1[2], *r2[2];
		for (int k = 0; k < f->body.nargs; k++)
			a[k] = tensor_new(&m->types[f->body.args[k]]);
		for (int run = 0; run < 3; run++) {
			for (int k = 0; k < f->body.nargs; k++)
				for (int64_t e = 0; e < mlir_numel(&a[k]->type); e++)
					((float *)a[k]->data)[e] = frand() * 2;
			int n1 = ref->run(s1, a, f->body.nargs, r1, 2), n2 = cpu->run(s2, a, f->body.nargs, r2, 2);
			if (ok(n1 == 1 && n2 == 1, "slab graph %d, run %d: both run", g, run)) {
				double err = 0;
				if (g == 4)	/* sums in another order */
					ok(near_same(r2[0], r1[0], &err), "slab graph %d, run %d: the interpreter's within %g",
					    g, run, err);
				else
					ok(r1[0]->nbytes == r2[0]->nbytes && !memcmp(r1[0]->data, r2[0]->data, r1[0]->nbytes),
					    "slab graph %d, run %d: the interpreter's bits", g, run);
				tensor_free(r1[0]);
				tensor_free(r2[0]);
			}
		}
		tensor_free(a[0]);
		tensor_free(a[1]);
		ref->free(s1);
		cpu->free(s2);
		mlir_free(m);
	}
}

#define GATHER(offd, coll, smap, ivd, sizes) \
	"\"stablehlo.gather\"(%arg0, %arg1) <{dimension_numbers = #stablehlo.gather<offset_dims = [" offd "], " \
	"collapsed_slice_dims = [" coll "], start_index_map = [" smap "], index_vector_dim = " ivd ">, " \
	"slice_sizes = array<i64: " sizes ">}> : "
#define SCATTER(uwd, iwd, sdod, ivd) \
	"\"stablehlo.scatter\"(%arg0, %arg1, %arg2) <{scatter_dimension_numbers = #stablehlo.scatter<" \
	"update_window_dims = [" uwd "], inserted_window_dims = [" iwd "], scatter_dims_to_operand_dims = [" sdod "], " \
	"index_vector_dim = " ivd ">}> ({\n^bb0(%a: tensor<f32>, %b: tensor<f32>):\n  stablehlo.return %b : tensor<f32>\n}) : "

static void
test_ops(void)
{
	/* gathers: the emitter's rows, the weight read as bf16 */
	test_op("gather rows (emit's form), bf16 weight",
	    "func.func @main(%arg0: tensor<50x24xf32> loc(\"w\"), %arg1: tensor<7x1xi32>) -> tensor<7x24xf32> {\n"
	    "  %0 = " GATHER("1", "0", "0", "1", "1, 24") "(tensor<50x24xf32>, tensor<7x1xi32>) -> tensor<7x24xf32>\n"
	    "  return %0 : tensor<7x24xf32>\n}\n", -3, 53, 1, 0);
	test_op("gather one row by a rank-1 index vector",
	    "func.func @main(%arg0: tensor<50x24xf32> loc(\"w\"), %arg1: tensor<1xi32>) -> tensor<24xf32> {\n"
	    "  %0 = " GATHER("0", "0", "0", "0", "1, 24") "(tensor<50x24xf32>, tensor<1xi32>) -> tensor<24xf32>\n"
	    "  return %0 : tensor<24xf32>\n}\n", -3, 53, 1, 0);
	test_op("gather rows by a (1, C) index array, index_vector_dim 0",
	    "func.func @main(%arg0: tensor<50x24xf32>, %arg1: tensor<1x9xi32>) -> tensor<9x24xf32> {\n"
	    "  %0 = " GATHER("1", "0", "0", "0", "1, 24") "(tensor<50x24xf32>, tensor<1x9xi32>) -> tensor<9x24xf32>\n"
	    "  return %0 : tensor<9x24xf32>\n}\n", -3, 53, 1, 0);
	test_op("gather columns into a batch-last result, i64 indices, bf16",
	    "func.func @main(%arg0: tensor<12x30xf32> loc(\"w\"), %arg1: tensor<5x1xi64>) -> tensor<12x5xf32> {\n"
	    "  %0 = " GATHER("0", "1", "1", "1", "12, 1") "(tensor<12x30xf32>, tensor<5x1xi64>) -> tensor<12x5xf32>\n"
	    "  return %0 : tensor<12x5xf32>\n}\n", -3, 33, 1, 0);
	test_op("gather windows at two-component starts, clamped",
	    "func.func @main(%arg0: tensor<4x6x5xf32>, %arg1: tensor<3x2x2xi32>) -> tensor<3x2x6x2xf32> {\n"
	    "  %0 = " GATHER("2, 3", "0", "0, 2", "2", "1, 6, 2") "(tensor<4x6x5xf32>, tensor<3x2x2xi32>) -> tensor<3x2x6x2xf32>\n"
	    "  return %0 : tensor<3x2x6x2xf32>\n}\n", -2, 7, 1, 0);
	/* elementwise ops of 32768 elements and more run over the pool in
	 * runs (the last one short): the interpreter's bits still */
	test_op("exponential, logistic, multiply and add of 40000 elements",
	    "func.func @main(%arg0: tensor<200x200xf32>, %arg1: tensor<200x200xf32>) -> tensor<200x200xf32> {\n"
	    "  %0 = stablehlo.exponential %arg0 : tensor<200x200xf32>\n"
	    "  %1 = stablehlo.logistic %arg1 : tensor<200x200xf32>\n"
	    "  %2 = stablehlo.multiply %0, %1 : tensor<200x200xf32>\n"
	    "  %3 = stablehlo.add %2, %arg0 : tensor<200x200xf32>\n"
	    "  return %3 : tensor<200x200xf32>\n}\n", -4, 4, 1, 0);
	/* broadcasts read in place: a splat (scalar constants), a row's
	 * value over the row, a vector along the rows, a vector along a
	 * middle dim, a size-1 source dim, both sides of a select and of an
	 * add; a transposing broadcast still runs.  36 K elements: the pool
	 * takes them in runs of 16 K, which split the rows of 70. */
	test_bcast("broadcasts read in place by binary ops and selects",
	    "func.func @main(%arg0: tensor<8x64x70xf32>, %arg1: tensor<8x64xf32>, %arg2: tensor<70xf32>, %arg3: tensor<64xf32>, "
	    "%arg4: tensor<8x1xf32>, %arg5: tensor<64x8xf32>) -> (tensor<8x64x70xf32>, tensor<8x64x70xf32>) {\n"
	    "  %cst = stablehlo.constant dense<1.250000e-01> : tensor<f32>\n"
	    "  %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x64x70xf32>\n"
	    "  %1 = stablehlo.multiply %arg0, %0 : tensor<8x64x70xf32>\n"
	    "  %2 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x70xf32>\n"
	    "  %3 = stablehlo.subtract %2, %1 : tensor<8x64x70xf32>\n"
	    "  %4 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<70xf32>) -> tensor<8x64x70xf32>\n"
	    "  %5 = stablehlo.divide %3, %4 : tensor<8x64x70xf32>\n"
	    "  %6 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<8x64x70xf32>\n"
	    "  %7 = stablehlo.maximum %6, %5 : tensor<8x64x70xf32>\n"
	    "  %8 = stablehlo.broadcast_in_dim %arg4, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x64x70xf32>\n"
	    "  %9 = stablehlo.add %7, %8 : tensor<8x64x70xf32>\n"
	    "  %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>\n"
	    "  %10 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x64x70xf32>\n"
	    "  %11 = stablehlo.compare  GT, %9, %1,  FLOAT : (tensor<8x64x70xf32>, tensor<8x64x70xf32>) -> tensor<8x64x70xi1>\n"
	    "  %12 = stablehlo.select %11, %9, %10 : tensor<8x64x70xi1>, tensor<8x64x70xf32>\n"
	    "  %13 = stablehlo.select %11, %2, %4 : tensor<8x64x70xi1>, tensor<8x64x70xf32>\n"
	    "  %14 = stablehlo.multiply %0, %0 : tensor<8x64x70xf32>\n"
	    "  %15 = stablehlo.add %12, %14 : tensor<8x64x70xf32>\n"
	    "  %16 = stablehlo.broadcast_in_dim %arg5, dims = [1, 0] : (tensor<64x8xf32>) -> tensor<8x64x70xf32>\n"
	    "  %17 = stablehlo.add %13, %16 : tensor<8x64x70xf32>\n"
	    "  return %15, %17 : tensor<8x64x70xf32>, tensor<8x64x70xf32>\n}\n", 6);
	/* a result written over its dying operand, but not while another
	 * operand reads that buffer elsewhere: row 1 of x broadcast back
	 * over x, x's rows 2 and 3 read it after row 1 is written */
	test_bcast("x minus its row 1 broadcast: x's buffer kept for the result",
	    "func.func @main(%arg0: tensor<4x50xf32>) -> tensor<4x50xf32> {\n"
	    "  %0 = stablehlo.exponential %arg0 : tensor<4x50xf32>\n"
	    "  %1 = stablehlo.slice %0 [1:2, 0:50] : (tensor<4x50xf32>) -> tensor<1x50xf32>\n"
	    "  %2 = stablehlo.reshape %1 : (tensor<1x50xf32>) -> tensor<50xf32>\n"
	    "  %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<50xf32>) -> tensor<4x50xf32>\n"
	    "  %4 = stablehlo.subtract %0, %3 : tensor<4x50xf32>\n"
	    "  return %4 : tensor<4x50xf32>\n}\n", 1);
	/* compares read broadcasts and iotas in place too: a causal mask
	 * (an iota along the key positions against each query's position,
	 * broadcast over heads) built without its two operands, f32 and u32
	 * compares against iotas and splats */
	test_bcast("compares read broadcasts and iotas in place",
	    "func.func @main(%arg0: tensor<20xi32>, %arg1: tensor<4x20x3x22xf32>) -> (tensor<4x20x3x22xi1>, "
	    "tensor<4x20x3x22xf32>, tensor<4x20x3x22xi1>, tensor<4x20x3x22xi1>) {\n"
	    "  %0 = stablehlo.iota dim = 3 : tensor<4x20x3x22xi32>\n"
	    "  %1 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<20xi32>) -> tensor<4x20x3x22xi32>\n"
	    "  %2 = stablehlo.compare  LE, %0, %1,  SIGNED : (tensor<4x20x3x22xi32>, tensor<4x20x3x22xi32>) -> tensor<4x20x3x22xi1>\n"
	    "  %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>\n"
	    "  %3 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x20x3x22xf32>\n"
	    "  %4 = stablehlo.select %2, %arg1, %3 : tensor<4x20x3x22xi1>, tensor<4x20x3x22xf32>\n"
	    "  %5 = stablehlo.iota dim = 1 : tensor<4x20x3x22xf32>\n"
	    "  %6 = stablehlo.compare  GT, %arg1, %5,  FLOAT : (tensor<4x20x3x22xf32>, tensor<4x20x3x22xf32>) -> tensor<4x20x3x22xi1>\n"
	    "  %7 = stablehlo.iota dim = 0 : tensor<4x20x3x22xui32>\n"
	    "  %c = stablehlo.constant dense<2> : tensor<ui32>\n"
	    "  %8 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<4x20x3x22xui32>\n"
	    "  %9 = stablehlo.compare  EQ, %8, %7,  UNSIGNED : (tensor<4x20x3x22xui32>, tensor<4x20x3x22xui32>) -> tensor<4x20x3x22xi1>\n"
	    "  return %2, %4, %6, %9 : tensor<4x20x3x22xi1>, tensor<4x20x3x22xf32>, tensor<4x20x3x22xi1>, tensor<4x20x3x22xi1>\n}\n", 6);
	/* broadcasts of two runs (plan.c bcast_form2): RoPE's cos over
	 * every head, on either side; repeats before the first run too; a
	 * repeat after the second still runs.  49 K elements: runs of 16 K
	 * split the heads' rows */
	test_bcast("two-run broadcasts read in place (RoPE's cos and sin over heads)",
	    "func.func @main(%arg0: tensor<24x32x64xf32>, %arg1: tensor<24x64xf32>, %arg2: tensor<24x64xf32>, "
	    "%arg3: tensor<2x24x8x64xf32>, %arg4: tensor<24x8xf32>, %arg5: tensor<24x5x8x3xf32>) -> (tensor<24x32x64xf32>, "
	    "tensor<24x32x64xf32>, tensor<2x24x8x64xf32>, tensor<24x5x8x3xf32>) {\n"
	    "  %0 = stablehlo.broadcast_in_dim %arg1, dims = [0, 2] : (tensor<24x64xf32>) -> tensor<24x32x64xf32>\n"
	    "  %1 = stablehlo.multiply %arg0, %0 : tensor<24x32x64xf32>\n"
	    "  %2 = stablehlo.subtract %0, %arg0 : tensor<24x32x64xf32>\n"
	    "  %3 = stablehlo.broadcast_in_dim %arg2, dims = [1, 3] : (tensor<24x64xf32>) -> tensor<2x24x8x64xf32>\n"
	    "  %4 = stablehlo.add %3, %arg3 : tensor<2x24x8x64xf32>\n"
	    "  %5 = stablehlo.broadcast_in_dim %arg4, dims = [0, 2] : (tensor<24x8xf32>) -> tensor<24x5x8x3xf32>\n"
	    "  %6 = stablehlo.subtract %arg5, %5 : tensor<24x5x8x3xf32>\n"
	    "  return %1, %2, %4, %6 : tensor<24x32x64xf32>, tensor<24x32x64xf32>, tensor<2x24x8x64xf32>, tensor<24x5x8x3xf32>\n}\n", 2);
	/* x * logistic(x) in one step (plan.c fuse_silu), either operand
	 * order, over the pool's runs; a logistic read twice stays */
	test_bcast("SiLU (x times its logistic) fused, a logistic read twice not",
	    "func.func @main(%arg0: tensor<200x200xf32>, %arg1: tensor<200x200xf32>) -> (tensor<200x200xf32>, "
	    "tensor<200x200xf32>, tensor<200x200xf32>) {\n"
	    "  %0 = stablehlo.logistic %arg0 : tensor<200x200xf32>\n"
	    "  %1 = stablehlo.multiply %arg0, %0 : tensor<200x200xf32>\n"
	    "  %2 = stablehlo.exponential %arg1 : tensor<200x200xf32>\n"
	    "  %3 = stablehlo.logistic %2 : tensor<200x200xf32>\n"
	    "  %4 = stablehlo.multiply %3, %2 : tensor<200x200xf32>\n"
	    "  %5 = stablehlo.logistic %arg1 : tensor<200x200xf32>\n"
	    "  %6 = stablehlo.multiply %arg1, %5 : tensor<200x200xf32>\n"
	    "  %7 = stablehlo.add %6, %5 : tensor<200x200xf32>\n"
	    "  return %1, %4, %7 : tensor<200x200xf32>, tensor<200x200xf32>, tensor<200x200xf32>\n}\n", 2);
	/* steps that ran on the caller alone, now over the pool in runs of
	 * about 16 K elements (rows for reduces): each element as alone */
	test_op("reduces, compares, selects and integer ops over the pool",
	    "func.func @main(%arg0: tensor<300x300xf32>, %arg1: tensor<300x300xi32>, %arg2: tensor<300xi32>) -> "
	    "(tensor<300xf32>, tensor<300xi32>, tensor<300x300xf32>, tensor<300x300xi32>) {\n"
	    "  %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>\n"
	    "  %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>\n"
	    "  %c = stablehlo.constant dense<0> : tensor<i32>\n"
	    "  %0 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.add across dimensions = [1] : (tensor<300x300xf32>, tensor<f32>) -> tensor<300xf32>\n"
	    "  %1 = stablehlo.reduce(%arg0 init: %cst_0) applies stablehlo.maximum across dimensions = [0] : (tensor<300x300xf32>, tensor<f32>) -> tensor<300xf32>\n"
	    "  %2 = stablehlo.reduce(%arg1 init: %c) applies stablehlo.add across dimensions = [1] : (tensor<300x300xi32>, tensor<i32>) -> tensor<300xi32>\n"
	    "  %3 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<300xi32>) -> tensor<300x300xi32>\n"
	    "  %4 = stablehlo.compare  LT, %arg1, %3,  SIGNED : (tensor<300x300xi32>, tensor<300x300xi32>) -> tensor<300x300xi1>\n"
	    "  %5 = stablehlo.exponential %arg0 : tensor<300x300xf32>\n"
	    "  %6 = stablehlo.select %4, %arg0, %5 : tensor<300x300xi1>, tensor<300x300xf32>\n"
	    "  %7 = stablehlo.multiply %arg1, %arg1 : tensor<300x300xi32>\n"
	    "  %8 = stablehlo.compare  GE, %7, %arg1,  SIGNED : (tensor<300x300xi32>, tensor<300x300xi32>) -> tensor<300x300xi1>\n"
	    "  %9 = stablehlo.select %8, %7, %arg1 : tensor<300x300xi1>, tensor<300x300xi32>\n"
	    "  %10 = stablehlo.add %0, %1 : tensor<300xf32>\n"
	    "  return %10, %2, %6, %9 : tensor<300xf32>, tensor<300xi32>, tensor<300x300xf32>, tensor<300x300xi32>\n}\n",
	    -4, 4, 1, 0);
	test_slab();
	test_trim();
	test_exp();
	test_exp_err();
	/* iota along a middle dimension, f32 and i32 */
	test_op("iota along the middle dimension, f32 and i32",
	    "func.func @main(%arg0: tensor<3x5x4xf32>, %arg1: tensor<3x5x4xi32>) -> (tensor<3x5x4xf32>, tensor<3x5x4xi32>) {\n"
	    "  %0 = stablehlo.iota dim = 1 : tensor<3x5x4xf32>\n"
	    "  %1 = stablehlo.add %0, %arg0 : tensor<3x5x4xf32>\n"
	    "  %2 = stablehlo.iota dim = 1 : tensor<3x5x4xi32>\n"
	    "  %3 = stablehlo.multiply %2, %arg1 : tensor<3x5x4xi32>\n"
	    "  return %1, %3 : tensor<3x5x4xf32>, tensor<3x5x4xi32>\n}\n", -4, 4, 1, 0);
	/* integer bit ops: shifts of 32 or more give 0, as the interpreter's */
	test_op("u32 shift_right_logical, shift_left, xor (the packed embedding's shifts)",
	    "func.func @main(%arg0: tensor<6x40xui32>, %arg1: tensor<6x40xui32>) -> tensor<6x40xui32> {\n"
	    "  %0 = stablehlo.shift_right_logical %arg0, %arg1 : tensor<6x40xui32>\n"
	    "  %1 = stablehlo.shift_left %0, %arg1 : tensor<6x40xui32>\n"
	    "  %2 = stablehlo.xor %1, %arg0 : tensor<6x40xui32>\n"
	    "  return %2 : tensor<6x40xui32>\n}\n", 0, 40, 1, 0);
	test_op("i32 shifts by amounts past the width and negative",
	    "func.func @main(%arg0: tensor<50xi32>, %arg1: tensor<50xi32>) -> tensor<50xi32> {\n"
	    "  %0 = stablehlo.shift_right_logical %arg1, %arg0 : tensor<50xi32>\n"
	    "  %1 = stablehlo.shift_left %arg1, %arg0 : tensor<50xi32>\n"
	    "  %2 = stablehlo.xor %0, %1 : tensor<50xi32>\n"
	    "  return %2 : tensor<50xi32>\n}\n", -5, 40, 1, 0);
	test_op("gather u32 rows (packed weights), u32 indices",
	    "func.func @main(%arg0: tensor<20x8xui32>, %arg1: tensor<3x1xui32>) -> tensor<3x8xui32> {\n"
	    "  %0 = " GATHER("1", "0", "0", "1", "1, 8") "(tensor<20x8xui32>, tensor<3x1xui32>) -> tensor<3x8xui32>\n"
	    "  return %0 : tensor<3x8xui32>\n}\n", 0, 25, 1, 0);
	/* dynamic_slice */
	test_op("dynamic_slice an embedding row, bf16 weight",
	    "func.func @main(%arg0: tensor<50x24xf32> loc(\"w\"), %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<1x24xf32> {\n"
	    "  %0 = stablehlo.dynamic_slice %arg0, %arg1, %arg2, sizes = [1, 24] : (tensor<50x24xf32>, tensor<i32>, tensor<i32>) -> tensor<1x24xf32>\n"
	    "  return %0 : tensor<1x24xf32>\n}\n", -3, 53, 1, 0);
	test_op("dynamic_slice a 3-D window, starts clamped",
	    "func.func @main(%arg0: tensor<5x6x7xf32>, %arg1: tensor<i32>, %arg2: tensor<i32>, %arg3: tensor<i32>) -> tensor<2x3x4xf32> {\n"
	    "  %0 = stablehlo.dynamic_slice %arg0, %arg1, %arg2, %arg3, sizes = [2, 3, 4] : (tensor<5x6x7xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x4xf32>\n"
	    "  return %0 : tensor<2x3x4xf32>\n}\n", -3, 9, 1, 0);
	test_op("dynamic_slice i32 elements, i64 starts",
	    "func.func @main(%arg0: tensor<9x4xi32>, %arg1: tensor<i64>, %arg2: tensor<i64>) -> tensor<3x4xi32> {\n"
	    "  %0 = stablehlo.dynamic_slice %arg0, %arg1, %arg2, sizes = [3, 4] : (tensor<9x4xi32>, tensor<i64>, tensor<i64>) -> tensor<3x4xi32>\n"
	    "  return %0 : tensor<3x4xi32>\n}\n", -3, 12, 1, 0);
	/* scatters that replace: cache writes, in place */
	test_op("scatter one (KV, hd) window at (layer, position)",
	    "func.func @main(%arg0: tensor<2x10x3x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<3x4xf32>) -> tensor<2x10x3x4xf32> {\n"
	    "  %0 = " SCATTER("0, 1", "0, 1", "0, 1", "0") "(tensor<2x10x3x4xf32>, tensor<2xi32>, tensor<3x4xf32>) -> tensor<2x10x3x4xf32>\n"
	    "  return %0 : tensor<2x10x3x4xf32>\n}\n", 0, 2, 1, 0);
	test_op("scatter a window per row, some out of bounds (dropped), duplicates",
	    "func.func @main(%arg0: tensor<2x10x3x4xf32>, %arg1: tensor<6x2xi32>, %arg2: tensor<6x3x4xf32>) -> tensor<2x10x3x4xf32> {\n"
	    "  %0 = " SCATTER("1, 2", "0, 1", "0, 1", "1") "(tensor<2x10x3x4xf32>, tensor<6x2xi32>, tensor<6x3x4xf32>) -> tensor<2x10x3x4xf32>\n"
	    "  return %0 : tensor<2x10x3x4xf32>\n}\n", -1, 11, 1, 0);
	test_op("scatter windows clipped at the operand's edges",
	    "func.func @main(%arg0: tensor<10x8xf32>, %arg1: tensor<3x2xi32>, %arg2: tensor<3x4x5xf32>) -> tensor<10x8xf32> {\n"
	    "  %0 = " SCATTER("1, 2", "", "0, 1", "1") "(tensor<10x8xf32>, tensor<3x2xi32>, tensor<3x4x5xf32>) -> tensor<10x8xf32>\n"
	    "  return %0 : tensor<10x8xf32>\n}\n", -4, 10, 1, 0);
	test_op("scatter whose operand is read after: the interpreter's",
	    "func.func @main(%arg0: tensor<10x8xf32>, %arg1: tensor<2xi32>, %arg2: tensor<4x5xf32>) -> (tensor<10x8xf32>, tensor<10x8xf32>) {\n"
	    "  %0 = " SCATTER("0, 1", "", "0, 1", "0") "(tensor<10x8xf32>, tensor<2xi32>, tensor<4x5xf32>) -> tensor<10x8xf32>\n"
	    "  %1 = stablehlo.add %arg0, %arg0 : tensor<10x8xf32>\n"
	    "  return %0, %1 : tensor<10x8xf32>, tensor<10x8xf32>\n}\n", -1, 8, 1, 1);
	/* dot_general forms that are x W^T or W x */
	static const char *const dots[][2] = {
		{ "x (K) . W (N, K)", "%arg1: tensor<40xf32>, %arg0: tensor<33x40xf32> loc(\"w\")) -> tensor<33xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg1, %arg0, contracting_dims = [0] x [1] : (tensor<40xf32>, tensor<33x40xf32>) -> tensor<33xf32>\n"
		    "  return %0 : tensor<33xf32>" },
		{ "W (N, K) . x (K)", "%arg0: tensor<33x40xf32> loc(\"w\"), %arg1: tensor<40xf32>) -> tensor<33xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0] : (tensor<33x40xf32>, tensor<40xf32>) -> tensor<33xf32>\n"
		    "  return %0 : tensor<33xf32>" },
		{ "W (N, K) . x (M, K), transposed result", "%arg0: tensor<33x40xf32> loc(\"w\"), %arg1: tensor<3x40xf32>) -> tensor<33x3xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [1] : (tensor<33x40xf32>, tensor<3x40xf32>) -> tensor<33x3xf32>\n"
		    "  return %0 : tensor<33x3xf32>" },
		{ "W (N, K) . x (M, K), sgemm rows", "%arg0: tensor<33x40xf32> loc(\"w\"), %arg1: tensor<30x40xf32>) -> tensor<33x30xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [1] : (tensor<33x40xf32>, tensor<30x40xf32>) -> tensor<33x30xf32>\n"
		    "  return %0 : tensor<33x30xf32>" },
		{ "x^T (K, M) . W (N, K)", "%arg1: tensor<40x5xf32>, %arg0: tensor<33x40xf32> loc(\"w\")) -> tensor<5x33xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg1, %arg0, contracting_dims = [0] x [1] : (tensor<40x5xf32>, tensor<33x40xf32>) -> tensor<5x33xf32>\n"
		    "  return %0 : tensor<5x33xf32>" },
		{ "x (2, K, 3) . W (N, K)", "%arg1: tensor<2x40x3xf32>, %arg0: tensor<33x40xf32> loc(\"w\")) -> tensor<2x3x33xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg1, %arg0, contracting_dims = [1] x [1] : (tensor<2x40x3xf32>, tensor<33x40xf32>) -> tensor<2x3x33xf32>\n"
		    "  return %0 : tensor<2x3x33xf32>" },
		{ "W (N, K) . x (K, M), both turned", "%arg0: tensor<33x40xf32> loc(\"w\"), %arg1: tensor<40x26xf32>) -> tensor<33x26xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0] : (tensor<33x40xf32>, tensor<40x26xf32>) -> tensor<33x26xf32>\n"
		    "  return %0 : tensor<33x26xf32>" },
		{ "x (K, 1) . W (N, K)", "%arg1: tensor<40x1xf32>, %arg0: tensor<33x40xf32> loc(\"w\")) -> tensor<1x33xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg1, %arg0, contracting_dims = [0] x [1] : (tensor<40x1xf32>, tensor<33x40xf32>) -> tensor<1x33xf32>\n"
		    "  return %0 : tensor<1x33xf32>" },		/* attention dots in other orders (batched: K_DOT) */
		{ "scores, the cache as lhs: (S, KV, hd) . (KV, G, hd)", "%arg0: tensor<70x4x16xf32>, %arg1: tensor<4x3x16xf32>) -> tensor<4x70x3xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [1] x [0], contracting_dims = [2] x [2] : (tensor<70x4x16xf32>, tensor<4x3x16xf32>) -> tensor<4x70x3xf32>\n"
		    "  return %0 : tensor<4x70x3xf32>" },
		{ "context by the lhs's columns: (S, KV, hd) . (KV, S, G)", "%arg0: tensor<70x4x40xf32>, %arg1: tensor<4x70x3xf32>) -> tensor<4x40x3xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [1] x [0], contracting_dims = [0] x [1] : (tensor<70x4x40xf32>, tensor<4x70x3xf32>) -> tensor<4x40x3xf32>\n"
		    "  return %0 : tensor<4x40x3xf32>" },
		{ "context by the lhs's columns, pool-sized: (S, KV, hd) . (KV, S, G)", "%arg0: tensor<300x8x64xf32>, %arg1: tensor<8x300x4xf32>) -> tensor<8x64x4xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [1] x [0], contracting_dims = [0] x [1] : (tensor<300x8x64xf32>, tensor<8x300x4xf32>) -> tensor<8x64x4xf32>\n"
		    "  return %0 : tensor<8x64x4xf32>" },
		{ "mlxcel's scores: (KV, G, hd) . (S, KV, hd)", "%arg0: tensor<4x3x16xf32>, %arg1: tensor<70x4x16xf32>) -> tensor<4x3x70xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [1], contracting_dims = [2] x [2] : (tensor<4x3x16xf32>, tensor<70x4x16xf32>) -> tensor<4x3x70xf32>\n"
		    "  return %0 : tensor<4x3x70xf32>" },
		{ "mlxcel's context: (KV, G, S) . (S, KV, hd)", "%arg0: tensor<4x3x70xf32>, %arg1: tensor<70x4x16xf32>) -> tensor<4x3x16xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [1], contracting_dims = [2] x [0] : (tensor<4x3x70xf32>, tensor<70x4x16xf32>) -> tensor<4x3x16xf32>\n"
		    "  return %0 : tensor<4x3x16xf32>" },
		/* head dims of 64: four positions at a time and the rest (kern_dots_f32),
		 * the context's 64 sums in registers (kern_axpys_f32); 80: the plain loops */
		{ "scores at 64 dims: (KV, G, hd) . (S, KV, hd)", "%arg0: tensor<4x3x64xf32>, %arg1: tensor<71x4x64xf32>) -> tensor<4x3x71xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [1], contracting_dims = [2] x [2] : (tensor<4x3x64xf32>, tensor<71x4x64xf32>) -> tensor<4x3x71xf32>\n"
		    "  return %0 : tensor<4x3x71xf32>" },
		{ "context at 64 dims: (KV, G, S) . (S, KV, hd)", "%arg0: tensor<4x3x71xf32>, %arg1: tensor<71x4x64xf32>) -> tensor<4x3x64xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [1], contracting_dims = [2] x [0] : (tensor<4x3x71xf32>, tensor<71x4x64xf32>) -> tensor<4x3x64xf32>\n"
		    "  return %0 : tensor<4x3x64xf32>" },
		/* the context's sums a register each, one instance per count of
		 * vectors (axpys512): 2, 3 and 8 of them */
		{ "context at 32 dims: (KV, G, S) . (S, KV, hd)", "%arg0: tensor<2x3x9xf32>, %arg1: tensor<9x2x32xf32>) -> tensor<2x3x32xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [1], contracting_dims = [2] x [0] : (tensor<2x3x9xf32>, tensor<9x2x32xf32>) -> tensor<2x3x32xf32>\n"
		    "  return %0 : tensor<2x3x32xf32>" },
		{ "context at 48 dims: (KV, G, S) . (S, KV, hd)", "%arg0: tensor<2x3x9xf32>, %arg1: tensor<9x2x48xf32>) -> tensor<2x3x48xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [1], contracting_dims = [2] x [0] : (tensor<2x3x9xf32>, tensor<9x2x48xf32>) -> tensor<2x3x48xf32>\n"
		    "  return %0 : tensor<2x3x48xf32>" },
		{ "context at 128 dims: (KV, G, S) . (S, KV, hd)", "%arg0: tensor<2x3x9xf32>, %arg1: tensor<9x2x128xf32>) -> tensor<2x3x128xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [1], contracting_dims = [2] x [0] : (tensor<2x3x9xf32>, tensor<9x2x128xf32>) -> tensor<2x3x128xf32>\n"
		    "  return %0 : tensor<2x3x128xf32>" },
		{ "context at 80 dims: (KV, G, S) . (S, KV, hd)", "%arg0: tensor<2x3x9xf32>, %arg1: tensor<9x2x80xf32>) -> tensor<2x3x80xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [1], contracting_dims = [2] x [0] : (tensor<2x3x9xf32>, tensor<9x2x80xf32>) -> tensor<2x3x80xf32>\n"
		    "  return %0 : tensor<2x3x80xf32>" },
		/* prefill-sized: an sgemm a head, the heads over the pool
		 * (dot_sgemm); the lhs's rows two strides apart (packed) */
		{ "prefill scores: (H, S, hd) . (H, S, hd), sgemm a head", "%arg0: tensor<3x128x64xf32>, %arg1: tensor<3x128x64xf32>) -> tensor<3x128x128xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [0], contracting_dims = [2] x [2] : (tensor<3x128x64xf32>, tensor<3x128x64xf32>) -> tensor<3x128x128xf32>\n"
		    "  return %0 : tensor<3x128x128xf32>" },
		{ "prefill context: (H, S, S) . (H, S, hd), sgemm a head", "%arg0: tensor<3x128x128xf32>, %arg1: tensor<3x128x64xf32>) -> tensor<3x128x64xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<3x128x128xf32>, tensor<3x128x64xf32>) -> tensor<3x128x64xf32>\n"
		    "  return %0 : tensor<3x128x64xf32>" },
		{ "prefill scores, the lhs's rows packed: (2, H, S, hd) . (H, S, hd)", "%arg0: tensor<2x3x64x64xf32>, %arg1: tensor<3x128x64xf32>) -> tensor<3x2x64x128xf32> {\n"
		    "  %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [1] x [0], contracting_dims = [3] x [2] : (tensor<2x3x64x64xf32>, tensor<3x128x64xf32>) -> tensor<3x2x64x128xf32>\n"
		    "  return %0 : tensor<3x2x64x128xf32>" },
	};
	/* a packed weight's dequantization (emit's chain) as the lhs: W . x^T */
	test_op_fused("packed 4-bit W (N, K) . x (M, K), the dequantization fused",
	    "func.func @main(%arg0: tensor<40x16xui32>, %arg1: tensor<40x2xf32>, %arg2: tensor<40x2xf32>, %arg3: tensor<3x128xf32>) -> tensor<40x3xf32> {\n"
	    "  %c0 = stablehlo.constant dense<4> : tensor<ui32>\n"
	    "  %c1 = stablehlo.constant dense<15> : tensor<ui32>\n"
	    "  %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<40x16xui32>) -> tensor<40x16x8xui32>\n"
	    "  %1 = stablehlo.iota dim = 2 : tensor<40x16x8xui32>\n"
	    "  %2 = stablehlo.broadcast_in_dim %c0, dims = [] : (tensor<ui32>) -> tensor<40x16x8xui32>\n"
	    "  %3 = stablehlo.multiply %1, %2 : tensor<40x16x8xui32>\n"
	    "  %4 = stablehlo.shift_right_logical %0, %3 : tensor<40x16x8xui32>\n"
	    "  %5 = stablehlo.broadcast_in_dim %c1, dims = [] : (tensor<ui32>) -> tensor<40x16x8xui32>\n"
	    "  %6 = stablehlo.and %4, %5 : tensor<40x16x8xui32>\n"
	    "  %7 = stablehlo.convert %6 : (tensor<40x16x8xui32>) -> tensor<40x16x8xf32>\n"
	    "  %8 = stablehlo.reshape %7 : (tensor<40x16x8xf32>) -> tensor<40x2x64xf32>\n"
	    "  %9 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<40x2xf32>) -> tensor<40x2x64xf32>\n"
	    "  %10 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<40x2xf32>) -> tensor<40x2x64xf32>\n"
	    "  %11 = stablehlo.multiply %8, %9 : tensor<40x2x64xf32>\n"
	    "  %12 = stablehlo.add %11, %10 : tensor<40x2x64xf32>\n"
	    "  %13 = stablehlo.reshape %12 : (tensor<40x2x64xf32>) -> tensor<40x128xf32>\n"
	    "  %14 = stablehlo.dot_general %13, %arg3, contracting_dims = [1] x [1] : (tensor<40x128xf32>, tensor<3x128xf32>) -> tensor<40x3xf32>\n"
	    "  return %14 : tensor<40x3xf32>\n}\n", 0, 1 << 30, 0, 0, 1);
	for (size_t i = 0; i < sizeof(dots) / sizeof(dots[0]); i++) {
		char text[2048], what[128];
		snprintf(text, sizeof(text), "func.func @main(%s\n}\n", dots[i][1]);
		snprintf(what, sizeof(what), "%s%s", dots[i][0], strstr(text, "loc(") ? ", bf16 weight" : "");
		test_op(what, text, 0, 1, 0, 0);
	}
}

static const char tiny[] = "{\"model_type\": \"llama\", \"hidden_size\": 64, \"intermediate_size\": 160, "
    "\"num_hidden_layers\": 2, \"num_attention_heads\": 4, \"num_key_value_heads\": 2, "
    "\"vocab_size\": 300, \"rms_norm_eps\": 1e-5, \"rope_theta\": 10000.0, \"tie_word_embeddings\": false}";
static const char tiny_q4[] = "{\"model_type\": \"llama\", \"hidden_size\": 128, \"intermediate_size\": 256, "
    "\"num_hidden_layers\": 2, \"num_attention_heads\": 4, \"num_key_value_heads\": 2, "
    "\"vocab_size\": 320, \"rms_norm_eps\": 1e-5, \"tie_word_embeddings\": true, "
    "\"quantization\": {\"group_size\": 64, \"bits\": 4}}";
/* big enough that prefill attention goes through sgemm */
static const char wide[] = "{\"model_type\": \"llama\", \"hidden_size\": 256, \"intermediate_size\": 512, "
    "\"num_hidden_layers\": 1, \"num_attention_heads\": 4, \"num_key_value_heads\": 1, "
    "\"vocab_size\": 128, \"tie_word_embeddings\": false}";

static int
config(struct model_config *c, const char *text)
{
	struct json_doc *d = json_parse(text, strlen(text), "config.json");
	int r = d ? cfg_parse(c, json_root(d), "config.json") : -1;
	json_free(d);
	if (r < 0)
		printf("# %s\n", err_reason());
	return r;
}

int
main(void)
{
	struct pool *p = pool_new(2);
	static const enum dtype dts[] = { DTYPE_F32, DTYPE_BF16, DTYPE_F16 };
	static const int64_t shapes[][3] = { { 1, 40, 64 }, { 1, 33, 37 }, { 2, 17, 130 }, { 4, 50, 96 },
		{ 5, 20, 72 }, { 30, 70, 200 }, { 1, 300, 1000 }, { 1, 70, 2085 }, { 16, 45, 100 },
		{ 33, 29, 131 }, { 48, 15, 64 }, { 64, 100, 257 }, { 7, 30, 4200 },
		/* rows of x 2-15 on AVX-512 (rowsm512): tiles of 8 rows of x
		 * and fewer, three weight rows and one, K with tails */
		{ 9, 23, 1000 }, { 15, 31, 77 }, { 6, 40, 2085 }, { 3, 20, 33 },
		/* the GEMM in blocks of K (the last short, bf16 past the last
		 * whole 32), tasks of several panels */
		{ 16, 60, 1000 }, { 20, 90, 300 }, { 40, 130, 520 },
		/* one row of x too long for L1 (rows512_x8): eight weight
		 * rows at a time, then the rest one by one, K with a tail */
		{ 1, 21, 4100 }, { 1, 300, 8192 },
		/* 16 rows of x packed in parts of K, the last short and
		 * bf16's last 32 partial */
		{ 16, 70, 4100 } };

	for (size_t d = 0; d < 3; d++)
		for (size_t s = 0; s < sizeof(shapes) / sizeof(shapes[0]); s++) {
			test_matmul(p, dts[d], shapes[s][0], shapes[s][1], shapes[s][2], 0);
			if (s < 3)
				test_matmul(p, dts[d], shapes[s][0], shapes[s][1], shapes[s][2], 1);
			if (!strcmp(kern_isa(), "avx512"))
				test_matmul(p, dts[d], shapes[s][0], shapes[s][1], shapes[s][2], 2);
		}
	static const int64_t bx[][3] = { { 1, 40, 64 }, { 1, 33, 37 }, { 1, 70, 2085 }, { 1, 300, 1000 },
		{ 1, 3000, 2048 }, { 3, 20, 200 }, { 30, 70, 200 }, { 16, 45, 100 }, { 33, 29, 131 },
		{ 64, 100, 257 }, { 100, 40, 1 }, { 200, 30, 2048 } };
	for (int noamx = 0; noamx < 1 + (kern_bf16dot() == 2); noamx++) {	/* the GEMM on AMX and without */
		kern_force_noamx(noamx);
		for (size_t s = 0; s < sizeof(bx) / sizeof(bx[0]); s++)
			if (!noamx || bx[s][0] >= KERN_GEMM_MIN)
				test_matmul_bx(p, bx[s][0], bx[s][1], bx[s][2], 0);
	}
	kern_force_noamx(0);
	/* K past whole vectors and lines (16, 32 and 64 to a step), rows a
	 * whole number of lines apart or not, eight rows at a time (K from
	 * 4096) with a remainder */
	static const int64_t lines[][2] = { { 3, 16 }, { 5, 17 }, { 4, 20 }, { 3, 48 }, { 3, 64 }, { 2, 80 },
		{ 5, 100 }, { 3, 130 }, { 3, 200 }, { 17, 256 }, { 13, 4096 }, { 9, 4100 } };
	for (size_t s = 0; s < sizeof(lines) / sizeof(lines[0]); s++) {
		test_matmul_lines(p, DTYPE_F32, 1, lines[s][0], lines[s][1], 0);
		if (lines[s][1] % 2 == 0) {
			test_matmul_lines(p, DTYPE_BF16, 1, lines[s][0], lines[s][1], 0);
			test_matmul_lines(p, DTYPE_BF16, 1, lines[s][0], lines[s][1], 1);
		}
	}
	/* 2 to 8 rows of x (rowsm512: three weight rows alike against the
	 * lines, or one; f32 from 5 the direct path), K odd for bf16 too */
	static const int64_t mlines[][3] = { { 2, 7, 16 }, { 3, 4, 17 }, { 4, 7, 100 }, { 2, 5, 131 },
		{ 3, 7, 256 }, { 6, 5, 200 }, { 8, 4, 64 } };
	for (size_t s = 0; s < sizeof(mlines) / sizeof(mlines[0]); s++) {
		test_matmul_lines(p, DTYPE_F32, mlines[s][0], mlines[s][1], mlines[s][2], 0);
		test_matmul_lines(p, DTYPE_BF16, mlines[s][0], mlines[s][1], mlines[s][2], 0);
	}
	test_matmul_bx(p, 40, 30, 256, 1);	/* the GEMM's checks (before AMX or not) */
	test_matmul_bx(p, 40, 30, 256, 2);
	test_matmul_bx(p, 1, 50, 256, 1);
	test_matmul_bx(p, 1, 50, 256, 2);
	static const int qs[][2] = { { 4, 64 }, { 4, 32 }, { 4, 128 }, { 8, 64 }, { 2, 64 }, { 8, 32 } };
	for (size_t i = 0; i < sizeof(qs) / sizeof(qs[0]); i++) {
		test_quant(p, qs[i][0], qs[i][1], i % 2 ? DTYPE_BF16 : DTYPE_F16, 1, 45, 256);
		test_quant(p, qs[i][0], qs[i][1], DTYPE_F32, 3, 20, 512);
	}
	test_quant(p, 4, 64, DTYPE_BF16, 5, 30, 256);	/* batched rows: 4 + 1 */
	test_quant(p, 8, 64, DTYPE_BF16, 5, 30, 256);
	test_quant(p, 8, 32, DTYPE_F16, 8, 24, 8192);	/* K in spans of 2048 */
	test_quant(p, 8, 128, DTYPE_F32, 7, 20, 4224);	/* the last span short */
	test_quant(p, 4, 128, DTYPE_F16, 16, 30, 384);
	/* K past the 4-row kernel's 2048-wide spans, the last one short */
	test_quant(p, 4, 64, DTYPE_BF16, 4, 24, 8192);
	test_quant(p, 4, 128, DTYPE_F16, 8, 20, 4224);
	/* 4 bits, 8 to 16 rows of x (qdeq512_4m*): the rows by 16, 8, 4, 2
	 * and 1, spans of 512 to 1024, the last one short */
	test_quant(p, 4, 64, DTYPE_BF16, 16, 40, 8192);
	test_quant(p, 4, 64, DTYPE_F16, 15, 33, 2176);
	test_quant(p, 4, 128, DTYPE_F32, 13, 21, 1152);
	test_quant(p, 4, 256, DTYPE_BF16, 9, 19, 3328);
	test_quant(p, 4, 64, DTYPE_F16, 30, 40, 256);	/* the sgemm path */
	test_quant(p, 4, 64, DTYPE_F16, 1, 3000, 2048);	/* split across the pool */
	/* one row of x, groups past one register of scales, the last short */
	test_quant(p, 4, 128, DTYPE_F16, 1, 20, 4224);
	test_quant(p, 4, 32, DTYPE_BF16, 1, 21, 1152);
	test_quant(p, 8, 64, DTYPE_F32, 1, 37, 1088);
	test_quant(p, 8, 128, DTYPE_BF16, 1, 300, 2048);
	/* 8 bits, one row of x too long for L1 (qfac512_8x8): eight
	 * weight rows at a time, then the rest */
	test_quant(p, 8, 64, DTYPE_F16, 1, 21, 4160);
	test_quant(p, 8, 32, DTYPE_BF16, 1, 300, 8192);
	/* 4 bits, the same (qfac512_4xr): four rows at a time, then the
	 * rest; groups of 32, 64 and 256 */
	test_quant(p, 4, 64, DTYPE_BF16, 1, 23, 8192);
	test_quant(p, 4, 32, DTYPE_F16, 1, 300, 4096);
	test_quant(p, 4, 256, DTYPE_F32, 1, 18, 4608);
	/* many rows of x (the GEMM): tiles of 32 and 16, panels cut short,
	 * groups that are not whole blocks of 16 */
	test_quant(p, 4, 64, DTYPE_BF16, 17, 57, 512);
	test_quant(p, 8, 32, DTYPE_F16, 17, 30, 256);
	test_quant(p, 2, 64, DTYPE_F32, 40, 29, 320);
	test_quant(p, 4, 128, DTYPE_F16, 50, 15, 384);
	test_quant(p, 4, 8, DTYPE_F16, 20, 10, 64);
	/* groups wider than the GEMM's blocks of K */
	test_quant(p, 8, 256, DTYPE_BF16, 16, 40, 1024);
	/* 16 rows of x against 8-bit weights in one pass (qdeq512_8m16),
	 * K in one span and in spans of 512 */
	test_quant(p, 8, 64, DTYPE_F16, 16, 29, 512);
	test_quant(p, 8, 64, DTYPE_BF16, 16, 40, 8192);
	/* 16 rows of x through kern_gemm's direct_task: eight weight rows
	 * at a time, then the rest one by one */
	test_quant(p, 4, 32, DTYPE_BF16, 16, 21, 1152);
	test_quant(p, 4, 512, DTYPE_F16, 24, 30, 1536);
	/* up to 16 rows of x with weights to widen or dequantize, the
	 * other way from this CPU's (kern_direct_fill): direct_task where
	 * the panels and rowsm512 run, or the reverse */
	kern_flip_fill(1);
	for (size_t d = 1; d < 3; d++)
		for (size_t s = 0; s < sizeof(shapes) / sizeof(shapes[0]); s++)
			if (shapes[s][0] >= KERN_DIRECT8_MIN && shapes[s][0] <= 16)
				test_matmul(p, dts[d], shapes[s][0], shapes[s][1], shapes[s][2], 0);
	static const int q16[][4] = { { 4, 128, 30, 384 }, { 4, 64, 40, 8192 }, { 8, 256, 40, 1024 },
		{ 8, 64, 29, 512 }, { 4, 32, 21, 1152 } };	/* bits, gs, N, K at 16 rows */
	for (size_t i = 0; i < sizeof(q16) / sizeof(q16[0]); i++)
		test_quant(p, q16[i][0], q16[i][1], i % 2 ? DTYPE_BF16 : DTYPE_F16, 16, q16[i][2], q16[i][3]);
	kern_flip_fill(0);

	test_ops();
	struct model_config c;
	if (config(&c, tiny) == 0) {
		test_graph("tiny", &c, (struct emit_opts){ .kind = EMIT_DECODE, .capacity = 32, .precision = DTYPE_F32, .arch = "t", .logits = 1 });
		test_graph("tiny", &c, (struct emit_opts){ .kind = EMIT_DECODE, .capacity = 32, .precision = DTYPE_F32, .arch = "t" });
		test_graph("tiny", &c, (struct emit_opts){ .kind = EMIT_PREFILL, .capacity = 32, .chunk = 8, .precision = DTYPE_F32, .arch = "t", .logits = 1 });
		test_graph("tiny", &c, (struct emit_opts){ .kind = EMIT_DECODE, .capacity = 32, .batch = 4, .precision = DTYPE_F32, .arch = "t" });
		cfg_free(&c);
	}
	if (config(&c, tiny_q4) == 0) {
		test_graph("tiny-q4", &c, (struct emit_opts){ .kind = EMIT_DECODE, .capacity = 16, .precision = DTYPE_F32, .arch = "t", .logits = 1 });
		test_graph("tiny-q4", &c, (struct emit_opts){ .kind = EMIT_PREFILL, .capacity = 16, .chunk = 4, .precision = DTYPE_F32, .arch = "t", .logits = 1 });
		cfg_free(&c);
	}
	if (config(&c, wide) == 0) {
		test_graph("wide", &c, (struct emit_opts){ .kind = EMIT_PREFILL, .capacity = 256, .chunk = 128, .precision = DTYPE_F32, .arch = "t", .logits = 1 });
		cfg_free(&c);
	}
	pool_free(p);
	return done();
}
