/* The reference interpreter.  Values are host tensors; floats are
 * computed in f64 and rounded to their type once per op (correctly
 * rounded for + - * / sqrt), integers in 64 bits and wrapped to their
 * width.  One small function per op, to be read against the spec. */
#include <assert.h>
#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "exec/interp.h"
#include "base/util.h"

/* Tensors and elements: the accessors of ir/tensor.h */

#define get_f tensor_get_f
#define set_f tensor_set_f
#define get_i tensor_get_i
#define set_i tensor_set_i
#define is_unsigned tensor_is_unsigned

static int
supported(const struct mlir_type *t)
{
	return t->dt != DTYPE_INVALID;
}

static int
is_float(const struct tensor *t)
{
	return dtype_is_float(t->type.dt);
}

static size_t
numel(const struct tensor *t)
{
	return (size_t)mlir_numel(&t->type);
}

/* Multi-index of flat index i. */
static void
unflat(const struct mlir_type *t, size_t i, int64_t *idx)
{
	for (int d = t->rank - 1; d >= 0; d--) {
		idx[d] = t->dim[d] ? (int64_t)(i % (size_t)t->dim[d]) : 0;
		i = t->dim[d] ? i / (size_t)t->dim[d] : 0;
	}
}

static void
copy_elem(struct tensor *dst, size_t di, const struct tensor *src, size_t si)
{
	size_t es = dtype_size(dst->type.dt);

	memcpy((char *)dst->data + di * es, (const char *)src->data + si * es, es);
}

/* Errors */

struct ctx {
	struct interp *ip;
	const struct mlir_op *op;
};

