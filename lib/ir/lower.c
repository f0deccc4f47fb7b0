/* Lowering: op names to codes, attribute text to decoded fields, dense
 * literals to bytes.  The attribute spellings read here are the generic
 * form's keys, to which the parser normalizes the pretty forms. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/util.h"
#include "ir/mlir.h"
#include "ir/ops.h"
#include "ir/tensor.h"

static const char *const names[OP_COUNT] = {
	[OP_UNKNOWN] = "?",
#define X(c, n) [OP_##c] = n,
	OP_TABLE(X)
#undef X
};

const char *
op_name(enum op_code c)
{
	return c > 0 && c < OP_COUNT ? names[c] : "?";
}

enum op_code
op_lookup(const char *name)
{
	/* a sorted index built once: the table is in the order of its
	 * groups, not of its names */
	static int order[OP_COUNT];
	static int ready;

	if (!ready) {
		int n = 0;
		for (int c = 1; c < OP_COUNT; c++) {
			int k = n++;
			while (k > 0 && strcmp(names[order[k - 1]], names[c]) > 0) {
				order[k] = order[k - 1];
				k--;
			}
			order[k] = c;
		}
		ready = 1;
	}
	int lo = 0, hi = OP_COUNT - 2;
	while (lo <= hi) {
		int mid = (lo + hi) / 2, d = strcmp(name, names[order[mid]]);
		if (!d)
			return (enum op_code)order[mid];
		if (d < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return OP_UNKNOWN;
}

struct lw {
	struct mlir_module *m;
	const struct mlir_op *op;
	struct op_attrs *a;
	struct op_attrs **kept;	/* (nkept) attrs in the arena, by hash: keep_attrs */
	size_t nkept;
};

static int
fail(const struct lw *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int
fail(const struct lw *w, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return err_set("%s:%d: '%s': %s", w->m->file, w->op->line, w->op->name, msg);
}

static const struct mlir_type *
operand_type(const struct lw *w, int k)
{
	return &w->m->types[w->op->operands[k]];
}

static const struct mlir_type *
result_type(const struct lw *w, int k)
{
	return &w->m->types[w->op->results[k]];
}

/* An integer list attribute into out (at most OPA_MAX): its count, or -1
 * when absent; malformed or too long is an error (-2). */
static int
ints(const struct lw *w, const char *key, int64_t *out)
{
	int64_t tmp[64];
	int n = mlir_attr_ints(w->op, key, tmp, (int)LEN(tmp));

	if (n < 0)
		return mlir_attr(w->op, key) ? fail(w, "%s: expected a list of integers", key) - 1 : -1;
	if (n > OPA_MAX)
		return fail(w, "%s: %d entries, at most %d", key, n, OPA_MAX) - 1;
	memcpy(out, tmp, (size_t)n * sizeof(*out));
	return n;
}

/* An index list that must name dimensions of a rank-r value once each. */
static int
dims_in(const struct lw *w, const char *what, const int64_t *d, int n, int r)
{
	for (int i = 0; i < n; i++) {
		if (d[i] < 0 || d[i] >= r)
			return fail(w, "%s: dimension %" PRId64 " is outside 0..%d", what, d[i], r - 1);
		for (int j = 0; j < i; j++)
			if (d[j] == d[i])
				return fail(w, "%s: dimension %" PRId64 " is named twice", what, d[i]);
	}
	return 0;
}

/* The integers of a "[a, b, ...]" list from *pp (just after its '['),
 * into o (n): *pp ends after the last one.  0, or -1 with a reason. */
static int
list_items(const struct lw *w, const char *key, const char **pp, int64_t *o, int *n)
{
	const char *p = *pp;

	while (*p && *p != ']') {
		char *e;
		long long v = strtoll(p, &e, 10);
		if (e == p)
			return fail(w, "%s: expected an integer", key);
		if (*n == OPA_MAX)
			return fail(w, "%s: more than %d dimensions", key, OPA_MAX);
		o[(*n)++] = v;
		p = e;
		while (*p == ',' || *p == ' ')
			p++;
	}
	*pp = p;
	return 0;
}

/* "[0, 1] x [0, 2]" into two lists */
static int
dim_pair(const struct lw *w, const char *key, int64_t *a, int *na, int64_t *b, int *nb)
{
	const char *s = mlir_attr(w->op, key), *p;

	*na = *nb = 0;
	if (!s)
		return 0;
	p = s;
	for (int side = 0; side < 2; side++) {
		int64_t *o = side ? b : a;
		int *n = side ? nb : na;
		if (!(p = strchr(p, '[')))
			return fail(w, "%s: expected '[...] x [...]'", key);
		p++;
		if (list_items(w, key, &p, o, n) < 0)
			return -1;
		if (side == 0 && !(p = strchr(p, 'x')))
			return fail(w, "%s: expected '[...] x [...]'", key);
	}
	return 0;
}

/* key = [a, b] inside a #stablehlo.<...> dimension-numbers attribute */
static int
field(const struct lw *w, const char *dn, const char *key, int64_t *o, int *n)
{
	const char *p = dn ? strstr(dn, key) : NULL;

	*n = 0;
	if (!p)
		return 0;
	p += strlen(key);
	while (*p == ' ')
		p++;
	if (*p != '=' || !(p = strchr(p, '[')))
		return fail(w, "%s: expected '= [...]'", key);
	p++;
	return list_items(w, key, &p, o, n);
}

static int
field_int(const char *dn, const char *key, int64_t *out)
{
	const char *v = dn ? strstr(dn, key) : NULL;

	if (v && (v = strchr(v, '=')))
		*out = strtoll(v + 1, NULL, 10);
	return 0;
}

/* Dense literals */

/* The range an integer literal of type t may take: MLIR accepts a
 * signless value that fits the width read either way. */
static int
int_in_range(const struct mlir_type *t, int neg, uint64_t mag)
{
	int bits = t->dt == DTYPE_BOOL ? 1 : t->bits;
	uint64_t umax = bits >= 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
	uint64_t nmax = bits >= 64 ? (uint64_t)1 << 63 : (uint64_t)1 << (bits - 1);

	if (t->dt == DTYPE_BOOL)
		return !neg ? mag <= 1 : mag <= 1;
	if (neg)
		return !dtype_is_unsigned_int(t->dt) && mag <= nmax;
	return mag <= umax;
}

/* Parses "dense<...>" for type t into x (whose data has room for the
 * whole tensor, or one element when *splat may be set).  A hex string
 * or a single value of a non-scalar type is a splat: *splat is set and
 * only element 0 is written when the caller allows it. */
static int
parse_dense(const struct lw *w, const char *text, struct tensor *x, int *splat)
{
	const char *p = text;
	size_t n = (size_t)mlir_numel(&x->type), es = dtype_size(x->type.dt), k = 0;
	int fl = dtype_is_float(x->type.dt);

	*splat = 0;
	if (strncmp(p, "dense<", 6) != 0)
		return fail(w, "expected dense<...>, got '%.40s'", text);
	p += 6;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '"') {
		/* little-endian raw bytes: the whole tensor, or one splatted */
		p++;
		if (p[0] != '0' || (p[1] != 'x' && p[1] != 'X'))
			return fail(w, "a dense string must be hex bytes");
		p += 2;
		const char *h = p;
		while (isxdigit((unsigned char)*p))
			p++;
		if (*p != '"' || (p - h) % 2)
			return fail(w, "a dense string must be hex bytes");
		size_t nb = (size_t)(p - h) / 2;
		if (nb != x->nbytes && nb != es)
			return fail(w, "hex constant of %zu bytes for %zu bytes", nb, x->nbytes);
		if (nb == es && n != 1)
			*splat = 1;
		for (size_t i = 0; i < nb; i++) {
			char d[3] = { h[2 * i], h[2 * i + 1], 0 };
			((unsigned char *)x->data)[i] = (unsigned char)strtoul(d, NULL, 16);
		}
		return 0;
	}
	int list = *p == '[';
	for (;;) {
		while (*p == '[' || *p == ']' || *p == ',' || isspace((unsigned char)*p))
			p++;
		if (*p == '>' || *p == '\0')
			break;
		if (*p == '(')
			return fail(w, "complex constants are not supported");
		if (k >= n && !(!list && k == 0))
			return fail(w, "more values than the %zu elements", n);
		if (k >= 1 && !list)
			return fail(w, "expected '>' after the value");
		char *e;
		if (!strncmp(p, "true", 4) || !strncmp(p, "false", 5)) {
			int v = *p == 't';
			p += v ? 4 : 5;
			if (k >= n)	/* a splat of an empty tensor: nothing to hold */
				;
			else if (fl)
				tensor_set_f(x, k, v);
			else
				tensor_set_i(x, k, v);
		} else if (fl) {
			int neg = *p == '-';
			const char *q = p + neg;
			if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) {
				uint64_t bits = strtoull(q + 2, &e, 16);
				if (k < n)
					memcpy((unsigned char *)x->data + k * es, &bits, es);
			} else {
				double v = strtod(p, &e);
				if (e == p)
					return fail(w, "bad number '%.20s'", p);
				/* a literal rounds once from its decimal value */
				if (x->type.dt == DTYPE_F32)
					v = strtof(p, NULL);
				if (k < n)
					tensor_set_f(x, k, v);
			}
			p = e;
		} else {
			int neg = *p == '-';
			const char *q = p + neg;
			if (*q == '-' || *q == '+')
				return fail(w, "bad number '%.20s'", p);
			errno = 0;
			uint64_t mag = strtoull(q, &e, 0);
			if (e == q)
				return fail(w, "bad number '%.20s'", p);
			if (errno == ERANGE || !int_in_range(&x->type, neg, mag))
				return fail(w, "%.*s is out of the range of %s", (int)(e - p), p,
				    x->type.name ? x->type.name : "its type");
			if (k < n)
				tensor_set_i(x, k, neg ? (int64_t)(0 - mag) : (int64_t)mag);
			p = e;
		}
		k++;
	}
	if (!list && k == 1) {
		if (n != 1)
			*splat = 1;
		return 0;
	}
	if (k != n)
		return fail(w, "%zu values for %zu elements", k, n);
	return 0;
}

