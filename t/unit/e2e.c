/* The whole structural-to-execution path on a real checkpoint: emit the
 * prefill and decode graphs from the model's config.json, parse them,
 * bind the safetensors weights by name, run them with the reference
 * interpreter (prefill in chunks, then greedy decode) and hold the tokens
 * against the llama.cpp oracle.
 *   e2e MODEL-DIR ORACLE.json NTOKENS CHUNK */
#include <stdlib.h>
#include <string.h>

#include "gen/bind.h"
#include "model/config.h"
#include "model/emit.h"
#include "exec/exec.h"
#include "base/err.h"
#include "exec/interp.h"
#include "ir/mlir.h"
#include "compare/oracle.h"
#include "data/st.h"
#include "tap.h"

static struct mlir_module *
graph(const struct model_config *c, enum emit_kind kind, int chunk, int cap)
{
	struct emit_opts o = { .kind = kind, .capacity = cap, .chunk = chunk,
	    .precision = DTYPE_F32, .arch = "e2e" };
	struct strbuf sb = { 0 };
	struct mlir_module *m;

	if (emit_graph(&sb, c, &o) < 0)
		return NULL;
	m = mlir_parse(sb.s, sb.len, kind == EMIT_PREFILL ? "prefill" : "decode_step", 1);
	sb_free(&sb);
	return m;
}

static struct tensor *
scalar_i32(const struct mlir_module *m, const struct mlir_func *f, int arg, const int *v)
{
	struct tensor *t = tensor_new(&m->types[f->body.args[arg]]);

	memcpy(t->data, v, t->nbytes);
	return t;
}