static int
op_fail(const struct ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int
op_fail(const struct ctx *c, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return err_set("%s:%d: '%s': %s", c->ip->m->file, c->op->line, c->op->name, msg);
}

static int
unsupported(const struct ctx *c, const char *what)
{
	return err_set("unsupported %s '%s' at %s:%d", what, c->op->name, c->ip->m->file, c->op->line);
}

#define IN(k) (c->ip->env[c->op->operands[(k)]])
#define RT(k) (&c->ip->m->types[c->op->results[(k)]])

static struct tensor *
out(const struct ctx *c, int k)
{
	struct tensor *t = tensor_new(RT(k));

	if (t) {
		tensor_free(c->ip->env[c->op->results[k]]);
		c->ip->env[c->op->results[k]] = t;
	}
	return t;
}

/* Elementwise ops */

static double
sign_f(double x)
{
	return isnan(x) ? x : x > 0 ? 1 : x < 0 ? -1 : x;
}

/* chlo.cosh as CHLO decomposes it: e^(x + log 1/2) + e^(-x + log 1/2),
 * each step in f32 for f32 (the reference values are computed so) */
static double
cosh_f32(double x)
{
	float h = logf(0.5f), a = (float)x + h, b = -(float)x + h;

	return (double)(expf(a) + expf(b));
}

static double
cosh_f64(double x)
{
	double h = log(0.5);

	return exp(x + h) + exp(-x + h);
}

static double
round_afz(double x)
{
	return round(x);
}

static double
negate_f(double x)
{
	return -x;
}

static double
rsqrt_f(double x)
{
	return 1.0 / sqrt(x);
}

static double
logistic_f(double x)
{
	return 1.0 / (1.0 + exp(-x));
}

/* The f64 function of a float unary op, or NULL. */
static double (*unary_fn(enum op_code code, enum dtype dt))(double)
{
	switch (code) {
	case OP_ABS: return fabs;
	case OP_NEGATE: return negate_f;
	case OP_EXP: return exp;
	case OP_EXPM1: return expm1;
	case OP_LOG: return log;
	case OP_LOG1P: return log1p;
	case OP_SQRT: return sqrt;
	case OP_RSQRT: return rsqrt_f;
	case OP_CBRT: return cbrt;
	case OP_SINE: return sin;
	case OP_COSINE: return cos;
	case OP_TAN: case OP_CHLO_TAN: return tan;
	case OP_TANH: return tanh;
	case OP_LOGISTIC: return logistic_f;
	case OP_FLOOR: return floor;
	case OP_CEIL: return ceil;
	case OP_ROUND_AFZ: return round_afz;
	case OP_ROUND_EVEN: return nearbyint;
	case OP_SIGN: return sign_f;
	case OP_ERF: return erf;
	case OP_ERFC: return erfc;
	case OP_LGAMMA: return lgamma;
	case OP_ATAN: return atan;
	case OP_ASIN: return asin;
	case OP_ACOS: return acos;
	case OP_ACOSH: return acosh;
	case OP_ASINH: return asinh;
	case OP_ATANH: return atanh;
	case OP_COSH: return dt == DTYPE_F64 ? cosh_f64 : cosh_f32;
	case OP_SINH: return sinh;
	default: return NULL;
	}
}

static int
unary(struct ctx *c)
{
	enum op_code code = c->op->code;
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(x);

	if (!r)
		return -1;
	if (is_float(x)) {
		if (code == OP_IS_FINITE) {
			for (i = 0; i < cnt; i++)
				set_i(r, i, isfinite(get_f(x, i)));
			return 0;
		}
		double (*f)(double) = unary_fn(code, x->type.dt);
		if (!f)
			return unsupported(c, "op");
		for (i = 0; i < cnt; i++)
			set_f(r, i, f(get_f(x, i)));
		return 0;
	}
	int bits = x->type.bits;
	for (i = 0; i < cnt; i++) {
		int64_t v = get_i(x, i);
		uint64_t u = (uint64_t)v, m = bits < 64 ? u & (((uint64_t)1 << bits) - 1) : u;
		switch (code) {
		case OP_NEGATE: v = (int64_t)(0 - u); break;
		case OP_ABS: v = v < 0 ? (int64_t)(0 - u) : v; break;
		case OP_NOT: v = x->type.dt == DTYPE_BOOL ? !v : ~v; break;
		case OP_SIGN: v = is_unsigned(x) ? v != 0 : (v > 0) - (v < 0); break;
		case OP_POPCNT: v = __builtin_popcountll(m); break;
		case OP_CLZ: v = m ? __builtin_clzll(m) - (64 - bits) : bits; break;
		default: return unsupported(c, "op");
		}
		set_i(r, i, v);
	}
	return 0;
}

static double
fmax_spec(double a, double b)
{
	return isnan(a) || isnan(b) ? NAN : (a > b || (a == b && !signbit(a))) ? a : b;
}

static double
fmin_spec(double a, double b)
{
	return isnan(a) || isnan(b) ? NAN : (a < b || (a == b && signbit(a))) ? a : b;
}

/* The float result of binary op code; *ok = 0 when it has none. */
static double
binary_f(enum op_code code, double a, double b, int *ok)
{
	switch (code) {
	case OP_ADD: return a + b;
	case OP_SUBTRACT: return a - b;
	case OP_MULTIPLY: return a * b;
	case OP_DIVIDE: return a / b;
	case OP_REMAINDER: return fmod(a, b);
	case OP_POWER: return pow(a, b);
	case OP_ATAN2: return atan2(a, b);
	case OP_MAXIMUM: return fmax_spec(a, b);
	case OP_MINIMUM: return fmin_spec(a, b);
	default: *ok = 0; return 0;
	}
}

/* The integer result of binary op code on x's type; *ok = 0 when it
 * has none. */
static int64_t
binary_i(enum op_code code, const struct tensor *x, int64_t a, int64_t b, int *ok)
{
	int uns = is_unsigned(x), bits = x->type.bits;
	uint64_t ua = (uint64_t)a, ub = (uint64_t)b;

	if (x->type.dt == DTYPE_BOOL && code == OP_ADD)
		return a | b;		/* i1: or */
	if (x->type.dt == DTYPE_BOOL && code == OP_MULTIPLY)
		return a & b;		/* i1: and */
	switch (code) {
	case OP_ADD: return (int64_t)(ua + ub);
	case OP_SUBTRACT: return (int64_t)(ua - ub);
	case OP_MULTIPLY: return (int64_t)(ua * ub);
	case OP_DIVIDE:
		if (b == 0)
			return -1;	/* all ones, as XLA */
		if (!uns && a == INT64_MIN && b == -1)
			return a;
		if (!uns && bits < 64 && b == -1 && a == -((int64_t)1 << (bits - 1)))
			return a;
		return uns ? (int64_t)(ua / ub) : a / b;
	case OP_REMAINDER:
		if (b == 0)
			return a;
		if (!uns && b == -1)
			return 0;
		return uns ? (int64_t)(ua % ub) : a % b;
	case OP_MAXIMUM: return uns ? (ua > ub ? a : b) : (a > b ? a : b);
	case OP_MINIMUM: return uns ? (ua < ub ? a : b) : (a < b ? a : b);
	case OP_AND: return a & b;
	case OP_OR: return a | b;
	case OP_XOR: return a ^ b;
	case OP_SHIFT_LEFT: return (ub >= (uint64_t)bits) ? 0 : (int64_t)(ua << ub);
	case OP_SHIFT_RIGHT_LOGICAL: {
		uint64_t m = bits < 64 ? ua & (((uint64_t)1 << bits) - 1) : ua;
		return (ub >= (uint64_t)bits) ? 0 : (int64_t)(m >> ub);
	}
	case OP_SHIFT_RIGHT_ARITHMETIC:
		return (ub >= (uint64_t)bits) ? (a < 0 ? -1 : 0) : a >> ub;
	case OP_POWER:
		if (b < 0 && !uns)
			return a == 1 ? 1 : a == -1 ? (b % 2 ? -1 : 1) : 0;
		{
			uint64_t res = 1, base = ua, e = ub;
			while (e) {
				if (e & 1)
					res *= base;
				base *= base;
				e >>= 1;
			}
			return (int64_t)res;
		}
	default:
		*ok = 0;
		return 0;
	}
}

static int
binary(struct ctx *c)
{
	enum op_code code = c->op->code;
	const struct tensor *x = IN(0), *y = IN(1);
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(x);
	int ok = 1;

	if (!r)
		return -1;
	if (numel(y) != cnt)
		return op_fail(c, "operand shapes differ");
	if (is_float(x)) {
		/* f32 products and sums rounded once from the exact f64 */
		for (i = 0; i < cnt && ok; i++)
			set_f(r, i, binary_f(code, get_f(x, i), get_f(y, i), &ok));
	} else {
		for (i = 0; i < cnt && ok; i++)
			set_i(r, i, binary_i(code, x, get_i(x, i), get_i(y, i), &ok));
	}
	return ok ? 0 : unsupported(c, "op");
}

static int
compare(struct ctx *c)
{
	const struct tensor *x = IN(0), *y = IN(1);
	enum cmp_dir dir = c->op->a->dir;
	int total = c->op->a->ctype == CMPT_TOTALORDER;
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(x);

	if (!r)
		return -1;
	for (i = 0; i < cnt; i++) {
		int lt, eq, un = 0;
		if (is_float(x) && total) {
			/* -NaN < -inf < ... < -0 < +0 < ... < inf < NaN: the bit
			 * patterns made monotonic */
			size_t es = dtype_size(x->type.dt);
			uint64_t a = 0, b = 0, top = (uint64_t)1 << (8 * es - 1);
			memcpy(&a, (const char *)x->data + i * es, es);
			memcpy(&b, (const char *)y->data + i * es, es);
			uint64_t mask = es == 8 ? ~(uint64_t)0 : (((uint64_t)1 << (8 * es)) - 1);
			a = (a & top) ? ~a & mask : a | top;
			b = (b & top) ? ~b & mask : b | top;
			lt = a < b;
			eq = a == b;
		} else if (is_float(x)) {
			double a = get_f(x, i), b = get_f(y, i);
			un = isnan(a) || isnan(b);
			lt = a < b;
			eq = a == b;
		} else if (is_unsigned(x)) {
			uint64_t a = (uint64_t)get_i(x, i), b = (uint64_t)get_i(y, i);
			lt = a < b;
			eq = a == b;
		} else {
			int64_t a = get_i(x, i), b = get_i(y, i);
			lt = a < b;
			eq = a == b;
		}
		int v;
		switch (dir) {
		case CMP_EQ: v = eq; break;
		case CMP_NE: v = !eq; break;
		case CMP_LT: v = lt; break;
		case CMP_LE: v = lt || eq; break;
		case CMP_GT: v = !lt && !eq && !un; break;
		default: v = !lt && !un; break;
		}
		set_i(r, i, v);
	}
	return 0;
}

static int
select_op(struct ctx *c)
{
	const struct tensor *p = IN(0), *a = IN(1), *b = IN(2);
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(r);
	int scalar = p->type.rank == 0;

	if (!r)
		return -1;
	for (i = 0; i < cnt; i++) {
		int pv = get_i(p, scalar ? 0 : i) != 0;
		copy_elem(r, i, pv ? a : b, i);
	}
	return 0;
}

static int
clamp(struct ctx *c)
{
	const struct tensor *lo = IN(0), *x = IN(1), *hi = IN(2);
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(x);

	if (!r)
		return -1;
	for (i = 0; i < cnt; i++) {
		size_t li = lo->type.rank ? i : 0, hi_i = hi->type.rank ? i : 0;
		if (is_float(x)) {
			double v = get_f(x, i), l = get_f(lo, li), h = get_f(hi, hi_i);
			/* min(max(x, lo), hi), even when lo > hi */
			if (isnan(v) || isnan(l) || isnan(h))
				v = NAN;
			else {
				v = v < l ? l : v;
				v = v > h ? h : v;
			}
			set_f(r, i, v);
		} else if (is_unsigned(x)) {
			uint64_t v = (uint64_t)get_i(x, i), l = (uint64_t)get_i(lo, li), h = (uint64_t)get_i(hi, hi_i);
			v = v < l ? l : v;
			set_i(r, i, (int64_t)(v > h ? h : v));
		} else {
			int64_t v = get_i(x, i), l = get_i(lo, li), h = get_i(hi, hi_i);
			v = v < l ? l : v;
			set_i(r, i, v > h ? h : v);
		}
	}
	return 0;
}

static int
convert(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(x);

	if (!r)
		return -1;
	for (i = 0; i < cnt; i++) {
		if (is_float(r)) {
			double v = is_float(x) ? get_f(x, i) : is_unsigned(x) ? (double)(uint64_t)get_i(x, i) :
			    (double)get_i(x, i);
			set_f(r, i, v);
		} else if (r->type.dt == DTYPE_BOOL) {
			set_i(r, i, is_float(x) ? get_f(x, i) != 0 : get_i(x, i) != 0);
		} else if (is_float(x)) {
			/* float to integer: truncate toward zero, saturate, NaN to 0 */
			double v = trunc(get_f(x, i));
			int bits = r->type.bits;
			double lo = is_unsigned(r) ? 0 : -ldexp(1, bits - 1);
			/* the first value past the range, exact in a double (2^64 - 1 is not) */
			double past = is_unsigned(r) ? ldexp(1, bits) : ldexp(1, bits - 1);
			if (isnan(v))
				v = 0;
			if (v < lo)
				v = lo;
			if (v >= past)
				set_i(r, i, is_unsigned(r) ? (int64_t)(bits == 64 ? UINT64_MAX : (1ull << bits) - 1) :
				    (int64_t)((1ull << (bits - 1)) - 1));
			else
				set_i(r, i, is_unsigned(r) ? (int64_t)(uint64_t)v : (int64_t)v);
		} else {
			set_i(r, i, get_i(x, i));
		}
	}
	return 0;
}

static int
bitcast_convert(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);

	if (!r)
		return -1;
	/* the same bytes in row-major order; a width change moves the
	 * difference into (or out of) the last dimension */
	int xsub = x->type.bits < 8 && x->type.dt != DTYPE_BOOL, rsub = r->type.bits < 8 && r->type.dt != DTYPE_BOOL;
	if (r->nbytes != x->nbytes || xsub || rsub || (x->type.dt == DTYPE_BOOL) != (r->type.dt == DTYPE_BOOL))
		return unsupported(c, "sub-byte or size-changing form of");
	memcpy(r->data, x->data, r->nbytes);
	return 0;
}

