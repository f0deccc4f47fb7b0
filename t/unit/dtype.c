/* dtype names and the f16/bf16 conversions, checked against the
 * compiler's own _Float16 and exhaustively over the 16-bit patterns. */
#include <math.h>
#include <string.h>

#include "base/dtype.h"
#include "tap.h"

static uint32_t
bits(float f)
{
	uint32_t u;
	memcpy(&u, &f, 4);
	return u;
}

static float
fl(uint32_t u)
{
	float f;
	memcpy(&f, &u, 4);
	return f;
}

int
main(void)
{
	uint32_t i, bad;
	int t;

	for (t = DTYPE_INVALID + 1; t < DTYPE_COUNT; t++) {
		const char *m = dtype_mlir_name(t);
		ok(dtype_from_st(dtype_st_name(t)) == (enum dtype)t &&
		    dtype_from_mlir(m, strlen(m)) == (enum dtype)t,
		    "names of %s round-trip", dtype_st_name(t));
	}
	ok(dtype_from_mlir("si32", 4) == DTYPE_I32, "si32 reads as i32");
	ok(dtype_from_st("F8_E4M3") == DTYPE_INVALID, "F8 is not a dtype here");
	is_int(dtype_size(DTYPE_BF16), 2, "bf16 is 2 bytes");

	/* every f16 and bf16 pattern widens and narrows back to itself */
	for (bad = 0, i = 0; i < 65536; i++) {
		float f = f16_to_f32((uint16_t)i);
		if (!isnan(f) && f32_to_f16(f) != i)
			bad++;
	}
	is_int(bad, 0, "f16 round-trips");
	is_int(bits(f16_to_f32(0x3C00)), bits(1.0f), "f16 1.0");
	is_int(bits(f16_to_f32(0x0001)), bits(5.9604645e-8f), "f16 smallest subnormal");
	is_int(bits(f16_to_f32(0xFBFF)), bits(-65504.0f), "f16 lowest");
	for (bad = 0, i = 0; i < 65536; i++) {
		float f = bf16_to_f32((uint16_t)i);
		if (!isnan(f) && f32_to_bf16(f) != i)
			bad++;
	}
	is_int(bad, 0, "bf16 round-trips");

#ifdef __FLT16_MAX__
	for (bad = 0, i = 0; i < 65536; i++) {
		float f = f16_to_f32((uint16_t)i);
		_Float16 h;
		memcpy(&h, &(uint16_t){ (uint16_t)i }, 2);
		if (isnan(f) ? !isnan((float)h) : bits(f) != bits((float)h))
			bad++;
	}
	is_int(bad, 0, "f16 widening matches _Float16");
	/* narrowing of f32 samples matches the compiler's RNE conversion */
	uint32_t u;
	for (bad = 0, u = 0; u < 0xFFFFFFFF - 4099; u += 4099) {
		float f = fl(u);
		_Float16 h = (_Float16)f;
		uint16_t hb;
		memcpy(&hb, &h, 2);
		if (isnan(f) ? !isnan(f16_to_f32(f32_to_f16(f))) : f32_to_f16(f) != hb)
			bad++;
	}
	is_int(bad, 0, "f32 to f16 rounds as _Float16 on 1M samples");
#else
	skip("this compiler has no _Float16 to compare with");
#endif
	is_int(f32_to_bf16(fl(0x3F808000)), 0x3F80, "bf16 tie rounds to even (down)");
	is_int(f32_to_bf16(fl(0x3F818000)), 0x3F82, "bf16 tie rounds to even (up)");
	is_int(f32_to_bf16(fl(0x7F7FFFFF)), 0x7F80, "bf16 overflow to inf");
	ok(isnan(bf16_to_f32(f32_to_bf16(NAN))), "bf16 NaN stays NaN");
	return done();
}
