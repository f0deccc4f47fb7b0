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
 * element (checked through the graphs: their gathers, norms, masks). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/config.h"
#include "base/dtype.h"
#include "model/emit.h"
#include "base/err.h"
#include "exec/exec.h"
#include "base/json.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/plan.h"
#include "base/strbuf.h"
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

static void
test_matmul(struct pool *p, enum dtype dt, int64_t M, int64_t N, int64_t K, int force_c)
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
	kern_force_c(force_c);
	kern_matmul(p, x, M, K, ws, dt, N, y);
	kern_force_c(0);
	size_t bad = 0;
	if (!ok(close_enough(y, ref, mag, (size_t)(M * N), 1e-5, &bad), "%s x %s weights, M %lld N %lld K %lld (%s)",
	    "f32", dtype_mlir_name(dt), (long long)M, (long long)N, (long long)K, force_c ? "c" : kern_isa()))
		printf("#   output %zu: got %.9g want %.9g\n", bad, y[bad], ref[bad]);
	free(x), free(w), free(y), free(ws), free(ref), free(mag);
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
test_quant(struct pool *p, int bits, int gs, enum dtype sdt, int64_t M, int64_t N, int64_t K)
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
	kern_matmul_q(p, x, M, K, &qw, N, y);
	size_t bad = 0;
	if (!ok(close_enough(y, ref, mag, (size_t)(M * N), 1e-5, &bad), "%d-bit packed GEMV, groups of %d, "
	    "%s scales, M %lld N %lld K %lld", bits, gs, dtype_mlir_name(sdt), (long long)M, (long long)N, (long long)K))
		printf("#   output %zu: got %.9g want %.9g\n", bad, y[bad], ref[bad]);
	free(q), free(sc), free(bi), free(scs), free(bis), free(w), free(deq), free(x), free(y), free(ref), free(mag);
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

static double
maxabs(const struct tensor *t)
{
	double m = 0;
	if (t->type.dt != DTYPE_F32)
		return 0;
	for (size_t i = 0; i < t->nbytes / 4; i++)
		if (fabs(((float *)t->data)[i]) > m)
			m = fabs(((float *)t->data)[i]);
	return m;
}

static int
same(const struct tensor *a, const struct tensor *b, double *err)
{
	*err = 0;
	if (a->nbytes != b->nbytes || a->type.dt != b->type.dt)
		return 0;
	if (a->type.dt != DTYPE_F32)
		return !memcmp(a->data, b->data, a->nbytes);
	double tol = 1e-4 * (maxabs(b) + 1);
	for (size_t i = 0; i < a->nbytes / 4; i++) {
		double d = fabs(((float *)a->data)[i] - ((float *)b->data)[i]);
		if (d > *err)
			*err = d;
		if (!(d <= tol))
			return 0;
	}
	return 1;
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
			int eq = same(r2[k], r1[k], &err);
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
		{ 5, 20, 72 }, { 30, 70, 200 } };

	for (size_t d = 0; d < 3; d++)
		for (size_t s = 0; s < sizeof(shapes) / sizeof(shapes[0]); s++) {
			test_matmul(p, dts[d], shapes[s][0], shapes[s][1], shapes[s][2], 0);
			if (s < 3)
				test_matmul(p, dts[d], shapes[s][0], shapes[s][1], shapes[s][2], 1);
		}
	static const int qs[][2] = { { 4, 64 }, { 4, 32 }, { 4, 128 }, { 8, 64 }, { 2, 64 }, { 8, 32 } };
	for (size_t i = 0; i < sizeof(qs) / sizeof(qs[0]); i++) {
		test_quant(p, qs[i][0], qs[i][1], i % 2 ? DTYPE_BF16 : DTYPE_F16, 1, 45, 256);
		test_quant(p, qs[i][0], qs[i][1], DTYPE_F32, 3, 20, 512);
	}
	test_quant(p, 4, 64, DTYPE_BF16, 5, 30, 256);	/* batched rows: 4 + 1 */
	test_quant(p, 4, 128, DTYPE_F16, 16, 30, 384);
	/* K past the 4-row kernel's 2048-wide spans, the last one short */
	test_quant(p, 4, 64, DTYPE_BF16, 4, 24, 8192);
	test_quant(p, 4, 128, DTYPE_F16, 8, 20, 4224);
	test_quant(p, 4, 64, DTYPE_F16, 30, 40, 256);	/* the sgemm path */
	test_quant(p, 4, 64, DTYPE_F16, 1, 3000, 2048);	/* split across the pool */

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
