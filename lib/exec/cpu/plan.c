#include <immintrin.h>
#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/plan.h"
#include "exec/cpu/pool.h"
#include "base/util.h"

enum kind {
	K_INTERP,	/* the reference interpreter's op */
	K_DEAD,		/* nobody reads the results */
	K_VIEW,		/* reshape, contiguous slice: the operand's buffer */
	K_DUS,		/* dynamic_update_slice into its dead operand */
	K_MATMUL,	/* x W^T, W [N, K] as stored */
	K_MATMUL_Q,	/* x W^T, W MLX-packed, dequantized in the kernel */
	K_DOT,		/* batched f32 dot_general (attention) */
	K_UNARY,
	K_BINARY,
	K_COMPARE,
	K_SELECT,
	K_CONVERT,
	K_IOTA,
	K_COPY,		/* broadcast_in_dim, transpose, slice: one strided copy */
	K_CONCAT,
	K_REDUCE,	/* one input, one f32 op */
	K_ARGMAX,	/* the (value, index) reduction emit writes */
	K_GATHER,	/* rows of a 2-D operand */
	K_CONST,	/* the lowered constant's bytes, borrowed */
};

enum { U_NEG, U_EXP, U_RSQRT, U_LOGISTIC, U_SIN, U_COS, U_SQRT, U_TANH, U_ABS, U_LOG };
enum { B_ADD, B_SUB, B_MUL, B_DIV, B_MAX, B_MIN, B_AND, B_OR };
enum { C_EQ, C_NE, C_LT, C_LE, C_GT, C_GE };

/* A strided walk: out is dense of dims; in advances by istr per dim. */
struct walk {
	int rank;
	int64_t dim[MLIR_MAX_RANK], istr[MLIR_MAX_RANK], ostr[MLIR_MAX_RANK];
	int64_t ioff, ooff;	/* elements */
};

struct step {
	const struct mlir_op *op;
	enum kind kind;
	int sub;		/* which unary / binary / compare / reduce op */
	int etype;		/* f32, i32, u32, bool: the element kind of a K_BINARY/K_COMPARE */
	int64_t off;		/* K_VIEW: element offset into the operand */
	struct walk w;		/* K_COPY, K_DUS (out = the operand) */
	struct walk *cat;	/* K_CONCAT: one walk per operand */
	/* K_MATMUL / K_MATMUL_Q: weight values and shapes */
	int wq, ws, wb, bits, gs;
	int64_t M, K, N;
	/* K_DOT, K_REDUCE, K_ARGMAX: offset tables */
	int64_t nb, nm, nn, nk;
	int64_t *lb, *rb, *lm, *rn, *lk, *rk;	/* K_DOT */
	int64_t *keep, *red, nkeep, nred;	/* K_REDUCE, K_ARGMAX */
	int *frees;		/* values dropped after this step */
	int nfrees;
};

struct plan {
	const struct mlir_module *m;
	const struct mlir_func *f;
	struct interp ip;	/* env, and the fallback */
	struct step *steps;
	int nsteps;
	int *root;		/* (nvalues) whose buffer a value uses */
	int *argi;		/* (nvalues) argument index, or -1 */
	int *def;		/* (nvalues) defining step, or -1 */
	unsigned char *own;	/* (nvalues) env[v] was allocated by the run */
	int *dus_args;		/* arguments a K_DUS writes into */
	int ndus_args;
	struct tensor **wide;	/* (nvalues) widened copies of narrow arguments */
	const void **wide_src;
	struct pool *pool;
	int own_pool;		/* made here, not the session's */
	struct plan_stats stats;
};

void *
plan_open(const struct exec_opts *o)
{
	struct pool *pool = pool_new(o ? o->threads : 0);

	kern_set_blas_threads(pool_size(pool));
	return pool;
}

void
plan_close(void *shared)
{
	pool_free(shared);
}

/* Reading the module */

static const struct mlir_type *
T(const struct plan *p, int v)
{
	return &p->m->types[v];
}

static int
f32(const struct plan *p, int v)
{
	return T(p, v)->dt == DTYPE_F32;
}

static int64_t
numel(const struct mlir_type *t)
{
	return mlir_numel(t);
}

/* The value of a scalar (or splat) integer constant, through a
 * broadcast_in_dim; -1 when v is not one. */
static int
const_int(const struct plan *p, int v, int64_t *out)
{
	int s = p->def[v];

	if (s < 0)
		return -1;
	const struct mlir_op *op = p->steps[s].op;
	if (op->code == OP_BROADCAST_IN_DIM)
		return const_int(p, op->operands[0], out);
	const struct mlir_type *t = T(p, v);
	if (op->code != OP_CONSTANT || !op->a->bytes || dtype_is_float(t->dt) || t->dt == DTYPE_INVALID)
		return -1;
	struct tensor x = { .type = *t, .data = (void *)op->a->bytes, .nbytes = op->a->nbytes };
	*out = tensor_get_i(&x, 0);
	for (size_t i = 1; i < (size_t)numel(t); i++)
		if (tensor_get_i(&x, i) != *out)
			return -1;
	return 0;
}

static const struct mlir_op *
def_op(const struct plan *p, int v, enum op_code code)
{
	int s = p->def[v];

	return s >= 0 && p->steps[s].op->code == code ? p->steps[s].op : NULL;
}

/* Deciding each op */

static int
unary_kind(enum op_code c)
{
	switch (c) {
	case OP_NEGATE: return U_NEG;
	case OP_EXP: return U_EXP;
	case OP_RSQRT: return U_RSQRT;
	case OP_LOGISTIC: return U_LOGISTIC;
	case OP_SINE: return U_SIN;
	case OP_COSINE: return U_COS;
	case OP_SQRT: return U_SQRT;
	case OP_TANH: return U_TANH;
	case OP_ABS: return U_ABS;
	case OP_LOG: return U_LOG;
	default: return -1;
	}
}

static int
binary_kind(enum op_code c)
{
	switch (c) {
	case OP_ADD: return B_ADD;
	case OP_SUBTRACT: return B_SUB;
	case OP_MULTIPLY: return B_MUL;
	case OP_DIVIDE: return B_DIV;
	case OP_MAXIMUM: return B_MAX;
	case OP_MINIMUM: return B_MIN;
	case OP_AND: return B_AND;
	case OP_OR: return B_OR;
	default: return -1;
	}
}

/* enum cmp_dir and the plan's C_* agree: EQ NE LT LE GT GE */

/* The flat offsets, by strides xs, of every multi-index over the nd
 * dims dx of t (the last fastest) into *ox; with dy, the same indexes
 * over the paired dims dy, by strides ys, into *oy.  Returns how many. */
static int64_t
offset_table(const struct mlir_type *t, const int64_t *dx, int nd, const int64_t *xs,
    const int64_t *dy, const int64_t *ys, int64_t **ox, int64_t **oy)
{
	int64_t n = 1;

	for (int j = 0; j < nd; j++)
		n *= t->dim[dx[j]];
	*ox = ecalloc((size_t)n, sizeof(int64_t));
	if (dy)
		*oy = ecalloc((size_t)n, sizeof(int64_t));
	for (int64_t i = 0; i < n; i++) {
		int64_t rem = i;
		for (int j = nd - 1; j >= 0; j--) {
			int64_t c = rem % t->dim[dx[j]];
			rem /= t->dim[dx[j]];
			(*ox)[i] += c * xs[dx[j]];
			if (dy)
				(*oy)[i] += c * ys[dy[j]];
		}
	}
	return n;
}