/* Shapes */

static int
constant(struct ctx *c)
{
	struct tensor *r = out(c, 0);

	if (!r)
		return -1;
	if (c->op->a->nbytes != r->nbytes)
		return op_fail(c, "the value has %zu bytes for %zu", c->op->a->nbytes, r->nbytes);
	memcpy(r->data, c->op->a->bytes, r->nbytes);
	return 0;
}

static int
iota(struct ctx *c)
{
	struct tensor *r = out(c, 0);
	int64_t d = c->op->a->dim, idx[MLIR_MAX_RANK];

	if (!r)
		return -1;
	for (size_t i = 0; i < numel(r); i++) {
		unflat(&r->type, i, idx);
		if (is_float(r))
			set_f(r, i, (double)idx[d]);
		else
			set_i(r, i, idx[d]);
	}
	return 0;
}

static int
reshape(struct ctx *c)
{
	struct tensor *r = out(c, 0);

	if (!r)
		return -1;
	memcpy(r->data, IN(0)->data, r->nbytes);
	return 0;
}

static int
broadcast_in_dim(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	const int64_t *dims = c->op->a->v;
	int64_t idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	tensor_strides(&x->type, xs);
	for (size_t i = 0; i < numel(r); i++) {
		int64_t k = 0;
		unflat(&r->type, i, idx);
		for (int d = 0; d < x->type.rank; d++)
			k += (x->type.dim[d] == 1 ? 0 : idx[dims[d]]) * xs[d];
		copy_elem(r, i, x, (size_t)k);
	}
	return 0;
}

static int
transpose(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	const int64_t *perm = c->op->a->v;
	int64_t idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	tensor_strides(&x->type, xs);
	for (size_t i = 0; i < numel(r); i++) {
		int64_t k = 0;
		unflat(&r->type, i, idx);
		for (int d = 0; d < r->type.rank; d++)
			k += idx[d] * xs[perm[d]];
		copy_elem(r, i, x, (size_t)k);
	}
	return 0;
}

static int
slice(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	const int64_t *st = c->op->a->lo, *str = c->op->a->st;
	int64_t idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	tensor_strides(&x->type, xs);
	for (size_t i = 0; i < numel(r); i++) {
		int64_t k = 0;
		unflat(&r->type, i, idx);
		for (int d = 0; d < x->type.rank; d++)
			k += (st[d] + idx[d] * str[d]) * xs[d];
		copy_elem(r, i, x, (size_t)k);
	}
	return 0;
}

/* start indices clamped so the window fits, as the spec says */
static void
clamp_starts(const struct ctx *c, int first, const struct mlir_type *x, const int64_t *size, int64_t *st)
{
	for (int d = 0; d < x->rank; d++) {
		const struct tensor *t = IN(first + d);
		int64_t v = is_unsigned(t) ? (int64_t)(uint64_t)get_i(t, 0) : get_i(t, 0);
		if (v > x->dim[d] - size[d])
			v = x->dim[d] - size[d];
		if (v < 0)
			v = 0;
		st[d] = v;
	}
}

static int
dynamic_slice(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	int64_t st[MLIR_MAX_RANK], idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	if (c->op->noperands != 1 + x->type.rank)
		return op_fail(c, "expected %d start indices", x->type.rank);
	clamp_starts(c, 1, &x->type, r->type.dim, st);
	tensor_strides(&x->type, xs);
	for (size_t i = 0; i < numel(r); i++) {
		int64_t k = 0;
		unflat(&r->type, i, idx);
		for (int d = 0; d < x->type.rank; d++)
			k += (st[d] + idx[d]) * xs[d];
		copy_elem(r, i, x, (size_t)k);
	}
	return 0;
}

static int
dynamic_update_slice(struct ctx *c)
{
	const struct tensor *x = IN(0), *u = IN(1);
	struct tensor *r = out(c, 0);
	int64_t st[MLIR_MAX_RANK], idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	if (c->op->noperands != 2 + x->type.rank)
		return op_fail(c, "expected %d start indices", x->type.rank);
	memcpy(r->data, x->data, r->nbytes);
	clamp_starts(c, 2, &x->type, u->type.dim, st);
	tensor_strides(&x->type, xs);
	for (size_t i = 0; i < numel(u); i++) {
		int64_t k = 0;
		unflat(&u->type, i, idx);
		for (int d = 0; d < x->type.rank; d++)
			k += (st[d] + idx[d]) * xs[d];
		copy_elem(r, (size_t)k, u, i);
	}
	return 0;
}

static int
concatenate(struct ctx *c)
{
	struct tensor *r = out(c, 0);
	int64_t dim = c->op->a->dim, idx[MLIR_MAX_RANK], rs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	tensor_strides(&r->type, rs);
	int64_t off = 0;
	for (int k = 0; k < c->op->noperands; k++) {
		const struct tensor *x = IN(k);
		for (size_t i = 0; i < numel(x); i++) {
			int64_t j = 0;
			unflat(&x->type, i, idx);
			idx[dim] += off;
			for (int d = 0; d < r->type.rank; d++)
				j += idx[d] * rs[d];
			copy_elem(r, (size_t)j, x, i);
		}
		off += x->type.dim[dim];
	}
	return 0;
}

static int
pad(struct ctx *c)
{
	const struct tensor *x = IN(0), *pv = IN(1);
	struct tensor *r = out(c, 0);
	const int64_t *lo = c->op->a->lo, *in = c->op->a->st;
	int64_t idx[MLIR_MAX_RANK], rs[MLIR_MAX_RANK];
	int rank = x->type.rank;

	if (!r)
		return -1;
	for (size_t i = 0; i < numel(r); i++)
		copy_elem(r, i, pv, 0);
	tensor_strides(&r->type, rs);
	for (size_t i = 0; i < numel(x); i++) {
		int64_t j = 0, ok = 1;
		unflat(&x->type, i, idx);
		for (int d = 0; d < rank; d++) {
			int64_t p = lo[d] + idx[d] * (in[d] + 1);
			if (p < 0 || p >= r->type.dim[d])
				ok = 0;
			j += p * rs[d];
		}
		if (ok)
			copy_elem(r, (size_t)j, x, i);
	}
	return 0;
}

