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

/* The sub-kinds of K_UNARY, K_BINARY and K_COMPARE: exec/cpu/elem.h's. */

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

static inline const struct mlir_type *
plan_type(const struct plan *p, int v)
{
	return &p->m->types[v];
}

#endif