/* f32, i32 (signed), u32 and i1 are the element kinds the kernels know. */
static int
simple_type(enum dtype dt)
{
	return dt == DTYPE_F32 || dt == DTYPE_I32 || dt == DTYPE_U32 || dt == DTYPE_BOOL;
}

static int
plan_dot(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	const int64_t *lb = op->a->lb, *rb = op->a->rb, *lc = op->a->lc, *rc = op->a->rc;
	int nlb = op->a->nb, nlc = op->a->nc;
	int x = op->operands[0], y = op->operands[1], r = op->results[0];

	if (!f32(p, x) || !f32(p, y) || !f32(p, r))
		return 0;
	const struct mlir_type *tx = T(p, x), *ty = T(p, y);
	/* a projection: x [..., K] . W [N, K] */
	if (nlb == 0 && nlc == 1 && lc[0] == tx->rank - 1 && ty->rank == 2 && rc[0] == 1) {
		s->kind = K_MATMUL;
		s->K = tx->dim[tx->rank - 1];
		s->M = numel(tx) / (s->K ? s->K : 1);
		s->N = ty->dim[0];
		return 1;
	}
	/* anything else: offset tables over batch, free and contracting dims */
	int64_t xs[8], ys[8];
	tensor_strides(tx, xs);
	tensor_strides(ty, ys);
	int role_x[8] = { 0 }, role_y[8] = { 0 };	/* 0 free, 1 batch, 2 contracting */
	for (int i = 0; i < nlb; i++) {
		role_x[lb[i]] = 1;
		role_y[rb[i]] = 1;
	}
	for (int i = 0; i < nlc; i++) {
		role_x[lc[i]] = 2;
		role_y[rc[i]] = 2;
	}
	/* tables: batch and contracting in the order the attribute lists
	 * them, free dims in order */
	int64_t fx[8], fy[8];
	int nfx = 0, nfy = 0;
	for (int d = 0; d < tx->rank; d++)
		if (!role_x[d])
			fx[nfx++] = d;
	for (int d = 0; d < ty->rank; d++)
		if (!role_y[d])
			fy[nfy++] = d;
	s->nb = offset_table(tx, lb, nlb, xs, rb, ys, &s->lb, &s->rb);
	s->nk = offset_table(tx, lc, nlc, xs, rc, ys, &s->lk, &s->rk);
	s->nm = offset_table(tx, fx, nfx, xs, NULL, NULL, &s->lm, NULL);
	s->nn = offset_table(ty, fy, nfy, ys, NULL, NULL, &s->rn, NULL);
	s->kind = K_DOT;
	return 1;
}

/* The MLX dequantization chain emit writes for a packed weight:
 *   reshape(add(multiply(reshape(convert(and(shift_right_logical(
 *     broadcast(packed), iota * bits), mask))), broadcast(scales)),
 *     broadcast(biases)))
 * Matched from the dot's rhs back to the three arguments. */
static int
plan_quant(struct plan *p, struct step *s)
{
	int y = s->op->operands[1];
	const struct mlir_op *a, *mul, *cv, *conv, *and, *sh, *pb, *sb, *bb, *mulsh;
	int64_t bits, mask;

	if (!(a = def_op(p, y, OP_RESHAPE)) ||
	    !(a = def_op(p, a->operands[0], OP_ADD)) ||
	    !(mul = def_op(p, a->operands[0], OP_MULTIPLY)) ||
	    !(bb = def_op(p, a->operands[1], OP_BROADCAST_IN_DIM)) ||
	    !(cv = def_op(p, mul->operands[0], OP_RESHAPE)) ||
	    !(sb = def_op(p, mul->operands[1], OP_BROADCAST_IN_DIM)) ||
	    !(conv = def_op(p, cv->operands[0], OP_CONVERT)) ||
	    !(and = def_op(p, conv->operands[0], OP_AND)) ||
	    !(sh = def_op(p, and->operands[0], OP_SHIFT_RIGHT_LOGICAL)) ||
	    !(pb = def_op(p, sh->operands[0], OP_BROADCAST_IN_DIM)) ||
	    !(mulsh = def_op(p, sh->operands[1], OP_MULTIPLY)) ||
	    !def_op(p, mulsh->operands[0], OP_IOTA) ||
	    const_int(p, mulsh->operands[1], &bits) < 0 || const_int(p, and->operands[1], &mask) < 0)
		return 0;
	int q = pb->operands[0], sc = sb->operands[0], bi = bb->operands[0];
	const struct mlir_type *tq = T(p, q), *ts = T(p, sc), *tb = T(p, bi), *tc = T(p, conv->results[0]);
	int64_t iod;
	if (p->argi[q] < 0 || p->argi[sc] < 0 || p->argi[bi] < 0 || tq->dt != DTYPE_U32 ||
	    !f32(p, sc) || !f32(p, bi) || tq->rank != 2 || ts->rank != 2 || tb->rank != 2 ||
	    tc->rank != 3 || (iod = def_op(p, mulsh->operands[0], OP_IOTA)->a->dim) != 2)
		return 0;
	if ((bits != 2 && bits != 4 && bits != 8) || mask != (1 << bits) - 1 || tc->dim[2] != 32 / bits)
		return 0;
	int64_t N = T(p, y)->dim[0], K = T(p, y)->dim[1];
	if (tq->dim[0] != N || tq->dim[1] * (32 / bits) != K || ts->dim[0] != N ||
	    memcmp(ts->dim, tb->dim, 2 * sizeof(int64_t)) || K % ts->dim[1])
		return 0;
	s->kind = K_MATMUL_Q;
	s->wq = q, s->ws = sc, s->wb = bi;
	s->bits = (int)bits;
	s->gs = (int)(K / ts->dim[1]);
	return 1;
}

/* The argmax body: (a > b || a != a) picks a, ties to the lower index. */
static int
is_argmax(const struct mlir_op *op)
{
	static const enum op_code seq[] = { OP_COMPARE, OP_COMPARE, OP_OR, OP_COMPARE, OP_COMPARE, OP_AND,
		OP_OR, OP_SELECT, OP_SELECT, OP_RETURN };
	static const int dir[] = { C_GT, C_NE, -1, C_EQ, C_LT };

	if (op->nregions != 1 || op->noperands != 4 || op->regions[0]->nops != (int)LEN(seq))
		return 0;
	const struct mlir_region *r = op->regions[0];
	for (size_t i = 0; i < LEN(seq); i++) {
		if (r->ops[i].code != seq[i])
			return 0;
		if (i < LEN(dir) && dir[i] >= 0 && (int)r->ops[i].a->dir != dir[i])
			return 0;
	}
	/* the block takes (acc value, acc index, value, index): the first
	 * compare must be acc > value */
	return r->nargs == 4 && r->ops[0].operands[0] == r->args[0] && r->ops[0].operands[1] == r->args[2];
}