static int
reverse(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	const int64_t *dims = c->op->a->v;
	int64_t idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];
	int nd = c->op->a->n;

	if (!r)
		return -1;
	tensor_strides(&x->type, xs);
	for (size_t i = 0; i < numel(r); i++) {
		int64_t k = 0;
		unflat(&r->type, i, idx);
		for (int j = 0; j < nd; j++)
			idx[dims[j]] = x->type.dim[dims[j]] - 1 - idx[dims[j]];
		for (int d = 0; d < x->type.rank; d++)
			k += idx[d] * xs[d];
		copy_elem(r, i, x, (size_t)k);
	}
	return 0;
}

static int
dot_general(struct ctx *c)
{
	const struct tensor *x = IN(0), *y = IN(1);
	struct tensor *r = out(c, 0);
	const struct op_attrs *at = c->op->a;
	const int64_t *lb = at->lb, *rb = at->rb, *lc = at->lc, *rc = at->rc;
	int nlb = at->nb, nrb = at->nb, nlc = at->nc, nrc = at->nc;

	if (!r)
		return -1;
	if (!is_float(x) && is_float(r))
		return unsupported(c, "mixed integer/float");
	/* result dims: batch, lhs free, rhs free */
	int lfree[MLIR_MAX_RANK], rfree[MLIR_MAX_RANK], nlf = 0, nrf = 0;
	for (int d = 0; d < x->type.rank; d++) {
		int used = 0;
		for (int k = 0; k < nlb; k++) used |= lb[k] == d;
		for (int k = 0; k < nlc; k++) used |= lc[k] == d;
		if (!used) lfree[nlf++] = d;
	}
	for (int d = 0; d < y->type.rank; d++) {
		int used = 0;
		for (int k = 0; k < nrb; k++) used |= rb[k] == d;
		for (int k = 0; k < nrc; k++) used |= rc[k] == d;
		if (!used) rfree[nrf++] = d;
	}
	if (x->type.dt == DTYPE_F32 && y->type.dt == DTYPE_F32 && r->type.dt == DTYPE_F32 && nlb == 0 &&
	    nlc == 1 && x->type.rank == 2 && y->type.rank == 2 && lc[0] == 1 && rc[0] == 1) {
		/* (M, K) x (N, K): the same sequential f32 sums as below,
		 * without the index arithmetic */
		int64_t M = x->type.dim[0], N = y->type.dim[0], K = x->type.dim[1];
		const float *a = x->data, *b = y->data;
		float *o = r->data;
		for (int64_t i = 0; i < M; i++)
			for (int64_t j = 0; j < N; j++) {
				float acc = 0;
				const float *ar = a + i * K, *br = b + j * K;
				for (int64_t k = 0; k < K; k++)
					acc += (float)((double)ar[k] * br[k]);
				o[i * N + j] = acc;
			}
		return 0;
	}
	int64_t xs[MLIR_MAX_RANK], ys[MLIR_MAX_RANK], ridx[MLIR_MAX_RANK];
	tensor_strides(&x->type, xs);
	tensor_strides(&y->type, ys);
	int64_t csize = 1, cdims[MLIR_MAX_RANK];
	for (int k = 0; k < nlc; k++) {
		cdims[k] = x->type.dim[lc[k]];
		csize *= cdims[k];
	}
	for (size_t i = 0; i < numel(r); i++) {
		int64_t xo = 0, yo = 0, j = 0;
		unflat(&r->type, i, ridx);
		for (int k = 0; k < nlb; k++, j++) {
			xo += ridx[j] * xs[lb[k]];
			yo += ridx[j] * ys[rb[k]];
		}
		for (int k = 0; k < nlf; k++, j++)
			xo += ridx[j] * xs[lfree[k]];
		for (int k = 0; k < nrf; k++, j++)
			yo += ridx[j] * ys[rfree[k]];
		/* accumulate sequentially in f32 (f64 for f64), as XLA and
		 * the reference interpreter do: the order is the spec's */
		double acc = 0;
		float facc = 0;
		int f64 = r->type.dt == DTYPE_F64;
		int64_t iacc = 0;
		for (int64_t t = 0; t < csize; t++) {
			int64_t rem = t, xa = xo, ya = yo;
			for (int k = nlc - 1; k >= 0; k--) {
				int64_t v = rem % cdims[k];
				rem /= cdims[k];
				xa += v * xs[lc[k]];
				ya += v * ys[rc[k]];
			}
			if (is_float(x) && f64)
				acc += get_f(x, (size_t)xa) * get_f(y, (size_t)ya);
			else if (is_float(x))
				facc += (float)(get_f(x, (size_t)xa) * get_f(y, (size_t)ya));
			else if (x->type.dt == DTYPE_BOOL)
				iacc |= get_i(x, (size_t)xa) & get_i(y, (size_t)ya);
			else
				iacc = (int64_t)((uint64_t)iacc + (uint64_t)get_i(x, (size_t)xa) * (uint64_t)get_i(y, (size_t)ya));
		}
		if (is_float(r))
			set_f(r, i, f64 ? acc : facc);
		else
			set_i(r, i, iacc);
	}
	return 0;
}

static int
gather(struct ctx *c)
{
	const struct tensor *x = IN(0), *ix = IN(1);
	struct tensor *r = out(c, 0);
	const struct op_attrs *at = c->op->a;
	const int64_t *offd = at->g[GD_OFFSET], *coll = at->g[GD_COLLAPSED], *smap = at->g[GD_START_MAP];
	const int64_t *obd = at->g[GD_OPERAND_BATCH], *ibd = at->g[GD_INDEX_BATCH], *ss = at->v;
	int noff = at->ng[GD_OFFSET], ncoll = at->ng[GD_COLLAPSED], nmap = at->ng[GD_START_MAP];
	int nobd = at->ng[GD_OPERAND_BATCH];
	int64_t ivd = at->dim;

	if (!r)
		return -1;
	int64_t ridx[MLIR_MAX_RANK], iidx[MLIR_MAX_RANK], xidx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK], is[MLIR_MAX_RANK];
	tensor_strides(&x->type, xs);
	tensor_strides(&ix->type, is);
	/* operand dims kept in the slice (not collapsed nor batching) map to offset dims */
	int64_t kept[MLIR_MAX_RANK];
	int nkept = 0;
	for (int d = 0; d < x->type.rank; d++) {
		int skip = 0;
		for (int k = 0; k < ncoll; k++) skip |= coll[k] == d;
		for (int k = 0; k < nobd; k++) skip |= obd[k] == d;
		if (!skip) kept[nkept++] = d;
	}
	if (nkept != noff)
		return op_fail(c, "offset_dims do not match the slice");
	for (size_t i = 0; i < numel(r); i++) {
		unflat(&r->type, i, ridx);
		/* batch indices: result dims that are not offset dims */
		int64_t bidx[MLIR_MAX_RANK];
		int nb = 0;
		for (int d = 0; d < r->type.rank; d++) {
			int isoff = 0;
			for (int k = 0; k < noff; k++) isoff |= offd[k] == d;
			if (!isoff) bidx[nb++] = ridx[d];
		}
		/* the index vector: start_indices at the batch position */
		int b = 0;
		for (int d = 0; d < ix->type.rank; d++)
			iidx[d] = d == ivd ? 0 : bidx[b++];
		int64_t start[MLIR_MAX_RANK] = { 0 };
		for (int k = 0; k < nmap; k++) {
			int64_t off = 0;
			for (int d = 0; d < ix->type.rank; d++)
				off += (d == ivd ? k : iidx[d]) * is[d];
			int64_t sv = get_i(ix, (size_t)off);
			int64_t od = smap[k];
			if (sv > x->type.dim[od] - ss[od])
				sv = x->type.dim[od] - ss[od];
			if (sv < 0)
				sv = 0;
			start[od] = sv;
		}
		for (int k = 0; k < nobd; k++) {
			/* batching dims index the operand with the batch index */
			int bi = 0, pos = 0;
			for (int d = 0; d < ix->type.rank; d++) {
				if (d == ivd)
					continue;
				if (d == ibd[k]) { pos = bi; break; }
				bi++;
			}
			start[obd[k]] = bidx[pos];
		}
		int64_t k2 = 0;
		for (int d = 0; d < x->type.rank; d++)
			xidx[d] = start[d];
		for (int k = 0; k < noff; k++)
			xidx[kept[k]] += ridx[offd[k]];
		for (int d = 0; d < x->type.rank; d++)
			k2 += xidx[d] * xs[d];
		copy_elem(r, i, x, (size_t)k2);
	}
	return 0;
}

