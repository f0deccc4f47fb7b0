/* The Vulkan backend's graph compiler: @main with its calls inlined, then
 * planned (what is dead, what is fused, the MLX dequantizations feeding a
 * dot), then each op compiled to dispatches of the shaders:
 *
 *   - elementwise ops, and broadcast, transpose, slice, reverse and iota
 *     (index maps), fuse into the program of the value that reads them
 *     (shaders/ew.comp, prog.glsl) unless their value is read twice (and
 *     is not a mere index map), is a result, or feeds an op that reads
 *     buffers (a dot, a gather...); a reduction's input fuses into the
 *     reduction's program too;
 *   - a dot whose weight is an MLX dequantization of packed u32 weights is
 *     one dequantizing dot (dotq.comp) that never makes the f32 weight;
 *   - dots and reductions with enough terms run a workgroup an element,
 *     the terms split among its threads and added in a fixed tree;
 *   - data movement the programs cannot express (concatenate, pad, the
 *     dynamic slices) are strided copies (copy.comp).
 *
 * Every float op of a program is its f64 value rounded once to its type,
 * as the reference interpreter computes; only the order of the terms of
 * the long sums differs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vk_kinds.h>

#include "base/err.h"
#include "base/util.h"
#include "exec/vk/vk_int.h"

/* the most instructions a fused program takes */
enum { PROG_MAX = 56 };

static int
unsup(const struct cc *c, const struct mlir_op *op, const char *what)
{
	return err_set("unsupported %s '%s' at %s:%d", what, op_name(op->code), c->m->file, op->line);
}

int
vk_new_val(struct vgraph *g, const struct mlir_type *t, int kind, int mod_id)
{
	g->v = ereallocarray(g->v, (size_t)g->nv + 1, sizeof(*g->v));
	struct val *x = &g->v[g->nv];
	memset(x, 0, sizeof(*x));
	x->t = *t;
	x->st = t->dt;
	x->kind = kind;
	x->root = g->nv;
	x->last = -1;
	x->home = -1;
	x->mod_id = mod_id;
	x->def = -1;
	return g->nv++;
}

int
vk_ok_type(const struct mlir_type *t)
{
	if (t->dt == DTYPE_INVALID)
		return 0;
	/* i2/i4 (stored a byte each, wrapped to their width) are not here */
	return t->dt == DTYPE_BOOL || (int)dtype_size(t->dt) * 8 == t->bits || dtype_is_float(t->dt);
}

int
vk_flatten(struct cc *c, const struct mlir_func *f, int *env, int *rets, int depth)
{
	struct vgraph *g = c->g;

	if (depth > 16)
		return err_set("%s: calls nest deeper than 16", c->m->file);
	for (int i = 0; i < f->body.nops; i++) {
		const struct mlir_op *op = &f->body.ops[i];
		if (op->code == OP_FUNC_RETURN || op->code == OP_RETURN) {
			for (int k = 0; k < op->noperands; k++)
				rets[k] = env[op->operands[k]];
			return op->noperands;
		}
		if (op->code == OP_CALL) {
			const struct mlir_func *callee = op->a->callee;
			if (!callee)
				return unsup(c, op, "call of");
			int *e2 = ecalloc((size_t)c->m->nvalues + 1, sizeof(int));
			int *r2 = ecalloc((size_t)op->nresults + 16, sizeof(int));
			for (int k = 0; k < callee->body.nargs && k < op->noperands; k++)
				e2[callee->body.args[k]] = env[op->operands[k]];
			int n = vk_flatten(c, callee, e2, r2, depth + 1);
			for (int k = 0; n >= 0 && k < op->nresults && k < n; k++)
				env[op->results[k]] = r2[k];
			free(e2);
			free(r2);
			if (n < 0)
				return -1;
			continue;
		}
		struct lop l = { .op = op, .nin = op->noperands, .nout = op->nresults };
		l.in = ecalloc((size_t)l.nin + 1, sizeof(int));
		l.out = ecalloc((size_t)l.nout + 1, sizeof(int));
		for (int k = 0; k < l.nin; k++)
			l.in[k] = env[op->operands[k]];
		for (int k = 0; k < l.nout; k++) {
			const struct mlir_type *t = &c->m->types[op->results[k]];
			l.out[k] = env[op->results[k]] = vk_new_val(g, t, op->code == OP_CONSTANT ? V_CONST : V_TEMP,
			    op->results[k]);
			g->v[l.out[k]].def = g->nops;
			if (op->code == OP_CONSTANT)
				g->v[l.out[k]].bytes = op->a->bytes;
		}
		g->ops = ereallocarray(g->ops, (size_t)g->nops + 1, sizeof(*g->ops));
		g->ops[g->nops++] = l;
	}
	return 0;
}

int
vk_place(struct vgraph *g, int v)
{
	struct val *x = &g->v[v];
	int64_t nb = mlir_numel(&x->t) * (int64_t)dtype_size(x->st);

	if (nb > ((int64_t)1 << 31) || g->arena_size > (1u << 31))
		return err_set("a graph's values past 2 GiB: not on this backend yet");
	x->home = H_ARENA;
	x->addr = g->arena_size;
	g->arena_size += (uint32_t)((nb + 15) & ~(int64_t)15);
	return 0;
}

static uint32_t
par_push(struct vgraph *g, uint32_t w)
{
	g->par = ereallocarray(g->par, (size_t)g->npar + 1, sizeof(*g->par));
	g->par[g->npar] = w;
	return (uint32_t)g->npar++;
}

static VkBuffer
home_buf(struct cc *c, const struct val *x)
{
	if (x->home == H_WEIGHT)
		return c->s->w[x->hi].buf.b;
	if (x->home == H_STATE)
		return c->s->s[x->hi].buf.b;
	return VK_NULL_HANDLE;	/* the arena, made later: slot 0 */
}

/* A dispatch being built: its buffers, then its parameter words. */
struct db {
	struct disp d;
	int nb;
};

static void
db_begin(struct cc *c, struct db *b, enum vk_shader sh, uint32_t n)
{
	memset(b, 0, sizeof(*b));
	b->d.sh = sh;
	b->d.n = n;
	b->nb = 1;	/* slot 0: the arena */
	b->d.p = (uint32_t)c->g->npar;
	b->d.op = c->op;
}

/* The slot of value v's buffer in the dispatch; -1 when all are taken. */
static int
db_slot(struct cc *c, struct db *b, int v)
{
	VkBuffer h = home_buf(c, &c->g->v[v]);

	if (h == VK_NULL_HANDLE)
		return 0;
	for (int i = 1; i < b->nb; i++)
		if (b->d.b[i] == h)
			return i;
	if (b->nb == VK_NBUF)
		return -1;
	b->d.b[b->nb] = h;
	return b->nb++;
}

/* Pushes (slot, address) of value v, plus extra bytes into it. */
static int
db_addr(struct cc *c, struct db *b, int v, uint32_t extra)
{
	int k = db_slot(c, b, v);

	if (k < 0)
		return err_set("%s: an op reads more buffers than a kernel binds", c->m->file);
	par_push(c->g, (uint32_t)k);
	par_push(c->g, c->g->v[v].addr + extra);
	return 0;
}

static void
db_end(struct cc *c, struct db *b)
{
	struct vgraph *g = c->g;

	if (!b->d.n)
		return;
	g->d = ereallocarray(g->d, (size_t)g->nd + 1, sizeof(*g->d));
	g->d[g->nd++] = b->d;
}

static int
elem_code(const struct mlir_op *op, int isf)
{
	switch (op->code) {
	case OP_ABS: return E_ABS;
	case OP_NEGATE: return E_NEG;
	case OP_EXP: return E_EXP;
	case OP_EXPM1: return E_EXPM1;
	case OP_LOG: return E_LOG;
	case OP_LOG1P: return E_LOG1P;
	case OP_SQRT: return E_SQRT;
	case OP_RSQRT: return E_RSQRT;
	case OP_CBRT: return E_CBRT;
	case OP_SINE: return E_SIN;
	case OP_COSINE: return E_COS;
	case OP_TAN: case OP_CHLO_TAN: return E_TAN;
	case OP_TANH: return E_TANH;
	case OP_LOGISTIC: return E_LOGISTIC;
	case OP_FLOOR: return E_FLOOR;
	case OP_CEIL: return E_CEIL;
	case OP_ROUND_AFZ: return E_ROUND_AFZ;
	case OP_ROUND_EVEN: return E_ROUND_EVEN;
	case OP_SIGN: return E_SIGN;
	case OP_NOT: return isf ? -1 : E_NOT;
	case OP_POPCNT: return isf ? -1 : E_POPCNT;
	case OP_CLZ: return isf ? -1 : E_CLZ;
	case OP_IS_FINITE: return E_IS_FINITE;
	case OP_ATAN: return E_ATAN;
	case OP_ADD: return E_ADD;
	case OP_SUBTRACT: return E_SUB;
	case OP_MULTIPLY: return E_MUL;
	case OP_DIVIDE: return E_DIV;
	case OP_REMAINDER: return E_REM;
	case OP_POWER: return E_POW;
	case OP_ATAN2: return isf ? E_ATAN2 : -1;
	case OP_MAXIMUM: return E_MAX;
	case OP_MINIMUM: return E_MIN;
	case OP_AND: return isf ? -1 : E_AND;
	case OP_OR: return isf ? -1 : E_OR;
	case OP_XOR: return isf ? -1 : E_XOR;
	case OP_SHIFT_LEFT: return isf ? -1 : E_SHL;
	case OP_SHIFT_RIGHT_LOGICAL: return isf ? -1 : E_SHRL;
	case OP_SHIFT_RIGHT_ARITHMETIC: return isf ? -1 : E_SHRA;
	case OP_CONVERT: return E_CONVERT;
	case OP_SELECT: return E_SELECT;
	case OP_CLAMP: return E_CLAMP;
	case OP_COMPARE: {
		int kind = op->a->ctype == CMPT_TOTALORDER ? 1 : op->a->ctype == CMPT_SIGNED ? 2 :
		    op->a->ctype == CMPT_UNSIGNED ? 3 : 0;
		return E_CMP + (int)op->a->dir + 8 * kind;
	}
	default: return -1;
	}
}

