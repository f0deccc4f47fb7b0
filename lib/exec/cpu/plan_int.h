/* The CPU plan's insides, shared by its planning (plan.c) and its
 * running (plan_run.c): the kind of each step and what it keeps. */
#ifndef PLAN_INT_H
#define PLAN_INT_H

#include "exec/cpu/plan.h"
#include "exec/cpu/pool.h"

enum kind {
	K_INTERP,	/* the reference interpreter's op */
	K_DEAD,		/* nobody reads the results */
	K_VIEW,		/* reshape, contiguous slice: the operand's buffer */
	K_DUS,		/* dynamic_update_slice into its dead operand */
	K_SCATTER,	/* scatter that replaces elements, into its dead operand */
	K_MATMUL,	/* x W^T (or W x), W [N, K] as stored */
	K_MATMUL_Q,	/* x W^T, W MLX-packed, dequantized in the kernel */
	K_DOT,		/* batched f32 dot_general (attention) */
	K_UNARY,
	K_BINARY,
	K_COMPARE,
	K_SELECT,
	K_CONVERT,	/* i32/u32 to f32; sub 1: f32 rounded to bf16 (kept in
			 * f32); sub 2: bf16 (kept in f32) to f32 or bf16 */
	K_IOTA,
	K_COPY,		/* broadcast_in_dim, transpose, slice: one strided copy */
	K_CONCAT,
	K_REDUCE,	/* one input, one f32 op */
	K_REDUCE_I,	/* one input, one i32/u32 op */
	K_ARGMAX,	/* the (value, index) reduction emit writes */
	K_GATHER,	/* gather without batching dims: a window per index vector */
	K_DSLICE,	/* dynamic_slice: one window at runtime starts */
	K_CONST,	/* the lowered constant's bytes, borrowed */
	K_CASE,		/* stablehlo.case: picks the branch whose steps follow */
	K_CASE_END,	/* ...and ends them: the branch's results become the case's */
	K_NKINDS
};

/* The sub-kinds of K_UNARY, K_BINARY and K_COMPARE: exec/cpu/elem.h's. */

/* A strided walk: out is dense of dims; in advances by istr per dim. */
struct walk {
	int rank;
	int64_t dim[MLIR_MAX_RANK], istr[MLIR_MAX_RANK], ostr[MLIR_MAX_RANK];
	int64_t ioff, ooff;	/* elements */
};

/* Windows at runtime starts (K_GATHER, K_DSLICE, K_SCATTER): each of
 * nlook lookups reads an index vector of n components, component k the
 * start along operand dim dim[k]; the window is walked by w (from the
 * operand to the result for a gather, from the update to the operand
 * for a scatter). */
struct look {
	int n;
	int64_t dim[MLIR_MAX_RANK];	/* (n) the operand dim of each component */
	int64_t xstr[MLIR_MAX_RANK];	/* (n) its stride in the operand */
	int64_t max[MLIR_MAX_RANK];	/* (n) gather, dynamic_slice: starts clamp to [0, max] */
	int64_t istr;		/* elements between components in the indices */
	int64_t nlook;
	int64_t *ioff;		/* (nlook) the first component of each lookup */
	int64_t *uoff;		/* (nlook) its window in the result (gather) or
				 * the update (scatter) */
	int wdim[MLIR_MAX_RANK];	/* scatter: the operand dim of each walk dim */
};

