/* A StableHLO text builder: one function per op, SSA names and tensor
 * types, printing the pretty syntax stablehlo-opt prints and JAX
 * exports (values %0 %1 ..., float constants %cst %cst_0 ..., integer
 * and boolean constants %c %c_0 ..., arguments %arg0 ...; floats as
 * MLIR's APFloat prints them).  Ops append to the current function's
 * body; hlo_func_end() writes the signature, the body and the return.
 * An op identical to an earlier one (same op, operands and attributes:
 * all ops here are pure) is not printed again: the earlier value is
 * returned, so repeated constants, masks and broadcasts appear once.
 *
 * The builder trusts its caller: shapes that do not fit are a bug in the
 * emitter, caught by assert(), not by messages. */
#ifndef HLO_H
#define HLO_H

#include <stdint.h>

#include "base/dtype.h"
#include "base/strbuf.h"

enum { HLO_MAX_RANK = 6 };

struct hlo_type {
	enum dtype dt;
	int rank;
	int64_t dim[HLO_MAX_RANK];
};

struct hlo_val {
	int id;			/* index in the builder's name table */
	struct hlo_type t;
};

struct hlo_builder {
	struct strbuf *out;	/* the module text */
	struct strbuf body;	/* the current function's ops */
	struct strbuf sig;	/* its arguments */
	char (*names)[24];	/* (nnames) SSA names */
	int nnames, capnames;
	int nres, ncst, nc, narg;
	int regions;		/* nested regions printed so far */
	int in_region;		/* printing a region: no CSE */
	/* common subexpressions: op text -> value, per function */
	struct hlo_cse {
		char *key;
		struct hlo_val v;
	} *cse;			/* (capcse) open addressing */
	int ncse, capcse;
	size_t mark;		/* body offset of the op being printed */
	int mark_names, mark_res, mark_cst, mark_c;
};

/* Makes a type from a rank and dims: HLO_TY(DTYPE_F32, 2, 3) is
 * tensor<2x3xf32>; HLO_SCALAR(DTYPE_I32) is tensor<i32>. */
struct hlo_type hlo_ty(enum dtype dt, int rank, const int64_t *dims);
#define HLO_TY(dt, ...) hlo_ty((dt), (int)(sizeof((int64_t[]){ __VA_ARGS__ }) / sizeof(int64_t)), \
	(int64_t[]){ __VA_ARGS__ })
#define HLO_SCALAR(dt) hlo_ty((dt), 0, 0)

/* Returns the number of elements of a type. */
int64_t hlo_numel(struct hlo_type t);

/* Returns t with its element type replaced by dt. */
struct hlo_type hlo_retype(struct hlo_type t, enum dtype dt);

/* Writes the type as MLIR prints it ("tensor<2x3xf32>") into buf. */
void hlo_type_str(char *buf, size_t n, struct hlo_type t);

/* Formats v, a value of float type dt, as MLIR prints a float element:
 * six significant digits in exponent form when that reads back to the
 * same bits, else the shortest round-trip form, else hex bits. */
void hlo_float_str(char *buf, size_t n, double v, enum dtype dt);

/* Starts a module: "module @name {". */
void hlo_module_begin(struct hlo_builder *b, struct strbuf *out, const char *name);

/* Ends the module and frees the builder's scratch. */
void hlo_module_end(struct hlo_builder *b);

/* Starts a function; its arguments are added with hlo_arg(). */
void hlo_func_begin(struct hlo_builder *b);

/* Adds an argument named by loc("loc") (NULL: none).  All arguments must
 * be added before the first op with a region. */
struct hlo_val hlo_arg(struct hlo_builder *b, struct hlo_type t, const char *loc);

/* Ends the function @name, returning the n values in res. */
void hlo_func_end(struct hlo_builder *b, const char *name, int public,
    int n, const struct hlo_val *res);

/* Constants: a splat of one value, or a rank-1 f32 list (more than 100
 * values print as a hex blob, as MLIR does). */
struct hlo_val hlo_const_f(struct hlo_builder *b, struct hlo_type t, double v);
struct hlo_val hlo_const_i(struct hlo_builder *b, struct hlo_type t, int64_t v);
struct hlo_val hlo_const_list_f(struct hlo_builder *b, struct hlo_type t, const float *v);