/* Decodes the dense value of the op's attribute key for type t into
 * a->bytes: the whole tensor, written out even for a splat literal
 * (bounded by TENSOR_MAX_BYTES, checked with the types). */
static int
dense_bytes(const struct lw *w, const char *key, const struct mlir_type *t)
{
	const char *v = mlir_attr(w->op, key);
	struct tensor x = { .type = *t };
	int64_t nb = tensor_bytes(t);
	size_t es = dtype_size(t->dt);
	int splat;

	if (!v)
		return fail(w, "no %s", key);
	if (nb < 0)
		return fail(w, "%s", err_reason());
	x.nbytes = (size_t)nb;
	if (!(x.data = malloc(x.nbytes ? x.nbytes : 1)))
		return fail(w, "out of memory for the value (%zu bytes)", x.nbytes);
	if (parse_dense(w, v, &x, &splat) < 0) {
		free(x.data);
		return -1;
	}
	if (splat)
		for (size_t i = 1; i * es < x.nbytes; i++)
			memcpy((char *)x.data + i * es, x.data, es);
	void *b = arena_alloc(&w->m->arena, x.nbytes ? x.nbytes : 1);
	memcpy(b, x.data, x.nbytes);
	free(x.data);
	w->a->bytes = b;
	w->a->nbytes = x.nbytes;
	return 0;
}

