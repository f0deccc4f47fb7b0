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

/* Tensors and elements */

static int
supported(const struct mlir_type *t)
{
	return t->dt != DTYPE_INVALID;
}

struct tensor *
tensor_new(const struct mlir_type *t)
{
	struct tensor *x;

	if (!supported(t)) {
		err_set("unsupported element type '%s'", t->name ? t->name : "?");
		return NULL;
	}
	x = ecalloc(1, sizeof(*x));
	x->type = *t;
	x->nbytes = (size_t)mlir_numel(t) * dtype_size(t->dt);
	x->data = ecalloc(x->nbytes ? x->nbytes : 1, 1);
	return x;
}

void
tensor_free(struct tensor *t)
{
	if (t) {
		if (!t->borrowed)
			free(t->data);
		free(t);
	}
}

static int
is_float(const struct tensor *t)
{
	return dtype_is_float(t->type.dt);
}

static int
is_unsigned(const struct tensor *t)
{
	return dtype_is_unsigned_int(t->type.dt) || t->type.dt == DTYPE_BOOL;
}

static double
get_f(const struct tensor *t, size_t i)
{
	const unsigned char *p = t->data;
	uint16_t h;
	float f;
	double d;

	switch (t->type.dt) {
	case DTYPE_F16: memcpy(&h, p + 2 * i, 2); return f16_to_f32(h);
	case DTYPE_BF16: memcpy(&h, p + 2 * i, 2); return bf16_to_f32(h);
	case DTYPE_F32: memcpy(&f, p + 4 * i, 4); return f;
	case DTYPE_F64: memcpy(&d, p + 8 * i, 8); return d;
	default: return 0;
	}
}

/* f64 to f16/bf16 rounding once (not through f32) */
static uint16_t
round16(double v, int bf)
{
	float f = (float)v;
	uint16_t a = bf ? f32_to_bf16(f) : f32_to_f16(f);

	if (isnan(v) || isinf(v) || (double)f == v)
		return a;
	/* f may sit exactly on a 16-bit tie that v does not: pick by v */
	double lo = bf ? bf16_to_f32(a) : f16_to_f32(a);
	uint16_t b = (uint16_t)(lo < v ? a + ((a & 0x8000) ? -1 : 1) : a - ((a & 0x8000) ? -1 : 1));
	double other = bf ? bf16_to_f32(b) : f16_to_f32(b);
	if (isnan(other) || isinf(other) != isinf(lo))
		return a;
	return fabs(other - v) < fabs(lo - v) ? b : a;
}

static void
set_f(struct tensor *t, size_t i, double v)
{
	unsigned char *p = t->data;
	uint16_t h;
	float f;

	switch (t->type.dt) {
	case DTYPE_F16: h = round16(v, 0); memcpy(p + 2 * i, &h, 2); break;
	case DTYPE_BF16: h = round16(v, 1); memcpy(p + 2 * i, &h, 2); break;
	case DTYPE_F32: f = (float)v; memcpy(p + 4 * i, &f, 4); break;
	case DTYPE_F64: memcpy(p + 8 * i, &v, 8); break;
	default: break;
	}
}

/* Integers as int64 (unsigned ones zero-extended) */
static int64_t
get_i(const struct tensor *t, size_t i)
{
	const unsigned char *p = t->data;
	int8_t a; int16_t b; int32_t c; int64_t d;
	uint8_t e; uint16_t f; uint32_t g; uint64_t h;

	switch (t->type.dt) {
	case DTYPE_BOOL: return p[i] != 0;
	case DTYPE_I8: memcpy(&a, p + i, 1); return a;
	case DTYPE_I16: memcpy(&b, p + 2 * i, 2); return b;
	case DTYPE_I32: memcpy(&c, p + 4 * i, 4); return c;
	case DTYPE_I64: memcpy(&d, p + 8 * i, 8); return d;
	case DTYPE_U8: memcpy(&e, p + i, 1); return e;
	case DTYPE_U16: memcpy(&f, p + 2 * i, 2); return f;
	case DTYPE_U32: memcpy(&g, p + 4 * i, 4); return g;
	case DTYPE_U64: memcpy(&h, p + 8 * i, 8); return (int64_t)h;
	default: return (int64_t)get_f(t, i);
	}
}

/* wraps v to the type's width (sign-extending signed ones) and stores */
static void
set_i(struct tensor *t, size_t i, int64_t v)
{
	unsigned char *p = t->data;
	int bits = t->type.bits;
	uint64_t u = (uint64_t)v;

	if (t->type.dt == DTYPE_BOOL) {
		p[i] = (unsigned char)(v & 1);
		return;
	}
	if (bits < 64) {
		u &= ((uint64_t)1 << bits) - 1;
		if (dtype_is_signed_int(t->type.dt) && (u >> (bits - 1)) & 1)
			u |= ~(((uint64_t)1 << bits) - 1);
	}
	switch (dtype_size(t->type.dt)) {
	case 1: { uint8_t x = (uint8_t)u; memcpy(p + i, &x, 1); break; }
	case 2: { uint16_t x = (uint16_t)u; memcpy(p + 2 * i, &x, 2); break; }
	case 4: { uint32_t x = (uint32_t)u; memcpy(p + 4 * i, &x, 4); break; }
	case 8: memcpy(p + 8 * i, &u, 8); break;
	}
}

