/* The backend conformance runner (exec/conform.h): the op table, the
 * case generators, the comparators, the regression files. */
#include <dirent.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/strbuf.h"
#include "base/util.h"
#include "exec/conform.h"
#include "exec/exec.h"
#include "ir/mlir.h"
#include "ir/tensor.h"

/* The kinds of module a row builds. */
enum kind {
	K_UN, K_BIN, K_CMP, K_SELECT, K_CLAMP, K_CONVERT, K_BITCAST,
	K_BCAST, K_RESHAPE, K_TRANSPOSE, K_SLICE, K_REVERSE, K_PAD, K_CONCAT, K_DSLICE, K_DUS, K_IOTA,
	K_GATHER, K_SCATTER, K_REDUCE, K_ARGMAX, K_DOT, K_SORT, K_RWIN
};

/* Comparators of float results; integer and boolean results are always
 * held byte for byte. */
enum cmpk {
	C_BYTES,	/* bytes equal, NaN payloads included */
	C_IEEE,		/* bytes equal; a NaN result matches any NaN */
	C_ULP,		/* within the op's ULP bound (enum ulpk) */
	C_SUM,		/* within n u sum|x| + 1 ULP of the f64 result */
};

/* The ULP bounds of C_ULP: those the Vulkan specification allows its
 * own functions (for 32-bit floats; counted in ULPs of the result type
 * for the others), "inherited" ones spelt out. */
enum ulpk { U_NONE, U_EXP, U_EXPDIV, U_LOG, U_SINCOS, U_TAN, U_POW, U_RSQRT, U_CBRT, U_ATAN, U_OWN };

#define TF "f16 bf16 f32 f64"
#define TI "i8 i16 i32 i64 ui8 ui16 ui32 ui64"
#define TM "i1 i8 i16 i32 i64 ui8 ui16 ui32 ui64 f16 bf16 f32 f64"
#define TMOVE "i1 i8 i16 i32 i64 ui8 f16 bf16 f32 f64"

struct cop {
	const char *name;	/* the table's name */
	const char *mlir;	/* the op */
	enum kind k;
	const char *types;	/* element types tried, as MLIR spells them */
	enum cmpk cmp;
	enum ulpk ulp;
	const char *body;	/* reduce, scatter, reduce_window: the body op */
};

static const struct cop table[] = {
	/* elementwise, one operand */
	{ "abs", "stablehlo.abs", K_UN, TF " i8 i16 i32 i64", C_IEEE, 0, 0 },
	{ "negate", "stablehlo.negate", K_UN, TF " " TI, C_IEEE, 0, 0 },
	{ "sign", "stablehlo.sign", K_UN, TF " i8 i16 i32 i64", C_IEEE, 0, 0 },
	{ "floor", "stablehlo.floor", K_UN, TF, C_IEEE, 0, 0 },
	{ "ceil", "stablehlo.ceil", K_UN, TF, C_IEEE, 0, 0 },
	{ "round_nearest_afz", "stablehlo.round_nearest_afz", K_UN, TF, C_IEEE, 0, 0 },
	{ "round_nearest_even", "stablehlo.round_nearest_even", K_UN, TF, C_IEEE, 0, 0 },
	{ "sqrt", "stablehlo.sqrt", K_UN, TF, C_IEEE, 0, 0 },
	{ "rsqrt", "stablehlo.rsqrt", K_UN, TF, C_ULP, U_RSQRT, 0 },
	{ "cbrt", "stablehlo.cbrt", K_UN, TF, C_ULP, U_CBRT, 0 },
	{ "exponential", "stablehlo.exponential", K_UN, TF, C_ULP, U_EXP, 0 },
	{ "exponential_minus_one", "stablehlo.exponential_minus_one", K_UN, TF, C_ULP, U_EXP, 0 },
	{ "log", "stablehlo.log", K_UN, TF, C_ULP, U_LOG, 0 },
	{ "log_plus_one", "stablehlo.log_plus_one", K_UN, TF, C_ULP, U_LOG, 0 },
	{ "logistic", "stablehlo.logistic", K_UN, TF, C_ULP, U_EXPDIV, 0 },
	{ "tanh", "stablehlo.tanh", K_UN, TF, C_ULP, U_EXPDIV, 0 },
	{ "sine", "stablehlo.sine", K_UN, TF, C_ULP, U_SINCOS, 0 },
	{ "cosine", "stablehlo.cosine", K_UN, TF, C_ULP, U_SINCOS, 0 },
	{ "tan", "stablehlo.tan", K_UN, TF, C_ULP, U_TAN, 0 },
	{ "atan", "chlo.atan", K_UN, TF, C_ULP, U_ATAN, 0 },
	{ "erf", "chlo.erf", K_UN, TF, C_ULP, U_OWN, 0 },
	{ "is_finite", "stablehlo.is_finite", K_UN, TF, C_BYTES, 0, 0 },
	{ "not", "stablehlo.not", K_UN, "i1 " TI, C_BYTES, 0, 0 },
	{ "popcnt", "stablehlo.popcnt", K_UN, TI, C_BYTES, 0, 0 },
	{ "count_leading_zeros", "stablehlo.count_leading_zeros", K_UN, TI, C_BYTES, 0, 0 },
	/* two operands */
	{ "add", "stablehlo.add", K_BIN, TF " " TI " i1", C_IEEE, 0, 0 },
	{ "subtract", "stablehlo.subtract", K_BIN, TF " " TI, C_IEEE, 0, 0 },
	{ "multiply", "stablehlo.multiply", K_BIN, TF " " TI " i1", C_IEEE, 0, 0 },
	{ "divide", "stablehlo.divide", K_BIN, TF " " TI, C_IEEE, 0, 0 },
	{ "remainder", "stablehlo.remainder", K_BIN, TF " " TI, C_IEEE, 0, 0 },
	{ "maximum", "stablehlo.maximum", K_BIN, TF " " TI " i1", C_IEEE, 0, 0 },
	{ "minimum", "stablehlo.minimum", K_BIN, TF " " TI " i1", C_IEEE, 0, 0 },
	{ "power", "stablehlo.power", K_BIN, TF " " TI, C_ULP, U_POW, 0 },
	{ "atan2", "stablehlo.atan2", K_BIN, TF, C_ULP, U_ATAN, 0 },
	{ "and", "stablehlo.and", K_BIN, "i1 " TI, C_BYTES, 0, 0 },
	{ "or", "stablehlo.or", K_BIN, "i1 " TI, C_BYTES, 0, 0 },
	{ "xor", "stablehlo.xor", K_BIN, "i1 " TI, C_BYTES, 0, 0 },
	{ "shift_left", "stablehlo.shift_left", K_BIN, TI, C_BYTES, 0, 0 },
	{ "shift_right_logical", "stablehlo.shift_right_logical", K_BIN, TI, C_BYTES, 0, 0 },
	{ "shift_right_arithmetic", "stablehlo.shift_right_arithmetic", K_BIN, TI, C_BYTES, 0, 0 },
	{ "compare", "stablehlo.compare", K_CMP, TM, C_BYTES, 0, 0 },
	{ "select", "stablehlo.select", K_SELECT, TM, C_BYTES, 0, 0 },
	{ "clamp", "stablehlo.clamp", K_CLAMP, TF " " TI, C_IEEE, 0, 0 },
	{ "convert", "stablehlo.convert", K_CONVERT, TM, C_BYTES, 0, 0 },
	{ "bitcast_convert", "stablehlo.bitcast_convert", K_BITCAST, TM, C_BYTES, 0, 0 },
	/* data movement */
	{ "broadcast_in_dim", "stablehlo.broadcast_in_dim", K_BCAST, TMOVE, C_BYTES, 0, 0 },
	{ "reshape", "stablehlo.reshape", K_RESHAPE, TMOVE, C_BYTES, 0, 0 },
	{ "transpose", "stablehlo.transpose", K_TRANSPOSE, TMOVE, C_BYTES, 0, 0 },
	{ "slice", "stablehlo.slice", K_SLICE, TMOVE, C_BYTES, 0, 0 },
	{ "reverse", "stablehlo.reverse", K_REVERSE, TMOVE, C_BYTES, 0, 0 },
	{ "pad", "stablehlo.pad", K_PAD, TMOVE, C_BYTES, 0, 0 },
	{ "concatenate", "stablehlo.concatenate", K_CONCAT, TMOVE, C_BYTES, 0, 0 },
	{ "dynamic_slice", "stablehlo.dynamic_slice", K_DSLICE, TMOVE, C_BYTES, 0, 0 },
	{ "dynamic_update_slice", "stablehlo.dynamic_update_slice", K_DUS, TMOVE, C_BYTES, 0, 0 },
	{ "iota", "stablehlo.iota", K_IOTA, TF " " TI, C_BYTES, 0, 0 },
	{ "gather", "stablehlo.gather", K_GATHER, TMOVE, C_BYTES, 0, 0 },
	{ "scatter", "stablehlo.scatter", K_SCATTER, "i32 f32 f64 bf16", C_IEEE, 0, "stablehlo.add" },
	{ "sort", "stablehlo.sort", K_SORT, "i32 ui8 i64 f32 f16 bf16 f64", C_BYTES, 0, 0 },
	/* reductions and contractions */
	{ "reduce_sum", "stablehlo.reduce", K_REDUCE, TF " i32 i64 ui8", C_SUM, 0, "stablehlo.add" },
	{ "reduce_max", "stablehlo.reduce", K_REDUCE, TF " i32 i8 ui32", C_IEEE, 0, "stablehlo.maximum" },
	{ "reduce_min", "stablehlo.reduce", K_REDUCE, TF " i32 i16 ui64", C_IEEE, 0, "stablehlo.minimum" },
	{ "reduce_and", "stablehlo.reduce", K_REDUCE, "i1 i32", C_BYTES, 0, "stablehlo.and" },
	{ "reduce_or", "stablehlo.reduce", K_REDUCE, "i1 ui8", C_BYTES, 0, "stablehlo.or" },
	{ "argmax", "stablehlo.reduce", K_ARGMAX, TF " i32", C_IEEE, 0, 0 },
	{ "dot_general", "stablehlo.dot_general", K_DOT, TF " i32 i8", C_SUM, 0, 0 },
	{ "reduce_window_sum", "stablehlo.reduce_window", K_RWIN, "f32 bf16 i32", C_SUM, 0, "stablehlo.add" },
	{ "reduce_window_max", "stablehlo.reduce_window", K_RWIN, "f32 f16 i32", C_IEEE, 0, "stablehlo.maximum" },
};

/* The comparator of a row, in words (the table in run(1) and the report). */
static const char *
cmp_words(const struct cop *op)
{
	if (op->cmp == C_BYTES)
		return "bytes equal";
	if (op->cmp == C_IEEE)
		return "bytes equal, a NaN any NaN";
	if (op->cmp == C_SUM)
		return "|d| <= n*u*sum|x| + 1 ulp of the f64 result (u: f32's for dots, the type's for reductions); integers bytes";
	switch (op->ulp) {
	case U_EXP: return "3 + 2|x| ulp (Vulkan exp)";
	case U_EXPDIV: return "5.5 + 2|x| ulp (Vulkan exp, then a division)";
	case U_LOG: return "3 ulp; 2^-21 absolute for x in [0.5, 2] (Vulkan log)";
	case U_SINCOS: return "2^-11 absolute for |x| <= 2^20 (Vulkan: inside [-pi, pi])";
	case U_TAN: return "2^-11 (1 + tan^2) absolute for |x| <= 2^20 (from Vulkan sin, cos)";
	case U_POW: return "3 + 2|log2 r| ulp (Vulkan exp2(y log2 x))";
	case U_RSQRT: return "2 ulp (Vulkan inversesqrt)";
	case U_CBRT: return "3 ulp (not in Vulkan: ours)";
	case U_ATAN: return "4096 ulp (Vulkan atan)";
	case U_OWN: return "4 ulp or 2^-20 absolute (not in Vulkan: ours)";
	default: return "?";
	}
}

