#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"
#include "base/json.h"
#include "base/strbuf.h"
#include "base/util.h"
#include "gen/gen.h"
#include "model/emit.h"

/* The values the driver passes: graph arguments by their loc names. */
enum {
	V_TOKENS, V_POSITIONS, V_REAL_LEN,	/* prefill */
	V_TOKEN, V_POS, V_CACHE_LEN,		/* decode */
	V_KCACHE, V_VCACHE,			/* both: states */
	V_COUNT
};
static const char *const vname[V_COUNT] = { "tokens", "positions", "real_len", "token", "pos", "cache_len",
	"kcache", "vcache" };

static int
arg_index(const struct mlir_func *f, const char *name)
{
	for (int i = 0; i < f->body.nargs; i++)
		if (f->arg_locs[i] && !strcmp(f->arg_locs[i], name))
			return i;
	return -1;
}

static int
value_of(const char *loc)
{
	for (int v = 0; v < V_COUNT; v++)
		if (loc && !strcmp(loc, vname[v]))
			return v;
	return -1;
}

/* The name map: lines "GRAPH-NAME CHECKPOINT-NAME", where {x} in the
 * graph name matches the text up to the pattern's next character and
 * stands for it in the checkpoint name; # starts a comment; the first
 * line that matches a graph name maps it. */

struct gen_map {
	char **from, **to;	/* (n) */
	int n;
};

static void
map_free(struct gen_map *m)
{
	if (!m)
		return;
	for (int i = 0; i < m->n; i++) {
		free(m->from[i]);
		free(m->to[i]);
	}
	free(m->from);
	free(m->to);
	free(m);
}

static struct gen_map *
map_load(const char *path)
{
	size_t len;
	char *text = file_read(path, &len), *p, *line;
	struct gen_map *m;
	int ln = 0;

	if (!text)
		return NULL;
	m = ecalloc(1, sizeof(*m));
	for (p = text; p && *p; p = line) {
		char *nl = strchr(p, '\n'), *a, *b, *e;
		line = nl ? nl + 1 : NULL;
		if (nl)
			*nl = 0;
		ln++;
		if ((e = strchr(p, '#')))
			*e = 0;
		while (isspace((unsigned char)*p))
			p++;
		if (!*p)
			continue;
		a = p;
		while (*p && !isspace((unsigned char)*p))
			p++;
		if (*p)
			*p++ = 0;
		while (isspace((unsigned char)*p))
			p++;
		b = p;
		while (*p && !isspace((unsigned char)*p))
			p++;
		e = p;
		while (isspace((unsigned char)*p))
			p++;
		*e = 0;
		if (!*b || *p) {
			err_set("%s:%d: expected two names, the graph's and the checkpoint's", path, ln);
			goto fail;
		}
		/* every {x} on the right must be bound on the left */
		for (const char *q = strchr(b, '{'); q; q = strchr(q + 1, '{')) {
			const char *c = strchr(q, '}');
			char key[32];
			if (!c || c - q > 30) {
				err_set("%s:%d: an unclosed '{'", path, ln);
				goto fail;
			}
			snprintf(key, sizeof(key), "%.*s", (int)(c - q + 1), q);
			if (!strstr(a, key)) {
				err_set("%s:%d: %s is not in the graph name", path, ln, key);
				goto fail;
			}
		}
		m->from = ereallocarray(m->from, (size_t)m->n + 1, sizeof(char *));
		m->to = ereallocarray(m->to, (size_t)m->n + 1, sizeof(char *));
		m->from[m->n] = estrdup(a);
		m->to[m->n] = estrdup(b);
		m->n++;
	}
	free(text);
	if (!m->n) {
		err_set("%s: no names", path);
		map_free(m);
		return NULL;
	}
	return m;
fail:
	free(text);
	map_free(m);
	return NULL;
}

/* Matches name against pattern pat: each {x} stands for the text up to
 * the pattern's next character (the rest of the name when it ends the
 * pattern), never empty; stores what each stood for. */