static size_t
numel(const struct tensor *t)
{
	return (size_t)mlir_numel(&t->type);
}

void
interp_strides(const struct mlir_type *t, int64_t *s)
{
	int64_t k = 1;

	for (int i = t->rank - 1; i >= 0; i--) {
		s[i] = k;
		k *= t->dim[i];
	}
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

/* Dense literals */

static int
parse_dense(const char *text, struct tensor *t)
{
	const char *p = text;
	size_t n = numel(t), es = dtype_size(t->type.dt), k = 0;

	if (strncmp(p, "dense<", 6) != 0)
		return err_set("expected dense<...>, got '%.40s'", text);
	p += 6;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '"') {
		/* little-endian raw bytes: the whole tensor, or one splatted */
		p++;
		if (p[0] != '0' || (p[1] != 'x' && p[1] != 'X'))
			return err_set("a dense string must be hex bytes");
		p += 2;
		const char *h = p;
		while (isxdigit((unsigned char)*p))
			p++;
		size_t nb = (size_t)(p - h) / 2;
		unsigned char *bytes = emalloc(nb ? nb : 1);
		for (size_t i = 0; i < nb; i++) {
			char x[3] = { h[2 * i], h[2 * i + 1], 0 };
			bytes[i] = (unsigned char)strtoul(x, NULL, 16);
		}
		if (nb == t->nbytes) {
			memcpy(t->data, bytes, nb);
		} else if (nb == es) {
			for (size_t i = 0; i < n; i++)
				memcpy((char *)t->data + i * es, bytes, es);
		} else {
			free(bytes);
			return err_set("hex constant of %zu bytes for %zu bytes", nb, t->nbytes);
		}
		free(bytes);
		return 0;
	}
	int splat = *p != '[';
	for (;;) {
		while (*p == '[' || *p == ']' || *p == ',' || isspace((unsigned char)*p))
			p++;
		if (*p == '>' || *p == '\0')
			break;
		if (*p == '(')
			return err_set("complex constants are not supported");
		if (k >= n && !(splat && k == 0))
			return err_set("more values than the %zu elements", n);
		char *e;
		if (!strncmp(p, "true", 4) || !strncmp(p, "false", 5)) {
			int v = *p == 't';
			p += v ? 4 : 5;
			if (is_float(t))
				set_f(t, k, v);
			else
				set_i(t, k, v);
		} else if (is_float(t)) {
			int neg = *p == '-';
			const char *q = p + neg;
			if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) {
				uint64_t bits = strtoull(q + 2, &e, 16);
				unsigned char *d = (unsigned char *)t->data + k * es;
				memcpy(d, &bits, es);
			} else {
				double v = strtod(p, &e);
				if (e == p)
					return err_set("bad number '%.20s'", p);
				/* a literal rounds once from its decimal value */
				if (t->type.dt == DTYPE_F32)
					v = strtof(p, NULL);
				set_f(t, k, v);
			}
			p = e;
		} else {
			int64_t v;
			if (*p == '-')
				v = strtoll(p, &e, 0);
			else
				v = (int64_t)strtoull(p, &e, 0);
			if (e == p)
				return err_set("bad number '%.20s'", p);
			set_i(t, k, v);
			p = e;
		}
		k++;
	}
	if (splat && k == 1) {
		for (size_t i = 1; i < n; i++)
			copy_elem(t, i, t, 0);
		return 0;
	}
	if (k != n)
		return err_set("%zu values for %zu elements", k, n);
	return 0;
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

