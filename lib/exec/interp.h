/* The reference interpreter: executes a parsed StableHLO module with
 * simple loops over every element, every dtype, no cleverness.  It is
 * the specification that faster plans and backends are held against.
 *
 * The execution API (bind inputs, run a function, read outputs) is the
 * one later backends implement too: host tensors in, host tensors out. */
#ifndef INTERP_H
#define INTERP_H

#include <stddef.h>
#include <stdint.h>

#include "ir/mlir.h"
#include "ir/tensor.h"

/* A check op (check.expect_*, custom_call @check.*) that failed: the
 * interpreter records it and goes on. */
struct interp_failure {
	int line;
	char msg[512];
};

struct interp {
	const struct mlir_module *m;
	struct tensor **env;		/* (m->nvalues) live values */
	int checks, failed;		/* check ops run and failed */
	struct interp_failure first;	/* the first failed check */
	int depth;
};

/* Runs function name of m on the n argument tensors (borrowed).  On
 * success stores its results in res (at most max; the caller frees them)
 * and returns their count; -1 with a reason naming the op and its line
 * ("unsupported op 'stablehlo.fft' at file:line") on an error. */
int interp_run(struct interp *ip, const struct mlir_module *m, const char *name,
    struct tensor **args, int n, struct tensor **res, int max);

/* Checks, before anything runs, that every op and element type of m is
 * one the interpreter implements.  0, or -1 with "unsupported op
 * 'stablehlo.fft' at file:line" (or the type). */
int interp_supports(const struct mlir_module *m);

/* Runs one op of m's top-level block on ip's values (ip->m must be m
 * and ip->env allocated): the CPU plan's fallback for ops it has no
 * kernel for.  0, or -1 with a reason. */
int interp_exec_op(struct interp *ip, const struct mlir_op *op);

/* Frees what interp_run keeps between calls. */
void interp_free(struct interp *ip);

#endif
