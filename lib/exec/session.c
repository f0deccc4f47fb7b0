/* The session of the host backends (the interpreter and the CPU plan):
 * weights bound once and shared by every graph, states kept between
 * calls and handed to the graphs as arguments they may update in place,
 * inputs and outputs by role. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/util.h"
#include "exec/exec.h"

struct weight {
	char *name;
	struct tensor stored;		/* as the checkpoint stores it, borrowed */
	struct tensor **forms;		/* (nforms) the forms the graphs declared */
	int nforms;
};

struct state {
	char *name;
	struct tensor *t;
};

struct graph {
	const struct mlir_module *m;
	const struct mlir_func *f;
	void *st;			/* the host backend's prepared function */
	struct tensor **args;		/* (nargs) weights bound at load, the rest per call */
	struct exec_binding *arg, *res;	/* (nargs), (nres) roles, names owned by the session */
	int *aref, *rref;		/* (nargs), (nres) weight or state index */
	int nargs, nres;
	struct tensor **out;		/* (nres) scratch */
};

struct host {
	struct exec_session base;	/* first: the session is a host */
	const struct exec_host_ops *ops;
	void *shared;
	struct weight *w;
	int nw;
	struct state *s;
	int ns;
	struct graph *g;
	int ng;
};

static struct host *
H(struct exec_session *s)
{
	return (struct host *)s;
}

static int
find_weight(const struct host *h, const char *name)
{
	for (int i = 0; i < h->nw; i++)
		if (!strcmp(h->w[i].name, name))
			return i;
	return -1;
}

static int
find_state(const struct host *h, const char *name)
{
	for (int i = 0; i < h->ns; i++)
		if (!strcmp(h->s[i].name, name))
			return i;
	return -1;
}

static int
same_shape(const struct mlir_type *a, const struct mlir_type *b)
{
	return a->rank == b->rank && !memcmp(a->dim, b->dim, sizeof(a->dim[0]) * (size_t)a->rank);
}

int
exec_host_weight(struct exec_session *s, const char *name, const struct tensor *t)
{
	struct host *h = H(s);

	if (find_weight(h, name) >= 0)
		return err_set("weight '%s' given twice", name);
	h->w = ereallocarray(h->w, (size_t)h->nw + 1, sizeof(*h->w));
	struct weight *w = &h->w[h->nw++];
	memset(w, 0, sizeof(*w));
	w->name = estrdup(name);
	w->stored = *t;
	w->stored.borrowed = 1;
	return 0;
}

/* The form of weight w that an argument of type t takes, made once per
 * session: borrowed where the stored bytes serve (a raw backend reads a
 * bf16/f16 weight of an f32 argument as is), else a converted copy. */
static struct tensor *
weight_form(struct host *h, struct weight *w, const struct mlir_type *t)
{
	const struct tensor *st = &w->stored;

	for (int i = 0; i < w->nforms; i++)
		if (w->forms[i]->type.dt == t->dt)
			return w->forms[i];
	if (!same_shape(&st->type, t)) {
		char a[128], b[128];
		mlir_type_str(a, sizeof(a), &st->type);
		mlir_type_str(b, sizeof(b), t);
		err_set("weight '%s' is %s but the graph wants %s", w->name, a, b);
		return NULL;
	}
	enum dtype sd = st->type.dt;
	struct tensor *f;
	if (sd == t->dt || (h->ops->raw_weights && t->dt == DTYPE_F32 && (sd == DTYPE_BF16 || sd == DTYPE_F16))) {
		f = ecalloc(1, sizeof(*f));
		f->type = *t;
		f->data = st->data;
		f->nbytes = st->nbytes;
		f->borrowed = 1;
		f->stored = sd == t->dt ? DTYPE_INVALID : sd;
	} else if (dtype_is_float(t->dt) && dtype_is_float(sd)) {
		size_t n = (size_t)mlir_numel(t);
		if (!(f = tensor_new_raw(t)))
			return NULL;
		if (t->dt == DTYPE_F32) {
			dtype_to_f32(st->data, sd, n, f->data);
		} else {
			/* narrowing for a bf16/f16 graph: through f32, rounded once */
			float *tmp = malloc(n * sizeof(float));
			if (!tmp) {
				tensor_free(f);
				err_set("out of memory converting weight '%s'", w->name);
				return NULL;
			}
			dtype_to_f32(st->data, sd, n, tmp);
			dtype_from_f32(tmp, n, t->dt, f->data);
			free(tmp);
		}
	} else {
		err_set("weight '%s' is %s but the graph wants %s", w->name, dtype_st_name(sd),
		    t->name ? t->name : "?");
		return NULL;
	}
	w->forms = ereallocarray(w->forms, (size_t)w->nforms + 1, sizeof(*w->forms));
	w->forms[w->nforms++] = f;
	return f;
}

