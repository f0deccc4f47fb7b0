/* The Vulkan backend's session: weights uploaded once (in the type the
 * checkpoint stores: a bf16 weight of an f32 argument stays bf16 and the
 * kernels widen it), states as device buffers updated in place, and each
 * graph compiled at load into one command buffer that a run submits
 * once: the inputs copied in from a host-visible buffer, every op a
 * dispatch (a barrier between), the outputs copied out.  The check ops
 * of the conformance tests are the only ops the host runs: after the
 * submission, on the device's values read back, by the interpreter's
 * own check (exec/interp.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vk_kinds.h>

#include "base/err.h"
#include "base/util.h"
#include "exec/interp.h"
#include "exec/vk/vk.h"

struct vk_weight {
	char *name;
	struct tensor t;		/* as the checkpoint stores it, borrowed */
	struct vk_buf buf;		/* uploaded on first use */
	int up;
};

struct vk_state {
	char *name;
	struct mlir_type type;
	struct vk_buf buf;
	size_t nbytes;
};

/* where a value lives: a home (0 the graph's arena, else a weight's or a
 * state's buffer) and a byte address in it */
enum { H_ARENA, H_WEIGHT, H_STATE };

struct val {
	struct mlir_type t;		/* its type (dt: the logical element type) */
	enum dtype st;			/* the element type its bytes hold */
	int home, hi;			/* H_*, and which weight or state */
	uint32_t addr;
	int root;			/* the value whose bytes these are (views) */
	int last;			/* the last op reading it (its root: any view) */
	int kind;			/* V_TEMP, V_CONST, V_INPUT, V_ARG */
	const void *bytes;		/* V_CONST */
	int mod_id;			/* the module value (checks) */
};
enum { V_TEMP, V_CONST, V_INPUT, V_ARG };

/* an op of @main with the calls inlined: value indexes, not module ids */
struct lop {
	const struct mlir_op *op;
	int *in, *out;
	int nin, nout;
};

struct disp {
	enum vk_shader sh;
	int32_t spec[VK_NSPEC];
	uint32_t n, p;			/* invocations, parameter offset (words) */
	uint32_t pa, pb;		/* two more push constants (split reductions) */
	VkBuffer b[VK_NBUF];
};

struct vgraph {
	const struct mlir_module *m;
	const struct mlir_func *f;
	struct val *v;
	int nv;
	struct lop *ops;
	int nops;
	uint32_t *par;
	int npar;
	struct disp *d;
	int nd;
	uint32_t arena_size;
	struct vk_buf arena, params, io;
	VkDescriptorPool dpool;
	VkCommandBuffer cb;
	/* inputs and outputs: value, io offset */
	int *in_v, *out_v, nin, nout;
	uint32_t *in_off, *out_off;
	/* results bound to states: value, state */
	int *res_v, *res_s, nres_state;
	struct exec_binding *res;	/* (nres) roles */
	int nres;
	/* host checks: the lowered op and its operand values */
	int *checks, nchecks;
	struct interp ip;
};

struct vsession {
	struct exec_session base;
	struct vk_ctx *c;
	int wg;
	struct vk_weight *w;
	int nw;
	struct vk_state *s;
	int ns;
	struct vgraph **g;
	int ng;
};

static struct vsession *
S(struct exec_session *s)
{
	return (struct vsession *)s;
}

static int
find_w(struct vsession *v, const char *name)
{
	for (int i = 0; i < v->nw; i++)
		if (!strcmp(v->w[i].name, name))
			return i;
	return -1;
}

static int
find_s(struct vsession *v, const char *name)
{
	for (int i = 0; i < v->ns; i++)
		if (!strcmp(v->s[i].name, name))
			return i;
	return -1;
}

static struct exec_session *
vs_open(const struct exec_opts *o)
{
	struct vk_ctx *c = vk_ctx_get();

	if (!c)
		return NULL;
	struct vsession *v = ecalloc(1, sizeof(*v));
	v->base.be = &vk_backend;
	v->c = c;
	v->wg = o && o->wg > 0 ? o->wg : 64;
	if (v->wg > (int)c->props.limits.maxComputeWorkGroupSize[0])
		v->wg = (int)c->props.limits.maxComputeWorkGroupSize[0];
	snprintf(v->base.device, sizeof(v->base.device), "%.127s", c->name);
	return &v->base;
}

static int
vs_weight(struct exec_session *s, const char *name, const struct tensor *t)
{
	struct vsession *v = S(s);

	if (find_w(v, name) >= 0)
		return err_set("weight '%s' given twice", name);
	v->w = ereallocarray(v->w, (size_t)v->nw + 1, sizeof(*v->w));
	struct vk_weight *w = &v->w[v->nw++];
	memset(w, 0, sizeof(*w));
	w->name = estrdup(name);
	w->t = *t;
	w->t.borrowed = 1;
	return 0;
}

static int
same_shape(const struct mlir_type *a, const struct mlir_type *b)
{
	return a->rank == b->rank && !memcmp(a->dim, b->dim, sizeof(a->dim[0]) * (size_t)a->rank);
}

static int
vs_state(struct exec_session *s, const char *name, const struct mlir_type *t)
{
	struct vsession *v = S(s);
	int i = find_s(v, name);
	int64_t nb = tensor_bytes(t);

	if (nb < 0)
		return err_set("state '%s': %s", name, err_reason());
	if (i >= 0 && v->s[i].type.dt == t->dt && same_shape(&v->s[i].type, t))
		return vk_buf_zero(v->c, &v->s[i].buf, 0, v->s[i].buf.size);
	if (i < 0) {
		v->s = ereallocarray(v->s, (size_t)v->ns + 1, sizeof(*v->s));
		i = v->ns++;
		memset(&v->s[i], 0, sizeof(v->s[i]));
		v->s[i].name = estrdup(name);
	} else {
		for (int k = 0; k < v->ng; k++)
			for (int j = 0; j < v->g[k]->nv; j++)
				if (v->g[k]->v[j].home == H_STATE && v->g[k]->v[j].hi == i)
					return err_set("state '%s' changes type under a loaded graph", name);
		vk_buf_free(v->c, &v->s[i].buf);
	}
	v->s[i].type = *t;
	v->s[i].nbytes = (size_t)nb;
	if (vk_buf_new(v->c, &v->s[i].buf, (VkDeviceSize)nb, 0) < 0)
		return -1;
	return vk_buf_zero(v->c, &v->s[i].buf, 0, v->s[i].buf.size);
}

