/* The CPU plan: deciding, at load, how each op runs (plan.h says what
 * it decides); the running is plan_run.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "base/err.h"
#include "base/util.h"
#include "exec/cpu/elem.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/plan_int.h"

/* A plan's run allocates and frees the same blocks in the same sizes
 * every time (values, x packed for a GEMM).  glibc hands a freed block
 * back to the kernel when it was mmap'd (above a threshold it raises as
 * it goes) or when it leaves the heap's top free past its trim
 * threshold, and the next run faults the block in again, a zeroed 4 KB
 * page at a time: a bf16 prefill-256 of a 1B model (Xeon with AMX, 2
 * threads) took 270 000 page faults and a quarter of its CPU time in
 * the kernel.  Fixed thresholds keep those blocks in the heap: mmap
 * from 32 MB (glibc's largest), trim past 1 GB; the same prefill then
 * took 6 000 faults a run, at the same peak resident memory.  Process
 * wide, so set once, by the first plan opened. */
static void
keep_heap(void)
{
#ifdef __GLIBC__
	static int done;

	if (!done) {
		mallopt(M_MMAP_THRESHOLD, 32 << 20);
		mallopt(M_TRIM_THRESHOLD, 1 << 30);
		done = 1;
	}
#endif
}

void *
plan_open(const struct exec_opts *o)
{
	struct pool *pool = pool_new(o ? o->threads : 0);

	keep_heap();

	kern_set_blas_threads(pool_size(pool));
	return pool;
}

/* The session's plans, states and weights are freed by now: what
 * keep_heap kept for their runs goes back to the system (the bench's
 * process, which opens the 1B model again for its prefill, held 30 MB
 * of a closed session's free heap). */