/* Calls, regions, control flow */

static int run_region(struct interp *ip, const struct mlir_region *r, struct tensor **args, int nargs,
    struct tensor **res, int max);

static int
set_value(struct interp *ip, int id, const struct tensor *t)
{
	struct tensor *x = tensor_new(&t->type);

	if (!x)
		return -1;
	memcpy(x->data, t->data, t->nbytes);
	tensor_free(ip->env[id]);
	ip->env[id] = x;
	return 0;
}

/* acc = body(acc, cur) for the n operands of a reduce-like op */
static int
accumulate(struct ctx *c, int n, struct tensor **acc, struct tensor **cur)
{
	struct tensor *args[32], *res[16];
	int got;

	for (int k = 0; k < n; k++) {
		args[k] = acc[k];
		args[n + k] = cur[k];
	}
	got = run_region(c->ip, c->op->regions[0], args, 2 * n, res, n);
	if (got != n)
		return got < 0 ? -1 : op_fail(c, "the body returned %d values", got);
	for (int k = 0; k < n; k++) {
		memcpy(acc[k]->data, res[k]->data, acc[k]->nbytes);
		tensor_free(res[k]);
	}
	return 0;
}

/* reduce: the region applied pairwise along the dimensions, in order */
static int
reduce(struct ctx *c)
{
	int n = c->op->noperands / 2;
	const int64_t *dims = c->op->a->v;
	int nd = c->op->a->n;
	int applies = c->op->a->body_applies;
	enum op_code body = c->op->a->body;
	struct tensor *r[16], *acc[16], *cur[16];

	if (n < 1 || n > 16)
		return op_fail(c, "bad reduce");
	if (applies && (n != 1 || !(body == OP_ADD || body == OP_MULTIPLY || body == OP_MAXIMUM ||
	    body == OP_MINIMUM || (!is_float(IN(0)) && (body == OP_AND || body == OP_OR || body == OP_XOR)))))
		return unsupported(c, "reduction");
	const struct tensor *x0 = IN(0);
	for (int k = 0; k < n; k++) {
		if (!(r[k] = out(c, k)))
			return -1;
		struct mlir_type st = IN(n + k)->type;
		acc[k] = tensor_new(&st);
		/* one element of input k, as a scalar of its type */
		struct mlir_type et = IN(k)->type;
		et.rank = 0;
		cur[k] = tensor_new(&et);
	}
	int64_t ridx[MLIR_MAX_RANK], xidx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];
	tensor_strides(&x0->type, xs);
	int64_t rsize = 1;
	for (int j = 0; j < nd; j++)
		rsize *= x0->type.dim[dims[j]];
	int ret = 0;
	for (size_t i = 0; i < numel(r[0]) && ret == 0; i++) {
		unflat(&r[0]->type, i, ridx);
		for (int k = 0; k < n; k++)
			memcpy(acc[k]->data, IN(n + k)->data, acc[k]->nbytes);
		for (int64_t t = 0; t < rsize && ret == 0; t++) {
			/* place the kept dims, then the reduced ones */
			int rd = 0;
			int64_t rem = t;
			for (int d = x0->type.rank - 1; d >= 0; d--) {
				int red = 0;
				for (int j = 0; j < nd; j++) red |= dims[j] == d;
				if (red) {
					xidx[d] = rem % x0->type.dim[d];
					rem /= x0->type.dim[d];
				}
			}
			for (int d = 0; d < x0->type.rank; d++) {
				int red = 0;
				for (int j = 0; j < nd; j++) red |= dims[j] == d;
				if (!red)
					xidx[d] = ridx[rd++];
			}
			int64_t off = 0;
			for (int d = 0; d < x0->type.rank; d++)
				off += xidx[d] * xs[d];
			for (int k = 0; k < n; k++)
				copy_elem(cur[k], 0, IN(k), (size_t)off);
			if (applies) {
				/* the short form: one binary op, one operand */
				struct tensor *a = acc[0], *b = cur[0];
				int ok = 1;
				if (is_float(a))
					set_f(a, 0, binary_f(body, get_f(a, 0), get_f(b, 0), &ok));
				else
					set_i(a, 0, binary_i(body, a, get_i(a, 0), get_i(b, 0), &ok));
				continue;
			}
			if ((ret = accumulate(c, n, acc, cur)) < 0)
				break;
		}
		for (int k = 0; k < n && ret == 0; k++)
			copy_elem(r[k], i, acc[k], 0);
	}
	for (int k = 0; k < n; k++) {
		tensor_free(acc[k]);
		tensor_free(cur[k]);
	}
	return ret;
}

static int
call(struct ctx *c)
{
	const struct mlir_func *f = c->op->a->callee;
	const char *callee = f->name;
	struct tensor *args[64], *res[64];
	int n;

	if (c->op->noperands > 64 || f->body.nargs != c->op->noperands)
		return op_fail(c, "@%s takes %d arguments, got %d", callee, f->body.nargs, c->op->noperands);
	for (int k = 0; k < c->op->noperands; k++)
		args[k] = IN(k);
	if (++c->ip->depth > 64)
		return op_fail(c, "calls nested too deep");
	n = run_region(c->ip, &f->body, args, c->op->noperands, res, 64);
	c->ip->depth--;
	if (n < 0)
		return -1;
	if (n != c->op->nresults)
		return op_fail(c, "@%s returned %d values for %d results", callee, n, c->op->nresults);
	for (int k = 0; k < n; k++) {
		tensor_free(c->ip->env[c->op->results[k]]);
		c->ip->env[c->op->results[k]] = res[k];
	}
	return 0;
}

static int
while_op(struct ctx *c)
{
	int n = c->op->noperands;
	struct tensor *vals[64], *res[64];

	if (c->op->nregions != 2 || n > 64)
		return op_fail(c, "a while needs cond and body regions");
	for (int k = 0; k < n; k++) {
		vals[k] = tensor_new(&IN(k)->type);
		memcpy(vals[k]->data, IN(k)->data, vals[k]->nbytes);
	}
	int ret = 0;
	for (long iter = 0;; iter++) {
		int got = run_region(c->ip, c->op->regions[0], vals, n, res, 64);
		if (got != 1) {
			ret = got < 0 ? -1 : op_fail(c, "cond returned %d values", got);
			break;
		}
		int go = get_i(res[0], 0) != 0;
		tensor_free(res[0]);
		if (!go)
			break;
		got = run_region(c->ip, c->op->regions[1], vals, n, res, 64);
		if (got != n) {
			ret = got < 0 ? -1 : op_fail(c, "body returned %d values", got);
			break;
		}
		for (int k = 0; k < n; k++) {
			tensor_free(vals[k]);
			vals[k] = res[k];
		}
		if (iter > 100000000L) {
			ret = op_fail(c, "more than 1e8 iterations");
			break;
		}
	}
	for (int k = 0; k < n; k++) {
		if (ret == 0) {
			tensor_free(c->ip->env[c->op->results[k]]);
			c->ip->env[c->op->results[k]] = vals[k];
		} else {
			tensor_free(vals[k]);
		}
	}
	return ret;
}

