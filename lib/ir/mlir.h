/* StableHLO modules in memory: what the parser builds from the text that
 * stablehlo-opt prints and JAX exports (and emit writes), and what the
 * interpreter runs.  One arena holds a module and everything in it.
 *
 * The parser keeps an op's name, operands, result types, regions and its
 * attributes as (key, source text) pairs, pretty forms normalized to the
 * generic form's keys ("dims" of transpose becomes "permutation",
 * compare's "LT, FLOAT" become "comparison_direction" and
 * "compare_type"...).  Then the lowering (ir/ops.h) gives each op its
 * code and decoded attributes: the verifier and printers read the text,
 * backends read only the code and the decoded fields. */
#ifndef MLIR_H
#define MLIR_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/dtype.h"
#include "ir/ops.h"

enum { MLIR_MAX_RANK = 8 };

/* Limits on hostile input, refused by the parser with a message: regions
 * nested deeper than MLIR_MAX_DEPTH (the parser, the verifier and the
 * interpreter recurse on regions), and a tensor type of more than
 * MLIR_MAX_TENSOR_BYTES (a 1B model's largest tensor is 1 GB). */
enum { MLIR_MAX_DEPTH = 100 };
#define MLIR_MAX_TENSOR_BYTES ((int64_t)1 << 36)

struct mlir_type {
	enum dtype dt;		/* DTYPE_INVALID: not supported (name says) */
	int bits;		/* integer width: 2, 4 for i2/i4 stored in bytes */
	int rank;
	int64_t dim[MLIR_MAX_RANK];	/* (rank) */
	const char *name;	/* the element type as written ("f32", "complex<f32>") */
};

struct mlir_attr {
	const char *key;
	const char *text;	/* the value as written, NUL-terminated */
};

struct mlir_region;

struct mlir_op {
	const char *name;	/* "stablehlo.add", "func.call", "check.expect_eq" */
	int line, col;		/* where it starts in its file */
	int *operands;		/* (noperands) value ids */
	int noperands;
	int *results;		/* (nresults) value ids */
	int nresults;
	struct mlir_attr *attrs;	/* (nattrs) */
	int nattrs;
	struct mlir_region **regions;	/* (nregions) */
	int nregions;
	/* set by the lowering (ir/ops.h) once the module is parsed */
	enum op_code code;
	const struct op_attrs *a;	/* decoded attributes, never NULL */
};

struct mlir_region {
	int *args;		/* (nargs) block argument value ids */
	int nargs;
	struct mlir_op *ops;	/* (nops) the one block's ops, in order */
	int nops;
};

struct mlir_func {
	const char *name;	/* without the @ */
	int public;
	int line;
	struct mlir_region body;	/* args are the function's arguments */
	struct mlir_type *results;	/* (nresults) */
	int nresults;
	const char **arg_locs;	/* (body.nargs) loc("...") names, or NULL each */
};

struct mlir_module {
	struct arena arena;
	const char *file;
	struct mlir_func *funcs;	/* (nfuncs) */
	int nfuncs;
	struct mlir_type *types;	/* (nvalues) the type of each value id */
	int nvalues;
};

/* Parses one module (or a file of bare func.func definitions) from
 * text; file names it in messages.  NULL, with "file:line:col: what"
 * from err_reason(), on a syntax error: never a partial module. */
struct mlir_module *mlir_parse(const char *text, size_t len, const char *file, int first_line);

/* Splits a file at its "// -----" lines and parses each part.  Returns
 * the number of modules (and *mods, free each with mlir_free and the
 * array with free), or -1 with a reason. */
int mlir_parse_file(const char *path, struct mlir_module ***mods);

void mlir_free(struct mlir_module *m);

/* Checks the types and shapes of every op against the spec's
 * constraints.  0, or -1 with "file:line: 'op': what" for the first
 * mismatch.  Ops and element types it does not know are not errors
 * here: the backend reports them as unsupported. */
int mlir_verify(const struct mlir_module *m);

/* Returns the function called name, or NULL. */
const struct mlir_func *mlir_find_func(const struct mlir_module *m, const char *name);

/* Returns the text of attribute key of op, or NULL. */
const char *mlir_attr(const struct mlir_op *op, const char *key);

/* Reads an integer list attribute ("[1, 2]", "array<i64: 1, 2>", "1"):
 * returns the count (at most max), or -1 when absent or malformed. */
int mlir_attr_ints(const struct mlir_op *op, const char *key, int64_t *out, int max);

/* Reads an integer attribute ("3", "3 : i64"); -1 and no store when absent. */
int mlir_attr_int(const struct mlir_op *op, const char *key, int64_t *out);

/* Writes the type as MLIR prints it into buf. */
void mlir_type_str(char *buf, size_t n, const struct mlir_type *t);

/* Returns the number of elements of a type. */
int64_t mlir_numel(const struct mlir_type *t);

#endif