static int
vs_copy(struct exec_session *s, const char *dst, const char *src, const struct exec_copy *cp)
{
	struct vsession *v = S(s);
	int d = find_s(v, dst), r = find_s(v, src);
	VkCommandBuffer cb;

	if (d < 0 || r < 0)
		return err_set("no state '%s'", d < 0 ? dst : src);
	if (cp->n < 0 || cp->bytes < 0 ||
	    (cp->n && (cp->soff < 0 || cp->doff < 0 || cp->sstride < 0 || cp->dstride < 0 ||
	    cp->soff + (cp->n - 1) * cp->sstride + cp->bytes > (int64_t)v->s[r].nbytes ||
	    cp->doff + (cp->n - 1) * cp->dstride + cp->bytes > (int64_t)v->s[d].nbytes)))
		return err_set("a copy from state '%s' to '%s' runs past one of them", src, dst);
	if (!cp->n || !cp->bytes)
		return 0;
	if (d == r)
		return err_set("a copy within state '%s'", src);
	VkBufferCopy *rg = ecalloc((size_t)cp->n, sizeof(*rg));
	for (int64_t i = 0; i < cp->n; i++)
		rg[i] = (VkBufferCopy){ .srcOffset = (VkDeviceSize)(cp->soff + i * cp->sstride),
			.dstOffset = (VkDeviceSize)(cp->doff + i * cp->dstride), .size = (VkDeviceSize)cp->bytes };
	if (vk_cmd_begin(v->c, &cb) < 0) {
		free(rg);
		return -1;
	}
	v->c->vkCmdCopyBuffer(cb, v->s[r].buf.b, v->s[d].buf.b, (uint32_t)cp->n, rg);
	free(rg);
	VkMemoryBarrier mb = { .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER, .srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT,
		.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_READ_BIT |
		    VK_ACCESS_HOST_READ_BIT };
	v->c->vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT, 0, 1, &mb,
	    0, NULL, 0, NULL);
	return vk_cmd_submit(v->c, cb, 1);
}

static int
vs_read(struct exec_session *s, const char *name, struct tensor **out)
{
	struct vsession *v = S(s);
	int i = find_s(v, name);

	if (i < 0)
		return err_set("no state '%s'", name);
	struct tensor *t = tensor_new_raw(&v->s[i].type);
	if (!t)
		return -1;
	if (vk_buf_read(v->c, &v->s[i].buf, 0, t->data, t->nbytes) < 0) {
		tensor_free(t);
		return -1;
	}
	*out = t;
	return 0;
}

/* Compiling a graph */

struct cc {
	struct vsession *s;
	struct vgraph *g;
	const struct mlir_module *m;
	const struct lop *lo;	/* the op being compiled */
};

static int
unsup(const struct cc *c, const struct mlir_op *op, const char *what)
{
	return err_set("unsupported %s '%s' at %s:%d", what, op_name(op->code), c->m->file, op->line);
}

static int
new_val(struct vgraph *g, const struct mlir_type *t, int kind, int mod_id)
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
	return g->nv++;
}

static int
ok_type(const struct mlir_type *t)
{
	if (t->dt == DTYPE_INVALID)
		return 0;
	/* i2/i4 (stored a byte each, wrapped to their width) are not here */
	return t->dt == DTYPE_BOOL || (int)dtype_size(t->dt) * 8 == t->bits || dtype_is_float(t->dt);
}

/* Flattens func f's body with calls inlined; env maps f's module value
 * ids to value indexes.  rets gets the returned values. */
static int
flatten(struct cc *c, const struct mlir_func *f, int *env, int *rets, int depth)
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
			int n = flatten(c, callee, e2, r2, depth + 1);
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
			l.out[k] = env[op->results[k]] = new_val(g, t, op->code == OP_CONSTANT ? V_CONST : V_TEMP,
			    op->results[k]);
			if (op->code == OP_CONSTANT)
				g->v[l.out[k]].bytes = op->a->bytes;
		}
		g->ops = ereallocarray(g->ops, (size_t)g->nops + 1, sizeof(*g->ops));
		g->ops[g->nops++] = l;
	}
	return 0;
}

static uint32_t
val_alloc(struct vgraph *g, int64_t bytes)
{
	uint32_t a = g->arena_size;
	g->arena_size += (uint32_t)((bytes + 15) & ~(int64_t)15);
	return a;
}

static int
place(struct vgraph *g, int v)
{
	struct val *x = &g->v[v];
	int64_t nb = mlir_numel(&x->t) * (int64_t)dtype_size(x->st);

	if (nb > ((int64_t)1 << 31) || g->arena_size > (1u << 31))
		return err_set("a graph's values past 2 GiB: not on this backend yet");
	x->home = H_ARENA;
	x->addr = val_alloc(g, nb);
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
	uint32_t p0;
};