int
exec_host_state(struct exec_session *s, const char *name, const struct mlir_type *t)
{
	struct host *h = H(s);
	int i = find_state(h, name);

	if (i >= 0 && h->s[i].t && h->s[i].t->type.dt == t->dt && same_shape(&h->s[i].t->type, t)) {
		memset(h->s[i].t->data, 0, h->s[i].t->nbytes);
		return 0;
	}
	struct tensor *x = tensor_new(t);
	if (!x)
		return err_set("state '%s': %s", name, err_reason());
	x->inplace = 1;
	if (i < 0) {
		h->s = ereallocarray(h->s, (size_t)h->ns + 1, sizeof(*h->s));
		i = h->ns++;
		h->s[i].name = estrdup(name);
		h->s[i].t = NULL;
	}
	tensor_free(h->s[i].t);
	h->s[i].t = x;
	return 0;
}

int
exec_host_copy(struct exec_session *s, const char *dst, const char *src, const struct exec_copy *c)
{
	struct host *h = H(s);
	int d = find_state(h, dst), r = find_state(h, src);

	if (d < 0 || r < 0)
		return err_set("no state '%s'", d < 0 ? dst : src);
	const struct tensor *a = h->s[r].t;
	struct tensor *b = h->s[d].t;
	if (c->n < 0 || c->bytes < 0 ||
	    (c->n && (c->soff < 0 || c->doff < 0 || c->sstride < 0 || c->dstride < 0 ||
	    c->soff + (c->n - 1) * c->sstride + c->bytes > (int64_t)a->nbytes ||
	    c->doff + (c->n - 1) * c->dstride + c->bytes > (int64_t)b->nbytes)))
		return err_set("a copy from state '%s' to '%s' runs past one of them", src, dst);
	for (int64_t i = 0; i < c->n; i++)
		memmove((char *)b->data + c->doff + i * c->dstride, (const char *)a->data + c->soff + i * c->sstride,
		    (size_t)c->bytes);
	return 0;
}

int
exec_host_read(struct exec_session *s, const char *name, struct tensor **out)
{
	struct host *h = H(s);
	int i = find_state(h, name);

	if (i < 0 || !h->s[i].t)
		return err_set("no state '%s'", name);
	return (*out = tensor_copy(h->s[i].t)) ? 0 : -1;
}

static void
free_graph(struct host *h, struct graph *g)
{
	if (g->st)
		h->ops->free(g->st);
	for (int i = 0; g->arg && i < g->nargs; i++)
		free((char *)g->arg[i].name);
	for (int i = 0; g->res && i < g->nres; i++)
		free((char *)g->res[i].name);
	free(g->args), free(g->arg), free(g->res), free(g->aref), free(g->rref), free(g->out);
	memset(g, 0, sizeof(*g));
}

int
exec_host_load(struct exec_session *s, const struct mlir_module *m, const char *func,
    const struct exec_binding *args, const struct exec_binding *results)
{
	struct host *h = H(s);
	const struct mlir_func *f = mlir_find_func(m, func);
	struct graph g = { .m = m, .f = f };

	if (!f)
		return err_set("%s: no function '@%s'", m->file, func);
	g.nargs = f->body.nargs;
	g.nres = f->nresults;
	g.args = ecalloc((size_t)g.nargs + 1, sizeof(*g.args));
	g.arg = ecalloc((size_t)g.nargs + 1, sizeof(*g.arg));
	g.aref = ecalloc((size_t)g.nargs + 1, sizeof(*g.aref));
	g.res = ecalloc((size_t)g.nres + 1, sizeof(*g.res));
	g.rref = ecalloc((size_t)g.nres + 1, sizeof(*g.rref));
	g.out = ecalloc((size_t)g.nres + 1, sizeof(*g.out));
	for (int k = 0; k < g.nargs; k++) {
		const struct mlir_type *t = &m->types[f->body.args[k]];
		g.arg[k].role = args[k].role;
		g.arg[k].name = args[k].name ? estrdup(args[k].name) : NULL;
		g.aref[k] = -1;
		if (args[k].role == EXEC_WEIGHT) {
			int i = args[k].name ? find_weight(h, args[k].name) : -1;
			if (i < 0) {
				err_set("%s: argument %d of @%s: no weight '%s' was given", m->file, k, func,
				    args[k].name ? args[k].name : "?");
				goto fail;
			}
			if (!(g.args[k] = weight_form(h, &h->w[i], t)))
				goto fail;
			g.aref[k] = i;
		} else if (args[k].role == EXEC_STATE) {
			int i = args[k].name ? find_state(h, args[k].name) : -1;
			if (i < 0) {
				err_set("%s: argument %d of @%s: no state '%s'", m->file, k, func,
				    args[k].name ? args[k].name : "?");
				goto fail;
			}
			const struct mlir_type *st = &h->s[i].t->type;
			if (st->dt != t->dt || !same_shape(st, t)) {
				char a[128], b[128];
				mlir_type_str(a, sizeof(a), st);
				mlir_type_str(b, sizeof(b), t);
				err_set("%s: argument %d of @%s: state '%s' is %s, the graph wants %s", m->file, k,
				    func, args[k].name, a, b);
				goto fail;
			}
			g.aref[k] = i;
		} else if (args[k].role != EXEC_INPUT) {
			err_set("%s: argument %d of @%s cannot be an output", m->file, k, func);
			goto fail;
		}
	}
	for (int k = 0; k < g.nres; k++) {
		g.res[k].role = results[k].role;
		g.res[k].name = results[k].name ? estrdup(results[k].name) : NULL;
		g.rref[k] = -1;
		if (results[k].role == EXEC_STATE) {
			int i = results[k].name ? find_state(h, results[k].name) : -1;
			if (i < 0) {
				err_set("%s: result %d of @%s: no state '%s'", m->file, k, func,
				    results[k].name ? results[k].name : "?");
				goto fail;
			}
			const struct mlir_type *st = &h->s[i].t->type, *t = &f->results[k];
			if (st->dt != t->dt || !same_shape(st, t)) {
				err_set("%s: result %d of @%s does not have the type of state '%s'", m->file, k, func,
				    results[k].name);
				goto fail;
			}
			g.rref[k] = i;
		} else if (results[k].role != EXEC_OUTPUT) {
			err_set("%s: result %d of @%s must be an output or a state", m->file, k, func);
			goto fail;
		}
	}
	if (!(g.st = h->ops->load(h->shared, m, func)))
		goto fail;
	h->g = ereallocarray(h->g, (size_t)h->ng + 1, sizeof(*h->g));
	h->g[h->ng] = g;
	return h->ng++;
fail:
	free_graph(h, &g);
	return -1;
}