struct step {
	const struct mlir_op *op;
	enum kind kind;
	int sub;		/* which unary / binary / compare / reduce op;
				 * K_DOT: 1 when it runs by the lhs's columns */
	int etype;		/* f32, i32, u32, bool: the element kind of a K_BINARY/K_COMPARE */
	int64_t off;		/* K_VIEW: element offset into the operand */
	struct walk w;		/* K_COPY, K_DUS (out = the operand); K_GATHER, K_DSLICE,
				 * K_SCATTER: the window (offsets set per lookup) */
	struct walk *cat;	/* K_CONCAT: one walk per operand */
	struct look *lu;	/* K_GATHER, K_DSLICE, K_SCATTER (its own: a step
				 * of a 1B model's plans is 1 KB, thousands of them) */
	/* K_MATMUL / K_MATMUL_Q: weight values and shapes */
	int wq, ws, wb, bits, gs;
	int64_t M, K, N;
	int xi, wi;		/* which operand is x, which the weight */
	int xbf;		/* x is a bf16 value (kept in f32): the kernels may
				 * multiply it as bf16 */
	struct walk *xpack;	/* non-NULL: x's rows gathered into (M, K) first */
	int tout;		/* the result is (N, M): y^T */
	/* K_DOT, K_REDUCE, K_ARGMAX: offset tables */
	int64_t nb, nm, nn, nk;
	int64_t *lb, *rb, *lm, *rn, *lk, *rk;	/* K_DOT */
	int64_t *keep, *red, nkeep, nred;	/* K_REDUCE, K_ARGMAX */
	int tables_of;		/* keep and red are an earlier step's */
	/* K_BINARY on f32, K_SELECT: operands that are broadcast_in_dim
	 * results, read where the broadcast's source lies (the broadcast
	 * is not run when nothing else reads it): with bit k of bmask,
	 * operand k's element i is element (i / binner[k]) % bn[k] of
	 * value bsrc[k].  A broadcast whose source dims stay in order, one
	 * dense run of the result's dims: a splat (bn 1), a row's scale
	 * over the row (a norm's, softmax's), a vector along the rows. */
	unsigned bmask;
	int bsrc[3];
	int64_t binner[3], bn[3];
	int64_t brep[3], bnb[3];	/* > 0: operand k's element i is element
				 * ((i / (bnb * brep)) % (bn / bnb)) * bnb + i % bnb
				 * of bsrc[k] (plan.c bcast_form2) */
	uint32_t *bvec[3];	/* operand k an iota (K_COMPARE, K_SELECT, f32
				 * K_BINARY): its dim's bn[k] values, read as a
				 * broadcast of them (bsrc[k] -1: no value) */
	int over;		/* the result is in the slab and takes operand over's
				 * slot (result_over), or -1 */
	int64_t xoff;		/* K_MATMUL(_Q): where in the slab kern_gemm packs x
				 * (kern_gemm_use), or -1 */
	int silu;		/* K_BINARY multiply: k + 1 where operand k is
				 * the logistic of the other, computed here (its
				 * step not run: plan.c fuse_silu); 0: none */
	int *frees;		/* values dropped after this step */
	int nfrees;
	int *caps;		/* K_INTERP with regions: the outer values its
				 * regions read (made plain before it runs) */
	int ncaps;
	/* A case's branches are steps between its K_CASE and K_CASE_END:
	 * each runs only when its case picked its branch. */
	int enc, br;		/* the enclosing K_CASE step and branch; -1: none */
	int pair;		/* K_CASE: its K_CASE_END; K_CASE_END: its K_CASE */
	int active;		/* K_CASE, while running: the branch picked, or -1 */
};

/* bf16 values are kept in f32 (see plan_load): p->types is the
 * module's types with those values' BF16 made F32, p->bf marks them. */
struct plan {
	const struct mlir_module *m;
	struct mlir_type *types;	/* (nvalues) the types the steps see, or NULL:
					 * the module's */
	unsigned char *bf;	/* (nvalues) the module's type is bf16, kept in
				 * f32; NULL: none is */
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
	int64_t bytes;		/* weight bytes the last run read */
	int trim_at;		/* after this step a run hands the heap's free
				 * pages back (plan.c trim_point); -1: never */
	/* Values of SLAB_MIN bytes and more live in one mapping at offsets
	 * planned from their lifetimes (plan.c plan_slab) */
	char *slab;		/* (slab_bytes) mapped at the first run; NULL: none yet */
	int64_t slab_bytes;
	int64_t *slot;		/* (nvalues) a value's offset in the slab, or -1 */
	int64_t *rel;		/* (2 nrel) offset, length: slab pages no value holds
				 * after step trim_at, handed back there */
	int nrel;
	double *prof;		/* (K_NKINDS) seconds in each kind of step, with
				 * HLO_PLAN_PROFILE set; NULL otherwise */
	int64_t *prof_n;	/* (K_NKINDS) steps run of each kind */
};

static inline const struct mlir_type *
plan_type(const struct plan *p, int v)
{
	return p->types ? &p->types[v] : &p->m->types[v];
}

#endif