static int
reduce_tables(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	const struct mlir_type *t = T(p, op->operands[0]);
	const int64_t *dims = op->a->v;
	int64_t xs[8];
	int nd = op->a->n, red[8] = { 0 };

	for (int i = 0; i < nd; i++)
		red[dims[i]] = 1;
	tensor_strides(t, xs);
	s->nkeep = s->nred = 1;
	for (int d = 0; d < t->rank; d++)
		if (red[d])
			s->nred *= t->dim[d];
		else
			s->nkeep *= t->dim[d];
	s->keep = ecalloc((size_t)s->nkeep, sizeof(int64_t));
	s->red = ecalloc((size_t)s->nred, sizeof(int64_t));
	for (int64_t i = 0; i < s->nkeep; i++) {
		int64_t rem = i;
		for (int d = t->rank - 1; d >= 0; d--)
			if (!red[d]) {
				s->keep[i] += rem % t->dim[d] * xs[d];
				rem /= t->dim[d];
			}
	}
	/* reduced elements in row-major order of the input, as the
	 * interpreter combines them */
	for (int64_t i = 0; i < s->nred; i++) {
		int64_t rem = i;
		for (int d = t->rank - 1; d >= 0; d--)
			if (red[d]) {
				s->red[i] += rem % t->dim[d] * xs[d];
				rem /= t->dim[d];
			}
	}
	return 1;
}

static int
plan_reduce(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;

	if (op->noperands == 2 && f32(p, op->operands[0])) {
		int k = binary_kind(op->a->body);
		if (k != B_ADD && k != B_MAX && k != B_MUL && k != B_MIN)
			return 0;
		s->sub = k;
		s->kind = K_REDUCE;
		return reduce_tables(p, s);
	}
	if (is_argmax(op) && f32(p, op->operands[0]) && T(p, op->operands[1])->dt == DTYPE_I32) {
		s->kind = K_ARGMAX;
		return reduce_tables(p, s);
	}
	return 0;
}

static int
plan_copy(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	const struct mlir_type *tx = T(p, op->operands[0]), *tr = T(p, op->results[0]);
	const int64_t *v = op->a->v;
	int64_t xs[8];
	struct walk *w = &s->w;

	if (dtype_size(tr->dt) != 4 && dtype_size(tr->dt) != 1)
		return 0;
	tensor_strides(tx, xs);
	w->rank = tr->rank;
	memcpy(w->dim, tr->dim, sizeof(w->dim));
	tensor_strides(tr, w->ostr);
	memset(w->istr, 0, sizeof(w->istr));
	if (op->code == OP_BROADCAST_IN_DIM) {
		for (int d = 0; d < tx->rank; d++)
			w->istr[v[d]] = tx->dim[d] == 1 ? 0 : xs[d];
	} else if (op->code == OP_TRANSPOSE) {
		for (int d = 0; d < tr->rank; d++)
			w->istr[d] = xs[v[d]];
	} else {	/* slice */
		const int64_t *st = op->a->lo, *str = op->a->st;
		for (int d = 0; d < tx->rank; d++) {
			w->istr[d] = xs[d] * str[d];
			w->ioff += st[d] * xs[d];
		}
		/* one contiguous range: a view */
		int first = -1, ok = 1;
		for (int d = 0; d < tx->rank; d++) {
			if (str[d] != 1)
				ok = 0;
			if (tr->dim[d] != tx->dim[d] && first < 0)
				first = d;
		}
		for (int d = first + 1; first >= 0 && d < tx->rank; d++)
			if (tr->dim[d] != tx->dim[d])
				ok = 0;
		for (int d = 0; d < first; d++)
			if (tr->dim[d] != 1)
				ok = 0;
		if (ok) {
			s->kind = K_VIEW;
			s->off = w->ioff;
			return 1;
		}
	}
	s->kind = K_COPY;
	return 1;
}

static int
plan_concat(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	const struct mlir_type *tr = T(p, op->results[0]);
	int64_t dim = op->a->dim, rs[8], off = 0;

	if (dtype_size(tr->dt) != 4 && dtype_size(tr->dt) != 1)
		return 0;
	tensor_strides(tr, rs);
	s->cat = ecalloc((size_t)op->noperands, sizeof(*s->cat));
	for (int k = 0; k < op->noperands; k++) {
		const struct mlir_type *tx = T(p, op->operands[k]);
		struct walk *w = &s->cat[k];
		w->rank = tx->rank;
		memcpy(w->dim, tx->dim, sizeof(w->dim));
		tensor_strides(tx, w->istr);
		memcpy(w->ostr, rs, sizeof(rs));
		w->ooff = off * rs[dim];
		off += tx->dim[dim];
	}
	s->kind = K_CONCAT;
	return 1;
}

static int
plan_gather(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	const struct op_attrs *a = op->a;
	const struct mlir_type *tx = T(p, op->operands[0]), *ti = T(p, op->operands[1]);

	if (a->ng[GD_OFFSET] != 1 || a->g[GD_OFFSET][0] != 1 || a->ng[GD_COLLAPSED] != 1 ||
	    a->g[GD_COLLAPSED][0] != 0 || a->ng[GD_START_MAP] != 1 || a->g[GD_START_MAP][0] != 0 ||
	    a->dim != 1 || a->ng[GD_OPERAND_BATCH] || a->ng[GD_INDEX_BATCH])
		return 0;
	if (tx->rank != 2 || ti->rank != 2 || ti->dim[1] != 1 || ti->dt != DTYPE_I32 ||
	    a->n != 2 || a->v[0] != 1 || a->v[1] != tx->dim[1] || dtype_size(tx->dt) != 4)
		return 0;
	s->kind = K_GATHER;
	return 1;
}

static void
decide(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;

	s->kind = K_INTERP;
	if (op->nresults != 1 && op->code != OP_REDUCE)
		return;
	int r = op->results[0];
	enum dtype dt = T(p, r)->dt;
	int k;
	switch (op->code) {
	case OP_RESHAPE:
		s->kind = K_VIEW;
		return;
	case OP_CONSTANT:
		if (op->a->bytes && op->a->nbytes == (size_t)numel(T(p, r)) * dtype_size(dt))
			s->kind = K_CONST;
		return;
	case OP_DOT_GENERAL:
		if (plan_dot(p, s) && s->kind == K_MATMUL)
			plan_quant(p, s);
		return;
	case OP_COMPARE: {
		enum dtype ot = T(p, op->operands[0])->dt;
		if (!simple_type(ot) || ot == DTYPE_BOOL || op->a->ctype == CMPT_TOTALORDER)
			return;
		s->kind = K_COMPARE;
		s->sub = (int)op->a->dir;
		s->etype = ot;
		return;
	}
	case OP_SELECT:
		if (T(p, op->operands[0])->rank == T(p, r)->rank && dtype_size(dt) == 4)
			s->kind = K_SELECT;
		return;
	case OP_CONVERT:
		if (dt == DTYPE_F32 && (T(p, op->operands[0])->dt == DTYPE_I32 || T(p, op->operands[0])->dt == DTYPE_U32))
			s->kind = K_CONVERT;
		return;
	case OP_IOTA:
		if (dt == DTYPE_I32 || dt == DTYPE_U32 || dt == DTYPE_F32) {
			s->kind = K_IOTA;
			s->sub = (int)op->a->dim;
		}
		return;
	case OP_BROADCAST_IN_DIM:
	case OP_TRANSPOSE:
	case OP_SLICE:
		plan_copy(p, s);
		return;
	case OP_CONCATENATE:
		plan_concat(p, s);
		return;
	case OP_REDUCE:
		plan_reduce(p, s);
		return;
	case OP_GATHER:
		plan_gather(p, s);
		return;
	case OP_DYNAMIC_UPDATE_SLICE:
		if (op->noperands == 2 + T(p, r)->rank)
			s->kind = K_DUS;	/* in place or not: decided with the liveness */
		return;
	default:
		break;
	}
	if ((k = unary_kind(op->code)) >= 0 && dt == DTYPE_F32) {
		s->kind = K_UNARY;
		s->sub = k;
	} else if ((k = binary_kind(op->code)) >= 0 && simple_type(dt)) {
		if (dt == DTYPE_F32 ? k > B_MIN : dt == DTYPE_BOOL ? k < B_AND :
		    k != B_ADD && k != B_SUB && k != B_MUL && k != B_AND && k != B_OR)
			return;
		s->kind = K_BINARY;
		s->sub = k;
		s->etype = dt;
	}
}