static void
db_begin(struct cc *c, struct db *b, enum vk_shader sh, uint32_t n)
{
	memset(b, 0, sizeof(*b));
	b->d.sh = sh;
	b->d.n = n;
	b->nb = 1;	/* slot 0: the arena */
	b->p0 = (uint32_t)c->g->npar;
	b->d.p = b->p0;
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

static int
emit_elem(struct cc *c, const struct lop *l, int e)
{
	struct vgraph *g = c->g;
	const struct val *r = &g->v[l->out[0]];
	struct db b;
	int ta = l->nin ? g->v[l->in[l->op->code == OP_SELECT ? 1 : 0]].t.dt : 0;
	uint32_t n = (uint32_t)mlir_numel(&r->t);

	db_begin(c, &b, VKS_ELEM, n);
	b.d.spec[0] = e;
	b.d.spec[1] = ta;
	b.d.spec[2] = r->st;
	b.d.spec[3] = ta;
	for (int k = 0; k < l->nin && k < 3; k++) {
		const struct val *x = &g->v[l->in[k]];
		b.d.spec[5 + k] = x->st != x->t.dt ? (int)x->st : 0;
	}
	if (db_addr(c, &b, l->out[0], 0) < 0)
		return -1;
	par_push(g, 0);
	for (int k = 0; k < 3; k++) {
		if (k < l->nin) {
			int v = l->in[k];
			if (db_addr(c, &b, v, 0) < 0)
				return -1;
			par_push(g, mlir_numel(&g->v[v].t) == 1 && n != 1 ? 0 : 1);
		} else {
			par_push(g, 0), par_push(g, 0), par_push(g, 0);
		}
	}
	if (l->op->code == OP_IOTA) {
		const struct mlir_type *t = &r->t;
		int64_t d = l->op->a->dim, stride = 1;
		for (int j = t->rank - 1; j > d; j--)
			stride *= t->dim[j];
		par_push(g, (uint32_t)stride);
		par_push(g, (uint32_t)t->dim[d]);
	} else {
		par_push(g, 0), par_push(g, 0);
	}
	db_end(c, &b);
	return 0;
}

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

static void
strides(const struct mlir_type *t, int64_t *s)
{
	tensor_strides(t, s);
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

/* Compiles region r (a reduction's or scatter's body) to bytecode: its
 * nargs arguments in registers 0.., the returned registers in ret. */
static int
body_code(struct cc *c, const struct mlir_op *op, const struct mlir_region *r, uint32_t **code, int *ncode,
    int *ret, int nret)
{
	int *reg = ecalloc((size_t)c->m->nvalues + 1, sizeof(int));
	int next = r->nargs, n = 0;
	uint32_t *w = NULL;

	for (int i = 0; i < c->m->nvalues; i++)
		reg[i] = -1;
	for (int k = 0; k < r->nargs; k++)
		reg[r->args[k]] = k;
	for (int i = 0; i < r->nops; i++) {
		const struct mlir_op *o = &r->ops[i];
		if (o->code == OP_RETURN) {
			if (o->noperands != nret)
				goto bad;
			for (int k = 0; k < nret; k++)
				if ((ret[k] = reg[o->operands[k]]) < 0)
					goto bad;
			free(reg);
			*code = w;
			*ncode = n;
			return 0;
		}
		if (o->nresults != 1 || next >= BC_REGS)
			goto bad;
		const struct mlir_type *rt = &c->m->types[o->results[0]];
		if (mlir_numel(rt) != 1 || !ok_type(rt))
			goto bad;
		w = ereallocarray(w, (size_t)(n + 1) * BC_WORDS, sizeof(*w));
		uint32_t *x = w + n * BC_WORDS;
		memset(x, 0, BC_WORDS * sizeof(*x));
		if (o->code == OP_CONSTANT) {
			uint64_t bits = 0;
			memcpy(&bits, o->a->bytes, dtype_size(rt->dt));
			x[0] = 200;	/* BC_CONST */
			x[4] = (uint32_t)bits;
			x[5] = (uint32_t)(bits >> 32);
		} else {
			if (!o->noperands)
				goto bad;
			const struct mlir_type *t0 = &c->m->types[o->operands[o->code == OP_SELECT ? 1 : 0]];
			int e = elem_code(o, dtype_is_float(t0->dt));
			if (e < 0 || o->noperands > 3 || e == E_REM || e == E_POW)
				goto bad;
			x[0] = (uint32_t)e;
			x[1] = (uint32_t)t0->dt;
			for (int k = 0; k < o->noperands; k++)
				if ((int)(x[4 + k] = (uint32_t)reg[o->operands[k]]) < 0)
					goto bad;
		}
		x[2] = (uint32_t)rt->dt;
		x[3] = (uint32_t)next;
		reg[o->results[0]] = next++;
		n++;
	}
bad:
	free(reg);
	free(w);
	return unsup(c, op, "region body of");
}

/* One reduce dispatch: m operands in[] with inits init[] into out[];
 * (size, stride) of the kept dims kd and reduced dims rd of the
 * operands; C chunks of L (1: not split). */
static int
reduce_disp(struct cc *c, int m, const int *in, const int *init, const int *out, int nk, const int64_t *kd,
    int nr, const int64_t *rd, const uint32_t *code, int ncode, const int *ret, uint32_t C, uint32_t L)
{
	struct vgraph *g = c->g;
	int64_t nout = 1;
	struct db b;

	for (int d = 0; d < nk; d++)
		nout *= kd[2 * d];
	db_begin(c, &b, VKS_REDUCE, (uint32_t)(nout * C));
	b.d.pa = C > 1 ? C : 0;
	b.d.pb = L;
	par_push(g, (uint32_t)m), par_push(g, (uint32_t)nk), par_push(g, (uint32_t)nr), par_push(g, (uint32_t)ncode);
	for (int j = 0; j < 3 * m; j++)
		if (db_addr(c, &b, j < m ? in[j] : j < 2 * m ? init[j - m] : out[j - 2 * m], 0) < 0)
			return -1;
	for (int j = 0; j < m; j++)
		par_push(g, (uint32_t)g->v[in[j]].st);
	for (int d = 0; d < nk; d++)
		par_push(g, (uint32_t)kd[2 * d]), par_push(g, (uint32_t)kd[2 * d + 1]);
	for (int d = 0; d < nr; d++)
		par_push(g, (uint32_t)rd[2 * d]), par_push(g, (uint32_t)rd[2 * d + 1]);
	for (int j = 0; j < m; j++)
		par_push(g, (uint32_t)ret[j]);
	for (int k = 0; k < ncode * BC_WORDS; k++)
		par_push(g, code[k]);
	db_end(c, &b);
	return 0;
}

/* Whether a region body's result does not depend on the order it sees
 * the elements in: selections (compare, select, and, or, not). */
static int
order_free(const struct mlir_region *r)
{
	for (int i = 0; i < r->nops; i++) {
		enum op_code k = r->ops[i].code;
		if (k != OP_COMPARE && k != OP_SELECT && k != OP_AND && k != OP_OR && k != OP_NOT && k != OP_RETURN)
			return 0;
	}
	return 1;
}

/* lavapipe stops a shader's loops after 65535 iterations in all: longer
 * reductions whose order does not matter are split in chunks */
enum { SPLIT_AT = 1024, SPLIT_L = 512 };

static int
emit_reduce(struct cc *c, const struct lop *l)
{
	struct vgraph *g = c->g;
	const struct mlir_op *op = l->op;
	int m = l->nin / 2;
	uint32_t *code = NULL;
	int ncode = 0, ret[4], split_ok;

	if (m < 1 || m > 4)
		return unsup(c, op, "arity of");
	if (op->a->body_applies) {
		const struct mlir_type *t = &g->v[l->in[0]].t;
		int e = elem_code(&(struct mlir_op){ .code = op->a->body, .a = op->a }, dtype_is_float(t->dt));
		if (e < 0 || m != 1)
			return unsup(c, op, "reduction");
		code = ecalloc(BC_WORDS, sizeof(*code));
		code[0] = (uint32_t)e;
		code[1] = code[2] = (uint32_t)t->dt;
		code[3] = 2;
		code[4] = 0;
		code[5] = 1;
		ncode = 1;
		ret[0] = 2;
		split_ok = e == E_MAX || e == E_MIN || e == E_AND || e == E_OR;
	} else if (op->nregions != 1 || body_code(c, op, op->regions[0], &code, &ncode, ret, m) < 0) {
		return -1;
	} else {
		split_ok = order_free(op->regions[0]);
	}
	if (ncode > 12) {
		free(code);
		return unsup(c, op, "body longer than 12 ops of");
	}
	for (int j = 0; j < 2 * m; j++)
		if (g->v[l->in[j]].st != g->v[l->in[j % m]].st || g->v[l->in[j]].st != g->v[l->in[j]].t.dt) {
			free(code);
			return unsup(c, op, "mixed element types of");
		}
	const struct mlir_type *xt = &g->v[l->in[0]].t;
	int64_t xs[8], red[8] = { 0 }, kd[16], rd[16], rsize = 1;
	strides(xt, xs);
	for (int j = 0; j < op->a->n; j++)
		red[op->a->v[j]] = 1;
	int nk = 0, nr = 0;
	for (int d = 0; d < xt->rank; d++) {
		int64_t *p = red[d] ? &rd[2 * nr++] : &kd[2 * nk++];
		p[0] = xt->dim[d];
		p[1] = xs[d];
		if (red[d])
			rsize *= xt->dim[d];
	}
	int ret_ok;
	if (!split_ok || rsize <= SPLIT_AT) {
		ret_ok = reduce_disp(c, m, l->in, l->in + m, l->out, nk, kd, nr, rd, code, ncode, ret, 1, 0);
		free(code);
		return ret_ok;
	}
	/* chunks: partials (outputs, C) then the partials reduced */
	uint32_t C = (uint32_t)((rsize + SPLIT_L - 1) / SPLIT_L);
	int64_t nout = mlir_numel(&g->v[l->out[0]].t);
	int part[4];
	for (int j = 0; j < m; j++) {
		struct mlir_type pt = { .dt = g->v[l->in[j]].t.dt, .bits = g->v[l->in[j]].t.bits, .rank = 1,
			.dim = { nout * C }, .name = g->v[l->in[j]].t.name };
		part[j] = new_val(g, &pt, V_TEMP, -1);
		if (place(g, part[j]) < 0) {
			free(code);
			return -1;
		}
	}
	int64_t kd2[2] = { nout, C }, rd2[2] = { C, 1 };
	ret_ok = reduce_disp(c, m, l->in, l->in + m, part, nk, kd, nr, rd, code, ncode, ret, C, SPLIT_L);
	if (ret_ok == 0)
		ret_ok = reduce_disp(c, m, part, l->in + m, l->out, 1, kd2, 1, rd2, code, ncode, ret, 1, 0);
	free(code);
	return ret_ok;
}

static int
emit_dot(struct cc *c, const struct lop *l)
{
	struct vgraph *g = c->g;
	const struct op_attrs *a = l->op->a;
	const struct val *x = &g->v[l->in[0]], *y = &g->v[l->in[1]], *r = &g->v[l->out[0]];
	int64_t xs[8], ys[8];
	int rx[8] = { 0 }, ry[8] = { 0 };

	if (!dtype_is_float(x->t.dt) && dtype_is_float(r->t.dt))
		return unsup(c, l->op, "mixed integer/float");
	strides(&x->t, xs);
	strides(&y->t, ys);
	struct db b;
	db_begin(c, &b, VKS_DOT, (uint32_t)mlir_numel(&r->t));
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

static int
emit_gather(struct cc *c, const struct lop *l)
{
	struct vgraph *g = c->g;
	const struct op_attrs *a = l->op->a;
	const struct val *x = &g->v[l->in[0]], *ix = &g->v[l->in[1]], *r = &g->v[l->out[0]];
	int64_t xs[8], is[8];

	if (a->ng[GD_OPERAND_BATCH] || a->ng[GD_INDEX_BATCH])
		return unsup(c, l->op, "batching dims of");
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
	uint32_t *code = NULL;
	int ncode = 0, ret = 0;
	if (l->op->nregions != 1 || body_code(c, l->op, l->op->regions[0], &code, &ncode, &ret, 1) < 0)
		return -1;
	if (copy_whole(c, l->out[0], l->in[0]) < 0) {
		free(code);
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
		free(code);
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
	par_push(g, (uint32_t)ncode);
	for (int k = 0; k < ncode * BC_WORDS; k++)
		par_push(g, code[k]);
	free(code);
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

static int
compile_op(struct cc *c, int oi)
{
	struct vgraph *g = c->g;
	const struct lop *l = &g->ops[oi];
	const struct mlir_op *op = l->op;
	enum op_code code = op->code;

	for (int k = 0; k < l->nout; k++)
		if (!ok_type(&g->v[l->out[k]].t))
			return err_set("unsupported type '%s' of '%s' at %s:%d", g->v[l->out[k]].t.name ?
			    g->v[l->out[k]].t.name : "?", op_name(code), c->m->file, op->line);
	for (int k = 0; k < l->nin; k++)
		if (l->in[k] < 0 || g->v[l->in[k]].home < 0)
			return err_set("%s:%d: '%s' reads a value the device does not hold", c->m->file, op->line,
			    op_name(code));
	if (OP_IS_CHECK(code) || (code == OP_CUSTOM_CALL && op->a->target && !strncmp(op->a->target, "check.", 6))) {
		for (int k = 0; k < l->nout; k++)
			g->v[l->out[k]].home = -1;	/* the host's */
		g->checks = ereallocarray(g->checks, (size_t)g->nchecks + 1, sizeof(int));
		g->checks[g->nchecks++] = oi;
		return 0;
	}
	if (is_view(l, g)) {
		struct val *r = &g->v[l->out[0]], *x = &g->v[l->in[0]];
		r->home = x->home;
		r->hi = x->hi;
		r->addr = x->addr;
		r->st = x->st;
		r->root = x->root;
		r->kind = x->kind;
		return 0;
	}
	if (code == OP_CONSTANT)
		return place(g, l->out[0]);
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
			if (place(g, r) < 0 || copy_whole(c, r, x) < 0)
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
	if ((code == OP_BROADCAST_IN_DIM || code == OP_TRANSPOSE || code == OP_SLICE || code == OP_REVERSE ||
	    code == OP_DYNAMIC_SLICE || code == OP_GATHER) && g->v[l->in[0]].st != g->v[l->in[0]].t.dt &&
	    g->v[l->out[0]].t.dt == g->v[l->in[0]].t.dt)
		g->v[l->out[0]].st = g->v[l->in[0]].st;	/* a narrow weight moved stays narrow */
	for (int k = 0; k < l->nout; k++)
		if (place(g, l->out[k]) < 0)
			return -1;
	if (code == OP_IOTA)
		return emit_elem(c, l, E_IOTA);
	if (OP_IS_UNARY(code) || OP_IS_BINARY(code) || code == OP_COMPARE || code == OP_SELECT || code == OP_CLAMP ||
	    code == OP_CONVERT) {
		const struct val *x = &g->v[l->in[code == OP_SELECT ? 1 : 0]];
		int e = elem_code(op, dtype_is_float(x->t.dt));
		if (e < 0 || (float_only(e) && !dtype_is_float(x->t.dt)))
			return unsup(c, op, "op");
		if (code == OP_CLAMP || code == OP_SELECT) {
			/* clamp(min, x, max) may take scalar bounds; select a scalar pred */
			for (int k = 0; k < 3; k++)
				if (mlir_numel(&g->v[l->in[k]].t) != 1 &&
				    mlir_numel(&g->v[l->in[k]].t) != mlir_numel(&g->v[l->out[0]].t))
					return unsup(c, op, "broadcast form of");
		}
		if (code == OP_CLAMP && g->v[l->in[0]].st != g->v[l->in[1]].st)
			return unsup(c, op, "mixed element types of");
		return emit_elem(c, l, e);
	}
	if (code == OP_BITCAST_CONVERT) {
		if (dtype_size(g->v[l->in[0]].st) != dtype_size(g->v[l->out[0]].t.dt))
			return unsup(c, op, "size-changing form of");
		struct val tmp = g->v[l->out[0]];
		g->v[l->out[0]].st = g->v[l->in[0]].st;
		int r = copy_whole(c, l->out[0], l->in[0]);
		g->v[l->out[0]].st = tmp.st;
		return r;
	}
	const struct val *x = l->nin ? &g->v[l->in[0]] : NULL;
	const struct mlir_type *rt = &g->v[l->out[0]].t;
	struct copyspec cs = { .rank = rt->rank, .src = l->nin ? l->in[0] : -1, .dst = l->out[0] };
	int64_t xs[8], rs[8];
	if (x)
		strides(&x->t, xs);
	strides(rt, rs);
	memcpy(cs.dim, rt->dim, sizeof(rt->dim[0]) * (size_t)rt->rank);
	memcpy(cs.ds, rs, sizeof(rs[0]) * (size_t)rt->rank);
	switch (code) {
	case OP_BROADCAST_IN_DIM:
		for (int k = 0; k < op->a->n; k++)
			cs.ss[op->a->v[k]] = x->t.dim[k] == 1 ? 0 : xs[k];
		if (!rt->rank)
			return copy_whole(c, l->out[0], l->in[0]);
		return emit_copy(c, &cs);
	case OP_TRANSPOSE:
		for (int d = 0; d < rt->rank; d++)
			cs.ss[d] = xs[op->a->v[d]];
		return emit_copy(c, &cs);
	case OP_SLICE:
		for (int d = 0; d < rt->rank; d++) {
			cs.ss[d] = xs[d] * op->a->st[d];
			cs.sbase += op->a->lo[d] * xs[d];
		}
		return emit_copy(c, &cs);
	case OP_REVERSE:
		memcpy(cs.ss, xs, sizeof(xs));
		for (int k = 0; k < op->a->n; k++) {
			int64_t d = op->a->v[k];
			cs.sbase += (x->t.dim[d] - 1) * xs[d];
			cs.ss[d] = -xs[d];
		}
		return emit_copy(c, &cs);
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
	case OP_DYNAMIC_SLICE:
		cs.flags = 2;
		memcpy(cs.ss, xs, sizeof(xs));
		for (int d = 0; d < rt->rank; d++) {
			cs.lim[d] = x->t.dim[d] - rt->dim[d];
			cs.idx[d] = l->in[1 + d];
		}
		if (!rt->rank)
			return copy_whole(c, l->out[0], l->in[0]);
		return emit_copy(c, &cs);
	case OP_DOT_GENERAL:
		return emit_dot(c, l);
	case OP_REDUCE:
		return emit_reduce(c, l);
	case OP_GATHER:
		return emit_gather(c, l);
	case OP_SCATTER:
		return emit_scatter(c, l);
	default:
		return unsup(c, op, "op");
	}
}

static void
free_graph(struct vsession *s, struct vgraph *g)
{
	struct vk_ctx *c = s->c;

	if (!g)
		return;
	if (g->cb)
		c->vkFreeCommandBuffers(c->dev, c->cpool, 1, &g->cb);
	if (g->dpool)
		c->vkDestroyDescriptorPool(c->dev, g->dpool, NULL);
	vk_buf_free(c, &g->arena);
	vk_buf_free(c, &g->params);
	vk_buf_free(c, &g->io);
	for (int i = 0; i < g->nops; i++) {
		free(g->ops[i].in);
		free(g->ops[i].out);
	}
	free(g->ops);
	free(g->v);
	free(g->par);
	free(g->d);
	free(g->in_v), free(g->out_v), free(g->in_off), free(g->out_off);
	free(g->res_v), free(g->res_s), free(g->res);
	free(g->checks);
	interp_free(&g->ip);
	free(g);
}

static int
upload_weight(struct vsession *s, int i)
{
	struct vk_weight *w = &s->w[i];

	if (w->up)
		return 0;
	if (vk_buf_new(s->c, &w->buf, w->t.nbytes, 0) < 0 || vk_buf_write(s->c, &w->buf, 0, w->t.data, w->t.nbytes) < 0)
		return -1;
	w->up = 1;
	return 0;
}

static const VkMemoryBarrier barrier = { .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER,
	.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT,
	.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_READ_BIT |
	    VK_ACCESS_TRANSFER_WRITE_BIT };

static void
cmd_barrier(struct vk_ctx *c, VkCommandBuffer cb)
{
	c->vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
	    VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1, &barrier, 0, NULL, 0, NULL);
}

/* Records the graph's one command buffer. */
static int
record(struct vsession *s, struct vgraph *g)
{
	struct vk_ctx *c = s->c;
	int nd = g->nd ? g->nd : 1;

	VkDescriptorPoolSize ps = { .type = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, .descriptorCount = (uint32_t)nd * (1 + VK_NBUF) };
	VkDescriptorPoolCreateInfo pi = { .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
		.maxSets = (uint32_t)nd, .poolSizeCount = 1, .pPoolSizes = &ps };
	VkResult r = c->vkCreateDescriptorPool(c->dev, &pi, NULL, &g->dpool);
	if (r != VK_SUCCESS)
		return err_set("vulkan: vkCreateDescriptorPool: %s", vk_result_str(r));
	VkCommandBufferAllocateInfo ai = { .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
		.commandPool = c->cpool, .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY, .commandBufferCount = 1 };
	if ((r = c->vkAllocateCommandBuffers(c->dev, &ai, &g->cb)) != VK_SUCCESS)
		return err_set("vulkan: vkAllocateCommandBuffers: %s", vk_result_str(r));
	VkCommandBufferBeginInfo bi = { .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO };
	c->vkBeginCommandBuffer(g->cb, &bi);
	/* the inputs in */
	for (int i = 0; i < g->nin; i++) {
		const struct val *x = &g->v[g->in_v[i]];
		VkBufferCopy rg = { .srcOffset = g->in_off[i], .dstOffset = x->addr,
			.size = (VkDeviceSize)tensor_bytes(&x->t) };
		if (rg.size)
			c->vkCmdCopyBuffer(g->cb, g->io.b, g->arena.b, 1, &rg);
	}
	cmd_barrier(c, g->cb);
	for (int i = 0; i < g->nd; i++) {
		struct disp *d = &g->d[i];
		VkPipeline p = vk_pipeline(c, d->sh, s->wg, d->spec);
		if (!p)
			return -1;
		VkDescriptorSet set;
		VkDescriptorSetAllocateInfo da = { .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO,
			.descriptorPool = g->dpool, .descriptorSetCount = 1, .pSetLayouts = &c->dsl };
		if ((r = c->vkAllocateDescriptorSets(c->dev, &da, &set)) != VK_SUCCESS)
			return err_set("vulkan: vkAllocateDescriptorSets: %s", vk_result_str(r));
		VkDescriptorBufferInfo pb = { .buffer = g->params.b, .offset = 0, .range = VK_WHOLE_SIZE };
		VkDescriptorBufferInfo bb[VK_NBUF];
		for (int k = 0; k < VK_NBUF; k++)
			bb[k] = (VkDescriptorBufferInfo){ .buffer = k && d->b[k] ? d->b[k] : g->arena.b, .offset = 0,
				.range = VK_WHOLE_SIZE };
		VkWriteDescriptorSet wr[2] = {
			{ .sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET, .dstSet = set, .dstBinding = 0,
			  .descriptorCount = 1, .descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, .pBufferInfo = &pb },
			{ .sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET, .dstSet = set, .dstBinding = 1,
			  .descriptorCount = VK_NBUF, .descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, .pBufferInfo = bb },
		};
		c->vkUpdateDescriptorSets(c->dev, 2, wr, 0, NULL);
		c->vkCmdBindPipeline(g->cb, VK_PIPELINE_BIND_POINT_COMPUTE, p);
		c->vkCmdBindDescriptorSets(g->cb, VK_PIPELINE_BIND_POINT_COMPUTE, c->pl, 0, 1, &set, 0, NULL);
		uint32_t pcv[4] = { d->p, d->n, d->pa, d->pb };
		c->vkCmdPushConstants(g->cb, c->pl, VK_SHADER_STAGE_COMPUTE_BIT, 0, sizeof(pcv), pcv);
		uint32_t groups = (d->n + (uint32_t)s->wg - 1) / (uint32_t)s->wg;
		uint32_t gx = groups < 65535 ? groups : 65535, gy = (groups + gx - 1) / gx;
		c->vkCmdDispatch(g->cb, gx, gy, 1);
		cmd_barrier(c, g->cb);
	}
	/* results into their states, outputs out */
	for (int i = 0; i < g->nres_state; i++) {
		const struct val *x = &g->v[g->res_v[i]];
		struct vk_state *st = &s->s[g->res_s[i]];
		if (x->home == H_STATE && x->hi == g->res_s[i] && x->addr == 0)
			continue;
		VkBuffer src = x->home == H_ARENA ? g->arena.b : x->home == H_WEIGHT ? s->w[x->hi].buf.b : s->s[x->hi].buf.b;
		VkBufferCopy rg = { .srcOffset = x->addr, .dstOffset = 0, .size = st->nbytes };
		if (rg.size)
			c->vkCmdCopyBuffer(g->cb, src, st->buf.b, 1, &rg);
	}
	for (int i = 0; i < g->nout; i++) {
		const struct val *x = &g->v[g->out_v[i]];
		VkBuffer src = x->home == H_ARENA ? g->arena.b : x->home == H_WEIGHT ? s->w[x->hi].buf.b : s->s[x->hi].buf.b;
		VkBufferCopy rg = { .srcOffset = x->addr, .dstOffset = g->out_off[i],
			.size = (VkDeviceSize)(mlir_numel(&x->t) * (int64_t)dtype_size(x->st)) };
		if (rg.size)
			c->vkCmdCopyBuffer(g->cb, src, g->io.b, 1, &rg);
	}
	VkMemoryBarrier hb = { .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER, .srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT |
		VK_ACCESS_SHADER_WRITE_BIT, .dstAccessMask = VK_ACCESS_HOST_READ_BIT | VK_ACCESS_SHADER_READ_BIT };
	c->vkCmdPipelineBarrier(g->cb, VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT,
	    VK_PIPELINE_STAGE_HOST_BIT | VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0, 1, &hb, 0, NULL, 0, NULL);
	if ((r = c->vkEndCommandBuffer(g->cb)) != VK_SUCCESS)
		return err_set("vulkan: vkEndCommandBuffer: %s", vk_result_str(r));
	return 0;
}

static int
vs_load(struct exec_session *s, const struct mlir_module *m, const char *func, const struct exec_binding *args,
    const struct exec_binding *results)
{
	struct vsession *vs = S(s);
	const struct mlir_func *f = mlir_find_func(m, func);
	struct vgraph *g;
	struct cc c = { .s = vs, .m = m };
	int *env = NULL, *rets = NULL;

	if (!f)
		return err_set("%s: no function '@%s'", m->file, func);
	if (mlir_verify(m) < 0)
		return -1;
	g = ecalloc(1, sizeof(*g));
	c.g = g;
	g->m = m;
	g->f = f;
	env = ecalloc((size_t)m->nvalues + 1, sizeof(int));
	rets = ecalloc((size_t)f->nresults + 16, sizeof(int));
	uint32_t io_size = 0;
	/* the arguments */
	for (int k = 0; k < f->body.nargs; k++) {
		const struct mlir_type *t = &m->types[f->body.args[k]];
		int role = args ? (int)args[k].role : EXEC_INPUT;
		const char *name = args ? args[k].name : NULL;
		if (!ok_type(t)) {
			err_set("unsupported type '%s' of an argument of @%s at %s:%d", t->name ? t->name : "?", func,
			    m->file, f->line);
			goto fail;
		}
		int v = env[f->body.args[k]] = new_val(g, t, role == EXEC_INPUT ? V_INPUT : V_ARG, f->body.args[k]);
		struct val *x = &g->v[v];
		if (role == EXEC_WEIGHT) {
			int i = name ? find_w(vs, name) : -1;
			if (i < 0) {
				err_set("%s: argument %d of @%s: no weight '%s' was given", m->file, k, func, name ? name : "?");
				goto fail;
			}
			const struct mlir_type *wt = &vs->w[i].t.type;
			int narrow = t->dt == DTYPE_F32 && (wt->dt == DTYPE_BF16 || wt->dt == DTYPE_F16);
			if (!same_shape(wt, t) || (wt->dt != t->dt && !narrow)) {
				char a[128], b[128];
				mlir_type_str(a, sizeof(a), wt);
				mlir_type_str(b, sizeof(b), t);
				err_set("weight '%s' is %s but the graph wants %s", name, a, b);
				goto fail;
			}
			if (upload_weight(vs, i) < 0)
				goto fail;
			x->home = H_WEIGHT;
			x->hi = i;
			x->st = wt->dt;
		} else if (role == EXEC_STATE) {
			int i = name ? find_s(vs, name) : -1;
			if (i < 0) {
				err_set("%s: argument %d of @%s: no state '%s'", m->file, k, func, name ? name : "?");
				goto fail;
			}
			if (vs->s[i].type.dt != t->dt || !same_shape(&vs->s[i].type, t)) {
				err_set("%s: argument %d of @%s: state '%s' has another type", m->file, k, func, name);
				goto fail;
			}
			x->home = H_STATE;
			x->hi = i;
		} else if (role == EXEC_INPUT) {
			if (place(g, v) < 0)
				goto fail;
			g->in_v = ereallocarray(g->in_v, (size_t)g->nin + 1, sizeof(int));
			g->in_off = ereallocarray(g->in_off, (size_t)g->nin + 1, sizeof(uint32_t));
			g->in_v[g->nin] = v;
			g->in_off[g->nin++] = io_size;
			io_size += (uint32_t)((tensor_bytes(t) + 15) & ~15);
		} else {
			err_set("%s: argument %d of @%s cannot be an output", m->file, k, func);
			goto fail;
		}
	}
	int nret = flatten(&c, f, env, rets, 0);
	if (nret < 0)
		goto fail;
	if (nret != f->nresults) {
		err_set("%s: @%s returns %d values, its signature %d", m->file, func, nret, f->nresults);
		goto fail;
	}
	/* liveness: the last op reading each value's bytes */
	for (int i = 0; i < g->nops; i++) {
		const struct lop *l = &g->ops[i];
		for (int k = 0; k < l->nin; k++)
			if (l->in[k] >= 0)
				g->v[l->in[k]].last = i;
		if (is_view(l, g))
			g->v[l->out[0]].root = l->in[0];
	}
	for (int k = 0; k < nret; k++)
		g->v[rets[k]].last = g->nops;
	/* views extend their root's life (roots resolved in order) */
	for (int v = 0; v < g->nv; v++) {
		int r = g->v[v].root;
		while (g->v[r].root != r)
			r = g->v[r].root;
		g->v[v].root = r;
		if (g->v[v].last > g->v[r].last)
			g->v[r].last = g->v[v].last;
	}
	for (int i = 0; i < g->nops; i++)
		if (compile_op(&c, i) < 0)
			goto fail;
	/* results */
	g->nres = f->nresults;
	g->res = ecalloc((size_t)g->nres + 1, sizeof(*g->res));
	for (int k = 0; k < f->nresults; k++) {
		int v = rets[k];
		g->res[k] = results ? results[k] : (struct exec_binding){ EXEC_OUTPUT, NULL };
		if (v < 0 || g->v[v].home < 0) {
			err_set("%s: result %d of @%s is not a value the device holds", m->file, k, func);
			goto fail;
		}
		if (g->res[k].role == EXEC_STATE) {
			int i = g->res[k].name ? find_s(vs, g->res[k].name) : -1;
			if (i < 0) {
				err_set("%s: result %d of @%s: no state '%s'", m->file, k, func,
				    g->res[k].name ? g->res[k].name : "?");
				goto fail;
			}
			if (vs->s[i].type.dt != g->v[v].t.dt || !same_shape(&vs->s[i].type, &g->v[v].t) ||
			    g->v[v].st != g->v[v].t.dt) {
				err_set("%s: result %d of @%s does not have the type of state '%s'", m->file, k, func,
				    g->res[k].name);
				goto fail;
			}
			g->res_v = ereallocarray(g->res_v, (size_t)g->nres_state + 1, sizeof(int));
			g->res_s = ereallocarray(g->res_s, (size_t)g->nres_state + 1, sizeof(int));
			g->res_v[g->nres_state] = v;
			g->res_s[g->nres_state++] = i;
		} else if (g->res[k].role == EXEC_OUTPUT) {
			g->out_v = ereallocarray(g->out_v, (size_t)g->nout + 1, sizeof(int));
			g->out_off = ereallocarray(g->out_off, (size_t)g->nout + 1, sizeof(uint32_t));
			g->out_v[g->nout] = v;
			g->out_off[g->nout++] = io_size;
			io_size += (uint32_t)((mlir_numel(&g->v[v].t) * (int64_t)dtype_size(g->v[v].st) + 15) & ~15);
		} else {
			err_set("%s: result %d of @%s must be an output or a state", m->file, k, func);
			goto fail;
		}
	}
	/* buffers: the arena (constants in it), the parameters, the io */
	if (vk_buf_new(vs->c, &g->arena, g->arena_size, 0) < 0 || vk_buf_new(vs->c, &g->io, io_size, 1) < 0 ||
	    vk_buf_new(vs->c, &g->params, (VkDeviceSize)g->npar * 4, 0) < 0 ||
	    vk_buf_write(vs->c, &g->params, 0, g->par, (size_t)g->npar * 4) < 0 ||
	    vk_buf_zero(vs->c, &g->arena, 0, g->arena.size) < 0)
		goto fail;
	for (int v = 0; v < g->nv; v++) {
		const struct val *x = &g->v[v];
		if (x->kind == V_CONST && x->root == v && x->home == H_ARENA &&
		    vk_buf_write(vs->c, &g->arena, x->addr, x->bytes, (size_t)tensor_bytes(&x->t)) < 0)
			goto fail;
	}
	if (record(vs, g) < 0)
		goto fail;
	free(env);
	free(rets);
	vs->g = ereallocarray(vs->g, (size_t)vs->ng + 1, sizeof(*vs->g));
	vs->g[vs->ng] = g;
	return vs->ng++;
fail:
	free(env);
	free(rets);
	free_graph(vs, g);
	return -1;
}

/* The check ops, on the host, over the device's values read back. */
static int
run_checks(struct vsession *s, struct vgraph *g)
{
	if (!g->nchecks)
		return 0;
	if (!g->ip.env) {
		g->ip.m = g->m;
		g->ip.env = ecalloc((size_t)g->m->nvalues + 1, sizeof(*g->ip.env));
	}
	for (int i = 0; i < g->nchecks; i++) {
		const struct lop *l = &g->ops[g->checks[i]];
		int ret = 0;
		for (int k = 0; k < l->nin && !ret; k++) {
			const struct val *x = &g->v[l->in[k]];
			struct mlir_type t = x->t;
			struct tensor *h = tensor_new_raw(&t);
			if (!h)
				return -1;
			VkBuffer b = x->home == H_ARENA ? g->arena.b : VK_NULL_HANDLE;
			struct vk_buf *vb = x->home == H_ARENA ? &g->arena : x->home == H_WEIGHT ? &s->w[x->hi].buf :
			    &s->s[x->hi].buf;
			(void)b;
			if (x->st != t.dt) {
				/* a narrow weight checked as f32: widen */
				size_t n = (size_t)mlir_numel(&t);
				void *raw = emalloc(n * dtype_size(x->st) + 1);
				ret = vk_buf_read(s->c, vb, x->addr, raw, n * dtype_size(x->st));
				dtype_to_f32(raw, x->st, n, h->data);
				free(raw);
			} else {
				ret = vk_buf_read(s->c, vb, x->addr, h->data, h->nbytes);
			}
			tensor_free(g->ip.env[l->op->operands[k]]);
			g->ip.env[l->op->operands[k]] = h;
		}
		if (ret < 0 || interp_exec_op(&g->ip, l->op) < 0)
			return -1;
	}
	s->base.checks.run = g->ip.checks;
	s->base.checks.failed = g->ip.failed;
	s->base.checks.line = g->ip.first.line;
	snprintf(s->base.checks.msg, sizeof(s->base.checks.msg), "%s", g->ip.first.msg);
	return 0;
}

static int
vs_run(struct exec_session *s, int gi, struct tensor *const *in, struct tensor **out)
{
	struct vsession *vs = S(s);

	if (gi < 0 || gi >= vs->ng)
		return err_set("no graph %d", gi);
	struct vgraph *g = vs->g[gi];
	for (int i = 0; i < g->nin; i++) {
		const struct val *x = &g->v[g->in_v[i]];
		if (!in[i] || in[i]->type.dt != x->t.dt || in[i]->nbytes != (size_t)tensor_bytes(&x->t))
			return err_set("%s: input %d does not have the type of its argument", g->m->file, i);
		memcpy((char *)g->io.map + g->in_off[i], in[i]->data, in[i]->nbytes);
	}
	if (vk_cmd_submit(vs->c, g->cb, 0) < 0)
		return -1;
	for (int i = 0; i < g->nout; i++) {
		const struct val *x = &g->v[g->out_v[i]];
		struct tensor *t = tensor_new_raw(&x->t);
		if (!t) {
			for (int k = 0; k < i; k++)
				tensor_free(out[k]);
			return -1;
		}
		if (x->st != x->t.dt)
			dtype_to_f32((char *)g->io.map + g->out_off[i], x->st, (size_t)mlir_numel(&x->t), t->data);
		else
			memcpy(t->data, (char *)g->io.map + g->out_off[i], t->nbytes);
		out[i] = t;
	}
	if (run_checks(vs, g) < 0) {
		for (int k = 0; k < g->nout; k++)
			tensor_free(out[k]);
		return -1;
	}
	return g->nout;
}

static void
vs_close(struct exec_session *s)
{
	struct vsession *v = S(s);

	if (!v)
		return;
	v->c->vkDeviceWaitIdle(v->c->dev);
	for (int i = 0; i < v->ng; i++)
		free_graph(v, v->g[i]);
	free(v->g);
	for (int i = 0; i < v->nw; i++) {
		vk_buf_free(v->c, &v->w[i].buf);
		free(v->w[i].name);
	}
	free(v->w);
	for (int i = 0; i < v->ns; i++) {
		vk_buf_free(v->c, &v->s[i].buf);
		free(v->s[i].name);
	}
	free(v->s);
	vk_ctx_put(v->c);
	free(v);
}

static int
vs_wg_sizes(int *sizes, int max)
{
	static const int wg[] = { 32, 64, 128, 256 };
	int n = 0;

	for (size_t i = 0; i < LEN(wg) && n < max; i++)
		sizes[n++] = wg[i];
	return n;
}

const struct exec_backend vk_backend = {
	.name = "vulkan", .open = vs_open, .weight = vs_weight, .state = vs_state, .copy = vs_copy,
	.read = vs_read, .load = vs_load, .run = vs_run, .close = vs_close, .wg_sizes = vs_wg_sizes,
};