const char *
conform_op_name(int i)
{
	return i >= 0 && i < (int)LEN(table) ? table[i].name : NULL;
}

const char *
conform_op_cmp(int i)
{
	return i >= 0 && i < (int)LEN(table) ? cmp_words(&table[i]) : NULL;
}

/* The generated cases (and, past CS_NCASE, the regression files). */
enum { CS_EDGE, CS_RANK0, CS_EMPTY, CS_RANDOM, CS_LARGE, CS_STRIDED, CS_TIES, CS_BATCH, CS_BATCH2, CS_NCASE };
static const char *const case_name[CS_NCASE] = { "edge", "rank0", "empty", "random", "large", "strided",
	"ties", "batched", "batched-kn" };

/* How an argument's elements are made. */
enum fill {
	F_EDGE,		/* the edge values in turn */
	F_EDGE_A,	/* the first of every pair of edge values */
	F_EDGE_B,	/* the second */
	F_EDGE_R,	/* edge values at random */
	F_RANDOM,	/* any value; NaNs and infinities rarely */
	F_VALUES,	/* finite values of moderate size (sums, products) */
	F_PRED,		/* booleans */
	F_INDEX,	/* indices around [0, lim] */
	F_TIES,		/* argmax and sort rows: all equal, NaNs, a repeated maximum */
};

enum { MAXARG = 8, MAXRES = 8 };

/* One case: everything that makes its module and its inputs. */
struct spec {
	const struct cop *op;
	enum dtype t, t2;	/* element type; convert/bitcast: the result's */
	int rank;
	int64_t p[8];		/* the sizes, kind by kind (gen) */
	int v;			/* the variant: compare type, reduced dims, dot layout */
	int strided;		/* operand 0 reached through a transpose */
	int cs;			/* CS_*, or -1 for a regression file */
	char name[64];		/* the case as reported */
	char seed[32];		/* the generated case it is (the inputs' seed) */
};

/* The arguments and results of a case's module. */
struct sig {
	int nargs, nres;
	struct mlir_type arg[MAXARG], res[MAXRES];
	enum fill fill[MAXARG];
	int64_t lim[MAXARG];	/* F_INDEX: the upper limit; F_TIES: the row length */
	int64_t nterms;		/* C_SUM: the terms of each result element */
};

static struct mlir_type
mk(enum dtype t, int rank, const int64_t *dim)
{
	struct mlir_type x = { .dt = t, .bits = t == DTYPE_BOOL ? 1 : (int)dtype_size(t) * 8, .rank = rank,
		.name = dtype_mlir_name(t) };

	for (int i = 0; i < rank; i++)
		x.dim[i] = dim[i];
	return x;
}

static void
ty(struct strbuf *b, const struct mlir_type *t)
{
	sb_puts(b, "tensor<");
	for (int i = 0; i < t->rank; i++)
		sb_printf(b, "%lldx", (long long)t->dim[i]);
	sb_printf(b, "%s>", dtype_mlir_name(t->dt));
}

static void
ilist(struct strbuf *b, const int64_t *v, int n)
{
	for (int i = 0; i < n; i++)
		sb_printf(b, "%s%lld", i ? ", " : "", (long long)v[i]);
}

static int
add_arg(struct sig *g, struct mlir_type t, enum fill f, int64_t lim)
{
	g->arg[g->nargs] = t;
	g->fill[g->nargs] = f;
	g->lim[g->nargs] = lim;
	return g->nargs++;
}

/* %res = "op"(operands) attrs : (types) -> type, the generic form */
static void
op1(struct strbuf *b, const char *res, const char *op, const char *const *opnd, const struct mlir_type *ot,
    int n, const char *attrs, const struct mlir_type *rt)
{
	sb_printf(b, "    %%%s = \"%s\"(", res, op);
	for (int i = 0; i < n; i++)
		sb_printf(b, "%s%%%s", i ? ", " : "", opnd[i]);
	sb_printf(b, ")%s%s : (", attrs ? " " : "", attrs ? attrs : "");
	for (int i = 0; i < n; i++) {
		if (i)
			sb_puts(b, ", ");
		ty(b, &ot[i]);
	}
	sb_puts(b, ") -> ");
	ty(b, rt);
	sb_puts(b, "\n");
}

/* A two-argument scalar region of element type t: op of the two, or the
 * second (op NULL: the scatter that replaces). */
static void
region2(struct strbuf *b, const char *op, enum dtype t)
{
	struct mlir_type s = mk(t, 0, NULL);
	const char *o[2] = { "x", "y" };
	struct mlir_type ot[2] = { s, s };

	sb_puts(b, "({\n    ^bb0(%x: ");
	ty(b, &s);
	sb_puts(b, ", %y: ");
	ty(b, &s);
	sb_puts(b, "):\n");
	if (op)
		op1(b, "z", op, o, ot, 2, NULL, &s);
	sb_printf(b, "      \"stablehlo.return\"(%%%s) : (", op ? "z" : "y");
	ty(b, &s);
	sb_puts(b, ") -> ()\n    })");
}

static const char *
cmp_type(enum dtype t, int total)
{
	return dtype_is_float(t) ? (total ? "TOTALORDER" : "FLOAT") : dtype_is_signed_int(t) ? "SIGNED" : "UNSIGNED";
}

/* The identity of a reduction body as a dense literal of type t. */
static void
identity(struct strbuf *b, const char *body, enum dtype t)
{
	int mx = strstr(body, "maximum") != NULL, mn = strstr(body, "minimum") != NULL;
	int bits = t == DTYPE_BOOL ? 1 : (int)dtype_size(t) * 8;

	if (strstr(body, "and")) {
		sb_puts(b, t == DTYPE_BOOL ? "true" : "-1");
		if (dtype_is_unsigned_int(t)) {
			b->len -= 2;
			b->s[b->len] = 0;
			sb_printf(b, "%llu", (unsigned long long)(bits == 64 ? ~0ull : (1ull << bits) - 1));
		}
	} else if (!mx && !mn) {
		sb_puts(b, t == DTYPE_BOOL ? "false" : dtype_is_float(t) ? "0.0" : "0");
	} else if (dtype_is_float(t)) {
		static const char *const ninf[] = { [DTYPE_F16] = "0xFC00", [DTYPE_BF16] = "0xFF80",
			[DTYPE_F32] = "0xFF800000", [DTYPE_F64] = "0xFFF0000000000000" };
		static const char *const pinf[] = { [DTYPE_F16] = "0x7C00", [DTYPE_BF16] = "0x7F80",
			[DTYPE_F32] = "0x7F800000", [DTYPE_F64] = "0x7FF0000000000000" };
		sb_puts(b, mx ? ninf[t] : pinf[t]);
	} else if (t == DTYPE_BOOL) {
		sb_puts(b, mx ? "false" : "true");
	} else if (dtype_is_unsigned_int(t)) {
		sb_printf(b, "%llu", mx ? 0ull : (unsigned long long)(bits == 64 ? ~0ull : (1ull << bits) - 1));
	} else {
		long long lo = bits == 64 ? INT64_MIN : -(1ll << (bits - 1));
		sb_printf(b, "%lld", mx ? lo : -(lo + 1));
	}
}

static void
constant(struct strbuf *b, const char *name, const char *body, enum dtype t)
{
	struct mlir_type s = mk(t, 0, NULL);

	sb_printf(b, "    %%%s = stablehlo.constant dense<", name);
	identity(b, body, t);
	sb_puts(b, "> : ");
	ty(b, &s);
	sb_puts(b, "\n");
}

/* Builds the module of case s, with float element type ft in place of
 * s->t when ft is set (the f64 reference of C_SUM), into b; its
 * arguments, results and fills into g.  0, or -1 when the case does not
 * apply to the op. */
