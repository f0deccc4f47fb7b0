/* The StableHLO parser and verifier.
 *   mlir unit        crafted modules: what parses, and the errors (with
 *                    line and column) of what does not or fails to verify
 *   mlir files F...  each file parses and verifies (TAP per file) */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/file.h"
#include "base/strbuf.h"
#include "exec/interp.h"
#include "ir/mlir.h"
#include "tap.h"

static void
bad_parse(const char *title, const char *text, const char *want)
{
	struct mlir_module *m = mlir_parse(text, strlen(text), "t.mlir", 1);

	if (!ok(!m && strstr(err_reason(), want), "parse error: %s", title))
		printf("#   expected: %s\n#        got: %s\n", want, m ? "(parsed)" : err_reason());
	mlir_free(m);
}

static void
bad_verify(const char *title, const char *text, const char *want)
{
	struct mlir_module *m = mlir_parse(text, strlen(text), "t.mlir", 1);
	int r = m ? mlir_verify(m) : 0;

	/* refused by the verifier, or already by the lowering that ends the
	 * parse (a call to nothing, an attribute that does not decode) */
	if (!ok((!m || r < 0) && strstr(err_reason(), want), "verify error: %s", title))
		printf("#   expected: %s\n#        got: %s\n", want, !m ? err_reason() : r ? err_reason() : "(verified)");
	mlir_free(m);
}

#define F(body) "func.func @f(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>, %i: tensor<i32>) -> tensor<2x3xf32> {\n" body "\n}\n"