/* unary float functions only for float operands */
static int
float_only(int e)
{
	return e >= E_EXP && e <= E_ROUND_EVEN && e != E_SIGN ? 1 : e == E_IS_FINITE || e == E_ATAN || e == E_ATAN2;
}

static void
strides(const struct mlir_type *t, int64_t *s)
{
	tensor_strides(t, s);
}

/* Planning */

/* The elementwise code of lop l, or -1 when it is not one the programs run. */
static int
ew_code(const struct vgraph *g, const struct lop *l)
{
	enum op_code k = l->op->code;

	if (!(OP_IS_UNARY(k) || OP_IS_BINARY(k) || k == OP_COMPARE || k == OP_SELECT || k == OP_CLAMP ||
	    k == OP_CONVERT) || l->nout != 1)
		return -1;
	const struct val *x = &g->v[l->in[k == OP_SELECT ? 1 : 0]];
	int e = elem_code(l->op, dtype_is_float(x->t.dt));
	if (e < 0 || (float_only(e) && !dtype_is_float(x->t.dt)))
		return -1;
	/* select, clamp: operands of the result's shape or scalars */
	for (int k2 = 0; k2 < l->nin; k2++) {
		int64_t n = mlir_numel(&g->v[l->in[k2]].t);
		if (n != mlir_numel(&g->v[l->out[0]].t) && g->v[l->in[k2]].t.rank != 0)
			return -1;
		if (g->v[l->in[k2]].t.rank != 0 && g->v[l->in[k2]].t.rank != g->v[l->out[0]].t.rank)
			return -1;
	}
	return e;
}

/* Whether the program of a value can compute lop l's result: an
 * elementwise op or an index map. */
static int
fusable(const struct vgraph *g, const struct lop *l)
{
	enum op_code k = l->op->code;

	for (int i = 0; i < l->nout; i++)
		if (!vk_ok_type(&g->v[l->out[i]].t))
			return 0;
	for (int i = 0; i < l->nin; i++)
		if (!vk_ok_type(&g->v[l->in[i]].t))
			return 0;
	if (k == OP_BROADCAST_IN_DIM || k == OP_TRANSPOSE || k == OP_SLICE || k == OP_REVERSE)
		return l->nin == 1;
	if (k == OP_IOTA)
		return g->v[l->out[0]].t.rank > 0;
	return ew_code(g, l) >= 0;
}

/* An index map, cheap to compute again for each reader. */
static int
cheap(const struct lop *l)
{
	enum op_code k = l->op->code;

	return k == OP_BROADCAST_IN_DIM || k == OP_TRANSPOSE || k == OP_SLICE || k == OP_REVERSE || k == OP_IOTA ||
	    k == OP_CONVERT;
}

/* Whether op j reads value v (operand k) through a program. */
static int
reads_in_program(const struct vgraph *g, int j, int k)
{
	const struct lop *l = &g->ops[j];

	if (l->op->code == OP_REDUCE)
		return k < l->nin / 2;
	return fusable(g, l);
}

/* The value as an integer when it is a constant (or a broadcast of one)
 * whose elements are all equal; -1 when not. */
static int
const_int(const struct vgraph *g, int v, int64_t *out)
{
	const struct val *x = &g->v[v];

	while (x->kind != V_CONST && x->def >= 0 && g->ops[x->def].op->code == OP_BROADCAST_IN_DIM)
		x = &g->v[g->ops[x->def].in[0]];
	if (x->kind != V_CONST || dtype_is_float(x->t.dt) || !x->bytes)
		return -1;
	size_t es = dtype_size(x->t.dt);
	int64_t n = mlir_numel(&x->t);
	for (int64_t i = 1; i < n; i++)
		if (memcmp((const char *)x->bytes + i * (int64_t)es, x->bytes, es))
			return -1;
	uint64_t u = 0;
	memcpy(&u, x->bytes, es);
	*out = (int64_t)u;
	return 0;
}

/* The op making value v when it is code; NULL when not. */
static const struct lop *
def_op(const struct vgraph *g, int v, enum op_code code)
{
	int d = g->v[v].def;

	return d >= 0 && g->ops[d].op->code == code ? &g->ops[d] : NULL;
}

/* The MLX dequantization emit writes for a packed weight, feeding dot l's
 * rhs: reshape(add(multiply(reshape(convert(and(shift_right_logical(
 * broadcast(packed), iota * bits), mask))), broadcast(scales)),
 * broadcast(biases))), as the CPU plan matches it. */
static void
match_quant(struct vgraph *g, struct lop *l)
{
	const struct op_attrs *a = l->op->a;
	const struct lop *rs, *add, *mul, *bb, *cv, *sb, *conv, *and, *sh, *pb, *mulsh;
	int64_t bits, mask;

	if (l->nin != 2 || a->nb || a->nc != 1 || a->lc[0] != 1 || a->rc[0] != 1)
		return;
	const struct val *x = &g->v[l->in[0]], *r = &g->v[l->out[0]];
	if (x->t.rank != 2 || r->t.dt != DTYPE_F32 || !dtype_is_float(x->t.dt) || dtype_size(x->t.dt) > 4)
		return;
	if (!(rs = def_op(g, l->in[1], OP_RESHAPE)) || !(add = def_op(g, rs->in[0], OP_ADD)) ||
	    !(mul = def_op(g, add->in[0], OP_MULTIPLY)) || !(bb = def_op(g, add->in[1], OP_BROADCAST_IN_DIM)) ||
	    !(cv = def_op(g, mul->in[0], OP_RESHAPE)) || !(sb = def_op(g, mul->in[1], OP_BROADCAST_IN_DIM)) ||
	    !(conv = def_op(g, cv->in[0], OP_CONVERT)) || !(and = def_op(g, conv->in[0], OP_AND)) ||
	    !(sh = def_op(g, and->in[0], OP_SHIFT_RIGHT_LOGICAL)) || !(pb = def_op(g, sh->in[0], OP_BROADCAST_IN_DIM)) ||
	    !(mulsh = def_op(g, sh->in[1], OP_MULTIPLY)) || !def_op(g, mulsh->in[0], OP_IOTA) ||
	    const_int(g, mulsh->in[1], &bits) < 0 || const_int(g, and->in[1], &mask) < 0)
		return;
	int q = pb->in[0], sc = sb->in[0], bi = bb->in[0];
	const struct mlir_type *tq = &g->v[q].t, *ts = &g->v[sc].t, *tb = &g->v[bi].t, *tc = &g->v[conv->out[0]].t;
	const struct lop *io = def_op(g, mulsh->in[0], OP_IOTA);
	if (tq->dt != DTYPE_U32 || ts->dt != DTYPE_F32 || tb->dt != DTYPE_F32 || tq->rank != 2 || ts->rank != 2 ||
	    tb->rank != 2 || tc->rank != 3 || tc->dt != DTYPE_F32 || io->op->a->dim != 2)
		return;
	if ((bits != 2 && bits != 4 && bits != 8) || mask != (1 << bits) - 1 || tc->dim[2] != 32 / bits)
		return;
	int64_t N = g->v[l->in[1]].t.dim[0], K = g->v[l->in[1]].t.dim[1];
	if (g->v[l->in[1]].t.rank != 2 || tq->dim[0] != N || tq->dim[1] * (32 / bits) != K || ts->dim[0] != N ||
	    memcmp(ts->dim, tb->dim, 2 * sizeof(int64_t)) || !ts->dim[1] || K % ts->dim[1] || x->t.dim[1] != K ||
	    g->v[sc].st != g->v[bi].st)
		return;
	l->quant = (int)bits;
	l->gs = (int)(K / ts->dim[1]);
	l->q[0] = q, l->q[1] = sc, l->q[2] = bi;
}

/* The operands op l reads: its own, or a quantized dot's three weights. */
static int
operands(const struct lop *l, int *v)
{
	int n = 0;

	for (int k = 0; k < l->nin; k++)
		if (!(l->quant && k == 1))
			v[n++] = l->in[k];
	if (l->quant)
		for (int k = 0; k < 3; k++)
			v[n++] = l->q[k];
	return n;
}

/* The size of value v's program when fused (instructions). */
static int
prog_size(const struct vgraph *g, int v, const int *size)
{
	return g->v[v].fused ? size[v] : 1;
}