static int
gen(const struct spec *s, enum dtype ft, struct strbuf *b, struct sig *g)
{
	const struct cop *op = s->op;
	enum dtype t = ft && dtype_is_float(s->t) ? ft : s->t;
	const int64_t *p = s->p;
	int r = s->rank;
	struct strbuf x = { 0 };
	struct mlir_type o0 = mk(t, r, p), rt[MAXRES];
	int nres = 1, ret = -1;
	char at[1024];
	int edge = s->cs == CS_EDGE;
	enum fill f0 = edge ? (op->k == K_BIN || op->k == K_CMP || op->k == K_SELECT || op->k == K_CLAMP ?
	    F_EDGE_A : F_EDGE) : op->k == K_REDUCE || op->k == K_DOT || op->k == K_RWIN ? F_VALUES : F_RANDOM;
	enum fill f1 = edge ? F_EDGE_B : f0;

	if (s->cs == CS_TIES)
		f0 = F_TIES;
	memset(g, 0, sizeof(*g));
	g->nterms = 1;
	/* operand 0 */
	switch (op->k) {
	case K_BCAST:
		if (s->v == 0 && r >= 1)
			o0 = mk(t, 1, p + r - 1);
		else if (s->v == 1 && r >= 2)
			o0.dim[1] = 1;
		else if (s->v == 2)
			o0 = mk(t, 0, NULL);
		else
			return -1;
		break;
	case K_GATHER:
	case K_SCATTER:
		o0 = mk(t, 2, p);
		break;
	case K_DOT:
		o0 = s->v < 2 ? mk(t, 2, p + 1) : mk(t, 3, p);
		break;
	case K_IOTA:
		if (r < 1)
			return -1;
		break;
	case K_CONCAT:
	case K_SORT:
	case K_ARGMAX:
	case K_RWIN:
		if (r < 1)
			return -1;
		break;
	default:
		break;
	}
	const char *x0 = "a0";
	if (op->k == K_IOTA) {
		if (s->strided)
			return -1;
	} else if (s->strided) {
		if (o0.rank != 2)
			return -1;
		int64_t tp[2] = { o0.dim[1], o0.dim[0] };
		struct mlir_type a = mk(t, 2, tp);
		const char *o[1] = { "a0" };
		add_arg(g, a, f0, op->k == K_ARGMAX || op->k == K_SORT ? o0.dim[1] : 0);
		op1(&x, "t0", "stablehlo.transpose", o, &a, 1, "{permutation = array<i64: 1, 0>}", &o0);
		x0 = "t0";
	} else {
		add_arg(g, o0, f0, op->k == K_ARGMAX || op->k == K_SORT ? (r ? o0.dim[r - 1] : 1) : 0);
	}
	const char *on[8] = { x0, "a1", "a2", "a3", "a4", "a5", "a6", "a7" };
	struct mlir_type ot[8] = { o0, o0, o0, o0, o0, o0, o0, o0 };
	rt[0] = o0;
	switch (op->k) {
	case K_UN:
		if (!strcmp(op->name, "is_finite"))
			rt[0].dt = DTYPE_BOOL, rt[0].bits = 1;
		op1(&x, "r0", op->mlir, on, ot, 1, NULL, &rt[0]);
		break;
	case K_BIN:
		add_arg(g, o0, f1, 0);
		op1(&x, "r0", op->mlir, on, ot, 2, NULL, &rt[0]);
		break;
	case K_CMP: {
		static const char *const dir[] = { "EQ", "NE", "LT", "LE", "GT", "GE" };
		if (s->v && !dtype_is_float(t))
			return -1;
		add_arg(g, o0, f1, 0);
		nres = 6;
		for (int k = 0; k < 6; k++) {
			char rn[16];
			rt[k] = mk(DTYPE_BOOL, r, p);
			snprintf(rn, sizeof(rn), "r%d", k);
			snprintf(at, sizeof(at), "{comparison_direction = #stablehlo<comparison_direction %s>, "
			    "compare_type = #stablehlo<comparison_type %s>}", dir[k], cmp_type(t, s->v));
			op1(&x, rn, op->mlir, on, ot, 2, at, &rt[k]);
		}
		break;
	}
	case K_SELECT: {
		/* select(pred a2, on_true x0, on_false a1); variant 1: a scalar pred */
		add_arg(g, o0, f1, 0);
		add_arg(g, s->v ? mk(DTYPE_BOOL, 0, NULL) : mk(DTYPE_BOOL, r, p), F_PRED, 0);
		const char *o[3] = { "a2", x0, "a1" };
		struct mlir_type tt[3] = { g->arg[2], o0, o0 };
		op1(&x, "r0", op->mlir, o, tt, 3, NULL, &rt[0]);
		break;
	}
	case K_CLAMP: {
		/* clamp(min a1, x0, max a2); variant 1: scalar bounds */
		struct mlir_type bt = s->v ? mk(t, 0, NULL) : o0;
		add_arg(g, bt, edge ? F_EDGE_B : F_RANDOM, 0);
		add_arg(g, bt, edge ? F_EDGE_R : F_RANDOM, 0);
		const char *o[3] = { "a1", x0, "a2" };
		struct mlir_type tt[3] = { bt, o0, bt };
		op1(&x, "r0", op->mlir, o, tt, 3, NULL, &rt[0]);
		break;
	}
	case K_CONVERT:
	case K_BITCAST:
		rt[0] = mk(s->t2, r, p);
		op1(&x, "r0", op->mlir, on, ot, 1, NULL, &rt[0]);
		break;
	case K_BCAST: {
		int64_t d[8];
		int n = 0;
		rt[0] = mk(t, r, p);
		if (s->v == 0)
			d[n++] = r - 1;
		else if (s->v == 1)
			for (int i = 0; i < r; i++)
				d[n++] = i;
		struct strbuf a = { 0 };
		sb_puts(&a, "{broadcast_dimensions = array<i64");
		if (n)
			sb_puts(&a, ": ");
		ilist(&a, d, n);
		sb_puts(&a, ">}");
		op1(&x, "r0", op->mlir, on, ot, 1, a.s, &rt[0]);
		sb_free(&a);
		break;
	}
	case K_RESHAPE:
		if (r >= 2) {
			int64_t d[8] = { p[0] * p[1] };
			for (int i = 2; i < r; i++)
				d[i - 1] = p[i];
			rt[0] = mk(t, r - 1, d);
		} else {
			int64_t d[2] = { 1, r ? p[0] : 1 };
			rt[0] = mk(t, 2, d);
		}
		op1(&x, "r0", op->mlir, on, ot, 1, NULL, &rt[0]);
		break;
	case K_TRANSPOSE: {
		int64_t perm[8], d[8];
		for (int i = 0; i < r; i++)
			perm[i] = r - 1 - i, d[i] = p[r - 1 - i];
		/* a rank-3 operand: a rotation, not a mirror */
		if (r == 3)
			perm[0] = 2, perm[1] = 0, perm[2] = 1, d[0] = p[2], d[1] = p[0], d[2] = p[1];
		rt[0] = mk(t, r, d);
		struct strbuf a = { 0 };
		sb_puts(&a, "{permutation = array<i64");
		if (r)
			sb_puts(&a, ": ");
		ilist(&a, perm, r);
		sb_puts(&a, ">}");
		op1(&x, "r0", op->mlir, on, ot, 1, a.s, &rt[0]);
		sb_free(&a);
		break;
	}
	case K_SLICE: {
		int64_t st[8], li[8], sd[8], d[8];
		for (int i = 0; i < r; i++) {
			st[i] = o0.dim[i] > 1 ? 1 : 0;
			li[i] = o0.dim[i];
			sd[i] = 1 + i % 3;
			d[i] = (li[i] - st[i] + sd[i] - 1) / sd[i];
		}
		rt[0] = mk(t, r, d);
		struct strbuf a = { 0 };
		sb_puts(&a, "{start_indices = array<i64");
		sb_puts(&a, r ? ": " : "");
		ilist(&a, st, r);
		sb_puts(&a, ">, limit_indices = array<i64");
		sb_puts(&a, r ? ": " : "");
		ilist(&a, li, r);
		sb_puts(&a, ">, strides = array<i64");
		sb_puts(&a, r ? ": " : "");
		ilist(&a, sd, r);
		sb_puts(&a, ">}");
		op1(&x, "r0", op->mlir, on, ot, 1, a.s, &rt[0]);
		sb_free(&a);
		break;
	}
	case K_REVERSE: {
		int64_t d[8];
		int n = 0;
		for (int i = 0; i < r; i += 2)
			d[n++] = i;
		struct strbuf a = { 0 };
		sb_puts(&a, "{dimensions = array<i64");
		sb_puts(&a, n ? ": " : "");
		ilist(&a, d, n);
		sb_puts(&a, ">}");
		op1(&x, "r0", op->mlir, on, ot, 1, a.s, &rt[0]);
		sb_free(&a);
		break;
	}
	case K_PAD: {
		int64_t lo[8], hi[8], in[8], d[8];
		for (int i = 0; i < r; i++) {
			int64_t n = o0.dim[i];
			lo[i] = i % 3 == 0 ? 2 : i % 3 == 1 ? -1 : 0;
			hi[i] = i % 3 == 2 ? 3 : 1;
			in[i] = i % 2;
			d[i] = n + lo[i] + hi[i] + in[i] * (n > 0 ? n - 1 : 0);
			if (d[i] < 0)
				lo[i] = 0, d[i] = n + hi[i] + in[i] * (n > 0 ? n - 1 : 0);
		}
		rt[0] = mk(t, r, d);
		add_arg(g, mk(t, 0, NULL), edge ? F_EDGE_R : F_RANDOM, 0);
		ot[1] = g->arg[1];
		struct strbuf a = { 0 };
		sb_puts(&a, "{edge_padding_low = array<i64");
		sb_puts(&a, r ? ": " : "");
		ilist(&a, lo, r);
		sb_puts(&a, ">, edge_padding_high = array<i64");
		sb_puts(&a, r ? ": " : "");
		ilist(&a, hi, r);
		sb_puts(&a, ">, interior_padding = array<i64");
		sb_puts(&a, r ? ": " : "");
		ilist(&a, in, r);
		sb_puts(&a, ">}");
		op1(&x, "r0", op->mlir, on, ot, 2, a.s, &rt[0]);
		sb_free(&a);
		break;
	}
	case K_CONCAT: {
		int64_t d1[8], d2[8], d[8];
		memcpy(d1, o0.dim, sizeof(d1));
		memcpy(d2, o0.dim, sizeof(d2));
		memcpy(d, o0.dim, sizeof(d));
		d1[0] = 2, d2[0] = 1, d[0] += 3;
		add_arg(g, mk(t, r, d1), f0 == F_TIES ? F_RANDOM : f0, 0);
		add_arg(g, mk(t, r, d2), f0 == F_TIES ? F_RANDOM : f0, 0);
		ot[1] = g->arg[1], ot[2] = g->arg[2];
		rt[0] = mk(t, r, d);
		op1(&x, "r0", op->mlir, on, ot, 3, "{dimension = 0 : i64}", &rt[0]);
		break;
	}
	case K_DSLICE:
	case K_DUS: {
		int64_t sz[8] = { 0 };
		for (int i = 0; i < r; i++)
			sz[i] = o0.dim[i] > 2 ? o0.dim[i] - 2 : o0.dim[i];
		int n = 1;
		if (op->k == K_DUS) {
			add_arg(g, mk(t, r, sz), edge ? F_EDGE_R : F_RANDOM, 0);
			ot[1] = g->arg[1];
			n = 2;
		}
		if (r > 3)
			return -1;
		for (int i = 0; i < r; i++) {
			static const char *const an[] = { "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7" };
			ot[n + i] = mk(DTYPE_I32, 0, NULL);
			on[n + i] = an[g->nargs];
			add_arg(g, ot[n + i], F_INDEX, o0.dim[i] - sz[i]);
		}
		if (op->k == K_DSLICE) {
			rt[0] = mk(t, r, sz);
			struct strbuf a = { 0 };
			sb_puts(&a, "{slice_sizes = array<i64");
			sb_puts(&a, r ? ": " : "");
			ilist(&a, sz, r);
			sb_puts(&a, ">}");
			op1(&x, "r0", op->mlir, on, ot, n + r, a.s, &rt[0]);
			sb_free(&a);
		} else {
			op1(&x, "r0", op->mlir, on, ot, n + r, NULL, &rt[0]);
		}
		break;
	}
	case K_IOTA:
		g->nargs = 0;
		snprintf(at, sizeof(at), "{iota_dimension = %d : i64}", s->v % r);
		op1(&x, "r0", op->mlir, on, ot, 0, at, &rt[0]);
		break;
	case K_GATHER: {
		int64_t id[2] = { p[2], 1 }, d[2] = { p[2], p[1] };
		add_arg(g, mk(DTYPE_I32, 2, id), F_INDEX, p[0] - 1);
		ot[1] = g->arg[1];
		rt[0] = mk(t, 2, d);
		snprintf(at, sizeof(at), "{dimension_numbers = #stablehlo.gather<offset_dims = [1], "
		    "collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, "
		    "slice_sizes = array<i64: 1, %lld>}", (long long)p[1]);
		op1(&x, "r0", op->mlir, on, ot, 2, at, &rt[0]);
		break;
	}
	case K_SCATTER: {
		int64_t id[2] = { p[2], 1 }, ud[2] = { p[2], p[1] };
		add_arg(g, mk(DTYPE_I32, 2, id), F_INDEX, p[0] - 1);
		add_arg(g, mk(t, 2, ud), edge ? F_EDGE_R : F_RANDOM, 0);
		sb_printf(&x, "    %%r0 = \"stablehlo.scatter\"(%%%s, %%a1, %%a2) <{scatter_dimension_numbers = "
		    "#stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], "
		    "scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ", x0);
		region2(&x, s->v ? NULL : op->body, t);
		sb_puts(&x, " : (");
		ty(&x, &o0);
		sb_puts(&x, ", ");
		ty(&x, &g->arg[1]);
		sb_puts(&x, ", ");
		ty(&x, &g->arg[2]);
		sb_puts(&x, ") -> ");
		ty(&x, &o0);
		sb_puts(&x, "\n");
		break;
	}
	case K_REDUCE: {
		int64_t dims[8], d[8];
		int nd = 0, nk = 0, red[8] = { 0 };
		if (s->v == 0 && r)
			red[r - 1] = 1;
		else if (s->v == 1 && r)
			red[0] = 1;
		else
			for (int i = 0; i < r; i++)
				red[i] = 1;
		for (int i = 0; i < r; i++) {
			if (red[i])
				dims[nd++] = i, g->nterms *= o0.dim[i];
			else
				d[nk++] = o0.dim[i];
		}
		rt[0] = mk(t, nk, d);
		struct mlir_type st = mk(t, 0, NULL);
		constant(&x, "init", op->body, t);
		sb_printf(&x, "    %%r0 = stablehlo.reduce(%%%s init: %%init) applies %s across dimensions = [", x0,
		    op->body);
		ilist(&x, dims, nd);
		sb_puts(&x, "] : (");
		ty(&x, &o0);
		sb_puts(&x, ", ");
		ty(&x, &st);
		sb_puts(&x, ") -> ");
		ty(&x, &rt[0]);
		sb_puts(&x, "\n");
		break;
	}
	case K_ARGMAX: {
		/* the decode graphs' argmax: the first maximum, NaN wins */
		int64_t d[8];
		for (int i = 0; i < r - 1; i++)
			d[i] = o0.dim[i];
		rt[0] = mk(t, r - 1, d);
		rt[1] = mk(DTYPE_I32, r - 1, d);
		nres = 2;
		struct mlir_type it = mk(DTYPE_I32, r, o0.dim), st = mk(t, 0, NULL), si = mk(DTYPE_I32, 0, NULL);
		snprintf(at, sizeof(at), "{iota_dimension = %d : i64}", r - 1);
		op1(&x, "ix", "stablehlo.iota", NULL, NULL, 0, at, &it);
		constant(&x, "init", "stablehlo.maximum", t);
		sb_puts(&x, "    %zero = stablehlo.constant dense<0> : tensor<i32>\n");
		sb_printf(&x, "    %%r0, %%r1 = stablehlo.reduce(%%%s init: %%init), (%%ix init: %%zero) across "
		    "dimensions = [%d] : (", x0, r - 1);
		ty(&x, &o0), sb_puts(&x, ", "), ty(&x, &it), sb_puts(&x, ", "), ty(&x, &st), sb_puts(&x, ", ");
		ty(&x, &si), sb_puts(&x, ") -> ("), ty(&x, &rt[0]), sb_puts(&x, ", "), ty(&x, &rt[1]);
		sb_puts(&x, ")\n     reducer(%p: ");
		ty(&x, &st), sb_puts(&x, ", %q: "), ty(&x, &st), sb_puts(&x, ") (%i: "), ty(&x, &si);
		sb_puts(&x, ", %j: "), ty(&x, &si), sb_puts(&x, ")  {\n");
		const char *ct = cmp_type(t, 0);
		sb_printf(&x, "      %%c1 = stablehlo.compare GT, %%p, %%q, %s : (", ct);
		ty(&x, &st), sb_puts(&x, ", "), ty(&x, &st), sb_puts(&x, ") -> tensor<i1>\n");
		sb_printf(&x, "      %%c2 = stablehlo.compare NE, %%p, %%p, %s : (", ct);
		ty(&x, &st), sb_puts(&x, ", "), ty(&x, &st), sb_puts(&x, ") -> tensor<i1>\n");
		sb_puts(&x, "      %c3 = stablehlo.or %c1, %c2 : tensor<i1>\n");
		sb_printf(&x, "      %%c4 = stablehlo.compare EQ, %%p, %%q, %s : (", ct);
		ty(&x, &st), sb_puts(&x, ", "), ty(&x, &st), sb_puts(&x, ") -> tensor<i1>\n");
		sb_puts(&x, "      %c5 = stablehlo.compare LT, %i, %j, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>\n"
		    "      %c6 = stablehlo.and %c4, %c5 : tensor<i1>\n"
		    "      %c7 = stablehlo.or %c3, %c6 : tensor<i1>\n");
		sb_puts(&x, "      %s1 = stablehlo.select %c3, %p, %q : tensor<i1>, ");
		ty(&x, &st);
		sb_puts(&x, "\n      %s2 = stablehlo.select %c7, %i, %j : tensor<i1>, tensor<i32>\n");
		sb_puts(&x, "      stablehlo.return %s1, %s2 : ");
		ty(&x, &st);
		sb_puts(&x, ", tensor<i32>\n    }\n");
		break;
	}
	case K_DOT: {
		/* p = (B, M, K, N): 0 (M,K).(N,K), 1 (M,K).(K,N), 2 (B,M,K).(B,N,K), 3 (B,M,K).(B,K,N) */
		int64_t B = p[0], M = p[1], K = p[2], N = p[3];
		struct mlir_type y;
		const char *dn;
		if (s->v == 0) {
			y = mk(t, 2, (int64_t[]){ N, K }), rt[0] = mk(t, 2, (int64_t[]){ M, N });
			dn = "contracting_dims = [1] x [1]";
		} else if (s->v == 1) {
			y = mk(t, 2, (int64_t[]){ K, N }), rt[0] = mk(t, 2, (int64_t[]){ M, N });
			dn = "contracting_dims = [1] x [0]";
		} else if (s->v == 2) {
			y = mk(t, 3, (int64_t[]){ B, N, K }), rt[0] = mk(t, 3, (int64_t[]){ B, M, N });
			dn = "batching_dims = [0] x [0], contracting_dims = [2] x [2]";
		} else {
			y = mk(t, 3, (int64_t[]){ B, K, N }), rt[0] = mk(t, 3, (int64_t[]){ B, M, N });
			dn = "batching_dims = [0] x [0], contracting_dims = [2] x [1]";
		}
		add_arg(g, y, edge ? F_EDGE_R : F_VALUES, 0);
		g->nterms = K;
		sb_printf(&x, "    %%r0 = stablehlo.dot_general %%%s, %%a1, %s : (", x0, dn);
		ty(&x, &o0), sb_puts(&x, ", "), ty(&x, &y), sb_puts(&x, ") -> "), ty(&x, &rt[0]);
		sb_puts(&x, "\n");
		break;
	}
	case K_SORT: {
		struct mlir_type st = mk(t, 0, NULL), it = mk(DTYPE_I32, r, o0.dim);
		if (s->v) {
			snprintf(at, sizeof(at), "{iota_dimension = %d : i64}", r - 1);
			op1(&x, "ix", "stablehlo.iota", NULL, NULL, 0, at, &it);
			rt[1] = it;
			nres = 2;
			sb_printf(&x, "    %%r0, %%r1 = \"stablehlo.sort\"(%%%s, %%ix) <{dimension = %d : i64, "
			    "is_stable = true}> ({\n    ^bb0(%%p: ", x0, r - 1);
			ty(&x, &st), sb_puts(&x, ", %q: "), ty(&x, &st);
			sb_puts(&x, ", %i: tensor<i32>, %j: tensor<i32>):\n");
		} else {
			sb_printf(&x, "    %%r0 = \"stablehlo.sort\"(%%%s) <{dimension = %d : i64, is_stable = true}> "
			    "({\n    ^bb0(%%p: ", x0, r - 1);
			ty(&x, &st), sb_puts(&x, ", %q: "), ty(&x, &st), sb_puts(&x, "):\n");
		}
		sb_printf(&x, "      %%c = stablehlo.compare LT, %%p, %%q, %s : (", cmp_type(t, 1));
		ty(&x, &st), sb_puts(&x, ", "), ty(&x, &st), sb_puts(&x, ") -> tensor<i1>\n");
		sb_puts(&x, "      \"stablehlo.return\"(%c) : (tensor<i1>) -> ()\n    }) : (");
		ty(&x, &o0);
		if (s->v)
			sb_puts(&x, ", "), ty(&x, &it);
		sb_puts(&x, ") -> (");
		ty(&x, &o0);
		if (s->v)
			sb_puts(&x, ", "), ty(&x, &it);
		sb_puts(&x, ")\n");
		break;
	}
	case K_RWIN: {
		if (r != 2)
			return -1;
		int64_t d[2] = { o0.dim[0], (o0.dim[1] + 2 - 3) / 2 + 1 };
		if (d[1] < 0)
			d[1] = 0;
		rt[0] = mk(t, 2, d);
		g->nterms = 6;
		struct mlir_type st = mk(t, 0, NULL);
		constant(&x, "init", op->body, t);
		sb_printf(&x, "    %%r0 = \"stablehlo.reduce_window\"(%%%s, %%init) <{padding = dense<[[0, 1], [1, 1]]> : "
		    "tensor<2x2xi64>, window_dimensions = array<i64: 2, 3>, window_strides = array<i64: 1, 2>}> ", x0);
		region2(&x, op->body, t);
		sb_puts(&x, " : (");
		ty(&x, &o0), sb_puts(&x, ", "), ty(&x, &st), sb_puts(&x, ") -> "), ty(&x, &rt[0]);
		sb_puts(&x, "\n");
		break;
	}
	}
	/* the module */
	g->nres = nres;
	for (int k = 0; k < nres; k++)
		g->res[k] = rt[k];
	sb_puts(b, "module @conform {\n  func.func public @main(");
	for (int k = 0; k < g->nargs; k++) {
		sb_printf(b, "%s%%a%d: ", k ? ", " : "", k);
		ty(b, &g->arg[k]);
	}
	sb_puts(b, ") -> (");
	for (int k = 0; k < nres; k++) {
		if (k)
			sb_puts(b, ", ");
		ty(b, &rt[k]);
	}
	sb_puts(b, ") {\n");
	if (x.s)
		sb_puts(b, x.s);
	sb_puts(b, "    return ");
	for (int k = 0; k < nres; k++)
		sb_printf(b, "%s%%r%d", k ? ", " : "", k);
	sb_puts(b, " : ");
	for (int k = 0; k < nres; k++) {
		if (k)
			sb_puts(b, ", ");
		ty(b, &rt[k]);
	}
	sb_puts(b, "\n  }\n}\n");
	ret = 0;
	sb_free(&x);
	return ret;
}

