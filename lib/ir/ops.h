/* Lowered ops: after parsing, every op carries a code from the table
 * below and its attributes decoded (dimension lists, slice bounds, the
 * comparison direction, constants as bytes of their type).  Backends
 * switch on the code and read the decoded fields; none matches op names
 * as strings and none re-reads attribute text, so a constant is decoded
 * once per module, not once per step.
 *
 * The table holds every op of the StableHLO and CHLO dialects (their
 * ODS definitions), func.call/func.return, and the check and interpreter
 * dialects of the StableHLO interpreter's tests.  An op a backend does not implement is
 * "unsupported" there; a name the table lacks is an error at parse time:
 * no dialect defines it. */
#ifndef OPS_H
#define OPS_H

#include <stddef.h>
#include <stdint.h>

struct mlir_module;
struct mlir_func;
struct mlir_op;

/* X(code, dialect-qualified name) */
#define OP_TABLE(X) \
	/* elementwise, one operand */ \
	X(ABS, "stablehlo.abs") X(NEGATE, "stablehlo.negate") X(EXP, "stablehlo.exponential") \
	X(EXPM1, "stablehlo.exponential_minus_one") X(LOG, "stablehlo.log") \
	X(LOG1P, "stablehlo.log_plus_one") X(SQRT, "stablehlo.sqrt") X(RSQRT, "stablehlo.rsqrt") \
	X(CBRT, "stablehlo.cbrt") X(SINE, "stablehlo.sine") X(COSINE, "stablehlo.cosine") \
	X(TAN, "stablehlo.tan") X(TANH, "stablehlo.tanh") X(LOGISTIC, "stablehlo.logistic") \
	X(FLOOR, "stablehlo.floor") X(CEIL, "stablehlo.ceil") \
	X(ROUND_AFZ, "stablehlo.round_nearest_afz") X(ROUND_EVEN, "stablehlo.round_nearest_even") \
	X(SIGN, "stablehlo.sign") X(NOT, "stablehlo.not") X(POPCNT, "stablehlo.popcnt") \
	X(CLZ, "stablehlo.count_leading_zeros") X(IS_FINITE, "stablehlo.is_finite") \
	X(ERF, "chlo.erf") X(ERFC, "chlo.erfc") X(LGAMMA, "chlo.lgamma") X(ATAN, "chlo.atan") \
	X(ASIN, "chlo.asin") X(ACOS, "chlo.acos") X(ACOSH, "chlo.acosh") X(ASINH, "chlo.asinh") \
	X(ATANH, "chlo.atanh") X(COSH, "chlo.cosh") X(SINH, "chlo.sinh") X(CHLO_TAN, "chlo.tan") \
	/* elementwise, two operands */ \
	X(ADD, "stablehlo.add") X(SUBTRACT, "stablehlo.subtract") X(MULTIPLY, "stablehlo.multiply") \
	X(DIVIDE, "stablehlo.divide") X(REMAINDER, "stablehlo.remainder") X(POWER, "stablehlo.power") \
	X(ATAN2, "stablehlo.atan2") X(MAXIMUM, "stablehlo.maximum") X(MINIMUM, "stablehlo.minimum") \
	X(AND, "stablehlo.and") X(OR, "stablehlo.or") X(XOR, "stablehlo.xor") \
	X(SHIFT_LEFT, "stablehlo.shift_left") X(SHIFT_RIGHT_LOGICAL, "stablehlo.shift_right_logical") \
	X(SHIFT_RIGHT_ARITHMETIC, "stablehlo.shift_right_arithmetic") \
	/* the rest the interpreter implements */ \
	X(COMPARE, "stablehlo.compare") X(SELECT, "stablehlo.select") X(CLAMP, "stablehlo.clamp") \
	X(CONVERT, "stablehlo.convert") X(BITCAST_CONVERT, "stablehlo.bitcast_convert") \
	X(CONSTANT, "stablehlo.constant") X(IOTA, "stablehlo.iota") X(RESHAPE, "stablehlo.reshape") \
	X(BROADCAST_IN_DIM, "stablehlo.broadcast_in_dim") X(TRANSPOSE, "stablehlo.transpose") \
	X(SLICE, "stablehlo.slice") X(DYNAMIC_SLICE, "stablehlo.dynamic_slice") \
	X(DYNAMIC_UPDATE_SLICE, "stablehlo.dynamic_update_slice") \
	X(CONCATENATE, "stablehlo.concatenate") X(PAD, "stablehlo.pad") X(REVERSE, "stablehlo.reverse") \
	X(DOT_GENERAL, "stablehlo.dot_general") X(GATHER, "stablehlo.gather") X(REDUCE, "stablehlo.reduce") \
	X(SCATTER, "stablehlo.scatter") X(REDUCE_WINDOW, "stablehlo.reduce_window") X(SORT, "stablehlo.sort") \
	X(REDUCE_PRECISION, "stablehlo.reduce_precision") X(WHILE, "stablehlo.while") X(IF, "stablehlo.if") \
	X(CASE, "stablehlo.case") X(CALL, "func.call") X(RETURN, "stablehlo.return") \
	X(FUNC_RETURN, "func.return") X(CUSTOM_CALL, "stablehlo.custom_call") \
	/* check dialect: the StableHLO interpreter's test ops */ \
	X(CHECK_EQ, "check.expect_eq") X(CHECK_EQ_CONST, "check.expect_eq_const") \
	X(CHECK_ALMOST_EQ, "check.expect_almost_eq") X(CHECK_ALMOST_EQ_CONST, "check.expect_almost_eq_const") \
	X(CHECK_CLOSE, "check.expect_close") X(CHECK_SERIALIZED_EQ, "check.expect_serialized_eq") \
	X(CHECK_EQ_SHORT, "check.eq") \
	/* the StableHLO interpreter's own dialect (its tests use it) */ \
	X(INTERPRETER_RUN_PARALLEL, "interpreter.run_parallel") X(INTERPRETER_PROBE, "interpreter.probe") \
	/* known ops no backend implements yet */ \
	X(AFTER_ALL, "stablehlo.after_all") X(ALL_GATHER, "stablehlo.all_gather") \
	X(ALL_REDUCE, "stablehlo.all_reduce") X(ALL_TO_ALL, "stablehlo.all_to_all") \
	X(ASYNC_DONE, "stablehlo.async_done") X(ASYNC_START, "stablehlo.async_start") \
	X(BATCH_NORM_GRAD, "stablehlo.batch_norm_grad") X(BATCH_NORM_INFERENCE, "stablehlo.batch_norm_inference") \
	X(BATCH_NORM_TRAINING, "stablehlo.batch_norm_training") X(BROADCAST, "stablehlo.broadcast") \
	X(CHOLESKY, "stablehlo.cholesky") X(COLLECTIVE_BROADCAST, "stablehlo.collective_broadcast") \
	X(COLLECTIVE_PERMUTE, "stablehlo.collective_permute") X(COLLECTIVE_REDUCE, "stablehlo.collective_reduce") \
	X(COMPLEX, "stablehlo.complex") X(COMPOSITE, "stablehlo.composite") X(CONVOLUTION, "stablehlo.convolution") \
	X(CREATE_TOKEN, "stablehlo.create_token") X(DOT, "stablehlo.dot") X(DYNAMIC_BROADCAST_IN_DIM, "stablehlo.dynamic_broadcast_in_dim") \
	X(DYNAMIC_CONV, "stablehlo.dynamic_conv") X(DYNAMIC_GATHER, "stablehlo.dynamic_gather") \
	X(DYNAMIC_IOTA, "stablehlo.dynamic_iota") X(DYNAMIC_PAD, "stablehlo.dynamic_pad") \
	X(DYNAMIC_RESHAPE, "stablehlo.dynamic_reshape") X(EINSUM, "stablehlo.einsum") X(FFT, "stablehlo.fft") \
	X(GET_DIMENSION_SIZE, "stablehlo.get_dimension_size") X(GET_TUPLE_ELEMENT, "stablehlo.get_tuple_element") \
	X(IMAG, "stablehlo.imag") X(INFEED, "stablehlo.infeed") X(MAP, "stablehlo.map") \
	X(OPTIMIZATION_BARRIER, "stablehlo.optimization_barrier") X(OUTFEED, "stablehlo.outfeed") \
	X(PARTITION_ID, "stablehlo.partition_id") X(REAL, "stablehlo.real") \
	X(REAL_DYNAMIC_SLICE, "stablehlo.real_dynamic_slice") X(RECV, "stablehlo.recv") \
	X(REDUCE_SCATTER, "stablehlo.reduce_scatter") X(REPLICA_ID, "stablehlo.replica_id") X(RNG, "stablehlo.rng") \
	X(RNG_BIT_GENERATOR, "stablehlo.rng_bit_generator") X(SELECT_AND_SCATTER, "stablehlo.select_and_scatter") \
	X(SEND, "stablehlo.send") X(SET_DIMENSION_SIZE, "stablehlo.set_dimension_size") \
	X(TORCH_INDEX_SELECT, "stablehlo.torch_index_select") X(TRIANGULAR_SOLVE, "stablehlo.triangular_solve") \
	X(TUPLE, "stablehlo.tuple") X(UNARY_EINSUM, "stablehlo.unary_einsum") \
	X(UNIFORM_DEQUANTIZE, "stablehlo.uniform_dequantize") X(UNIFORM_QUANTIZE, "stablehlo.uniform_quantize") \
	X(CHLO_ASIN_ACOS_KERNEL, "chlo._asin_acos_kernel") X(CHLO_BESSEL_I1E, "chlo.bessel_i1e") \
	X(CHLO_CONJ, "chlo.conj") X(CHLO_CONSTANT, "chlo.constant") X(CHLO_CONSTANT_LIKE, "chlo.constant_like") \
	X(CHLO_DIGAMMA, "chlo.digamma") X(CHLO_ERF_INV, "chlo.erf_inv") X(CHLO_IS_INF, "chlo.is_inf") \
	X(CHLO_IS_NEG_INF, "chlo.is_neg_inf") X(CHLO_IS_POS_INF, "chlo.is_pos_inf") X(CHLO_MULHI, "chlo.mulhi") \
	X(CHLO_NEXT_AFTER, "chlo.next_after") X(CHLO_POLYGAMMA, "chlo.polygamma") X(CHLO_RAGGED_DOT, "chlo.ragged_dot") \
	X(CHLO_SCAN, "chlo.scan") X(CHLO_SQUARE, "chlo.square") X(CHLO_TOP_K, "chlo.top_k") X(CHLO_ZETA, "chlo.zeta") \
	X(CHLO_BROADCAST_ADD, "chlo.broadcast_add") X(CHLO_BROADCAST_AND, "chlo.broadcast_and") \
	X(CHLO_BROADCAST_ATAN2, "chlo.broadcast_atan2") X(CHLO_BROADCAST_COMPARE, "chlo.broadcast_compare") \
	X(CHLO_BROADCAST_COMPLEX, "chlo.broadcast_complex") X(CHLO_BROADCAST_DIVIDE, "chlo.broadcast_divide") \
	X(CHLO_BROADCAST_MAXIMUM, "chlo.broadcast_maximum") X(CHLO_BROADCAST_MINIMUM, "chlo.broadcast_minimum") \
	X(CHLO_BROADCAST_MULTIPLY, "chlo.broadcast_multiply") X(CHLO_BROADCAST_NEXT_AFTER, "chlo.broadcast_next_after") \
	X(CHLO_BROADCAST_OR, "chlo.broadcast_or") X(CHLO_BROADCAST_POLYGAMMA, "chlo.broadcast_polygamma") \
	X(CHLO_BROADCAST_POWER, "chlo.broadcast_power") X(CHLO_BROADCAST_REMAINDER, "chlo.broadcast_remainder") \
	X(CHLO_BROADCAST_SELECT, "chlo.broadcast_select") X(CHLO_BROADCAST_SHIFT_LEFT, "chlo.broadcast_shift_left") \
	X(CHLO_BROADCAST_SHIFT_RIGHT_ARITHMETIC, "chlo.broadcast_shift_right_arithmetic") \
	X(CHLO_BROADCAST_SHIFT_RIGHT_LOGICAL, "chlo.broadcast_shift_right_logical") \
	X(CHLO_BROADCAST_SUBTRACT, "chlo.broadcast_subtract") X(CHLO_BROADCAST_XOR, "chlo.broadcast_xor") \
	X(CHLO_BROADCAST_ZETA, "chlo.broadcast_zeta")