int
main(int argc, char **argv)
{
	struct model_config c;
	struct st_model st;
	struct oracle o;
	char path[4096];

	if (argc != 5)
		return 2;
	int ntok = atoi(argv[3]), C = atoi(argv[4]), cap = 64;
	snprintf(path, sizeof(path), "%s/config.json", argv[1]);
	if (!ok(cfg_load(&c, path) == 0, "config of %s", argv[1]) ||
	    !ok(st_open(&st, argv[1]) == 0, "weights of %s", argv[1]) ||
	    !ok(oracle_load(&o, argv[2]) == 0, "oracle %s", argv[2])) {
		printf("# %s\n", err_reason());
		return done();
	}
	if (c.tie_embeddings)
		st_alias(&st, "lm_head.weight", "model.embed_tokens.weight");
	while ((size_t)cap < o.nprompt + (size_t)ntok)
		cap *= 2;
	struct mlir_module *pm = graph(&c, EMIT_PREFILL, C, cap), *dm = graph(&c, EMIT_DECODE, 1, cap);
	if (!ok(pm && dm, "emitted graphs parse")) {
		printf("# %s\n", err_reason());
		return done();
	}
	const struct mlir_func *pf = mlir_find_func(pm, "main"), *df = mlir_find_func(dm, "main");
	static const char *const state[] = { "tokens", "positions", "real_len", "token", "pos",
	    "cache_len", "kcache", "vcache", NULL };
	struct tensor *pa[512] = { 0 }, *da[512] = { 0 }, *res[3];
	int r1 = bind_weights(pm, pf, &st, state, 0, pa), r2 = r1 < 0 ? -1 : bind_weights(dm, df, &st, state, 0, da);
	if (!ok(r1 == 0 && r2 == 0, "weights bind by name")) {
		printf("# %s\n", err_reason());
		return done();
	}
	int ik = bind_arg_index(pf, "kcache"), iv = bind_arg_index(pf, "vcache");
	struct tensor *kc = tensor_new(&pm->types[pf->body.args[ik]]);
	struct tensor *vc = tensor_new(&pm->types[pf->body.args[iv]]);
	/* through the backend-neutral API, as run will */
	const struct exec_backend *be = exec_find("interp");
	void *pst = be->load(pm), *dst = be->load(dm);
	int got[256], ngot = 0, pos = 0, err = 0;
	if (!ok(pst && dst, "the interp backend loads both graphs"))
		printf("# %s\n", err_reason());

	/* prefill in chunks of C, the last one padded */
	while ((size_t)pos < o.nprompt && !err) {
		int toks[256] = { 0 }, ps[256], rl = (int)o.nprompt - pos < C ? (int)o.nprompt - pos : C;
		for (int i = 0; i < C; i++) {
			toks[i] = i < rl ? o.prompt[pos + i] : 0;
			ps[i] = pos + i;
		}
		pa[bind_arg_index(pf, "tokens")] = scalar_i32(pm, pf, bind_arg_index(pf, "tokens"), toks);
		pa[bind_arg_index(pf, "positions")] = scalar_i32(pm, pf, bind_arg_index(pf, "positions"), ps);
		pa[bind_arg_index(pf, "real_len")] = scalar_i32(pm, pf, bind_arg_index(pf, "real_len"), &rl);
		pa[ik] = kc;
		pa[iv] = vc;
		if (be->run(pst, "main", pa, pf->body.nargs, res, 3) != 3) {
			printf("# prefill: %s\n", err_reason());
			err = 1;
			break;
		}
		static const char *const st_in[] = { "tokens", "positions", "real_len" };
		for (int k = 0; k < 3; k++) {
			tensor_free(pa[bind_arg_index(pf, st_in[k])]);
			pa[bind_arg_index(pf, st_in[k])] = NULL;
		}
		pa[ik] = pa[iv] = NULL;
		tensor_free(kc);
		tensor_free(vc);
		kc = res[1];
		vc = res[2];
		if ((size_t)(pos + rl) == o.nprompt)
			memcpy(&got[ngot++], res[0]->data, 4);
		tensor_free(res[0]);
		pos += rl;
	}
	/* greedy decode */
	while (!err && ngot < ntok) {
		int ti = bind_arg_index(df, "token"), pi = bind_arg_index(df, "pos"), ci = bind_arg_index(df, "cache_len");
		da[ti] = scalar_i32(dm, df, ti, &got[ngot - 1]);
		da[pi] = scalar_i32(dm, df, pi, &pos);
		da[ci] = scalar_i32(dm, df, ci, &pos);
		da[bind_arg_index(df, "kcache")] = kc;
		da[bind_arg_index(df, "vcache")] = vc;
		if (be->run(dst, "main", da, df->body.nargs, res, 3) != 3) {
			printf("# decode: %s\n", err_reason());
			err = 1;
			break;
		}
		tensor_free(da[ti]);
		tensor_free(da[pi]);
		tensor_free(da[ci]);
		da[ti] = da[pi] = da[ci] = NULL;
		da[bind_arg_index(df, "kcache")] = da[bind_arg_index(df, "vcache")] = NULL;
		tensor_free(kc);
		tensor_free(vc);
		kc = res[1];
		vc = res[2];
		memcpy(&got[ngot++], res[0]->data, 4);
		tensor_free(res[0]);
		pos++;
	}
	int same = !err && (size_t)ntok <= o.ntokens;
	for (int i = 0; same && i < ntok; i++)
		same = got[i] == o.tokens[i];
	if (!ok(same, "%d greedy tokens equal the oracle's", ntok)) {
		printf("#   expected:");
		for (int i = 0; i < ntok && (size_t)i < o.ntokens; i++)
			printf(" %d", o.tokens[i]);
		printf("\n#        got:");
		for (int i = 0; i < ngot; i++)
			printf(" %d", got[i]);
		printf("\n");
	}
	tensor_free(kc);
	tensor_free(vc);
	if (err) {
		/* an error left the state bound: unbind what is freed above */
		pa[ik] = pa[iv] = NULL;
		da[bind_arg_index(df, "kcache")] = da[bind_arg_index(df, "vcache")] = NULL;
	}
	for (int i = 0; i < pf->body.nargs; i++)
		tensor_free(pa[i]);
	for (int i = 0; i < df->body.nargs; i++)
		tensor_free(da[i]);
	be->free(pst);
	be->free(dst);
	mlir_free(pm);
	mlir_free(dm);
	st_close(&st);
	oracle_free(&o);
	cfg_free(&c);
	return done();
}