/* Per op */

static int
lower_compare(const struct lw *w)
{
	static const char *const dirs[] = { "EQ", "NE", "LT", "LE", "GT", "GE" };
	static const char *const types[] = { "NOTYPE", "FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED" };
	const char *d = mlir_attr(w->op, "comparison_direction"), *t = mlir_attr(w->op, "compare_type");

	if (!d)
		return fail(w, "no comparison direction");
	if (strchr(d, '<'))
		d = strchr(d, '<') + 1;
	while (*d == ' ')
		d++;
	if (!strncmp(d, "comparison_direction", 20))
		d += 20;
	while (*d == ' ')
		d++;
	size_t i;
	for (i = 0; i < LEN(dirs); i++)
		if (!strncmp(d, dirs[i], 2) && !isalpha((unsigned char)d[2]))
			break;
	if (i == LEN(dirs))
		return fail(w, "unknown direction '%s'", d);
	w->a->dir = (enum cmp_dir)i;
	w->a->ctype = CMPT_DEFAULT;
	if (t) {
		if (strchr(t, '<'))
			t = strchr(t, '<') + 1;
		while (*t == ' ')
			t++;
		if (!strncmp(t, "comparison_type", 15))
			t += 15;
		while (*t == ' ')
			t++;
		for (i = 0; i < LEN(types); i++)
			if (!strncmp(t, types[i], strlen(types[i])) && !isalpha((unsigned char)t[strlen(types[i])]))
				break;
		if (i == LEN(types))
			return fail(w, "unknown comparison type '%s'", t);
		w->a->ctype = (enum cmp_type)i;
	}
	return 0;
}

