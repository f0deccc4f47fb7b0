/* Every family of the table in every graph kind, dense and MLX 4-bit:
 * the bundled tiny config of each (emit -l), emitted as decode, prefill,
 * batched decode and with packed weights, run on random arguments by
 * the CPU plan and by the reference interpreter, which must agree (dot
 * products sum in another order: within 1e-4 of the largest value;
 * tokens and integers exactly).  The oracles hold the dense graphs of
 * the shared models; this holds the shapes no shared model has (MLX
 * packed experts inside case branches, fused qkv of packed rows...).
 * Dense ones also with bf16 dot operands (emit -p bf16), which the plan
 * must run with bf16 kept in f32, no op of them left to the
 * interpreter. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/json.h"
#include "exec/exec.h"
#include "exec/cpu/plan.h"
#include "model/config.h"
#include "model/emit.h"
#include "near.h"
#include "tap.h"

static uint32_t seed = 12345;

static uint32_t
rnd(void)
{
	seed = seed * 1664525u + 1013904223u;
	return seed >> 8;
}

static float
frand(void)
{
	return (float)(rnd() % 20001) / 10000.0f - 1.0f;
}

/* Random arguments: weights small (norm weights near 1, scales small),
 * packed weights random bits, ids in the vocabulary, positions in the
 * cache. */
static void
args_for(const struct mlir_module *m, const struct mlir_func *f, struct tensor **args, int vocab)
{
	for (int i = 0; i < f->body.nargs; i++) {
		const struct mlir_type *t = &m->types[f->body.args[i]];
		const char *name = f->arg_locs[i] ? f->arg_locs[i] : "";
		size_t n = (size_t)mlir_numel(t);
		args[i] = tensor_new(t);
		for (size_t k = 0; k < n; k++) {
			if (t->dt == DTYPE_F32 || t->dt == DTYPE_BF16) {
				float v = frand() * 0.3f;
				if (strstr(name, "norm") || strstr(name, "ln_"))
					v = 1 + v;
				if (strstr(name, "scales"))
					v = 0.02f + v * 0.01f;
				if (t->dt == DTYPE_BF16) {
					uint16_t h = f32_to_bf16(v);
					memcpy((char *)args[i]->data + 2 * k, &h, 2);
				} else {
					((float *)args[i]->data)[k] = v;
				}
			} else if (t->dt == DTYPE_U32) {
				((uint32_t *)args[i]->data)[k] = rnd() ^ (rnd() << 16);
			} else if (t->dt == DTYPE_I32) {
				int v = !strcmp(name, "tokens") || !strcmp(name, "token") ? (int)(rnd() % (uint32_t)vocab) :
				    !strcmp(name, "positions") ? 3 + (int)k : !strcmp(name, "real_len") ? (int)n - 1 :
				    3 + (int)(k % 3);
				((int32_t *)args[i]->data)[k] = v;
			}
		}
	}
}

static void
one(const char *name, const struct model_config *c, struct emit_opts o)
{
	const struct exec_host_ops *ref = exec_host_find("interp"), *cpu = exec_host_find("cpu");
	struct strbuf sb = { 0 };
	struct mlir_module *m = NULL;
	char graph[64];

	emit_graph_name(graph, sizeof(graph), &o);
	if (emit_graph(&sb, c, &o) == 0)
		m = mlir_parse(sb.s, sb.len, graph, 1);
	sb_free(&sb);
	const char *kind = c->quant_bits ? " (4-bit)" : o.precision == DTYPE_BF16 ? " (bf16 dots)" : "";
	if (!ok(m != NULL, "%s %s%s: emitted and parsed", name, graph, kind)) {
		printf("# %s\n", err_reason());
		return;
	}
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct tensor **args = calloc((size_t)f->body.nargs + 1, sizeof(*args)), *r1[4], *r2[4];
	args_for(m, f, args, c->vocab);
	void *s1 = ref->load(NULL, m, "main"), *s2 = cpu->load(NULL, m, "main");
	int n1 = s1 ? ref->run(s1, args, f->body.nargs, r1, 4) : -1;
	int n2 = s2 ? cpu->run(s2, args, f->body.nargs, r2, 4) : -1;
	int good = n1 == 3 && n2 == 3;
	double err = 0, e;
	for (int k = 0; good && k < 3; k++) {
		good = near_same(r2[k], r1[k], &e);
		err = e > err ? e : err;
	}
	if (!ok(good, "%s %s%s: the plan agrees with the interpreter (max abs error %.2g)", name, graph,
	    kind, err))
		printf("# %d %d results: %s\n", n1, n2, n1 < 0 || n2 < 0 ? err_reason() : "values differ");
	if (o.precision == DTYPE_BF16 && s2) {
		struct plan_stats st;
		plan_stats(s2, &st);
		if (!ok(st.interp == 0, "%s %s%s: bf16 kept in f32, no op on the interpreter", name, graph, kind))
			printf("# %d ops on the interpreter\n", st.interp);
	}
	for (int k = 0; k < n1; k++)
		tensor_free(r1[k]);
	for (int k = 0; k < n2; k++)
		tensor_free(r2[k]);
	if (s1)
		ref->free(s1);
	if (s2)
		cpu->free(s2);
	for (int i = 0; i < f->body.nargs; i++)
		tensor_free(args[i]);
	free(args);
	mlir_free(m);
}

int
main(void)
{
	for (const struct cfg_bundled *bc = cfg_bundled; bc->name; bc++) {
		if (!strstr(bc->arch, "-tiny"))
			continue;	/* the 1B-sized ones: the goldens hold them */
		for (int q = 0; q < 2; q++) {
			struct json_doc *d = json_parse(bc->json, strlen(bc->json), bc->name);
			struct model_config c;
			if (!d || cfg_parse(&c, json_root(d), bc->name) < 0) {
				ok(0, "%s: %s", bc->name, err_reason());
				json_free(d);
				continue;
			}
			json_free(d);
			if (q) {
				c.quant_bits = 4;	/* MLX 4-bit, groups of 8 */
				c.quant_group = 8;
			}
			/* f32 graphs: decode, its logits form, prefill, batched;
			 * bf16 dots (dense only): the last three */
			for (int bf = 0; bf < 1 + !q; bf++) {
				struct emit_opts o = { .capacity = 16, .chunk = 8, .arch = "t",
				    .precision = bf ? DTYPE_BF16 : DTYPE_F32 };
				o.kind = EMIT_DECODE;
				if (!bf)
					one(bc->name, &c, o);
				o.logits = 1;
				one(bc->name, &c, o);
				o.kind = EMIT_PREFILL;
				one(bc->name, &c, o);
				o.kind = EMIT_DECODE;
				o.logits = 0;
				o.batch = 3;
				one(bc->name, &c, o);
			}
			cfg_free(&c);
		}
	}
	return done();
}
