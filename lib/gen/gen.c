#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen/bind.h"
#include "model/emit.h"
#include "base/err.h"
#include "gen/gen.h"
#include "base/json.h"
#include "base/util.h"

static const char *const state[] = { "tokens", "positions", "real_len", "token", "pos", "cache_len",
	"kcache", "vcache", NULL };

static struct mlir_module *
graph(struct gen *g, enum emit_kind kind)
{
	struct emit_opts o = { .kind = kind, .logits = g->logits_mode, .capacity = g->capacity,
	    .chunk = g->chunk, .precision = DTYPE_F32, .arch = "run" };
	struct strbuf sb = { 0 };
	struct mlir_module *m;

	if (emit_graph(&sb, &g->cfg, &o) < 0)
		return NULL;
	m = mlir_parse(sb.s, sb.len, kind == EMIT_PREFILL ? "prefill" : "decode_step", 1);
	sb_free(&sb);
	return m;
}

/* A graph from a file written by emit (or elsewhere): dir/name.mlir. */
static struct mlir_module *
graph_file(const char *dir, const char *name)
{
	char p[4096];
	struct mlir_module **mods, *m;
	int n;

	snprintf(p, sizeof(p), "%s/%s.mlir", dir, name);
	if ((n = mlir_parse_file(p, &mods)) < 0)
		return NULL;
	if (n != 1) {
		for (int i = 0; i < n; i++)
			mlir_free(mods[i]);
		free(mods);
		err_set("%s: expected one module, found %d", p, n);
		return NULL;
	}
	m = mods[0];
	free(mods);
	return m;
}

static void
read_eos(struct gen *g, const char *dir)
{
	static const char *const files[] = { "generation_config.json", "config.json" };
	char p[4096];

	for (size_t f = 0; f < LEN(files) && !g->neos; f++) {
		snprintf(p, sizeof(p), "%s/%s", dir, files[f]);
		struct json_doc *d = json_load(p);
		if (!d)
			continue;
		const struct json *e = json_get(json_root(d), "eos_token_id");
		if (e && e->type == JSON_NUMBER && e->is_int)
			g->eos[g->neos++] = (int)e->inum;
		for (size_t i = 0; e && e->type == JSON_ARRAY && i < e->n && g->neos < (int)LEN(g->eos); i++)
			if (e->items[i].type == JSON_NUMBER && e->items[i].is_int)
				g->eos[g->neos++] = (int)e->items[i].inum;
		json_free(d);
	}
}

static int
bind_graph(struct gen *g, struct mlir_module *m, void **state_out, struct tensor ***args)
{
	const struct mlir_func *f = mlir_find_func(m, "main");

	if (!(*state_out = g->be->load(m)))
		return -1;
	*args = ecalloc((size_t)f->body.nargs, sizeof(**args));
	return bind_weights(m, f, &g->st, state, g->be->raw_weights, *args);
}