/* Liveness */

/* Calls fn for every outer value op reads, its regions included. */
static void
each_use(const struct mlir_region *top, const struct mlir_op *op, void (*fn)(void *, int), void *arg)
{
	for (int k = 0; k < op->noperands; k++)
		fn(arg, op->operands[k]);
	for (int r = 0; r < op->nregions; r++)
		for (int i = 0; i < op->regions[r]->nops; i++)
			each_use(top, &op->regions[r]->ops[i], fn, arg);
}

struct lastuse {
	const struct plan *p;
	int *last;
	int step;
};

static void
mark_use(void *arg, int v)
{
	struct lastuse *u = arg;

	if (v >= 0 && u->last[u->p->root[v]] < u->step)
		u->last[u->p->root[v]] = u->step;
}

/* Fills root[] from the views and in-place updates decided so far, and
 * last[] (indexed by root) with the last step reading each buffer;
 * returned buffers live to the end (nsteps). */
static void
liveness(struct plan *p, int *last, const int *inplace)
{
	int nv = p->m->nvalues;

	for (int v = 0; v < nv; v++) {
		p->root[v] = v;
		last[v] = p->def[v];
	}
	for (int i = 0; i < p->nsteps; i++) {
		const struct step *s = &p->steps[i];
		if (s->kind == K_DEAD)
			continue;
		if (s->kind == K_VIEW || (s->kind == K_DUS && inplace[i]))
			p->root[s->op->results[0]] = p->root[s->op->operands[0]];
		struct lastuse u = { p, last, i };
		if (s->kind == K_MATMUL_Q) {
			mark_use(&u, s->op->operands[0]);
			mark_use(&u, s->wq);
			mark_use(&u, s->ws);
			mark_use(&u, s->wb);
		} else {
			each_use(&p->f->body, s->op, mark_use, &u);
		}
		for (int k = 0; k < s->op->nresults; k++)
			mark_use(&u, s->op->results[k]);
	}
	const struct mlir_op *ret = &p->f->body.ops[p->f->body.nops - 1];
	for (int k = 0; k < ret->noperands; k++)
		last[p->root[ret->operands[k]]] = p->nsteps;
}

static void
count_use(void *arg, int v)
{
	((int *)arg)[v]++;
}

/* Ops whose results nobody reads are not run (what fusion leaves). */
static void
dead_code(struct plan *p)
{
	int *uses = ecalloc((size_t)p->m->nvalues, sizeof(int));
	const struct mlir_op *ret = &p->f->body.ops[p->f->body.nops - 1];

	for (int k = 0; k < ret->noperands; k++)
		uses[ret->operands[k]]++;
	for (int i = p->nsteps - 1; i >= 0; i--) {
		struct step *s = &p->steps[i];
		int used = 0;
		for (int k = 0; k < s->op->nresults; k++)
			used |= uses[s->op->results[k]] > 0;
		/* checks and calls may act for their effects: always run */
		if (!used && s->op->nresults > 0 && !OP_IS_CHECK(s->op->code) &&
		    s->op->code != OP_CALL && s->op->code != OP_CUSTOM_CALL) {
			s->kind = K_DEAD;
			continue;
		}
		if (s->kind == K_MATMUL_Q) {
			count_use(uses, s->op->operands[0]);
			count_use(uses, s->wq);
			count_use(uses, s->ws);
			count_use(uses, s->wb);
		} else {
			each_use(&p->f->body, s->op, count_use, uses);
		}
	}
	free(uses);
}

static void
free_step(struct step *s)
{
	free(s->lb), free(s->rb), free(s->lm), free(s->rn), free(s->lk), free(s->rk);
	free(s->keep), free(s->red), free(s->cat), free(s->frees);
}

void
plan_free(void *state)
{
	struct plan *p = state;

	if (!p)
		return;
	for (int i = 0; i < p->nsteps; i++)
		free_step(&p->steps[i]);
	free(p->steps);
	if (p->wide)
		for (int v = 0; v < p->m->nvalues; v++)
			tensor_free(p->wide[v]);
	free(p->wide);
	free(p->wide_src);
	free(p->root), free(p->argi), free(p->def), free(p->own), free(p->dus_args);
	interp_free(&p->ip);
	if (p->own_pool)
		pool_free(p->pool);
	free(p);
}