static int
if_case(struct ctx *c)
{
	int64_t b = get_i(IN(0), 0);
	struct tensor *res[64];

	if (c->op->code == OP_IF)
		b = b ? 0 : 1;
	if (b < 0 || b >= c->op->nregions)
		b = c->op->nregions - 1;
	int got = run_region(c->ip, c->op->regions[b], NULL, 0, res, 64);
	if (got < 0)
		return -1;
	if (got != c->op->nresults)
		return op_fail(c, "a branch returned %d values", got);
	for (int k = 0; k < got; k++) {
		tensor_free(c->ip->env[c->op->results[k]]);
		c->ip->env[c->op->results[k]] = res[k];
	}
	return 0;
}


/* scatter: each update element combined into the result by the region,
 * at start index + window index; updates out of bounds are dropped */
static int
scatter(struct ctx *c)
{
	int n = (c->op->noperands - 1) / 2;
	const struct op_attrs *at = c->op->a;
	const int64_t *uwd = at->g[GD_OFFSET], *iwd = at->g[GD_COLLAPSED], *sdod = at->g[GD_START_MAP];
	const int64_t *ibd = at->g[GD_OPERAND_BATCH], *sibd = at->g[GD_INDEX_BATCH];
	int nuwd = at->ng[GD_OFFSET], niwd = at->ng[GD_COLLAPSED], nsdod = at->ng[GD_START_MAP];
	int nibd = at->ng[GD_OPERAND_BATCH];
	int64_t ivd = at->dim;
	struct tensor *r[16], *args[32], *res[16], *cur[16], *upd[16];

	if (n < 1 || n > 16 || c->op->noperands != 2 * n + 1 || c->op->nregions != 1)
		return op_fail(c, "bad scatter");
	const struct tensor *ix = IN(n), *u0 = IN(n + 1);
	const struct mlir_type *ot = &IN(0)->type;
	for (int k = 0; k < n; k++) {
		if (!(r[k] = out(c, k)))
			return -1;
		memcpy(r[k]->data, IN(k)->data, r[k]->nbytes);
		struct mlir_type st = IN(k)->type;
		st.rank = 0;
		cur[k] = tensor_new(&st);
		upd[k] = tensor_new(&st);
	}
	/* operand dims that take the window: not inserted, not batching */
	int64_t wdims[MLIR_MAX_RANK];
	int nw = 0;
	for (int d = 0; d < ot->rank; d++) {
		int skip = 0;
		for (int k = 0; k < niwd; k++) skip |= iwd[k] == d;
		for (int k = 0; k < nibd; k++) skip |= ibd[k] == d;
		if (!skip) wdims[nw++] = d;
	}
	int64_t uidx[MLIR_MAX_RANK], os[MLIR_MAX_RANK], is[MLIR_MAX_RANK];
	tensor_strides(ot, os);
	tensor_strides(&ix->type, is);
	int ret = 0;
	for (size_t i = 0; i < numel(u0) && ret == 0; i++) {
		unflat(&u0->type, i, uidx);
		/* scatter dims of the update index: those not in update_window_dims */
		int64_t sidx[MLIR_MAX_RANK], widx[MLIR_MAX_RANK];
		int ns = 0, nwi = 0;
		for (int d = 0; d < u0->type.rank; d++) {
			int isw = 0;
			for (int k = 0; k < nuwd; k++) isw |= uwd[k] == d;
			if (isw) widx[nwi++] = uidx[d];
			else sidx[ns++] = uidx[d];
		}
		int64_t full[MLIR_MAX_RANK] = { 0 };
		int64_t iidx[MLIR_MAX_RANK];
		int b = 0;
		for (int d = 0; d < ix->type.rank; d++)
			iidx[d] = d == ivd ? 0 : sidx[b++];
		for (int k = 0; k < nsdod; k++) {
			int64_t off = 0;
			for (int d = 0; d < ix->type.rank; d++)
				off += (d == ivd ? k : iidx[d]) * is[d];
			full[sdod[k]] += get_i(ix, (size_t)off);
		}
		for (int k = 0; k < nibd; k++) {
			int bi = 0, pos = 0;
			for (int d = 0; d < ix->type.rank; d++) {
				if (d == ivd)
					continue;
				if (d == sibd[k]) { pos = bi; break; }
				bi++;
			}
			full[ibd[k]] += sidx[pos];
		}
		for (int k = 0; k < nw && k < nwi; k++)
			full[wdims[k]] += widx[k];
		int inb = 1;
		int64_t off = 0;
		for (int d = 0; d < ot->rank; d++) {
			if (full[d] < 0 || full[d] >= ot->dim[d])
				inb = 0;
			off += full[d] * os[d];
		}
		if (!inb)
			continue;
		for (int k = 0; k < n; k++) {
			copy_elem(cur[k], 0, r[k], (size_t)off);
			copy_elem(upd[k], 0, IN(n + 1 + k), i);
			args[k] = cur[k];
			args[n + k] = upd[k];
		}
		int got = run_region(c->ip, c->op->regions[0], args, 2 * n, res, n);
		if (got != n) {
			ret = got < 0 ? -1 : op_fail(c, "the body returned %d values", got);
			break;
		}
		for (int k = 0; k < n; k++) {
			copy_elem(r[k], (size_t)off, res[k], 0);
			tensor_free(res[k]);
		}
	}
	for (int k = 0; k < n; k++) {
		tensor_free(cur[k]);
		tensor_free(upd[k]);
	}
	return ret;
}


/* reduce_window: for each result element, the region over its window
 * of the (padded, dilated) inputs, starting from the init values */
static int
reduce_window(struct ctx *c)
{
	int n = c->op->noperands / 2;
	const struct tensor *x0 = IN(0);
	int rank = x0->type.rank;
	const struct op_attrs *at = c->op->a;
	const int64_t *wd = at->v, *ws = at->st, *bd = at->bd, *wdl = at->wdl, *pad = at->pad;
	struct tensor *r[16], *acc[16], *cur[16];

	if (n < 1 || n > 16 || c->op->nregions != 1)
		return op_fail(c, "bad reduce_window");
	for (int k = 0; k < n; k++) {
		if (!(r[k] = out(c, k)))
			return -1;
		struct mlir_type st = IN(n + k)->type;
		acc[k] = tensor_new(&st);
		cur[k] = tensor_new(&st);
	}
	int64_t ridx[MLIR_MAX_RANK], widx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];
	tensor_strides(&x0->type, xs);
	int64_t wsize = 1;
	for (int d = 0; d < rank; d++)
		wsize *= wd[d];
	int ret = 0;
	for (size_t i = 0; i < numel(r[0]) && ret == 0; i++) {
		unflat(&r[0]->type, i, ridx);
		for (int k = 0; k < n; k++)
			memcpy(acc[k]->data, IN(n + k)->data, acc[k]->nbytes);
		for (int64_t t = 0; t < wsize && ret == 0; t++) {
			int64_t rem = t, off = 0;
			int inb = 1;
			for (int d = rank - 1; d >= 0; d--) {
				widx[d] = rem % wd[d];
				rem /= wd[d];
			}
			for (int d = 0; d < rank; d++) {
				/* position in the padded, base-dilated input */
				int64_t p = ridx[d] * ws[d] + widx[d] * wdl[d] - pad[2 * d];
				if (p < 0 || p % bd[d] || p / bd[d] >= x0->type.dim[d]) {
					inb = 0;
					break;
				}
				off += (p / bd[d]) * xs[d];
			}
			if (!inb)
				continue;	/* padding holds the init value: a no-op */
			for (int k = 0; k < n; k++)
				copy_elem(cur[k], 0, IN(k), (size_t)off);
			if ((ret = accumulate(c, n, acc, cur)) < 0)
				break;
		}
		for (int k = 0; k < n && ret == 0; k++)
			copy_elem(r[k], i, acc[k], 0);
	}
	for (int k = 0; k < n; k++) {
		tensor_free(acc[k]);
		tensor_free(cur[k]);
	}
	return ret;
}