static int
unary(struct ctx *c)
{
	const char *n = strchr(c->op->name, '.') + 1;	/* after "stablehlo." or "chlo." */
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(x);

	if (!r)
		return -1;
	if (is_float(x)) {
		double (*f)(double) = NULL;
		if (!strcmp(n, "abs")) f = fabs;
		else if (!strcmp(n, "negate")) f = NULL;
		else if (!strcmp(n, "exponential")) f = exp;
		else if (!strcmp(n, "exponential_minus_one")) f = expm1;
		else if (!strcmp(n, "log")) f = log;
		else if (!strcmp(n, "log_plus_one")) f = log1p;
		else if (!strcmp(n, "sqrt")) f = sqrt;
		else if (!strcmp(n, "cbrt")) f = cbrt;
		else if (!strcmp(n, "sine")) f = sin;
		else if (!strcmp(n, "cosine")) f = cos;
		else if (!strcmp(n, "tan")) f = tan;
		else if (!strcmp(n, "tanh")) f = tanh;
		else if (!strcmp(n, "floor")) f = floor;
		else if (!strcmp(n, "ceil")) f = ceil;
		else if (!strcmp(n, "round_nearest_afz")) f = round_afz;
		else if (!strcmp(n, "round_nearest_even")) f = nearbyint;
		else if (!strcmp(n, "sign")) f = sign_f;
		else if (!strcmp(n, "erf")) f = erf;
		else if (!strcmp(n, "erfc")) f = erfc;
		else if (!strcmp(n, "lgamma")) f = lgamma;
		else if (!strcmp(n, "atan")) f = atan;
		else if (!strcmp(n, "asin")) f = asin;
		else if (!strcmp(n, "acos")) f = acos;
		else if (!strcmp(n, "acosh")) f = acosh;
		else if (!strcmp(n, "asinh")) f = asinh;
		else if (!strcmp(n, "atanh")) f = atanh;
		else if (!strcmp(n, "cosh")) f = x->type.dt == DTYPE_F64 ? cosh_f64 : cosh_f32;
		else if (!strcmp(n, "sinh")) f = sinh;
		else if (strcmp(n, "rsqrt") && strcmp(n, "logistic") && strcmp(n, "is_finite"))
			return unsupported(c, "op");
		for (i = 0; i < cnt; i++) {
			double v = get_f(x, i);
			if (!strcmp(n, "is_finite")) {
				set_i(r, i, isfinite(v));
				continue;
			}
			if (!strcmp(n, "negate"))
				v = -v;
			else if (!strcmp(n, "rsqrt"))
				v = 1.0 / sqrt(v);
			else if (!strcmp(n, "logistic"))
				v = 1.0 / (1.0 + exp(-v));
			else
				v = f(v);
			set_f(r, i, v);
		}
		return 0;
	}
	for (i = 0; i < cnt; i++) {
		int64_t v = get_i(x, i);
		uint64_t u = (uint64_t)v;
		if (!strcmp(n, "negate")) v = (int64_t)(0 - u);
		else if (!strcmp(n, "abs")) v = v < 0 ? (int64_t)(0 - u) : v;
		else if (!strcmp(n, "not")) v = x->type.dt == DTYPE_BOOL ? !v : ~v;
		else if (!strcmp(n, "sign")) v = is_unsigned(x) ? v != 0 : (v > 0) - (v < 0);
		else if (!strcmp(n, "popcnt")) {
			uint64_t m = x->type.bits < 64 ? u & (((uint64_t)1 << x->type.bits) - 1) : u;
			v = __builtin_popcountll(m);
		} else if (!strcmp(n, "count_leading_zeros")) {
			uint64_t m = x->type.bits < 64 ? u & (((uint64_t)1 << x->type.bits) - 1) : u;
			v = m ? __builtin_clzll(m) - (64 - x->type.bits) : x->type.bits;
		} else
			return unsupported(c, "op");
		set_i(r, i, v);
	}
	return 0;
}

static int
binary(struct ctx *c)
{
	const char *n = c->op->name + 10;
	const struct tensor *x = IN(0), *y = IN(1);
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(x);

	if (!r)
		return -1;
	if (numel(y) != cnt)
		return op_fail(c, "operand shapes differ");
	if (is_float(x)) {
		for (i = 0; i < cnt; i++) {
			double a = get_f(x, i), b = get_f(y, i), v;
			if (!strcmp(n, "add")) v = a + b;
			else if (!strcmp(n, "subtract")) v = a - b;
			else if (!strcmp(n, "multiply")) v = a * b;
			else if (!strcmp(n, "divide")) v = a / b;
			else if (!strcmp(n, "remainder")) v = fmod(a, b);
			else if (!strcmp(n, "power")) v = pow(a, b);
			else if (!strcmp(n, "atan2")) v = atan2(a, b);
			else if (!strcmp(n, "maximum")) v = isnan(a) || isnan(b) ? NAN : (a > b || (a == b && !signbit(a))) ? a : b;
			else if (!strcmp(n, "minimum")) v = isnan(a) || isnan(b) ? NAN : (a < b || (a == b && signbit(a))) ? a : b;
			else return unsupported(c, "op");
			/* f32 products and sums rounded once from the exact f64 */
			set_f(r, i, v);
		}
		return 0;
	}
	int uns = is_unsigned(x), bits = x->type.bits;
	int b1 = x->type.dt == DTYPE_BOOL;
	for (i = 0; i < cnt; i++) {
		int64_t a = get_i(x, i), b = get_i(y, i), v;
		uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
		if (b1 && !strcmp(n, "add")) v = a | b;		/* i1: or */
		else if (b1 && !strcmp(n, "multiply")) v = a & b;	/* i1: and */
		else if (!strcmp(n, "add")) v = (int64_t)(ua + ub);
		else if (!strcmp(n, "subtract")) v = (int64_t)(ua - ub);
		else if (!strcmp(n, "multiply")) v = (int64_t)(ua * ub);
		else if (!strcmp(n, "divide")) {
			if (b == 0)
				v = uns ? -1 : -1;	/* all ones, as XLA */
			else if (!uns && a == INT64_MIN && b == -1)
				v = a;
			else if (!uns && bits < 64 && b == -1 && a == -((int64_t)1 << (bits - 1)))
				v = a;
			else
				v = uns ? (int64_t)(ua / ub) : a / b;
		} else if (!strcmp(n, "remainder")) {
			if (b == 0)
				v = a;
			else if (!uns && b == -1)
				v = 0;
			else
				v = uns ? (int64_t)(ua % ub) : a % b;
		} else if (!strcmp(n, "maximum")) v = uns ? (ua > ub ? a : b) : (a > b ? a : b);
		else if (!strcmp(n, "minimum")) v = uns ? (ua < ub ? a : b) : (a < b ? a : b);
		else if (!strcmp(n, "and")) v = a & b;
		else if (!strcmp(n, "or")) v = a | b;
		else if (!strcmp(n, "xor")) v = a ^ b;
		else if (!strcmp(n, "shift_left")) v = (ub >= (uint64_t)bits) ? 0 : (int64_t)(ua << ub);
		else if (!strcmp(n, "shift_right_logical")) {
			uint64_t m = bits < 64 ? ua & (((uint64_t)1 << bits) - 1) : ua;
			v = (ub >= (uint64_t)bits) ? 0 : (int64_t)(m >> ub);
		} else if (!strcmp(n, "shift_right_arithmetic")) {
			v = (ub >= (uint64_t)bits) ? (a < 0 ? -1 : 0) : a >> ub;
		} else if (!strcmp(n, "power")) {
			if (b < 0 && !uns)
				v = a == 1 ? 1 : a == -1 ? (b % 2 ? -1 : 1) : 0;
			else {
				uint64_t res = 1, base = ua, e = ub;
				while (e) {
					if (e & 1)
						res *= base;
					base *= base;
					e >>= 1;
				}
				v = (int64_t)res;
			}
		} else return unsupported(c, "op");
		set_i(r, i, v);
	}
	return 0;
}

