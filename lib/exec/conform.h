/* The backend conformance runner (`run --conform -b NAME [OP...]`):
 * holds a backend against the reference interpreter op by op, in the
 * manner of a backend-conformance suite.
 *
 * For every op of the table (conform.c, one row an op: the element
 * types it is tried at, the comparator its results are held by) and
 * every element type, cases are made from a fixed seed per op: edge
 * values (NaN with payloads, +-inf, -0, denormals, integer min/max,
 * every pair of them for the binary ops, all-equal rows for argmax),
 * rank 0, an empty dimension, sizes that are no multiple of a
 * workgroup, a large one, and a strided operand (reached through a
 * transpose).  Regression inputs, one file per past bug, are read
 * from a directory too.  Each case is built as a small module, run by
 * the interpreter, then on the backend at every workgroup size it can
 * use (exec_backend.wg_sizes; one run where it has none), twice: the two
 * runs must give the same bytes, and the first must pass the op's
 * comparator against the interpreter's result.  An op or type the
 * backend does not load is a skip that names it: the backend does not
 * claim it.
 *
 * The library prints nothing: each case is handed to the caller's
 * report function, a failure with the text that says everything (op,
 * types, shape, workgroup size, the first differing element, the
 * input) and the regression file it wrote. */
#ifndef CONFORM_H
#define CONFORM_H

#include <stddef.h>

#include "exec/exec.h"

enum conform_status { CONFORM_PASS, CONFORM_FAIL, CONFORM_SKIP };

/* One case, as the runner hands it to the report function. */
struct conform_case {
	const char *op;		/* the table's name: "add", "reduce_sum" */
	const char *cmp;	/* the comparator, in words */
	char types[32];		/* "f32", "f32->bf16" */
	char name[64];		/* the case: edge, rank0, empty, random,
				 * large, strided..., or a regression file */
	char shape[64];		/* of the first operand: "3x5x37" */
	int nwg;		/* workgroup sizes it ran at (0: the backend's own) */
	int wg[8];
	int ntiers;		/* and at each of the backend's tiers of kernels */
	enum conform_status status;
	int bytes_equal;	/* the result is the interpreter's byte for byte */
	char *msg;		/* why it failed or was skipped (owned by the runner) */
	char file[512];		/* the regression file written, or "" */
};

struct conform_opts {
	const struct exec_backend *be;
	struct exec_opts xo;	/* threads, device: for the backend's sessions */
	char *const *ops;	/* only these ops (table names, with or without
				 * "stablehlo."); NULL: all */
	int nops;
	const char *regress_dir;	/* regression inputs (t/data/conform); NULL: none */
	const char *write_dir;	/* failures written there; NULL: not written */
};

/* Runs every case; report gets each one (the case and msg are valid
 * during the call).  Returns the number of failures, or -1 with a reason
 * when nothing could run (no reference, an op name the table lacks). */
int conform_run(const struct conform_opts *o, void (*report)(void *ctx, const struct conform_case *c),
    void *ctx);

/* The table's rows in order, for listings: row i's name and comparator
 * (NULL past the end). */
const char *conform_op_name(int i);
const char *conform_op_cmp(int i);

#endif