/* Inputs */

static uint64_t
rnd(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static uint64_t
fnv(const void *p, size_t n, uint64_t h)
{
	const unsigned char *c = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ c[i]) * 0x100000001b3ull;
	return h;
}

/* The edge values of a float type, as bits: zeros, ones, halves and
 * ties, the smallest and largest normals, denormals, infinities, NaNs
 * quiet and signalling with payloads, the overflow and underflow points
 * of exp, a value one ulp above 1, past 2^p where integers stop. */
static const uint64_t edge_f32[] = { 0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x3f000000, 0x40200000,
	0xc0200000, 0x3fc00000, 0x00800000, 0x80800000, 0x7f7fffff, 0xff7fffff, 0x00000001, 0x807fffff, 0x7f800000,
	0xff800000, 0x7fc00000, 0xffc12345, 0x7f800abc, 0x40490fdb, 0x42b17218, 0xc2cff1b5, 0x3f800001, 0x4b000001,
	0x3a83126f, 0xc1200000, 0x5f000000, 0xcf000000, 0x4f800000 };
static const uint64_t edge_f64[] = { 0, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000,
	0x3fe0000000000000, 0x4004000000000000, 0xc004000000000000, 0x3ff8000000000000, 0x0010000000000000,
	0x8010000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0x0000000000000001, 0x800fffffffffffff,
	0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0xfff8000000012345, 0x7ff0000000000abc,
	0x400921fb54442d18, 0x40862e42fefa39ef, 0xc0874910d52d3051, 0x3ff0000000000001, 0x4330000000000001,
	0x3f50624dd2f1a9fc, 0xc024000000000000, 0x43e0000000000000, 0xc1e0000000000000, 0x41f0000000000000 };
static const uint64_t edge_f16[] = { 0x0000, 0x8000, 0x3c00, 0xbc00, 0x3800, 0x4100, 0xc100, 0x3e00, 0x0400,
	0x8400, 0x7bff, 0xfbff, 0x0001, 0x83ff, 0x7c00, 0xfc00, 0x7e00, 0xfe55, 0x7c01, 0x4248, 0x498c, 0xcc00,
	0x3c01, 0x6801, 0x2000, 0xc900 };
