#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/util.h"
#include "ir/tensor.h"

int64_t
tensor_bytes(const struct mlir_type *t)
{
	int64_t n = 1, es = (int64_t)dtype_size(t->dt);

	if (t->dt == DTYPE_INVALID)
		return err_set("unsupported element type '%s'", t->name ? t->name : "?");
	for (int i = 0; i < t->rank; i++) {
		if (t->dim[i] < 0)
			return err_set("a dimension of %lld", (long long)t->dim[i]);
		if (t->dim[i] && n > TENSOR_MAX_BYTES / es / t->dim[i]) {
			char ty[128];
			mlir_type_str(ty, sizeof(ty), t);
			return err_set("'%s' is larger than the %lld GiB a tensor may take", ty,
			    (long long)(TENSOR_MAX_BYTES >> 30));
		}
		n *= t->dim[i];
	}
	return n * es;
}

static struct tensor *
alloc(const struct mlir_type *t, int zero)
{
	int64_t nb = tensor_bytes(t);
	struct tensor *x;

	if (nb < 0)
		return NULL;
	if (!(x = calloc(1, sizeof(*x)))) {
		err_set("out of memory");
		return NULL;
	}
	x->type = *t;
	x->nbytes = (size_t)nb;
	x->data = zero ? calloc(x->nbytes ? x->nbytes : 1, 1) : malloc(x->nbytes ? x->nbytes : 1);
	if (!x->data) {
		char ty[128];
		mlir_type_str(ty, sizeof(ty), t);
		free(x);
		err_set("out of memory for '%s' (%lld bytes)", ty, (long long)nb);
		return NULL;
	}
	return x;
}

struct tensor *
tensor_new(const struct mlir_type *t)
{
	return alloc(t, 1);
}

struct tensor *
tensor_new_raw(const struct mlir_type *t)
{
	return alloc(t, 0);
}

struct tensor *
tensor_copy(const struct tensor *t)
{
	struct tensor *c = alloc(&t->type, 0);

	if (!c)
		return NULL;
	if (t->stored != DTYPE_INVALID && t->stored != t->type.dt)
		dtype_to_f32(t->data, t->stored, (size_t)mlir_numel(&t->type), c->data);
	else
		memcpy(c->data, t->data, c->nbytes);
	return c;
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

void
tensor_strides(const struct mlir_type *t, int64_t *s)
{
	int64_t k = 1;

	for (int i = t->rank - 1; i >= 0; i--) {
		s[i] = k;
		k *= t->dim[i];
	}
}

int
tensor_is_unsigned(const struct tensor *t)
{
	return dtype_is_unsigned_int(t->type.dt) || t->type.dt == DTYPE_BOOL;
}

double
tensor_get_f(const struct tensor *t, size_t i)
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

void
tensor_set_f(struct tensor *t, size_t i, double v)
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

int64_t
tensor_get_i(const struct tensor *t, size_t i)
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
	default: return (int64_t)tensor_get_f(t, i);
	}
}

void
tensor_set_i(struct tensor *t, size_t i, int64_t v)
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