enum op_code {
	OP_UNKNOWN,		/* never in a parsed module */
#define X(c, n) OP_##c,
	OP_TABLE(X)
#undef X
	OP_COUNT
};

/* The first and last codes of the elementwise groups. */
#define OP_IS_UNARY(c) ((c) >= OP_ABS && (c) <= OP_CHLO_TAN)
#define OP_IS_BINARY(c) ((c) >= OP_ADD && (c) <= OP_SHIFT_RIGHT_ARITHMETIC)
#define OP_IS_CHECK(c) ((c) >= OP_CHECK_EQ && (c) <= OP_CHECK_EQ_SHORT)

enum cmp_dir { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE };
enum cmp_type { CMPT_DEFAULT, CMPT_FLOAT, CMPT_TOTALORDER, CMPT_SIGNED, CMPT_UNSIGNED };

enum { OPA_MAX = 8 };	/* MLIR_MAX_RANK */

/* Index lists of gather and scatter dimension numbers. */
enum {
	GD_OFFSET,		/* offset_dims;           scatter: update_window_dims */
	GD_COLLAPSED,		/* collapsed_slice_dims;  inserted_window_dims */
	GD_START_MAP,		/* start_index_map;       scatter_dims_to_operand_dims */
	GD_OPERAND_BATCH,	/* operand_batching_dims; input_batching_dims */
	GD_INDEX_BATCH,		/* start_indices_batching_dims; scatter_indices_batching_dims */
	GD_COUNT
};