static const uint64_t edge_bf16[] = { 0x0000, 0x8000, 0x3f80, 0xbf80, 0x3f00, 0x4020, 0xc020, 0x3fc0, 0x0080,
	0x8080, 0x7f7f, 0xff7f, 0x0001, 0x807f, 0x7f80, 0xff80, 0x7fc0, 0xffc1, 0x7f81, 0x4049, 0x42b1, 0xc2d0,
	0x3f81, 0x4b01, 0x3a83, 0xc120, 0x5f00, 0xcf00 };

/* The edge values of type t into e (at most 32); returns how many. */
static int
edges(enum dtype t, uint64_t *e)
{
	const uint64_t *src = NULL;
	int n = 0;

	switch (t) {
	case DTYPE_F32: src = edge_f32, n = (int)LEN(edge_f32); break;
	case DTYPE_F64: src = edge_f64, n = (int)LEN(edge_f64); break;
	case DTYPE_F16: src = edge_f16, n = (int)LEN(edge_f16); break;
	case DTYPE_BF16: src = edge_bf16, n = (int)LEN(edge_bf16); break;
	case DTYPE_BOOL: e[0] = 0, e[1] = 1; return 2;
	default: break;
	}
	if (src) {
		memcpy(e, src, (size_t)n * sizeof(*e));
		return n;
	}
	/* integers: 0, +-1, +-2, 7, the extremes and their neighbours, the
	 * width and its neighbours (shift amounts), alternating bits, 100 */
	int bits = (int)dtype_size(t) * 8;
	uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
	int sgn = dtype_is_signed_int(t);
	uint64_t mn = sgn ? 1ull << (bits - 1) : 0, mx = sgn ? mn - 1 : mask;
	uint64_t v[] = { 0, 1, (uint64_t)-1, 2, (uint64_t)-2, 7, mn, mx, mn + 1, mx - 1, (uint64_t)bits - 1,
		(uint64_t)bits, (uint64_t)bits + 1, 0x5555555555555555ull, 0xaaaaaaaaaaaaaaaaull, 100, (uint64_t)-100 };
	for (size_t i = 0; i < LEN(v); i++)
		e[n++] = v[i] & mask;
	return n;
}

static void
put_bits(struct tensor *x, int64_t i, uint64_t v)
{
	size_t es = dtype_size(x->type.dt);

	if (x->type.dt == DTYPE_BOOL)
		v &= 1;
	memcpy((char *)x->data + (size_t)i * es, &v, es);	/* little-endian */
}

static uint64_t
get_bits(const struct tensor *x, int64_t i)
{
	uint64_t v = 0;
	size_t es = dtype_size(x->type.dt);

	memcpy(&v, (const char *)x->data + (size_t)i * es, es);
	return v;
}

static void
fill(struct tensor *x, enum fill f, int64_t lim, uint64_t *rng)
{
	enum dtype t = x->type.dt;
	uint64_t e[32];
	int ne = edges(t, e);
	int64_t n = mlir_numel(&x->type);
	int isf = dtype_is_float(t);

	for (int64_t i = 0; i < n; i++) {
		uint64_t r = rnd(rng);
		double u = (double)(r >> 11) / 9007199254740992.0;	/* [0, 1) */
		switch (f) {
		case F_EDGE: put_bits(x, i, e[i % ne]); break;
		case F_EDGE_A: put_bits(x, i, e[(i / ne) % ne]); break;
		case F_EDGE_B: put_bits(x, i, e[i % ne]); break;
		case F_EDGE_R: put_bits(x, i, e[r % (uint64_t)ne]); break;
		case F_PRED: put_bits(x, i, r & 1); break;
		case F_INDEX: tensor_set_i(x, (size_t)i, (int64_t)(r % (uint64_t)(lim + 5)) - 2); break;
		case F_RANDOM:
			if (!isf)
				put_bits(x, i, rnd(rng));
			else if ((r & 15) == 0)
				put_bits(x, i, rnd(rng));	/* any bits: NaNs, infinities, denormals */
			else
				tensor_set_f(x, (size_t)i, (2 * u - 1) * ldexp(1, (int)(r % 9) - 4));
			break;
		case F_VALUES:
			if (isf)
				tensor_set_f(x, (size_t)i, (2 * u - 1) * ldexp(1, (int)(r % 5) - 2));
			else
				tensor_set_i(x, (size_t)i, (int64_t)(r % 17) - (dtype_is_signed_int(t) ? 8 : 0));
			break;
		case F_TIES: {
			/* rows of lim: 0 all equal, 1 two NaNs (ints: two maxima), 2 a maximum twice, 3 all
			 * the lowest */
			int64_t row = lim > 0 ? i / lim : 0, col = lim > 0 ? i % lim : i;
			int kind = (int)(row % 4);
			if (kind == 0)
				isf ? tensor_set_f(x, (size_t)i, 1.5) : tensor_set_i(x, (size_t)i, 7);
			else if (kind == 3)
				isf ? tensor_set_f(x, (size_t)i, -INFINITY) : put_bits(x, i, e[6]);
			else if ((kind == 1 && (col == 3 || col == 7)) || (kind == 2 && (col == 2 || col == lim - 1)))
				isf && kind == 1 ? put_bits(x, i, e[16 + (col == 7)]) :
				    isf ? tensor_set_f(x, (size_t)i, 100) : put_bits(x, i, e[7]);
			else
				isf ? tensor_set_f(x, (size_t)i, (double)(int)(u * 16) - 8) :
				    tensor_set_i(x, (size_t)i, (int64_t)(r % 16) - 8);
			break;
		}
		}
	}
}

/* Comparators */

static double
get_f(const struct tensor *x, int64_t i)
{
	return tensor_get_f(x, (size_t)i);
}

/* The mantissa bits and the smallest normal exponent of a float type. */
static void
fmt_of(enum dtype t, int *mant, int *emin, double *maxv)
{
	switch (t) {
	case DTYPE_F16: *mant = 10, *emin = -14, *maxv = 65504; break;
	case DTYPE_BF16: *mant = 7, *emin = -126, *maxv = 3.3895313892515355e38; break;
	case DTYPE_F64: *mant = 52, *emin = -1022, *maxv = DBL_MAX; break;
	default: *mant = 23, *emin = -126, *maxv = FLT_MAX; break;
	}
}

/* One ulp of type t at v (the spacing of the floats around it). */
static double
ulp(enum dtype t, double v)
{
	int mant, emin, e;
	double maxv;

	fmt_of(t, &mant, &emin, &maxv);
	frexp(fabs(v), &e);
	e -= 1;	/* v = m 2^e, 1 <= m < 2 */
	if (v == 0 || e < emin)
		e = emin;
	return ldexp(1, e - mant);
}

static int
is_denormal(enum dtype t, double v)
{
	int mant, emin;
	double maxv;

	fmt_of(t, &mant, &emin, &maxv);
	return v != 0 && isfinite(v) && fabs(v) < ldexp(1, emin);
}

/* Whether got passes op's ULP bound against ref r, x the operand (y
 * the second, for pow), t the result type. */
static int
ulp_ok(const struct cop *op, enum dtype t, double r, double g, double x)
{
	if (isnan(r))
		return isnan(g);
	if (isinf(r) || isinf(g) || isnan(g))
		return g == r;
	double d = fabs(g - r), u = ulp(t, r);
	if (is_denormal(t, r) && g == 0)
		return 1;	/* a denormal result may be flushed */
	double ulps = 0, absb = 0;
	if (t == DTYPE_F64) {
		/* no f64 transcendentals in Vulkan: ours, 4 ulp; sin, cos, tan
		 * of large arguments as below */
		ulps = 4;
		if ((op->ulp == U_SINCOS || op->ulp == U_TAN) && fabs(x) > 1048576)
			return fabs(g) <= 1 || op->ulp == U_TAN;
		if (op->ulp == U_ATAN)
			ulps = 4096;
		if (op->ulp == U_OWN)
			absb = 1e-12;
		if (op->ulp == U_POW)
			ulps = 4 + 2 * fabs(log2(fabs(r) > 0 ? fabs(r) : 1));
		return d <= ulps * u || d <= absb;
	}
	switch (op->ulp) {
	case U_EXP: ulps = 3 + 2 * fabs(x); break;
	case U_EXPDIV: ulps = 5.5 + 2 * fabs(x); break;
	case U_LOG: {
		double a = !strcmp(op->name, "log_plus_one") ? 1 + x : x;
		ulps = 3;
		if (a >= 0.5 && a <= 2)
			absb = ldexp(1, -21);
		break;
	}
	case U_SINCOS:
		if (fabs(x) > 1048576)
			return fabs(g) <= 1;
		absb = ldexp(1, -11);
		break;
	case U_TAN:
		if (fabs(x) > 1048576)
			return 1;
		absb = ldexp(1, -11) * (1 + r * r);
		ulps = 2.5;
		break;
	case U_POW: ulps = 3 + 2 * fabs(log2(fabs(r) > 0 ? fabs(r) : 1)); break;
	case U_RSQRT: ulps = 2; break;
	case U_CBRT: ulps = 3; break;
	case U_ATAN: ulps = 4096; break;
	case U_OWN: ulps = 4, absb = ldexp(1, -20); break;
	default: break;
	}
	return d <= ulps * u || d <= absb;
}

/* The comparison of one result: -1 equal under the comparator, else the
 * first element that is not. */
struct ctx_cmp {
	const struct spec *s;
	const struct tensor *ref, *got, *ftz;	/* ftz: the reference with denormal inputs flushed */
	const struct tensor *r64, *abs64;	/* C_SUM: the f64 result, the f64 sum of |terms| */
	const struct tensor *x0;		/* C_ULP: the operand, element for element */
	const struct tensor *x1;		/* power: the exponent */
	int64_t nterms;
};

static int
elem_ok(const struct ctx_cmp *c, int64_t i)
{
	const struct cop *op = c->s->op;
	const struct tensor *ref = c->ref, *got = c->got;
	enum dtype t = got->type.dt;
	uint64_t a = get_bits(ref, i), b = get_bits(got, i);

	if (a == b)
		return 1;
	if (!dtype_is_float(t) || op->cmp == C_BYTES)
		return 0;
	if (c->ftz && get_bits(c->ftz, i) == b)
		return 1;	/* denormal inputs flushed, as Vulkan allows */
	double r = get_f(ref, i), g = get_f(got, i);
	if (op->cmp == C_IEEE) {
		if (isnan(r) && isnan(g))
			return 1;
		return is_denormal(t, r) && g == 0 && signbit(g) == signbit(r);
	}
	if (op->cmp == C_ULP) {
		double x = c->x0 ? get_f(c->x0, i) : 0;
		if (c->ftz && ulp_ok(op, t, get_f(c->ftz, i), g, x))
			return 1;
		return ulp_ok(op, t, r, g, x);
	}
	/* C_SUM: n u sum|x| + 1 ulp of the f64 result */
	double r64 = get_f(c->r64, i), S = get_f(c->abs64, i);
	int mant, emin;
	double maxv;
	fmt_of(t, &mant, &emin, &maxv);
	/* dots accumulate in f32 (f64 for f64); reductions in their body's
	 * type, so in the element type */
	double u = t == DTYPE_F64 ? ldexp(1, -53) : c->s->op->k == K_DOT ? ldexp(1, -24) : ldexp(1, -mant - 1);
	/* gamma_n = n u / (1 - n u); past n u = 1/2 the classic bound says
	 * nothing finer than the sum of the magnitudes */
	double n = (double)c->nterms, gam = n * u < 0.5 ? n * u / (1 - n * u) : 1;
	if (t == DTYPE_F64)
		gam *= 2;	/* the reference is an f64 sum itself */
	double bound = gam * S + ulp(t, r64) + n * ldexp(1, t == DTYPE_F64 ? -1022 : -126);
	if (isnan(r64))
		return isnan(g);
	if (isnan(g))
		return 0;
	if (isinf(r64) || fabs(r64) + bound > maxv)
		return isinf(g) ? g == r64 || fabs(r64) + bound > maxv : fabs(g - r64) <= bound;
	if (isinf(g))
		return 0;
	return fabs(g - r64) <= bound;
}