/* sort: a stable insertion sort along the dimension, ordered by the
 * comparator region (true when its first pair goes before the second) */
static int
sort_op(struct ctx *c)
{
	int n = c->op->noperands;
	int64_t dim = c->op->a->dim;
	const struct tensor *x0 = IN(0);
	struct tensor *r[16], *args[32], *res[1], *a[16], *b[16];

	if (n < 1 || n > 16 || c->op->nregions != 1)
		return op_fail(c, "bad sort");
	for (int k = 0; k < n; k++) {
		if (!(r[k] = out(c, k)))
			return -1;
		memcpy(r[k]->data, IN(k)->data, r[k]->nbytes);
		struct mlir_type st = IN(k)->type;
		st.rank = 0;
		a[k] = tensor_new(&st);
		b[k] = tensor_new(&st);
	}
	int64_t xs[MLIR_MAX_RANK], idx[MLIR_MAX_RANK], len = x0->type.dim[dim];
	tensor_strides(&x0->type, xs);
	int ret = 0;
	for (size_t i = 0; i < numel(x0) && ret == 0; i++) {
		unflat(&x0->type, i, idx);
		if (idx[dim] != 0)
			continue;	/* one line along dim per start */
		size_t base = i;
		int64_t st = xs[dim];
		for (int64_t j = 1; j < len && ret == 0; j++) {
			for (int64_t q = j; q > 0; q--) {
				/* does element q go before element q-1? */
				for (int k = 0; k < n; k++) {
					copy_elem(a[k], 0, r[k], base + (size_t)(q * st));
					copy_elem(b[k], 0, r[k], base + (size_t)((q - 1) * st));
					args[2 * k] = a[k];
					args[2 * k + 1] = b[k];
				}
				int got = run_region(c->ip, c->op->regions[0], args, 2 * n, res, 1);
				if (got != 1) {
					ret = got < 0 ? -1 : op_fail(c, "the comparator returned %d values", got);
					break;
				}
				int before = get_i(res[0], 0) != 0;
				tensor_free(res[0]);
				if (!before)
					break;
				for (int k = 0; k < n; k++) {
					copy_elem(r[k], base + (size_t)(q * st), b[k], 0);
					copy_elem(r[k], base + (size_t)((q - 1) * st), a[k], 0);
				}
			}
		}
	}
	for (int k = 0; k < n; k++) {
		tensor_free(a[k]);
		tensor_free(b[k]);
	}
	return ret;
}

static int
reduce_precision(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	int64_t eb = c->op->a->eb, mb = c->op->a->mb;

	if (!r)
		return -1;
	for (size_t i = 0; i < numel(x); i++) {
		double v = get_f(x, i);
		if (!isnan(v) && !isinf(v) && v != 0) {
			/* round the significand to mb bits, nearest even */
			int e;
			double m = frexp(v, &e);
			if (mb < 52)
				m = nearbyint(ldexp(m, (int)mb + 1)) / ldexp(1, (int)mb + 1);
			v = ldexp(m, e);
			/* then the exponent range: overflow to inf, underflow to 0 */
			double maxe = ldexp(1, (int)(1 << (eb - 1)));	/* 2^(emax+1) */
			if (eb < 11 && fabs(v) >= maxe)
				v = copysign(INFINITY, v);
			double mine = ldexp(1, 2 - (1 << (eb - 1)));
			if (eb < 11 && fabs(v) < mine)
				v = copysign(0.0, v);
		}
		set_f(r, i, v);
	}
	return 0;
}

/* Checks: the check dialect and custom_call @check.* */

static int64_t
ulp_diff(double a, double b, enum dtype dt)
{
	if (dt == DTYPE_F64) {
		int64_t x, y;
		memcpy(&x, &a, 8);
		memcpy(&y, &b, 8);
		if (x < 0) x = INT64_MIN - x;
		if (y < 0) y = INT64_MIN - y;
		return x > y ? x - y : y - x;
	}
	int32_t x, y;
	if (dt == DTYPE_F32) {
		float fa = (float)a, fb = (float)b;
		memcpy(&x, &fa, 4);
		memcpy(&y, &fb, 4);
	} else {
		x = dt == DTYPE_F16 ? f32_to_f16((float)a) : f32_to_bf16((float)a);
		y = dt == DTYPE_F16 ? f32_to_f16((float)b) : f32_to_bf16((float)b);
		if (x & 0x8000) x = -(x & 0x7FFF);
		if (y & 0x8000) y = -(y & 0x7FFF);
		return llabs((long long)x - y);
	}
	if (x < 0) x = INT32_MIN - x;
	if (y < 0) y = INT32_MIN - y;
	return llabs((long long)x - y);
}

/* kind: 'e' exact, 'c' close (ulps), 'a' almost (tolerance) */
static int
check_values(struct ctx *c, const struct tensor *got, const struct tensor *want, int kind, double tol)
{
	size_t n = numel(got);

	c->ip->checks++;
	if (numel(want) != n || got->type.dt != want->type.dt) {
		c->ip->failed++;
		if (c->ip->failed == 1) {
			c->ip->first.line = c->op->line;
			snprintf(c->ip->first.msg, sizeof(c->ip->first.msg), "shapes or types differ");
		}
		return 0;
	}
	for (size_t i = 0; i < n; i++) {
		int bad;
		char gs[64], ws[64];
		if (is_float(got)) {
			double a = get_f(got, i), b = get_f(want, i);
			if (isnan(a) || isnan(b))
				bad = isnan(a) != isnan(b);
			else if (kind == 'a')
				bad = fabs(a - b) > tol;
			else if (kind == 'c')
				bad = a != b && (isinf(a) || isinf(b) || ulp_diff(a, b, got->type.dt) > 3);
			else
				bad = a != b;
			snprintf(gs, sizeof(gs), "%.9g", a);
			snprintf(ws, sizeof(ws), "%.9g", b);
		} else {
			int64_t a = get_i(got, i), b = get_i(want, i);
			bad = a != b;
			snprintf(gs, sizeof(gs), "%lld", (long long)a);
			snprintf(ws, sizeof(ws), "%lld", (long long)b);
		}
		if (bad) {
			c->ip->failed++;
			if (c->ip->failed == 1) {
				c->ip->first.line = c->op->line;
				snprintf(c->ip->first.msg, sizeof(c->ip->first.msg),
				    "element %zu: expected %s, got %s", i, ws, gs);
			}
			return 0;
		}
	}
	return 0;
}

