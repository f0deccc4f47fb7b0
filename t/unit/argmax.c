/* gen_argmax, the host's choice of token from logits (run --logits),
 * held against the argmax reduction the graphs end with, as the
 * reference interpreter and the CPU plan run it: the same index for
 * every row, ties, infinities, signed zeros and NaNs included, so the
 * tokens of run are the same with and without --logits. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "exec/exec.h"
#include "gen/gen.h"
#include "model/hlo.h"
#include "ir/mlir.h"
#include "exec/cpu/plan.h"
#include "base/strbuf.h"
#include "tap.h"

enum { V = 8, NFIXED = 12, NRAND = 500, R = NFIXED + NRAND };

/* Each row with the index the rule gives: the first maximum, or the
 * first NaN. */
static const struct {
	const char *what;
	float x[V];
	int want;
} fixed[NFIXED] = {
	{ "a maximum in the middle", { 1, 2, 9, 3, 4, 5, 6, 7 }, 2 },
	{ "a tie: the first", { 1, 9, 2, 9, 4, 5, 9, 7 }, 1 },
	{ "the maximum last", { 1, 2, 3, 4, 5, 6, 7, 8 }, 7 },
	{ "a NaN after the maximum", { 1, 9, 2, NAN, 4, 5, 6, 7 }, 3 },
	{ "a NaN first", { NAN, 9, 2, 3, 4, 5, 6, 7 }, 0 },
	{ "two NaNs: the first", { 1, 2, NAN, 3, NAN, 5, 6, 7 }, 2 },
	{ "every value NaN", { NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN }, 0 },
	{ "every value -inf", { -INFINITY, -INFINITY, -INFINITY, -INFINITY, -INFINITY, -INFINITY,
	    -INFINITY, -INFINITY }, 0 },
	{ "-inf, then a NaN", { -INFINITY, -INFINITY, NAN, -INFINITY, -INFINITY, -INFINITY, -INFINITY,
	    -INFINITY }, 2 },
	{ "two +inf: the first", { 1, INFINITY, 2, INFINITY, 4, 5, 6, 7 }, 1 },
	{ "-0 then +0, equal: the first", { -1, -0.0f, 0.0f, -2, -3, -4, -5, -6 }, 1 },
	{ "a NaN last", { 1, 2, 3, 4, 5, 6, 7, NAN }, 7 },
};

static uint64_t rng = 88172645463325252ull;

static uint32_t
rnd(void)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

/* @main(x: (R, V) f32) -> (R) i32, the emitter's argmax of each row */
static struct mlir_module *
argmax_module(void)
{
	struct strbuf sb = { 0 };
	struct hlo_builder b;

	hlo_module_begin(&b, &sb, "argmax");
	hlo_func_begin(&b);
	struct hlo_val x = hlo_arg(&b, HLO_TY(DTYPE_F32, R, V), "x");
	struct hlo_val am = hlo_argmax(&b, x);
	hlo_func_end(&b, "main", 1, 1, &am);
	hlo_module_end(&b);
	struct mlir_module *m = mlir_parse(sb.s, sb.len, "argmax", 1);
	sb_free(&sb);
	return m;
}

/* Runs the module on backend name; the R indexes in idx.  0 or -1. */
static int
run_on(const char *name, const struct mlir_module *m, struct tensor *x, int32_t *idx)
{
	const struct exec_host_ops *be = exec_host_find(name);
	struct tensor *res[2];
	void *st = be->load(NULL, m, "main");

	if (!st)
		return -1;
	if (!strcmp(name, "cpu")) {
		struct plan_stats ps;
		plan_stats(st, &ps);
		/* its argmax kernel, not the interpreter, is what is held */
		ok(ps.kernel == 4 && ps.interp == 0, "the plan runs the iota, the argmax and the two "
		    "constants as kernels, nothing interpreted (%d, %d)", ps.kernel, ps.interp);
	}
	int n = be->run(st, &x, 1, res, 2);
	if (n == 1)
		memcpy(idx, res[0]->data, R * sizeof(int32_t));
	for (int k = 0; k < n; k++)
		tensor_free(res[k]);
	be->free(st);
	return n == 1 ? 0 : -1;
}

int
main(void)
{
	struct mlir_module *m = argmax_module();
	int32_t got[R];

	if (!ok(m != NULL, "the argmax graph parses")) {
		printf("# %s\n", err_reason());
		return done();
	}
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct tensor *x = tensor_new(&m->types[f->body.args[0]]);
	float *v = x->data;
	for (int i = 0; i < NFIXED; i++) {
		memcpy(v + i * V, fixed[i].x, sizeof(fixed[i].x));
		ok(gen_argmax(v + i * V, V) == fixed[i].want, "gen_argmax: %s: %d", fixed[i].what,
		    fixed[i].want);
	}
	/* few distinct values, so many ties; now and then a NaN or an inf */
	for (int i = NFIXED * V; i < R * V; i++) {
		uint32_t r = rnd() % 64;
		v[i] = r == 0 ? NAN : r == 1 ? INFINITY : r == 2 ? -INFINITY : (float)(r % 5) - 2;
	}
	static const char *const backends[] = { "interp", "cpu" };
	for (int b = 0; b < 2; b++) {
		if (!ok(run_on(backends[b], m, x, got) == 0, "%s runs it", backends[b])) {
			printf("# %s\n", err_reason());
			continue;
		}
		int bad = -1;
		for (int i = 0; i < R && bad < 0; i++)
			if (got[i] != gen_argmax(v + i * V, V))
				bad = i;
		if (!ok(bad < 0, "%s: the graph's argmax is gen_argmax's on all %d rows", backends[b], R))
			printf("#   row %d: graph %d, gen_argmax %d\n", bad, got[bad], gen_argmax(v + bad * V, V));
	}
	tensor_free(x);
	mlir_free(m);
	return done();
}
