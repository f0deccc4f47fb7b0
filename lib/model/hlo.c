#include <assert.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/hlo.h"
#include "base/util.h"

/* Types */

struct hlo_type
hlo_ty(enum dtype dt, int rank, const int64_t *dims)
{
	struct hlo_type t = { .dt = dt, .rank = rank };

	assert(rank >= 0 && rank <= HLO_MAX_RANK);
	for (int i = 0; i < rank; i++)
		t.dim[i] = dims[i];
	return t;
}

int64_t
hlo_numel(struct hlo_type t)
{
	int64_t n = 1;

	for (int i = 0; i < t.rank; i++)
		n *= t.dim[i];
	return n;
}

struct hlo_type
hlo_retype(struct hlo_type t, enum dtype dt)
{
	t.dt = dt;
	return t;
}

static int
type_eq(struct hlo_type a, struct hlo_type b)
{
	if (a.dt != b.dt || a.rank != b.rank)
		return 0;
	for (int i = 0; i < a.rank; i++)
		if (a.dim[i] != b.dim[i])
			return 0;
	return 1;
}

void
hlo_type_str(char *buf, size_t n, struct hlo_type t)
{
	size_t k = 0;

	k += (size_t)snprintf(buf + k, n - k, "tensor<");
	for (int i = 0; i < t.rank && k < n; i++)
		k += (size_t)snprintf(buf + k, n - k, "%" PRId64 "x", t.dim[i]);
	if (k < n)
		snprintf(buf + k, n - k, "%s>", dtype_mlir_name(t.dt));
}

/* Floats, printed as MLIR's printFloatValue() does through APFloat's
 * toString(): the digits come from the exact binary value, including
 * APFloat's early truncation and its round-half-up on decimal digits,
 * so the text is byte-identical to stablehlo-opt's. */

struct big {
	uint32_t w[100];	/* little-endian words */
	int n;
};

static void
big_mul_small(struct big *a, uint32_t m)
{
	uint64_t carry = 0;

	for (int i = 0; i < a->n; i++) {
		uint64_t v = (uint64_t)a->w[i] * m + carry;
		a->w[i] = (uint32_t)v;
		carry = v >> 32;
	}
	if (carry) {
		assert(a->n < (int)LEN(a->w));
		a->w[a->n++] = (uint32_t)carry;
	}
}

static uint32_t
big_div_small(struct big *a, uint32_t d)
{
	uint64_t rem = 0;

	for (int i = a->n - 1; i >= 0; i--) {
		uint64_t v = (rem << 32) | a->w[i];
		a->w[i] = (uint32_t)(v / d);
		rem = v % d;
	}
	while (a->n > 0 && a->w[a->n - 1] == 0)
		a->n--;
	return (uint32_t)rem;
}

static int
big_bits(const struct big *a)
{
	if (a->n == 0)
		return 0;
	uint32_t top = a->w[a->n - 1];
	int b = 0;
	while (top) {
		b++;
		top >>= 1;
	}
	return (a->n - 1) * 32 + b;
}

struct fsem {
	int prec;	/* significand bits, the hidden one included */
	int ebits;
	int bias;
};

static struct fsem
sem_of(enum dtype dt)
{
	switch (dt) {
	case DTYPE_F16: return (struct fsem){ 11, 5, 15 };
	case DTYPE_BF16: return (struct fsem){ 8, 8, 127 };
	case DTYPE_F64: return (struct fsem){ 53, 11, 1023 };
	default: return (struct fsem){ 24, 8, 127 };
	}
}

static uint64_t
float_bits(double v, enum dtype dt)
{
	float f = (float)v;
	uint32_t u32;
	uint64_t u64;

	switch (dt) {
	case DTYPE_F64:
		memcpy(&u64, &v, 8);
		return u64;
	case DTYPE_F16:
		return f32_to_f16(f);
	case DTYPE_BF16:
		return f32_to_bf16(f);
	default:
		memcpy(&u32, &f, 4);
		return u32;
	}
}

/* Rounds the digit buffer (least significant first) to prec digits,
 * half up, as APFloat's AdjustToPrecision. */
static void
adjust_digits(char *dig, int *nd, int *exp, int prec)
{
	int n = *nd, first;

	if (n <= prec)
		return;
	first = n - prec;
	if (dig[first - 1] < '5') {
		while (first < n && dig[first] == '0')
			first++;
	} else {
		int i;
		for (i = first; i != n; i++) {
			if (dig[i] == '9') {
				first++;
			} else {
				dig[i]++;
				break;
			}
		}
		if (first == n) {
			*exp += first;
			dig[0] = '1';
			*nd = 1;
			return;
		}
	}
	*exp += first;
	memmove(dig, dig + first, (size_t)(n - first));
	*nd = n - first;
}