static int
open_graphs(struct gen *g, const char *dir, const char *graphs, int capacity, int chunk, const char *backend,
    int logits)
{
	char p[4096];

	memset(g, 0, sizeof(*g));
	g->logits_mode = logits;
	snprintf(p, sizeof(p), "%s/config.json", dir);
	if (cfg_load(&g->cfg, p) < 0)
		return -1;
	if (st_open(&g->st, dir) < 0) {
		cfg_free(&g->cfg);
		return -1;
	}
	if (g->cfg.tie_embeddings)
		st_alias(&g->st, "lm_head.weight", "model.embed_tokens.weight");
	if (!(g->be = exec_find(backend))) {
		gen_close(g);
		return err_set("no backend '%s'", backend);
	}
	g->capacity = capacity;
	g->chunk = chunk < capacity ? chunk : capacity;
	read_eos(g, dir);
	if (graphs) {
		/* the graphs fix the chunk and the capacity */
		if ((g->pm = graph_file(graphs, logits ? "prefill_logits" : "prefill")) &&
		    (g->dm = graph_file(graphs, logits ? "decode_step_logits" : "decode_step"))) {
			const struct mlir_func *f = mlir_find_func(g->pm, "main");
			int it = f ? bind_arg_index(f, "tokens") : -1, ik = f ? bind_arg_index(f, "kcache") : -1;
			if (it < 0 || ik < 0 || !mlir_find_func(g->dm, "main")) {
				gen_close(g);
				return err_set("%s: %s.mlir has no @main with tokens and kcache arguments", graphs,
				    logits ? "prefill_logits" : "prefill");
			}
			g->chunk = (int)g->pm->types[f->body.args[it]].dim[0];
			g->capacity = (int)g->pm->types[f->body.args[ik]].dim[1];
		}
	} else {
		if ((g->pm = graph(g, EMIT_PREFILL)))
			g->dm = graph(g, EMIT_DECODE);
	}
	if (!g->pm || !g->dm ||
	    bind_graph(g, g->pm, &g->ps, &g->pa) < 0 || bind_graph(g, g->dm, &g->ds, &g->da) < 0) {
		char why[600];
		snprintf(why, sizeof(why), "%s", err_reason());
		gen_close(g);
		return err_set("%s: %s", dir, why);
	}
	const struct mlir_func *f = mlir_find_func(g->pm, "main");
	g->kc = tensor_new(&g->pm->types[f->body.args[bind_arg_index(f, "kcache")]]);
	g->vc = tensor_new(&g->pm->types[f->body.args[bind_arg_index(f, "vcache")]]);
	g->kc->inplace = g->vc->inplace = 1;
	return 0;
}

int
gen_open(struct gen *g, const char *dir, const char *graphs, int capacity, int chunk, const char *backend)
{
	return open_graphs(g, dir, graphs, capacity, chunk, backend, 0);
}

int
gen_open_logits(struct gen *g, const char *dir, const char *graphs, int capacity, int chunk,
    const char *backend)
{
	return open_graphs(g, dir, graphs, capacity, chunk, backend, 1);
}

int
gen_argmax(const float *x, int64_t n)
{
	/* the graphs' reduction, in its order: (a > b || a != a) keeps the
	 * running a, ties to the lower index; so the first maximum, or the
	 * first NaN */
	float a = -INFINITY;
	int32_t ia = 0;

	for (int64_t k = 0; k < n; k++) {
		float b = x[k];
		int pick = a > b || a != a;
		int idx = pick || (a == b && ia < (int32_t)k);
		a = pick ? a : b;
		ia = idx ? ia : (int32_t)k;
	}
	return ia;
}

static struct tensor *
ints(const struct mlir_module *m, const struct mlir_func *f, const char *name, const int *v)
{
	struct tensor *t = tensor_new(&m->types[f->body.args[bind_arg_index(f, name)]]);

	memcpy(t->data, v, t->nbytes);
	return t;
}

/* A cache comes back from a graph either updated where it lay (the
 * same tensor: the plan) or as a new one (the interpreter). */
static void
take(struct tensor **cache, struct tensor *res)
{
	if (res != *cache) {
		tensor_free(*cache);
		*cache = res;
	}
	(*cache)->inplace = 1;
}

/* Runs graph m with the state tensors named in names bound; returns the
 * first result's first i32 (the next token) and takes the caches. */
static int
call(struct gen *g, struct mlir_module *m, void *st, struct tensor **args, const char *const *names,
    struct tensor **vals, int n)
{
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct tensor *res[3];
	int next, k;