static int
map_match(const char *pat, const char *name, char keys[][32], char vals[][64], int *nk)
{
	while (*pat) {
		if (*pat == '{') {
			const char *c = strchr(pat, '}');
			if (!c || *nk == 8)
				return 0;
			const char *stop = c[1] ? strchr(name, c[1]) : name + strlen(name);
			if (!stop || stop == name || stop - name >= 64)
				return 0;
			snprintf(keys[*nk], 32, "%.*s", (int)(c - pat + 1), pat);
			snprintf(vals[*nk], 64, "%.*s", (int)(stop - name), name);
			(*nk)++;
			pat = c + 1;
			name = stop;
			continue;
		}
		if (*pat++ != *name++)
			return 0;
	}
	return !*name;
}

/* The checkpoint name of graph name loc: through the map, or loc. */
static void
map_name(const struct gen_map *m, const char *loc, char *out, size_t n)
{
	for (int i = 0; m && i < m->n; i++) {
		char keys[8][32], vals[8][64];
		int nk = 0;
		if (!map_match(m->from[i], loc, keys, vals, &nk))
			continue;
		size_t k = 0;
		for (const char *p = m->to[i]; *p && k + 1 < n;) {
			int hit = 0;
			for (int j = 0; j < nk && !hit; j++)
				if (!strncmp(p, keys[j], strlen(keys[j]))) {
					k += (size_t)snprintf(out + k, n - k, "%s", vals[j]);
					p += strlen(keys[j]);
					hit = 1;
				}
			if (!hit)
				out[k++] = *p++;
		}
		out[k < n ? k : n - 1] = 0;
		return;
	}
	snprintf(out, n, "%s", loc);
}

/* Graphs */

