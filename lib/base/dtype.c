#include <string.h>

#include "base/dtype.h"

static const struct {
	size_t size;
	const char *st, *mlir;
	char kind;	/* 'f' float, 'i' signed, 'u' unsigned, 'b' bool */
} info[DTYPE_COUNT] = {
	[DTYPE_BOOL] = { 1, "BOOL", "i1", 'b' },
	[DTYPE_I8] = { 1, "I8", "i8", 'i' },
	[DTYPE_I16] = { 2, "I16", "i16", 'i' },
	[DTYPE_I32] = { 4, "I32", "i32", 'i' },
	[DTYPE_I64] = { 8, "I64", "i64", 'i' },
	[DTYPE_U8] = { 1, "U8", "ui8", 'u' },
	[DTYPE_U16] = { 2, "U16", "ui16", 'u' },
	[DTYPE_U32] = { 4, "U32", "ui32", 'u' },
	[DTYPE_U64] = { 8, "U64", "ui64", 'u' },
	[DTYPE_F16] = { 2, "F16", "f16", 'f' },
	[DTYPE_BF16] = { 2, "BF16", "bf16", 'f' },
	[DTYPE_F32] = { 4, "F32", "f32", 'f' },
	[DTYPE_F64] = { 8, "F64", "f64", 'f' },
};

size_t
dtype_size(enum dtype t)
{
	return t > DTYPE_INVALID && t < DTYPE_COUNT ? info[t].size : 0;
}

const char *
dtype_st_name(enum dtype t)
{
	return t > DTYPE_INVALID && t < DTYPE_COUNT ? info[t].st : NULL;
}

const char *
dtype_mlir_name(enum dtype t)
{
	return t > DTYPE_INVALID && t < DTYPE_COUNT ? info[t].mlir : NULL;
}

enum dtype
dtype_from_st(const char *name)
{
	int t;

	for (t = DTYPE_INVALID + 1; t < DTYPE_COUNT; t++)
		if (!strcmp(info[t].st, name))
			return (enum dtype)t;
	return DTYPE_INVALID;
}

enum dtype
dtype_from_mlir(const char *s, size_t n)
{
	int t;

	if (n > 2 && s[0] == 's' && s[1] == 'i') {
		s++;
		n--;
	}
	for (t = DTYPE_INVALID + 1; t < DTYPE_COUNT; t++)
		if (strlen(info[t].mlir) == n && !memcmp(info[t].mlir, s, n))
			return (enum dtype)t;
	return DTYPE_INVALID;
}

int
dtype_is_float(enum dtype t)
{
	return t > DTYPE_INVALID && t < DTYPE_COUNT && info[t].kind == 'f';
}

int
dtype_is_signed_int(enum dtype t)
{
	return t > DTYPE_INVALID && t < DTYPE_COUNT && info[t].kind == 'i';
}

int
dtype_is_unsigned_int(enum dtype t)
{
	return t > DTYPE_INVALID && t < DTYPE_COUNT && info[t].kind == 'u';
}

static float
bits_f32(uint32_t u)
{
	float f;

	memcpy(&f, &u, 4);
	return f;
}

static uint32_t
f32_bits(float f)
{
	uint32_t u;

	memcpy(&u, &f, 4);
	return u;
}

float
bf16_to_f32(uint16_t b)
{
	return bits_f32((uint32_t)b << 16);
}

float
f16_to_f32(uint16_t h)
{
	uint32_t sign = (uint32_t)(h & 0x8000) << 16;
	uint32_t exp = (h >> 10) & 0x1F, man = h & 0x3FF;

	if (exp == 0x1F)
		return bits_f32(sign | 0x7F800000 | (man << 13));
	if (exp == 0) {
		/* zero or subnormal: man * 2^-24, exact in f32 */
		float f = (float)man * bits_f32(0x33800000);
		return sign ? -f : f;
	}
	return bits_f32(sign | ((exp + 112) << 23) | (man << 13));
}

uint16_t
f32_to_bf16(float f)
{
	uint32_t u = f32_bits(f);

	if ((u & 0x7FFFFFFF) > 0x7F800000)
		return (uint16_t)((u >> 16) | 0x40);	/* quiet NaN */
	u += 0x7FFF + ((u >> 16) & 1);
	return (uint16_t)(u >> 16);
}

void
dtype_round_bf16(const float *in, size_t n, float *out)
{
	for (size_t i = 0; i < n; i++)
		out[i] = bf16_to_f32(f32_to_bf16(in[i]));
}

uint16_t
f32_to_f16(float f)
{
	uint32_t u = f32_bits(f);
	uint32_t sign = (u >> 16) & 0x8000, a = u & 0x7FFFFFFF;
	uint32_t exp, man, r;

	if (a > 0x7F800000)
		return (uint16_t)(sign | 0x7E00 | ((a >> 13) & 0x3FF));
	if (a >= 0x477FF000)	/* rounds to 65536 or more: infinity */
		return (uint16_t)(sign | 0x7C00);
	if (a < 0x38800000) {
		/* subnormal f16 or zero: round a / 2^-24 to an integer */
		if (a < 0x33000000)	/* below half the smallest subnormal */
			return (uint16_t)sign;
		exp = a >> 23;
		man = (a & 0x7FFFFF) | 0x800000;
		uint32_t shift = 126 - exp;	/* 14..24 */
		r = man >> shift;
		uint32_t rem = man & ((1u << shift) - 1), half = 1u << (shift - 1);
		if (rem > half || (rem == half && (r & 1)))
			r++;
		return (uint16_t)(sign | r);
	}
	/* normal: rebias, round the 13 dropped bits to nearest even */
	a += ((uint32_t)(15 - 127) << 23);
	a += 0xFFF + ((a >> 13) & 1);
	return (uint16_t)(sign | (a >> 13));
}

int
dtype_to_f32(const void *src, enum dtype t, size_t n, float *dst)
{
	const unsigned char *p = src;
	size_t i;

	switch (t) {
	case DTYPE_F32:
		memcpy(dst, src, n * 4);
		return 0;
	case DTYPE_F16:
	case DTYPE_BF16:
		for (i = 0; i < n; i++) {
			uint16_t h;
			memcpy(&h, p + 2 * i, 2);
			dst[i] = t == DTYPE_F16 ? f16_to_f32(h) : bf16_to_f32(h);
		}
		return 0;
	case DTYPE_F64:
		for (i = 0; i < n; i++) {
			double d;
			memcpy(&d, p + 8 * i, 8);
			dst[i] = (float)d;
		}
		return 0;
	default:
		return -1;
	}
}

int
dtype_from_f32(const float *src, size_t n, enum dtype t, void *dst)
{
	unsigned char *p = dst;
	size_t i;

	switch (t) {
	case DTYPE_F32:
		memcpy(dst, src, n * 4);
		return 0;
	case DTYPE_F16:
	case DTYPE_BF16:
		for (i = 0; i < n; i++) {
			uint16_t h = t == DTYPE_F16 ? f32_to_f16(src[i]) : f32_to_bf16(src[i]);
			memcpy(p + 2 * i, &h, 2);
		}
		return 0;
	case DTYPE_F64:
		for (i = 0; i < n; i++) {
			double d = src[i];
			memcpy(p + 8 * i, &d, 8);
		}
		return 0;
	default:
		return -1;
	}
}
