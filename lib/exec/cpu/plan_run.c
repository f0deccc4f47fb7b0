/* The CPU plan: running the steps plan.c decided. */
/* MAP_ANONYMOUS and madvise(2), for the slab of the plan's values */
#define _DEFAULT_SOURCE
#include <cblas.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>

#include "base/err.h"
#include "base/util.h"
#include "exec/cpu/elem.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/plan_int.h"

#define T plan_type

static int64_t
numel(const struct mlir_type *t)
{
	return mlir_numel(t);
}

#define ENV(v) (p->ip.env[(v)])

/* A new buffer for v, not zeroed: every kernel writes all of it.  In
 * the slab where plan_slab gave v a slot. */
static int
slab_map(struct plan *p)
{
	if (!p->slab) {
		void *m = mmap(NULL, (size_t)p->slab_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED)
			return err_set("%s: %.1f MB for the plan's values: %s", p->m->file, (double)p->slab_bytes / 1e6,
			    strerror(errno));
		p->slab = m;
	}
	return 0;
}

static struct tensor *
result(struct plan *p, int v)
{
	if (p->slot[v] >= 0 && slab_map(p) < 0)
		return NULL;
	struct tensor *t = ecalloc(1, sizeof(*t));

	t->type = *T(p, v);
	t->nbytes = (size_t)numel(&t->type) * dtype_size(t->type.dt);
	if (p->slot[v] >= 0) {
		t->data = p->slab + p->slot[v];
		t->borrowed = 1;
	} else {
		t->data = emalloc64(t->nbytes ? t->nbytes : 1);
	}
	ENV(v) = t;
	p->own[v] = 1;
	return t;
}

/* The result of an elementwise step (element i of it reads element i of
 * each operand and nothing else), written over an operand's buffer where
 * this step is that buffer's last reader: the operand's own, as f32
 * (or i32/u32) of the result's size, and no other operand reads it at
 * another place (a slice of it).  A 1B model's prefill-256 keeps
 * several [8, 256, 4, 264] attention scores and [256, 8192] MLP
 * activations alive at once; each step that writes a new one while its
 * operand dies there held both. */
static struct tensor *
take_over(struct plan *p, int v, int r)
{
	struct tensor *t = ENV(v);

	ENV(v) = NULL;
	p->own[v] = 0;
	t->type = *T(p, r);
	ENV(r) = t;
	p->own[r] = 1;
	return t;
}