/* "[a:b, c:d:s]" of the pretty slice, or start/limit/strides arrays */
static int
lower_slice(const struct lw *w)
{
	const char *s = mlir_attr(w->op, "slice");
	struct op_attrs *a = w->a;
	int rank = operand_type(w, 0)->rank, d = 0;

	if (s) {
		s++;
		while (*s && *s != ']' && d < rank) {
			char *e;
			a->lo[d] = strtoll(s, &e, 10);
			if (*e != ':')
				return fail(w, "bad slice bounds");
			a->hi[d] = strtoll(e + 1, &e, 10);
			a->st[d] = 1;
			if (*e == ':')
				a->st[d] = strtoll(e + 1, &e, 10);
			d++;
			s = e;
			while (*s == ',' || *s == ' ')
				s++;
		}
		if (d != rank)
			return fail(w, "bad slice bounds");
		return 0;
	}
	if (ints(w, "start_indices", a->lo) != rank || ints(w, "limit_indices", a->hi) != rank)
		return fail(w, "bad slice bounds");
	if (ints(w, "strides", a->st) != rank)
		for (d = 0; d < rank; d++)
			a->st[d] = 1;
	return 0;
}

static int
lower_pad(const struct lw *w)
{
	struct op_attrs *a = w->a;
	int rank = operand_type(w, 0)->rank;

	if (ints(w, "edge_padding_low", a->lo) != rank && ints(w, "low", a->lo) != rank)
		return fail(w, "no low padding");
	if (ints(w, "edge_padding_high", a->hi) != rank && ints(w, "high", a->hi) != rank)
		return fail(w, "no high padding");
	if (ints(w, "interior_padding", a->st) != rank && ints(w, "interior", a->st) != rank)
		return fail(w, "no interior padding");
	return 0;
}

static int
lower_dot(const struct lw *w)
{
	struct op_attrs *a = w->a;
	const char *dn = mlir_attr(w->op, "dot_dimension_numbers");
	int nrb = 0, nrc = 0;

	if (dn) {
		if (field(w, dn, "lhs_batching_dimensions", a->lb, &a->nb) < 0 ||
		    field(w, dn, "rhs_batching_dimensions", a->rb, &nrb) < 0 ||
		    field(w, dn, "lhs_contracting_dimensions", a->lc, &a->nc) < 0 ||
		    field(w, dn, "rhs_contracting_dimensions", a->rc, &nrc) < 0)
			return -1;
	} else if (dim_pair(w, "batching_dims", a->lb, &a->nb, a->rb, &nrb) < 0 ||
	    dim_pair(w, "contracting_dims", a->lc, &a->nc, a->rc, &nrc) < 0) {
		return -1;
	}
	if (a->nb != nrb || a->nc != nrc)
		return fail(w, "unpaired dimensions");
	int rx = operand_type(w, 0)->rank, ry = operand_type(w, 1)->rank;
	int64_t lx[2 * OPA_MAX], ly[2 * OPA_MAX];
	memcpy(lx, a->lb, (size_t)a->nb * 8);
	memcpy(lx + a->nb, a->lc, (size_t)a->nc * 8);
	memcpy(ly, a->rb, (size_t)a->nb * 8);
	memcpy(ly + a->nb, a->rc, (size_t)a->nc * 8);
	if (dims_in(w, "lhs dimensions", lx, a->nb + a->nc, rx) < 0 ||
	    dims_in(w, "rhs dimensions", ly, a->nb + a->nc, ry) < 0)
		return -1;
	return 0;
}