void *
plan_load(void *shared, const struct mlir_module *m, const char *func)
{
	const struct mlir_func *f = mlir_find_func(m, func);

	if (!f) {
		err_set("%s: no function '@%s'", m->file, func);
		return NULL;
	}
	if (!f->body.nops || f->body.ops[f->body.nops - 1].code != OP_FUNC_RETURN) {
		err_set("%s: @%s does not end in a return", m->file, func);
		return NULL;
	}
	if (mlir_verify(m) < 0 || interp_supports(m) < 0)
		return NULL;
	struct plan *p = ecalloc(1, sizeof(*p));
	int nv = m->nvalues ? m->nvalues : 1;
	p->m = m;
	p->f = f;
	p->nsteps = f->body.nops - 1;
	p->steps = ecalloc((size_t)(p->nsteps ? p->nsteps : 1), sizeof(*p->steps));
	p->root = ecalloc((size_t)nv, sizeof(int));
	p->argi = emalloc((size_t)nv * sizeof(int));
	p->def = emalloc((size_t)nv * sizeof(int));
	p->own = ecalloc((size_t)nv, 1);
	p->wide = ecalloc((size_t)nv, sizeof(*p->wide));
	p->wide_src = ecalloc((size_t)nv, sizeof(*p->wide_src));
	for (int v = 0; v < nv; v++)
		p->argi[v] = p->def[v] = -1;
	for (int k = 0; k < f->body.nargs; k++)
		p->argi[f->body.args[k]] = k;
	for (int i = 0; i < p->nsteps; i++) {
		p->steps[i].op = &f->body.ops[i];
		for (int k = 0; k < f->body.ops[i].nresults; k++)
			p->def[f->body.ops[i].results[k]] = i;
	}
	for (int i = 0; i < p->nsteps; i++)
		decide(p, &p->steps[i]);
	dead_code(p);

	/* in-place updates, decided in order: the operand's buffer must
	 * have no reader after this step (liveness without this one in
	 * place) and be one the run owns or an argument */
	int *last = emalloc((size_t)nv * sizeof(int)), *inplace = ecalloc((size_t)(p->nsteps + 1), sizeof(int));
	for (int i = 0; i < p->nsteps; i++) {
		if (p->steps[i].kind != K_DUS)
			continue;
		liveness(p, last, inplace);
		/* the root is an argument (copied at run time unless offered
		 * inplace) or a buffer the run made: writable either way */
		int x = p->root[p->steps[i].op->operands[0]];
		int ro = p->def[x] >= 0 && p->steps[p->def[x]].kind == K_CONST;	/* the module's bytes */
		if (last[x] == i && !ro) {
			inplace[i] = 1;
			if (p->argi[x] >= 0) {
				p->dus_args = ereallocarray(p->dus_args, (size_t)p->ndus_args + 1, sizeof(int));
				p->dus_args[p->ndus_args++] = p->argi[x];
			}
		} else {
			p->steps[i].kind = K_INTERP;
		}
	}
	liveness(p, last, inplace);
	free(inplace);

	/* what to drop after each step: every value whose buffer's last
	 * reader it is (views with their base) */
	for (int v = 0; v < m->nvalues; v++) {
		int s = last[p->root[v]];
		if (p->def[v] < 0 && p->argi[v] < 0)
			continue;	/* a region's value: the interpreter's */
		if (s < 0 || s >= p->nsteps)
			continue;
		struct step *st = &p->steps[s];
		st->frees = ereallocarray(st->frees, (size_t)st->nfrees + 1, sizeof(int));
		st->frees[st->nfrees++] = v;
	}
	free(last);

	for (int i = 0; i < p->nsteps; i++) {
		struct step *s = &p->steps[i];
		switch (s->kind) {
		case K_INTERP:
			p->stats.interp++;
			if (getenv("HLO_PLAN_DEBUG"))
				fprintf(stderr, "plan: %s:%d: %s runs on the interpreter\n", m->file,
				    s->op->line, s->op->name);
			break;
		case K_DEAD: p->stats.dead++; break;
		case K_VIEW: p->stats.view++; break;
		case K_DUS: p->stats.inplace++; break;
		case K_MATMUL_Q: p->stats.fused++; p->stats.kernel++; break;
		default: p->stats.kernel++; break;
		}
	}
	p->ip.m = m;
	p->ip.env = ecalloc((size_t)nv, sizeof(*p->ip.env));
	if (!(p->pool = shared)) {
		p->pool = plan_open(NULL);
		p->own_pool = 1;
	}
	return p;
}

void
plan_stats(const void *state, struct plan_stats *s)
{
	*s = ((const struct plan *)state)->stats;
}

/* Running */

#define ENV(v) (p->ip.env[(v)])

/* A new buffer for v, not zeroed: every kernel writes all of it. */
static struct tensor *
result(struct plan *p, int v)
{
	struct tensor *t = ecalloc(1, sizeof(*t));

	t->type = *T(p, v);
	t->nbytes = (size_t)numel(&t->type) * dtype_size(t->type.dt);
	t->data = emalloc(t->nbytes ? t->nbytes : 1);
	ENV(v) = t;
	p->own[v] = 1;
	return t;
}

/* v as an ordinary tensor of its declared type: a narrow weight is
 * widened once and kept while its data stays where it is. */
static struct tensor *
plain(struct plan *p, int v)
{
	struct tensor *t = ENV(v);

	if (t->stored == DTYPE_INVALID)
		return t;
	if (p->wide[v] && p->wide_src[v] == t->data)
		return p->wide[v];
	tensor_free(p->wide[v]);
	p->wide[v] = tensor_new(&t->type);
	dtype_to_f32(t->data, t->stored, (size_t)numel(&t->type), p->wide[v]->data);
	p->wide_src[v] = t->data;
	return p->wide[v];
}

static size_t
esize(const struct tensor *t)
{
	return dtype_size(t->stored != DTYPE_INVALID ? t->stored : t->type.dt);
}

static void
view(struct plan *p, int v, struct tensor *base, int64_t off)
{
	struct tensor *t = ecalloc(1, sizeof(*t));

	t->type = *T(p, v);
	t->stored = base->stored;
	t->data = (char *)base->data + (size_t)off * esize(base);
	t->nbytes = (size_t)numel(&t->type) * esize(base);
	t->borrowed = 1;
	ENV(v) = t;
	p->own[v] = 1;
}

/* Copies along a walk; es bytes an element. */
static void
walk_copy(const struct walk *w, const void *in, void *out, size_t es)
{
	int64_t idx[MLIR_MAX_RANK] = { 0 }, n = 1;
	int r = w->rank;

	for (int d = 0; d < r; d++)
		n *= w->dim[d];
	if (n == 0)
		return;
	if (r == 0) {
		memcpy((char *)out + w->ooff * es, (const char *)in + w->ioff * es, es);
		return;
	}
	int64_t inner = w->dim[r - 1], is = w->istr[r - 1], os = w->ostr[r - 1];
	for (int64_t done = 0; done < n; done += inner) {
		int64_t io = w->ioff, oo = w->ooff;
		for (int d = 0; d < r - 1; d++) {
			io += idx[d] * w->istr[d];
			oo += idx[d] * w->ostr[d];
		}
		char *o = (char *)out + oo * es;
		const char *i = (const char *)in + io * es;
		if (is == 1 && os == 1) {
			memcpy(o, i, (size_t)inner * es);
		} else if (es == 4) {
			for (int64_t k = 0; k < inner; k++)
				memcpy(o + k * os * 4, i + k * is * 4, 4);
		} else {
			for (int64_t k = 0; k < inner; k++)
				memcpy(o + k * os * (int64_t)es, i + k * is * (int64_t)es, es);
		}
		for (int d = r - 2; d >= 0; d--) {
			if (++idx[d] < w->dim[d])
				break;
			idx[d] = 0;
		}
	}
}

static double
unary_f(int k, double x)
{
	switch (k) {
	case U_NEG: return -x;
	case U_EXP: return exp(x);
	case U_RSQRT: return 1.0 / sqrt(x);
	case U_LOGISTIC: return 1.0 / (1.0 + exp(-x));
	case U_SIN: return sin(x);
	case U_COS: return cos(x);
	case U_SQRT: return sqrt(x);
	case U_TANH: return tanh(x);
	case U_ABS: return fabs(x);
	default: return log(x);
	}
}

static void
run_unary(int k, const float *x, float *y, int64_t n)
{
	switch (k) {
	case U_NEG:
		for (int64_t i = 0; i < n; i++)
			y[i] = -x[i];
		break;
	case U_EXP:
		for (int64_t i = 0; i < n; i++)
			y[i] = (float)exp(x[i]);
		break;
	default:
		for (int64_t i = 0; i < n; i++)
			y[i] = (float)unary_f(k, x[i]);
	}
}

/* The interpreter's maximum and minimum: NaN wins, +0 above -0. */
static float
fmaxv(float a, float b)
{
	if (isnan(a) || isnan(b))
		return NAN;
	return a > b || (a == b && !signbit(a)) ? a : b;
}

static float
fminv(float a, float b)
{
	if (isnan(a) || isnan(b))
		return NAN;
	return a < b || (a == b && signbit(a)) ? a : b;
}