static struct tensor *
result_over(struct plan *p, const struct step *s)
{
	const struct mlir_op *op = s->op;
	int r = op->results[0];
	size_t nb = (size_t)numel(T(p, r)) * dtype_size(T(p, r)->dt);

	if (p->slot[r] >= 0)	/* in the slab: plan_slab's pick, or its own slot */
		return s->over >= 0 ? take_over(p, op->operands[s->over], r) : result(p, r);
	for (int k = 0; k < op->noperands; k++) {
		int v = op->operands[k], dies = 0, alias = 0;
		struct tensor *t = ENV(v);
		if ((s->bmask & (1u << k)) || !t || !p->own[v] || t->borrowed || t->inplace || t->stored != DTYPE_INVALID ||
		    t->nbytes != nb || p->argi[v] >= 0)
			continue;	/* (a slab value is borrowed: its slot ends where planned) */
		for (int i = 0; i < s->nfrees; i++)
			dies |= s->frees[i] == v;
		for (int j = 0; j < op->noperands; j++) {
			if (j < 3 && s->bvec[j])
				continue;	/* an iota's values: the step's own */
			const struct tensor *u = ENV(s->bmask & (1u << j) ? s->bsrc[j] : op->operands[j]);
			if (op->operands[j] != v && u && (const char *)u->data < (const char *)t->data + nb &&
			    (const char *)t->data < (const char *)u->data + u->nbytes)
				alias = 1;
		}
		if (!dies || alias)
			continue;
		return take_over(p, v, r);
	}
	return result(p, r);
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

/* Copies along a walk from narrow floats (stored: F16, BF16) into f32,
 * widening exactly. */
static void
walk_widen(const struct walk *w, const void *in, enum dtype stored, float *out)
{
	int64_t idx[MLIR_MAX_RANK] = { 0 }, n = 1;
	int r = w->rank;
	size_t es = dtype_size(stored);

	for (int d = 0; d < r; d++)
		n *= w->dim[d];
	if (n == 0)
		return;
	int64_t inner = r ? w->dim[r - 1] : 1, is = r ? w->istr[r - 1] : 1, os = r ? w->ostr[r - 1] : 1;
	for (int64_t done = 0; done < n; done += inner) {
		int64_t io = w->ioff, oo = w->ooff;
		for (int d = 0; d < r - 1; d++) {
			io += idx[d] * w->istr[d];
			oo += idx[d] * w->ostr[d];
		}
		const char *i = (const char *)in + io * (int64_t)es;
		if (is == 1 && os == 1)
			dtype_to_f32(i, stored, (size_t)inner, out + oo);
		else
			for (int64_t k = 0; k < inner; k++)
				dtype_to_f32(i + k * is * (int64_t)es, stored, 1, out + oo + k * os);
		for (int d = r - 2; d >= 0; d--) {
			if (++idx[d] < w->dim[d])
				break;
			idx[d] = 0;
		}
	}
}

/* A window of x (read as stored) into out along w. */
static void
walk_from(const struct walk *w, const struct tensor *x, void *out)
{
	if (x->stored != DTYPE_INVALID)
		walk_widen(w, x->data, x->stored, out);
	else
		walk_copy(w, x->data, out, dtype_size(x->type.dt));
}

/* Elementwise f32 ops of many elements over the pool, in runs of
 * EL_RUN (each element computed as alone: the same bits).  A batched
 * decode step of a 1B model spent 29 ms of its 450 on one thread in
 * unary ops (the exponentials of 16 rows' attention). */
enum { EL_RUN = 16384 };

enum { EL_UNARY, EL_BINARY, EL_BF16, EL_SILU };	/* elem_unary, elem_binary_f, rounding to
							 * bf16, x * logistic(x) (sub: 1 where
							 * x is the second operand) */

/* An operand of a binary op as the elementwise loops read it: element
 * i is d's element (i / inner) % n (inner 1 and n the result's size:
 * element i; see bmask in plan_int.h). */
struct eop {
	const void *d;
	int64_t inner, n;
	int64_t rep, nb;	/* rep > 0: element ((i / (nb * rep)) % (n / nb)) * nb
				 * + i % nb (step's brep, bnb) */
};

struct eljob {
	int kind, sub;
	const float *x, *y;
	float *o;
	int64_t n;
	struct eop ea, eb;	/* bc: the binary op's operands, broadcasts read in place */
	int bc;
};

/* Where an operand's run starting at element i goes: a pointer to it
 * (*ptr) or one value for the run (*ptr NULL, *val); *len cut to the
 * run. */
static void
eop_run(const struct eop *e, int64_t i, int64_t *len, const void **ptr, uint32_t *val)
{
	int64_t l;

	if (e->rep > 0) {
		int64_t b = i % e->nb;
		*ptr = (const char *)e->d + (size_t)((i / (e->nb * e->rep)) % (e->n / e->nb) * e->nb + b) * 4;
		l = e->nb - b;
	} else if (e->inner > 1) {
		memcpy(val, (const char *)e->d + (size_t)((i / e->inner) % e->n) * 4, 4);
		*ptr = NULL;
		l = e->inner - i % e->inner;
	} else {
		*ptr = (const char *)e->d + (size_t)(i % e->n) * 4;
		l = e->n - i % e->n;
	}
	if (l < *len)
		*len = l;
}

/* Elements i to i + len of an operand into buf (len <= EOP_CHUNK). */
enum { EOP_CHUNK = 256 };

static void
eop_fetch(const struct eop *e, int64_t i, int64_t len, uint32_t *buf)
{
	for (int64_t o = 0; o < len;) {
		int64_t l = len - o;
		const void *ptr;
		uint32_t v = 0;
		eop_run(e, i + o, &l, &ptr, &v);
		if (ptr)
			memcpy(buf + o, ptr, (size_t)l * 4);
		else
			for (int64_t q = 0; q < l; q++)
				buf[o + q] = v;
		o += l;
	}
}

/* Elements a to a + m of a binary op with broadcast operands, by runs
 * where each side is an array or one value. */
static void
el_bcast(const struct eljob *j, int64_t a, int64_t m)
{
	for (int64_t i = a; i < a + m;) {
		int64_t len = a + m - i;
		const void *pa, *pb;
		uint32_t va = 0, vb = 0;
		float fa, fb, r;
		eop_run(&j->ea, i, &len, &pa, &va);
		eop_run(&j->eb, i, &len, &pb, &vb);
		memcpy(&fa, &va, 4);
		memcpy(&fb, &vb, 4);
		if (pa && pb) {
			elem_binary_f(j->sub, pa, pb, j->o + i, len);
		} else if (pa) {
			elem_binary_fs(j->sub, pa, fb, j->o + i, len, 0);
		} else if (pb) {
			elem_binary_fs(j->sub, pb, fa, j->o + i, len, 1);
		} else {
			elem_binary_f(j->sub, &fa, &fb, &r, 1);
			for (int64_t e = 0; e < len; e++)
				j->o[i + e] = r;
		}
		i += len;
	}
}

enum { SILU_RUN = 1024 };	/* EL_SILU's logistics on the stack */

/* fn(arg, a, m) over [0, n) in runs of `run` across the pool, or on the
 * caller alone when there are fewer than two runs (too few to wake the
 * pool for): the elementwise jobs' and sjob's loops */
struct runs {
	void (*fn)(const void *arg, int64_t a, int64_t m);
	const void *arg;
	int64_t n, run;
};

static void
runs_task(void *arg, int i)
{
	const struct runs *r = arg;
	int64_t a = (int64_t)i * r->run;

	r->fn(r->arg, a, r->n - a < r->run ? r->n - a : r->run);
}

static void
pool_runs(struct pool *pool, int64_t n, int64_t run, void (*fn)(const void *, int64_t, int64_t), const void *arg)
{
	struct runs r = { fn, arg, n, run < 1 ? 1 : run };

	if (n < 2 * r.run || pool_size(pool) < 2)
		fn(arg, 0, n);
	else
		pool_run(pool, runs_task, &r, (int)((n + r.run - 1) / r.run));
}

/* Elements a to a + m of the job. */
static void
el_apply(const void *arg, int64_t a, int64_t m)
{
	const struct eljob *j = arg;

	if (j->bc)
		el_bcast(j, a, m);
	else if (j->kind == EL_BF16)
		dtype_round_bf16(j->x + a, (size_t)m, j->o + a);
	else if (j->kind == EL_SILU)
		for (int64_t i = a; i < a + m; i += SILU_RUN) {
			float l[SILU_RUN];
			int64_t len = a + m - i < SILU_RUN ? a + m - i : SILU_RUN;
			elem_unary(U_LOGISTIC, j->x + i, l, len);
			if (j->sub)
				elem_binary_f(B_MUL, l, j->x + i, j->o + i, len);
			else
				elem_binary_f(B_MUL, j->x + i, l, j->o + i, len);
		}
	else if (j->kind == EL_BINARY)
		elem_binary_f(j->sub, j->x + a, j->y + a, j->o + a, m);
	else
		elem_unary(j->sub, j->x + a, j->o + a, m);
}

static void
el_job(struct pool *pool, const struct eljob *j)
{
	pool_runs(pool, j->n, EL_RUN, el_apply, j);
}

static void
el_run(struct pool *pool, int kind, int sub, const float *x, const float *y, float *o, int64_t n)
{
	struct eljob j = { .kind = kind, .sub = sub, .x = x, .y = y, .o = o, .n = n };

	el_job(pool, &j);
}

/* Operand k of an elementwise step as its loops read it. */
static struct eop
eop_of(struct plan *p, const struct step *s, int k, int64_t n)
{
	if (k < 3 && s->bvec[k])
		return (struct eop){ s->bvec[k], s->binner[k], s->bn[k], 0, 0 };
	if (s->bmask & (1u << k))
		return (struct eop){ plain(p, s->bsrc[k])->data, s->binner[k], s->bn[k], s->brep[k], s->bnb[k] };
	return (struct eop){ plain(p, s->op->operands[k])->data, 1, n, 0, 0 };
}

/* Batched dot: tasks over (batch, lhs row). */
struct dotjob {
	const struct step *s;
	const float *x, *y;
	float *r;
	int64_t rows_per;
};

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
		if (kc && fast) {	/* attention's scores */
			if (kern_dots_f32(x + s->lk[0], y + s->rk[0], s->rn, s->nn, s->nk, out) < 0)
				for (int64_t n = 0; n < s->nn; n++)
					out[n] = kern_dot_f32(x + s->lk[0], y + s->rn[n] + s->rk[0], s->nk);
		} else if (nc && fast) {	/* its context */
			if (kern_axpys_f32(x, s->lk, y + s->rn[0], s->rk, s->nk, s->nn, out) < 0) {
				memset(out, 0, (size_t)s->nn * sizeof(float));
				for (int64_t k = 0; k < s->nk; k++)
					kern_axpy_f32(x[s->lk[k]], y + s->rk[k] + s->rn[0], out, s->nn);
			}
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

/* Batched dot by the lhs's columns (its free run contiguous, the
 * rhs's short or strided: attention's context with the cache as lhs):
 * tasks over (batch, rhs column), each column of the result summed by
 * axpys along the lhs's run, then written out with the result's
 * stride. */
static void
dot_cols_task(void *arg, int ti)
{
	const struct dotjob *j = arg;
	const struct step *s = j->s;
	int64_t total = s->nb * s->nn, c0 = ti * j->rows_per, c1 = c0 + j->rows_per < total ? c0 + j->rows_per : total;
	float *col = emalloc64((size_t)s->nm * sizeof(float) + 1);

	for (int64_t c = c0; c < c1; c++) {
		int64_t b = c / s->nn, n = c % s->nn;
		const float *x = j->x + s->lb[b] + s->lm[0];
		const float *y = j->y + s->rb[b] + s->rn[n];
		float *out = j->r + b * s->nm * s->nn + n;
		memset(col, 0, (size_t)s->nm * sizeof(float));
		for (int64_t k = 0; k < s->nk; k++)
			kern_axpy_f32(y[s->rk[k]], x + s->lk[k], col, s->nm);
		for (int64_t m = 0; m < s->nm; m++)
			out[m * s->nn] = col[m];
	}
	free(col);
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
 * packed when their offsets are not one stride apart.  Several batches
 * (heads) go over the pool, a batch a task, OpenBLAS on one thread in
 * each: its own threads, woken for every small sgemm, spun against the
 * pool's.  Prefill-256 of the 1B model on a Zen 5 (2 threads, the two
 * ways alternated in one process): f32 104 -> 120 tok/s, bf16 114 ->
 * 126, 8-bit 112 -> 121, 4-bit 113 -> 130, -p bf16 160 -> 187.
 * (OpenBLAS threads an sgemm by blocks of its result, not along K, so a
 * sum should come out the same either way; t/unit/plan holds these
 * dots to the interpreter's within its tolerance, not bit for bit.) */
struct sgjob {
	const struct step *s;
	const float *x, *y;
	float *r;
	int64_t sm, sk, sn;
};

static void
dot_sgemm_task(void *arg, int bi)
{
	const struct sgjob *j = arg;
	const struct step *s = j->s;
	int64_t b = bi;
	const float *a = j->x + s->lb[b] + s->lm[0];
	int lda = (int)j->sm;
	float *pack = NULL;

	if (j->sm < 0) {
		pack = emalloc64((size_t)(s->nm * s->nk) * sizeof(float));
		for (int64_t m = 0; m < s->nm; m++)
			memcpy(pack + m * s->nk, j->x + s->lb[b] + s->lm[m], (size_t)s->nk * sizeof(float));
		a = pack;
		lda = (int)s->nk;
	}
	const float *bm = j->y + s->rb[b] + s->rn[0] + s->rk[0];
	/* B is [N][K] (k contiguous) or [K][N] (n contiguous) */
	int trans = j->sk == 1 && (j->sn != 1 || s->nk == 1);
	cblas_sgemm(CblasRowMajor, CblasNoTrans, trans ? CblasTrans : CblasNoTrans, (int)s->nm, (int)s->nn,
	    (int)s->nk, 1.0f, a, lda, bm, (int)(trans ? j->sn : j->sk), 0.0f, j->r + b * s->nm * s->nn, (int)s->nn);
	free(pack);
}

/* 0 when the layout does not fit (the caller then runs dot_task). */
static int
dot_sgemm(struct pool *pool, const struct step *s, const float *x, const float *y, float *r)
{
	int64_t sk = uniform(s->rk, s->nk), sn = uniform(s->rn, s->nn), lk = uniform(s->lk, s->nk);
	int64_t sm = uniform(s->lm, s->nm);

	if (s->nm * s->nn * s->nk < (1 << 20) || lk != 1 || sk < 0 || sn < 0 || (sk != 1 && sn != 1))
		return 0;
	if (s->nm > INT32_MAX || s->nn > INT32_MAX || s->nk > INT32_MAX || s->nb > INT32_MAX)
		return 0;
	struct sgjob j = { s, x, y, r, sm, sk, sn };
	if (s->nb > 1 && pool_size(pool) > 1) {
		kern_blas_serial(1);
		pool_run(pool, dot_sgemm_task, &j, (int)s->nb);
	} else {
		kern_blas_serial(0);
		for (int64_t b = 0; b < s->nb; b++)
			dot_sgemm_task(&j, (int)b);
	}
	return 1;
}

static void
run_reduce_i(const struct step *s, const void *xv, const void *initv, void *yv, int64_t i0, int64_t i1)
{
	for (int64_t i = i0; i < i1; i++) {
		if (s->etype == DTYPE_U32) {
			const uint32_t *b = (const uint32_t *)xv + s->keep[i];
			uint32_t a = *(const uint32_t *)initv;
			for (int64_t k = 0; k < s->nred; k++) {
				uint32_t v = b[s->red[k]];
				a = s->sub == B_ADD ? a + v : s->sub == B_MAX ? (v > a ? v : a) : (v < a ? v : a);
			}
			((uint32_t *)yv)[i] = a;
		} else {
			const int32_t *b = (const int32_t *)xv + s->keep[i];
			int32_t a = *(const int32_t *)initv;
			for (int64_t k = 0; k < s->nred; k++) {
				int32_t v = b[s->red[k]];
				a = s->sub == B_ADD ? (int32_t)((uint32_t)a + (uint32_t)v) :
				    s->sub == B_MAX ? (v > a ? v : a) : (v < a ? v : a);
			}
			((int32_t *)yv)[i] = a;
		}
	}
}

static void
run_reduce(const struct step *s, const float *x, const float *init, float *y, int64_t i0, int64_t i1)
{
	for (int64_t i = i0; i < i1; i++) {
		const float *b = x + s->keep[i];
		float a = *init;
		switch (s->sub) {
		case B_ADD: for (int64_t k = 0; k < s->nred; k++) a = a + b[s->red[k]]; break;
		case B_MUL: for (int64_t k = 0; k < s->nred; k++) a = a * b[s->red[k]]; break;
		case B_MAX: for (int64_t k = 0; k < s->nred; k++) a = elem_max(a, b[s->red[k]]); break;
		default: for (int64_t k = 0; k < s->nred; k++) a = elem_min(a, b[s->red[k]]); break;
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
			int64_t o = s->keep[i] + (s->red ? s->red[k] : k);
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

/* Element i of an index tensor (i32, u32 zero-extended, i64). */
static int64_t
index_at(const struct tensor *t, int64_t i)
{
	if (t->type.dt == DTYPE_I64) {
		int64_t v;
		memcpy(&v, (const char *)t->data + i * 8, 8);
		return v;
	}
	if (t->type.dt == DTYPE_U32) {
		uint32_t v;
		memcpy(&v, (const char *)t->data + i * 4, 4);
		return v;
	}
	int32_t v;
	memcpy(&v, (const char *)t->data + i * 4, 4);
	return v;
}

static int64_t
scalar_index(const struct tensor *t)
{
	return index_at(t, 0);
}

/* The operand offset of a start clamped into [0, max] (max >= 0). */
static int64_t
clamped(int64_t v, int64_t max, int64_t str)
{
	if (v > max)
		v = max;
	return (v < 0 ? 0 : v) * str;
}

/* y = x W^T (or its transpose) for a K_MATMUL(_Q) step: x's rows packed
 * first when they are not K apart, the result transposed after when
 * the weight was the lhs. */
static void
run_matmul(struct plan *p, const struct step *s, const struct tensor *x, const struct tensor *w,
    const struct kern_qweight *qw, float *y)
{
	const float *xd = x->data;
	float *pk = NULL, *tmp = NULL, *yd = y;

	if (s->xoff >= 0 && slab_map(p) == 0)	/* the GEMM packs x into the slab */
		kern_gemm_use(p->slab + s->xoff, kern_gemm_xbytes(s->M, s->K));

	if (s->xpack) {
		pk = emalloc64((size_t)(s->M * s->K) * sizeof(float) + 1);
		walk_copy(s->xpack, x->data, pk, 4);
		xd = pk;
	}
	if (s->tout)
		yd = tmp = emalloc64((size_t)(s->M * s->N) * sizeof(float) + 1);
	if (qw)
		kern_matmul_q(p->pool, xd, s->M, s->K, qw, s->N, yd);
	else
		(s->xbf ? kern_matmul_bx : kern_matmul)(p->pool, xd, s->M, s->K, w->data,
		    w->stored != DTYPE_INVALID ? w->stored : DTYPE_F32, s->N, yd);
	kern_gemm_use(NULL, 0);
	if (tmp) {
		struct walk t = { .rank = 2, .dim = { s->M, s->N }, .istr = { s->N, 1 }, .ostr = { 1, s->M } };
		walk_copy(&t, tmp, y, 4);
	}
	free(pk);
	free(tmp);
}

/* A step's elements (or rows) a to a + m on one thread: the steps that
 * ran on the caller alone (a 4-bit prefill-256 of a 1B model: reduces
 * 4.6% of its time, compares, selects and integer ops 3%), each element
 * computed as alone (the same bits). */
struct sjob {
	const struct step *s;
	const void *x, *y;
	void *o;
	struct eop ea, eb;
	int64_t n, run;
};

static void
sjob_apply(const void *arg, int64_t a, int64_t m)
{
	const struct sjob *j = arg;
	const struct step *s = j->s;

	switch (s->kind) {
	case K_REDUCE:
		run_reduce(s, j->x, j->y, j->o, a, a + m);
		break;
	case K_REDUCE_I:
		run_reduce_i(s, j->x, j->y, j->o, a, a + m);
		break;
	case K_BINARY:	/* integer */
		elem_binary_i(s->sub, s->etype, (const char *)j->x + a * 4, (const char *)j->y + a * 4,
		    (char *)j->o + a * 4, m);
		break;
	case K_COMPARE:
		if (!s->bmask) {
			elem_compare(s->sub, s->etype, (const char *)j->x + a * 4, (const char *)j->y + a * 4,
			    (unsigned char *)j->o + a, m);
			break;
		}
		for (int64_t i = a; i < a + m; i += EOP_CHUNK) {
			uint32_t va[EOP_CHUNK], vb[EOP_CHUNK];
			int64_t len = a + m - i < EOP_CHUNK ? a + m - i : EOP_CHUNK;
			eop_fetch(&j->ea, i, len, va);
			eop_fetch(&j->eb, i, len, vb);
			elem_compare(s->sub, s->etype, va, vb, (unsigned char *)j->o + i, len);
		}
		break;
	case K_SELECT: {
		const unsigned char *c = j->x;
		uint32_t *o = j->o;
		for (int64_t i = a; i < a + m;) {
			int64_t len = a + m - i;
			const void *pa, *pb;
			uint32_t va = 0, vb = 0;
			eop_run(&j->ea, i, &len, &pa, &va);
			eop_run(&j->eb, i, &len, &pb, &vb);
			for (int64_t e = 0; e < len; e++) {
				uint32_t u;
				if (c[i + e])
					memcpy(&u, pa ? (const char *)pa + e * 4 : (const char *)&va, 4);
				else
					memcpy(&u, pb ? (const char *)pb + e * 4 : (const char *)&vb, 4);
				o[i + e] = u;
			}
			i += len;
		}
		break;
	}
	default:
		break;
	}
}

/* j's n elements or rows over the pool in runs of j->run (of about
 * EL_RUN elements) */
static void
sjob_run(struct pool *pool, const struct sjob *j)
{
	pool_runs(pool, j->n, j->run, sjob_apply, j);
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
	case K_CASE: {
		/* the branch to run; out of range: the last (the spec's rule) */
		int64_t i = scalar_index(ENV(op->operands[0]));
		s->active = i < 0 || i >= op->nregions ? op->nregions - 1 : (int)i;
		return 0;
	}
	case K_CASE_END: {
		/* the picked branch's results, copied: its buffers die with it */
		const struct mlir_region *rg = op->regions[p->steps[s->pair].active];
		const struct mlir_op *ret = &rg->ops[rg->nops - 1];
		for (int k = 0; k < op->nresults; k++) {
			struct tensor *c = tensor_copy(plain(p, ret->operands[k]));
			if (!c)
				return -1;
			ENV(op->results[k]) = c;
			p->own[op->results[k]] = 1;
		}
		return 0;
	}
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
	case K_MATMUL:
		x = plain(p, op->operands[s->xi]);
		if (!(t = result(p, r)))
			return -1;
		run_matmul(p, s, x, ENV(op->operands[s->wi]), NULL, t->data);
		p->bytes += (int64_t)ENV(op->operands[s->wi])->nbytes;
		return 0;
	case K_MATMUL_Q: {
		struct tensor *sc = ENV(s->ws), *bi = ENV(s->wb);
		enum dtype sdt = sc->stored != DTYPE_INVALID ? sc->stored : DTYPE_F32;
		if ((bi->stored != DTYPE_INVALID ? bi->stored : DTYPE_F32) != sdt) {
			sc = plain(p, s->ws);
			bi = plain(p, s->wb);
			sdt = DTYPE_F32;
		}
		struct kern_qweight qw = { ENV(s->wq)->data, sc->data, bi->data, sdt, s->bits, s->gs };
		x = plain(p, op->operands[s->xi]);
		if (!(t = result(p, r)))
			return -1;
		run_matmul(p, s, x, NULL, &qw, t->data);
		p->bytes += (int64_t)(ENV(s->wq)->nbytes + sc->nbytes + bi->nbytes);
		return 0;
	}
	case K_DOT: {
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result(p, r)))
			return -1;
		if (dot_sgemm(p->pool, s, x->data, y->data, t->data))
			return 0;
		int cols = s->sub && avx2();
		int64_t rows = s->nb * (cols ? s->nn : s->nm), nt = pool_size(p->pool) * 4;
		struct dotjob j = { s, x->data, y->data, t->data, (rows + nt - 1) / nt };
		if (j.rows_per < 1)
			j.rows_per = 1;
		if (s->nb * s->nm * s->nn * s->nk < (1 << 18))	/* too small to wake the pool for */
			j.rows_per = rows;
		pool_run(p->pool, cols ? dot_cols_task : dot_task, &j, (int)((rows + j.rows_per - 1) / j.rows_per));
		return 0;
	}
	case K_UNARY:
		x = plain(p, op->operands[0]);
		if (!(t = result_over(p, s)))
			return -1;
		el_run(p->pool, EL_UNARY, s->sub, x->data, NULL, t->data, n);
		return 0;
	case K_BINARY:
		if (s->silu) {
			x = plain(p, op->operands[2 - s->silu]);
			if (!(t = result_over(p, s)))
				return -1;
			el_run(p->pool, EL_SILU, s->silu == 2 ? 0 : 1, x->data, NULL, t->data, n);
			return 0;
		}
		if (s->bmask) {
			struct eljob j = { .kind = EL_BINARY, .sub = s->sub, .n = n, .bc = 1,
			    .ea = eop_of(p, s, 0, n), .eb = eop_of(p, s, 1, n) };
			if (!(t = result_over(p, s)))
				return -1;
			j.o = t->data;
			el_job(p->pool, &j);
			return 0;
		}
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result_over(p, s)))
			return -1;
		if (s->etype == DTYPE_F32) {
			el_run(p->pool, EL_BINARY, s->sub, x->data, y->data, t->data, n);
		} else if (dtype_size(s->etype) == 4) {
			struct sjob j = { .s = s, .x = x->data, .y = y->data, .o = t->data, .n = n, .run = EL_RUN };
			sjob_run(p->pool, &j);
		} else {
			elem_binary_i(s->sub, s->etype, x->data, y->data, t->data, n);
		}
		return 0;
	case K_COMPARE:
		if (s->bmask) {
			struct sjob j = { .s = s, .ea = eop_of(p, s, 0, n), .eb = eop_of(p, s, 1, n), .n = n,
			    .run = EL_RUN };
			if (!(t = result(p, r)))
				return -1;
			j.o = t->data;
			sjob_run(p->pool, &j);
			return 0;
		}
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result(p, r)))
			return -1;
		if (dtype_size(s->etype) == 4) {
			struct sjob j = { .s = s, .x = x->data, .y = y->data, .o = t->data, .n = n, .run = EL_RUN };
			sjob_run(p->pool, &j);
		} else {
			elem_compare(s->sub, s->etype, x->data, y->data, t->data, n);
		}
		return 0;
	case K_SELECT: {
		/* the operands' runs (eop), broadcasts read in place or not */
		struct sjob j = { .s = s, .x = ENV(op->operands[0])->data, .ea = eop_of(p, s, 1, n),
		    .eb = eop_of(p, s, 2, n), .n = n, .run = EL_RUN };
		if (!(t = result_over(p, s)))
			return -1;
		j.o = t->data;
		sjob_run(p->pool, &j);
		return 0;
	}
	case K_CONVERT: {
		if (s->sub)	/* to or from bf16, kept in f32 */
			x = plain(p, op->operands[0]);
		enum dtype xdt = x->type.dt;	/* before the result may take x's buffer */
		if (!(t = result_over(p, s)))
			return -1;
		float *o = t->data;
		if (s->sub == 1) {
			el_run(p->pool, EL_BF16, 0, x->data, NULL, o, n);
		} else if (s->sub == 2) {	/* from bf16: NaN made quiet, as the interpreter does */
			const uint32_t *u = x->data;
			uint32_t *q = t->data;
			for (int64_t i = 0; i < n; i++)
				q[i] = (u[i] & 0x7FFFFFFF) > 0x7F800000 ? u[i] | 0x00400000 : u[i];
		} else if (xdt == DTYPE_I32) {
			for (int64_t i = 0; i < n; i++)
				o[i] = (float)((const int32_t *)x->data)[i];
		} else {
			for (int64_t i = 0; i < n; i++)
				o[i] = (float)((const uint32_t *)x->data)[i];
		}
		return 0;
	}
	case K_IOTA: {
		const struct mlir_type *tr = T(p, r);
		int64_t inner = 1;
		if (!(t = result(p, r)))
			return -1;
		for (int d = s->sub + 1; d < tr->rank; d++)
			inner *= tr->dim[d];
		int64_t dim = tr->dim[s->sub], i = 0;	/* runs of inner, no division an element */
		while (i < n)
			for (int64_t v = 0; v < dim; v++)
				for (int64_t e = 0; e < inner; e++, i++) {
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
	case K_REDUCE_I: {	/* rows of about EL_RUN elements a task */
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result(p, r)))
			return -1;
		struct sjob j = { .s = s, .x = x->data, .y = y->data, .o = t->data, .n = s->nkeep,
		    .run = EL_RUN / (s->nred ? s->nred : 1) };
		sjob_run(p->pool, &j);
		return 0;
	}
	case K_REDUCE: {	/* rows of about EL_RUN elements a task */
		x = plain(p, op->operands[0]);
		y = plain(p, op->operands[1]);
		if (!(t = result(p, r)))
			return -1;
		struct sjob j = { .s = s, .x = x->data, .y = y->data, .o = t->data, .n = s->nkeep,
		    .run = EL_RUN / (s->nred ? s->nred : 1) };
		sjob_run(p->pool, &j);
		return 0;
	}
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
		/* each index vector's window, its start clamped, read as stored */
		const struct tensor *ix = ENV(op->operands[1]);
		const struct look *lu = s->lu;
		struct walk w = s->w;
		if (!(t = result(p, r)))
			return -1;
		for (int64_t b = 0; b < lu->nlook; b++) {
			w.ioff = 0;
			for (int k = 0; k < lu->n; k++)
				w.ioff += clamped(index_at(ix, lu->ioff[b] + k * lu->istr), lu->max[k], lu->xstr[k]);
			w.ooff = lu->uoff[b];
			walk_from(&w, x, t->data);
		}
		return 0;
	}
	case K_DSLICE: {
		const struct look *lu = s->lu;
		struct walk w = s->w;
		if (!(t = result(p, r)))
			return -1;
		for (int k = 0; k < lu->n; k++)
			w.ioff += clamped(scalar_index(ENV(op->operands[1 + k])), lu->max[k], lu->xstr[k]);
		walk_from(&w, x, t->data);
		return 0;
	}
	case K_SCATTER: {
		/* the operand is dead after this step: write into it; windows
		 * clipped to its bounds, as the interpreter drops elements */
		const struct tensor *ix = ENV(op->operands[1]);
		struct tensor *u = plain(p, op->operands[2]);
		const struct look *lu = s->lu;
		const struct mlir_type *tx = &x->type;
		int64_t xs[MLIR_MAX_RANK];
		tensor_strides(tx, xs);
		for (int64_t b = 0; b < lu->nlook; b++) {
			int64_t st[MLIR_MAX_RANK] = { 0 };
			int win[MLIR_MAX_RANK] = { 0 }, in = 1;
			struct walk w = s->w;
			for (int k = 0; k < lu->n; k++)
				st[lu->dim[k]] += index_at(ix, lu->ioff[b] + k * lu->istr);
			w.ioff = lu->uoff[b];
			for (int j = 0; j < w.rank; j++) {
				int64_t d = lu->wdim[j], lo = st[d] < 0 ? -st[d] : 0;
				int64_t hi = tx->dim[d] - st[d] < w.dim[j] ? tx->dim[d] - st[d] : w.dim[j];
				win[d] = 1;
				in &= lo < hi;
				w.dim[j] = hi - lo;
				w.ioff += lo * w.istr[j];
				w.ooff += (st[d] + lo) * xs[d];
			}
			for (int d = 0; d < tx->rank; d++)
				if (!win[d]) {
					in &= st[d] >= 0 && st[d] < tx->dim[d];
					w.ooff += st[d] * xs[d];
				}
			if (in)
				walk_copy(&w, u->data, x->data, dtype_size(tx->dt));
		}
		view(p, r, x, 0);
		return 0;
	}
	default:
		break;
	}
	/* the interpreter's op, on plain operands (and plain values where
	 * its regions read outer ones) */
	int nv = op->noperands + s->ncaps, k, ret;
	int *vs = emalloc((size_t)(nv ? nv : 1) * sizeof(int));
	struct tensor **saved = emalloc((size_t)(nv ? nv : 1) * sizeof(*saved));
	for (k = 0; k < op->noperands; k++)
		vs[k] = op->operands[k];
	for (k = 0; k < s->ncaps; k++)
		vs[op->noperands + k] = s->caps[k];
	for (k = 0; k < nv; k++) {
		saved[k] = ENV(vs[k]);
		if (saved[k])
			ENV(vs[k]) = plain(p, vs[k]);
	}
	ret = interp_exec_op(&p->ip, op);
	for (k = nv - 1; k >= 0; k--)
		ENV(vs[k]) = saved[k];
	free(vs);
	free(saved);
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
		int v = f->body.args[k];
		const struct mlir_type *t = &p->m->types[v];
		if (args[k]->type.dt != t->dt || args[k]->type.rank != t->rank ||
		    memcmp(args[k]->type.dim, t->dim, sizeof(t->dim[0]) * (size_t)t->rank))
			return err_set("%s: argument %d of @%s has the wrong type", p->m->file, k, name);
		ENV(v) = args[k];
		p->own[v] = 0;
		if (p->bf && p->bf[v] && args[k]->stored == DTYPE_INVALID) {
			/* a bf16 argument: the f32 the steps see, stored as bf16 */
			struct tensor *w = ecalloc(1, sizeof(*w));
			*w = *args[k];
			w->type = *T(p, v);
			w->stored = DTYPE_BF16;
			w->borrowed = 1;
			w->inplace = 0;
			ENV(v) = w;
			p->own[v] = 1;
		}
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
	p->bytes = 0;
	for (int i = 0; i < p->nsteps && ret == 0; i++) {
		struct step *s = &p->steps[i];
		if (s->enc >= 0 && p->steps[s->enc].active != s->br) {
			/* a branch its case did not pick */
			if (s->kind == K_CASE)
				s->active = -1;
			continue;
		}
		if (p->prof) {
			struct timespec t0, t1;
			clock_gettime(CLOCK_MONOTONIC, &t0);
			ret = step_run(p, s);
			clock_gettime(CLOCK_MONOTONIC, &t1);
			p->prof[s->kind] += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
			p->prof_n[s->kind]++;
		} else {
			ret = step_run(p, s);
		}
		if (ret < 0)
			break;
		for (int k = 0; k < s->nfrees; k++)
			drop(p, s->frees[k]);
#ifdef __GLIBC__
		if (i == p->trim_at)
			malloc_trim(0);
#endif
#ifdef MADV_DONTNEED
		if (i == p->trim_at && p->slab)
			for (int k = 0; k < p->nrel; k++)
				madvise(p->slab + p->rel[2 * k], (size_t)p->rel[2 * k + 1], MADV_DONTNEED);
#endif
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
		if (p->bf && p->bf[v]) {
			/* kept in f32, returned as the bf16 it holds exactly */
			struct tensor *c = tensor_new(&p->m->types[v]);
			const uint32_t *src = plain(p, v)->data;
			uint16_t *dst = c->data;
			for (int64_t i = 0; i < numel(&c->type); i++)
				dst[i] = (uint16_t)(src[i] >> 16);	/* exact: a signaling NaN stays one */
			res[nres++] = c;
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

int64_t
plan_bytes(void *state)
{
	return ((const struct plan *)state)->bytes;
}