static int
lower_gather_scatter(const struct lw *w, int scatter)
{
	static const char *const gk[GD_COUNT] = { "offset_dims", "collapsed_slice_dims", "start_index_map",
		"operand_batching_dims", "start_indices_batching_dims" };
	static const char *const sk[GD_COUNT] = { "update_window_dims", "inserted_window_dims",
		"scatter_dims_to_operand_dims", "input_batching_dims", "scatter_indices_batching_dims" };
	struct op_attrs *a = w->a;
	const char *dn = mlir_attr(w->op, scatter ? "scatter_dimension_numbers" : "dimension_numbers");

	if (!dn)
		return fail(w, "no dimension_numbers");
	for (int i = 0; i < GD_COUNT; i++)
		if (field(w, dn, (scatter ? sk : gk)[i], a->g[i], &a->ng[i]) < 0)
			return -1;
	a->dim = 0;	/* index_vector_dim absent: 0, MLIR's default */
	field_int(dn, "index_vector_dim", &a->dim);
	if (!scatter && (a->n = ints(w, "slice_sizes", a->v)) != operand_type(w, 0)->rank)
		return fail(w, "bad slice_sizes");
	/* every dimension named inside the ranks it indexes, so backends
	 * may index by them: operand, indices, result (gather) or updates
	 * (scatter) */
	int n = scatter ? (w->op->noperands - 1) / 2 : 1;
	if (w->op->noperands < (scatter ? 3 : 2) || (scatter && w->op->noperands != 2 * n + 1) || w->op->nresults < 1)
		return fail(w, "takes the wrong number of operands");
	int ro = operand_type(w, 0)->rank, ri = operand_type(w, n)->rank;
	int rw = scatter ? operand_type(w, n + 1)->rank : result_type(w, 0)->rank;
	const char *const *k = scatter ? sk : gk;
	if (dims_in(w, k[GD_OFFSET], a->g[GD_OFFSET], a->ng[GD_OFFSET], rw) < 0 ||
	    dims_in(w, k[GD_COLLAPSED], a->g[GD_COLLAPSED], a->ng[GD_COLLAPSED], ro) < 0 ||
	    dims_in(w, k[GD_START_MAP], a->g[GD_START_MAP], a->ng[GD_START_MAP], ro) < 0 ||
	    dims_in(w, k[GD_OPERAND_BATCH], a->g[GD_OPERAND_BATCH], a->ng[GD_OPERAND_BATCH], ro) < 0 ||
	    dims_in(w, k[GD_INDEX_BATCH], a->g[GD_INDEX_BATCH], a->ng[GD_INDEX_BATCH], ri) < 0)
		return -1;
	if (a->dim < 0 || a->dim > ri)
		return fail(w, "index_vector_dim %" PRId64 " is outside 0..%d", a->dim, ri);
	int64_t iv = a->dim < ri ? operand_type(w, n)->dim[a->dim] : 1;
	if (a->ng[GD_START_MAP] != iv)
		return fail(w, "%s: %d dimensions for index vectors of %" PRId64, k[GD_START_MAP],
		    a->ng[GD_START_MAP], iv);
	return 0;
}

/* The binary op a reduce body is: "applies stablehlo.add", or a region
 * (a, b) { %r = op %a, %b; return %r }. */
static void
reduce_body(const struct lw *w)
{
	const char *ap = mlir_attr(w->op, "applies");
	struct op_attrs *a = w->a;

	a->body = OP_UNKNOWN;
	if (ap) {
		a->body = op_lookup(ap);
		a->body_applies = 1;
		return;
	}
	if (w->op->nregions != 1)
		return;
	const struct mlir_region *r = w->op->regions[0];
	if (r->nops != 2 || r->nargs != 2 || r->ops[0].noperands != 2 || r->ops[0].nresults != 1 ||
	    r->ops[1].noperands != 1 || r->ops[1].operands[0] != r->ops[0].results[0])
		return;
	const int *o = r->ops[0].operands;
	if ((o[0] == r->args[0] && o[1] == r->args[1]) || (o[0] == r->args[1] && o[1] == r->args[0]))
		a->body = op_lookup(r->ops[0].name);
	if (!OP_IS_BINARY(a->body))
		a->body = OP_UNKNOWN;
}

/* The argmax body the generation graphs use: (a > b || a != a) picks a,
 * ties to the lower index.  Recognized here, once, for every backend. */