static int64_t
first_bad(const struct ctx_cmp *c)
{
	int64_t n = mlir_numel(&c->ref->type);

	for (int64_t i = 0; i < n; i++)
		if (!elem_ok(c, i))
			return i;
	return -1;
}

/* An element as text: its bits and its value. */
static void
elem_str(struct strbuf *b, const struct tensor *x, int64_t i)
{
	enum dtype t = x->type.dt;
	uint64_t v = get_bits(x, i);
	int w = (int)dtype_size(t) * 2;

	if (dtype_is_float(t))
		sb_printf(b, "0x%0*llx (%.*g)", w, (unsigned long long)v, t == DTYPE_F64 ? 17 : 9, get_f(x, i));
	else if (t == DTYPE_BOOL)
		sb_printf(b, "%s", v ? "true" : "false");
	else if (dtype_is_signed_int(t))
		sb_printf(b, "%lld", (long long)tensor_get_i(x, (size_t)i));
	else
		sb_printf(b, "%llu", (unsigned long long)v);
}

static void
coords(struct strbuf *b, const struct mlir_type *t, int64_t i)
{
	int64_t c[8];

	for (int d = t->rank - 1; d >= 0; d--) {
		c[d] = t->dim[d] ? i % t->dim[d] : 0;
		i = t->dim[d] ? i / t->dim[d] : 0;
	}
	sb_puts(b, "[");
	ilist(b, c, t->rank);
	sb_puts(b, "]");
}

/* The elements of x around i (all of a small one). */
static void
dump(struct strbuf *b, const struct tensor *x, int64_t i)
{
	int64_t n = mlir_numel(&x->type), lo = 0, hi = n;

	if (n > 24) {
		lo = i - 8 < 0 ? 0 : i - 8;
		hi = lo + 16 > n ? n : lo + 16;
	}
	sb_printf(b, "%s", lo ? "... " : "");
	for (int64_t k = lo; k < hi; k++) {
		sb_printf(b, "%s[%lld] ", k > lo ? ", " : "", (long long)k);
		elem_str(b, x, k);
	}
	sb_printf(b, "%s", hi < n ? " ..." : "");
}

/* Running a module */

/* Runs @main of m on be (at workgroup size wg) `times` times: the
 * results of run k in out[k * nres ...].  0; -1 with why (unsup set
 * when the backend does not load it). */
static int
exec_n(const struct exec_backend *be, const struct exec_opts *xo, int wg, int tier, const struct mlir_module *m,
    struct tensor **in, const struct sig *g, int times, struct tensor **out, int *unsup, struct strbuf *why)
{
	struct exec_opts o = *xo;
	struct exec_binding a[MAXARG], r[MAXRES];
	int ret = -1;

	*unsup = 0;
	o.wg = wg;
	o.tier = tier;
	struct exec_session *s = be->open(&o);
	if (!s) {
		sb_printf(why, "%s", err_reason());
		return -1;
	}
	for (int k = 0; k < g->nargs; k++)
		a[k] = (struct exec_binding){ EXEC_INPUT, NULL };
	for (int k = 0; k < g->nres; k++)
		r[k] = (struct exec_binding){ EXEC_OUTPUT, NULL };
	int h = be->load(s, m, "main", a, r);
	if (h < 0) {
		sb_printf(why, "%s", err_reason());
		*unsup = strstr(err_reason(), "unsupported") != NULL;
		goto out;
	}
	for (int k = 0; k < times; k++) {
		int n = be->run(s, h, in, out + k * g->nres);
		if (n != g->nres) {
			if (n >= 0)
				for (int j = 0; j < n; j++)
					tensor_free(out[k * g->nres + j]), out[k * g->nres + j] = NULL;
			sb_printf(why, "%s", n < 0 ? err_reason() : "a wrong number of results");
			*unsup = n < 0 && strstr(err_reason(), "unsupported") != NULL;
			goto out;
		}
	}
	ret = 0;
out:
	be->close(s);
	return ret;
}

static void
free_all(struct tensor **t, int n)
{
	for (int i = 0; i < n; i++) {
		tensor_free(t[i]);
		t[i] = NULL;
	}
}

/* A copy of x in type t (floats through f64, exactly for widening). */
static struct tensor *
as_type(const struct tensor *x, enum dtype t, int absval)
{
	struct mlir_type ty2 = x->type;

	ty2.dt = t;
	ty2.name = dtype_mlir_name(t);
	struct tensor *y = tensor_new(&ty2);
	if (!y)
		return NULL;
	int64_t n = mlir_numel(&x->type);
	for (int64_t i = 0; i < n; i++) {
		double v = get_f(x, i);
		tensor_set_f(y, (size_t)i, absval ? fabs(v) : v);
	}
	return y;
}

/* x with its float denormals made zeros of their sign; NULL when it has
 * none (or is not float). */
static struct tensor *
flushed(const struct tensor *x)
{
	enum dtype t = x->type.dt;
	int64_t n = mlir_numel(&x->type);
	struct tensor *y = NULL;

	if (!dtype_is_float(t))
		return NULL;
	for (int64_t i = 0; i < n; i++) {
		double v = get_f(x, i);
		if (!is_denormal(t, v))
			continue;
		if (!y && !(y = tensor_copy(x)))
			return NULL;
		put_bits(y, i, get_bits(x, i) & ((uint64_t)1 << (dtype_size(t) * 8 - 1)));
	}
	return y;
}

/* The operand 0 as the op sees it: transposed back from a strided argument. */
static struct tensor *
operand0(const struct spec *s, const struct tensor *a)
{
	struct tensor *y = tensor_copy(a);

	if (!y || !s->strided || a->type.rank != 2)
		return y;
	int64_t R = a->type.dim[0], C = a->type.dim[1];
	y->type.dim[0] = C, y->type.dim[1] = R;
	for (int64_t i = 0; i < R; i++)
		for (int64_t j = 0; j < C; j++)
			put_bits(y, j * R + i, get_bits(a, i * C + j));
	return y;
}

static void
type_str(struct strbuf *b, const struct mlir_type *t)
{
	char buf[128];

	mlir_type_str(buf, sizeof(buf), t);
	sb_puts(b, buf);
}

/* A regression file: the case's parameters, its inputs in hex, its
 * module as a comment.  Returns 0 and the path in path. */
static int
write_regress(const char *dir, const struct spec *s, const struct sig *g, struct tensor **in, const char *text,
    const char *why, char *path, size_t np)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (int k = 0; k < g->nargs; k++)
		h = fnv(in[k]->data, in[k]->nbytes, h);
	snprintf(path, np, "%s/%s-%s%s%s-%s-%08llx.txt", dir, s->op->name, dtype_mlir_name(s->t),
	    s->t2 ? "-" : "", s->t2 ? dtype_mlir_name(s->t2) : "", s->name, (unsigned long long)(h & 0xffffffff));
	FILE *f = fopen(path, "w");
	if (!f)
		return err_set("cannot write '%s': %s", path, strerror(errno));
	fprintf(f, "# run --conform regression input: %s\n# ", s->op->name);
	for (const char *p = why; *p; p++) {
		fputc(*p, f);
		if (*p == '\n' && p[1])
			fputs("# ", f);
	}
	fprintf(f, "\nop %s\ntypes %s %s\ncase %s\nshape", s->op->name, dtype_mlir_name(s->t),
	    s->t2 ? dtype_mlir_name(s->t2) : "-", s->seed);
	for (int i = 0; i < s->rank; i++)
		fprintf(f, " %lld", (long long)s->p[i]);
	fprintf(f, "\nvariant %d\nstrided %d\n", s->v, s->strided);
	size_t total = 0;
	for (int k = 0; k < g->nargs; k++)
		total += in[k]->nbytes;
	if (total > 65536)
		fprintf(f, "# the inputs (%zu bytes) are not kept: the case's seed makes them again\n", total);
	for (int k = 0; k < g->nargs && total <= 65536; k++) {
		fprintf(f, "input %d ", k);
		const unsigned char *d = in[k]->data;
		for (size_t i = 0; i < in[k]->nbytes; i++)
			fprintf(f, "%02x", d[i]);
		fputc('\n', f);
	}
	fputs("# the module:\n", f);
	for (const char *p = text; *p; p++) {
		if (p == text || p[-1] == '\n')
			fputs("# ", f);
		fputc(*p, f);
	}
	if (fclose(f) != 0)
		return err_set("cannot write '%s': %s", path, strerror(errno));
	return 0;
}

/* The runner */

struct runner {
	const struct conform_opts *o;
	const struct exec_backend *ref;
	int wg[8], nwg;
	void (*report)(void *ctx, const struct conform_case *c);
	void *ctx;
	int failed;
};

static void
types_str(char *buf, size_t n, const struct spec *s)
{
	snprintf(buf, n, "%s%s%s", dtype_mlir_name(s->t), s->t2 ? "->" : "", s->t2 ? dtype_mlir_name(s->t2) : "");
}