/* APFloat::toString for a finite value. */
static void
apfloat_str(char *out, size_t outn, uint64_t bits, struct fsem s,
    int prec, int maxpad, int truncate_zero)
{
	int total = s.prec - 1 + s.ebits;
	int neg = (int)((bits >> total) & 1);
	uint64_t e = (bits >> (s.prec - 1)) & ((1u << s.ebits) - 1);
	uint64_t m = bits & (((uint64_t)1 << (s.prec - 1)) - 1);
	char dig[1200], str[1300];
	int nd = 0, k = 0, exp;
	struct big a = { .n = 0 };

	if (neg)
		str[k++] = '-';
	if (e == 0 && m == 0) {
		if (!maxpad) {
			if (truncate_zero) {
				k += sprintf(str + k, "0.0E+0");
			} else {
				k += sprintf(str + k, "0.0");
				for (int i = 1; i < prec; i++)
					str[k++] = '0';
				k += sprintf(str + k, "e+00");
			}
		} else {
			str[k++] = '0';
		}
		str[k] = '\0';
		snprintf(out, outn, "%s", str);
		return;
	}
	if (e == 0) {
		exp = 1 - s.bias - (s.prec - 1);
	} else {
		exp = (int)e - s.bias - (s.prec - 1);
		m |= (uint64_t)1 << (s.prec - 1);
	}
	if (!prec)
		prec = 2 + s.prec * 59 / 196;
	while (!(m & 1)) {
		m >>= 1;
		exp++;
	}
	a.w[0] = (uint32_t)m;
	a.w[1] = (uint32_t)(m >> 32);
	a.n = a.w[1] ? 2 : 1;
	if (exp > 0) {
		for (; exp > 0; exp--)
			big_mul_small(&a, 2);
	} else {
		for (int t = -exp; t > 0; t--)
			big_mul_small(&a, 5);
	}
	/* APFloat drops low decimal digits by truncation first */
	int bits_now = big_bits(&a), req = (prec * 196 + 58) / 59;
	if (bits_now > req) {
		int tens = (bits_now - req) * 59 / 196;
		exp += tens;
		while (tens-- > 0)
			big_div_small(&a, 10);
	}
	int in_trail = 1;
	while (a.n > 0) {
		uint32_t d = big_div_small(&a, 10);
		if (in_trail && !d) {
			exp++;
		} else {
			dig[nd++] = (char)('0' + d);
			in_trail = 0;
		}
	}
	adjust_digits(dig, &nd, &exp, prec);

	int sci;
	if (!maxpad) {
		sci = 1;
	} else if (exp >= 0) {
		sci = exp > maxpad || nd + exp > prec;
	} else {
		int msd = exp + nd - 1;
		sci = msd >= 0 ? 0 : -msd > maxpad;
	}
	if (sci) {
		exp += nd - 1;
		str[k++] = dig[nd - 1];
		str[k++] = '.';
		if (nd == 1 && truncate_zero)
			str[k++] = '0';
		else
			for (int i = 1; i != nd; i++)
				str[k++] = dig[nd - 1 - i];
		if (!truncate_zero && prec > nd - 1)
			for (int i = 0; i < prec - nd + 1; i++)
				str[k++] = '0';
		str[k++] = truncate_zero ? 'E' : 'e';
		str[k++] = exp >= 0 ? '+' : '-';
		if (exp < 0)
			exp = -exp;
		k += sprintf(str + k, truncate_zero ? "%d" : "%02d", exp);
	} else if (exp >= 0) {
		for (int i = 0; i != nd; i++)
			str[k++] = dig[nd - 1 - i];
		for (int i = 0; i != exp; i++)
			str[k++] = '0';
	} else {
		int whole = exp + nd, i = 0;
		if (whole > 0) {
			for (; i != whole; i++)
				str[k++] = dig[nd - i - 1];
			str[k++] = '.';
		} else {
			str[k++] = '0';
			str[k++] = '.';
			for (int z = 1; z != 1 - whole; z++)
				str[k++] = '0';
		}
		for (; i != nd; i++)
			str[k++] = dig[nd - i - 1];
	}
	str[k] = '\0';
	snprintf(out, outn, "%s", str);
}

static uint64_t
parse_back(const char *s, enum dtype dt)
{
	if (dt == DTYPE_F64)
		return float_bits(strtod(s, NULL), dt);
	return float_bits(strtof(s, NULL), dt);
}

void
hlo_float_str(char *buf, size_t n, double v, enum dtype dt)
{
	struct fsem s = sem_of(dt);
	uint64_t bits = float_bits(v, dt);

	if (!isnan(v) && !isinf(v)) {
		apfloat_str(buf, n, bits, s, 6, 0, 0);
		if (parse_back(buf, dt) == bits)
			return;
		apfloat_str(buf, n, bits, s, 0, 3, 1);
		if (strchr(buf, '.'))
			return;
	}
	snprintf(buf, n, "0x%0*" PRIX64, (s.prec + s.ebits) / 4, bits);
}

/* Names */