static int
compare(struct ctx *c)
{
	const struct tensor *x = IN(0), *y = IN(1);
	const char *dir = mlir_attr(c->op, "comparison_direction");
	const char *ty = mlir_attr(c->op, "compare_type");
	struct tensor *r = out(c, 0);
	size_t i, cnt = numel(x);

	if (!r)
		return -1;
	if (!dir)
		return op_fail(c, "no comparison direction");
	if (strstr(dir, "#stablehlo"))
		dir = strstr(dir, "<") + 1;
	int total = ty && strstr(ty, "TOTALORDER");
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
		if (!strncmp(dir, "EQ", 2)) v = eq;
		else if (!strncmp(dir, "NE", 2)) v = !eq;
		else if (!strncmp(dir, "LT", 2)) v = lt;
		else if (!strncmp(dir, "LE", 2)) v = lt || eq;
		else if (!strncmp(dir, "GT", 2)) v = !lt && !eq && !un;
		else if (!strncmp(dir, "GE", 2)) v = !lt && !un;
		else return op_fail(c, "unknown direction '%s'", dir);
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
			double hi = is_unsigned(r) ? ldexp(1, bits) - 1 : ldexp(1, bits - 1) - 1;
			if (isnan(v))
				v = 0;
			if (v < lo)
				v = lo;
			if (v > hi)
				v = hi;
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
	const char *v = mlir_attr(c->op, "value");

	if (!r)
		return -1;
	if (!v)
		return op_fail(c, "no value");
	if (parse_dense(v, r) < 0)
		return op_fail(c, "%s", err_reason());
	return 0;
}

static int
iota(struct ctx *c)
{
	struct tensor *r = out(c, 0);
	int64_t d, idx[MLIR_MAX_RANK];

	if (!r)
		return -1;
	if (mlir_attr_int(c->op, "iota_dimension", &d) < 0)
		return op_fail(c, "no dimension");
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
	int64_t dims[MLIR_MAX_RANK], idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	if (mlir_attr_ints(c->op, "broadcast_dimensions", dims, MLIR_MAX_RANK) != x->type.rank)
		return op_fail(c, "broadcast_dimensions do not match the operand rank");
	interp_strides(&x->type, xs);
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
	int64_t perm[MLIR_MAX_RANK], idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	if (mlir_attr_ints(c->op, "permutation", perm, MLIR_MAX_RANK) != x->type.rank)
		return op_fail(c, "bad permutation");
	interp_strides(&x->type, xs);
	for (size_t i = 0; i < numel(r); i++) {
		int64_t k = 0;
		unflat(&r->type, i, idx);
		for (int d = 0; d < r->type.rank; d++)
			k += idx[d] * xs[perm[d]];
		copy_elem(r, i, x, (size_t)k);
	}
	return 0;
}

/* "[a:b, c:d:s]" of the pretty slice, or start/limit/strides arrays */
static int
slice_bounds(const struct ctx *c, int rank, int64_t *st, int64_t *lim, int64_t *str)
{
	const char *s = mlir_attr(c->op, "slice");
	int d = 0;

	if (s) {
		s++;
		while (*s && *s != ']' && d < rank) {
			char *e;
			st[d] = strtoll(s, &e, 10);
			if (*e != ':')
				return -1;
			lim[d] = strtoll(e + 1, &e, 10);
			str[d] = 1;
			if (*e == ':')
				str[d] = strtoll(e + 1, &e, 10);
			d++;
			s = e;
			while (*s == ',' || *s == ' ')
				s++;
		}
		return d == rank ? 0 : -1;
	}
	if (mlir_attr_ints(c->op, "start_indices", st, MLIR_MAX_RANK) != rank ||
	    mlir_attr_ints(c->op, "limit_indices", lim, MLIR_MAX_RANK) != rank)
		return -1;
	if (mlir_attr_ints(c->op, "strides", str, MLIR_MAX_RANK) != rank)
		for (d = 0; d < rank; d++)
			str[d] = 1;
	return 0;
}

