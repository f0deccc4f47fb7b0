#!/bin/sh
# Hostile StableHLO through run --check and --verify: regions nested
# tens of thousands deep, tensors no host could hold, integer literals
# out of their type's range.  Each is a clean refusal that names the
# file, line and what is wrong (exit 1), never a crash or an abort.
. "$(dirname "$0")/lib.sh"

# deep FILE N: a @main with N regions nested in each other
deep() {
	awk -v n="$2" 'BEGIN {
		print "func.func @main(%i: tensor<i32>) {"
		for (i = 0; i < n; i++) print "\"stablehlo.case\"(%i) ({"
		print "\"stablehlo.return\"() : () -> ()"
		for (i = 0; i < n; i++) {
			print "}) : (tensor<i32>) -> ()"
			if (i + 1 < n) print "\"stablehlo.return\"() : () -> ()"
		}
		print "func.return"
		print "}"
	}' >"$1"
}

deep "$TMP/deep.mlir" 50000
run --check "$TMP/deep.mlir" >"$TMP/out" 2>&1
like "run --check: regions 50000 deep are refused at depth 101, exit 1" "$?:$(sed -n 2p "$TMP/out")" \
    "^1:# .*deep.mlir:102:23: nesting deeper than 100$"
run --verify "$TMP/deep.mlir" >"$TMP/out" 2>&1
like "run --verify: the same" "$?:$(cat "$TMP/out")" "^1:not ok .*deep.mlir: .*deep.mlir:102:23: nesting deeper than 100$"
deep "$TMP/ok.mlir" 100
run --verify "$TMP/ok.mlir" >"$TMP/out" 2>&1
like "regions 100 deep parse and verify" "$?:$(cat "$TMP/out")" "^0:ok .*ok.mlir \(1 modules\)$"

# tensors past 2^36 bytes: as an argument, a constant, an iota
check_refused() {	# TITLE FILE-TEXT REGEX
	printf '%s\n' "$2" >"$TMP/t.mlir"
	run --check "$TMP/t.mlir" >"$TMP/out" 2>&1
	like "$1" "$?:$(grep '^#' "$TMP/out" | head -1)" "^1:# $3"
}
check_refused "an argument of 2^40 f32" 'func.func @main(%a: tensor<1099511627776xf32>) {
  func.return
}' ".*/t.mlir:1:21: tensor<1099511627776xf32> is too large: more than 68719476736 bytes \(2\^36\)$"
check_refused "a constant of 2^40 i8" 'func.func @main() {
  %0 = stablehlo.constant dense<0> : tensor<1048576x1048576xi8>
  func.return
}' ".*/t.mlir:2:38: tensor<1048576x1048576xi8> is too large"
check_refused "an iota whose dimensions overflow int64" 'func.func @main() {
  %0 = stablehlo.iota dim = 0 : tensor<4294967296x4294967296x4294967296xi32>
  func.return
}' ".*/t.mlir:2:33: tensor<4294967296x4294967296x4294967296xi32> is too large"

# integer literals out of range
check_refused "dense<99999999999999999999> : tensor<i32>" 'func.func @main() {
  %0 = stablehlo.constant dense<99999999999999999999> : tensor<i32>
  func.return
}' ".*/t.mlir:2:3: 'stablehlo.constant': integer 99999999999999999999 is out of the range of i32 \(-2147483648\.\.4294967295\)$"
check_refused "dense<-1> : tensor<ui8>" 'func.func @main() {
  %0 = stablehlo.constant dense<[1, -1]> : tensor<2xui8>
  func.return
}' ".*'stablehlo.constant': integer -1 is out of the range of ui8 \(0\.\.255\)$"
check_refused "dense<2> : tensor<i1>" 'func.func @main() {
  %0 = stablehlo.constant dense<2> : tensor<i1>
  func.return
}' ".*'stablehlo.constant': integer 2 is out of the range of i1 \(-1\.\.1\)$"
check_refused "a check against a constant out of range" 'func.func @main() {
  %0 = stablehlo.constant dense<1> : tensor<i8>
  check.expect_eq_const %0, dense<300> : tensor<i8>
  func.return
}' ".*'check.expect_eq_const': integer 300 is out of the range of i8 \(-128\.\.255\)$"

# the kept crashers still fail cleanly or parse
for f in "$T"/data/mlir-crash/*; do
	run --verify "$f" >/dev/null 2>&1
	st=$?
	[ $st -le 1 ]
	ok $? "crasher $(basename "$f"): run --verify exits $st, no crash"
done
done_testing