static int
is_argmax(const struct mlir_op *op)
{
	static const enum op_code seq[] = { OP_COMPARE, OP_COMPARE, OP_OR, OP_COMPARE, OP_COMPARE, OP_AND,
		OP_OR, OP_SELECT, OP_SELECT, OP_RETURN };
	static const int dir[] = { CMP_GT, CMP_NE, -1, CMP_EQ, CMP_LT };

	if (op->nregions != 1 || op->noperands != 4 || op->regions[0]->nops != (int)LEN(seq))
		return 0;
	const struct mlir_region *r = op->regions[0];
	for (size_t i = 0; i < LEN(seq); i++) {
		if (r->ops[i].code != seq[i])
			return 0;
		if (i < LEN(dir) && dir[i] >= 0 && (int)r->ops[i].a->dir != dir[i])
			return 0;
	}
	const struct mlir_op *o = r->ops;
	/* block args (acc value, acc index, value, index): acc > value, acc != acc,
	 * acc == value, acc index < index; the selects pick the acc's */
	return r->nargs == 4 && o[0].operands[0] == r->args[0] && o[0].operands[1] == r->args[2] &&
	    o[1].operands[0] == r->args[0] && o[1].operands[1] == r->args[0] && o[3].operands[0] == r->args[0] &&
	    o[3].operands[1] == r->args[2] && o[4].operands[0] == r->args[1] && o[4].operands[1] == r->args[3] &&
	    o[7].operands[1] == r->args[0] && o[7].operands[2] == r->args[2] && o[8].operands[1] == r->args[1] &&
	    o[8].operands[2] == r->args[3] && o[9].operands[0] == o[7].results[0] &&
	    o[9].operands[1] == o[8].results[0];
}

static int
lower_reduce_window(const struct lw *w)
{
	struct op_attrs *a = w->a;
	int rank = operand_type(w, 0)->rank;

	if ((a->n = ints(w, "window_dimensions", a->v)) != rank)
		return fail(w, "bad window_dimensions");
	if (ints(w, "window_strides", a->st) != rank)
		for (int d = 0; d < rank; d++) a->st[d] = 1;
	if (ints(w, "base_dilations", a->bd) != rank)
		for (int d = 0; d < rank; d++) a->bd[d] = 1;
	if (ints(w, "window_dilations", a->wdl) != rank)
		for (int d = 0; d < rank; d++) a->wdl[d] = 1;
	const char *pt = mlir_attr(w->op, "padding");
	if (pt) {
		/* dense<[[lo, hi], ...]> or dense<0> */
		const char *p = strchr(pt, '<');
		int k = 0;
		for (p = p ? p + 1 : pt; *p && *p != '>' && k < 2 * rank;) {
			char *e;
			long long v = strtoll(p, &e, 10);
			if (e != p) {
				a->pad[k++] = v;
				p = e;
			} else {
				p++;
			}
		}
		if (k == 1)
			for (int j = 1; j < 2 * rank; j++)
				a->pad[j] = a->pad[0];
	}
	for (int d = 0; d < rank; d++)
		if (a->v[d] < 1 || a->st[d] < 1 || a->bd[d] < 1 || a->wdl[d] < 1)
			return fail(w, "window sizes, strides and dilations must be positive");
	return 0;
}

static int
lower_check(struct lw *w, const char *t)
{
	struct op_attrs *a = w->a;

	a->tol = 1e-4;
	if (!strncmp(t, "expect_almost_eq", 16)) {
		a->check = 'a';
		const char *tt = mlir_attr(w->op, "tolerance");
		if (tt)
			a->tol = strtod(tt, NULL);
	} else if (!strncmp(t, "expect_close", 12)) {
		a->check = 'c';
	} else if (!strncmp(t, "expect_eq", 9) || !strcmp(t, "eq")) {
		a->check = 'e';
	} else {
		return 0;	/* a check the interpreter lacks: unsupported */
	}
	if (strstr(t, "_const")) {
		if (w->op->noperands < 1)
			return fail(w, "expects an operand");
		if (operand_type(w, 0)->dt == DTYPE_INVALID)
			return 0;	/* complex and the like: unsupported when run */
		if (!mlir_attr(w->op, "value"))
			return fail(w, "no value");
		return dense_bytes(w, "value", operand_type(w, 0));
	}
	return 0;
}

static int lower_region(struct lw *w, struct mlir_region *r);
static int lower_op1(struct lw *w, struct mlir_op *op, struct op_attrs *a);

/* The arena's copy of *a: one per distinct value.  An op's attrs are
 * 1.2 KB, most ops have none (add, reshape) and a model's layers repeat
 * the rest; a 1B model's prefill and decode graphs held 5.8 MB of
 * them, alive while their plans are. */