void
vk_plan(struct cc *c, const int *rets, int nret)
{
	struct vgraph *g = c->g;
	int *is_ret = ecalloc((size_t)g->nv + 1, sizeof(int));
	int *size = ecalloc((size_t)g->nv + 1, sizeof(int));
	int *pos = ecalloc((size_t)g->nops + 1, sizeof(int));
	int *ops = ecalloc(64, sizeof(int));

	for (int k = 0; k < nret; k++)
		if (rets[k] >= 0)
			is_ret[rets[k]] = 1;
	for (int i = 0; i < g->nops; i++)
		if (g->ops[i].op->code == OP_DOT_GENERAL)
			match_quant(g, &g->ops[i]);
	/* uses, then the dead ops (their results read by none), last to first */
	for (int i = 0; i < g->nops; i++) {
		int n = operands(&g->ops[i], ops);
		for (int k = 0; k < n; k++)
			if (ops[k] >= 0)
				g->v[ops[k]].uses++;
	}
	for (int i = g->nops - 1; i >= 0; i--) {
		struct lop *l = &g->ops[i];
		enum op_code k = l->op->code;
		if (OP_IS_CHECK(k) || k == OP_CUSTOM_CALL)
			continue;
		int live = 0;
		for (int j = 0; j < l->nout; j++)
			live |= g->v[l->out[j]].uses > 0 || is_ret[l->out[j]];
		if (live)
			continue;
		l->dead = 1;
		int n = operands(l, ops);
		for (int j = 0; j < n; j++)
			if (ops[j] >= 0)
				g->v[ops[j]].uses--;
	}
	/* what must be made: results, and what ops read from buffers */
	for (int k = 0; k < nret; k++)
		if (rets[k] >= 0)
			g->v[rets[k]].force = 1;
	for (int i = 0; i < g->nops; i++) {
		const struct lop *l = &g->ops[i];
		if (l->dead)
			continue;
		int n = operands(l, ops);
		for (int k = 0; k < n; k++) {
			if (ops[k] < 0)
				continue;
			int inprog = !(l->quant) && k < l->nin && reads_in_program(g, i, k);
			if (!inprog)
				g->v[ops[k]].force = 1;
		}
	}
	/* fuse, first to last: a value fuses into its readers when each
	 * reads it in a program, and it has one reader or is an index map;
	 * a program that grows past PROG_MAX makes its largest fused operand
	 * a value of its own */
	for (int i = 0; i < g->nops; i++) {
		struct lop *l = &g->ops[i];
		if (l->dead || !fusable(g, l))
			continue;
		int v = l->out[0];
		for (;;) {
			int s = 1, big = -1;
			for (int k = 0; k < l->nin; k++) {
				int x = l->in[k];
				s += prog_size(g, x, size);
				if (g->v[x].fused && (big < 0 || size[x] > size[big]))
					big = x;
			}
			size[v] = s;
			if (s <= PROG_MAX || big < 0)
				break;
			g->v[big].fused = 0;
		}
		g->v[v].fused = !g->v[v].force && (g->v[v].uses == 1 || cheap(l)) && g->v[v].uses > 0;
	}
	/* a reduction's inputs: the programs grow too */
	for (int i = 0; i < g->nops; i++) {
		struct lop *l = &g->ops[i];
		if (l->dead || l->op->code != OP_REDUCE)
			continue;
		int s = 0;
		for (int k = 0; k < l->nin / 2; k++)
			s += prog_size(g, l->in[k], size) + 1;
		for (int k = 0; k < l->nin / 2 && s > PROG_MAX; k++)
			if (g->v[l->in[k]].fused) {
				s -= size[l->in[k]] - 1;
				g->v[l->in[k]].fused = 0;
			}
	}
	/* when each op's reads happen: a fused op's, at its readers' */
	for (int i = g->nops - 1; i >= 0; i--) {
		const struct lop *l = &g->ops[i];
		pos[i] = i;
		if (l->nout == 1 && g->v[l->out[0]].fused) {
			pos[i] = -1;
			for (int j = i + 1; j < g->nops; j++) {
				int n = operands(&g->ops[j], ops);
				for (int k = 0; k < n; k++)
					if (ops[k] == l->out[0] && !g->ops[j].dead && pos[j] > pos[i])
						pos[i] = pos[j];
			}
		}
	}
	for (int i = 0; i < g->nops; i++) {
		const struct lop *l = &g->ops[i];
		if (l->dead)
			continue;
		int n = operands(l, ops);
		for (int k = 0; k < n; k++)
			if (ops[k] >= 0 && g->v[ops[k]].last < pos[i])
				g->v[ops[k]].last = pos[i];
	}
	for (int k = 0; k < nret; k++)
		if (rets[k] >= 0)
			g->v[rets[k]].last = g->nops;
	free(is_ret);
	free(size);
	free(pos);
	free(ops);
}

/* Programs */

struct prog {
	uint32_t *w;		/* (n * BC_WORDS) */
	int n, nreg, base;
	struct db *b;
	/* the values computed so far: (value, map hash, register) */
	int *mv, *mr, nm;
	uint64_t *mh;
};

/* An affine map from the program's coordinates (rp of them) to a
 * value's (r): coordinate j = off[j] + sum over d of coef[j][d] c[d]. */
struct amap {
	int r, rp;
	int64_t off[8], coef[8][8];
};

static uint32_t *
prog_ins(struct prog *p)
{
	p->w = ereallocarray(p->w, (size_t)(p->n + 1) * BC_WORDS, sizeof(*p->w));
	uint32_t *x = p->w + (size_t)p->n * BC_WORDS;
	memset(x, 0, BC_WORDS * sizeof(*x));
	p->n++;
	return x;
}

static int
prog_reg(struct cc *c, struct prog *p)
{
	if (p->nreg >= BC_REGS)
		return err_set("%s: a fused program needs more than %d registers", c->m->file, BC_REGS);
	return p->nreg++;
}