static int
slice(struct ctx *c)
{
	const struct tensor *x = IN(0);
	struct tensor *r = out(c, 0);
	int64_t st[MLIR_MAX_RANK], lim[MLIR_MAX_RANK], str[MLIR_MAX_RANK];
	int64_t idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	if (slice_bounds(c, x->type.rank, st, lim, str) < 0)
		return op_fail(c, "bad slice bounds");
	interp_strides(&x->type, xs);
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
	interp_strides(&x->type, xs);
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
	interp_strides(&x->type, xs);
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
	int64_t dim, idx[MLIR_MAX_RANK], rs[MLIR_MAX_RANK];

	if (!r)
		return -1;
	if (mlir_attr_int(c->op, "dimension", &dim) < 0)
		return op_fail(c, "no dimension");
	interp_strides(&r->type, rs);
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
	int64_t lo[MLIR_MAX_RANK], in[MLIR_MAX_RANK], idx[MLIR_MAX_RANK], rs[MLIR_MAX_RANK];
	int rank = x->type.rank;

	if (!r)
		return -1;
	if (mlir_attr_ints(c->op, "edge_padding_low", lo, MLIR_MAX_RANK) != rank &&
	    mlir_attr_ints(c->op, "low", lo, MLIR_MAX_RANK) != rank)
		return op_fail(c, "no low padding");
	if (mlir_attr_ints(c->op, "interior_padding", in, MLIR_MAX_RANK) != rank &&
	    mlir_attr_ints(c->op, "interior", in, MLIR_MAX_RANK) != rank)
		return op_fail(c, "no interior padding");
	for (size_t i = 0; i < numel(r); i++)
		copy_elem(r, i, pv, 0);
	interp_strides(&r->type, rs);
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
	int64_t dims[MLIR_MAX_RANK], idx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];
	int nd;

	if (!r)
		return -1;
	if ((nd = mlir_attr_ints(c->op, "dimensions", dims, MLIR_MAX_RANK)) < 0)
		return op_fail(c, "no dimensions");
	interp_strides(&x->type, xs);
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

/* "[0, 1] x [0, 2]" into two lists */
static int
dim_pair(const char *s, int64_t *a, int *na, int64_t *b, int *nb)
{
	*na = *nb = 0;
	if (!s)
		return 0;
	const char *x = strstr(s, "x");
	const char *p = s;
	for (int side = 0; side < 2; side++) {
		int64_t *o = side ? b : a;
		int *n = side ? nb : na;
		p = strchr(p, '[');
		if (!p)
			return -1;
		p++;
		while (*p && *p != ']') {
			char *e;
			long long v = strtoll(p, &e, 10);
			if (e == p)
				break;
			o[(*n)++] = v;
			p = e;
			while (*p == ',' || *p == ' ')
				p++;
		}
		if (side == 0 && x)
			p = x;
	}
	return 0;
}

/* dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], ...> */
static int
dot_field(const char *s, const char *key, int64_t *o, int *n)
{
	const char *p = s ? strstr(s, key) : NULL;

	*n = 0;
	if (!p)
		return 0;
	p = strchr(p, '[');
	if (!p)
		return -1;
	p++;
	while (*p && *p != ']') {
		char *e;
		long long v = strtoll(p, &e, 10);
		if (e == p)
			break;
		o[(*n)++] = v;
		p = e;
		while (*p == ',' || *p == ' ')
			p++;
	}
	return 0;
}