static const struct op_attrs *
keep_attrs(struct lw *w, const struct op_attrs *a)
{
	uint64_t h = 14695981039346656037u;
	const unsigned char *b = (const unsigned char *)a;

	for (size_t i = 0; i < sizeof(*a); i++)
		h = (h ^ b[i]) * 1099511628211u;
	if (!w->kept) {
		w->nkept = 4096;
		w->kept = ecalloc(w->nkept, sizeof(*w->kept));
	}
	size_t i = (size_t)(h % w->nkept), used = 0;
	for (; w->kept[i]; i = (i + 1) % w->nkept, used++) {
		if (!memcmp(w->kept[i], a, sizeof(*a)))
			return w->kept[i];
		if (used == w->nkept / 2) {	/* crowded: no longer interned */
			struct op_attrs *c = arena_alloc(&w->m->arena, sizeof(*c));
			memcpy(c, a, sizeof(*c));
			return c;
		}
	}
	struct op_attrs *c = arena_alloc(&w->m->arena, sizeof(*c));
	memcpy(c, a, sizeof(*c));
	return w->kept[i] = c;
}

/* Decodes op's attributes into a zeroed struct (padding included, so
 * equal attrs compare equal), then keeps the arena's copy. */
static int
lower_op(struct lw *w, struct mlir_op *op)
{
	struct op_attrs a;

	memset(&a, 0, sizeof(a));
	int r = lower_op1(w, op, &a);
	op->a = keep_attrs(w, &a);
	w->a = NULL;
	return r;
}