	for (k = 0; k < n; k++)
		args[bind_arg_index(f, names[k])] = vals[k];
	args[bind_arg_index(f, "kcache")] = g->kc;
	args[bind_arg_index(f, "vcache")] = g->vc;
	int r = g->be->run(st, "main", args, f->body.nargs, res, 3);
	for (k = 0; k < n; k++) {
		tensor_free(vals[k]);
		args[bind_arg_index(f, names[k])] = NULL;
	}
	args[bind_arg_index(f, "kcache")] = args[bind_arg_index(f, "vcache")] = NULL;
	if (r != 3) {
		for (k = 0; k < r; k++)
			tensor_free(res[k]);
		return r < 0 ? -1 : err_set("the graph returned %d values", r);
	}
	if (res[0]->type.dt == DTYPE_F32) {
		/* a _logits graph: keep them, choose as its argmax would */
		int64_t V = (int64_t)(res[0]->nbytes / 4);
		g->logits = ereallocarray(g->logits, (size_t)V, sizeof(float));
		memcpy(g->logits, res[0]->data, (size_t)V * 4);
		g->nlogits = V;
		next = gen_argmax(g->logits, V);
	} else {
		memcpy(&next, res[0]->data, 4);
	}
	tensor_free(res[0]);
	take(&g->kc, res[1]);
	take(&g->vc, res[2]);
	return next;
}

int
gen_prefill(struct gen *g, const int *ids, int n)
{
	const struct mlir_func *f = mlir_find_func(g->pm, "main");
	static const char *const names[] = { "tokens", "positions", "real_len" };
	int next = -1;

	if (g->pos + n > g->capacity)
		return err_set("the prompt needs %d positions but the cache holds %d", g->pos + n, g->capacity);
	for (int done = 0; done < n;) {
		int C = g->chunk, rl = n - done < C ? n - done : C;
		/* the graph writes all C rows into the cache from g->pos */
		if (g->pos + C > g->capacity)
			return err_set("a prefill chunk of %d at position %d runs past the cache of %d "
			    "(raise the capacity to a multiple of the chunk)", C, g->pos, g->capacity);
		int *toks = ecalloc((size_t)C, sizeof(int)), *ps = ecalloc((size_t)C, sizeof(int));
		for (int i = 0; i < C; i++) {
			toks[i] = i < rl ? ids[done + i] : 0;
			ps[i] = g->pos + i;
		}
		struct tensor *vals[3] = { ints(g->pm, f, "tokens", toks), ints(g->pm, f, "positions", ps),
		    ints(g->pm, f, "real_len", &rl) };
		free(toks);
		free(ps);
		if ((next = call(g, g->pm, g->ps, g->pa, names, vals, 3)) < 0)
			return -1;
		g->pos += rl;
		done += rl;
	}
	return next;
}

int
gen_step(struct gen *g, int id)
{
	const struct mlir_func *f = mlir_find_func(g->dm, "main");
	static const char *const names[] = { "token", "pos", "cache_len" };
	int next;

	if (g->pos >= g->capacity)
		return err_set("the cache of %d positions is full", g->capacity);
	struct tensor *vals[3] = { ints(g->dm, f, "token", &id), ints(g->dm, f, "pos", &g->pos),
	    ints(g->dm, f, "cache_len", &g->pos) };
	if ((next = call(g, g->dm, g->ds, g->da, names, vals, 3)) < 0)
		return -1;
	g->pos++;
	return next;
}

int
gen_is_eos(const struct gen *g, int id)
{
	for (int i = 0; i < g->neos; i++)
		if (g->eos[i] == id)
			return 1;
	return 0;
}

void
gen_reset(struct gen *g)
{
	memset(g->kc->data, 0, g->kc->nbytes);
	memset(g->vc->data, 0, g->vc->nbytes);
	g->pos = 0;
}