/* Elementwise ops on operands of one type. */
struct hlo_val hlo_add(struct hlo_builder *b, struct hlo_val x, struct hlo_val y);
struct hlo_val hlo_sub(struct hlo_builder *b, struct hlo_val x, struct hlo_val y);
struct hlo_val hlo_mul(struct hlo_builder *b, struct hlo_val x, struct hlo_val y);
struct hlo_val hlo_div(struct hlo_builder *b, struct hlo_val x, struct hlo_val y);
struct hlo_val hlo_max(struct hlo_builder *b, struct hlo_val x, struct hlo_val y);
struct hlo_val hlo_and(struct hlo_builder *b, struct hlo_val x, struct hlo_val y);
struct hlo_val hlo_or(struct hlo_builder *b, struct hlo_val x, struct hlo_val y);
struct hlo_val hlo_shr(struct hlo_builder *b, struct hlo_val x, struct hlo_val y);
struct hlo_val hlo_neg(struct hlo_builder *b, struct hlo_val x);
struct hlo_val hlo_exp(struct hlo_builder *b, struct hlo_val x);
struct hlo_val hlo_rsqrt(struct hlo_builder *b, struct hlo_val x);
struct hlo_val hlo_logistic(struct hlo_builder *b, struct hlo_val x);
struct hlo_val hlo_cos(struct hlo_builder *b, struct hlo_val x);
struct hlo_val hlo_sin(struct hlo_builder *b, struct hlo_val x);
struct hlo_val hlo_tanh(struct hlo_builder *b, struct hlo_val x);
struct hlo_val hlo_sqrt(struct hlo_builder *b, struct hlo_val x);

/* Converts x to element type dt. */
struct hlo_val hlo_convert(struct hlo_builder *b, struct hlo_val x, enum dtype dt);

/* Compares x and y elementwise ("EQ" "NE" "LT" "LE" "GT" "GE"); the
 * comparison type (FLOAT, SIGNED, UNSIGNED) follows the operand type. */
struct hlo_val hlo_compare(struct hlo_builder *b, const char *dir, struct hlo_val x, struct hlo_val y);

/* pred ? x : y, all of one shape. */
struct hlo_val hlo_select(struct hlo_builder *b, struct hlo_val pred, struct hlo_val x, struct hlo_val y);

/* Broadcasts x into type t; dims[i] is the result dim of x's dim i. */
struct hlo_val hlo_bcast(struct hlo_builder *b, struct hlo_val x, struct hlo_type t, const int64_t *dims);

struct hlo_val hlo_reshape(struct hlo_builder *b, struct hlo_val x, struct hlo_type t);
struct hlo_val hlo_transpose(struct hlo_builder *b, struct hlo_val x, const int64_t *perm);

/* dot_general with nb batching and nc contracting dimension pairs; the
 * result has element type dt (f32 accumulation of narrower operands). */
struct hlo_val hlo_dot(struct hlo_builder *b, struct hlo_val x, struct hlo_val y,
    int nb, const int64_t *xb, const int64_t *yb,
    int nc, const int64_t *xc, const int64_t *yc, enum dtype dt);

/* Static slice [start, limit) with unit strides. */
struct hlo_val hlo_slice(struct hlo_builder *b, struct hlo_val x, const int64_t *start, const int64_t *limit);

/* dynamic_slice at the scalar indices idx[rank] with the given sizes. */
struct hlo_val hlo_dslice(struct hlo_builder *b, struct hlo_val x, const struct hlo_val *idx, const int64_t *sizes);

/* dynamic_update_slice of upd into x at the scalar indices idx[rank]. */
struct hlo_val hlo_dus(struct hlo_builder *b, struct hlo_val x, struct hlo_val upd, const struct hlo_val *idx);

/* Concatenates n values along dim. */
struct hlo_val hlo_concat(struct hlo_builder *b, int n, const struct hlo_val *v, int dim);

struct hlo_val hlo_iota(struct hlo_builder *b, struct hlo_type t, int dim);

/* Takes rows of table (rows, width...) at the ids (n, 1): result (n, width). */
struct hlo_val hlo_gather_rows(struct hlo_builder *b, struct hlo_val table, struct hlo_val ids);

/* Reduces x over one dimension with add or max ("add", "maximum"),
 * starting from init (a scalar of x's type). */
struct hlo_val hlo_reduce(struct hlo_builder *b, const char *op, struct hlo_val x, struct hlo_val init, int dim);

/* stablehlo.case on the i32 scalar index: n branches of result type t,
 * branch i written by branch(arg, i), which adds its ops and returns the
 * value the branch returns.  A branch may use any value defined before
 * (and declare weights: branches have no block arguments). */
struct hlo_val hlo_case(struct hlo_builder *b, struct hlo_val index, int n, struct hlo_type t,
    struct hlo_val (*branch)(void *arg, int i), void *arg);

/* Index (i32) of the first maximum of x along its last dimension; NaN
 * counts as the maximum.  The two-operand reduce JAX's argmax lowers to. */
struct hlo_val hlo_argmax(struct hlo_builder *b, struct hlo_val x);

#endif