static void
run_binary_f(int k, const float *a, const float *b, float *y, int64_t n)
{
	int64_t i;

	switch (k) {
	case B_ADD: for (i = 0; i < n; i++) y[i] = a[i] + b[i]; break;
	case B_SUB: for (i = 0; i < n; i++) y[i] = a[i] - b[i]; break;
	case B_MUL: for (i = 0; i < n; i++) y[i] = a[i] * b[i]; break;
	case B_DIV: for (i = 0; i < n; i++) y[i] = a[i] / b[i]; break;
	case B_MAX: for (i = 0; i < n; i++) y[i] = fmaxv(a[i], b[i]); break;
	case B_MIN: for (i = 0; i < n; i++) y[i] = fminv(a[i], b[i]); break;
	}
}

static void
run_binary_i(int k, int dt, const void *av, const void *bv, void *yv, int64_t n)
{
	if (dt == DTYPE_BOOL) {
		const unsigned char *a = av, *b = bv;
		unsigned char *y = yv;
		for (int64_t i = 0; i < n; i++)
			y[i] = k == B_AND || k == B_MUL ? (a[i] & b[i]) : (a[i] | b[i]);
		return;
	}
	const uint32_t *a = av, *b = bv;
	uint32_t *y = yv;
	for (int64_t i = 0; i < n; i++)
		switch (k) {
		case B_ADD: y[i] = a[i] + b[i]; break;
		case B_SUB: y[i] = a[i] - b[i]; break;
		case B_MUL: y[i] = a[i] * b[i]; break;
		case B_AND: y[i] = a[i] & b[i]; break;
		default: y[i] = a[i] | b[i]; break;
		}
}

static int
cmp(int k, int lt, int eq, int un)
{
	switch (k) {
	case C_EQ: return eq;
	case C_NE: return !eq;
	case C_LT: return lt;
	case C_LE: return lt || eq;
	case C_GT: return !lt && !eq && !un;
	default: return !lt && !un;
	}
}

static void
run_compare(int k, int dt, const void *av, const void *bv, unsigned char *y, int64_t n)
{
	for (int64_t i = 0; i < n; i++) {
		int lt, eq, un = 0;
		if (dt == DTYPE_F32) {
			float a = ((const float *)av)[i], b = ((const float *)bv)[i];
			un = isnan(a) || isnan(b);
			lt = a < b;
			eq = a == b;
		} else if (dt == DTYPE_U32) {
			uint32_t a = ((const uint32_t *)av)[i], b = ((const uint32_t *)bv)[i];
			lt = a < b;
			eq = a == b;
		} else {
			int32_t a = ((const int32_t *)av)[i], b = ((const int32_t *)bv)[i];
			lt = a < b;
			eq = a == b;
		}
		y[i] = (unsigned char)cmp(k, lt, eq, un);
	}
}

/* Batched dot: tasks over (batch, lhs row). */
struct dotjob {
	const struct step *s;
	const float *x, *y;
	float *r;
	int64_t rows_per;
};

#define AVX2 __attribute__((target("avx2,fma")))

AVX2 static float
dot_avx2(const float *a, const float *b, int64_t n)
{
	__m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
	int64_t i = 0;
	for (; i + 16 <= n; i += 16) {
		s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
		s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
	}
	for (; i + 8 <= n; i += 8)
		s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
	s0 = _mm256_add_ps(s0, s1);
	__m128 lo = _mm_add_ps(_mm256_castps256_ps128(s0), _mm256_extractf128_ps(s0, 1));
	lo = _mm_add_ps(lo, _mm_movehl_ps(lo, lo));
	lo = _mm_add_ss(lo, _mm_movehdup_ps(lo));
	float t = _mm_cvtss_f32(lo);
	for (; i < n; i++)
		t += a[i] * b[i];
	return t;
}