/* Runs case s on inputs in (made from the seed when NULL). */
static void
run_case(struct runner *R, const struct spec *s, struct tensor **given)
{
	struct conform_case c = { .op = s->op->name, .cmp = cmp_words(s->op) };
	struct strbuf text = { 0 }, msg = { 0 }, why = { 0 };
	struct sig g;
	struct tensor *in[MAXARG] = { 0 }, *ref[MAXRES] = { 0 }, *out[2 * MAXRES] = { 0 };
	struct tensor *ftz_in[MAXARG] = { 0 }, *ftz[MAXRES] = { 0 }, *r64[MAXRES] = { 0 }, *a64[MAXRES] = { 0 };
	struct tensor *in64[MAXARG] = { 0 }, *x0 = NULL;
	struct mlir_module *m = NULL, *m64 = NULL;
	int unsup, has_ftz = 0;
	int64_t at = 0;

	types_str(c.types, sizeof(c.types), s);
	snprintf(c.name, sizeof(c.name), "%s", s->name);
	if (gen(s, 0, &text, &g) < 0)
		goto done_quiet;
	{
		struct strbuf sh = { 0 };
		type_str(&sh, &g.arg[0]);
		if (g.nargs)
			snprintf(c.shape, sizeof(c.shape), "%s", sh.s);
		sb_free(&sh);
	}
	if (!(m = mlir_parse(text.s, text.len, "conform", 1)) || mlir_verify(m) < 0) {
		c.status = CONFORM_FAIL;
		sb_printf(&msg, "the runner made a module that does not %s: %s\n%s", m ? "verify" : "parse",
		    err_reason(), text.s);
		goto done;
	}
	/* the inputs */
	uint64_t seed = fnv(s->op->name, strlen(s->op->name), 0xcbf29ce484222325ull);
	seed = fnv(&s->t, sizeof(s->t), seed);
	seed = fnv(&s->t2, sizeof(s->t2), seed);
	seed = fnv(s->seed, strlen(s->seed), seed);
	for (int k = 0; k < g.nargs; k++) {
		if (given && given[k]) {
			in[k] = given[k];
			given[k] = NULL;
			if (in[k]->nbytes != (size_t)tensor_bytes(&g.arg[k])) {
				c.status = CONFORM_FAIL;
				sb_printf(&msg, "input %d of the regression file has %zu bytes, its argument %lld", k,
				    in[k]->nbytes, (long long)tensor_bytes(&g.arg[k]));
				goto done;
			}
			in[k]->type = g.arg[k];
			continue;
		}
		if (!(in[k] = tensor_new(&g.arg[k]))) {
			c.status = CONFORM_FAIL;
			sb_printf(&msg, "%s", err_reason());
			goto done;
		}
		fill(in[k], g.fill[k], g.lim[k], &seed);
	}
	/* the reference, and its variants the comparator needs */
	if (exec_n(R->ref, &R->o->xo, 0, 0, m, in, &g, 1, ref, &unsup, &why) < 0) {
		c.status = unsup ? CONFORM_SKIP : CONFORM_FAIL;
		sb_printf(&msg, "the interpreter: %s", why.s ? why.s : "?");
		goto done;
	}
	if (s->op->cmp == C_IEEE || s->op->cmp == C_ULP) {
		for (int k = 0; k < g.nargs; k++)
			if ((ftz_in[k] = flushed(in[k])))
				has_ftz = 1;
		if (has_ftz) {
			struct tensor *fi[MAXARG];
			for (int k = 0; k < g.nargs; k++)
				fi[k] = ftz_in[k] ? ftz_in[k] : in[k];
			if (exec_n(R->ref, &R->o->xo, 0, 0, m, fi, &g, 1, ftz, &unsup, &why) < 0)
				has_ftz = 0;
		}
	}
	if (s->op->cmp == C_ULP && g.nargs)
		x0 = operand0(s, in[0]);
	if (s->op->cmp == C_SUM && dtype_is_float(s->t)) {
		struct strbuf t64 = { 0 };
		struct sig g64;
		gen(s, DTYPE_F64, &t64, &g64);
		m64 = mlir_parse(t64.s, t64.len, "conform-f64", 1);
		sb_free(&t64);
		int bad = !m64;
		for (int k = 0; !bad && k < g.nargs; k++)
			bad = !(in64[k] = dtype_is_float(in[k]->type.dt) ? as_type(in[k], DTYPE_F64, 0) : tensor_copy(in[k]));
		if (bad || exec_n(R->ref, &R->o->xo, 0, 0, m64, in64, &g64, 1, r64, &unsup, &why) < 0) {
			c.status = CONFORM_FAIL;
			sb_printf(&msg, "the f64 reference: %s", why.s ? why.s : err_reason());
			goto done;
		}
		for (int k = 0; k < g.nargs; k++)
			if (dtype_is_float(in[k]->type.dt)) {
				tensor_free(in64[k]);
				in64[k] = as_type(in[k], DTYPE_F64, 1);
			}
		if (exec_n(R->ref, &R->o->xo, 0, 0, m64, in64, &g64, 1, a64, &unsup, &why) < 0) {
			c.status = CONFORM_FAIL;
			sb_printf(&msg, "the f64 reference: %s", why.s ? why.s : "?");
			goto done;
		}
	}
	/* the backend at each workgroup size and tier, twice */
	c.bytes_equal = 1;
	c.ntiers = R->o->be->tiers > 1 ? R->o->be->tiers : 1;
	for (int wt = 0; wt < R->nwg * c.ntiers; wt++) {
		int w = wt / c.ntiers, tier = wt % c.ntiers;
		if (!tier)
			c.wg[c.nwg++] = R->wg[w];
		if (exec_n(R->o->be, &R->o->xo, R->wg[w], tier, m, in, &g, 2, out, &unsup, &why) < 0) {
			c.status = unsup ? CONFORM_SKIP : CONFORM_FAIL;
			sb_printf(&msg, "%s", why.s ? why.s : "?");
			if (!unsup)
				sb_printf(&msg, " (workgroup size %d, tier %d)", R->wg[w], tier);
			goto report_fail;
		}
		for (int k = 0; k < g.nres; k++) {
			struct tensor *a = out[k], *b = out[g.nres + k];
			int64_t bad = -1, n = mlir_numel(&a->type);
			if (a->type.dt != ref[k]->type.dt || a->nbytes != ref[k]->nbytes) {
				c.status = CONFORM_FAIL;
				sb_printf(&msg, "result %d: the backend gives %zu bytes of %s, the interpreter %zu of %s", k,
				    a->nbytes, dtype_mlir_name(a->type.dt), ref[k]->nbytes, dtype_mlir_name(ref[k]->type.dt));
				goto report_fail;
			}
			if (memcmp(a->data, b->data, a->nbytes)) {
				for (int64_t i = 0; i < n && bad < 0; i++)
					if (get_bits(a, i) != get_bits(b, i))
						bad = i;
				at = bad;
				c.status = CONFORM_FAIL;
				sb_printf(&msg, "two runs differ (workgroup size %d, tier %d), result %d ", R->wg[w], tier, k);
				type_str(&msg, &a->type);
				sb_puts(&msg, " at element ");
				coords(&msg, &a->type, bad);
				sb_puts(&msg, ": ");
				elem_str(&msg, a, bad);
				sb_puts(&msg, " then ");
				elem_str(&msg, b, bad);
				sb_puts(&msg, "\n");
				goto report_input;
			}
			if (memcmp(a->data, ref[k]->data, a->nbytes))
				c.bytes_equal = 0;
			struct ctx_cmp cc = { .s = s, .ref = ref[k], .got = a, .ftz = has_ftz ? ftz[k] : NULL,
				.r64 = r64[k], .abs64 = a64[k], .x0 = x0, .nterms = g.nterms };
			if ((bad = first_bad(&cc)) >= 0) {
				at = bad;
				c.status = CONFORM_FAIL;
				sb_printf(&msg, "%s %s (case %s), result %d ", s->op->name, c.types, s->name, k);
				type_str(&msg, &a->type);
				sb_printf(&msg, ", workgroup size %d, tier %d: element %lld ", R->wg[w], tier, (long long)bad);
				coords(&msg, &a->type, bad);
				sb_puts(&msg, " is ");
				elem_str(&msg, a, bad);
				sb_puts(&msg, ", the interpreter's ");
				elem_str(&msg, ref[k], bad);
				if (r64[k]) {
					sb_printf(&msg, " (f64: %.17g, sum of |terms| %.17g, %lld terms)", get_f(r64[k], bad),
					    get_f(a64[k], bad), (long long)g.nterms);
				}
				sb_printf(&msg, "; comparator: %s\n", cmp_words(s->op));
				goto report_input;
			}
		}
		free_all(out, 2 * g.nres);
	}
	c.status = CONFORM_PASS;
	goto done;
report_input:
	for (int k = 0; k < g.nargs; k++) {
		sb_printf(&msg, "input %d ", k);
		type_str(&msg, &in[k]->type);
		sb_puts(&msg, ": ");
		dump(&msg, in[k], at < mlir_numel(&in[k]->type) ? at : 0);
		sb_puts(&msg, "\n");
	}
report_fail:
	if (c.status == CONFORM_FAIL && R->o->write_dir && g.nargs && s->cs >= 0 &&
	    write_regress(R->o->write_dir, s, &g, in, text.s, msg.s ? msg.s : "", c.file, sizeof(c.file)) < 0)
		sb_printf(&msg, "\n(%s)", err_reason());
done:
	if (c.status == CONFORM_FAIL)
		R->failed++;
	c.msg = msg.s ? msg.s : "";
	R->report(R->ctx, &c);
done_quiet:
	free_all(out, 2 * MAXRES);
	free_all(ref, MAXRES);
	free_all(ftz, MAXRES);
	free_all(r64, MAXRES);
	free_all(a64, MAXRES);
	free_all(in, MAXARG);
	free_all(ftz_in, MAXARG);
	free_all(in64, MAXARG);
	if (given)
		free_all(given, MAXARG);
	tensor_free(x0);
	if (m)
		mlir_free(m);
	if (m64)
		mlir_free(m64);
	sb_free(&text);
	sb_free(&msg);
	sb_free(&why);
}

/* The sizes of generated case cs of op at type t into s; 0, or -1 when
 * the op has no such case. */
static int
params(struct spec *s, int cs)
{
	const struct cop *op = s->op;
	uint64_t e[32];
	int64_t ne = edges(s->t, e);
	int64_t *p = s->p;

	/* the large case at a few types only: its point is the sizes */
	if (cs == CS_LARGE && s->t != DTYPE_F32 && s->t != DTYPE_BF16 && s->t != DTYPE_I32 &&
	    !(s->t == DTYPE_BOOL && op->k == K_REDUCE))
		return -1;
	if (cs == CS_LARGE && s->t2 && s->t2 != DTYPE_F32 && s->t2 != DTYPE_BF16 && s->t2 != DTYPE_F16)
		return -1;
	s->cs = cs;
	s->v = 0;
	s->strided = 0;
	s->rank = 0;
	snprintf(s->name, sizeof(s->name), "%s", case_name[cs]);
#define P(...) do { int64_t v_[] = { __VA_ARGS__ }; s->rank = (int)LEN(v_); memcpy(p, v_, sizeof(v_)); } while (0)
	switch (op->k) {
	case K_UN: case K_BIN: case K_CMP: case K_SELECT: case K_CLAMP: case K_CONVERT: case K_BITCAST: {
		int pairs = op->k == K_BIN || op->k == K_CMP || op->k == K_SELECT || op->k == K_CLAMP;
		if ((op->k == K_CONVERT || op->k == K_BITCAST) && cs != CS_EDGE && cs != CS_RANDOM &&
		    s->t != DTYPE_F32 && s->t2 != DTYPE_F32)
			return -1;
		switch (cs) {
		case CS_EDGE: P(pairs ? ne * ne : ne); break;
		case CS_RANK0: break;
		case CS_EMPTY: P(3, 0); break;
		case CS_RANDOM: P(3, 5, 37); break;
		case CS_LARGE: P(65543); s->v = 1; break;	/* select, clamp: scalar pred, bounds */
		case CS_STRIDED: P(37, 19); s->strided = 1; break;
		default: return -1;
		}
		return 0;
	}
	case K_BCAST:
		switch (cs) {
		case CS_EDGE: P(3, 5, ne); break;
		case CS_RANK0: s->v = 2; break;
		case CS_EMPTY: P(3, 0, 4); break;
		case CS_RANDOM: P(4, 6, 37); s->v = 1; break;
		case CS_LARGE: P(3, 129, 257); break;
		case CS_STRIDED: P(5, 37, 19); s->v = 1; return -1;
		default: return -1;
		}
		return 0;
	case K_RESHAPE: case K_TRANSPOSE: case K_SLICE: case K_REVERSE: case K_PAD: case K_CONCAT: case K_DSLICE:
	case K_DUS:
		switch (cs) {
		case CS_EDGE: P(3, 5, ne); break;
		case CS_RANK0: if (op->k == K_CONCAT) return -1; break;
		case CS_EMPTY: P(3, 0, 4); break;
		case CS_RANDOM: P(4, 6, 37); break;
		case CS_LARGE: P(3, 129, 257); break;
		case CS_STRIDED: P(37, 19); s->strided = 1; break;
		default: return -1;
		}
		return 0;
	case K_IOTA:
		switch (cs) {
		case CS_EMPTY: P(0, 5); s->v = 1; break;
		case CS_RANDOM: P(3, 5, 37); s->v = 2; break;
		case CS_LARGE: P(70001); break;
		case CS_EDGE: P(7, 300); s->v = 1; break;
		default: return -1;
		}
		return 0;
	case K_GATHER: case K_SCATTER:
		switch (cs) {
		case CS_EDGE: P(ne, 5, 9); break;
		case CS_EMPTY: P(37, 7, 0); break;
		case CS_RANDOM: P(37, 7, 23); break;
		case CS_LARGE: P(1031, 67, 100); break;
		case CS_STRIDED: P(19, 37, 11); s->strided = 1; break;
		case CS_TIES: if (op->k != K_SCATTER) return -1; P(5, 3, 40); s->v = 1; break;	/* replace, in order */
		default: return -1;
		}
		if (cs == CS_TIES)
			snprintf(s->name, sizeof(s->name), "duplicates");
		return 0;
	case K_REDUCE:
		switch (cs) {
		case CS_EDGE: P(4, ne); break;
		case CS_RANK0: s->v = 2; break;
		case CS_EMPTY: P(3, 0); break;
		case CS_RANDOM: P(3, 5, 37); s->v = 1; break;
		case CS_LARGE: P(2, 70001); break;
		case CS_STRIDED: P(37, 19); s->strided = 1; break;
		case CS_BATCH: P(3, 5, 37); s->v = 2; snprintf(s->name, sizeof(s->name), "all-dims"); break;
		default: return -1;
		}
		return 0;
	case K_ARGMAX:
		switch (cs) {
		case CS_EDGE: P(3, ne); break;
		case CS_TIES: P(8, 37); break;
		case CS_RANDOM: P(5, 37); break;
		case CS_LARGE: P(3, 70001); break;
		case CS_EMPTY: P(3, 0); break;
		case CS_STRIDED: P(37, 19); s->strided = 1; break;
		default: return -1;
		}
		return 0;
	case K_DOT:
		switch (cs) {
		case CS_EDGE: P(1, 4, ne, 3); s->v = 1; break;
		case CS_EMPTY: P(1, 3, 0, 5); s->v = 1; break;
		case CS_RANDOM: P(1, 7, 37, 13); s->v = 1; break;
		case CS_LARGE: P(1, 1, 4099, 67); break;
		case CS_STRIDED: P(1, 19, 37, 5); s->strided = 1; break;
		case CS_TIES: P(1, 1, 37, 19); snprintf(s->name, sizeof(s->name), "gemv"); break;
		case CS_BATCH: P(4, 2, 16, 33); s->v = 2; break;
		case CS_BATCH2: P(4, 2, 33, 16); s->v = 3; break;
		default: return -1;
		}
		return 0;
	case K_SORT:
		switch (cs) {
		case CS_EDGE: P(ne); break;
		case CS_RANDOM: P(5, 37); s->v = 1; break;
		case CS_TIES: P(4, 37); s->v = 1; break;
		case CS_LARGE: P(1025); break;	/* the interpreter sorts by insertion */
		case CS_EMPTY: P(3, 0); break;
		case CS_STRIDED: P(37, 19); s->strided = 1; break;
		default: return -1;
		}
		return 0;
	case K_RWIN:
		switch (cs) {
		case CS_EDGE: P(3, ne); break;
		case CS_RANDOM: P(7, 37); break;
		case CS_LARGE: P(67, 301); break;
		case CS_STRIDED: P(37, 19); s->strided = 1; break;
		default: return -1;
		}
		return 0;
	}
#undef P
	return -1;
}