int
exec_host_run(struct exec_session *s, int gi, struct tensor *const *in, struct tensor **out)
{
	struct host *h = H(s);

	if (gi < 0 || gi >= h->ng)
		return err_set("no graph %d", gi);
	struct graph *g = &h->g[gi];
	int ni = 0, no = 0;

	for (int k = 0; k < g->nargs; k++) {
		if (g->arg[k].role == EXEC_STATE)
			g->args[k] = h->s[g->aref[k]].t;
		else if (g->arg[k].role == EXEC_INPUT)
			g->args[k] = in[ni++];
	}
	int r = h->ops->run(g->st, g->args, g->nargs, g->out, g->nres);
	for (int k = 0; k < g->nargs; k++)
		if (g->arg[k].role != EXEC_WEIGHT)
			g->args[k] = NULL;
	struct exec_checks c;
	h->ops->checks(g->st, &c);
	if (c.failed && !s->checks.failed) {
		s->checks.line = c.line;
		snprintf(s->checks.msg, sizeof(s->checks.msg), "%s", c.msg);
	}
	s->checks.run = c.run;
	s->checks.failed = c.failed;
	s->bytes_read = h->ops->bytes ? h->ops->bytes(g->st) : -1;
	if (r < 0)
		return -1;
	if (r != g->nres) {
		for (int k = 0; k < r; k++)
			if (!g->out[k]->inplace)
				tensor_free(g->out[k]);
		return err_set("%s: @%s returned %d values, its signature %d", g->m->file, g->f->name, r, g->nres);
	}
	for (int k = 0; k < g->nres; k++) {
		struct tensor *t = g->out[k];
		if (g->res[k].role == EXEC_OUTPUT) {
			if (t->inplace) {
				/* a state handed back as an output too: a copy */
				if (!(t = tensor_copy(t)))
					return -1;
			}
			out[no++] = t;
			continue;
		}
		struct state *st = &h->s[g->rref[k]];
		if (t != st->t) {
			/* a new tensor (the interpreter, or a graph that makes
			 * fresh caches): it becomes the state */
			int shared = 0;
			for (int j = 0; j < k; j++)
				shared |= g->out[j] == st->t;
			if (!shared)
				tensor_free(st->t);
			st->t = t;
		}
		st->t->inplace = 1;
	}
	return no;
}

void
exec_host_close(struct exec_session *s)
{
	struct host *h = H(s);

	if (!h)
		return;
	for (int i = 0; i < h->ng; i++)
		free_graph(h, &h->g[i]);
	free(h->g);
	for (int i = 0; i < h->nw; i++) {
		for (int k = 0; k < h->w[i].nforms; k++)
			tensor_free(h->w[i].forms[k]);
		free(h->w[i].forms);
		free(h->w[i].name);
	}
	free(h->w);
	for (int i = 0; i < h->ns; i++) {
		tensor_free(h->s[i].t);
		free(h->s[i].name);
	}
	free(h->s);
	if (h->ops->close)
		h->ops->close(h->shared);
	free(h);
}

struct exec_session *
exec_host_open(const struct exec_backend *be, const struct exec_host_ops *ops, const struct exec_opts *o)
{
	struct host *h = ecalloc(1, sizeof(*h));
	struct exec_opts def = { 0 };

	h->base.be = be;
	h->ops = ops;
	h->shared = ops->open ? ops->open(o ? o : &def) : NULL;
	return &h->base;
}