static uint64_t
map_hash(const struct amap *m)
{
	uint64_t h = 0xcbf29ce484222325ull;
	const unsigned char *b = (const unsigned char *)m;

	for (size_t i = 0; i < sizeof(*m); i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	return h;
}

/* The element offset and strides over the program's coordinates of
 * value x (row-major) under map m. */
static void
map_strides(const struct vgraph *g, int x, const struct amap *m, int64_t *base, int64_t *st)
{
	int64_t xs[8];

	strides(&g->v[x].t, xs);
	*base = 0;
	for (int d = 0; d < 8; d++)
		st[d] = 0;
	for (int j = 0; j < m->r; j++) {
		*base += xs[j] * m->off[j];
		for (int d = 0; d < m->rp; d++)
			st[d] += xs[j] * m->coef[j][d];
	}
}

static int
emit_load(struct cc *c, struct prog *p, int x, const struct amap *m, int narrow)
{
	struct vgraph *g = c->g;
	const struct val *xv = &g->v[x];
	int64_t base, st[8];

	if (xv->home < 0)
		return err_set("%s: a program reads a value the device does not hold", c->m->file);
	int slot = db_slot(c, p->b, x);
	if (slot < 0)
		return err_set("%s: a fused op reads more buffers than a kernel binds", c->m->file);
	map_strides(g, x, m, &base, st);
	int r = prog_reg(c, p);
	if (r < 0)
		return -1;
	uint32_t *w = prog_ins(p);
	w[0] = I_LOAD;
	w[1] = (uint32_t)r;
	w[2] = (uint32_t)slot;
	w[3] = xv->addr;
	w[4] = (uint32_t)xv->st;
	w[5] = (uint32_t)(narrow ? xv->st : xv->t.dt);
	w[6] = (uint32_t)(int32_t)base;
	for (int d = 0; d < 8; d++)
		w[7 + d] = (uint32_t)(int32_t)st[d];
	w[15] = (uint32_t)x;	/* the value (the specialized form makes constants immediates) */
	return r;
}

/* The register holding value x under map m: a load of a value with
 * bytes, or its op computed from its operands. */
static int
gen(struct cc *c, struct prog *p, int x, const struct amap *m, int root)
{
	struct vgraph *g = c->g;
	const struct val *xv = &g->v[x];
	uint64_t h = map_hash(m);

	for (int i = 0; i < p->nm; i++)
		if (p->mv[i] == x && p->mh[i] == h)
			return p->mr[i];
	int r;
	if (!root && !xv->fused) {
		r = emit_load(c, p, x, m, 0);
	} else {
		const struct lop *l = &g->ops[xv->def];
		const struct op_attrs *a = l->op->a;
		enum op_code code = l->op->code;
		struct amap om = { .rp = m->rp };
		const struct mlir_type *ot = l->nin ? &g->v[l->in[0]].t : NULL;
		if (code == OP_IOTA) {
			int64_t d = a->dim;
			if ((r = prog_reg(c, p)) < 0)
				return -1;
			uint32_t *w = prog_ins(p);
			w[0] = I_IOTA;
			w[1] = (uint32_t)r;
			w[2] = (uint32_t)xv->t.dt;
			w[3] = (uint32_t)(int32_t)m->off[d];
			for (int k = 0; k < m->rp; k++)
				w[4 + k] = (uint32_t)(int32_t)m->coef[d][k];
		} else if (code == OP_BROADCAST_IN_DIM || code == OP_TRANSPOSE || code == OP_SLICE || code == OP_REVERSE) {
			om.r = ot->rank;
			for (int j = 0; j < ot->rank; j++) {
				int from = j;
				int64_t mul = 1, add = 0;
				if (code == OP_BROADCAST_IN_DIM) {
					from = (int)a->v[j];
					if (ot->dim[j] == 1)
						mul = 0;
				} else if (code == OP_TRANSPOSE) {
					continue;
				} else if (code == OP_SLICE) {
					mul = a->st[j];
					add = a->lo[j];
				} else {
					for (int k = 0; k < a->n; k++)
						if (a->v[k] == j)
							mul = -1, add = ot->dim[j] - 1;
				}
				om.off[j] = add + mul * m->off[from];
				for (int k = 0; k < m->rp; k++)
					om.coef[j][k] = mul * m->coef[from][k];
			}
			if (code == OP_TRANSPOSE)
				for (int d = 0; d < xv->t.rank; d++) {
					int j = (int)a->v[d];
					om.off[j] = m->off[d];
					for (int k = 0; k < m->rp; k++)
						om.coef[j][k] = m->coef[d][k];
				}
			int narrow = root && g->v[l->in[0]].st != g->v[l->in[0]].t.dt && xv->st != xv->t.dt;
			if (narrow)
				r = emit_load(c, p, l->in[0], &om, 1);
			else
				r = gen(c, p, l->in[0], &om, 0);
		} else {
			int e = ew_code(g, l), in[3] = { 0, 0, 0 };
			if (e < 0)
				return unsup(c, l->op, "op");
			for (int k = 0; k < l->nin && k < 3; k++) {
				const struct mlir_type *t = &g->v[l->in[k]].t;
				struct amap sm = { .rp = m->rp };
				if ((in[k] = gen(c, p, l->in[k], t->rank ? m : &sm, 0)) < 0)
					return -1;
			}
			if ((r = prog_reg(c, p)) < 0)
				return -1;
			const struct val *x0 = &g->v[l->in[code == OP_SELECT ? 1 : 0]];
			uint32_t *w = prog_ins(p);
			w[0] = I_OP;
			w[1] = (uint32_t)e;
			w[2] = (uint32_t)x0->t.dt;
			w[3] = (uint32_t)xv->t.dt;
			w[4] = (uint32_t)x0->t.dt;
			w[5] = (uint32_t)r;
			w[6] = (uint32_t)in[0];
			w[7] = (uint32_t)in[1];
			w[8] = (uint32_t)in[2];
		}
	}
	if (r < 0)
		return -1;
	p->mv = ereallocarray(p->mv, (size_t)p->nm + 1, sizeof(int));
	p->mr = ereallocarray(p->mr, (size_t)p->nm + 1, sizeof(int));
	p->mh = ereallocarray(p->mh, (size_t)p->nm + 1, sizeof(uint64_t));
	p->mv[p->nm] = x, p->mr[p->nm] = r, p->mh[p->nm++] = h;
	return r;
}

/* The math64.glsl LEVEL programs need: 0 none of its cores, 1 exp, 2
 * sin/cos/tan, 3 all (llvmpipe runs every path of a shader, so a program
 * of adds runs in a shader without them). */
static int
prog_level(const struct prog *p, int level)
{
	int e = level == 1 || level == 3, t = level == 2 || level == 3, a = level == 3;

	for (int i = 0; i < p->n; i++) {
		const uint32_t *w = p->w + (size_t)i * BC_WORDS;
		if (w[0] != I_OP)
			continue;
		int op = (int)w[1], isf = dtype_is_float((enum dtype)w[2]);
		if (op == E_EXP || op == E_EXPM1 || op == E_LOGISTIC || op == E_TANH)
			e = 1;
		else if (op == E_SIN || op == E_COS || op == E_TAN)
			t = 1;
		else if (op == E_LOG || op == E_LOG1P || op == E_POW || op == E_CBRT || op == E_ATAN || op == E_ATAN2 ||
		    (op == E_REM && isf))
			a = 1;
	}
	return a || (e && t) ? 3 : e ? 1 : t ? 2 : 0;
}

static void
prog_free(struct prog *p)
{
	free(p->w);
	free(p->mv);
	free(p->mr);
	free(p->mh);
}

static struct amap
identity(int rank)
{
	struct amap m = { .r = rank, .rp = rank };

	for (int d = 0; d < rank; d++)
		m.coef[d][d] = 1;
	return m;
}

/* The specialized form of a program (shaders/fprog.glsl): its
 * instructions as specialization constants, the loads' addresses as
 * parameters. */
struct fspec {
	int32_t spec[VK_NSPEC];	/* spec[id - 1] */
	int nld, nimm, ns, level;
	uint32_t ld[6][11];	/* (buffer, address, base, 8 strides) */
	int src[BC_REGS];	/* the source a register holds */
};

enum { F_NS = 1, F_NLD, F_TPOS, F_TOP, F_TS0, F_TS1, F_LDT0, F_IMM0 = 13, F_OUTT = 17, F_RET, F_SLOT0,
	F_BODY = 79, F_WGM, F_RET2, F_BT };

#define FS(fs, id) ((fs)->spec[(id) - 1])

static int
ftype(uint32_t t)
{
	return t == DTYPE_F32 || t == DTYPE_I32 || t == DTYPE_U32 || t == DTYPE_BOOL;
}

/* Program p in specialized form into fs; 0, or -1 when it does not fit
 * (a type other than f32, i32, u32, i1, too many loads or slots, two
 * transcendental ops). */
static int
to_fprog(const struct vgraph *g, const struct prog *p, struct fspec *fs)
{
	memset(fs, 0, sizeof(*fs));
	FS(fs, F_TPOS) = -1;
	for (int i = 0; i < BC_REGS; i++)
		fs->src[i] = -1;
	int t = 0;
	for (int i = 0; i < p->n; i++) {
		const uint32_t *w = p->w + (size_t)i * BC_WORDS;
		int dst = (int)w[w[0] == I_OP ? 5 : 1];
		if (w[0] == I_LOAD || w[0] == I_IOTA) {
			int lt, st = (int)w[w[0] == I_LOAD ? 4 : 2];
			uint32_t slot = 0, addr = 0, base, stri[8];
			if (w[0] == I_LOAD) {
				lt = (int)w[5];
				if (!ftype((uint32_t)lt) || (st != lt && !(lt == DTYPE_F32 && (st == DTYPE_BF16 || st == DTYPE_F16))))
					return -1;
				slot = w[2], addr = w[3], base = w[6];
				memcpy(stri, w + 7, sizeof(stri));
				lt = st;	/* LDT is the stored type: bf16 and f16 widen in the load */
				/* a constant of equal elements: an immediate */
				const struct val *x = &g->v[w[15]];
				int64_t n = mlir_numel(&x->t);
				size_t es = dtype_size(x->st);
				int splat = x->kind == V_CONST && x->bytes && st == (int)w[5] && n > 0;
				for (int64_t k = 1; splat && k < n; k++)
					splat = !memcmp((const char *)x->bytes + k * (int64_t)es, x->bytes, es);
				if (splat && fs->nimm < 4) {
					uint32_t bits = 0;
					memcpy(&bits, x->bytes, es);
					FS(fs, F_IMM0 + fs->nimm) = (int32_t)bits;
					fs->src[dst] = 6 + fs->nimm++;
					continue;
				}
			} else {
				if (st != DTYPE_F32 && st != DTYPE_I32 && st != DTYPE_U32)
					return -1;
				lt = 100 + st;
				base = w[3];
				memcpy(stri, w + 4, sizeof(stri));
			}
			int k;
			for (k = 0; k < fs->nld; k++)
				if (FS(fs, F_LDT0 + k) == lt && fs->ld[k][0] == slot && fs->ld[k][1] == addr &&
				    fs->ld[k][2] == base && !memcmp(fs->ld[k] + 3, stri, sizeof(stri)))
					break;
			if (k == fs->nld) {
				if (fs->nld == 6)
					return -1;
				FS(fs, F_LDT0 + k) = lt;
				fs->ld[k][0] = slot, fs->ld[k][1] = addr, fs->ld[k][2] = base;
				memcpy(fs->ld[k] + 3, stri, sizeof(stri));
				fs->nld++;
			}
			fs->src[dst] = k;
			continue;
		}
		if (w[0] != I_OP)
			return -1;
		int op = (int)w[1];
		if (op == E_COPY) {
			fs->src[dst] = fs->src[w[6]];
			continue;
		}
		if (!ftype(w[2]) || !ftype(w[3]) || (op == E_SELECT && !ftype(w[4])))
			return -1;
		int tr = 0;
		if (op == E_EXP || op == E_EXPM1 || op == E_LOGISTIC || op == E_TANH)
			tr = 1;
		else if (op == E_SIN || op == E_COS || op == E_TAN)
			tr = 2;
		else if (op == E_LOG || op == E_LOG1P || op == E_POW || op == E_CBRT || op == E_ATAN || op == E_ATAN2 ||
		    (op == E_REM && w[2] == DTYPE_F32))
			tr = 3;
		else if ((op == E_POW && w[2] != DTYPE_F32) || op == E_IOTA)
			return -1;
		int sa = fs->src[w[6]], sb = fs->src[w[7]], sc = fs->src[w[8]];
		if (sa < 0 || (sb < 0 && !(E_IS_UNARY(op))))
			return -1;
		if (tr) {
			if (t || w[2] != DTYPE_F32 || w[3] != DTYPE_F32)
				return -1;
			t = 1;
			fs->level = tr;
			FS(fs, F_TPOS) = fs->ns;
			FS(fs, F_TOP) = op;
			FS(fs, F_TS0) = sa;
			FS(fs, F_TS1) = sb < 0 ? 0 : sb;
			fs->src[dst] = 20;
			continue;
		}
		if (fs->ns == 6)
			return -1;
		int k = F_SLOT0 + 6 * fs->ns;
		FS(fs, k) = op;
		FS(fs, k + 1) = (int32_t)w[2];
		FS(fs, k + 2) = (int32_t)w[3];
		FS(fs, k + 3) = sa;
		FS(fs, k + 4) = sb < 0 ? 0 : sb;
		FS(fs, k + 5) = sc < 0 ? 0 : sc;
		fs->src[dst] = 10 + fs->ns++;
	}
	if (t && FS(fs, F_TPOS) == fs->ns)
		FS(fs, F_TPOS) = fs->ns;	/* after every slot */
	FS(fs, F_NS) = fs->ns;
	FS(fs, F_NLD) = fs->nld;
	return 0;
}

/* Pushes the specialized form's load parameters (6 loads' worth). */
static void
push_loads(struct vgraph *g, const struct fspec *fs)
{
	for (int k = 0; k < 6; k++)
		for (int j = 0; j < 11; j++)
			par_push(g, k < fs->nld ? fs->ld[k][j] : 0);
}

/* A fused elementwise value: one dispatch of ew.comp computing value v. */
static int
emit_ew(struct cc *c, int v)
{
	struct vgraph *g = c->g;
	struct val *x = &g->v[v];
	const struct lop *l = &g->ops[x->def];
	struct db b;
	struct prog p = { 0 };
	enum op_code code = l->op->code;

	/* a narrow weight moved stays narrow */
	if ((code == OP_BROADCAST_IN_DIM || code == OP_TRANSPOSE || code == OP_SLICE || code == OP_REVERSE) &&
	    !g->v[l->in[0]].fused && g->v[l->in[0]].st != g->v[l->in[0]].t.dt && x->t.dt == g->v[l->in[0]].t.dt)
		x->st = g->v[l->in[0]].st;
	if (vk_place(g, v) < 0)
		return -1;
	uint32_t n = (uint32_t)mlir_numel(&x->t);
	if (!n)
		return 0;
	db_begin(c, &b, VKS_EW0, n);
	p.b = &b;
	struct amap id = identity(x->t.rank);
	int r = gen(c, &p, v, &id, 1);
	if (r < 0) {
		prog_free(&p);
		return -1;
	}
	b.d.sh = (enum vk_shader)(VKS_EW0 + prog_level(&p, 0));
	par_push(g, (uint32_t)p.n);
	par_push(g, (uint32_t)x->t.rank);
	par_push(g, (uint32_t)r);
	if (db_addr(c, &b, v, 0) < 0) {
		prog_free(&p);
		return -1;
	}
	par_push(g, (uint32_t)x->st);
	for (int d = 0; d < 8; d++)
		par_push(g, d < x->t.rank ? (uint32_t)x->t.dim[d] : 1);
	for (int i = 0; i < p.n * BC_WORDS; i++)
		par_push(g, p.w[i]);
	struct fspec fs;
	if (ftype((uint32_t)x->st) && to_fprog(g, &p, &fs) == 0 && fs.src[r] >= 0) {
		/* the alternative: straight-line code of its own */
		b.d.alt = 1;
		b.d.ash = (enum vk_shader)(VKS_EWF0 + fs.level);
		b.d.an = n;
		b.d.ap = (uint32_t)g->npar;
		FS(&fs, F_OUTT) = (int32_t)x->st;
		FS(&fs, F_RET) = fs.src[r];
		memcpy(b.d.aspec, fs.spec, sizeof(b.d.aspec));
		par_push(g, (uint32_t)x->t.rank);
		for (int d = 0; d < 8; d++)
			par_push(g, d < x->t.rank ? (uint32_t)x->t.dim[d] : 1);
		if (db_addr(c, &b, v, 0) < 0) {
			prog_free(&p);
			return -1;
		}
		par_push(g, 0);
		push_loads(g, &fs);
	}
	prog_free(&p);
	db_end(c, &b);
	return 0;
}

/* Copies */

/* A strided copy: box dims, src and dst strides (elements), extra. */
struct copyspec {
	int rank;
	int64_t dim[8], ss[8], ds[8], lo[8], in[8], sdim[8], lim[8];
	int64_t sbase, dbase;	/* elements */
	int flags;		/* 1 pad, 2 dynamic src, 4 dynamic dst */
	int src, dst, padv;
	int idx[8];		/* the index scalars (dynamic) */
};

static int
emit_copy(struct cc *c, const struct copyspec *cs)
{
	struct vgraph *g = c->g;
	struct db b;
	int64_t n = 1;
	const struct val *sv = &g->v[cs->src];
	int es = (int)dtype_size(sv->st);

	for (int d = 0; d < cs->rank; d++)
		n *= cs->dim[d];
	if (n == 0)
		return 0;
	if (g->v[cs->dst].st != sv->st)
		return err_set("%s: a copy between element types", c->m->file);
	db_begin(c, &b, VKS_COPY, (uint32_t)n);
	b.d.spec[1] = sv->st;
	b.d.spec[3] = cs->flags & 6 ? g->v[cs->idx[0]].st : 0;
	par_push(g, (uint32_t)cs->rank);
	if (db_addr(c, &b, cs->src, (uint32_t)(cs->sbase * es)) < 0 ||
	    db_addr(c, &b, cs->dst, (uint32_t)(cs->dbase * es)) < 0)
		return -1;
	par_push(g, (uint32_t)cs->flags);
	if (cs->flags & 1) {
		if (db_addr(c, &b, cs->padv, 0) < 0)
			return -1;
	} else {
		par_push(g, 0), par_push(g, 0);
	}
	par_push(g, 0);	/* the index scalars: in the arena (slot 0) */
	par_push(g, 0);
	for (int d = 0; d < cs->rank; d++) {
		par_push(g, (uint32_t)cs->dim[d]);
		par_push(g, (uint32_t)(int32_t)cs->ss[d]);
		par_push(g, (uint32_t)(int32_t)cs->ds[d]);
		par_push(g, (uint32_t)(int32_t)cs->lo[d]);
		par_push(g, (uint32_t)cs->in[d]);
		par_push(g, (uint32_t)cs->sdim[d]);
		if (cs->flags & 6) {
			const struct val *iv = &g->v[cs->idx[d]];
			if (iv->home != H_ARENA)
				return err_set("%s: a dynamic index outside the arena", c->m->file);
			par_push(g, iv->addr);
		} else {
			par_push(g, 0);
		}
		par_push(g, (uint32_t)(int32_t)cs->lim[d]);
	}
	db_end(c, &b);
	return 0;
}

/* A whole copy of value src into value dst (same type). */
static int
copy_whole(struct cc *c, int dst, int src)
{
	const struct mlir_type *t = &c->g->v[src].t;
	struct copyspec cs = { .rank = t->rank ? t->rank : 1, .src = src, .dst = dst };

	if (!t->rank) {
		cs.dim[0] = 1;
		cs.ss[0] = cs.ds[0] = 1;
	} else {
		strides(t, cs.ss);
		strides(t, cs.ds);
		memcpy(cs.dim, t->dim, sizeof(t->dim[0]) * (size_t)t->rank);
	}
	return emit_copy(c, &cs);
}

/* Region bodies */

/* Compiles region r (a reduction's or a scatter's body) to a program:
 * its nargs arguments in registers 0.., its values after; the returned
 * registers in ret. */
static int
body_code(struct cc *c, const struct mlir_op *op, const struct mlir_region *r, struct prog *p, int *ret, int nret)
{
	int *reg = ecalloc((size_t)c->m->nvalues + 1, sizeof(int));

	for (int i = 0; i < c->m->nvalues; i++)
		reg[i] = -1;
	for (int k = 0; k < r->nargs; k++)
		reg[r->args[k]] = k;
	p->nreg = r->nargs > p->nreg ? r->nargs : p->nreg;
	for (int i = 0; i < r->nops; i++) {
		const struct mlir_op *o = &r->ops[i];
		if (o->code == OP_RETURN) {
			if (o->noperands != nret)
				goto bad;
			for (int k = 0; k < nret; k++)
				if ((ret[k] = reg[o->operands[k]]) < 0)
					goto bad;
			free(reg);
			return 0;
		}
		if (o->nresults != 1 || p->nreg >= BC_REGS)
			goto bad;
		const struct mlir_type *rt = &c->m->types[o->results[0]];
		if (mlir_numel(rt) != 1 || !vk_ok_type(rt))
			goto bad;
		uint32_t *x = prog_ins(p);
		int dst = p->nreg++;
		if (o->code == OP_CONSTANT) {
			uint64_t bits = 0;
			memcpy(&bits, o->a->bytes, dtype_size(rt->dt));
			x[0] = I_CONST;
			x[1] = (uint32_t)dst;
			x[2] = (uint32_t)bits;
			x[3] = (uint32_t)(bits >> 32);
		} else {
			if (!o->noperands || o->noperands > 3)
				goto bad;
			const struct mlir_type *t0 = &c->m->types[o->operands[o->code == OP_SELECT ? 1 : 0]];
			int e = elem_code(o, dtype_is_float(t0->dt));
			if (e < 0 || (float_only(e) && !dtype_is_float(t0->dt)))
				goto bad;
			x[0] = I_OP;
			x[1] = (uint32_t)e;
			x[2] = (uint32_t)t0->dt;
			x[3] = (uint32_t)rt->dt;
			x[4] = (uint32_t)t0->dt;
			x[5] = (uint32_t)dst;
			for (int k = 0; k < o->noperands; k++)
				if ((int)(x[6 + k] = (uint32_t)reg[o->operands[k]]) < 0)
					goto bad;
		}
		reg[o->results[0]] = dst;
	}
bad:
	free(reg);
	return unsup(c, op, "region body of");
}

/* The body of reduce l as a program (registers 0..2m-1 its arguments). */
static int
reduce_body(struct cc *c, const struct lop *l, struct prog *p, int *ret)
{
	const struct mlir_op *op = l->op;
	int m = l->nin / 2;

	if (op->a->body_applies) {
		const struct mlir_type *t = &c->g->v[l->in[0]].t;
		int e = elem_code(&(struct mlir_op){ .code = op->a->body, .a = op->a }, dtype_is_float(t->dt));
		if (e < 0 || m != 1 || (float_only(e) && !dtype_is_float(t->dt)))
			return unsup(c, op, "reduction");
		uint32_t *x = prog_ins(p);
		x[0] = I_OP;
		x[1] = (uint32_t)e;
		x[2] = x[3] = x[4] = (uint32_t)t->dt;
		x[5] = 2;
		x[6] = 0;
		x[7] = 1;
		p->nreg = 3;
		ret[0] = 2;
		return 0;
	}
	if (op->nregions != 1)
		return unsup(c, op, "form of");
	return body_code(c, op, op->regions[0], p, ret, m);
}

/* The cost of an element of a reduction in lavapipe's loop budget (it
 * ends a shader invocation's loops after 65535 iterations in all), and
 * the budget a thread may spend. */
enum { LOOP_BUDGET = 30000 };

/* The loop iterations an element of a reduction takes: its step, its
 * coordinates, each instruction (and the loops inside eval, which
 * lavapipe counts whether they run or not). */
static int
elem_cost(int ni, int nb, int rank, int nr, int m)
{
	return 1 + rank + nr + (ni + nb) * 6 + 4 * m;
}

/* One reduce dispatch over an index space of rank dims (dims), nk kept
 * (size, dim) and nr reduced; the input program in (its loads read
 * operands), the body; init values and results. */
static int
reduce_disp(struct cc *c, int m, int rank, const int64_t *dims, int nk, const int64_t *kd, int nr, const int64_t *rd,
    struct prog *in, const struct prog *body, const int *ret, const int *init, const int *out, int C)
{
	struct vgraph *g = c->g;
	struct db *b = in->b;
	int64_t nout = 1, rsize = 1;
	uint32_t W = (uint32_t)c->s->wg;

	for (int d = 0; d < nk; d++)
		nout *= kd[2 * d];
	for (int d = 0; d < nr; d++)
		rsize *= rd[2 * d];
	int cost = elem_cost(in->n, body->n, rank, nr, m);
	/* a workgroup an element: long sums, or too few elements to give a
	 * thread each */
	int wgm = rsize * cost > LOOP_BUDGET || rsize >= 1024 || (nout < (int64_t)W && rsize > 1);
	int64_t L = rsize;
	if (wgm) {
		L = (rsize + (int64_t)W * C - 1) / ((int64_t)W * C);
		if (L < 1)
			L = 1;
	}
	b->d.n = (uint32_t)(wgm ? nout * C * W : nout);
	b->d.pa = (uint32_t)wgm;
	b->d.sh = (enum vk_shader)(VKS_RED0 + prog_level(body, prog_level(in, 0)));
	par_push(g, (uint32_t)m), par_push(g, (uint32_t)rank), par_push(g, (uint32_t)nk), par_push(g, (uint32_t)nr);
	par_push(g, (uint32_t)in->n), par_push(g, (uint32_t)body->n);
	for (int d = 0; d < 8; d++)
		par_push(g, d < rank ? (uint32_t)dims[d] : 1);
	for (int d = 0; d < 8; d++)
		par_push(g, d < nk ? (uint32_t)kd[2 * d] : 0), par_push(g, d < nk ? (uint32_t)kd[2 * d + 1] : 0);
	for (int d = 0; d < 8; d++)
		par_push(g, d < nr ? (uint32_t)rd[2 * d] : 0), par_push(g, d < nr ? (uint32_t)rd[2 * d + 1] : 0);
	for (int j = 0; j < 4; j++)
		par_push(g, j < m ? (uint32_t)ret[j] : 0);
	for (int j = 0; j < 4; j++) {
		if (j < m) {
			if (db_addr(c, b, init[j], 0) < 0)
				return -1;
			par_push(g, (uint32_t)g->v[init[j]].st);
		} else {
			par_push(g, 0), par_push(g, 0), par_push(g, 0);
		}
	}
	for (int j = 0; j < 4; j++) {
		if (j < m) {
			if (db_addr(c, b, out[j], 0) < 0)
				return -1;
			par_push(g, (uint32_t)g->v[out[j]].st);
		} else {
			par_push(g, 0), par_push(g, 0), par_push(g, 0);
		}
	}
	par_push(g, (uint32_t)L), par_push(g, (uint32_t)(wgm ? C : 1)), par_push(g, 0), par_push(g, 0);
	for (int i = 0; i < in->n * BC_WORDS; i++)
		par_push(g, in->w[i]);
	for (int i = 0; i < body->n * BC_WORDS; i++)
		par_push(g, body->w[i]);
	return 0;
}

/* The specialized reduction (redf.glsl) of reduce l over in (its input
 * program, the operands' values in registers m, m+1): 1 done, 0 when it
 * does not fit, -1 on an error. */
static int
emit_redf(struct cc *c, const struct lop *l, const struct prog *in, const struct mlir_type *xt, int nk,
    const int64_t *kd, int nr, const int64_t *rd, struct db *b)
{
	struct vgraph *g = c->g;
	const struct mlir_op *op = l->op;
	int m = l->nin / 2, body;
	uint32_t W = (uint32_t)c->s->wg;
	enum dtype bt = g->v[l->in[0]].t.dt;
	struct fspec fs;

	if (m == 2 && op->a->argmax) {
		body = 200;
		if (bt != DTYPE_F32 || g->v[l->in[1]].t.dt != DTYPE_I32)
			return 0;
	} else if (m == 1 && op->a->body != OP_UNKNOWN) {
		body = elem_code(&(struct mlir_op){ .code = op->a->body, .a = op->a }, dtype_is_float(bt));
		if (!((body == E_ADD || body == E_MAX || body == E_MIN) && (bt == DTYPE_F32 || bt == DTYPE_I32 ||
		    bt == DTYPE_U32)) && !((body == E_AND || body == E_OR) && (bt == DTYPE_BOOL || bt == DTYPE_I32 ||
		    bt == DTYPE_U32)))
			return 0;
	} else {
		return 0;
	}
	for (int j = 0; j < 2 * m; j++)
		if (g->v[l->in[j]].st != g->v[l->in[j]].t.dt && j >= m)
			return 0;
	if (to_fprog(g, in, &fs) < 0 || fs.src[m] < 0 || (m == 2 && fs.src[m + 1] < 0))
		return 0;
	int64_t nout = 1, rsize = 1;
	for (int d = 0; d < nk; d++)
		nout *= kd[2 * d];
	for (int d = 0; d < nr; d++)
		rsize *= rd[2 * d];
	if (rsize > (int64_t)W * 15000)
		return 0;
	int wgm = rsize >= 1024 || (nout < (int64_t)W && rsize > 1) || rsize > 15000;
	int64_t L = wgm ? (rsize + W - 1) / W : rsize;
	b->d.alt = 1;
	b->d.ash = (enum vk_shader)(VKS_REDF0 + fs.level);
	b->d.an = (uint32_t)(wgm ? nout * W : nout);
	b->d.ap = (uint32_t)g->npar;
	FS(&fs, F_RET) = fs.src[m];
	FS(&fs, F_RET2) = m == 2 ? fs.src[m + 1] : 0;
	FS(&fs, F_BODY) = body;
	FS(&fs, F_WGM) = wgm;
	FS(&fs, F_BT) = (int32_t)bt;
	memcpy(b->d.aspec, fs.spec, sizeof(b->d.aspec));
	par_push(g, (uint32_t)xt->rank);
	for (int d = 0; d < 8; d++)
		par_push(g, d < xt->rank ? (uint32_t)xt->dim[d] : 1);
	par_push(g, 0), par_push(g, 0), par_push(g, 0);
	push_loads(g, &fs);
	par_push(g, (uint32_t)nk), par_push(g, (uint32_t)nr), par_push(g, (uint32_t)L), par_push(g, 0);
	for (int d = 0; d < 8; d++)
		par_push(g, d < nk ? (uint32_t)kd[2 * d] : 0), par_push(g, d < nk ? (uint32_t)kd[2 * d + 1] : 0);
	for (int d = 0; d < 8; d++)
		par_push(g, d < nr ? (uint32_t)rd[2 * d] : 0), par_push(g, d < nr ? (uint32_t)rd[2 * d + 1] : 0);
	for (int j = 0; j < 2; j++)
		if (j < m ? db_addr(c, b, l->in[m + j], 0) < 0 : (par_push(g, 0), par_push(g, 0), 0))
			return -1;
	for (int j = 0; j < 2; j++)
		if (j < m ? db_addr(c, b, l->out[j], 0) < 0 : (par_push(g, 0), par_push(g, 0), 0))
			return -1;
	return 1;
}

static int
emit_reduce(struct cc *c, const struct lop *l)
{
	struct vgraph *g = c->g;
	const struct mlir_op *op = l->op;
	int m = l->nin / 2, ret[4], ok = -1;
	struct prog body = { 0 }, in = { 0 };
	struct db b;

	if (m < 1 || m > 4)
		return unsup(c, op, "arity of");
	for (int j = 0; j < m; j++)
		if (vk_place(g, l->out[j]) < 0)
			return -1;
	if (reduce_body(c, l, &body, ret) < 0)
		goto out;
	/* a copy: new values (the partials) move g->v */
	const struct mlir_type xtype = g->v[l->in[0]].t, *xt = &xtype;
	int64_t red[8] = { 0 }, kd[16], rd[16], rsize = 1, nout = 1;
	for (int j = 0; j < op->a->n; j++)
		red[op->a->v[j]] = 1;
	int nk = 0, nr = 0;
	for (int d = 0; d < xt->rank; d++) {
		int64_t *q = red[d] ? &rd[2 * nr++] : &kd[2 * nk++];
		q[0] = xt->dim[d];
		q[1] = d;
		if (red[d])
			rsize *= xt->dim[d];
		else
			nout *= xt->dim[d];
	}
	/* the chunks: a thread's elements within the loop budget */
	uint32_t W = (uint32_t)c->s->wg;
	int64_t C = 1;
	db_begin(c, &b, VKS_RED0, 1);
	in.b = &b;
	in.nreg = 2 * m > body.nreg ? 2 * m : body.nreg;
	struct amap id = identity(xt->rank);
	for (int j = 0; j < m; j++) {
		int r = gen(c, &in, l->in[j], &id, 0);
		if (r < 0)
			goto out;
		uint32_t *w = prog_ins(&in);
		w[0] = I_OP;
		w[1] = E_COPY;
		w[5] = (uint32_t)(m + j);
		w[6] = (uint32_t)r;
	}
	int cost = elem_cost(in.n, body.n, xt->rank, nr, m);
	if (rsize >= (int64_t)W && (rsize + W - 1) / W * cost > LOOP_BUDGET)
		C = ((rsize + W - 1) / W * cost + LOOP_BUDGET - 1) / LOOP_BUDGET;
	if (C == 1) {
		ok = reduce_disp(c, m, xt->rank, xt->dim, nk, kd, nr, rd, &in, &body, ret, l->in + m, l->out, 1);
		if (ok == 0 && emit_redf(c, l, &in, xt, nk, kd, nr, rd, &b) < 0)
			ok = -1;
		if (ok == 0 && nout)
			db_end(c, &b);
		goto out;
	}
	/* partials (result, chunk), then those reduced */
	int part[4];
	for (int j = 0; j < m; j++) {
		struct mlir_type pt = g->v[l->in[j]].t;
		pt.rank = 2;
		pt.dim[0] = nout;
		pt.dim[1] = C;
		part[j] = vk_new_val(g, &pt, V_TEMP, -1);
		if (vk_place(g, part[j]) < 0)
			goto out;
	}
	if (reduce_disp(c, m, xt->rank, xt->dim, nk, kd, nr, rd, &in, &body, ret, l->in + m, part, (int)C) < 0)
		goto out;
	db_end(c, &b);
	struct prog in2 = { 0 };
	db_begin(c, &b, VKS_RED0, 1);
	in2.b = &b;
	in2.nreg = in.nreg;
	struct amap id2 = identity(2);
	for (int j = 0; j < m && ok < 0; j++) {
		int r = emit_load(c, &in2, part[j], &id2, 0);
		if (r < 0)
			break;
		uint32_t *w = prog_ins(&in2);
		w[0] = I_OP;
		w[1] = E_COPY;
		w[5] = (uint32_t)(m + j);
		w[6] = (uint32_t)r;
		if (j == m - 1) {
			int64_t dims2[2] = { nout, C }, kd2[2] = { nout, 0 }, rd2[2] = { C, 1 };
			ok = reduce_disp(c, m, 2, dims2, 1, kd2, 1, rd2, &in2, &body, ret, l->in + m, l->out, 1);
			if (ok == 0)
				db_end(c, &b);
		}
	}
	prog_free(&in2);
out:
	prog_free(&in);
	prog_free(&body);
	return ok;
}

/* Dots */

static int
emit_dot(struct cc *c, const struct lop *l)
{
	struct vgraph *g = c->g;
	const struct op_attrs *a = l->op->a;
	const struct val *x = &g->v[l->in[0]], *y = &g->v[l->in[1]];
	struct val *r = &g->v[l->out[0]];
	int64_t xs[8], ys[8], csize = 1;
	int rx[8] = { 0 }, ry[8] = { 0 };

	if (!dtype_is_float(x->t.dt) && dtype_is_float(r->t.dt))
		return unsup(c, l->op, "mixed integer/float");
	if (vk_place(g, l->out[0]) < 0)
		return -1;
	int64_t nout = mlir_numel(&r->t);
	for (int i = 0; i < a->nc; i++)
		csize *= x->t.dim[a->lc[i]];
	/* a workgroup an element when the sums are long, or few */
	uint32_t W = (uint32_t)c->s->wg;
	int wgm = csize >= 256 || (csize >= 32 && nout <= 64);
	strides(&x->t, xs);
	strides(&y->t, ys);
	struct db b;
	db_begin(c, &b, VKS_DOT, (uint32_t)(wgm ? nout * W : nout));
	b.d.pa = (uint32_t)wgm;
	b.d.spec[1] = x->st;
	b.d.spec[2] = r->st;
	b.d.spec[3] = y->st;
	if (db_addr(c, &b, l->out[0], 0) < 0 || db_addr(c, &b, l->in[0], 0) < 0 || db_addr(c, &b, l->in[1], 0) < 0)
		return -1;
	for (int i = 0; i < a->nb; i++)
		rx[a->lb[i]] = ry[a->rb[i]] = 1;
	for (int i = 0; i < a->nc; i++)
		rx[a->lc[i]] = ry[a->rc[i]] = 2;
	int nfx = 0, nfy = 0;
	for (int d = 0; d < x->t.rank; d++)
		nfx += !rx[d];
	for (int d = 0; d < y->t.rank; d++)
		nfy += !ry[d];
	par_push(g, (uint32_t)(a->nb + nfx + nfy));
	par_push(g, (uint32_t)a->nc);
	for (int i = 0; i < a->nb; i++)
		par_push(g, (uint32_t)x->t.dim[a->lb[i]]), par_push(g, (uint32_t)xs[a->lb[i]]),
		    par_push(g, (uint32_t)ys[a->rb[i]]);
	for (int d = 0; d < x->t.rank; d++)
		if (!rx[d])
			par_push(g, (uint32_t)x->t.dim[d]), par_push(g, (uint32_t)xs[d]), par_push(g, 0);
	for (int d = 0; d < y->t.rank; d++)
		if (!ry[d])
			par_push(g, (uint32_t)y->t.dim[d]), par_push(g, 0), par_push(g, (uint32_t)ys[d]);
	for (int i = 0; i < a->nc; i++)
		par_push(g, (uint32_t)x->t.dim[a->lc[i]]), par_push(g, (uint32_t)xs[a->lc[i]]),
		    par_push(g, (uint32_t)ys[a->rc[i]]);
	db_end(c, &b);
	return 0;
}

/* A dot whose weight is an MLX dequantization (match_quant). */
static int
emit_dotq(struct cc *c, const struct lop *l)
{
	struct vgraph *g = c->g;
	const struct val *x = &g->v[l->in[0]];
	struct val *r = &g->v[l->out[0]];
	uint32_t W = (uint32_t)c->s->wg;

	if (vk_place(g, l->out[0]) < 0)
		return -1;
	int64_t M = x->t.dim[0], K = x->t.dim[1], N = r->t.dim[1];
	struct db b;
	db_begin(c, &b, VKS_DOTQ, (uint32_t)(M * N * W));
	b.d.spec[1] = x->st;
	b.d.spec[3] = g->v[l->q[1]].st;
	b.d.spec[4] = l->quant;
	if (db_addr(c, &b, l->out[0], 0) < 0 || db_addr(c, &b, l->in[0], 0) < 0 || db_addr(c, &b, l->q[0], 0) < 0 ||
	    db_addr(c, &b, l->q[1], 0) < 0 || db_addr(c, &b, l->q[2], 0) < 0)
		return -1;
	par_push(g, (uint32_t)M), par_push(g, (uint32_t)N), par_push(g, (uint32_t)K), par_push(g, (uint32_t)l->gs);
	par_push(g, (uint32_t)K);
	db_end(c, &b);
	return 0;
}

static int
emit_gather(struct cc *c, const struct lop *l)
{
	struct vgraph *g = c->g;
	const struct op_attrs *a = l->op->a;
	const struct val *x = &g->v[l->in[0]], *ix = &g->v[l->in[1]];
	struct val *r = &g->v[l->out[0]];
	int64_t xs[8], is[8];

	if (a->ng[GD_OPERAND_BATCH] || a->ng[GD_INDEX_BATCH])
		return unsup(c, l->op, "batching dims of");
	if (x->st != x->t.dt && r->t.dt == x->t.dt)
		r->st = x->st;	/* a narrow weight gathered stays narrow */
	if (vk_place(g, l->out[0]) < 0)
		return -1;
	strides(&x->t, xs);
	strides(&ix->t, is);
	int64_t ivd = a->dim;
	struct db b;
	db_begin(c, &b, VKS_GATHER, (uint32_t)mlir_numel(&r->t));
	b.d.spec[1] = x->st;
	b.d.spec[3] = ix->st;
	if (db_addr(c, &b, l->out[0], 0) < 0 || db_addr(c, &b, l->in[0], 0) < 0 || db_addr(c, &b, l->in[1], 0) < 0)
		return -1;
	par_push(g, (uint32_t)r->t.rank);
	par_push(g, (uint32_t)a->ng[GD_START_MAP]);
	/* offset dims walk the operand dims that are not collapsed, in order */
	int od[8], nod = 0;
	for (int d = 0; d < x->t.rank; d++) {
		int coll = 0;
		for (int k = 0; k < a->ng[GD_COLLAPSED]; k++)
			coll |= a->g[GD_COLLAPSED][k] == d;
		if (!coll)
			od[nod++] = d;
	}
	int oi = 0, bi = 0;
	for (int d = 0; d < r->t.rank; d++) {
		int off = 0;
		for (int k = 0; k < a->ng[GD_OFFSET]; k++)
			off |= a->g[GD_OFFSET][k] == d;
		par_push(g, (uint32_t)r->t.dim[d]);
		if (off) {
			par_push(g, (uint32_t)xs[od[oi++]]);
			par_push(g, 0);
		} else {
			/* batch dims walk the index dims other than index_vector_dim */
			if (bi == ivd)
				bi++;
			par_push(g, 0);
			par_push(g, (uint32_t)is[bi++]);
		}
	}
	for (int k = 0; k < a->ng[GD_START_MAP]; k++) {
		int64_t d = a->g[GD_START_MAP][k];
		par_push(g, (uint32_t)xs[d]);
		par_push(g, ivd < ix->t.rank ? (uint32_t)(k * is[ivd]) : 0);
		par_push(g, (uint32_t)(x->t.dim[d] - a->v[d]));
	}
	db_end(c, &b);
	return 0;
}

static int
emit_scatter(struct cc *c, const struct lop *l)
{
	struct vgraph *g = c->g;
	const struct op_attrs *a = l->op->a;

	if (l->nin != 3 || l->nout != 1)
		return unsup(c, l->op, "variadic form of");
	if (a->ng[GD_OPERAND_BATCH] || a->ng[GD_INDEX_BATCH])
		return unsup(c, l->op, "batching dims of");
	const struct val *ix = &g->v[l->in[1]], *u = &g->v[l->in[2]], *r = &g->v[l->out[0]];
	struct prog body = { 0 };
	int ret = 0;
	if (g->v[l->in[0]].st != g->v[l->in[0]].t.dt || u->st != u->t.dt)
		return unsup(c, l->op, "narrow operands of");
	if (vk_place(g, l->out[0]) < 0)
		return -1;
	if (l->op->nregions != 1 || body_code(c, l->op, l->op->regions[0], &body, &ret, 1) < 0) {
		prog_free(&body);
		return -1;
	}
	if (copy_whole(c, l->out[0], l->in[0]) < 0) {
		prog_free(&body);
		return -1;
	}
	int64_t us[8], is[8];
	strides(&u->t, us);
	strides(&ix->t, is);
	int64_t ivd = a->dim;
	struct db b;
	db_begin(c, &b, VKS_SCATTER, (uint32_t)mlir_numel(&r->t));
	b.d.spec[1] = r->st;
	b.d.spec[3] = ix->st;
	if (db_addr(c, &b, l->out[0], 0) < 0 || db_addr(c, &b, l->in[2], 0) < 0 || db_addr(c, &b, l->in[1], 0) < 0) {
		prog_free(&body);
		return -1;
	}
	int R0 = r->t.rank;
	par_push(g, (uint32_t)R0);
	for (int d = 0; d < R0; d++)
		par_push(g, (uint32_t)r->t.dim[d]);
	/* update scatter dims: those not in update_window_dims */
	int sd[8], nsd = 0, wd[8], nwd = 0;
	for (int d = 0; d < u->t.rank; d++) {
		int win = 0;
		for (int k = 0; k < a->ng[GD_OFFSET]; k++)
			win |= a->g[GD_OFFSET][k] == d;
		if (win)
			wd[nwd++] = d;
		else
			sd[nsd++] = d;
	}
	int64_t nv = 1;
	for (int k = 0; k < nsd; k++)
		nv *= u->t.dim[sd[k]];
	par_push(g, (uint32_t)nv);
	par_push(g, (uint32_t)nsd);
	int bi = 0;
	for (int k = 0; k < nsd; k++) {
		if (bi == ivd)
			bi++;
		par_push(g, (uint32_t)u->t.dim[sd[k]]);
		par_push(g, (uint32_t)us[sd[k]]);
		par_push(g, (uint32_t)is[bi++]);
	}
	/* result dims not inserted take the window dims in order */
	int wi = 0;
	for (int d = 0; d < R0; d++) {
		int ins = 0;
		for (int k = 0; k < a->ng[GD_COLLAPSED]; k++)
			ins |= a->g[GD_COLLAPSED][k] == d;
		if (ins || wi >= nwd) {
			par_push(g, 0);
			par_push(g, 1);
		} else {
			par_push(g, (uint32_t)us[wd[wi]]);
			par_push(g, (uint32_t)u->t.dim[wd[wi]]);
			wi++;
		}
	}
	par_push(g, (uint32_t)a->ng[GD_START_MAP]);
	for (int k = 0; k < a->ng[GD_START_MAP]; k++) {
		par_push(g, (uint32_t)a->g[GD_START_MAP][k]);
		par_push(g, ivd < ix->t.rank ? (uint32_t)(k * is[ivd]) : 0);
	}
	par_push(g, (uint32_t)ret);
	par_push(g, (uint32_t)body.n);
	for (int k = 0; k < body.n * BC_WORDS; k++)
		par_push(g, body.w[k]);
	prog_free(&body);
	db_end(c, &b);
	return 0;
}

/* The ops whose result shares its operand's bytes. */
static int
is_view(const struct lop *l, const struct vgraph *g)
{
	if (l->op->code == OP_RESHAPE)
		return 1;
	if (l->op->code == OP_BITCAST_CONVERT)
		return dtype_size(g->v[l->in[0]].st) == dtype_size(g->v[l->out[0]].t.dt) &&
		    g->v[l->in[0]].st == g->v[l->in[0]].t.dt;
	return 0;
}

int
vk_compile_op(struct cc *c, int oi)
{
	struct vgraph *g = c->g;
	const struct lop *l = &g->ops[oi];
	const struct mlir_op *op = l->op;
	enum op_code code = op->code;

	c->op = oi;
	if (l->dead)
		return 0;
	for (int k = 0; k < l->nout; k++)
		if (!vk_ok_type(&g->v[l->out[k]].t))
			return err_set("unsupported type '%s' of '%s' at %s:%d", g->v[l->out[k]].t.name ?
			    g->v[l->out[k]].t.name : "?", op_name(code), c->m->file, op->line);
	if (l->nout == 1 && g->v[l->out[0]].fused)
		return 0;	/* computed by the programs that read it */
	if (OP_IS_CHECK(code) || (code == OP_CUSTOM_CALL && op->a->target && !strncmp(op->a->target, "check.", 6))) {
		for (int k = 0; k < l->nout; k++)
			g->v[l->out[k]].home = -1;	/* the host's */
		g->checks = ereallocarray(g->checks, (size_t)g->nchecks + 1, sizeof(int));
		g->checks[g->nchecks++] = oi;
		return 0;
	}
	if (fusable(g, l))
		return emit_ew(c, l->out[0]);
	for (int k = 0; k < l->nin; k++)
		if (l->in[k] < 0 || (g->v[l->in[k]].home < 0 && !(l->quant && k == 1) && !g->v[l->in[k]].fused))
			return err_set("%s:%d: '%s' reads a value the device does not hold", c->m->file, op->line,
			    op_name(code));
	if (is_view(l, g)) {
		struct val *r = &g->v[l->out[0]], *x = &g->v[l->in[0]];
		r->home = x->home;
		r->hi = x->hi;
		r->addr = x->addr;
		r->st = code == OP_BITCAST_CONVERT ? r->t.dt : x->st;	/* the same bits, its own type */
		r->root = x->root;
		r->kind = x->kind;
		return 0;
	}
	if (code == OP_CONSTANT)
		return vk_place(g, l->out[0]);
	if (code == OP_DYNAMIC_UPDATE_SLICE) {
		int x = l->in[0], u = l->in[1], r = l->out[0];
		const struct val *xv = &g->v[x];
		int root = xv->root;
		/* in place when the operand (and every view of it) dies here
		 * and its bytes are a temporary's or a state's */
		if (g->v[root].last == oi && (g->v[root].kind == V_TEMP || (g->v[root].kind == V_ARG &&
		    xv->home == H_STATE)) && xv->st == xv->t.dt) {
			g->v[r].home = xv->home;
			g->v[r].hi = xv->hi;
			g->v[r].addr = xv->addr;
			g->v[r].root = root;
		} else {
			if (vk_place(g, r) < 0 || copy_whole(c, r, x) < 0)
				return -1;
		}
		const struct mlir_type *ut = &g->v[u].t, *rt = &g->v[r].t;
		if (g->v[u].st != g->v[r].st)
			return unsup(c, op, "mixed element types of");
		struct copyspec cs = { .rank = ut->rank, .src = u, .dst = r, .flags = 4 };
		strides(ut, cs.ss);
		strides(rt, cs.ds);
		for (int d = 0; d < ut->rank; d++) {
			cs.dim[d] = ut->dim[d];
			cs.lim[d] = rt->dim[d] - ut->dim[d];
			cs.idx[d] = l->in[2 + d];
		}
		if (!ut->rank)
			return copy_whole(c, r, u);
		return emit_copy(c, &cs);
	}
	if (code == OP_DYNAMIC_SLICE && g->v[l->in[0]].st != g->v[l->in[0]].t.dt &&
	    g->v[l->out[0]].t.dt == g->v[l->in[0]].t.dt)
		g->v[l->out[0]].st = g->v[l->in[0]].st;	/* a narrow weight moved stays narrow */
	switch (code) {
	case OP_DOT_GENERAL:
		return l->quant ? emit_dotq(c, l) : emit_dot(c, l);
	case OP_REDUCE:
		return emit_reduce(c, l);
	case OP_GATHER:
		return emit_gather(c, l);
	case OP_SCATTER:
		return emit_scatter(c, l);
	case OP_BITCAST_CONVERT:
	case OP_CONCATENATE:
	case OP_PAD:
	case OP_DYNAMIC_SLICE:
		break;
	default:
		return unsup(c, op, "op");
	}
	for (int k = 0; k < l->nout; k++)
		if (vk_place(g, l->out[k]) < 0)
			return -1;
	if (code == OP_BITCAST_CONVERT) {
		if (dtype_size(g->v[l->in[0]].st) != dtype_size(g->v[l->out[0]].t.dt))
			return unsup(c, op, "size-changing form of");
		struct val tmp = g->v[l->out[0]];
		g->v[l->out[0]].st = g->v[l->in[0]].st;
		int r = copy_whole(c, l->out[0], l->in[0]);
		g->v[l->out[0]].st = tmp.st;
		return r;
	}
	const struct val *x = &g->v[l->in[0]];
	const struct mlir_type *rt = &g->v[l->out[0]].t;
	struct copyspec cs = { .rank = rt->rank, .src = l->in[0], .dst = l->out[0] };
	int64_t xs[8], rs[8];
	strides(&x->t, xs);
	strides(rt, rs);
	memcpy(cs.dim, rt->dim, sizeof(rt->dim[0]) * (size_t)rt->rank);
	memcpy(cs.ds, rs, sizeof(rs[0]) * (size_t)rt->rank);
	switch (code) {
	case OP_PAD:
		cs.flags = 1;
		cs.padv = l->in[1];
		memcpy(cs.ss, xs, sizeof(xs));
		for (int d = 0; d < rt->rank; d++) {
			cs.lo[d] = op->a->lo[d];
			cs.in[d] = op->a->st[d];
			cs.sdim[d] = x->t.dim[d];
		}
		if (!rt->rank)
			return copy_whole(c, l->out[0], l->in[0]);
		return emit_copy(c, &cs);
	case OP_CONCATENATE: {
		int64_t at = 0, dim = op->a->dim;
		for (int k = 0; k < l->nin; k++) {
			const struct mlir_type *t = &g->v[l->in[k]].t;
			struct copyspec p = { .rank = t->rank, .src = l->in[k], .dst = l->out[0] };
			strides(t, p.ss);
			memcpy(p.ds, rs, sizeof(rs));
			memcpy(p.dim, t->dim, sizeof(t->dim[0]) * (size_t)t->rank);
			p.dbase = at * rs[dim];
			at += t->dim[dim];
			if (g->v[l->in[k]].st != g->v[l->out[0]].st)
				return unsup(c, op, "mixed element types of");
			if (emit_copy(c, &p) < 0)
				return -1;
		}
		return 0;
	}
	default:	/* OP_DYNAMIC_SLICE */
		cs.flags = 2;
		memcpy(cs.ss, xs, sizeof(xs));
		for (int d = 0; d < rt->rank; d++) {
			cs.lim[d] = x->t.dim[d] - rt->dim[d];
			cs.idx[d] = l->in[1 + d];
		}
		if (!rt->rank)
			return copy_whole(c, l->out[0], l->in[0]);
		return emit_copy(c, &cs);
	}
}
