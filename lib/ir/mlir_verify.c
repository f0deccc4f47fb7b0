/* The verifier: the types and shapes of every op held against the
 * StableHLO spec's constraints before anything runs.  Ops and element
 * types it does not know are left to the backend, which reports them as
 * unsupported. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "ir/mlir.h"

struct vctx {
	const struct mlir_module *m;
	const struct mlir_op *op;
};

static int
vfail(const struct vctx *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#include <stdarg.h>

static int
vfail(const struct vctx *v, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return err_set("%s:%d: '%s': %s", v->m->file, v->op->line, v->op->name, msg);
}

static const struct mlir_type *
ot(const struct vctx *v, int k)
{
	return &v->m->types[v->op->operands[k]];
}

static const struct mlir_type *
rt(const struct vctx *v, int k)
{
	return &v->m->types[v->op->results[k]];
}

static int
same_shape(const struct mlir_type *a, const struct mlir_type *b)
{
	if (a->rank != b->rank)
		return 0;
	for (int i = 0; i < a->rank; i++)
		if (a->dim[i] != b->dim[i])
			return 0;
	return 1;
}

static int
same_type(const struct mlir_type *a, const struct mlir_type *b)
{
	return same_shape(a, b) && a->dt == b->dt && a->bits == b->bits;
}

static const char *
ts(const struct mlir_type *t, char *buf, size_t n)
{
	mlir_type_str(buf, n, t);
	return buf;
}

static const char *const elementwise[] = {
	"abs", "negate", "exponential", "exponential_minus_one", "log", "log_plus_one", "sqrt",
	"rsqrt", "cbrt", "sine", "cosine", "tan", "tanh", "logistic", "floor", "ceil",
	"round_nearest_afz", "round_nearest_even", "sign", "not", "popcnt", "count_leading_zeros",
	"add", "subtract", "multiply", "divide", "remainder", "power", "atan2", "maximum",
	"minimum", "and", "or", "xor", "shift_left", "shift_right_logical",
	"shift_right_arithmetic", NULL
};

static int
in_list(const char *n, const char *const *l)
{
	for (; *l; l++)
		if (!strcmp(n, *l))
			return 1;
	return 0;
}

static int
check_slice(const struct vctx *v, const struct mlir_type *x, const int64_t *st, const int64_t *lim,
    const int64_t *str)
{
	const struct mlir_type *r = rt(v, 0);

	for (int k = 0; k < x->rank; k++) {
		if (st[k] < 0 || st[k] > lim[k] || lim[k] > x->dim[k] || str[k] < 1)
			return vfail(v, "bounds [%lld:%lld:%lld] do not fit dimension %d (%lld)", (long long)st[k],
			    (long long)lim[k], (long long)str[k], k, (long long)x->dim[k]);
		if (r->dim[k] != (lim[k] - st[k] + str[k] - 1) / str[k])
			return vfail(v, "result dimension %d should be %lld", k,
			    (long long)((lim[k] - st[k] + str[k] - 1) / str[k]));
	}
	return 0;
}

static int
verify_op(const struct vctx *v)
{
	const struct mlir_op *op = v->op;
	const char *n = op->name;
	char a[160], b[160];
	int64_t d[MLIR_MAX_RANK];
	int k;

	/* unknown element types are the backend's to report */
	for (k = 0; k < op->noperands; k++)
		if (ot(v, k)->dt == DTYPE_INVALID)
			return 0;
	for (k = 0; k < op->nresults; k++)
		if (rt(v, k)->dt == DTYPE_INVALID)
			return 0;
	if (strncmp(n, "stablehlo.", 10) != 0)
		return 0;
	n += 10;
	/* operand and result counts first: the checks below index them */
	static const struct { const char *op; int min, max; } arity[] = {
		{ "compare", 2, 2 }, { "select", 3, 3 }, { "clamp", 3, 3 }, { "convert", 1, 1 },
		{ "reshape", 1, 1 }, { "broadcast_in_dim", 1, 1 }, { "transpose", 1, 1 },
		{ "slice", 1, 1 }, { "iota", 0, 0 }, { "reverse", 1, 1 }, { "concatenate", 1, 1 << 20 },
		{ "dynamic_slice", 1, 1 << 20 }, { "dynamic_update_slice", 2, 1 << 20 }, { "pad", 2, 2 },
		{ "reduce", 2, 1 << 20 }, { "sort", 1, 1 << 20 }, { "dot_general", 2, 2 },
	};
	int lo = -1, hi = -1;
	if (in_list(n, elementwise)) {
		lo = 1;
		hi = 2;
	}
	for (size_t i = 0; i < sizeof(arity) / sizeof(arity[0]); i++)
		if (!strcmp(n, arity[i].op))
			lo = arity[i].min, hi = arity[i].max;
	if (lo >= 0 && (op->noperands < lo || op->noperands > hi || op->nresults < 1))
		return vfail(v, "takes %d to %d operands and gives a result; here %d and %d", lo, hi,
		    op->noperands, op->nresults);
	if (in_list(n, elementwise)) {
		if (op->nresults != 1)
			return vfail(v, "expected one result");
		for (k = 0; k < op->noperands; k++)
			if (!same_type(ot(v, k), rt(v, 0)))
				return vfail(v, "operand %d is %s but the result is %s", k,
				    ts(ot(v, k), a, sizeof(a)), ts(rt(v, 0), b, sizeof(b)));
		return 0;
	}
	if (!strcmp(n, "compare")) {
		if (op->noperands != 2 || !same_type(ot(v, 0), ot(v, 1)))
			return vfail(v, "operands of different types");
		if (rt(v, 0)->dt != DTYPE_BOOL || !same_shape(rt(v, 0), ot(v, 0)))
			return vfail(v, "the result must be i1 of the operands' shape");
		return 0;
	}
	if (!strcmp(n, "select")) {
		const struct mlir_type *p = ot(v, 0);
		if (p->dt != DTYPE_BOOL || (p->rank && !same_shape(p, rt(v, 0))))
			return vfail(v, "the predicate must be i1, scalar or of the result's shape");
		if (!same_type(ot(v, 1), rt(v, 0)) || !same_type(ot(v, 2), rt(v, 0)))
			return vfail(v, "both branches must be of the result's type");
		return 0;
	}
	if (!strcmp(n, "convert")) {
		if (!same_shape(ot(v, 0), rt(v, 0)))
			return vfail(v, "the shape changes from %s to %s", ts(ot(v, 0), a, sizeof(a)),
			    ts(rt(v, 0), b, sizeof(b)));
		return 0;
	}
	if (!strcmp(n, "reshape")) {
		if (mlir_numel(ot(v, 0)) != mlir_numel(rt(v, 0)) || ot(v, 0)->dt != rt(v, 0)->dt)
			return vfail(v, "%s cannot become %s", ts(ot(v, 0), a, sizeof(a)), ts(rt(v, 0), b, sizeof(b)));
		return 0;
	}
	if (!strcmp(n, "broadcast_in_dim")) {
		const struct mlir_type *x = ot(v, 0), *r = rt(v, 0);
		int nd = mlir_attr_ints(op, "broadcast_dimensions", d, MLIR_MAX_RANK);
		if (nd != x->rank)
			return vfail(v, "%d broadcast dimensions for an operand of rank %d", nd, x->rank);
		for (k = 0; k < nd; k++) {
			if (d[k] < 0 || d[k] >= r->rank)
				return vfail(v, "broadcast dimension %lld is out of the result's rank", (long long)d[k]);
			if (x->dim[k] != 1 && x->dim[k] != r->dim[d[k]])
				return vfail(v, "operand dimension %d (%lld) does not fit result dimension %lld (%lld)",
				    k, (long long)x->dim[k], (long long)d[k], (long long)r->dim[d[k]]);
		}
		return x->dt == r->dt ? 0 : vfail(v, "element types differ");
	}
	if (!strcmp(n, "transpose")) {
		const struct mlir_type *x = ot(v, 0), *r = rt(v, 0);
		int seen = 0;
		if (mlir_attr_ints(op, "permutation", d, MLIR_MAX_RANK) != x->rank)
			return vfail(v, "the permutation does not match the rank");
		for (k = 0; k < x->rank; k++) {
			if (d[k] < 0 || d[k] >= x->rank || (seen >> d[k]) & 1)
				return vfail(v, "not a permutation");
			seen |= 1 << d[k];
			if (r->dim[k] != x->dim[d[k]])
				return vfail(v, "result dimension %d should be %lld", k, (long long)x->dim[d[k]]);
		}
		return 0;
	}
	if (!strcmp(n, "concatenate")) {
		int64_t dim, sum = 0;
		if (mlir_attr_int(op, "dimension", &dim) < 0 || dim < 0 || dim >= rt(v, 0)->rank)
			return vfail(v, "bad dimension");
		for (k = 0; k < op->noperands; k++) {
			const struct mlir_type *x = ot(v, k);
			if (x->rank != rt(v, 0)->rank || x->dt != rt(v, 0)->dt)
				return vfail(v, "operand %d is of another rank or type", k);
			for (int i = 0; i < x->rank; i++)
				if (i != dim && x->dim[i] != rt(v, 0)->dim[i])
					return vfail(v, "operand %d differs in dimension %d", k, i);
			sum += x->dim[dim];
		}
		return sum == rt(v, 0)->dim[dim] ? 0 : vfail(v, "the sizes along dimension %lld add to %lld, not %lld",
		    (long long)dim, (long long)sum, (long long)rt(v, 0)->dim[dim]);
	}
	if (!strcmp(n, "iota")) {
		int64_t dim;
		if (mlir_attr_int(op, "iota_dimension", &dim) < 0 || dim < 0 || dim >= rt(v, 0)->rank)
			return vfail(v, "iota dimension out of the result's rank");
		return 0;
	}
	if (!strcmp(n, "dynamic_slice")) {
		const struct mlir_type *x = ot(v, 0);
		if (op->noperands != 1 + x->rank)
			return vfail(v, "%d start indices for rank %d", op->noperands - 1, x->rank);
		if (mlir_attr_ints(op, "slice_sizes", d, MLIR_MAX_RANK) != x->rank)
			return vfail(v, "slice sizes do not match the rank");
		for (k = 0; k < x->rank; k++)
			if (d[k] < 0 || d[k] > x->dim[k] || d[k] != rt(v, 0)->dim[k])
				return vfail(v, "slice size %d (%lld) does not fit", k, (long long)d[k]);
		for (k = 1; k < op->noperands; k++)
			if (ot(v, k)->rank != 0)
				return vfail(v, "start index %d is not a scalar", k - 1);
		return 0;
	}
	if (!strcmp(n, "dynamic_update_slice")) {
		const struct mlir_type *x = ot(v, 0), *u = ot(v, 1);
		if (op->noperands != 2 + x->rank || u->rank != x->rank)
			return vfail(v, "the update and indices do not match the rank");
		for (k = 0; k < x->rank; k++)
			if (u->dim[k] > x->dim[k])
				return vfail(v, "the update is larger than the operand in dimension %d", k);
		return same_type(x, rt(v, 0)) ? 0 : vfail(v, "the result must be of the operand's type");
	}
	if (!strcmp(n, "slice") && !mlir_attr(op, "slice")) {
		int64_t st[MLIR_MAX_RANK], lim[MLIR_MAX_RANK], str[MLIR_MAX_RANK];
		const struct mlir_type *x = ot(v, 0);
		if (mlir_attr_ints(op, "start_indices", st, MLIR_MAX_RANK) != x->rank ||
		    mlir_attr_ints(op, "limit_indices", lim, MLIR_MAX_RANK) != x->rank)
			return vfail(v, "the bounds do not match the rank");
		if (mlir_attr_ints(op, "strides", str, MLIR_MAX_RANK) != x->rank)
			for (k = 0; k < x->rank; k++)
				str[k] = 1;
		return check_slice(v, x, st, lim, str);
	}
	if (!strcmp(n, "slice")) {
		/* the pretty form: [a:b, c:d:s] */
		int64_t st[MLIR_MAX_RANK], lim[MLIR_MAX_RANK], str[MLIR_MAX_RANK];
		const struct mlir_type *x = ot(v, 0);
		const char *s = mlir_attr(op, "slice") + 1;
		int r = 0;
		while (*s && *s != ']' && r < x->rank) {
			char *e;
			st[r] = strtoll(s, &e, 10);
			if (*e != ':')
				return vfail(v, "bad slice bounds");
			lim[r] = strtoll(e + 1, &e, 10);
			str[r] = 1;
			if (*e == ':')
				str[r] = strtoll(e + 1, &e, 10);
			r++;
			for (s = e; *s == ',' || *s == ' '; s++)
				;
		}
		if (r != x->rank)
			return vfail(v, "%d slice bounds for rank %d", r, x->rank);
		return check_slice(v, x, st, lim, str);
	}
	if (!strcmp(n, "pad")) {
		int64_t lo[MLIR_MAX_RANK], hi[MLIR_MAX_RANK], in[MLIR_MAX_RANK];
		const struct mlir_type *x = ot(v, 0), *r = rt(v, 0);
		if ((mlir_attr_ints(op, "edge_padding_low", lo, MLIR_MAX_RANK) != x->rank &&
		    mlir_attr_ints(op, "low", lo, MLIR_MAX_RANK) != x->rank) ||
		    (mlir_attr_ints(op, "edge_padding_high", hi, MLIR_MAX_RANK) != x->rank &&
		    mlir_attr_ints(op, "high", hi, MLIR_MAX_RANK) != x->rank) ||
		    (mlir_attr_ints(op, "interior_padding", in, MLIR_MAX_RANK) != x->rank &&
		    mlir_attr_ints(op, "interior", in, MLIR_MAX_RANK) != x->rank))
			return vfail(v, "the padding does not match the rank");
		if (ot(v, 1)->rank != 0 || ot(v, 1)->dt != x->dt)
			return vfail(v, "the padding value must be a scalar of the operand's type");
		for (k = 0; k < x->rank; k++) {
			int64_t want = lo[k] + hi[k] + x->dim[k] + (x->dim[k] ? x->dim[k] - 1 : 0) * in[k];
			if (in[k] < 0 || r->dim[k] != want)
				return vfail(v, "result dimension %d should be %lld", k, (long long)want);
		}
		return 0;
	}
	if (!strcmp(n, "reduce")) {
		int nin = op->noperands / 2;
		int nd = mlir_attr_ints(op, "dimensions", d, MLIR_MAX_RANK);
		const struct mlir_type *x = ot(v, 0);
		if (op->noperands % 2 || op->nresults != nin || nd < 0)
			return vfail(v, "a reduce takes inputs and as many init values and results");
		for (k = 0; k < nd; k++)
			if (d[k] < 0 || d[k] >= x->rank)
				return vfail(v, "dimension %lld is out of the operand's rank", (long long)d[k]);
		for (k = 0; k < nin; k++) {
			const struct mlir_type *r = rt(v, k);
			if (ot(v, nin + k)->rank != 0)
				return vfail(v, "init value %d is not a scalar", k);
			if (!same_shape(ot(v, k), x))
				return vfail(v, "input %d is of another shape", k);
			if (r->rank != x->rank - nd)
				return vfail(v, "result %d should have rank %d", k, x->rank - nd);
			int j = 0;
			for (int i = 0; i < x->rank; i++) {
				int red = 0;
				for (int q = 0; q < nd; q++)
					red |= d[q] == i;
				if (!red && r->dim[j++] != x->dim[i])
					return vfail(v, "result %d: dimension %d should be %lld", k, j - 1, (long long)x->dim[i]);
			}
		}
		return 0;
	}
	if (!strcmp(n, "clamp")) {
		const struct mlir_type *x = ot(v, 1);
		for (k = 0; k < 3; k += 2)
			if (ot(v, k)->dt != x->dt || (ot(v, k)->rank && !same_shape(ot(v, k), x)))
				return vfail(v, "bound %d must be a scalar or of the operand's type", k);
		return same_type(x, rt(v, 0)) ? 0 : vfail(v, "the result must be of the operand's type");
	}
	if (!strcmp(n, "reverse")) {
		int nd = mlir_attr_ints(op, "dimensions", d, MLIR_MAX_RANK);
		for (k = 0; k < nd; k++)
			if (d[k] < 0 || d[k] >= ot(v, 0)->rank)
				return vfail(v, "dimension %lld is out of the rank", (long long)d[k]);
		return same_type(ot(v, 0), rt(v, 0)) ? 0 : vfail(v, "the result must be of the operand's type");
	}
	if (!strcmp(n, "sort")) {
		for (k = 0; k < op->noperands && k < op->nresults; k++)
			if (!same_type(ot(v, k), rt(v, k)))
				return vfail(v, "result %d must be of operand %d's type", k, k);
		return 0;
	}
	if (!strcmp(n, "dot_general") && !mlir_attr(op, "dot_dimension_numbers")) {
		/* pretty form: batching_dims = [..] x [..], contracting_dims = ... */
		const struct mlir_type *x = ot(v, 0), *y = ot(v, 1);
		const char *bd = mlir_attr(op, "batching_dims"), *cd = mlir_attr(op, "contracting_dims");
		int64_t xb[MLIR_MAX_RANK], yb[MLIR_MAX_RANK], xc[MLIR_MAX_RANK], yc[MLIR_MAX_RANK];
		int nxb = 0, nyb = 0, nxc = 0, nyc = 0;
		const char *p;
		for (int side = 0; side < 2; side++) {
			const char *s = side ? cd : bd;
			int64_t *l = side ? xc : xb, *r = side ? yc : yb;
			int *nl = side ? &nxc : &nxb, *nr = side ? &nyc : &nyb;
			if (!s)
				continue;
			p = s;
			for (int half = 0; half < 2; half++) {
				int64_t *o = half ? r : l;
				int *no = half ? nr : nl;
				p = strchr(p, '[');
				if (!p)
					return vfail(v, "bad dimension lists");
				for (p++; *p && *p != ']';) {
					char *e;
					long long val = strtoll(p, &e, 10);
					if (e == p)
						break;
					if (*no == MLIR_MAX_RANK)
						return vfail(v, "too many dimensions");
					o[(*no)++] = val;
					p = e;
					while (*p == ',' || *p == ' ')
						p++;
				}
			}
		}
		if (nxb != nyb || nxc != nyc)
			return vfail(v, "unpaired dimensions");
		for (k = 0; k < nxb; k++)
			if (xb[k] >= x->rank || yb[k] >= y->rank || x->dim[xb[k]] != y->dim[yb[k]])
				return vfail(v, "batching dimensions %lld and %lld differ", (long long)xb[k], (long long)yb[k]);
		for (k = 0; k < nxc; k++)
			if (xc[k] >= x->rank || yc[k] >= y->rank || x->dim[xc[k]] != y->dim[yc[k]])
				return vfail(v, "contracting dimensions %lld (%lld) and %lld (%lld) differ",
				    (long long)xc[k], (long long)(xc[k] < x->rank ? x->dim[xc[k]] : -1),
				    (long long)yc[k], (long long)(yc[k] < y->rank ? y->dim[yc[k]] : -1));
		/* the result: batch dims, then lhs free dims, then rhs free dims */
		int64_t want[3 * MLIR_MAX_RANK];
		int rr = 0;
		for (k = 0; k < nxb; k++)
			want[rr++] = x->dim[xb[k]];
		for (int side = 0; side < 2; side++) {
			const struct mlir_type *t = side ? y : x;
			const int64_t *b = side ? yb : xb, *cc = side ? yc : xc;
			for (int i = 0; i < t->rank; i++) {
				int used = 0;
				for (k = 0; k < nxb; k++)
					used |= b[k] == i;
				for (k = 0; k < nxc; k++)
					used |= cc[k] == i;
				if (!used)
					want[rr++] = t->dim[i];
			}
		}
		if (rr != rt(v, 0)->rank)
			return vfail(v, "the result should have rank %d", rr);
		for (k = 0; k < rr; k++)
			if (rt(v, 0)->dim[k] != want[k])
				return vfail(v, "result dimension %d should be %lld", k, (long long)want[k]);
		return 0;
	}
	return 0;
}