static int
lower_op1(struct lw *w, struct mlir_op *op, struct op_attrs *a)
{
	int64_t d;

	w->op = op;
	w->a = a;
	op->a = a;
	if ((op->code = op_lookup(op->name)) == OP_UNKNOWN)
		return fail(w, "no dialect defines this op");
	for (int k = 0; k < op->nresults; k++)
		if (result_type(w, k)->dt != DTYPE_INVALID && tensor_bytes(result_type(w, k)) < 0)
			return fail(w, "%s", err_reason());
	for (int k = 0; k < op->nregions; k++)
		if (lower_region(w, op->regions[k]) < 0)
			return -1;
	w->op = op;
	w->a = a;
	/* the operands and results the decoding below reads (a parsed op may
	 * have none: "stablehlo.transpose dims = ..." with its operand lost) */
	int nops = -1, nres = 1;
	switch (op->code) {
	case OP_IOTA: case OP_CONCATENATE: nops = 0; break;
	case OP_BROADCAST_IN_DIM: case OP_TRANSPOSE: case OP_SLICE: case OP_REVERSE:
	case OP_REDUCE_WINDOW: nops = 1; break;
	case OP_PAD: case OP_DOT_GENERAL: nops = 2; break;
	default: break;
	}
	if (nops >= 0 && (op->noperands < nops || op->nresults < nres))
		return fail(w, "expects at least %d operand%s and %d result, has %d and %d", nops, nops == 1 ? "" : "s",
		    nres, op->noperands, op->nresults);
	switch (op->code) {
	case OP_COMPARE:
		return lower_compare(w);
	case OP_CONSTANT:
		if (op->nresults != 1)
			return fail(w, "expects one result");
		if (result_type(w, 0)->dt == DTYPE_INVALID)
			return 0;	/* complex and the like: unsupported, not malformed */
		return dense_bytes(w, "value", result_type(w, 0));
	case OP_IOTA:
		if (mlir_attr_int(op, "iota_dimension", &a->dim) < 0)
			return fail(w, "no dimension");
		if (a->dim < 0 || a->dim >= result_type(w, 0)->rank)
			return fail(w, "dimension %" PRId64 " is outside the result's rank", a->dim);
		return 0;
	case OP_BROADCAST_IN_DIM:
		if ((a->n = ints(w, "broadcast_dimensions", a->v)) != operand_type(w, 0)->rank)
			return fail(w, "broadcast_dimensions do not match the operand rank");
		return dims_in(w, "broadcast_dimensions", a->v, a->n, result_type(w, 0)->rank);
	case OP_TRANSPOSE:
		if ((a->n = ints(w, "permutation", a->v)) != operand_type(w, 0)->rank)
			return fail(w, "bad permutation");
		return dims_in(w, "permutation", a->v, a->n, a->n);
	case OP_SLICE:
		return lower_slice(w);
	case OP_DYNAMIC_SLICE:
		a->n = ints(w, "slice_sizes", a->v);
		return 0;
	case OP_CONCATENATE:
		if (mlir_attr_int(op, "dimension", &a->dim) < 0)
			return fail(w, "no dimension");
		if (a->dim < 0 || a->dim >= result_type(w, 0)->rank)
			return fail(w, "dimension %" PRId64 " is outside the result's rank", a->dim);
		return 0;
	case OP_PAD:
		return lower_pad(w);
	case OP_REVERSE:
		if ((a->n = ints(w, "dimensions", a->v)) < 0)
			return fail(w, "no dimensions");
		return dims_in(w, "dimensions", a->v, a->n, operand_type(w, 0)->rank);
	case OP_DOT_GENERAL:
		return lower_dot(w);
	case OP_GATHER:
		return lower_gather_scatter(w, 0);
	case OP_SCATTER:
		return lower_gather_scatter(w, 1);
	case OP_REDUCE:
		if ((a->n = ints(w, "dimensions", a->v)) < 0)
			return fail(w, "bad reduce dimensions");
		if (op->noperands >= 2 && dims_in(w, "dimensions", a->v, a->n, operand_type(w, 0)->rank) < 0)
			return -1;
		reduce_body(w);
		a->argmax = is_argmax(op);
		if (!a->body_applies && op->nregions != 1)
			return fail(w, "no reduction body");
		return 0;
	case OP_REDUCE_WINDOW:
		return lower_reduce_window(w);
	case OP_SORT:
		a->dim = -1;
		mlir_attr_int(op, "dimension", &a->dim);
		if (op->noperands && a->dim < 0)
			a->dim += operand_type(w, 0)->rank;
		if (op->noperands && (a->dim < 0 || a->dim >= operand_type(w, 0)->rank))
			return fail(w, "dimension outside the operand's rank");
		a->stable = mlir_attr(op, "is_stable") && !strncmp(mlir_attr(op, "is_stable"), "true", 4);
		return 0;
	case OP_REDUCE_PRECISION:
		if (mlir_attr_int(op, "exponent_bits", &d) == 0) {
			a->eb = (int)d;
			if (mlir_attr_int(op, "mantissa_bits", &d) < 0)
				return fail(w, "no mantissa_bits");
			a->mb = (int)d;
		} else {
			const char *f = mlir_attr(op, "format");
			int64_t eb, mb;
			if (!f || sscanf(f, "e%" SCNd64 "m%" SCNd64, &eb, &mb) != 2)
				return fail(w, "no format");
			a->eb = (int)eb;
			a->mb = (int)mb;
		}
		if (a->eb < 1 || a->eb > 11 || a->mb < 0 || a->mb > 52)
			return fail(w, "exponent bits %d or mantissa bits %d out of range", a->eb, a->mb);
		return 0;
	case OP_CALL: {
		const char *callee = mlir_attr(op, "callee");
		if (!callee)
			return fail(w, "no callee");
		if (*callee == '@')
			callee++;
		if (!(a->callee = mlir_find_func(w->m, callee)))
			return fail(w, "no function '@%s'", callee);
		return 0;
	}
	case OP_CUSTOM_CALL: {
		const char *t = mlir_attr(op, "callee");
		if (!t)
			t = mlir_attr(op, "call_target_name");
		if (t && *t == '"')
			t++;
		a->target = t;
		if (t && !strncmp(t, "check.", 6))
			return lower_check(w, t + 6);
		return 0;
	}
	default:
		if (OP_IS_CHECK(op->code))
			return lower_check(w, op->name + 6);
		return 0;
	}
}

static int
lower_region(struct lw *w, struct mlir_region *r)
{
	for (int k = 0; k < r->nargs; k++) {
		const struct mlir_type *t = &w->m->types[r->args[k]];
		if (t->dt != DTYPE_INVALID && tensor_bytes(t) < 0)
			return err_set("%s: %s", w->m->file, err_reason());
	}
	for (int i = 0; i < r->nops; i++)
		if (lower_op(w, &r->ops[i]) < 0)
			return -1;
	return 0;
}

int
mlir_lower(struct mlir_module *m)
{
	struct lw w = { .m = m };

	for (int i = 0; i < m->nfuncs; i++) {
		struct mlir_func *f = &m->funcs[i];
		for (int k = 0; k < f->body.nargs; k++) {
			const struct mlir_type *t = &m->types[f->body.args[k]];
			if (t->dt != DTYPE_INVALID && tensor_bytes(t) < 0)
				return err_set("%s:%d: argument %d of @%s: %s", m->file, f->line, k, f->name,
				    err_reason());
		}
		if (lower_region(&w, &f->body) < 0) {
			free(w.kept);
			return -1;
		}
	}
	free(w.kept);
	return 0;
}