AVX2 static void
axpy_avx2(float a, const float *x, float *y, int64_t n)
{
	__m256 va = _mm256_set1_ps(a);
	int64_t i = 0;
	for (; i + 8 <= n; i += 8)
		_mm256_storeu_ps(y + i, _mm256_fmadd_ps(va, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
	for (; i < n; i++)
		y[i] += a * x[i];
}

static int
avx2(void)
{
	return strcmp(kern_isa(), "c") != 0;	/* avx2 or avx512 */
}

static int
contiguous(const int64_t *t, int64_t n)
{
	for (int64_t i = 1; i < n; i++)
		if (t[i] - t[i - 1] != 1)
			return 0;
	return 1;
}

static void
dot_task(void *arg, int ti)
{
	const struct dotjob *j = arg;
	const struct step *s = j->s;
	int64_t total = s->nb * s->nm, r0 = ti * j->rows_per, r1 = r0 + j->rows_per < total ? r0 + j->rows_per : total;
	int fast = avx2();
	int kc = contiguous(s->lk, s->nk) && contiguous(s->rk, s->nk);
	int nc = contiguous(s->rn, s->nn);

	for (int64_t row = r0; row < r1; row++) {
		int64_t b = row / s->nm, m = row % s->nm;
		const float *x = j->x + s->lb[b] + s->lm[m];
		const float *y = j->y + s->rb[b];
		float *out = j->r + row * s->nn;
		if (kc && fast) {
			for (int64_t n = 0; n < s->nn; n++)
				out[n] = dot_avx2(x + s->lk[0], y + s->rn[n] + s->rk[0], s->nk);
		} else if (nc && fast) {
			memset(out, 0, (size_t)s->nn * sizeof(float));
			for (int64_t k = 0; k < s->nk; k++)
				axpy_avx2(x[s->lk[k]], y + s->rk[k] + s->rn[0], out, s->nn);
		} else {
			for (int64_t n = 0; n < s->nn; n++) {
				float t = 0;
				for (int64_t k = 0; k < s->nk; k++)
					t += x[s->lk[k]] * y[s->rn[n] + s->rk[k]];
				out[n] = t;
			}
		}
	}
}

static int64_t
uniform(const int64_t *t, int64_t n)
{
	int64_t st = n > 1 ? t[1] - t[0] : 1;

	for (int64_t i = 1; i < n; i++)
		if (t[i] - t[i - 1] != st)
			return -1;
	return st;
}

/* A big batched dot (prefill attention) as one sgemm a batch: lhs rows
 * packed when their offsets are not one stride apart.  0 when the
 * layout does not fit (the caller then runs dot_task). */
static int
dot_sgemm(const struct step *s, const float *x, const float *y, float *r)
{
	int64_t sk = uniform(s->rk, s->nk), sn = uniform(s->rn, s->nn), lk = uniform(s->lk, s->nk);
	int64_t sm = uniform(s->lm, s->nm);

	if (s->nm * s->nn * s->nk < (1 << 20) || lk != 1 || sk < 0 || sn < 0 || (sk != 1 && sn != 1))
		return 0;
	if (s->nm > INT32_MAX || s->nn > INT32_MAX || s->nk > INT32_MAX)
		return 0;
	float *pack = sm < 0 ? emalloc((size_t)(s->nm * s->nk) * sizeof(float)) : NULL;
	for (int64_t b = 0; b < s->nb; b++) {
		const float *a = x + s->lb[b] + s->lm[0];
		int lda = (int)sm;
		if (pack) {
			for (int64_t m = 0; m < s->nm; m++)
				memcpy(pack + m * s->nk, x + s->lb[b] + s->lm[m], (size_t)s->nk * sizeof(float));
			a = pack;
			lda = (int)s->nk;
		}
		const float *bm = y + s->rb[b] + s->rn[0] + s->rk[0];
		/* B is [N][K] (k contiguous) or [K][N] (n contiguous) */
		int trans = sk == 1 && (sn != 1 || s->nk == 1);
		cblas_sgemm(CblasRowMajor, CblasNoTrans, trans ? CblasTrans : CblasNoTrans, (int)s->nm, (int)s->nn,
		    (int)s->nk, 1.0f, a, lda, bm, (int)(trans ? sn : sk), 0.0f, r + b * s->nm * s->nn, (int)s->nn);
	}
	free(pack);
	return 1;
}

static void
run_reduce(const struct step *s, const float *x, const float *init, float *y)
{
	for (int64_t i = 0; i < s->nkeep; i++) {
		const float *b = x + s->keep[i];
		float a = *init;
		switch (s->sub) {
		case B_ADD: for (int64_t k = 0; k < s->nred; k++) a = a + b[s->red[k]]; break;
		case B_MUL: for (int64_t k = 0; k < s->nred; k++) a = a * b[s->red[k]]; break;
		case B_MAX: for (int64_t k = 0; k < s->nred; k++) a = fmaxv(a, b[s->red[k]]); break;
		default: for (int64_t k = 0; k < s->nred; k++) a = fminv(a, b[s->red[k]]); break;
		}
		y[i] = a;
	}
}

static void
run_argmax(const struct step *s, const float *x, const int32_t *ix, float v0, int32_t i0, float *y, int32_t *iy)
{
	for (int64_t i = 0; i < s->nkeep; i++) {
		float a = v0;
		int32_t ia = i0;
		for (int64_t k = 0; k < s->nred; k++) {
			int64_t o = s->keep[i] + s->red[k];
			float b = x[o];
			int32_t ib = ix[o];
			int pick = a > b || a != a;
			int idx = pick || (a == b && ia < ib);
			a = pick ? a : b;
			ia = idx ? ia : ib;
		}
		y[i] = a;
		iy[i] = ia;
	}
}

static int64_t
scalar_index(const struct tensor *t)
{
	if (t->type.dt == DTYPE_I64) {
		int64_t v;
		memcpy(&v, t->data, 8);
		return v;
	}
	if (t->type.dt == DTYPE_U32) {
		uint32_t v;
		memcpy(&v, t->data, 4);
		return v;
	}
	int32_t v;
	memcpy(&v, t->data, 4);
	return v;
}

static int
step_run(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	int r = op->nresults ? op->results[0] : -1;
	struct tensor *x = op->noperands ? ENV(op->operands[0]) : NULL, *y, *t;
	int64_t n = r >= 0 ? numel(T(p, r)) : 0;

	switch (s->kind) {
	case K_DEAD:
		return 0;
	case K_VIEW:
		view(p, r, x, s->off);
		return 0;
	case K_CONST: {
		/* the lowered bytes, read where they lie */
		struct tensor c = { .type = *T(p, r), .data = (void *)op->a->bytes, .nbytes = op->a->nbytes };
		view(p, r, &c, 0);
		return 0;
	}
	case K_DUS: {
		/* the operand is dead after this step: write into it */
		const struct mlir_type *tx = &x->type;
		struct tensor *u = plain(p, op->operands[1]);
		struct walk w = { .rank = tx->rank };
		int64_t xs[8];
		tensor_strides(tx, xs);
		for (int d = 0; d < tx->rank; d++) {
			int64_t v = scalar_index(ENV(op->operands[2 + d]));
			if (v > tx->dim[d] - u->type.dim[d])
				v = tx->dim[d] - u->type.dim[d];
			if (v < 0)
				v = 0;
			w.ooff += v * xs[d];
			w.dim[d] = u->type.dim[d];
			w.ostr[d] = xs[d];
		}
		tensor_strides(&u->type, w.istr);
		walk_copy(&w, u->data, x->data, dtype_size(tx->dt));
		view(p, r, x, 0);
		return 0;
	}
	case K_MATMUL: {
		struct tensor *w = ENV(op->operands[1]);
		x = plain(p, op->operands[0]);
		if (!(t = result(p, r)))
			return -1;
		kern_matmul(p->pool, x->data, s->M, s->K, w->data,
		    w->stored != DTYPE_INVALID ? w->stored : DTYPE_F32, s->N, t->data);
		return 0;
	}
	case K_MATMUL_Q: {
		struct tensor *sc = ENV(s->ws), *bi = ENV(s->wb);
		enum dtype sdt = sc->stored != DTYPE_INVALID ? sc->stored : DTYPE_F32;
		if ((bi->stored != DTYPE_INVALID ? bi->stored : DTYPE_F32) != sdt) {
			sc = plain(p, s->ws);
			bi = plain(p, s->wb);
			sdt = DTYPE_F32;
		}
		struct kern_qweight qw = { ENV(s->wq)->data, sc->data, bi->data, sdt, s->bits, s->gs };
		x = plain(p, op->operands[0]);
		if (!(t = result(p, r)))
			return -1;
		kern_matmul_q(p->pool, x->data, s->M, s->K, &qw, s->N, t->data);
		return 0;
	}
	case K_DOT: {
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result(p, r)))
			return -1;
		if (dot_sgemm(s, x->data, y->data, t->data))
			return 0;
		int64_t rows = s->nb * s->nm, nt = pool_size(p->pool) * 4;
		struct dotjob j = { s, x->data, y->data, t->data, (rows + nt - 1) / nt };
		if (j.rows_per < 1)
			j.rows_per = 1;
		if (rows * s->nn * s->nk < (1 << 18))	/* too small to wake the pool for */
			j.rows_per = rows;
		pool_run(p->pool, dot_task, &j, (int)((rows + j.rows_per - 1) / j.rows_per));
		return 0;
	}
	case K_UNARY:
		x = plain(p, op->operands[0]);
		if (!(t = result(p, r)))
			return -1;
		run_unary(s->sub, x->data, t->data, n);
		return 0;
	case K_BINARY:
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result(p, r)))
			return -1;
		if (s->etype == DTYPE_F32)
			run_binary_f(s->sub, x->data, y->data, t->data, n);
		else
			run_binary_i(s->sub, s->etype, x->data, y->data, t->data, n);
		return 0;
	case K_COMPARE:
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result(p, r)))
			return -1;
		run_compare(s->sub, s->etype, x->data, y->data, t->data, n);
		return 0;
	case K_SELECT: {
		const unsigned char *c = ENV(op->operands[0])->data;
		x = plain(p, op->operands[1]);
		y = plain(p, op->operands[2]);
		if (!(t = result(p, r)))
			return -1;
		const uint32_t *a = x->data, *b = y->data;
		uint32_t *o = t->data;
		for (int64_t i = 0; i < n; i++)
			o[i] = c[i] ? a[i] : b[i];
		return 0;
	}
	case K_CONVERT: {
		if (!(t = result(p, r)))
			return -1;
		float *o = t->data;
		if (x->type.dt == DTYPE_I32)
			for (int64_t i = 0; i < n; i++)
				o[i] = (float)((const int32_t *)x->data)[i];
		else
			for (int64_t i = 0; i < n; i++)
				o[i] = (float)((const uint32_t *)x->data)[i];
		return 0;
	}
	case K_IOTA: {
		const struct mlir_type *tr = T(p, r);
		int64_t inner = 1;
		if (!(t = result(p, r)))
			return -1;
		for (int d = s->sub + 1; d < tr->rank; d++)
			inner *= tr->dim[d];
		for (int64_t i = 0; i < n; i++) {
			int64_t v = i / inner % tr->dim[s->sub];
			if (tr->dt == DTYPE_F32)
				((float *)t->data)[i] = (float)v;
			else
				((uint32_t *)t->data)[i] = (uint32_t)v;
		}
		return 0;
	}
	case K_COPY:
		x = plain(p, op->operands[0]);
		if (!(t = result(p, r)))
			return -1;
		walk_copy(&s->w, x->data, t->data, dtype_size(t->type.dt));
		return 0;
	case K_CONCAT:
		if (!(t = result(p, r)))
			return -1;
		for (int k = 0; k < op->noperands; k++)
			walk_copy(&s->cat[k], plain(p, op->operands[k])->data, t->data, dtype_size(t->type.dt));
		return 0;
	case K_REDUCE:
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result(p, r)))
			return -1;
		run_reduce(s, x->data, y->data, t->data);
		return 0;
	case K_ARGMAX: {
		x = plain(p, op->operands[0]);
		struct tensor *ix = ENV(op->operands[1]), *v0 = plain(p, op->operands[2]),
		    *i0 = ENV(op->operands[3]), *t2;
		if (!(t = result(p, r)) || !(t2 = result(p, op->results[1])))
			return -1;
		run_argmax(s, x->data, ix->data, *(float *)v0->data, *(int32_t *)i0->data, t->data, t2->data);
		return 0;
	}
	case K_GATHER: {
		const struct tensor *ids = ENV(op->operands[1]);
		int64_t V = x->type.dim[0], D = x->type.dim[1], rows = ids->type.dim[0];
		if (!(t = result(p, r)))
			return -1;
		for (int64_t i = 0; i < rows; i++) {
			int64_t id = ((const int32_t *)ids->data)[i];
			id = id < 0 ? 0 : id > V - 1 ? V - 1 : id;
			if (x->stored != DTYPE_INVALID)
				dtype_to_f32((const char *)x->data + (size_t)(id * D) * esize(x), x->stored,
				    (size_t)D, (float *)t->data + i * D);
			else
				memcpy((char *)t->data + (size_t)(i * D) * 4, (const char *)x->data + (size_t)(id * D) * 4,
				    (size_t)D * 4);
		}
		return 0;
	}
	default:
		break;
	}
	/* the interpreter's op, on plain operands */
	struct tensor *saved[16];
	int k, nops = op->noperands < 16 ? op->noperands : 16, ret;
	for (k = 0; k < nops; k++) {
		saved[k] = ENV(op->operands[k]);
		ENV(op->operands[k]) = plain(p, op->operands[k]);
	}
	ret = interp_exec_op(&p->ip, op);
	for (k = nops - 1; k >= 0; k--)
		ENV(op->operands[k]) = saved[k];
	for (k = 0; k < op->nresults; k++)
		p->own[op->results[k]] = 1;
	return ret;
}