static int
verify_region(const struct mlir_module *m, const struct mlir_region *r, const struct mlir_func *f)
{
	for (int i = 0; i < r->nops; i++) {
		struct vctx v = { m, &r->ops[i] };
		const struct mlir_op *op = &r->ops[i];
		if (verify_op(&v) < 0)
			return -1;
		if (!strcmp(op->name, "func.call")) {
			const char *callee = mlir_attr(op, "callee");
			const struct mlir_func *g = callee ? mlir_find_func(m, callee) : NULL;
			if (!g)
				return vfail(&v, "no function '@%s'", callee ? callee : "?");
			if (g->body.nargs != op->noperands || g->nresults != op->nresults)
				return vfail(&v, "@%s takes %d arguments and gives %d results", g->name,
				    g->body.nargs, g->nresults);
		}
		if (f && !strcmp(op->name, "func.return")) {
			if (op->noperands != f->nresults)
				return vfail(&v, "returns %d values, @%s declares %d", op->noperands, f->name, f->nresults);
			for (int k = 0; k < op->noperands; k++)
				if (f->results[k].dt != DTYPE_INVALID && !same_type(&m->types[op->operands[k]], &f->results[k]))
					return vfail(&v, "value %d is not of the declared result type", k);
		}
		for (int k = 0; k < op->nregions; k++)
			if (verify_region(m, op->regions[k], NULL) < 0)
				return -1;
	}
	return 0;
}

int
mlir_verify(const struct mlir_module *m)
{
	for (int i = 0; i < m->nfuncs; i++)
		if (verify_region(m, &m->funcs[i].body, &m->funcs[i]) < 0)
			return -1;
	return 0;
}