static struct mlir_module *
graph_file(const char *dir, const char *name)
{
	char p[4200];
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

static struct mlir_module *
graph_emit(struct gen *g, int prefill, int batch)
{
	struct emit_opts o = { .kind = prefill ? EMIT_PREFILL : EMIT_DECODE, .logits = g->o.logits && !batch,
	    .capacity = g->capacity, .chunk = g->chunk, .batch = batch,
	    .precision = g->o.precision != DTYPE_INVALID ? g->o.precision : DTYPE_F32, .arch = "run",
	    .moe_dense = g->moe_dense };
	struct strbuf sb = { 0 };
	struct mlir_module *m;
	char p[4200], name[64];

	snprintf(p, sizeof(p), "%s/config.json", g->dir);
	if (emit_from_config(p, &o, &sb) < 0) {
		sb_free(&sb);
		return NULL;
	}
	emit_graph_name(name, sizeof(name), &o);
	m = mlir_parse(sb.s, sb.len, name, 1);
	sb_free(&sb);
	return m;
}

static const struct mlir_type *
arg_type(const struct mlir_module *m, const struct mlir_func *f, int i)
{
	return &m->types[f->body.args[i]];
}

/* The argument of @main called name, which must have rank `rank` and
 * element type dt: its index, or -1 with a reason. */
static int
need_arg(const struct mlir_module *m, const char *name, int rank, enum dtype dt, const char *why)
{
	const struct mlir_func *f = mlir_find_func(m, "main");
	int i = f ? arg_index(f, name) : -1;

	if (!f)
		return err_set("%s: no function @main", m->file);
	if (i < 0)
		return err_set("%s: @main has no argument named '%s' (%s)", m->file, name, why);
	const struct mlir_type *t = arg_type(m, f, i);
	if (t->rank != rank || t->dt != dt) {
		char ty[128];
		mlir_type_str(ty, sizeof(ty), t);
		return err_set("%s: argument '%s' of @main is %s, expected a rank-%d %s", m->file, name, ty, rank,
		    dtype_mlir_name(dt));
	}
	return i;
}

static int
same_type(const struct mlir_type *a, const struct mlir_type *b)
{
	return a->dt == b->dt && a->rank == b->rank && !memcmp(a->dim, b->dim, sizeof(a->dim[0]) * (size_t)a->rank);
}

/* Weights */

/* The checkpoint tensor for graph weight `want` (type t) missing from
 * the checkpoint while config.json ties the embeddings: the one stored
 * tensor of the same shape, element type and last name component,
 * preferring an embedding's name ("lm_head.weight" ->
 * "model.embed_tokens.weight"). */
static const struct st_tensor *
tied(const struct gen *g, const char *want, const struct mlir_type *t)
{
	const char *suf = strrchr(want, '.');
	const struct st_tensor *best = NULL;
	int nbest = 0, embed_best = 0;

	if (!g->tie || !suf)
		return NULL;
	for (size_t i = 0; i < g->st.n; i++) {
		const struct st_tensor *x = &g->st.tensors[i];
		const char *xs = strrchr(x->name, '.');
		if (!xs || strcmp(xs, suf) || x->rank != t->rank ||
		    memcmp(x->shape, t->dim, sizeof(t->dim[0]) * (size_t)t->rank))
			continue;
		int embed = strstr(x->name, "embed") || strstr(x->name, "wte");
		if (embed > embed_best || !best) {
			best = x;
			nbest = 1;
			embed_best = embed;
		} else if (embed == embed_best) {
			nbest++;
		}
	}
	return nbest == 1 ? best : NULL;
}

/* Binds graph m's weight argument i (named loc) into the session. */
static int
bind_weight(struct gen *g, const struct mlir_module *m, const struct mlir_func *f, int i, char *name, size_t n)
{
	const char *loc = f->arg_locs[i];
	const struct mlir_type *t = arg_type(m, f, i);
	const struct st_tensor *w;

	if (!loc)
		return err_set("%s: argument %d of @main has no loc(\"name\"): it is no state the driver "
		    "knows and names no weight", m->file, i);
	map_name(g->map, loc, name, n);
	if (!(w = st_find(&g->st, name)) && !(w = tied(g, name, t)))
		return err_set("%s: weight '%s'%s%s%s is not in the checkpoint of '%s'", m->file, name,
		    strcmp(name, loc) ? " (argument '" : "", strcmp(name, loc) ? loc : "",
		    strcmp(name, loc) ? "')" : "", g->dir);
	snprintf(name, n, "%s", w->name);
	if (w->rank != t->rank || memcmp(w->shape, t->dim, sizeof(t->dim[0]) * (size_t)t->rank)) {
		char ws[128] = "", ty[128];
		size_t k = 0;
		for (int d = 0; d < w->rank && k < sizeof(ws); d++)
			k += (size_t)snprintf(ws + k, sizeof(ws) - k, "%s%lld", d ? "x" : "", (long long)w->shape[d]);
		if (!w->rank)
			snprintf(ws, sizeof(ws), "a scalar");
		mlir_type_str(ty, sizeof(ty), t);
		return err_set("%s: weight '%s' is %s %s in the checkpoint, the graph wants %s", m->file, name, ws,
		    dtype_st_name(w->dtype), ty);
	}
	/* once per session: every graph shares it */
	for (int k = 0; k < g->nbound; k++)
		if (!strcmp(g->bound[k], name))
			return 0;
	struct tensor x = { .data = (void *)w->data, .nbytes = w->nbytes, .borrowed = 1 };
	x.type.dt = w->dtype;
	x.type.rank = w->rank;
	x.type.bits = (int)dtype_size(w->dtype) * 8;
	x.type.name = dtype_mlir_name(w->dtype);
	memcpy(x.type.dim, w->shape, sizeof(w->shape[0]) * (size_t)w->rank);
	if (g->s->be->weight(g->s, name, &x) < 0)
		return -1;
	g->bound = ereallocarray(g->bound, (size_t)g->nbound + 1, sizeof(*g->bound));
	g->bound[g->nbound++] = estrdup(name);
	g->weight_bytes += (int64_t)w->nbytes;
	return 0;
}

/* Loads graph m into the session: its state arguments by name (states
 * stores which state each of kcache and vcache is), the rest weights;
 * results: the first an output, the others the states in order.
 * *in gets the driver value of each input, in argument order. */
static int
load_graph(struct gen *g, struct mlir_module *m, const char *kstate, const char *vstate, int **in)
{
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct exec_binding *args = ecalloc((size_t)f->body.nargs + 1, sizeof(*args));
	struct exec_binding *res = ecalloc((size_t)f->nresults + 1, sizeof(*res));
	char (*names)[512] = ecalloc((size_t)f->body.nargs + 1, sizeof(*names));
	int ni = 0, h = -1;

	*in = ecalloc((size_t)f->body.nargs + 1, sizeof(**in));
	for (int i = 0; i < f->body.nargs; i++) {
		int v = value_of(f->arg_locs[i]);
		if (v == V_KCACHE || v == V_VCACHE) {
			args[i].role = EXEC_STATE;
			args[i].name = v == V_KCACHE ? kstate : vstate;
		} else if (v >= 0) {
			args[i].role = EXEC_INPUT;
			(*in)[ni++] = v;
		} else {
			if (bind_weight(g, m, f, i, names[i], sizeof(names[i])) < 0)
				goto out;
			args[i].role = EXEC_WEIGHT;
			args[i].name = names[i];
		}
	}
	if (f->nresults != 3) {
		err_set("%s: @main returns %d values; the driver takes the next token (or the logits) and the "
		    "two caches", m->file, f->nresults);
		goto out;
	}
	res[0].role = EXEC_OUTPUT;
	res[1].role = res[2].role = EXEC_STATE;
	res[1].name = kstate;
	res[2].name = vstate;
	h = g->s->be->load(g->s, m, "main", args, res);
out:
	free(args);
	free(res);
	free(names);
	return h;
}

static int
read_json_opt(const char *dir, const char *name, struct json_doc **d)
{
	char p[4200];

	*d = NULL;
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	if (access(p, F_OK) != 0)
		return 0;
	return (*d = json_load(p)) ? 0 : -1;
}

/* End-of-generation ids: generation_config.json's eos_token_id, else
 * config.json's; and config.json's tie_word_embeddings. */
static int
read_model_json(struct gen *g)
{
	static const char *const files[] = { "generation_config.json", "config.json" };

	for (size_t f = 0; f < LEN(files); f++) {
		struct json_doc *d;
		if (read_json_opt(g->dir, files[f], &d) < 0)
			return -1;
		if (!d)
			continue;
		const struct json *e = json_get(json_root(d), "eos_token_id");
		if (!g->neos && e && e->type == JSON_NUMBER && e->is_int)
			g->eos[g->neos++] = (int)e->inum;
		for (size_t i = 0; !g->neos && e && e->type == JSON_ARRAY && i < e->n && i < LEN(g->eos); i++)
			if (e->items[i].type == JSON_NUMBER && e->items[i].is_int)
				g->eos[i] = (int)e->items[i].inum, g->neos = (int)i + 1;
		const struct json *t = json_get(json_root(d), "tie_word_embeddings");
		if (f == 1 && t && t->type == JSON_BOOL)
			g->tie = t->boolean;
		json_free(d);
	}
	return 0;
}

int
gen_open(struct gen *g, const char *dir, const struct gen_opts *o)
{
	memset(g, 0, sizeof(*g));
	g->pg = g->dg = g->bg = -1;
	g->o = *o;
	snprintf(g->dir, sizeof(g->dir), "%s", dir);
	const struct exec_backend *be = exec_find(o->backend ? o->backend : "cpu");
	if (!be)
		return err_set("no backend '%s' (there are %s)", o->backend, exec_names());
	g->moe_dense = be->no_case;
	if (read_model_json(g) < 0)
		return -1;
	if (o->name_map && !(g->map = map_load(o->name_map)))
		return -1;
	if (st_open(&g->st, dir) < 0)
		goto fail;
	g->capacity = o->capacity;
	g->chunk = o->chunk < o->capacity ? o->chunk : o->capacity;
	if (o->graphs) {
		g->pm = graph_file(o->graphs, o->logits ? "prefill_logits" : "prefill");
		g->dm = g->pm ? graph_file(o->graphs, o->logits ? "decode_step_logits" : "decode_step") : NULL;
	} else {
		g->pm = graph_emit(g, 1, 0);
		g->dm = g->pm ? graph_emit(g, 0, 0) : NULL;
	}
	if (!g->dm)
		goto fail;

	/* the signatures: the decode graph fixes the caches */
	static const char dwhy[] = "a decode graph takes token, pos, cache_len, kcache and vcache";
	int ik, iv, it;
	if (need_arg(g->dm, "token", 0, DTYPE_I32, dwhy) < 0 || need_arg(g->dm, "pos", 0, DTYPE_I32, dwhy) < 0 ||
	    need_arg(g->dm, "cache_len", 0, DTYPE_I32, dwhy) < 0 ||
	    (ik = need_arg(g->dm, "kcache", 4, DTYPE_F32, dwhy)) < 0 ||
	    (iv = need_arg(g->dm, "vcache", 4, DTYPE_F32, dwhy)) < 0)
		goto fail;
	const struct mlir_func *df = mlir_find_func(g->dm, "main"), *pf;
	g->kt = *arg_type(g->dm, df, ik);
	if (!same_type(&g->kt, arg_type(g->dm, df, iv))) {
		err_set("%s: kcache and vcache differ in type", g->dm->file);
		goto fail;
	}
	g->layers = (int)g->kt.dim[0];
	g->capacity = (int)g->kt.dim[1];
	static const char pwhy[] = "a prefill graph takes tokens, positions and real_len, and kcache and vcache "
	    "unless it starts at position 0 and returns fresh caches";
	if ((it = need_arg(g->pm, "tokens", 1, DTYPE_I32, pwhy)) < 0 ||
	    need_arg(g->pm, "positions", 1, DTYPE_I32, pwhy) < 0 || need_arg(g->pm, "real_len", 0, DTYPE_I32, pwhy) < 0)
		goto fail;
	pf = mlir_find_func(g->pm, "main");
	g->chunk = (int)arg_type(g->pm, pf, it)->dim[0];
	int pk = arg_index(pf, "kcache"), pv = arg_index(pf, "vcache");
	if ((pk < 0) != (pv < 0)) {
		err_set("%s: @main has %s but not %s", g->pm->file, pk < 0 ? "vcache" : "kcache",
		    pk < 0 ? "kcache" : "vcache");
		goto fail;
	}
	g->prefill_caches = pk >= 0;
	if (g->prefill_caches && (!same_type(arg_type(g->pm, pf, pk), &g->kt) || !same_type(arg_type(g->pm, pf, pv), &g->kt))) {
		err_set("%s: its caches are not those of %s", g->pm->file, g->dm->file);
		goto fail;
	}
	if (pf->nresults == 3 && (!same_type(&pf->results[1], &g->kt) || !same_type(&pf->results[2], &g->kt))) {
		err_set("%s: the caches it returns are not those of %s", g->pm->file, g->dm->file);
		goto fail;
	}
	if (g->chunk < 1 || g->chunk > g->capacity) {
		err_set("%s: a chunk of %d tokens for a cache of %d", g->pm->file, g->chunk, g->capacity);
		goto fail;
	}

	if (!(g->s = be->open(&o->exec)))
		goto fail;
	if (be->state(g->s, "kcache", &g->kt) < 0 || be->state(g->s, "vcache", &g->kt) < 0 ||
	    (g->pg = load_graph(g, g->pm, "kcache", "vcache", &g->pin)) < 0 ||
	    (g->dg = load_graph(g, g->dm, "kcache", "vcache", &g->din)) < 0)
		goto fail;
	return 0;
fail: {
		char why[1024];
		snprintf(why, sizeof(why), "%s", err_reason());
		gen_close(g);
		return err_set("%s", why);
	}
}

int
gen_open_batch(struct gen *g, int B)
{
	char name[64];
	static const char why[] = "a batched decode graph takes token, pos and cache_len (B) and kcache and "
	    "vcache (L, B, S, KV, hd)";
	int ik;

	snprintf(name, sizeof(name), "decode_step_b%d", B);
	g->bm = g->o.graphs ? graph_file(g->o.graphs, name) : graph_emit(g, 0, B);
	if (!g->bm)
		return -1;
	if (need_arg(g->bm, "token", 1, DTYPE_I32, why) < 0 || need_arg(g->bm, "pos", 1, DTYPE_I32, why) < 0 ||
	    need_arg(g->bm, "cache_len", 1, DTYPE_I32, why) < 0 || (ik = need_arg(g->bm, "kcache", 5, DTYPE_F32, why)) < 0 ||
	    need_arg(g->bm, "vcache", 5, DTYPE_F32, why) < 0)
		return -1;
	const struct mlir_func *f = mlir_find_func(g->bm, "main");
	g->bkt = *arg_type(g->bm, f, ik);
	const int64_t *d = g->bkt.dim, *k = g->kt.dim;
	if (d[0] != k[0] || d[2] != k[1] || d[3] != k[2] || d[4] != k[3])
		return err_set("%s: its caches are not %d rows of those of %s", g->bm->file, (int)d[1], g->dm->file);
	if (arg_type(g->bm, f, arg_index(f, "token"))->dim[0] != d[1])
		return err_set("%s: token has not the %d rows of the caches", g->bm->file, (int)d[1]);
	if (g->s->be->state(g->s, "kcache_b", &g->bkt) < 0 || g->s->be->state(g->s, "vcache_b", &g->bkt) < 0 ||
	    (g->bg = load_graph(g, g->bm, "kcache_b", "vcache_b", &g->bin)) < 0)
		return -1;
	g->B = (int)d[1];
	return 0;
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

/* Runs graph h of m with the driver values vals (by enum) as its inputs;
 * stores the first output's tokens (rows of them, or the argmax of a
 * logits graph's) in next.  0 or -1. */
static int
call(struct gen *g, const struct mlir_module *m, int h, const int *in, const int *const *vals, int *next,
    int rows)
{
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct tensor *t[V_COUNT] = { 0 }, *out[1] = { 0 };
	int ni = 0, r, ret = -1;

	for (int i = 0; i < f->body.nargs; i++) {
		int v = value_of(f->arg_locs[i]);
		if (v < 0 || v == V_KCACHE || v == V_VCACHE)
			continue;
		if (!(t[ni] = tensor_new(arg_type(m, f, i))))
			goto out;
		memcpy(t[ni]->data, vals[in[ni]], t[ni]->nbytes);
		ni++;
	}
	if ((r = g->s->be->run(g->s, h, t, out)) < 0)
		goto out;
	if (r != 1 || !out[0]) {
		err_set("%s: one output expected, got %d", m->file, r);
		goto out;
	}
	if (out[0]->type.dt == DTYPE_F32 && rows == 1) {
		/* a _logits graph: keep them, choose as its argmax would */
		int64_t V = (int64_t)(out[0]->nbytes / 4);
		g->logits = ereallocarray(g->logits, (size_t)V, sizeof(float));
		memcpy(g->logits, out[0]->data, (size_t)V * 4);
		g->nlogits = V;
		*next = gen_argmax(g->logits, V);
		ret = 0;
	} else if (out[0]->type.dt == DTYPE_I32 && out[0]->nbytes == (size_t)rows * 4) {
		memcpy(next, out[0]->data, out[0]->nbytes);
		ret = 0;
	} else {
		char ty[128];
		mlir_type_str(ty, sizeof(ty), &out[0]->type);
		err_set("%s: the first result is %s, not the next token%s or the logits", m->file, ty,
		    rows > 1 ? "s" : "");
	}
out:
	for (int i = 0; i < ni; i++)
		tensor_free(t[i]);
	tensor_free(out[0]);
	return ret;
}

int
gen_prefill(struct gen *g, const int *ids, int n)
{
	int next = -1, C = g->chunk;
	int *toks = ecalloc((size_t)C, sizeof(int)), *ps = ecalloc((size_t)C, sizeof(int));

	if (g->pos + n > g->capacity) {
		err_set("the prompt needs %d positions but the cache holds %d", g->pos + n, g->capacity);
		goto out;
	}
	if (!g->prefill_caches && (g->pos || n > C)) {
		err_set("%s takes no caches: it prefills one bucket of %d tokens from position 0, and the "
		    "prompt has %d%s", g->pm->file, C, n, g->pos ? " after others" : "");
		goto out;
	}
	for (int done = 0; done < n;) {
		int rl = n - done < C ? n - done : C;
		/* the graph writes all C rows into the cache from g->pos */
		if (g->prefill_caches && g->pos + C > g->capacity) {
			err_set("a prefill chunk of %d at position %d runs past the cache of %d "
			    "(raise the capacity to a multiple of the chunk)", C, g->pos, g->capacity);
			goto out;
		}
		for (int i = 0; i < C; i++) {
			toks[i] = i < rl ? ids[done + i] : 0;
			ps[i] = g->pos + i;
		}
		const int *vals[V_COUNT] = { [V_TOKENS] = toks, [V_POSITIONS] = ps, [V_REAL_LEN] = &rl };
		if (call(g, g->pm, g->pg, g->pin, vals, &next, 1) < 0) {
			next = -1;
			goto out;
		}
		g->pos += rl;
		done += rl;
	}
out:
	free(toks);
	free(ps);
	return next;
}

int
gen_step(struct gen *g, int id)
{
	if (g->pos >= g->capacity)
		return err_set("the cache of %d positions is full", g->capacity);
	const int *vals[V_COUNT] = { [V_TOKEN] = &id, [V_POS] = &g->pos, [V_CACHE_LEN] = &g->pos };
	int next;
	if (call(g, g->dm, g->dg, g->din, vals, &next, 1) < 0)
		return -1;
	g->step_bytes = g->s->bytes_read;
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

int
gen_reset(struct gen *g)
{
	g->pos = 0;
	if (g->s->be->state(g->s, "kcache", &g->kt) < 0 || g->s->be->state(g->s, "vcache", &g->kt) < 0)
		return -1;
	return 0;
}

int
gen_batch_load(struct gen *g, int row)
{
	/* (L, S, KV, hd) into (L, B, S, KV, hd) at row */
	int64_t layer = (int64_t)mlir_numel(&g->kt) / g->layers * 4;
	struct exec_copy c = { .n = g->layers, .bytes = layer, .soff = 0, .sstride = layer,
	    .doff = row * layer, .dstride = g->B * layer };

	if (row < 0 || row >= g->B)
		return err_set("no batch row %d", row);
	if (g->s->be->copy(g->s, "kcache_b", "kcache", &c) < 0 || g->s->be->copy(g->s, "vcache_b", "vcache", &c) < 0)
		return -1;
	return 0;
}

int
gen_batch_step(struct gen *g, const int *tok, const int *pos, int *next)
{
	const int *vals[V_COUNT] = { [V_TOKEN] = tok, [V_POS] = pos, [V_CACHE_LEN] = pos };

	return call(g, g->bm, g->bg, g->bin, vals, next, g->B);
}

void
gen_close(struct gen *g)
{
	if (g->s)
		g->s->be->close(g->s);
	mlir_free(g->pm);
	mlir_free(g->dm);
	mlir_free(g->bm);
	free(g->pin), free(g->din), free(g->bin);
	free(g->logits);
	map_free(g->map);
	for (int i = 0; i < g->nbound; i++)
		free(g->bound[i]);
	free(g->bound);
	st_close(&g->st);
	memset(g, 0, sizeof(*g));
}