static void
drop(struct plan *p, int v)
{
	if (p->own[v])
		tensor_free(ENV(v));
	ENV(v) = NULL;
	p->own[v] = 0;
}

void
plan_checks(void *state, struct exec_checks *c)
{
	const struct plan *p = state;

	memset(c, 0, sizeof(*c));
	c->run = p->ip.checks;
	c->failed = p->ip.failed;
	c->line = p->ip.first.line;
	snprintf(c->msg, sizeof(c->msg), "%s", p->ip.first.msg);
}

int
plan_run(void *state, struct tensor **args, int n, struct tensor **res, int max)
{
	struct plan *p = state;
	const struct mlir_func *f = p->f;
	const char *name = f->name;
	int ret = 0, nres = 0;

	if (n != f->body.nargs)
		return err_set("%s: @%s takes %d arguments, got %d", p->m->file, name, f->body.nargs, n);
	for (int k = 0; k < n; k++) {
		if (!args[k])
			return err_set("%s: argument %d of @%s is missing", p->m->file, k, name);
		const struct mlir_type *t = T(p, f->body.args[k]);
		if (args[k]->type.dt != t->dt || args[k]->type.rank != t->rank ||
		    memcmp(args[k]->type.dim, t->dim, sizeof(t->dim[0]) * (size_t)t->rank))
			return err_set("%s: argument %d of @%s has the wrong type", p->m->file, k, name);
		ENV(f->body.args[k]) = args[k];
		p->own[f->body.args[k]] = 0;
	}
	/* arguments written in place that the caller did not offer: a copy */
	for (int i = 0; i < p->ndus_args; i++) {
		int k = p->dus_args[i], v = f->body.args[k];
		if (!args[k]->inplace && !p->own[v]) {
			struct tensor *c = tensor_new(&args[k]->type), *src = plain(p, v);
			memcpy(c->data, src->data, c->nbytes);
			ENV(v) = c;
			p->own[v] = 1;
		}
	}
	for (int i = 0; i < p->nsteps && ret == 0; i++) {
		struct step *s = &p->steps[i];
		if ((ret = step_run(p, s)) < 0)
			break;
		for (int k = 0; k < s->nfrees; k++)
			drop(p, s->frees[k]);
	}
	const struct mlir_op *rop = &f->body.ops[f->body.nops - 1];
	if (ret == 0 && rop->noperands > max)
		ret = err_set("%s: @%s returns %d values, room for %d", p->m->file, name, rop->noperands, max);
	for (int k = 0; ret == 0 && k < rop->noperands; k++) {
		int v = rop->operands[k], rt = p->root[v];
		struct tensor *t = ENV(v);
		int ai = p->argi[rt];
		if (ai >= 0 && args[ai]->inplace && ENV(rt) == args[ai] && t->data == args[ai]->data &&
		    t->nbytes == args[ai]->nbytes) {
			res[nres++] = args[ai];	/* updated where it lies */
			continue;
		}
		int twice = 0;
		for (int j = 0; j < k; j++)
			twice |= rop->operands[j] == v;
		if (p->own[v] && !t->borrowed && t->stored == DTYPE_INVALID && !twice) {
			res[nres++] = t;	/* handed over */
			ENV(v) = NULL;
			p->own[v] = 0;
			continue;
		}
		if (!t) {	/* handed over already: copy what the first got */
			for (int j = 0; j < k; j++)
				if (rop->operands[j] == v)
					t = res[j];
		} else {
			t = plain(p, v);
		}
		struct tensor *c = tensor_new(&t->type);
		memcpy(c->data, t->data, c->nbytes);
		res[nres++] = c;
	}
	/* what is left: returned buffers not handed over, and the values
	 * of the arguments */
	for (int v = 0; v < p->m->nvalues; v++)
		if (ENV(v)) {
			if (p->def[v] >= 0 || p->argi[v] >= 0)
				drop(p, v);
		}
	if (ret < 0) {
		for (int k = 0; k < nres; k++)
			if (!res[k]->inplace)
				tensor_free(res[k]);
		return -1;
	}
	return nres;
}