static int
new_name(struct hlo_builder *b, const char *fmt, int k)
{
	if (b->nnames == b->capnames) {
		b->capnames = b->capnames ? b->capnames * 2 : 256;
		b->names = ereallocarray(b->names, (size_t)b->capnames, sizeof(*b->names));
	}
	snprintf(b->names[b->nnames], sizeof(b->names[0]), fmt, k);
	return b->nnames++;
}

static const char *
nm(const struct hlo_builder *b, struct hlo_val v)
{
	return b->names[v.id];
}

static void
set_mark(struct hlo_builder *b)
{
	b->mark = b->body.len;
	b->mark_names = b->nnames;
	b->mark_res = b->nres;
	b->mark_cst = b->ncst;
	b->mark_c = b->nc;
}

static uint64_t
hash_str(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static void
cse_clear(struct hlo_builder *b)
{
	for (int i = 0; i < b->capcse; i++)
		free(b->cse[i].key);
	free(b->cse);
	b->cse = NULL;
	b->ncse = b->capcse = 0;
}

static void
cse_insert(struct hlo_builder *b, char *key, struct hlo_val v)
{
	if (2 * (b->ncse + 1) > b->capcse) {
		struct hlo_cse *old = b->cse;
		int oldcap = b->capcse;
		b->capcse = oldcap ? oldcap * 2 : 1024;
		b->cse = ecalloc((size_t)b->capcse, sizeof(*b->cse));
		b->ncse = 0;
		for (int i = 0; i < oldcap; i++)
			if (old[i].key)
				cse_insert(b, old[i].key, old[i].v);
		free(old);
	}
	size_t i = hash_str(key, strlen(key)) & (size_t)(b->capcse - 1);
	while (b->cse[i].key)
		i = (i + 1) & (size_t)(b->capcse - 1);
	b->cse[i].key = key;
	b->cse[i].v = v;
	b->ncse++;
}

/* Ends the op whose result is r: when an identical op was printed
 * before, drops this one and returns the earlier value. */
static struct hlo_val
finish(struct hlo_builder *b, struct hlo_val r)
{
	const char *line = b->body.s + b->mark, *eq = strstr(line, " = ");
	size_t n;

	if (b->in_region || !eq)
		return r;
	eq += 3;
	n = (size_t)(b->body.s + b->body.len - eq);
	if (b->capcse) {
		size_t i = hash_str(eq, n) & (size_t)(b->capcse - 1);
		for (; b->cse[i].key; i = (i + 1) & (size_t)(b->capcse - 1)) {
			if (strlen(b->cse[i].key) == n && !memcmp(b->cse[i].key, eq, n)) {
				b->body.len = b->mark;
				b->body.s[b->mark] = '\0';
				b->nnames = b->mark_names;
				b->nres = b->mark_res;
				b->ncst = b->mark_cst;
				b->nc = b->mark_c;
				return b->cse[i].v;
			}
		}
	}
	char *key = emalloc(n + 1);
	memcpy(key, eq, n);
	key[n] = '\0';
	cse_insert(b, key, r);
	return r;
}

static struct hlo_val
result(struct hlo_builder *b, struct hlo_type t)
{
	struct hlo_val v = { .t = t };

	set_mark(b);

	v.id = new_name(b, "%%%d", b->nres++);
	return v;
}

static struct hlo_val
constant(struct hlo_builder *b, struct hlo_type t)
{
	struct hlo_val v = { .t = t };
	int fl = dtype_is_float(t.dt);
	int k;

	set_mark(b);
	k = fl ? b->ncst++ : b->nc++;

	if (k == 0)
		v.id = new_name(b, fl ? "%%cst" : "%%c", 0);
	else
		v.id = new_name(b, fl ? "%%cst_%d" : "%%c_%d", k - 1);
	return v;
}

/* Printing helpers: every op line is "    NAME = OP ..." */

static void
put_type(struct hlo_builder *b, struct hlo_type t)
{
	char s[160];

	hlo_type_str(s, sizeof(s), t);
	sb_puts(&b->body, s);
}

static void
put_dims(struct hlo_builder *b, int n, const int64_t *d)
{
	sb_puts(&b->body, "[");
	for (int i = 0; i < n; i++)
		sb_printf(&b->body, "%s%" PRId64, i ? ", " : "", d[i]);
	sb_puts(&b->body, "]");
}

static void
begin_op(struct hlo_builder *b, struct hlo_val r, const char *op)
{
	sb_printf(&b->body, "    %s = %s", nm(b, r), op);
}

/* "(A, B) -> R" */
static void
put_fn_type(struct hlo_builder *b, int n, const struct hlo_val *in, struct hlo_type r)
{
	sb_puts(&b->body, " : (");
	for (int i = 0; i < n; i++) {
		if (i)
			sb_puts(&b->body, ", ");
		put_type(b, in[i].t);
	}
	sb_puts(&b->body, ") -> ");
	put_type(b, r);
	sb_puts(&b->body, "\n");
}

/* Module and functions */

void
hlo_module_begin(struct hlo_builder *b, struct strbuf *out, const char *name)
{
	memset(b, 0, sizeof(*b));
	b->out = out;
	sb_printf(out, "module @%s {\n", name);
}

void
hlo_module_end(struct hlo_builder *b)
{
	sb_puts(b->out, "}\n");
	sb_free(&b->body);
	sb_free(&b->sig);
	cse_clear(b);
	free(b->names);
	b->names = NULL;
	b->nnames = b->capnames = 0;
}

void
hlo_func_begin(struct hlo_builder *b)
{
	b->body.len = b->sig.len = 0;
	b->nnames = b->nres = b->ncst = b->nc = b->narg = b->regions = 0;
	cse_clear(b);
}

struct hlo_val
hlo_arg(struct hlo_builder *b, struct hlo_type t, const char *loc)
{
	struct hlo_val v = { .t = t };
	char s[160];

	/* region arguments are numbered after the function's */
	assert(b->regions == 0);
	v.id = new_name(b, "%%arg%d", b->narg++);
	hlo_type_str(s, sizeof(s), t);
	sb_printf(&b->sig, "%s%s: %s", b->narg > 1 ? ", " : "", nm(b, v), s);
	if (loc)
		sb_printf(&b->sig, " loc(\"%s\")", loc);
	return v;
}

void
hlo_func_end(struct hlo_builder *b, const char *name, int public, int n, const struct hlo_val *res)
{
	struct strbuf *o = b->out;
	char s[160];
	int i;

	sb_printf(o, "  func.func %s @%s(%s) -> ", public ? "public" : "private", name,
	    b->sig.s ? b->sig.s : "");
	if (n != 1)
		sb_puts(o, "(");
	for (i = 0; i < n; i++) {
		hlo_type_str(s, sizeof(s), res[i].t);
		sb_printf(o, "%s%s", i ? ", " : "", s);
	}
	sb_puts(o, n != 1 ? ") {\n" : " {\n");
	if (b->body.s)
		sb_putn(o, b->body.s, b->body.len);
	sb_puts(o, "    return ");
	for (i = 0; i < n; i++)
		sb_printf(o, "%s%s", i ? ", " : "", nm(b, res[i]));
	sb_puts(o, " : ");
	for (i = 0; i < n; i++) {
		hlo_type_str(s, sizeof(s), res[i].t);
		sb_printf(o, "%s%s", i ? ", " : "", s);
	}
	sb_puts(o, "\n  }\n");
}

/* Constants */

static void
put_scalar(struct hlo_builder *b, enum dtype dt, double f, int64_t i)
{
	char s[64];

	if (dtype_is_float(dt)) {
		hlo_float_str(s, sizeof(s), f, dt);
		sb_puts(&b->body, s);
	} else if (dt == DTYPE_BOOL) {
		sb_puts(&b->body, i ? "true" : "false");
	} else {
		sb_printf(&b->body, "%" PRId64, i);
	}
}

struct hlo_val
hlo_const_f(struct hlo_builder *b, struct hlo_type t, double v)
{
	struct hlo_val r = constant(b, t);

	assert(dtype_is_float(t.dt));
	begin_op(b, r, "stablehlo.constant dense<");
	put_scalar(b, t.dt, v, 0);
	sb_puts(&b->body, "> : ");
	put_type(b, t);
	sb_puts(&b->body, "\n");
	return finish(b, r);
}

struct hlo_val
hlo_const_i(struct hlo_builder *b, struct hlo_type t, int64_t v)
{
	struct hlo_val r = constant(b, t);

	assert(!dtype_is_float(t.dt));
	begin_op(b, r, "stablehlo.constant dense<");
	put_scalar(b, t.dt, 0, v);
	sb_puts(&b->body, "> : ");
	put_type(b, t);
	sb_puts(&b->body, "\n");
	return finish(b, r);
}

struct hlo_val
hlo_const_list_f(struct hlo_builder *b, struct hlo_type t, const float *v)
{
	struct hlo_val r = constant(b, t);
	int64_t n = hlo_numel(t);

	assert(t.rank == 1 && t.dt == DTYPE_F32);
	if (n > 100) {
		/* MLIR prints more than 100 elements as a hex blob of the
		 * little-endian bytes */
		begin_op(b, r, "stablehlo.constant dense<\"0x");
		for (int64_t i = 0; i < n; i++) {
			unsigned char u[4];
			memcpy(u, &v[i], 4);
			sb_printf(&b->body, "%02X%02X%02X%02X", u[0], u[1], u[2], u[3]);
		}
		sb_puts(&b->body, "\"> : ");
	} else {
		begin_op(b, r, "stablehlo.constant dense<[");
		for (int64_t i = 0; i < n; i++) {
			if (i)
				sb_puts(&b->body, ", ");
			put_scalar(b, t.dt, v[i], 0);
		}
		sb_puts(&b->body, "]> : ");
	}
	put_type(b, t);
	sb_puts(&b->body, "\n");
	return finish(b, r);
}

/* Elementwise */

static struct hlo_val
binary(struct hlo_builder *b, const char *op, struct hlo_val x, struct hlo_val y)
{
	struct hlo_val r;

	assert(type_eq(x.t, y.t));
	r = result(b, x.t);
	begin_op(b, r, op);
	sb_printf(&b->body, " %s, %s : ", nm(b, x), nm(b, y));
	put_type(b, r.t);
	sb_puts(&b->body, "\n");
	return finish(b, r);
}

static struct hlo_val
unary(struct hlo_builder *b, const char *op, struct hlo_val x)
{
	struct hlo_val r = result(b, x.t);

	begin_op(b, r, op);
	sb_printf(&b->body, " %s : ", nm(b, x));
	put_type(b, r.t);
	sb_puts(&b->body, "\n");
	return finish(b, r);
}

struct hlo_val hlo_add(struct hlo_builder *b, struct hlo_val x, struct hlo_val y) { return binary(b, "stablehlo.add", x, y); }
struct hlo_val hlo_sub(struct hlo_builder *b, struct hlo_val x, struct hlo_val y) { return binary(b, "stablehlo.subtract", x, y); }
struct hlo_val hlo_mul(struct hlo_builder *b, struct hlo_val x, struct hlo_val y) { return binary(b, "stablehlo.multiply", x, y); }
struct hlo_val hlo_div(struct hlo_builder *b, struct hlo_val x, struct hlo_val y) { return binary(b, "stablehlo.divide", x, y); }
struct hlo_val hlo_max(struct hlo_builder *b, struct hlo_val x, struct hlo_val y) { return binary(b, "stablehlo.maximum", x, y); }
struct hlo_val hlo_and(struct hlo_builder *b, struct hlo_val x, struct hlo_val y) { return binary(b, "stablehlo.and", x, y); }
struct hlo_val hlo_or(struct hlo_builder *b, struct hlo_val x, struct hlo_val y) { return binary(b, "stablehlo.or", x, y); }
struct hlo_val hlo_shr(struct hlo_builder *b, struct hlo_val x, struct hlo_val y) { return binary(b, "stablehlo.shift_right_logical", x, y); }
struct hlo_val hlo_neg(struct hlo_builder *b, struct hlo_val x) { return unary(b, "stablehlo.negate", x); }
struct hlo_val hlo_exp(struct hlo_builder *b, struct hlo_val x) { return unary(b, "stablehlo.exponential", x); }
struct hlo_val hlo_rsqrt(struct hlo_builder *b, struct hlo_val x) { return unary(b, "stablehlo.rsqrt", x); }
struct hlo_val hlo_logistic(struct hlo_builder *b, struct hlo_val x) { return unary(b, "stablehlo.logistic", x); }
struct hlo_val hlo_cos(struct hlo_builder *b, struct hlo_val x) { return unary(b, "stablehlo.cosine", x); }
struct hlo_val hlo_sin(struct hlo_builder *b, struct hlo_val x) { return unary(b, "stablehlo.sine", x); }
struct hlo_val hlo_tanh(struct hlo_builder *b, struct hlo_val x) { return unary(b, "stablehlo.tanh", x); }
struct hlo_val hlo_sqrt(struct hlo_builder *b, struct hlo_val x) { return unary(b, "stablehlo.sqrt", x); }

struct hlo_val
hlo_convert(struct hlo_builder *b, struct hlo_val x, enum dtype dt)
{
	struct hlo_val r = result(b, hlo_retype(x.t, dt));

	begin_op(b, r, "stablehlo.convert");
	sb_printf(&b->body, " %s", nm(b, x));
	put_fn_type(b, 1, &x, r.t);
	return finish(b, r);
}

struct hlo_val
hlo_compare(struct hlo_builder *b, const char *dir, struct hlo_val x, struct hlo_val y)
{
	struct hlo_val r, in[2] = { x, y };
	const char *kind = dtype_is_float(x.t.dt) ? "FLOAT" :
	    dtype_is_signed_int(x.t.dt) ? "SIGNED" : "UNSIGNED";

	assert(type_eq(x.t, y.t));
	r = result(b, hlo_retype(x.t, DTYPE_BOOL));
	begin_op(b, r, "stablehlo.compare");
	sb_printf(&b->body, "  %s, %s, %s,  %s", dir, nm(b, x), nm(b, y), kind);
	put_fn_type(b, 2, in, r.t);
	return finish(b, r);
}

struct hlo_val
hlo_select(struct hlo_builder *b, struct hlo_val p, struct hlo_val x, struct hlo_val y)
{
	struct hlo_val r;

	assert(type_eq(x.t, y.t) && type_eq(p.t, hlo_retype(x.t, DTYPE_BOOL)));
	r = result(b, x.t);
	begin_op(b, r, "stablehlo.select");
	sb_printf(&b->body, " %s, %s, %s : ", nm(b, p), nm(b, x), nm(b, y));
	put_type(b, p.t);
	sb_puts(&b->body, ", ");
	put_type(b, r.t);
	sb_puts(&b->body, "\n");
	return finish(b, r);
}

/* Shapes */

struct hlo_val
hlo_bcast(struct hlo_builder *b, struct hlo_val x, struct hlo_type t, const int64_t *dims)
{
	struct hlo_val r;

	assert(t.dt == x.t.dt);
	for (int i = 0; i < x.t.rank; i++)
		assert(x.t.dim[i] == 1 || x.t.dim[i] == t.dim[dims[i]]);
	r = result(b, t);
	begin_op(b, r, "stablehlo.broadcast_in_dim");
	sb_printf(&b->body, " %s, dims = ", nm(b, x));
	put_dims(b, x.t.rank, dims);
	put_fn_type(b, 1, &x, t);
	return finish(b, r);
}

struct hlo_val
hlo_reshape(struct hlo_builder *b, struct hlo_val x, struct hlo_type t)
{
	struct hlo_val r;

	assert(t.dt == x.t.dt && hlo_numel(t) == hlo_numel(x.t));
	r = result(b, t);
	begin_op(b, r, "stablehlo.reshape");
	sb_printf(&b->body, " %s", nm(b, x));
	put_fn_type(b, 1, &x, t);
	return finish(b, r);
}

struct hlo_val
hlo_transpose(struct hlo_builder *b, struct hlo_val x, const int64_t *perm)
{
	struct hlo_type t = x.t;
	struct hlo_val r;

	for (int i = 0; i < t.rank; i++)
		t.dim[i] = x.t.dim[perm[i]];
	r = result(b, t);
	begin_op(b, r, "stablehlo.transpose");
	sb_printf(&b->body, " %s, dims = ", nm(b, x));
	put_dims(b, t.rank, perm);
	put_fn_type(b, 1, &x, t);
	return finish(b, r);
}

static int
in_list(int64_t d, int n, const int64_t *l)
{
	for (int i = 0; i < n; i++)
		if (l[i] == d)
			return 1;
	return 0;
}

struct hlo_val
hlo_dot(struct hlo_builder *b, struct hlo_val x, struct hlo_val y,
    int nb, const int64_t *xb, const int64_t *yb,
    int nc, const int64_t *xc, const int64_t *yc, enum dtype dt)
{
	struct hlo_type t = { .dt = dt };
	struct hlo_val r, in[2] = { x, y };
	int i;

	assert(x.t.dt == y.t.dt);
	for (i = 0; i < nb; i++) {
		assert(x.t.dim[xb[i]] == y.t.dim[yb[i]]);
		t.dim[t.rank++] = x.t.dim[xb[i]];
	}
	for (i = 0; i < nc; i++)
		assert(x.t.dim[xc[i]] == y.t.dim[yc[i]]);
	for (i = 0; i < x.t.rank; i++)
		if (!in_list(i, nb, xb) && !in_list(i, nc, xc))
			t.dim[t.rank++] = x.t.dim[i];
	for (i = 0; i < y.t.rank; i++)
		if (!in_list(i, nb, yb) && !in_list(i, nc, yc))
			t.dim[t.rank++] = y.t.dim[i];
	assert(t.rank <= HLO_MAX_RANK);
	r = result(b, t);
	begin_op(b, r, "stablehlo.dot_general");
	sb_printf(&b->body, " %s, %s, ", nm(b, x), nm(b, y));
	if (nb) {
		sb_puts(&b->body, "batching_dims = ");
		put_dims(b, nb, xb);
		sb_puts(&b->body, " x ");
		put_dims(b, nb, yb);
		sb_puts(&b->body, ", ");
	}
	sb_puts(&b->body, "contracting_dims = ");
	put_dims(b, nc, xc);
	sb_puts(&b->body, " x ");
	put_dims(b, nc, yc);
	put_fn_type(b, 2, in, t);
	return finish(b, r);
}

struct hlo_val
hlo_slice(struct hlo_builder *b, struct hlo_val x, const int64_t *start, const int64_t *limit)
{
	struct hlo_type t = x.t;
	struct hlo_val r;
	int i;

	for (i = 0; i < t.rank; i++) {
		assert(0 <= start[i] && start[i] <= limit[i] && limit[i] <= x.t.dim[i]);
		t.dim[i] = limit[i] - start[i];
	}
	r = result(b, t);
	begin_op(b, r, "stablehlo.slice");
	sb_printf(&b->body, " %s [", nm(b, x));
	for (i = 0; i < t.rank; i++)
		sb_printf(&b->body, "%s%" PRId64 ":%" PRId64, i ? ", " : "", start[i], limit[i]);
	sb_puts(&b->body, "]");
	put_fn_type(b, 1, &x, t);
	return finish(b, r);
}

struct hlo_val
hlo_dslice(struct hlo_builder *b, struct hlo_val x, const struct hlo_val *idx, const int64_t *sizes)
{
	struct hlo_type t = x.t;
	struct hlo_val r, in[1 + HLO_MAX_RANK];
	int i;

	in[0] = x;
	for (i = 0; i < t.rank; i++) {
		assert(sizes[i] <= x.t.dim[i] && idx[i].t.rank == 0);
		t.dim[i] = sizes[i];
		in[1 + i] = idx[i];
	}
	r = result(b, t);
	begin_op(b, r, "stablehlo.dynamic_slice");
	sb_printf(&b->body, " %s", nm(b, x));
	for (i = 0; i < t.rank; i++)
		sb_printf(&b->body, ", %s", nm(b, idx[i]));
	sb_puts(&b->body, ", sizes = ");
	put_dims(b, t.rank, sizes);
	put_fn_type(b, 1 + t.rank, in, t);
	return finish(b, r);
}

struct hlo_val
hlo_dus(struct hlo_builder *b, struct hlo_val x, struct hlo_val upd, const struct hlo_val *idx)
{
	struct hlo_val r, in[2 + HLO_MAX_RANK];
	int i;

	assert(upd.t.rank == x.t.rank && upd.t.dt == x.t.dt);
	in[0] = x;
	in[1] = upd;
	for (i = 0; i < x.t.rank; i++)
		in[2 + i] = idx[i];
	r = result(b, x.t);
	begin_op(b, r, "stablehlo.dynamic_update_slice");
	sb_printf(&b->body, " %s, %s", nm(b, x), nm(b, upd));
	for (i = 0; i < x.t.rank; i++)
		sb_printf(&b->body, ", %s", nm(b, idx[i]));
	put_fn_type(b, 2 + x.t.rank, in, x.t);
	return finish(b, r);
}

struct hlo_val
hlo_concat(struct hlo_builder *b, int n, const struct hlo_val *v, int dim)
{
	struct hlo_type t = v[0].t;
	struct hlo_val r;
	int i;

	for (i = 1; i < n; i++)
		t.dim[dim] += v[i].t.dim[dim];
	r = result(b, t);
	begin_op(b, r, "stablehlo.concatenate");
	for (i = 0; i < n; i++)
		sb_printf(&b->body, "%s%s", i ? ", " : " ", nm(b, v[i]));
	sb_printf(&b->body, ", dim = %d", dim);
	put_fn_type(b, n, v, t);
	return finish(b, r);
}

struct hlo_val
hlo_iota(struct hlo_builder *b, struct hlo_type t, int dim)
{
	struct hlo_val r = result(b, t);

	begin_op(b, r, "stablehlo.iota");
	sb_printf(&b->body, " dim = %d : ", dim);
	put_type(b, t);
	sb_puts(&b->body, "\n");
	return finish(b, r);
}

struct hlo_val
hlo_gather_rows(struct hlo_builder *b, struct hlo_val table, struct hlo_val ids)
{
	struct hlo_type t = table.t;
	struct hlo_val r, in[2] = { table, ids };
	int i;

	assert(ids.t.rank == 2 && ids.t.dim[1] == 1);
	t.dim[0] = ids.t.dim[0];
	r = result(b, t);
	sb_printf(&b->body, "    %s = \"stablehlo.gather\"(%s, %s) <{dimension_numbers = "
	    "#stablehlo.gather<offset_dims = [", nm(b, r), nm(b, table), nm(b, ids));
	for (i = 1; i < t.rank; i++)
		sb_printf(&b->body, "%s%d", i > 1 ? ", " : "", i);
	sb_puts(&b->body, "], collapsed_slice_dims = [0], start_index_map = [0], "
	    "index_vector_dim = 1>, slice_sizes = array<i64: 1");
	for (i = 1; i < t.rank; i++)
		sb_printf(&b->body, ", %" PRId64, t.dim[i]);
	sb_puts(&b->body, ">}>");
	put_fn_type(b, 2, in, t);
	return finish(b, r);
}

struct hlo_val
hlo_reduce(struct hlo_builder *b, const char *op, struct hlo_val x, struct hlo_val init, int dim)
{
	struct hlo_type t = x.t;
	struct hlo_val r, in[2] = { x, init };
	int64_t d = dim;

	for (int i = dim; i < t.rank - 1; i++)
		t.dim[i] = t.dim[i + 1];
	t.rank--;
	r = result(b, t);
	sb_printf(&b->body, "    %s = stablehlo.reduce(%s init: %s) applies stablehlo.%s across dimensions = ",
	    nm(b, r), nm(b, x), nm(b, init), op);
	put_dims(b, 1, &d);
	put_fn_type(b, 2, in, t);
	return finish(b, r);
}

/* Indents the lines printed since mark by two more spaces: a region's
 * body inside its op. */
static void
indent_from(struct hlo_builder *b, size_t mark)
{
	struct strbuf reg = { 0 };
	const char *p = b->body.s + mark, *e = b->body.s + b->body.len;

	while (p < e) {
		const char *nl = memchr(p, '\n', (size_t)(e - p));
		sb_puts(&reg, "  ");
		sb_putn(&reg, p, (size_t)(nl - p) + 1);
		p = nl + 1;
	}
	b->body.len = mark;
	if (reg.len)
		sb_putn(&b->body, reg.s, reg.len);
	sb_free(&reg);
}

struct hlo_val
hlo_argmax(struct hlo_builder *b, struct hlo_val x)
{
	struct hlo_type t = x.t, it = hlo_retype(x.t, DTYPE_I32);
	struct hlo_type sv = HLO_SCALAR(x.t.dt), si = HLO_SCALAR(DTYPE_I32);
	struct hlo_val idx, init_v, init_i, r, a[4], c[9];
	int64_t d = x.t.rank - 1;
	char tv[160], ti[160], svs[64], sis[64];

	idx = hlo_iota(b, it, x.t.rank - 1);
	init_v = hlo_const_f(b, sv, -INFINITY);
	init_i = hlo_const_i(b, si, 0);
	t.rank--;
	/* a two-result op: "%N:2 = ..." and uses "%N#0", "%N#1" */
	r = result(b, hlo_retype(t, DTYPE_I32));
	b->regions++;
	for (int i = 0; i < 4; i++) {
		a[i].t = (i % 2) ? si : sv;
		a[i].id = new_name(b, "%%arg%d", b->narg + i);
	}
	hlo_type_str(tv, sizeof(tv), x.t);
	hlo_type_str(ti, sizeof(ti), it);
	hlo_type_str(svs, sizeof(svs), sv);
	hlo_type_str(sis, sizeof(sis), si);
	sb_printf(&b->body, "    %s:2 = stablehlo.reduce(%s init: %s), (%s init: %s) across dimensions = ",
	    nm(b, r), nm(b, x), nm(b, init_v), nm(b, idx), nm(b, init_i));
	put_dims(b, 1, &d);
	sb_printf(&b->body, " : (%s, %s, %s, %s) -> (", tv, ti, svs, sis);
	put_type(b, hlo_retype(t, x.t.dt));
	sb_puts(&b->body, ", ");
	put_type(b, r.t);
	sb_printf(&b->body, ")\n     reducer(%s: %s, %s: %s) (%s: %s, %s: %s)  {\n",
	    nm(b, a[0]), svs, nm(b, a[2]), svs, nm(b, a[1]), sis, nm(b, a[3]), sis);
	/* the region body, indented one level more */
	size_t mark = b->body.len;
	b->in_region = 1;
	c[0] = hlo_compare(b, "GT", a[0], a[2]);
	c[1] = hlo_compare(b, "NE", a[0], a[0]);
	c[2] = hlo_or(b, c[0], c[1]);
	c[3] = hlo_compare(b, "EQ", a[0], a[2]);
	c[4] = hlo_compare(b, "LT", a[1], a[3]);
	c[5] = hlo_and(b, c[3], c[4]);
	c[6] = hlo_or(b, c[2], c[5]);
	c[7] = hlo_select(b, c[2], a[0], a[2]);
	c[8] = hlo_select(b, c[6], a[1], a[3]);
	b->in_region = 0;
	indent_from(b, mark);
	sb_printf(&b->body, "      stablehlo.return %s, %s : %s, %s\n    }\n",
	    nm(b, c[7]), nm(b, c[8]), svs, sis);
	/* the caller uses the index result, "%N#1" */
	char use[24];
	snprintf(use, sizeof(use), "%s#1", nm(b, r));
	r.id = new_name(b, "#", 0);
	snprintf(b->names[r.id], sizeof(b->names[0]), "%s", use);
	return r;
}

struct hlo_val
hlo_case(struct hlo_builder *b, struct hlo_val index, int n, struct hlo_type t,
    struct hlo_val (*branch)(void *arg, int i), void *arg)
{
	struct hlo_val r = result(b, t);
	char ts[160], is[64];
	int was = b->in_region;

	hlo_type_str(ts, sizeof(ts), t);
	hlo_type_str(is, sizeof(is), index.t);
	sb_printf(&b->body, "    %s = \"stablehlo.case\"(%s) (", nm(b, r), nm(b, index));
	for (int i = 0; i < n; i++) {
		sb_puts(&b->body, i ? ", {\n" : "{\n");
		/* the branch's ops, indented two more spaces; no CSE inside a
		 * region: its values are not visible after it */
		size_t mark = b->body.len;
		b->in_region = 1;
		struct hlo_val v = branch(arg, i);
		b->in_region = was;
		assert(type_eq(v.t, t));
		indent_from(b, mark);
		sb_printf(&b->body, "      stablehlo.return %s : %s\n    }", nm(b, v), ts);
	}
	sb_printf(&b->body, ") : (%s) -> %s\n", is, ts);
	return r;
}