/* The second types of a convert (every type) or a bitcast (those of
 * its size), after t2 (0 first); 0 past the last. */
static enum dtype
next_t2(const struct cop *op, enum dtype t, enum dtype t2)
{
	for (int k = (int)t2 + 1; k < DTYPE_COUNT; k++) {
		if (op->k == K_CONVERT)
			return (enum dtype)k;
		if (k != (int)t && dtype_size((enum dtype)k) == dtype_size(t) && t != DTYPE_BOOL && k != DTYPE_BOOL)
			return (enum dtype)k;
	}
	return DTYPE_INVALID;
}

static int
wanted(const struct conform_opts *o, const struct cop *op)
{
	if (!o->ops || !o->nops)
		return 1;
	for (int i = 0; i < o->nops; i++) {
		const char *n = o->ops[i];
		if (!strncmp(n, "stablehlo.", 10) && !strcmp(n, op->mlir))
			return 1;
		if (!strcmp(n, op->name) || !strcmp(n, op->mlir))
			return 1;
	}
	return 0;
}

static const struct cop *
find_op(const char *name)
{
	for (size_t i = 0; i < LEN(table); i++)
		if (!strcmp(table[i].name, name))
			return &table[i];
	return NULL;
}

static int
hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Reads regression file path into s and its inputs.  0 or -1. */
static int
read_regress(const char *path, struct spec *s, struct tensor **in)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int ret = -1, nin = 0;

	if (!f)
		return err_set("cannot open '%s': %s", path, strerror(errno));
	memset(s, 0, sizeof(*s));
	s->cs = -1;
	while ((n = getline(&line, &cap, f)) > 0) {
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (!n || line[0] == '#')
			continue;
		char *v = strchr(line, ' ');
		if (!v) {
			err_set("%s: '%s': no value", path, line);
			goto out;
		}
		*v++ = 0;
		if (!strcmp(line, "op")) {
			if (!(s->op = find_op(v))) {
				err_set("%s: no op '%s' in the table", path, v);
				goto out;
			}
		} else if (!strcmp(line, "types")) {
			char *sp = strchr(v, ' ');
			if (sp)
				*sp++ = 0;
			s->t = dtype_from_mlir(v, strlen(v));
			s->t2 = sp && strcmp(sp, "-") ? dtype_from_mlir(sp, strlen(sp)) : DTYPE_INVALID;
			if (s->t == DTYPE_INVALID || (sp && strcmp(sp, "-") && s->t2 == DTYPE_INVALID)) {
				err_set("%s: bad types '%s'", path, v);
				goto out;
			}
		} else if (!strcmp(line, "case")) {
			/* the generated case: the seed of inputs the file does not hold */
			snprintf(s->seed, sizeof(s->seed), "%.31s", v);
		} else if (!strcmp(line, "shape")) {
			char *e;
			s->rank = 0;
			while (*v && s->rank < 8) {
				long long d = strtoll(v, &e, 10);
				if (e == v || d < 0 || d > (1ll << 30)) {
					err_set("%s: bad shape", path);
					goto out;
				}
				s->p[s->rank++] = d;
				v = e;
				while (*v == ' ')
					v++;
			}
		} else if (!strcmp(line, "variant") || !strcmp(line, "strided")) {
			char *e;
			long k = strtol(v, &e, 10);
			if (*e || k < 0 || k > 16) {
				err_set("%s: bad %s", path, line);
				goto out;
			}
			*(line[0] == 'v' ? &s->v : &s->strided) = (int)k;
		} else if (!strcmp(line, "input")) {
			char *e;
			long k = strtol(v, &e, 10);
			if (k != nin || k >= MAXARG || (*e && *e != ' ')) {
				err_set("%s: inputs out of order", path);
				goto out;
			}
			e += *e == ' ';
			size_t len = strlen(e);
			if (len % 2) {
				err_set("%s: input %ld: an odd number of hex digits", path, k);
				goto out;
			}
			struct mlir_type bt = mk(DTYPE_U8, 1, (int64_t[]){ (int64_t)(len / 2) });
			if (!(in[nin] = tensor_new(&bt)))
				goto out;
			unsigned char *d = in[nin]->data;
			for (size_t i = 0; i < len / 2; i++) {
				int hi = hexval(e[2 * i]), lo = hexval(e[2 * i + 1]);
				if (hi < 0 || lo < 0) {
					err_set("%s: input %ld: not hex", path, k);
					goto out;
				}
				d[i] = (unsigned char)(hi << 4 | lo);
			}
			nin++;
		} else {
			err_set("%s: unknown line '%s'", path, line);
			goto out;
		}
	}
	if (!s->op || !s->t) {
		err_set("%s: no op or no types", path);
		goto out;
	}
	const char *b = strrchr(path, '/');
	snprintf(s->name, sizeof(s->name), "%.63s", b ? b + 1 : path);
	ret = 0;
out:
	free(line);
	fclose(f);
	if (ret < 0)
		free_all(in, MAXARG);
	return ret;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
conform_run(const struct conform_opts *o, void (*report)(void *ctx, const struct conform_case *c), void *ctx)
{
	struct runner R = { .o = o, .report = report, .ctx = ctx };

	if (!(R.ref = exec_find("interp")))
		return err_set("no reference interpreter");
	for (int i = 0; i < o->nops; i++) {
		int found = 0;
		for (size_t k = 0; k < LEN(table); k++) {
			struct conform_opts one = { .ops = &o->ops[i], .nops = 1 };
			found |= wanted(&one, &table[k]);
		}
		if (!found)
			return err_set("no op '%s' in the conformance table (run --conform lists them)", o->ops[i]);
	}
	R.nwg = o->be->wg_sizes ? o->be->wg_sizes(R.wg, 8) : 0;
	if (R.nwg <= 0) {
		R.nwg = 1;
		R.wg[0] = 0;
	}
	/* the regression files first: the bugs once found */
	if (o->regress_dir) {
		DIR *d = opendir(o->regress_dir);
		char **names = NULL;
		size_t nn = 0;
		struct dirent *de;
		if (!d && errno != ENOENT)
			return err_set("cannot open '%s': %s", o->regress_dir, strerror(errno));
		while (d && (de = readdir(d))) {
			size_t l = strlen(de->d_name);
			if (l > 4 && !strcmp(de->d_name + l - 4, ".txt")) {
				names = ereallocarray(names, nn + 1, sizeof(*names));
				names[nn++] = estrdup(de->d_name);
			}
		}
		if (d)
			closedir(d);
		if (nn)
			qsort(names, nn, sizeof(*names), cmp_str);
		for (size_t i = 0; i < nn; i++) {
			char path[4096];
			struct spec s;
			struct tensor *in[MAXARG] = { 0 };
			snprintf(path, sizeof(path), "%s/%s", o->regress_dir, names[i]);
			if (read_regress(path, &s, in) < 0) {
				struct conform_case c = { .op = "?", .cmp = "", .status = CONFORM_FAIL,
					.msg = (char *)err_reason() };
				snprintf(c.name, sizeof(c.name), "%.63s", names[i]);
				R.failed++;
				report(ctx, &c);
			} else if (wanted(o, s.op)) {
				run_case(&R, &s, in);
			} else {
				free_all(in, MAXARG);
			}
			free(names[i]);
		}
		free(names);
	}
	for (size_t i = 0; i < LEN(table); i++) {
		const struct cop *op = &table[i];
		if (!wanted(o, op))
			continue;
		const char *p = op->types;
		while (*p) {
			size_t l = strcspn(p, " ");
			struct spec s = { .op = op, .t = dtype_from_mlir(p, l) };
			p += l;
			while (*p == ' ')
				p++;
			if (s.t == DTYPE_INVALID)
				continue;
			int two = op->k == K_CONVERT || op->k == K_BITCAST;
			for (s.t2 = two ? next_t2(op, s.t, 0) : 0; !two || s.t2; s.t2 = two ? next_t2(op, s.t, s.t2) : 0) {
				for (int cs = 0; cs < CS_NCASE; cs++) {
					if (params(&s, cs) < 0)
						continue;
					snprintf(s.seed, sizeof(s.seed), "%.31s", s.name);
					run_case(&R, &s, NULL);
					if (op->k == K_CMP && dtype_is_float(s.t)) {
						s.v = 1;
						snprintf(s.name, sizeof(s.name), "%s-totalorder", case_name[cs]);
						snprintf(s.seed, sizeof(s.seed), "%.31s", s.name);
						run_case(&R, &s, NULL);
					}
				}
				if (!two)
					break;
			}
		}
	}
	return R.failed;
}