void
plan_close(void *shared)
{
	pool_free(shared);
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

/* Reading the module */

#define T plan_type

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
	case OP_XOR: return B_XOR;
	case OP_SHIFT_LEFT: return B_SHL;
	case OP_SHIFT_RIGHT_LOGICAL: return B_SHR;
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

/* Whether the n offsets of t are one apart. */
static int
unit_run(const int64_t *t, int64_t n)
{
	for (int64_t i = 1; i < n; i++)
		if (t[i] - t[i - 1] != 1)
			return 0;
	return 1;
}

/* f32, i32 (signed), u32 and i1 are the element kinds the kernels know. */
static int
simple_type(enum dtype dt)
{
	return dt == DTYPE_F32 || dt == DTYPE_I32 || dt == DTYPE_U32 || dt == DTYPE_BOOL;
}

/* Dense row-major strides of n dims into str. */
static void
dense_strides(const int64_t *dim, int n, int64_t *str)
{
	int64_t a = 1;

	for (int d = n - 1; d >= 0; d--) {
		str[d] = a;
		a *= dim[d];
	}
}

/* A projection: no batching, one contracting pair, and an operand that
 * is a 2-D W (N, K) contracted along its rows (dim 1), as checkpoints
 * store weights.  The other, x, may be of any rank and contracted along
 * any dim: x . W^T gives (x's free dims, N), W . x gives (N, x's free
 * dims), the same products.  When both operands could be W, the rhs is
 * (emit's x . W^T), unless only the lhs is a function argument, or
 * unless want (0 or 1, else -1) says which. */
static int
plan_matmul(struct plan *p, struct step *s, int want)
{
	const struct mlir_op *op = s->op;
	const struct op_attrs *a = op->a;
	const struct mlir_type *tl = T(p, op->operands[0]), *tr = T(p, op->operands[1]);

	if (a->nb || a->nc != 1)
		return 0;
	int rw = tr->rank == 2 && a->rc[0] == 1, lw = tl->rank == 2 && a->lc[0] == 1;
	if (!rw && !lw)
		return 0;
	int wi = rw && !(lw && p->argi[op->operands[0]] >= 0 && p->argi[op->operands[1]] < 0) ? 1 : 0;
	if (want >= 0 && (want ? rw : lw))
		wi = want;
	int xi = 1 - wi;
	const struct mlir_type *tx = T(p, op->operands[xi]), *tw = T(p, op->operands[wi]);
	int64_t cx = xi == 0 ? a->lc[0] : a->rc[0], xs[MLIR_MAX_RANK];
	s->xi = xi;
	s->wi = wi;
	s->N = tw->dim[0];
	s->K = tw->dim[1];
	s->M = 1;	/* x's free dims (numel / K, but K may be 0) */
	for (int d = 0; d < tx->rank; d++)
		if (d != cx)
			s->M *= tx->dim[d];
	/* x's rows are not K apart: gather them first, free dims in order
	 * then K (unless the free dims are all 1: then K is contiguous) */
	free(s->xpack);
	s->xpack = NULL;
	if (cx != tx->rank - 1 && s->M > 1) {
		struct walk *w = s->xpack = ecalloc(1, sizeof(*s->xpack));
		tensor_strides(tx, xs);
		for (int d = 0; d < tx->rank; d++)
			if (d != cx) {
				w->dim[w->rank] = tx->dim[d];
				w->istr[w->rank++] = xs[d];
			}
		w->dim[w->rank] = tx->dim[cx];
		w->istr[w->rank++] = xs[cx];
		dense_strides(w->dim, w->rank, w->ostr);
	}
	s->tout = wi == 0 && s->M > 1;
	s->kind = K_MATMUL;
	return 1;
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
	if (plan_matmul(p, s, -1))
		return 1;
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
	/* the loop: dot products when both runs along k are contiguous, else
	 * axpys along the longer contiguous free run, the rhs's (rows of the
	 * result, 0) or the lhs's (its columns, 1) */
	s->sub = !(unit_run(s->lk, s->nk) && unit_run(s->rk, s->nk)) && unit_run(s->lm, s->nm) &&
	    s->nm > (unit_run(s->rn, s->nn) ? s->nn : 1);
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
	int y = s->op->operands[s->wi];
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
	/* the same tables as an earlier step's (every layer's softmax and
	 * norms): shared, freed with that step */
	for (const struct step *e = p->steps; e < s; e++)
		if (e->keep && !e->tables_of && e->kind == s->kind && e->op->a->n == nd &&
		    !memcmp(e->op->a->v, dims, (size_t)nd * sizeof(*dims)) &&
		    T(p, e->op->operands[0])->rank == t->rank &&
		    !memcmp(T(p, e->op->operands[0])->dim, t->dim, (size_t)t->rank * sizeof(*t->dim))) {
			s->keep = e->keep, s->red = e->red;
			s->nkeep = e->nkeep, s->nred = e->nred;
			s->tables_of = 1;
			return 1;
		}
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
	/* an argmax along the last dims (a vocabulary's logits: 1 MB of
	 * table) reads them in place: red NULL */
	int64_t i = 0;
	while (s->kind == K_ARGMAX && i < s->nred && s->red[i] == i)
		i++;
	if (s->kind == K_ARGMAX && i == s->nred) {
		free(s->red);
		s->red = NULL;
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
	if (op->noperands == 2 && (T(p, op->operands[0])->dt == DTYPE_I32 || T(p, op->operands[0])->dt == DTYPE_U32)) {
		/* min, max and sum of i32/u32 (the MoE routers' first index) */
		int k = binary_kind(op->a->body);
		if (k != B_ADD && k != B_MAX && k != B_MIN)
			return 0;
		s->sub = k;
		s->etype = T(p, op->operands[0])->dt;
		s->kind = K_REDUCE_I;
		return reduce_tables(p, s);
	}
	if (op->a->argmax && f32(p, op->operands[0]) && T(p, op->operands[1])->dt == DTYPE_I32) {
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

/* Index types the lookups read. */
static int
index_type(enum dtype dt)
{
	return dt == DTYPE_I32 || dt == DTYPE_U32 || dt == DTYPE_I64;
}

/* Element sizes the windows copy. */
static int
copy_size(enum dtype dt)
{
	size_t es = dtype_size(dt);

	return es == 1 || es == 2 || es == 4 || es == 8;
}

/* Whether the n dims of v lie in [0, rank) (the lowering does not hold
 * gather and scatter dimension numbers against the ranks). */
static int
dims_in(const int64_t *v, int n, int rank)
{
	for (int i = 0; i < n; i++)
		if (v[i] < 0 || v[i] >= rank)
			return 0;
	return 1;
}

/* The lookups of a gather or scatter: indices ti, whose index vectors
 * lie along index_vector_dim ivd (ti's rank: one component each), hold
 * one index vector per element of their other dims, which pair in order
 * with the dims bd (nbd) of t (the gather's result, the scatter's
 * update).  Fills lu's counts and tables; 0 when the shapes disagree. */
static int
lookups(struct look *lu, const struct mlir_type *ti, int64_t ivd, const struct mlir_type *t, const int64_t *bd,
    int nbd)
{
	int64_t is[MLIR_MAX_RANK], ts[MLIR_MAX_RANK], bdim[MLIR_MAX_RANK];
	int nb = 0;

	if (ivd < 0 || ivd > ti->rank)
		return 0;
	tensor_strides(ti, is);
	tensor_strides(t, ts);
	for (int d = 0; d < ti->rank; d++)
		if (d != ivd)
			bdim[nb++] = d;
	if (nb != nbd || (ivd < ti->rank ? ti->dim[ivd] : 1) != lu->n)
		return 0;
	lu->istr = ivd < ti->rank ? is[ivd] : 1;
	lu->nlook = 1;
	for (int j = 0; j < nb; j++) {
		if (ti->dim[bdim[j]] != t->dim[bd[j]])
			return 0;
		lu->nlook *= ti->dim[bdim[j]];
	}
	lu->ioff = ecalloc((size_t)(lu->nlook ? lu->nlook : 1), sizeof(int64_t));
	lu->uoff = ecalloc((size_t)(lu->nlook ? lu->nlook : 1), sizeof(int64_t));
	for (int64_t i = 0; i < lu->nlook; i++) {
		int64_t rem = i;
		for (int j = nb - 1; j >= 0; j--) {
			int64_t c = rem % ti->dim[bdim[j]];
			rem /= ti->dim[bdim[j]];
			lu->ioff[i] += c * is[bdim[j]];
			lu->uoff[i] += c * ts[bd[j]];
		}
	}
	return 1;
}

/* A gather without batching dims: for each index vector, the window of
 * slice_sizes at its (clamped) start, the collapsed dims dropped, into
 * the result's offset dims.  Embedding rows, a table's row at a
 * position, any gather of windows. */
static int
plan_gather(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	const struct op_attrs *a = op->a;
	const struct mlir_type *tx = T(p, op->operands[0]), *ti = T(p, op->operands[1]), *tr = T(p, op->results[0]);
	const int64_t *offd = a->g[GD_OFFSET], *coll = a->g[GD_COLLAPSED], *smap = a->g[GD_START_MAP];
	int noff = a->ng[GD_OFFSET], ncoll = a->ng[GD_COLLAPSED];
	int64_t xs[MLIR_MAX_RANK], rs[MLIR_MAX_RANK], bd[MLIR_MAX_RANK];
	int is_coll[MLIR_MAX_RANK] = { 0 }, is_off[MLIR_MAX_RANK] = { 0 }, nbd = 0;
	struct walk *w = &s->w;
	struct look *lu = s->lu ? s->lu : (s->lu = ecalloc(1, sizeof(*s->lu)));

	if (a->ng[GD_OPERAND_BATCH] || a->ng[GD_INDEX_BATCH] || !index_type(ti->dt) || !copy_size(tx->dt) ||
	    tx->dt != tr->dt || a->n != tx->rank || !dims_in(offd, noff, tr->rank) ||
	    !dims_in(coll, ncoll, tx->rank) || !dims_in(smap, a->ng[GD_START_MAP], tx->rank))
		return 0;
	for (int d = 0; d < tx->rank; d++)
		if (a->v[d] < 0 || a->v[d] > tx->dim[d])
			return 0;
	tensor_strides(tx, xs);
	tensor_strides(tr, rs);
	for (int k = 0; k < ncoll; k++)
		is_coll[coll[k]] = 1;
	for (int k = 0; k < noff; k++)
		is_off[offd[k]] = 1;
	memset(w, 0, sizeof(*w));
	for (int d = 0; d < tx->rank; d++) {
		if (is_coll[d])
			continue;
		if (w->rank == noff || tr->dim[offd[w->rank]] != a->v[d])
			return 0;
		w->dim[w->rank] = a->v[d];
		w->istr[w->rank] = xs[d];
		w->ostr[w->rank] = rs[offd[w->rank]];
		w->rank++;
	}
	if (w->rank != noff)
		return 0;
	for (int d = 0; d < tr->rank; d++)
		if (!is_off[d])
			bd[nbd++] = d;
	lu->n = a->ng[GD_START_MAP];
	for (int k = 0; k < lu->n; k++) {
		lu->dim[k] = smap[k];
		lu->xstr[k] = xs[smap[k]];
		lu->max[k] = tx->dim[smap[k]] - a->v[smap[k]];
	}
	if (!lookups(lu, ti, a->dim, tr, bd, nbd))
		return 0;
	s->kind = K_GATHER;
	return 1;
}

/* dynamic_slice: one window at starts read at run time, clamped. */
static int
plan_dslice(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	const struct mlir_type *tx = T(p, op->operands[0]), *tr = T(p, op->results[0]);
	struct walk *w = &s->w;
	struct look *lu = s->lu ? s->lu : (s->lu = ecalloc(1, sizeof(*s->lu)));

	if (op->noperands != 1 + tx->rank || !copy_size(tx->dt) || tx->dt != tr->dt || tr->rank != tx->rank)
		return 0;
	for (int d = 0; d < tx->rank; d++)
		if (tr->dim[d] > tx->dim[d])
			return 0;
	for (int k = 1; k < op->noperands; k++)
		if (!index_type(T(p, op->operands[k])->dt) || T(p, op->operands[k])->rank != 0)
			return 0;
	memset(w, 0, sizeof(*w));
	w->rank = tx->rank;
	memcpy(w->dim, tr->dim, sizeof(w->dim));
	tensor_strides(tx, w->istr);
	tensor_strides(tr, w->ostr);
	lu->n = tx->rank;
	lu->nlook = 1;
	for (int k = 0; k < tx->rank; k++) {
		lu->dim[k] = k;
		lu->xstr[k] = w->istr[k];
		lu->max[k] = tx->dim[k] - tr->dim[k];
	}
	s->kind = K_DSLICE;
	return 1;
}

/* A scatter whose body returns the update (a cache write): each index
 * vector's window of the update replaces the operand's elements there,
 * those out of bounds dropped.  Done in place like a
 * dynamic_update_slice (decided with the liveness).  The update's
 * window dims must come last, so that windows are written in the
 * update's order, the reference interpreter's. */
static int
plan_scatter(struct plan *p, struct step *s)
{
	const struct mlir_op *op = s->op;
	const struct op_attrs *a = op->a;
	const int64_t *uwd = a->g[GD_OFFSET], *iwd = a->g[GD_COLLAPSED], *sdod = a->g[GD_START_MAP];
	int nuwd = a->ng[GD_OFFSET], niwd = a->ng[GD_COLLAPSED];
	int64_t xs[MLIR_MAX_RANK], us[MLIR_MAX_RANK], bd[MLIR_MAX_RANK];
	int ins[MLIR_MAX_RANK] = { 0 };
	struct walk *w = &s->w;
	struct look *lu = s->lu ? s->lu : (s->lu = ecalloc(1, sizeof(*s->lu)));

	if (op->noperands != 3 || op->nregions != 1 || a->ng[GD_OPERAND_BATCH] || a->ng[GD_INDEX_BATCH])
		return 0;
	const struct mlir_region *body = op->regions[0];
	if (body->nargs != 2 || body->nops != 1 || body->ops[0].code != OP_RETURN ||
	    body->ops[0].noperands != 1 || body->ops[0].operands[0] != body->args[1])
		return 0;
	const struct mlir_type *tx = T(p, op->operands[0]), *ti = T(p, op->operands[1]), *tu = T(p, op->operands[2]);
	if (!index_type(ti->dt) || !copy_size(tx->dt) || tu->dt != tx->dt || nuwd > tu->rank ||
	    !dims_in(uwd, nuwd, tu->rank) || !dims_in(iwd, niwd, tx->rank) ||
	    !dims_in(sdod, a->ng[GD_START_MAP], tx->rank))
		return 0;
	tensor_strides(tx, xs);
	tensor_strides(tu, us);
	for (int j = 0; j < nuwd; j++)
		if (uwd[j] != tu->rank - nuwd + j)
			return 0;
	for (int k = 0; k < niwd; k++)
		ins[iwd[k]] = 1;
	memset(w, 0, sizeof(*w));
	for (int d = 0; d < tx->rank; d++) {
		if (ins[d])
			continue;
		if (w->rank == nuwd || tu->dim[uwd[w->rank]] > tx->dim[d])
			return 0;
		lu->wdim[w->rank] = d;
		w->dim[w->rank] = tu->dim[uwd[w->rank]];
		w->istr[w->rank] = us[uwd[w->rank]];
		w->ostr[w->rank] = xs[d];
		w->rank++;
	}
	if (w->rank != nuwd)
		return 0;
	for (int d = 0; d < tu->rank - nuwd; d++)
		bd[d] = d;
	lu->n = a->ng[GD_START_MAP];
	for (int k = 0; k < lu->n; k++) {
		lu->dim[k] = sdod[k];
		lu->xstr[k] = xs[sdod[k]];
	}
	if (!lookups(lu, ti, a->dim, tu, bd, tu->rank - nuwd))
		return 0;
	s->kind = K_SCATTER;	/* in place or not: decided with the liveness */
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
		/* a packed weight's dequantization feeding either side */
		if (plan_dot(p, s) && s->kind == K_MATMUL && !plan_quant(p, s) && plan_matmul(p, s, !s->wi) &&
		    !plan_quant(p, s))
			plan_matmul(p, s, -1);
		if (s->kind == K_MATMUL && p->bf)
			s->xbf = p->bf[op->operands[s->xi]];
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
	case OP_CONVERT: {
		/* bf16 kept in f32 (plan_load): to bf16 rounds, from it is the
		 * same floats */
		enum dtype md = p->m->types[r].dt, ms = p->m->types[op->operands[0]].dt;
		if (p->bf && ms == DTYPE_BF16 && (md == DTYPE_F32 || md == DTYPE_BF16)) {
			s->kind = K_CONVERT;
			s->sub = 2;
		} else if (p->bf && ms == DTYPE_F32 && md == DTYPE_BF16) {
			s->kind = K_CONVERT;
			s->sub = 1;
		} else if (dt == DTYPE_F32 && (T(p, op->operands[0])->dt == DTYPE_I32 ||
		    T(p, op->operands[0])->dt == DTYPE_U32)) {
			s->kind = K_CONVERT;
		}
		return;
	}
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
	case OP_DYNAMIC_SLICE:
		plan_dslice(p, s);
		return;
	case OP_SCATTER:
		plan_scatter(p, s);
		return;
	case OP_DYNAMIC_UPDATE_SLICE:
		if (op->noperands != 2 + T(p, r)->rank)
			return;
		for (k = 2; k < op->noperands; k++)
			if (!index_type(T(p, op->operands[k])->dt))
				return;	/* starts the kernel reads: i32, u32, i64 */
		s->kind = K_DUS;	/* in place or not: decided with the liveness */
		return;
	default:
		break;
	}
	if ((k = unary_kind(op->code)) >= 0 && dt == DTYPE_F32) {
		s->kind = K_UNARY;
		s->sub = k;
	} else if ((k = binary_kind(op->code)) >= 0 && simple_type(dt)) {
		if (dt == DTYPE_F32 ? k > B_MIN : dt == DTYPE_BOOL ? k != B_AND && k != B_OR :
		    k == B_DIV || k == B_MAX || k == B_MIN)
			return;
		s->kind = K_BINARY;
		s->sub = k;
		s->etype = dt;
	}
}

/* Broadcasts read in place */

/* Whether the broadcast walked by w (ioff 0, n elements) reads its
 * source's element (i / *inner) % *srcn for element i: the dims that
 * read the source (size 1 aside) are one run whose strides are the
 * source's dense ones, dims after it repeat each element, dims before
 * it repeat the whole. */
static int
bcast_form(const struct walk *w, int64_t n, int64_t *inner, int64_t *srcn)
{
	int a = -1, b = -1;

	if (w->ioff)
		return 0;
	for (int d = 0; d < w->rank; d++) {
		if (w->dim[d] == 1 || !w->istr[d])
			continue;
		if (a >= 0 && b != d) {
			for (int e = b; e < d; e++)
				if (w->dim[e] != 1)
					return 0;	/* a repeated dim inside the run */
		}
		if (a < 0)
			a = d;
		b = d + 1;
	}
	if (a < 0) {	/* a splat */
		*inner = n;
		*srcn = 1;
		return 1;
	}
	int64_t in = 1, sn = 1;
	for (int d = w->rank - 1; d >= b; d--)
		in *= w->dim[d];
	for (int d = b - 1; d >= a; d--) {
		if (w->dim[d] == 1)
			continue;
		if (w->istr[d] != sn)
			return 0;
		sn *= w->dim[d];
	}
	*inner = in;
	*srcn = sn;
	return 1;
}

/* Whether the broadcast walked by w reads its source's element
 * ((i / (nb * rep)) % na) * nb + i % nb for element i: the dims that
 * read the source are two runs, dense in the source's order, with
 * repeated dims (rep elements in all) between them and none after the
 * second (nb elements); dims before the first repeat the whole.  RoPE's
 * cos and sin, [positions, head dim] over every head. */
static int
bcast_form2(const struct walk *w, int64_t *na, int64_t *rep, int64_t *nb)
{
	int part = 0;	/* from the innermost dim: 0 none yet, 1 the inner run, 2 the
			 * gap, 3 the outer run, 4 repeats of the whole */
	int64_t sa = 1, sr = 1, sb = 1, st = 1;

	if (w->ioff)
		return 0;
	for (int d = w->rank - 1; d >= 0; d--) {	/* from the innermost */
		if (w->dim[d] == 1)
			continue;
		if (w->istr[d]) {
			if (part == 2 || part == 0)
				part++;
			else if (part != 1 && part != 3)
				return 0;
			if (w->istr[d] != st)
				return 0;
			st *= w->dim[d];
			*(part == 1 ? &sb : &sa) *= w->dim[d];
		} else {
			if (part == 0)
				return 0;	/* repeats each element: bcast_form's */
			if (part == 1)
				part = 2;
			if (part == 3)
				part = 4;	/* repeats the whole */
			if (part == 2)
				sr *= w->dim[d];
		}
	}
	if (part < 3)
		return 0;
	*na = sa, *rep = sr, *nb = sb;
	return 1;
}

/* Operands of f32 binary ops and selects made by a broadcast of that
 * form: read from the broadcast's source (bmask).  A 1B model's
 * prefill-256 broadcast a scale (0.125) and -inf to every head's
 * [8, 256, 4, 264] scores, both alive from the first layer to the last,
 * and each layer's softmax maximum and sum to them again: 8.7 MB each,
 * written to be read once. */
static void
fuse_bcasts(struct plan *p)
{
	for (int i = 0; i < p->nsteps; i++) {
		struct step *s = &p->steps[i];
		int k0;
		if (s->kind == K_BINARY && s->etype == DTYPE_F32)
			k0 = 0;
		else if (s->kind == K_SELECT)
			k0 = 1;
		else if (s->kind == K_COMPARE &&
		    (s->etype == DTYPE_F32 || s->etype == DTYPE_I32 || s->etype == DTYPE_U32))
			k0 = 0;
		else
			continue;
		for (int k = k0; k < s->op->noperands && k < 3; k++) {
			int d = p->def[s->op->operands[k]];
			int64_t in, sn;
			if (d >= 0 && p->steps[d].kind == K_IOTA && numel(T(p, s->op->operands[k])) > 0) {
				const struct mlir_type *t = T(p, s->op->operands[k]);
				int64_t n = t->dim[p->steps[d].sub];
				s->bvec[k] = emalloc((size_t)(n ? n : 1) * 4);
				for (int64_t e = 0; e < n; e++) {
					float f = (float)e;
					if (t->dt == DTYPE_F32)
						memcpy(&s->bvec[k][e], &f, 4);
					else
						s->bvec[k][e] = (uint32_t)e;
				}
				s->bmask |= 1u << k;
				s->bsrc[k] = -1;
				s->binner[k] = 1;
				for (int e = p->steps[d].sub + 1; e < t->rank; e++)
					s->binner[k] *= t->dim[e];
				s->bn[k] = n;
				continue;
			}
			if (d < 0 || p->steps[d].kind != K_COPY || p->steps[d].op->code != OP_BROADCAST_IN_DIM)
				continue;
			const struct step *b = &p->steps[d];
			int64_t na, rep, nb;
			if (bcast_form2(&b->w, &na, &rep, &nb) && numel(T(p, b->op->operands[0])) == na * nb &&
			    dtype_size(T(p, b->op->operands[0])->dt) == 4) {
				s->bmask |= 1u << k;
				s->bsrc[k] = b->op->operands[0];
				s->binner[k] = 1;
				s->bn[k] = na * nb;
				s->brep[k] = rep;
				s->bnb[k] = nb;
				continue;
			}
			if (!bcast_form(&b->w, numel(T(p, b->op->results[0])), &in, &sn) ||
			    numel(T(p, b->op->operands[0])) != sn)
				continue;
			s->bmask |= 1u << k;
			s->bsrc[k] = b->op->operands[0];
			s->binner[k] = in;
			s->bn[k] = sn;
		}
	}
}

/* Where a run hands its dead values' memory back.  keep_heap keeps
 * freed blocks for the next run, so a prefill's heap stays at its
 * high-water (a 1B model's prefill-256: 35 MB of activations at once)
 * while its last steps page in the LM head's weights (74 MB at 4 bits):
 * the process's peak was the two added, 759 MB where the weights read
 * were 663.  The live bytes after each step (values the steps allocate,
 * at their sizes, until the step that frees them) say where the big
 * values are all dead: after the last step still holding a quarter of
 * the peak, a run trims (malloc_trim releases the free pages inside the
 * heap too); that peak was then 724 MB.  The next run faults those
 * pages in again, once (a few thousand faults a prefill where every
 * freed block given back took 270 000).  Only where the peak is
 * TRIM_MIN or more: a decode step's values are small.  What it saves
 * is the first prefill's (a prompt's, in `run`): prefills after it
 * find every weight mapped already, and their peak is the weights and
 * the working set whatever is trimmed (761 MB there).  The big values
 * now live in the slab (plan_slab): at the same step its pages that no
 * live value holds go back (madvise), the heap's by malloc_trim. */
enum { TRIM_MIN = 16 << 20 };

static int
allocates(const struct step *s)
{
	switch (s->kind) {
	case K_DEAD: case K_VIEW: case K_DUS: case K_SCATTER: case K_CONST: case K_CASE:
		return 0;
	default:
		return 1;
	}
}

static void
trim_point(struct plan *p)
{
	double live = 0, peak = 0, *at = emalloc((size_t)(p->nsteps ? p->nsteps : 1) * sizeof(double));

	p->trim_at = -1;
	for (int i = 0; i < p->nsteps; i++) {
		const struct step *s = &p->steps[i];
		if (allocates(s))
			for (int k = 0; k < s->op->nresults; k++)
				live += (double)numel(T(p, s->op->results[k])) * dtype_size(T(p, s->op->results[k])->dt);
		at[i] = live;
		peak = live > peak ? live : peak;
		for (int k = 0; k < s->nfrees; k++) {
			int v = s->frees[k], d = p->def[v];
			if (d >= 0 && p->root[v] == v && allocates(&p->steps[d]))
				live -= (double)numel(T(p, v)) * dtype_size(T(p, v)->dt);
		}
	}
	if (peak >= TRIM_MIN)
		for (int i = p->nsteps - 1; i >= 0 && p->trim_at < 0; i--)
			if (at[i] >= peak / 4)
				p->trim_at = i;
	free(at);
	p->stats.trims = p->trim_at >= 0;
}

/* The slab: a run's big values at planned offsets.  Left to malloc,
 * a prefill's activations (a 1B model's: [256, 8192] MLP values, [8,
 * 256, 4, 264] attention scores, 2 to 9 MB each) fell where the heap's
 * history put them: the same run of the same plan peaked 50 to 57 MB
 * of anonymous memory by what the process had allocated before (a
 * 4-bit prefill-256: 6 MB over 27 MB of values).  Each value's
 * lifetime is known here (its defining step to its last reader, views
 * and in-place updates through its root), so the offsets are chosen
 * once, biggest first, each at the lowest offset clear of the values
 * whose lifetimes meet its own.  An elementwise result that result_over
 * would write over a dying operand takes that operand's slot (its pick
 * fixed here, in step.over). */
enum { SLAB_MIN = 256 << 10, SLAB_PAGE = 4096 };

static int
slab_kind(const struct step *s)
{
	switch (s->kind) {	/* the steps whose results[0] is result()'s or result_over()'s */
	case K_UNARY: case K_BINARY: case K_SELECT: case K_CONVERT: case K_COMPARE: case K_IOTA:
	case K_COPY: case K_CONCAT: case K_REDUCE: case K_REDUCE_I: case K_DOT: case K_MATMUL:
	case K_MATMUL_Q: case K_GATHER: case K_DSLICE:
		return s->op->nresults == 1;
	default:
		return 0;
	}
}

struct sval {
	int v;			/* the first value of an in-place chain; -1 - i:
				 * step i's packed x */
	int64_t bytes, off;
	int a, b;		/* steps: defined, last read (the chain's) */
};

static int
sval_cmp(const void *x, const void *y)
{
	const struct sval *p = x, *q = y;

	if (p->bytes != q->bytes)
		return p->bytes < q->bytes ? 1 : -1;
	return p->a - q->a;
}

static int
off_cmp(const void *x, const void *y)
{
	const struct sval *const *p = x, *const *q = y;

	return (*p)->off < (*q)->off ? -1 : (*p)->off > (*q)->off;
}

static int64_t
value_bytes(const struct plan *p, int v)
{
	return numel(T(p, v)) * (int64_t)dtype_size(T(p, v)->dt);
}

static void
plan_slab(struct plan *p, const int *last)
{
	int nv = p->m->nvalues ? p->m->nvalues : 1, n = 0;
	int *head = emalloc((size_t)nv * sizeof(int));	/* the chain's first value */
	struct sval *sv = emalloc((size_t)(nv + p->nsteps) * sizeof(*sv));

	p->slot = emalloc((size_t)nv * sizeof(int64_t));
	for (int v = 0; v < nv; v++)
		p->slot[v] = head[v] = -1;
	for (int i = 0; i < p->nsteps; i++) {
		struct step *s = &p->steps[i];
		s->over = -1;
		s->xoff = -1;
		if (!slab_kind(s) || s->enc >= 0)
			continue;
		/* the GEMM's packed x, for this step only */
		int64_t xb = s->kind == K_MATMUL || s->kind == K_MATMUL_Q ?
		    (int64_t)kern_matmul_xbytes(s->M, s->K, s->xbf) : 0;
		if (xb >= SLAB_MIN)
			sv[n++] = (struct sval){ -1 - i, xb, 0, i, i };
		int r = s->op->results[0];
		int64_t nb = value_bytes(p, r);
		if (p->root[r] != r || p->argi[r] >= 0 || nb < SLAB_MIN || last[r] < i || last[r] >= p->nsteps)
			continue;
		int c = -1;
		if (s->kind == K_UNARY || s->kind == K_BINARY || s->kind == K_SELECT || s->kind == K_CONVERT)
			for (int k = 0; k < s->op->noperands && c < 0; k++) {	/* result_over's order */
				int v = s->op->operands[k], alias = 0;
				if ((s->bmask & (1u << k)) || (s->silu && k == s->silu - 1) || head[v] < 0 ||
				    p->root[v] != v || last[v] != i || value_bytes(p, v) != nb)
					continue;
				for (int j = 0; j < s->op->noperands; j++) {
					if (j == k || (j < 3 && s->bvec[j]) || (s->silu && j == s->silu - 1))
						continue;
					int u = s->bmask & (1u << j) ? s->bsrc[j] : s->op->operands[j];
					alias |= p->root[u] == v;
				}
				if (!alias)
					c = k;
			}
		if (c >= 0) {	/* the operand's slot, on to this value's last reader */
			s->over = c;
			head[r] = head[s->op->operands[c]];
			for (int e = 0; e < n; e++)
				if (sv[e].v == head[r])
					sv[e].b = last[r];
			continue;
		}
		head[r] = r;
		sv[n++] = (struct sval){ r, nb, 0, i, last[r] };
	}
	qsort(sv, (size_t)n, sizeof(*sv), sval_cmp);
	struct sval **meet = emalloc((size_t)(n ? n : 1) * sizeof(*meet));
	for (int e = 0; e < n; e++) {
		int m = 0;
		for (int f = 0; f < e; f++)
			if (sv[f].a <= sv[e].b && sv[e].a <= sv[f].b)
				meet[m++] = &sv[f];
		qsort(meet, (size_t)m, sizeof(*meet), off_cmp);
		int64_t off = 0;
		for (int f = 0; f < m; f++) {
			if (meet[f]->off >= off + sv[e].bytes)
				break;	/* a gap that holds it */
			if (meet[f]->off + meet[f]->bytes > off)
				off = (meet[f]->off + meet[f]->bytes + 63) / 64 * 64;
		}
		sv[e].off = off;
		if (off + sv[e].bytes > p->slab_bytes)
			p->slab_bytes = off + sv[e].bytes;
	}
	for (int v = 0; v < nv; v++)
		if (head[v] >= 0)
			for (int e = 0; e < n; e++)
				if (sv[e].v == head[v])
					p->slot[v] = sv[e].off;
	for (int e = 0; e < n; e++)
		if (sv[e].v < 0)
			p->steps[-1 - sv[e].v].xoff = sv[e].off;
	/* after the trim step: the pages between the values alive across it */
	int t = p->trim_at;
	if (t >= 0 && p->slab_bytes >= TRIM_MIN) {
		int m = 0;
		for (int e = 0; e < n; e++)
			if (sv[e].a <= t && sv[e].b > t)
				meet[m++] = &sv[e];
		qsort(meet, (size_t)m, sizeof(*meet), off_cmp);
		p->rel = emalloc((size_t)(2 * (m + 1)) * sizeof(int64_t));
		int64_t from = 0;
		for (int f = 0; f <= m; f++) {
			int64_t to = f < m ? meet[f]->off : p->slab_bytes;
			int64_t a = (from + SLAB_PAGE - 1) / SLAB_PAGE * SLAB_PAGE, b = to / SLAB_PAGE * SLAB_PAGE;
			if (f == m)
				b = to;	/* the mapping's end */
			if (b > a) {
				p->rel[2 * p->nrel] = a;
				p->rel[2 * p->nrel++ + 1] = b - a;
			}
			if (f < m && meet[f]->off + meet[f]->bytes > from)
				from = meet[f]->off + meet[f]->bytes;
		}
	}
	p->stats.slab = p->slab_bytes;
	free(meet);
	free(sv);
	free(head);
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

/* The step at which a use at step i of a buffer made at step d counts:
 * inside a case's branch, a buffer from before the case lives until the
 * case ends (the branch that reads it may not run). */
static int
use_step(const struct plan *p, int i, int d)
{
	while (i >= 0 && i < p->nsteps && p->steps[i].enc >= 0 && d < p->steps[i].enc)
		i = p->steps[p->steps[i].enc].pair;
	return i;
}

static void
mark_use(void *arg, int v)
{
	struct lastuse *u = arg;

	if (v < 0)
		return;
	int rt = u->p->root[v], at = use_step(u->p, u->step, u->p->def[rt]);
	if (u->last[rt] < at)
		u->last[rt] = at;
}

/* What a step reads: a case's index; the values its branches return,
 * at its end; else the op's operands and what its regions read. */
static void
step_uses(const struct plan *p, const struct step *s, void (*fn)(void *, int), void *arg)
{
	const struct mlir_op *op = s->op;

	if (s->kind == K_CASE) {
		fn(arg, op->operands[0]);
	} else if (s->kind == K_CASE_END) {
		for (int r = 0; r < op->nregions; r++) {
			const struct mlir_region *rg = op->regions[r];
			const struct mlir_op *ret = &rg->ops[rg->nops - 1];
			for (int k = 0; k < ret->noperands; k++)
				fn(arg, ret->operands[k]);
		}
	} else if (s->silu) {
		fn(arg, op->operands[2 - s->silu]);
	} else if (s->bmask) {
		for (int k = 0; k < op->noperands; k++)
			if (k >= 3 || !s->bvec[k])
				fn(arg, s->bmask & (1u << k) ? s->bsrc[k] : op->operands[k]);
	} else if (s->kind == K_MATMUL_Q) {
		fn(arg, op->operands[s->xi]);
		fn(arg, s->wq);
		fn(arg, s->ws);
		fn(arg, s->wb);
	} else {
		each_use(&p->f->body, op, fn, arg);
	}
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
		if (s->kind == K_VIEW || ((s->kind == K_DUS || s->kind == K_SCATTER) && inplace[i]))
			p->root[s->op->results[0]] = p->root[s->op->operands[0]];
		struct lastuse u = { p, last, i };
		step_uses(p, s, mark_use, &u);
		if (s->kind != K_CASE)
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

/* x * logistic(x) (SiLU, every gated MLP's) as one step where the
 * logistic's only reader is that multiply: the product is computed a
 * few thousand elements at a time from x (elem.c's logistic and
 * multiply, in the graph's operand order: the same bits) and written
 * over x where x dies there.  A 1B model's prefill-256 held the gate,
 * the up projection and the gate's logistic at once, 8.4 MB each, the
 * peak of its working set. */
static void
fuse_silu(struct plan *p)
{
	int *uses = ecalloc((size_t)p->m->nvalues, sizeof(int));
	const struct mlir_op *ret = &p->f->body.ops[p->f->body.nops - 1];

	for (int k = 0; k < ret->noperands; k++)
		uses[ret->operands[k]]++;
	for (int i = 0; i < p->nsteps; i++)
		step_uses(p, &p->steps[i], count_use, uses);
	for (int i = 0; i < p->nsteps; i++) {
		struct step *s = &p->steps[i];
		if (s->kind != K_BINARY || s->etype != DTYPE_F32 || s->sub != B_MUL || s->bmask || s->enc >= 0)
			continue;
		for (int k = 0; k < 2 && !s->silu; k++) {
			int v = s->op->operands[k], d = p->def[v];
			if (d >= 0 && p->steps[d].kind == K_UNARY && p->steps[d].sub == U_LOGISTIC && uses[v] == 1 &&
			    p->steps[d].enc < 0 && p->steps[d].op->operands[0] == s->op->operands[1 - k])
				s->silu = k + 1;
		}
	}
	free(uses);
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
		if (s->kind == K_CASE)
			used = p->steps[s->pair].kind != K_DEAD;
		/* checks and calls may act for their effects: always run */
		if (!used && s->op->nresults > 0 && !OP_IS_CHECK(s->op->code) &&
		    s->op->code != OP_CALL && s->op->code != OP_CUSTOM_CALL) {
			s->kind = K_DEAD;
			continue;
		}
		step_uses(p, s, count_use, uses);
	}
	free(uses);
}

struct caps {
	const struct plan *p;
	struct step *s;
};

static void
add_cap(void *arg, int v)
{
	struct caps *c = arg;

	if (v < 0 || (c->p->def[v] < 0 && c->p->argi[v] < 0))
		return;	/* the region's own value */
	for (int i = 0; i < c->s->ncaps; i++)
		if (c->s->caps[i] == v)
			return;
	c->s->caps = ereallocarray(c->s->caps, (size_t)c->s->ncaps + 1, sizeof(int));
	c->s->caps[c->s->ncaps++] = v;
}

/* The outer values the regions of an interpreted op read: a narrow
 * weight among them must be widened before the interpreter sees it. */
static void
captures(struct plan *p, struct step *s)
{
	struct caps c = { p, s };

	for (int r = 0; r < s->op->nregions; r++)
		for (int i = 0; i < s->op->regions[r]->nops; i++)
			each_use(&p->f->body, &s->op->regions[r]->ops[i], add_cap, &c);
}

static void
free_step(struct step *s)
{
	free(s->lb), free(s->rb), free(s->lm), free(s->rn), free(s->lk), free(s->rk);
	if (!s->tables_of)
		free(s->keep), free(s->red);
	free(s->cat), free(s->frees), free(s->caps);
	if (s->lu)
		free(s->lu->ioff), free(s->lu->uoff), free(s->lu);
	free(s->xpack);
	free(s->bvec[0]), free(s->bvec[1]), free(s->bvec[2]);
}

/* With HLO_PLAN_PROFILE set: where the runs of a plan spent their
 * time, by kind of step, on stderr when it is freed (a debugging aid,
 * as HLO_PLAN_DEBUG is). */
static void
prof_print(const struct plan *p)
{
	static const char *const name[K_NKINDS] = { "interp", "dead", "view", "dus", "scatter", "matmul",
		"matmul_q", "dot", "unary", "binary", "compare", "select", "convert", "iota", "copy",
		"concat", "reduce", "reduce_i", "argmax", "gather", "dslice", "const", "case", "case_end" };
	double all = 0;

	for (int k = 0; k < K_NKINDS; k++)
		all += p->prof[k];
	fprintf(stderr, "plan %s: %.3f s in all\n", p->m->file, all);
	for (int k = 0; k < K_NKINDS; k++)
		if (p->prof_n[k])
			fprintf(stderr, "  %-9s %9lld steps %9.3f s %5.1f%%\n", name[k], (long long)p->prof_n[k],
			    p->prof[k], all > 0 ? 100 * p->prof[k] / all : 0);
}

void
plan_free(void *state)
{
	struct plan *p = state;

	if (!p)
		return;
	if (p->prof) {
		prof_print(p);
		free(p->prof);
		free(p->prof_n);
	}
	for (int i = 0; i < p->nsteps; i++)
		free_step(&p->steps[i]);
	free(p->steps);
	if (p->wide)
		for (int v = 0; v < p->m->nvalues; v++)
			tensor_free(p->wide[v]);
	free(p->wide);
	free(p->wide_src);
	free(p->root), free(p->argi), free(p->def), free(p->own), free(p->dus_args);
	free(p->bf), free(p->types);
	if (p->slab)
		munmap(p->slab, (size_t)p->slab_bytes);
	free(p->slot), free(p->rel);
	interp_free(&p->ip);
	if (p->own_pool)
		pool_free(p->pool);
	free(p);
}

static int
add_step(struct plan *p, const struct mlir_op *op, int enc, int br, int *cap)
{
	if (p->nsteps == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		p->steps = ereallocarray(p->steps, (size_t)*cap, sizeof(*p->steps));
	}
	struct step *s = &p->steps[p->nsteps];
	memset(s, 0, sizeof(*s));
	s->op = op;
	s->enc = enc;
	s->br = br;
	s->pair = -1;
	for (int k = 0; k < op->nresults; k++)
		p->def[op->results[k]] = p->nsteps;
	return p->nsteps++;
}

/* The steps of n ops of a block: a case whose branches end in their
 * return becomes K_CASE, its branches' steps and K_CASE_END. */
static void
flatten(struct plan *p, const struct mlir_region *r, int n, int enc, int br, int *cap)
{
	for (int i = 0; i < n; i++) {
		const struct mlir_op *op = &r->ops[i];
		int ok = op->code == OP_CASE && op->noperands == 1 && op->nregions > 0 &&
		    T(p, op->operands[0])->rank == 0 && T(p, op->operands[0])->dt == DTYPE_I32;
		for (int k = 0; ok && k < op->nregions; k++) {
			const struct mlir_region *rg = op->regions[k];
			ok = !rg->nargs && rg->nops > 0 && rg->ops[rg->nops - 1].code == OP_RETURN &&
			    rg->ops[rg->nops - 1].noperands == op->nresults;
		}
		if (!ok) {
			add_step(p, op, enc, br, cap);
			continue;
		}
		int b = add_step(p, op, enc, br, cap);
		for (int k = 0; k < op->nregions; k++)
			flatten(p, op->regions[k], op->regions[k]->nops - 1, b, k, cap);
		int e = add_step(p, op, enc, br, cap);
		p->steps[b].kind = K_CASE;
		p->steps[e].kind = K_CASE_END;
		p->steps[b].pair = e;
		p->steps[e].pair = b;
	}
}

struct bfuse {
	const struct plan *p;
	int any;
};

static void
bf_use(void *arg, int v)
{
	struct bfuse *u = arg;

	u->any |= v >= 0 && u->p->bf[v];
}

/* Whether the steps decided with bf16 kept in f32 compute what the
 * module says: a bf16 result only from steps that move floats or round
 * to bf16 (arithmetic in f32 would not round its result), and no bf16
 * value where the interpreter would see it. */
static int
bf_ok(const struct plan *p)
{
	for (int i = 0; i < p->nsteps; i++) {
		const struct step *s = &p->steps[i];
		struct bfuse u = { p, 0 };
		for (int k = 0; k < s->op->nresults; k++)
			bf_use(&u, s->op->results[k]);
		int res = u.any;
		switch (s->kind) {
		case K_DEAD: case K_VIEW: case K_COPY: case K_CONCAT: case K_GATHER: case K_DSLICE:
		case K_SELECT: case K_CASE: case K_CASE_END: case K_COMPARE:
			break;
		case K_CONVERT:	/* sub 1 and 2: to and from bf16 */
			if (res && !s->sub)
				return 0;
			break;
		case K_INTERP:
			step_uses(p, s, bf_use, &u);
			if (u.any)
				return 0;
			break;
		case K_CONST:	/* the module's bytes are bf16 */
		default:	/* arithmetic, and in-place writes into what may be a bf16 argument */
			if (res)
				return 0;
			break;
		}
	}
	return 1;
}

static void
free_steps(struct plan *p)
{
	for (int i = 0; i < p->nsteps; i++)
		free_step(&p->steps[i]);
	free(p->steps);
	p->steps = NULL;
	p->nsteps = 0;
}

/* The steps of the function, each decided. */
static void
build_steps(struct plan *p)
{
	int cap = 0;

	flatten(p, &p->f->body, p->f->body.nops - 1, -1, -1, &cap);
	if (!p->steps)
		p->steps = ecalloc(1, sizeof(*p->steps));
	for (int i = 0; i < p->nsteps; i++)
		if (p->steps[i].kind != K_CASE && p->steps[i].kind != K_CASE_END)
			decide(p, &p->steps[i]);
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
	/* bf16 values (the dot_general operands of `emit -p bf16` graphs)
	 * are kept in f32: every bf16 is exactly an f32, so the f32 kernels
	 * give dot_general of bf16 operands (each product exact, summed in
	 * f32), the moves are the same floats, and a convert to bf16 rounds
	 * in place.  Where that does not hold for a step (bf_ok), the plan
	 * keeps the module's types and the interpreter runs those ops. */
	for (int v = 0; v < m->nvalues; v++)
		if (m->types[v].dt == DTYPE_BF16) {
			if (!p->bf) {
				p->bf = ecalloc((size_t)nv, 1);
				p->types = emalloc((size_t)nv * sizeof(*p->types));
				memcpy(p->types, m->types, (size_t)m->nvalues * sizeof(*p->types));
			}
			p->bf[v] = 1;
			p->types[v].dt = DTYPE_F32;
		}
	build_steps(p);
	if (p->bf && !bf_ok(p)) {
		free_steps(p);
		free(p->bf), free(p->types);
		p->bf = NULL;
		p->types = NULL;
		build_steps(p);
	}
	fuse_bcasts(p);
	fuse_silu(p);
	dead_code(p);
	for (int i = 0; i < p->nsteps; i++)
		if (p->steps[i].kind == K_INTERP && p->steps[i].op->nregions)
			captures(p, &p->steps[i]);

	/* in-place updates, decided in order: the operand's buffer must
	 * have no reader after this step (liveness without this one in
	 * place) and be one the run owns or an argument */
	int *last = emalloc((size_t)nv * sizeof(int)), *inplace = ecalloc((size_t)(p->nsteps + 1), sizeof(int));
	for (int i = 0; i < p->nsteps; i++) {
		if (p->steps[i].kind != K_DUS && p->steps[i].kind != K_SCATTER)
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
	trim_point(p);
	plan_slab(p, last);
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
		case K_DUS: case K_SCATTER: p->stats.inplace++; break;
		case K_MATMUL_Q: p->stats.fused++; p->stats.kernel++; break;
		case K_CASE: p->stats.cases++; break;
		case K_CASE_END: break;
		default: p->stats.kernel++; break;
		}
	}
	if (getenv("HLO_PLAN_PROFILE")) {
		p->prof = ecalloc(K_NKINDS, sizeof(*p->prof));
		p->prof_n = ecalloc(K_NKINDS, sizeof(*p->prof_n));
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