static int
check_op(struct ctx *c)
{
	const struct op_attrs *at = c->op->a;

	if (c->op->code == OP_CUSTOM_CALL && (!at->target || strncmp(at->target, "check.", 6)))
		return unsupported(c, "custom_call");
	if (!at->check)
		return unsupported(c, "check");
	if (at->bytes) {
		/* *_const: the expected value decoded at lowering */
		struct tensor want = { .type = IN(0)->type, .data = (void *)at->bytes, .nbytes = at->nbytes,
			.borrowed = 1 };
		check_values(c, IN(0), &want, at->check, at->tol);
	} else {
		if (c->op->noperands != 2)
			return op_fail(c, "expects two operands");
		check_values(c, IN(0), IN(1), at->check, at->tol);
	}
	/* custom_call @check.eq returns an i1 */
	for (int k = 0; k < c->op->nresults; k++) {
		struct tensor *r = out(c, k);
		if (!r)
			return -1;
		set_i(r, 0, c->ip->failed == 0);
	}
	return 0;
}

/* Dispatch */

/* The op's implementation, or NULL when the interpreter has none. */
static int (*implementation(const struct mlir_op *op))(struct ctx *)
{
	if (OP_IS_UNARY(op->code))
		return unary;
	if (OP_IS_BINARY(op->code))
		return binary;
	if (OP_IS_CHECK(op->code))
		return check_op;
	switch (op->code) {
	case OP_CONSTANT: return constant;
	case OP_IOTA: return iota;
	case OP_COMPARE: return compare;
	case OP_SELECT: return select_op;
	case OP_CLAMP: return clamp;
	case OP_CONVERT: return convert;
	case OP_BITCAST_CONVERT: return bitcast_convert;
	case OP_RESHAPE: return reshape;
	case OP_BROADCAST_IN_DIM: return broadcast_in_dim;
	case OP_TRANSPOSE: return transpose;
	case OP_SLICE: return slice;
	case OP_DYNAMIC_SLICE: return dynamic_slice;
	case OP_DYNAMIC_UPDATE_SLICE: return dynamic_update_slice;
	case OP_CONCATENATE: return concatenate;
	case OP_PAD: return pad;
	case OP_REVERSE: return reverse;
	case OP_DOT_GENERAL: return dot_general;
	case OP_GATHER: return gather;
	case OP_REDUCE: return reduce;
	case OP_SCATTER: return scatter;
	case OP_REDUCE_WINDOW: return reduce_window;
	case OP_SORT: return sort_op;
	case OP_REDUCE_PRECISION: return reduce_precision;
	case OP_WHILE: return while_op;
	case OP_IF: case OP_CASE: return if_case;
	case OP_CALL: return call;
	case OP_CUSTOM_CALL: return check_op;
	default: return NULL;
	}
}

static int
exec_op(struct interp *ip, const struct mlir_op *op)
{
	struct ctx c = { ip, op };
	const char *n = op->name;
	int (*fn)(struct ctx *) = implementation(op);

	for (int k = 0; k < op->noperands; k++)
		if (!ip->env[op->operands[k]])
			return op_fail(&c, "operand %d has no value", k);
	for (int k = 0; k < op->nresults; k++)
		if (!supported(&ip->m->types[op->results[k]]))
			return err_set("unsupported type '%s' in '%s' at %s:%d",
			    ip->m->types[op->results[k]].name, n, ip->m->file, op->line);
	for (int k = 0; k < op->noperands; k++)
		if (!supported(&ip->m->types[op->operands[k]]))
			return err_set("unsupported type '%s' in '%s' at %s:%d",
			    ip->m->types[op->operands[k]].name, n, ip->m->file, op->line);
	/* CHLO's functions: floats only */
	if (op->code >= OP_ERF && op->code <= OP_CHLO_TAN &&
	    (op->noperands != 1 || !dtype_is_float(ip->m->types[op->operands[0]].dt)))
		fn = NULL;
	if (!fn)
		return err_set("unsupported op '%s' at %s:%d", n, ip->m->file, op->line);
	return fn(&c);
}

static int
supports_region(const struct mlir_module *m, const struct mlir_region *r)
{
	for (int i = 0; i < r->nops; i++) {
		const struct mlir_op *op = &r->ops[i];
		if (op->code != OP_RETURN && op->code != OP_FUNC_RETURN && !implementation(op))
			return err_set("unsupported op '%s' at %s:%d", op->name, m->file, op->line);
		for (int k = 0; k < op->nresults; k++)
			if (!supported(&m->types[op->results[k]]))
				return err_set("unsupported type '%s' in '%s' at %s:%d",
				    m->types[op->results[k]].name, op->name, m->file, op->line);
		for (int k = 0; k < op->nregions; k++)
			if (supports_region(m, op->regions[k]) < 0)
				return -1;
	}
	return 0;
}

int
interp_supports(const struct mlir_module *m)
{
	for (int i = 0; i < m->nfuncs; i++) {
		const struct mlir_func *f = &m->funcs[i];
		for (int k = 0; k < f->body.nargs; k++)
			if (!supported(&m->types[f->body.args[k]]))
				return err_set("unsupported type '%s' of an argument of @%s at %s:%d",
				    m->types[f->body.args[k]].name, f->name, m->file, f->line);
		if (supports_region(m, &f->body) < 0)
			return -1;
	}
	return 0;
}

/* Runs a region's block; copies of the returned values go to res. */
static int
run_region(struct interp *ip, const struct mlir_region *r, struct tensor **args, int nargs,
    struct tensor **res, int max)
{
	if (nargs != r->nargs)
		return err_set("%s: a region takes %d arguments, got %d", ip->m->file, r->nargs, nargs);
	for (int k = 0; k < nargs; k++)
		if (set_value(ip, r->args[k], args[k]) < 0)
			return -1;
	for (int i = 0; i < r->nops; i++) {
		const struct mlir_op *op = &r->ops[i];
		if (op->code == OP_RETURN || op->code == OP_FUNC_RETURN) {
			if (op->noperands > max)
				return err_set("%s:%d: too many results", ip->m->file, op->line);
			for (int k = 0; k < op->noperands; k++) {
				const struct tensor *v = ip->env[op->operands[k]];
				res[k] = tensor_new(&v->type);
				memcpy(res[k]->data, v->data, v->nbytes);
			}
			return op->noperands;
		}
		if (exec_op(ip, op) < 0)
			return -1;
	}
	return 0;
}

int
interp_exec_op(struct interp *ip, const struct mlir_op *op)
{
	return exec_op(ip, op);
}

int
interp_run(struct interp *ip, const struct mlir_module *m, const char *name,
    struct tensor **args, int n, struct tensor **res, int max)
{
	const struct mlir_func *f = mlir_find_func(m, name);

	if (ip->m != m) {
		interp_free(ip);
		ip->m = m;
		ip->env = ecalloc((size_t)(m->nvalues ? m->nvalues : 1), sizeof(*ip->env));
	}
	if (!f)
		return err_set("%s: no function '@%s'", m->file, name);
	return run_region(ip, &f->body, args, n, res, max);
}

void
interp_free(struct interp *ip)
{
	if (ip->env && ip->m)
		for (int i = 0; i < ip->m->nvalues; i++)
			tensor_free(ip->env[i]);
	free(ip->env);
	ip->env = NULL;
	ip->m = NULL;
}
