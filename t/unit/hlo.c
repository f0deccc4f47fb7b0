/* The StableHLO text builder: float spelling against what stablehlo-opt
 * printed in the conformance corpus (lines "dtype text" on stdin), type
 * strings, and a small function printed in full. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/hlo.h"
#include "tap.h"

static enum dtype
dt_of(const char *s)
{
	return dtype_from_mlir(s, strlen(s));
}

static uint64_t
bits_of(const char *text, enum dtype dt)
{
	/* hex literals are bit patterns */
	if (text[0] == '0' && text[1] == 'x')
		return strtoull(text + 2, NULL, 16);
	if (text[0] == '-' && text[1] == '0' && text[2] == 'x')
		return 0;
	float f = strtof(text, NULL);
	uint32_t u;
	if (dt == DTYPE_F64) {
		double d = strtod(text, NULL);
		uint64_t v;
		memcpy(&v, &d, 8);
		return v;
	}
	if (dt == DTYPE_F16)
		return f32_to_f16(f);
	if (dt == DTYPE_BF16)
		return f32_to_bf16(f);
	memcpy(&u, &f, 4);
	return u;
}

static double
value_of(uint64_t bits, enum dtype dt)
{
	double d;
	float f;
	uint32_t u = (uint32_t)bits;

	switch (dt) {
	case DTYPE_F64:
		memcpy(&d, &bits, 8);
		return d;
	case DTYPE_F16:
		return f16_to_f32((uint16_t)bits);
	case DTYPE_BF16:
		return bf16_to_f32((uint16_t)bits);
	default:
		memcpy(&f, &u, 4);
		return f;
	}
}

int
main(void)
{
	char line[256], ty[32], text[200], got[200];
	int n = 0, bad = 0;

	/* each corpus spelling is what we print for the same bits */
	while (fgets(line, sizeof(line), stdin)) {
		if (sscanf(line, "%31s %199s", ty, text) != 2)
			continue;
		enum dtype dt = dt_of(ty);
		double v = value_of(bits_of(text, dt), dt);
		hlo_float_str(got, sizeof(got), v, dt);
		n++;
		if (strcmp(got, text)) {
			if (bad++ < 10)
				printf("# %s %s: printed %s\n", ty, text, got);
		}
	}
	if (n)
		ok(bad == 0, "%d corpus float spellings reproduced (%d differ)", n, bad);
	else
		skip("no corpus floats on stdin");

	hlo_float_str(got, sizeof(got), 1e-5f, DTYPE_F32);
	is_str(got, "9.99999974E-6", "1e-5 in f32 (APFloat truncates before rounding)");
	hlo_float_str(got, sizeof(got), 0.70710677f, DTYPE_F32);
	is_str(got, "0.707106769", "sqrt(1/2) in f32 needs 9 digits");
	hlo_float_str(got, sizeof(got), -INFINITY, DTYPE_F32);
	is_str(got, "0xFF800000", "-inf as hex bits");
	hlo_float_str(got, sizeof(got), 0.0, DTYPE_F32);
	is_str(got, "0.000000e+00", "zero");
	hlo_float_str(got, sizeof(got), 5e5, DTYPE_F32);
	is_str(got, "5.000000e+05", "rope theta");

	char s[64];
	hlo_type_str(s, sizeof(s), HLO_TY(DTYPE_BF16, 2, 3));
	is_str(s, "tensor<2x3xbf16>", "type string");
	hlo_type_str(s, sizeof(s), HLO_SCALAR(DTYPE_BOOL));
	is_str(s, "tensor<i1>", "rank-0 type");

	struct strbuf out = { 0 };
	struct hlo_builder b;
	hlo_module_begin(&b, &out, "m");
	hlo_func_begin(&b);
	struct hlo_val x = hlo_arg(&b, HLO_TY(DTYPE_F32, 2, 3), "x");
	struct hlo_val one = hlo_const_f(&b, HLO_SCALAR(DTYPE_F32), 1.0);
	struct hlo_val ob = hlo_bcast(&b, one, x.t, NULL);
	struct hlo_val y = hlo_add(&b, x, ob);
	struct hlo_val am = hlo_argmax(&b, y);
	hlo_func_end(&b, "main", 1, 2, (struct hlo_val[]){ y, am });
	hlo_module_end(&b);
	const char *want =
	    "module @m {\n"
	    "  func.func public @main(%arg0: tensor<2x3xf32> loc(\"x\")) -> (tensor<2x3xf32>, tensor<2xi32>) {\n"
	    "    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>\n"
	    "    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x3xf32>\n"
	    "    %1 = stablehlo.add %arg0, %0 : tensor<2x3xf32>\n"
	    "    %2 = stablehlo.iota dim = 1 : tensor<2x3xi32>\n"
	    "    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>\n"
	    "    %c = stablehlo.constant dense<0> : tensor<i32>\n"
	    "    %3:2 = stablehlo.reduce(%1 init: %cst_0), (%2 init: %c) across dimensions = [1] : (tensor<2x3xf32>, tensor<2x3xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)\n"
	    "     reducer(%arg1: tensor<f32>, %arg3: tensor<f32>) (%arg2: tensor<i32>, %arg4: tensor<i32>)  {\n"
	    "      %4 = stablehlo.compare  GT, %arg1, %arg3,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n"
	    "      %5 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n"
	    "      %6 = stablehlo.or %4, %5 : tensor<i1>\n"
	    "      %7 = stablehlo.compare  EQ, %arg1, %arg3,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n"
	    "      %8 = stablehlo.compare  LT, %arg2, %arg4,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>\n"
	    "      %9 = stablehlo.and %7, %8 : tensor<i1>\n"
	    "      %10 = stablehlo.or %6, %9 : tensor<i1>\n"
	    "      %11 = stablehlo.select %6, %arg1, %arg3 : tensor<i1>, tensor<f32>\n"
	    "      %12 = stablehlo.select %10, %arg2, %arg4 : tensor<i1>, tensor<i32>\n"
	    "      stablehlo.return %11, %12 : tensor<f32>, tensor<i32>\n"
	    "    }\n"
	    "    return %1, %3#1 : tensor<2x3xf32>, tensor<2xi32>\n"
	    "  }\n"
	    "}\n";
	if (!ok(out.s && !strcmp(out.s, want), "a function with an argmax prints as stablehlo-opt does"))
		printf("# got:\n%s", out.s ? out.s : "(null)");
	sb_free(&out);
	return done();
}