/* An op's attributes, decoded.  Each field says which ops fill it; the
 * rest stay zero. */
struct op_attrs {
	enum cmp_dir dir;		/* compare */
	enum cmp_type ctype;		/* compare */
	int64_t dim;			/* iota, concatenate, sort (normalized >= 0);
					 * gather/scatter: index_vector_dim */
	int n;				/* the entries of v */
	int64_t v[OPA_MAX];		/* broadcast_in_dim: dims; transpose: permutation;
					 * reduce, reverse: dimensions; dynamic_slice,
					 * gather: slice sizes; reduce_window: window dims */
	int64_t lo[OPA_MAX], hi[OPA_MAX], st[OPA_MAX];
					/* slice: start, limit, strides; pad: low, high,
					 * interior; reduce_window: -, -, strides */
	int nb, nc;			/* dot_general: batching and contracting pairs */
	int64_t lb[OPA_MAX], rb[OPA_MAX], lc[OPA_MAX], rc[OPA_MAX];
	int ng[GD_COUNT];		/* gather, scatter: the dimension numbers */
	int64_t g[GD_COUNT][OPA_MAX];
	int64_t bd[OPA_MAX], wdl[OPA_MAX];	/* reduce_window: base, window dilations */
	int64_t pad[2 * OPA_MAX];	/* reduce_window: (lo, hi) per dim */
	enum op_code body;		/* reduce: the binary op of an "applies" form
					 * or of a body that is just that op on its two
					 * arguments; OP_UNKNOWN otherwise */
	int body_applies;		/* 1: the "applies" form (no region) */
	int argmax;			/* reduce: 1 when the body is the argmax pair
				 * reduction the generation graphs use: (a > b ||
				 * a != a) keeps the accumulator, ties to the
				 * lower index (is_argmax in lower.c) */
	int eb, mb;			/* reduce_precision: exponent, mantissa bits */
	int stable;			/* sort: is_stable */
	int check;			/* check ops: 'e' exact, 'c' close, 'a' almost */
	double tol;			/* check almost: the tolerance */
	const void *bytes;		/* constant, check *_const: the value, row-major
					 * bytes of the result (or operand) type */
	size_t nbytes;
	const struct mlir_func *callee;	/* func.call */
	const char *target;		/* custom_call: the call target name */
};

/* The name of a code ("stablehlo.add"). */
const char *op_name(enum op_code c);

/* The code of a dialect-qualified name, or OP_UNKNOWN. */
enum op_code op_lookup(const char *name);

/* Lowers every op of m: sets its code and decodes its attributes into
 * the module's arena.  0, or -1 with "file:line: 'op': what" for an op
 * no dialect defines or an attribute that does not decode.  mlir_parse
 * calls it; a parsed module is always lowered. */
int mlir_lower(struct mlir_module *m);

#endif