int
main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "bench")) {
		/* for bench/parse.bench: the best of N parses (and verifies), in ms */
		size_t len;
		char *text = file_read(argv[2], &len);
		double best = 1e9, bestv = 1e9;
		if (!text)
			return 1;
		for (int i = 0; i < atoi(argv[3]); i++) {
			struct timespec t0, t1, t2;
			clock_gettime(CLOCK_MONOTONIC, &t0);
			struct mlir_module *m = mlir_parse(text, len, argv[2], 1);
			clock_gettime(CLOCK_MONOTONIC, &t1);
			if (!m || mlir_verify(m) < 0)
				return 1;
			clock_gettime(CLOCK_MONOTONIC, &t2);
			double a = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
			double b = (double)(t2.tv_sec - t1.tv_sec) * 1e3 + (double)(t2.tv_nsec - t1.tv_nsec) / 1e6;
			best = a < best ? a : best;
			bestv = b < bestv ? b : bestv;
			mlir_free(m);
		}
		printf("%.2f %.2f\n", best, bestv);
		free(text);
		return 0;
	}
	if (argc == 3 && !strcmp(argv[1], "raw")) {
		/* a fuzz crasher, as the fuzzer feeds it: an exact-size buffer
		 * with no NUL after it, so ASan sees any read past the end */
		size_t len;
		char *text = file_read(argv[2], &len), *exact;
		if (!text)
			return 2;
		exact = malloc(len ? len : 1);
		memcpy(exact, text, len);
		/* the outcome, for the test to hold against its .expect file */
		struct mlir_module *m = mlir_parse(exact, len, argv[2], 1);
		if (!m)
			printf("refused: %s\n", err_reason());
		else if (mlir_verify(m) < 0)
			printf("unverified: %s\n", err_reason());
		else if (interp_supports(m) < 0)
			printf("unsupported: %s\n", err_reason());
		else
			printf("parsed\n");
		mlir_free(m);
		free(exact);
		free(text);
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "files")) {
		for (int i = 2; i < argc; i++) {
			struct mlir_module **mods;
			int n = mlir_parse_file(argv[i], &mods), good = n > 0;
			for (int k = 0; k < n; k++) {
				if (good && mlir_verify(mods[k]) < 0)
					good = 0;
				mlir_free(mods[k]);
			}
			if (n >= 0)
				free(mods);
			if (!ok(good, "%s parses and verifies", argv[i]))
				printf("# %s\n", err_reason());
		}
		return done();
	}

	/* what parses */
	const char *good =
	    "module @m attributes {x = 1 : i32} {\n"
	    "  func.func public @main(%arg0: tensor<2xf32> loc(\"w.weight\"), %arg1: tensor<i32> {attr}) -> (tensor<2xf32> {r}) {\n"
	    "    %0:2 = call @g(%arg0) : (tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>)\n"
	    "    %1 = \"stablehlo.add\"(%0#0, %0#1) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>\n"
	    "    %cst = stablehlo.constant dense<\"0x0000803F00000040\"> : tensor<2xf32> // a comment\n"
	    "    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<2xf32>, tensor<2xf32>) -> tensor<f32>\n"
	    "    return %1 : tensor<2xf32>\n"
	    "  }\n"
	    "  func.func private @g(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {\n"
	    "    func.return %x, %x : tensor<2xf32>, tensor<2xf32>\n"
	    "  }\n"
	    "}\n";
	struct mlir_module *m = mlir_parse(good, strlen(good), "good.mlir", 1);
	if (ok(m != NULL, "a module with calls, multi-results, generic and pretty ops")) {
		const struct mlir_func *f = mlir_find_func(m, "main");
		ok(f && f->body.nargs == 2 && f->arg_locs[0] && !strcmp(f->arg_locs[0], "w.weight"),
		    "argument names from loc()");
		ok(f && f->body.nops == 5 && !strcmp(f->body.ops[1].name, "stablehlo.add") &&
		    f->body.ops[1].operands[0] + 1 == f->body.ops[1].operands[1], "%%0#1 is the second result of %%0");
		ok(f && !strcmp(mlir_attr(&f->body.ops[3], "applies"), "stablehlo.add"), "reduce's short form");
		ok(f && f->body.ops[0].line == 3 && f->body.ops[0].col == 5, "ops know their line and column");
	} else {
		printf("# %s\n", err_reason());
	}
	mlir_free(m);

	bad_parse("an undefined value", F("  %0 = stablehlo.add %a, %zz : tensor<2x3xf32>\n  return %0 : tensor<2x3xf32>"),
	    "t.mlir:2:26: use of undefined value '%zz'");
	bad_parse("a missing type", F("  %0 = stablehlo.add %a, %a :\n  return %0 : tensor<2x3xf32>"),
	    "t.mlir:3:3: expected an element type");
	bad_parse("a bad type", F("  %0 = stablehlo.add %a, %a : tensor<2x3xnope>\n  return %0 : tensor<2x3xf32>"),
	    "t.mlir:2:42: expected an element type");
	bad_parse("an unclosed module", "module {\n func.func @f() {\n func.return\n }\n", "the module is not closed");
	bad_parse("a stray token", "func.func @f() {\n  func.return\n}\n}", "t.mlir:4:1: expected 'func.func'");
	bad_parse("unbalanced brackets", F("  %0 = stablehlo.transpose %a, dims = [1, 0 : (tensor<2x3xf32>) -> tensor<3x2xf32>"),
	    "unbalanced brackets");
	bad_parse("a dynamic shape", "func.func @f(%a: tensor<?xf32>) {\n func.return\n}\n", "dynamic shapes are not supported");
	bad_parse("too few result types", F("  %0, %1 = stablehlo.add %a, %a : tensor<2x3xf32>\n  return %0 : tensor<2x3xf32>"),
	    "2 results named but the type gives 1");
	bad_parse("an unterminated string", "func.func @f() {\n  %0 = \"stablehlo.add\n}", "newline in a string");
	bad_parse("an empty input that is not a module", "garbage", "t.mlir:1:1: expected 'func.func'");

	bad_verify("elementwise shapes differ", F("  %0 = stablehlo.add %a, %b : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x3xf32>\n  return %0 : tensor<2x3xf32>"),
	    "t.mlir:2: 'stablehlo.add': operand 1 is tensor<3x2xf32> but the result is tensor<2x3xf32>");
	bad_verify("a reshape changing the size", F("  %0 = stablehlo.reshape %a : (tensor<2x3xf32>) -> tensor<7xf32>\n  return %a : tensor<2x3xf32>"),
	    "'stablehlo.reshape': tensor<2x3xf32> cannot become tensor<7xf32>");
	bad_verify("a broadcast that does not fit", F("  %0 = stablehlo.broadcast_in_dim %a, dims = [0, 1] : (tensor<2x3xf32>) -> tensor<2x4xf32>\n  return %a : tensor<2x3xf32>"),
	    "operand dimension 1 (3) does not fit result dimension 1 (4)");
	bad_verify("a transpose with a wrong result", F("  %0 = stablehlo.transpose %a, dims = [1, 0] : (tensor<2x3xf32>) -> tensor<2x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "result dimension 0 should be 3");
	bad_verify("dot_general contracting sizes", F("  %0 = stablehlo.dot_general %a, %a, contracting_dims = [1] x [0] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "contracting dimensions 1 (3) and 0 (2) differ");
	bad_verify("dot_general with a wrong result dimension", F("  %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "result dimension 1 should be 2");
	bad_verify("a concatenate of the wrong total", F("  %0 = stablehlo.concatenate %a, %a, dim = 0 : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<5x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "the sizes along dimension 0 add to 4, not 5");
	bad_verify("a return of the wrong type", F("  return %b : tensor<3x2xf32>"),
	    "'func.return': value 0 is not of the declared result type");
	bad_verify("a dynamic_slice too large", F("  %0 = stablehlo.dynamic_slice %a, %i, %i, sizes = [3, 3] : (tensor<2x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "slice size 0 (3) does not fit");
	bad_verify("a call to nothing", F("  %0 = call @nope(%a) : (tensor<2x3xf32>) -> tensor<2x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "no function '@nope'");

	bad_verify("a gather naming a dimension past the operand's rank",
	    F("  %c = stablehlo.constant dense<0> : tensor<1x1xi32>\n  %0 = \"stablehlo.gather\"(%a, %c) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [5], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>} : (tensor<2x3xf32>, tensor<1x1xi32>) -> tensor<1x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "start_index_map: dimension 5 is outside 0..1");
	bad_verify("a gather whose index vectors are longer than its start_index_map",
	    F("  %c = stablehlo.constant dense<0> : tensor<1x2xi32>\n  %0 = \"stablehlo.gather\"(%a, %c) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>} : (tensor<2x3xf32>, tensor<1x2xi32>) -> tensor<1x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "start_index_map: 1 dimensions for index vectors of 2");
	bad_verify("a slice past the end", F("  %0 = stablehlo.slice %a [0:2, 1:4] : (tensor<2x3xf32>) -> tensor<2x3xf32>\n  return %a : tensor<2x3xf32>"),
	    "bounds [1:4:1] do not fit dimension 1 (3)");
	bad_verify("a reduce with a wrong result", F("  %z = stablehlo.constant dense<0.0> : tensor<f32>\n  %0 = stablehlo.reduce(%a init: %z) applies stablehlo.add across dimensions = [1] : (tensor<2x3xf32>, tensor<f32>) -> tensor<3xf32>\n  return %a : tensor<2x3xf32>"),
	    "result 0: dimension 0 should be 2");
	bad_verify("a pad of the wrong size", F("  %z = stablehlo.constant dense<0.0> : tensor<f32>\n  %0 = stablehlo.pad %a, %z, low = [0, 1], high = [0, 0], interior = [0, 1] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x5xf32>\n  return %a : tensor<2x3xf32>"),
	    "result dimension 1 should be 6");

	/* hostile nesting: a depth limit with a message, never a stack
	 * overflow (regions), and bracket nesting in attributes and types */
	{
		struct strbuf b = { 0 };
		int depths[] = { MLIR_MAX_DEPTH, MLIR_MAX_DEPTH + 1, 50000 };
		for (size_t k = 0; k < sizeof(depths) / sizeof(depths[0]); k++) {
			int d = depths[k];
			b.len = 0;
			sb_puts(&b, "func.func @main(%i: tensor<i32>) {\n");
			for (int i = 0; i < d; i++)
				sb_puts(&b, "\"stablehlo.case\"(%i) ({\n");
			sb_puts(&b, "\"stablehlo.return\"() : () -> ()\n");
			for (int i = 0; i < d; i++)
				sb_printf(&b, "}) : (tensor<i32>) -> ()\n%s", i + 1 < d ? "\"stablehlo.return\"() : () -> ()\n" : "");
			sb_puts(&b, "func.return\n}\n");
			m = mlir_parse(b.s, b.len, "deep.mlir", 1);
			if (d <= MLIR_MAX_DEPTH) {
				ok(m && mlir_verify(m) == 0, "regions %d deep parse and verify", d);
			} else {
				char want[64];
				snprintf(want, sizeof(want), "deep.mlir:%d:23: nesting deeper than %d", MLIR_MAX_DEPTH + 2,
				    MLIR_MAX_DEPTH);
				if (!ok(!m && !strcmp(err_reason(), want), "regions %d deep: refused at the first too deep", d))
					printf("#   expected: %s\n#        got: %s\n", want, m ? "(parsed)" : err_reason());
			}
			mlir_free(m);
		}
		b.len = 0;
		sb_puts(&b, "func.func @main() {\n  %0 = stablehlo.constant dense<");
		for (int i = 0; i < 100000; i++)
			sb_puts(&b, "[");
		sb_puts(&b, "1");
		for (int i = 0; i < 100000; i++)
			sb_puts(&b, "]");
		sb_puts(&b, "> : tensor<1xi32>\n  func.return\n}\n");
		bad_parse("an attribute nested 100000 deep", b.s, "t.mlir:2:96: nesting deeper than 64");
		b.len = 0;
		sb_puts(&b, "func.func @main(%a: ");
		for (int i = 0; i < 100000; i++)
			sb_puts(&b, "tuple<");
		sb_puts(&b, "f32");
		for (int i = 0; i < 100000; i++)
			sb_puts(&b, ">");
		sb_puts(&b, ") {\n  func.return\n}\n");
		m = mlir_parse(b.s, b.len, "t.mlir", 1);
		ok(m && mlir_verify(m) == 0, "a tuple type nested 100000 deep: read as one unsupported type");
		mlir_free(m);
		sb_free(&b);
	}

	/* tensor types a host could not hold: refused at parse, named */
	bad_parse("2^40 f32 elements", "func.func @main(%a: tensor<1099511627776xf32>) {\n  func.return\n}\n",
	    "t.mlir:1:21: tensor<1099511627776xf32> is too large: more than 68719476736 bytes (2^36)");
	bad_parse("a product of dimensions that overflows",
	    "func.func @main() {\n  %0 = stablehlo.iota dim = 0 : tensor<4294967296x4294967296x16xf32>\n  func.return\n}\n",
	    "t.mlir:2:33: tensor<4294967296x4294967296x16xf32> is too large");
	bad_parse("a dimension of 23 digits beside a 0",
	    "func.func @main(%a: tensor<99999999999999999999999x0xf32>) {\n  func.return\n}\n",
	    "t.mlir:1:21: tensor<99999999999999999999999x0xf32> is too large");
	bad_parse("2^36 + 1 bytes", "func.func @main(%a: tensor<68719476737xi8>) {\n  func.return\n}\n",
	    "tensor<68719476737xi8> is too large");
	bad_parse("a constant's type", "func.func @main() {\n  %0 = stablehlo.constant dense<0.0> : tensor<65536x65536x16xf32>\n  func.return\n}\n",
	    "t.mlir:2:40: tensor<65536x65536x16xf32> is too large");
	const char *edge = "func.func @main(%a: tensor<68719476736xi8>, %b: tensor<0x4096x4096xf32>) {\n  func.return\n}\n";
	m = mlir_parse(edge, strlen(edge), "t.mlir", 1);
	ok(m != NULL, "2^36 bytes and empty tensors parse (the limit is inclusive)");
	mlir_free(m);

	/* integer literals out of their element type's range, as MLIR's own
	 * parser refuses them: at parse, before the ops are lowered */
#define C(lit, type) "func.func @main() {\n  %0 = stablehlo.constant dense<" lit "> : tensor<" type ">\n  func.return\n}\n"
	bad_parse("99999999999999999999 as i32", C("99999999999999999999", "i32"),
	    "t.mlir:2:3: 'stablehlo.constant': integer 99999999999999999999 is out of the range of i32 (-2147483648..4294967295)");
	bad_parse("256 as i8", C("256", "i8"), "integer 256 is out of the range of i8 (-128..255)");
	bad_parse("-129 as i8", C("-129", "i8"), "integer -129 is out of the range of i8");
	bad_parse("-1 as ui8", C("-1", "ui8"), "integer -1 is out of the range of ui8 (0..255)");
	bad_parse("256 as ui8", C("256", "ui8"), "integer 256 is out of the range of ui8 (0..255)");
	bad_parse("128 as si8", C("128", "si8"), "integer 128 is out of the range of si8 (-128..127)");
	bad_parse("2 in an i1 list", C("[0, 1, 2]", "3xi1"), "integer 2 is out of the range of i1 (-1..1)");
	bad_parse("70000 in an i16 matrix", C("[[1, 2], [3, 70000]]", "2x2xi16"), "integer 70000 is out of the range of i16");
	bad_parse("2^64 as i64", C("18446744073709551616", "i64"), "integer 18446744073709551616 is out of the range of i64");
	bad_parse("-2^63 - 1 as i64", C("-9223372036854775809", "i64"), "integer -9223372036854775809 is out of the range of i64");
	bad_parse("2^63 as si64", C("9223372036854775808", "si64"), "out of the range of si64 (-9223372036854775808..9223372036854775807)");
	bad_parse("16 as i4", C("16", "i4"), "integer 16 is out of the range of i4 (-8..15)");
	bad_parse("0x100 as ui8", C("0x100", "ui8"), "integer 0x100 is out of the range of ui8");
	bad_parse("a fraction as i32", C("1.5", "i32"), "'1.5' is not an integer, but the elements are i32");
	bad_parse("true as i32", C("true", "i32"), "'true' in a literal of i32 elements (true and false are i1)");
	bad_parse("the generic form", "func.func @main() {\n  %0 = \"stablehlo.constant\"() {value = dense<300> : tensor<ui8>} : () -> tensor<ui8>\n  func.return\n}\n",
	    "integer 300 is out of the range of ui8");
	const char *fits[] = { C("255", "i8"), C("-128", "i8"), C("[0, 255]", "2xui8"), C("127", "si8"),
		C("[true, false, 1, -1]", "4xi1"), C("-9223372036854775808", "i64"), C("18446744073709551615", "ui64"),
		C("0xFF", "ui8"), C("\"0xFFFFFFFF\"", "i32"), C("[-8, 15]", "2xi4"), C("1.5", "f32") };
	for (size_t k = 0; k < sizeof(fits) / sizeof(fits[0]); k++) {
		m = mlir_parse(fits[k], strlen(fits[k]), "t.mlir", 1);
		const char *lit = strstr(fits[k], "dense");
		if (!ok(m && mlir_verify(m) == 0, "a literal at the edge of its range: %.*s", (int)strcspn(lit, "\n"), lit))
			printf("# %s\n", err_reason());
		mlir_free(m);
	}
#undef C

	/* decoded attributes are kept once per distinct value (lower.c
	 * keep_attrs): two equal broadcasts share theirs, a third with other
	 * dims and an add (no attributes) do not, and each reads its own */
	const char *same = "func.func @main(%a: tensor<2x3xf32>) -> tensor<2x3x4xf32> {\n"
	    "  %0 = stablehlo.broadcast_in_dim %a, dims = [0, 1] : (tensor<2x3xf32>) -> tensor<2x3x4xf32>\n"
	    "  %1 = stablehlo.broadcast_in_dim %a, dims = [0, 1] : (tensor<2x3xf32>) -> tensor<2x3x4xf32>\n"
	    "  %2 = stablehlo.broadcast_in_dim %a, dims = [0, 2] : (tensor<2x3xf32>) -> tensor<2x4x3xf32>\n"
	    "  %3 = stablehlo.add %0, %1 : tensor<2x3x4xf32>\n  return %3 : tensor<2x3x4xf32>\n}\n";
	m = mlir_parse(same, strlen(same), "same.mlir", 1);
	if (ok(m && mlir_find_func(m, "main"), "broadcasts with equal and unequal dims parse")) {
		const struct mlir_op *o = mlir_find_func(m, "main")->body.ops;
		ok(o[0].a == o[1].a && o[0].a != o[2].a && o[2].a != o[3].a, "equal attributes kept once, others apart");
		ok(o[0].a->n == 2 && o[0].a->v[1] == 1 && o[2].a->n == 2 && o[2].a->v[1] == 2 && o[3].a->n == 0,
		    "each op reads its own dims");
	}
	mlir_free(m);

	/* an op the interpreter does not implement is named before running */
	const char *fft = F("  %0 = stablehlo.fft %a, type = FFT, length = [3] : (tensor<2x3xf32>) -> tensor<2x3xf32>\n  return %0 : tensor<2x3xf32>");
	m = mlir_parse(fft, strlen(fft), "fft.mlir", 1);
	ok(m && mlir_verify(m) == 0 && interp_supports(m) < 0 &&
	    !strcmp(err_reason(), "unsupported op 'stablehlo.fft' at fft.mlir:2"), "unsupported op 'stablehlo.fft' at fft.mlir:2");
	mlir_free(m);
	return done();
}