static int
dot_general(struct ctx *c)
{
	const struct tensor *x = IN(0), *y = IN(1);
	struct tensor *r = out(c, 0);
	int64_t lb[MLIR_MAX_RANK], rb[MLIR_MAX_RANK], lc[MLIR_MAX_RANK], rc[MLIR_MAX_RANK];
	int nlb, nrb, nlc, nrc;
	const char *dn = mlir_attr(c->op, "dot_dimension_numbers");

	if (!r)
		return -1;
	if (!is_float(x) && is_float(r))
		return unsupported(c, "mixed integer/float");
	if (dn) {
		dot_field(dn, "lhs_batching_dimensions", lb, &nlb);
		dot_field(dn, "rhs_batching_dimensions", rb, &nrb);
		dot_field(dn, "lhs_contracting_dimensions", lc, &nlc);
		dot_field(dn, "rhs_contracting_dimensions", rc, &nrc);
	} else {
		dim_pair(mlir_attr(c->op, "batching_dims"), lb, &nlb, rb, &nrb);
		dim_pair(mlir_attr(c->op, "contracting_dims"), lc, &nlc, rc, &nrc);
	}
	if (nlb != nrb || nlc != nrc)
		return op_fail(c, "unpaired dimensions");
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
	interp_strides(&x->type, xs);
	interp_strides(&y->type, ys);
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
	const char *dn = mlir_attr(c->op, "dimension_numbers");
	int64_t offd[MLIR_MAX_RANK], coll[MLIR_MAX_RANK], smap[MLIR_MAX_RANK], ss[MLIR_MAX_RANK];
	int64_t obd[MLIR_MAX_RANK], ibd[MLIR_MAX_RANK];
	int noff, ncoll, nmap, nobd, nibd;
	int64_t ivd = 0;

	if (!r)
		return -1;
	if (!dn)
		return op_fail(c, "no dimension_numbers");
	dot_field(dn, "offset_dims", offd, &noff);
	dot_field(dn, "collapsed_slice_dims", coll, &ncoll);
	dot_field(dn, "start_index_map", smap, &nmap);
	dot_field(dn, "operand_batching_dims", obd, &nobd);
	dot_field(dn, "start_indices_batching_dims", ibd, &nibd);
	const char *v = strstr(dn, "index_vector_dim");
	if (v && (v = strchr(v, '=')))
		ivd = strtoll(v + 1, NULL, 10);	/* absent: 0, MLIR's default */
	if (mlir_attr_ints(c->op, "slice_sizes", ss, MLIR_MAX_RANK) != x->type.rank)
		return op_fail(c, "bad slice_sizes");
	int64_t ridx[MLIR_MAX_RANK], iidx[MLIR_MAX_RANK], xidx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK], is[MLIR_MAX_RANK];
	interp_strides(&x->type, xs);
	interp_strides(&ix->type, is);
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
	int64_t dims[MLIR_MAX_RANK];
	int nd = mlir_attr_ints(c->op, "dimensions", dims, MLIR_MAX_RANK);
	const char *applies = mlir_attr(c->op, "applies");
	struct tensor *r[16], *acc[16], *cur[16];

	if (n < 1 || n > 16 || nd < 0)
		return op_fail(c, "bad reduce");
	if (!applies && c->op->nregions != 1)
		return op_fail(c, "no reduction body");
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
	interp_strides(&x0->type, xs);
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
				double fa, fb, v;
				int64_t ia, ib, iv;
				const char *op = applies + 10;
				if (is_float(a)) {
					fa = get_f(a, 0);
					fb = get_f(b, 0);
					if (!strcmp(op, "add")) v = fa + fb;
					else if (!strcmp(op, "multiply")) v = fa * fb;
					else if (!strcmp(op, "maximum")) v = isnan(fa) || isnan(fb) ? NAN : fa > fb || (fa == fb && !signbit(fa)) ? fa : fb;
					else if (!strcmp(op, "minimum")) v = isnan(fa) || isnan(fb) ? NAN : fa < fb || (fa == fb && signbit(fa)) ? fa : fb;
					else { ret = unsupported(c, "reduction"); break; }
					set_f(a, 0, v);
				} else {
					ia = get_i(a, 0);
					ib = get_i(b, 0);
					int uns = is_unsigned(a);
					if (!strcmp(op, "add")) iv = (int64_t)((uint64_t)ia + (uint64_t)ib);
					else if (!strcmp(op, "multiply")) iv = (int64_t)((uint64_t)ia * (uint64_t)ib);
					else if (!strcmp(op, "maximum")) iv = uns ? ((uint64_t)ia > (uint64_t)ib ? ia : ib) : (ia > ib ? ia : ib);
					else if (!strcmp(op, "minimum")) iv = uns ? ((uint64_t)ia < (uint64_t)ib ? ia : ib) : (ia < ib ? ia : ib);
					else if (!strcmp(op, "and")) iv = ia & ib;
					else if (!strcmp(op, "or")) iv = ia | ib;
					else if (!strcmp(op, "xor")) iv = ia ^ ib;
					else { ret = unsupported(c, "reduction"); break; }
					set_i(a, 0, iv);
				}
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
	const char *callee = mlir_attr(c->op, "callee");
	const struct mlir_func *f;
	struct tensor *args[64], *res[64];
	int n;

	if (!callee)
		return op_fail(c, "no callee");
	if (*callee == '@')
		callee++;
	if (!(f = mlir_find_func(c->ip->m, callee)))
		return op_fail(c, "no function '@%s'", callee);
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

	if (!strcmp(c->op->name, "stablehlo.if"))
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
	const char *dn = mlir_attr(c->op, "scatter_dimension_numbers");
	int64_t uwd[MLIR_MAX_RANK], iwd[MLIR_MAX_RANK], sdod[MLIR_MAX_RANK], ibd[MLIR_MAX_RANK], sibd[MLIR_MAX_RANK];
	int nuwd, niwd, nsdod, nibd, nsibd;
	int64_t ivd = 0;
	struct tensor *r[16], *args[32], *res[16], *cur[16], *upd[16];

	if (n < 1 || n > 16 || c->op->noperands != 2 * n + 1 || !dn || c->op->nregions != 1)
		return op_fail(c, "bad scatter");
	dot_field(dn, "update_window_dims", uwd, &nuwd);
	dot_field(dn, "inserted_window_dims", iwd, &niwd);
	dot_field(dn, "scatter_dims_to_operand_dims", sdod, &nsdod);
	dot_field(dn, "input_batching_dims", ibd, &nibd);
	dot_field(dn, "scatter_indices_batching_dims", sibd, &nsibd);
	const char *v = strstr(dn, "index_vector_dim");
	if (v && (v = strchr(v, '=')))
		ivd = strtoll(v + 1, NULL, 10);
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
	interp_strides(ot, os);
	interp_strides(&ix->type, is);
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
	int64_t wd[MLIR_MAX_RANK], ws[MLIR_MAX_RANK], bd[MLIR_MAX_RANK], wdl[MLIR_MAX_RANK], pad[2 * MLIR_MAX_RANK];
	struct tensor *r[16], *acc[16], *cur[16];

	if (n < 1 || n > 16 || c->op->nregions != 1)
		return op_fail(c, "bad reduce_window");
	if (mlir_attr_ints(c->op, "window_dimensions", wd, MLIR_MAX_RANK) != rank)
		return op_fail(c, "bad window_dimensions");
	if (mlir_attr_ints(c->op, "window_strides", ws, MLIR_MAX_RANK) != rank)
		for (int d = 0; d < rank; d++) ws[d] = 1;
	if (mlir_attr_ints(c->op, "base_dilations", bd, MLIR_MAX_RANK) != rank)
		for (int d = 0; d < rank; d++) bd[d] = 1;
	if (mlir_attr_ints(c->op, "window_dilations", wdl, MLIR_MAX_RANK) != rank)
		for (int d = 0; d < rank; d++) wdl[d] = 1;
	const char *pt = mlir_attr(c->op, "padding");
	memset(pad, 0, sizeof(pad));
	if (pt) {
		/* dense<[[lo, hi], ...]> or dense<0> */
		const char *p = strchr(pt, '<');
		int k = 0;
		for (p = p ? p + 1 : pt; *p && *p != '>' && k < 2 * rank;) {
			char *e;
			long long v = strtoll(p, &e, 10);
			if (e != p) {
				pad[k++] = v;
				p = e;
			} else {
				p++;
			}
		}
		if (k == 1)
			for (int j = 1; j < 2 * rank; j++) pad[j] = pad[0];
	}
	for (int k = 0; k < n; k++) {
		if (!(r[k] = out(c, k)))
			return -1;
		struct mlir_type st = IN(n + k)->type;
		acc[k] = tensor_new(&st);
		cur[k] = tensor_new(&st);
	}
	int64_t ridx[MLIR_MAX_RANK], widx[MLIR_MAX_RANK], xs[MLIR_MAX_RANK];
	interp_strides(&x0->type, xs);
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
	int64_t dim = -1;
	const struct tensor *x0 = IN(0);
	struct tensor *r[16], *args[32], *res[1], *a[16], *b[16];

	if (n < 1 || n > 16 || c->op->nregions != 1)
		return op_fail(c, "bad sort");
	mlir_attr_int(c->op, "dimension", &dim);
	if (dim < 0)
		dim += x0->type.rank;
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
	interp_strides(&x0->type, xs);
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
	int64_t eb, mb;

	if (!r)
		return -1;
	if (mlir_attr_int(c->op, "exponent_bits", &eb) < 0 || mlir_attr_int(c->op, "mantissa_bits", &mb) < 0) {
		const char *f = mlir_attr(c->op, "format");
		if (!f || sscanf(f, "e%" SCNd64 "m%" SCNd64, &eb, &mb) != 2)
			return op_fail(c, "no format");
	}
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
	const char *n = c->op->name;
	const char *target = !strcmp(n, "stablehlo.custom_call") ? mlir_attr(c->op, "callee") : n;
	int kind;
	double tol = 1e-4;

	if (!target)
		target = mlir_attr(c->op, "call_target_name");
	if (!target)
		return unsupported(c, "custom_call");
	if (*target == '"')
		target++;
	if (strncmp(target, "check.", 6) != 0)
		return unsupported(c, "custom_call");
	const char *t = target + 6;
	if (!strncmp(t, "expect_almost_eq", 16)) {
		kind = 'a';
		const char *tt = mlir_attr(c->op, "tolerance");
		if (tt)
			tol = strtod(tt, NULL);
	} else if (!strncmp(t, "expect_close", 12)) {
		kind = 'c';
	} else if (!strncmp(t, "expect_eq", 9) || !strcmp(t, "eq")) {
		kind = 'e';
	} else {
		return unsupported(c, "check");
	}
	if (strstr(t, "_const")) {
		struct tensor *want = tensor_new(&IN(0)->type);
		if (!want)
			return -1;
		if (parse_dense(mlir_attr(c->op, "value") ? mlir_attr(c->op, "value") : "", want) < 0) {
			tensor_free(want);
			return op_fail(c, "%s", err_reason());
		}
		check_values(c, IN(0), want, kind, tol);
		tensor_free(want);
	} else {
		if (c->op->noperands != 2)
			return op_fail(c, "expects two operands");
		check_values(c, IN(0), IN(1), kind, tol);
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

static const char *const unary_ops[] = {
	"abs", "negate", "exponential", "exponential_minus_one", "log", "log_plus_one", "sqrt",
	"rsqrt", "cbrt", "sine", "cosine", "tan", "tanh", "logistic", "floor", "ceil",
	"round_nearest_afz", "round_nearest_even", "sign", "not", "popcnt", "count_leading_zeros",
	"is_finite", NULL
};
static const char *const chlo_unary_ops[] = {
	"erf", "erfc", "lgamma", "atan", "asin", "acos", "acosh", "asinh", "atanh", "cosh", "sinh",
	"tan", NULL
};
static const char *const binary_ops[] = {
	"add", "subtract", "multiply", "divide", "remainder", "power", "atan2", "maximum",
	"minimum", "and", "or", "xor", "shift_left", "shift_right_logical",
	"shift_right_arithmetic", NULL
};

static int
in_list(const char *n, const char *const *l)
{
	for (; *l; l++)
		if (!strcmp(n, *l))
			return 1;
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(struct ctx *);
} ops[] = {
	{ "stablehlo.constant", constant },
	{ "stablehlo.iota", iota },
	{ "stablehlo.compare", compare },
	{ "stablehlo.select", select_op },
	{ "stablehlo.clamp", clamp },
	{ "stablehlo.convert", convert },
	{ "stablehlo.bitcast_convert", bitcast_convert },
	{ "stablehlo.reshape", reshape },
	{ "stablehlo.broadcast_in_dim", broadcast_in_dim },
	{ "stablehlo.transpose", transpose },
	{ "stablehlo.slice", slice },
	{ "stablehlo.dynamic_slice", dynamic_slice },
	{ "stablehlo.dynamic_update_slice", dynamic_update_slice },
	{ "stablehlo.concatenate", concatenate },
	{ "stablehlo.pad", pad },
	{ "stablehlo.reverse", reverse },
	{ "stablehlo.dot_general", dot_general },
	{ "stablehlo.gather", gather },
	{ "stablehlo.reduce", reduce },
	{ "stablehlo.scatter", scatter },
	{ "stablehlo.reduce_window", reduce_window },
	{ "stablehlo.sort", sort_op },
	{ "stablehlo.reduce_precision", reduce_precision },
	{ "stablehlo.while", while_op },
	{ "stablehlo.if", if_case },
	{ "stablehlo.case", if_case },
	{ "func.call", call },
	{ "stablehlo.custom_call", check_op },
};

static int
exec_op(struct interp *ip, const struct mlir_op *op)
{
	struct ctx c = { ip, op };
	const char *n = op->name;

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
	if (!strncmp(n, "check.", 6))
		return check_op(&c);
	if (!strncmp(n, "stablehlo.", 10)) {
		if (in_list(n + 10, unary_ops))
			return unary(&c);
		if (in_list(n + 10, binary_ops))
			return binary(&c);
	}
	if (!strncmp(n, "chlo.", 5) && in_list(n + 5, chlo_unary_ops) && op->noperands == 1 &&
	    dtype_is_float(ip->m->types[op->operands[0]].dt))
		return unary(&c);
	for (size_t i = 0; i < LEN(ops); i++)
		if (!strcmp(ops[i].name, n))
			return ops[i].fn(&c);
	return err_set("unsupported op '%s' at %s:%d", n, ip->m->file, op->line);
}

static int
known_op(const char *n)
{
	if (!strcmp(n, "func.return") || !strcmp(n, "stablehlo.return") || !strncmp(n, "check.", 6))
		return 1;
	if (!strncmp(n, "stablehlo.", 10) && (in_list(n + 10, unary_ops) || in_list(n + 10, binary_ops)))
		return 1;
	if (!strncmp(n, "chlo.", 5) && in_list(n + 5, chlo_unary_ops))
		return 1;
	for (size_t i = 0; i < LEN(ops); i++)
		if (!strcmp(ops[i].name, n))
			return 1;
	return 0;
}

static int
supports_region(const struct mlir_module *m, const struct mlir_region *r)
{
	for (int i = 0; i < r->nops; i++) {
		const struct mlir_op *op = &r->ops[i];
		if (!known_op(op->name))
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
		const char *n = op->name;
		if (!strcmp(n, "func.return") || !strcmp(n, "stablehlo.return")) {
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
interp_dot_dims(const struct mlir_op *op, int64_t *lb, int *nlb, int64_t *rb, int *nrb,
    int64_t *lc, int *nlc, int64_t *rc, int *nrc)
{
	const char *dn = mlir_attr(op, "dot_dimension_numbers");

	if (dn) {
		dot_field(dn, "lhs_batching_dimensions", lb, nlb);
		dot_field(dn, "rhs_batching_dimensions", rb, nrb);
		dot_field(dn, "lhs_contracting_dimensions", lc, nlc);
		dot_field(dn, "rhs_contracting_dimensions", rc, nrc);
	} else {
		dim_pair(mlir_attr(op, "batching_dims"), lb, nlb, rb, nrb);
		dim_pair(mlir_attr(op, "contracting_dims"), lc, nlc, rc, nrc);
	}
	return *nlb == *nrb && *nlc == *nrc ? 0 : -1;
}

int
interp_slice_bounds(const struct mlir_module *m, const struct mlir_op *op, int rank,
    int64_t *st, int64_t *lim, int64_t *str)
{
	struct interp ip = { .m = m };
	struct ctx c = { &ip, op };

	return slice_bounds(&c, rank, st, lim, str);
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