int
gen_open_batch(struct gen *g, int B)
{
	struct emit_opts o = { .kind = EMIT_DECODE, .capacity = g->capacity, .batch = B,
	    .precision = DTYPE_F32, .arch = "run" };
	struct strbuf sb = { 0 };

	if (emit_graph(&sb, &g->cfg, &o) < 0)
		return -1;
	g->bm = mlir_parse(sb.s, sb.len, "decode_step_batched", 1);
	sb_free(&sb);
	if (!g->bm || bind_graph(g, g->bm, &g->bs, &g->ba) < 0)
		return -1;
	const struct mlir_func *f = mlir_find_func(g->bm, "main");
	g->bkc = tensor_new(&g->bm->types[f->body.args[bind_arg_index(f, "kcache")]]);
	g->bvc = tensor_new(&g->bm->types[f->body.args[bind_arg_index(f, "vcache")]]);
	g->bkc->inplace = g->bvc->inplace = 1;
	g->B = B;
	return 0;
}

void
gen_batch_load(struct gen *g, int row)
{
	/* (L, S, KV, hd) into (L, B, S, KV, hd) at row */
	int64_t L = g->cfg.layers;
	size_t layer = g->kc->nbytes / (size_t)L;
	for (int64_t l = 0; l < L; l++) {
		memcpy((char *)g->bkc->data + ((size_t)l * (size_t)g->B + (size_t)row) * layer,
		    (char *)g->kc->data + (size_t)l * layer, layer);
		memcpy((char *)g->bvc->data + ((size_t)l * (size_t)g->B + (size_t)row) * layer,
		    (char *)g->vc->data + (size_t)l * layer, layer);
	}
}

int
gen_batch_step(struct gen *g, const int *tok, const int *pos, int *next)
{
	const struct mlir_func *f = mlir_find_func(g->bm, "main");
	struct tensor *res[3], *t[3];
	static const char *const names[] = { "token", "pos", "cache_len" };
	const int *vals[3] = { tok, pos, pos };
	int r, k;

	for (k = 0; k < 3; k++) {
		t[k] = ints(g->bm, f, names[k], vals[k]);
		g->ba[bind_arg_index(f, names[k])] = t[k];
	}
	g->ba[bind_arg_index(f, "kcache")] = g->bkc;
	g->ba[bind_arg_index(f, "vcache")] = g->bvc;
	r = g->be->run(g->bs, "main", g->ba, f->body.nargs, res, 3);
	for (k = 0; k < 3; k++) {
		tensor_free(t[k]);
		g->ba[bind_arg_index(f, names[k])] = NULL;
	}
	g->ba[bind_arg_index(f, "kcache")] = g->ba[bind_arg_index(f, "vcache")] = NULL;
	if (r != 3) {
		for (k = 0; k < r; k++)
			tensor_free(res[k]);
		return r < 0 ? -1 : err_set("the batched graph returned %d values", r);
	}
	memcpy(next, res[0]->data, (size_t)g->B * sizeof(int));
	tensor_free(res[0]);
	take(&g->bkc, res[1]);
	take(&g->bvc, res[2]);
	return 0;
}

void
gen_close(struct gen *g)
{
	free(g->logits);
	if (g->ba)
		for (int i = 0; i < mlir_find_func(g->bm, "main")->body.nargs; i++)
			tensor_free(g->ba[i]);
	free(g->ba);
	if (g->be && g->bs)
		g->be->free(g->bs);
	mlir_free(g->bm);
	tensor_free(g->bkc);
	tensor_free(g->bvc);
	if (g->pa)
		for (int i = 0; i < mlir_find_func(g->pm, "main")->body.nargs; i++)
			tensor_free(g->pa[i]);
	if (g->da)
		for (int i = 0; i < mlir_find_func(g->dm, "main")->body.nargs; i++)
			tensor_free(g->da[i]);
	free(g->pa);
	free(g->da);
	if (g->be && g->ps)
		g->be->free(g->ps);
	if (g->be && g->ds)
		g->be->free(g->ds);
	mlir_free(g->pm);
	mlir_free(g->dm);
	tensor_free(g->kc);
	tensor_free(g->vc);
	st_close(&g->st);
	cfg_free(&g->cfg);
	memset(g, 0, sizeof(*g));
}
