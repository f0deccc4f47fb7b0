/* The whole structural-to-execution path on a real checkpoint, through
 * the session API by hand (what gen does, spelled out): emit the prefill
 * and decode graphs from the model's config.json, parse them, give the
 * session the safetensors weights the graphs name, load both graphs with
 * the roles of their arguments, run them on the reference interpreter
 * (prefill in chunks, then greedy decode) and hold the tokens against
 * the llama.cpp oracle.
 *   e2e MODEL-DIR ORACLE.json NTOKENS CHUNK */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "compare/oracle.h"
#include "data/st.h"
#include "exec/exec.h"
#include "ir/mlir.h"
#include "model/config.h"
#include "model/emit.h"
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

static int
is_input(const char *n)
{
	static const char *const in[] = { "tokens", "positions", "real_len", "token", "pos", "cache_len" };

	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		if (!strcmp(n, in[i]))
			return 1;
	return 0;
}

/* Loads m's @main: kcache/vcache states, the six driver values inputs
 * (their names in order in innames), everything else a weight given
 * from st the first time a graph names it.  The handle, or -1. */
static int
load(struct exec_session *s, const struct mlir_module *m, const struct st_model *st, const char **innames)
{
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct exec_binding a[512] = { 0 }, r[3] = { { EXEC_OUTPUT, NULL }, { EXEC_STATE, "kcache" },
		{ EXEC_STATE, "vcache" } };
	int ni = 0;

	if (f->body.nargs > 512)
		return err_set("too many arguments");
	for (int i = 0; i < f->body.nargs; i++) {
		const char *n = f->arg_locs[i];
		if (!strcmp(n, "kcache") || !strcmp(n, "vcache")) {
			a[i] = (struct exec_binding){ EXEC_STATE, n };
		} else if (is_input(n)) {
			a[i] = (struct exec_binding){ EXEC_INPUT, NULL };
			innames[ni++] = n;
		} else {
			const struct st_tensor *w = st_find(st, n);
			if (!w)
				return err_set("weight '%s' is not in the checkpoint", n);
			struct tensor t = { .type = { .dt = w->dtype, .rank = w->rank }, .data = (void *)w->data,
				.nbytes = w->nbytes, .borrowed = 1 };
			memcpy(t.type.dim, w->shape, sizeof(w->shape[0]) * (size_t)w->rank);
			/* the decode graph names the weights the prefill gave */
			if (s->be->weight(s, n, &t) < 0 && !strstr(err_reason(), "given twice"))
				return -1;
			a[i] = (struct exec_binding){ EXEC_WEIGHT, n };
		}
	}
	return s->be->load(s, m, "main", a, r);
}

/* Runs graph h with the named inputs; returns the token, or -1. */
static int
step(struct exec_session *s, const struct mlir_module *m, int h, const char **innames, int ni,
    const int *const *vals)
{
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct tensor *in[8], *out[1];
	int tok = -1, k = 0;

	for (int i = 0; i < f->body.nargs && k < ni; i++)
		if (!strcmp(f->arg_locs[i], innames[k])) {
			in[k] = tensor_new(&m->types[f->body.args[i]]);
			memcpy(in[k]->data, vals[k], in[k]->nbytes);
			k++;
		}
	if (s->be->run(s, h, in, out) == 1) {
		memcpy(&tok, out[0]->data, 4);
		tensor_free(out[0]);
	}
	for (int i = 0; i < k; i++)
		tensor_free(in[i]);
	return tok;
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
	while ((size_t)cap < o.nprompt + (size_t)ntok)
		cap *= 2;
	struct mlir_module *pm = graph(&c, EMIT_PREFILL, C, cap), *dm = graph(&c, EMIT_DECODE, 1, cap);
	if (!ok(pm && dm, "emitted graphs parse")) {
		printf("# %s\n", err_reason());
		return done();
	}
	/* through the backend-neutral API, as run does */
	const struct exec_backend *be = exec_find("interp");
	struct exec_session *s = be->open(NULL);
	const struct mlir_func *pf = mlir_find_func(pm, "main");
	const char *pin[8], *din[8];
	int ph = -1, dh = -1;
	if (be->state(s, "kcache", &pm->types[pf->body.args[3]]) == 0 &&
	    be->state(s, "vcache", &pm->types[pf->body.args[4]]) == 0)
		ph = load(s, pm, &st, pin), dh = ph < 0 ? -1 : load(s, dm, &st, din);
	if (!ok(ph >= 0 && dh >= 0, "the interp session loads both graphs, the weights bound once"))
		printf("# %s\n", err_reason());
	int got[256], ngot = 0, pos = 0, err = ph < 0 || dh < 0;

	/* prefill in chunks of C, the last one padded */
	while ((size_t)pos < o.nprompt && !err) {
		int toks[256] = { 0 }, ps[256], rl = (int)o.nprompt - pos < C ? (int)o.nprompt - pos : C;
		for (int i = 0; i < C; i++) {
			toks[i] = i < rl ? o.prompt[pos + i] : 0;
			ps[i] = pos + i;
		}
		const int *vals[3] = { toks, ps, &rl };
		int t = step(s, pm, ph, pin, 3, vals);
		if (t < 0) {
			printf("# prefill: %s\n", err_reason());
			err = 1;
			break;
		}
		if ((size_t)(pos + rl) == o.nprompt)
			got[ngot++] = t;
		pos += rl;
	}
	/* greedy decode */
	while (!err && ngot < ntok) {
		const int *vals[3] = { &got[ngot - 1], &pos, &pos };
		int t = step(s, dm, dh, din, 3, vals);
		if (t < 0) {
			printf("# decode: %s\n", err_reason());
			err = 1;
			break;
		}
		got[ngot++] = t;
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
	be->close(s);
	mlir_free(pm);
	mlir_free(dm);
	st_close(&st);
	oracle_free(&o);
	cfg_free(&c);
	return done();
}
