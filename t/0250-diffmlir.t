#!/bin/sh
# diffmlir on small streams: line and column reports, extra and missing
# lines, the stream rules (exit 2), -w freezing, -s structural mode.
. "$(dirname "$0")/lib.sh"
G=$TMP/goldens
mkdir -p "$G/a"
cat >"$G/a/g.mlir" <<'M'
// emit arch=a graph=g precision=f32 capacity=4 batch=1 quant=none
module @g {
  func.func public @main(%arg0: tensor<2xf32> loc("x")) -> tensor<2xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<2xf32>
    %0 = stablehlo.add %arg0, %cst : tensor<2xf32>
    return %0 : tensor<2xf32>
  }
}
M
dm() { out=$(diffmlir "$@" 2>&1); st=$?; }
dm "$G" "$G/a/g.mlir"
is "same: ok, exit 0" "$st:$out" "0:ok a/g"
sed 's/add %arg0/add %arg1/' "$G/a/g.mlir" >"$TMP/m1"
dm "$G" "$TMP/m1"
is "one character: exit 1" "$st" 1
like "one character: the line number" "$out" "^a/g: differs at line 5$"
like "one character: both lines shown" "$(printf %s "$out" | tr '\n' '|')" \
    "golden :     %0 = stablehlo.add %arg0, %cst : tensor<2xf32>\|  emitted:     %0 = stablehlo.add %arg1, %cst"
head -6 "$G/a/g.mlir" >"$TMP/m2"
dm "$G" "$TMP/m2"
like "missing lines: the emitted module ended first" "$st:$(printf %s "$out" | tr '\n' '|')" \
    "^1:a/g: differs at line 7\|  the emitted module ended first"
{ cat "$G/a/g.mlir"; echo "// extra"; } >"$TMP/m3"
dm "$G" "$TMP/m3"
like "extra lines: the golden ended first" "$st:$(printf %s "$out" | tr '\n' '|')" \
    "^1:a/g: differs at line 9\|  the golden ended first"
{ echo "garbage"; cat "$G/a/g.mlir"; } >"$TMP/m4"
dm "$G" "$TMP/m4"
is "text before the first header: exit 2" "$st:$out" "2:diffmlir: $TMP/m4:1: text before the first '// emit' header line"
printf '\n\n' >"$TMP/m5"
dm "$G" "$TMP/m5"
is "no module: exit 2" "$st:$out" "2:diffmlir: $TMP/m5: no module (no '// emit' header line)"
sed '1s/graph=g /graph=..\/..\/x /' "$G/a/g.mlir" >"$TMP/m6"
dm "$G" "$TMP/m6"
like "a path in graph= is refused" "$st:$out" "^2:diffmlir: .*m6:1: arch or graph is not a plain file name"
sed '1s/ precision=f32//' "$G/a/g.mlir" >"$TMP/m7"
dm "$G" "$TMP/m7"
like "a header without precision" "$st:$out" "^2:.*header line without arch=, graph= and precision="
dm "$G" "$TMP/nonexistent"
like "an unreadable input: exit 2" "$st:$out" "^2:diffmlir: cannot open '.*nonexistent'"
dm "$TMP/nodir" "$G/a/g.mlir"
like "a missing goldens directory: exit 2" "$st:$out" "^2:diffmlir: '.*nodir' is not a goldens directory"
dm
like "no operands: usage, exit 2" "$st:$out" "^2:usage: diffmlir"
# two modules: one ok, one drifted -> exit 1, both reported
sed 's/graph=g/graph=h/; s/@g/@h/' "$G/a/g.mlir" >"$G/a/h.mlir"
{ cat "$G/a/g.mlir"; sed 's/dense<1.000000e+00>/dense<2.000000e+00>/; s/graph=g/graph=h/; s/@g/@h/' "$G/a/g.mlir"; } >"$TMP/two"
dm "$G" "$TMP/two"
like "a stream: each module reported" "$st:$(printf %s "$out" | tr '\n' '|')" "^1:ok a/g\|a/h: differs at line 4"

# -w freezes atomically and only f32
dm -w "$TMP/frozen" "$TMP/two"
is "freeze: exit 0" "$st" 0
check "freeze: the first module byte for byte" cmp "$G/a/g.mlir" "$TMP/frozen/a/g.mlir"
is "freeze: no temp files left" "$(find "$TMP/frozen" -name '*.tmp*' | wc -l)" 0
dm "$TMP/frozen" "$TMP/two"
is "freeze round trip: the stream holds" "$st" 0
sed '1s/precision=f32/precision=bf16/' "$G/a/g.mlir" >"$TMP/bf"
dm -w "$TMP/frozen2" "$TMP/bf"
like "freeze refuses a bf16 module" "$st:$out" "^2:diffmlir: a/g is bf16: goldens are f32"
test ! -e "$TMP/frozen2/a/g.mlir"
ok $? "freeze of a bf16 module writes nothing"
dm "$G" "$TMP/bf"
like "precision guard: exit 2" "$st:$out" "^2:diffmlir: a/g is bf16 but its golden .* is f32: not compared"
mkdir -p "$TMP/ro/a" && chmod 555 "$TMP/ro/a"
if [ "$(id -u)" -ne 0 ]; then
	dm -w "$TMP/ro" "$G/a/g.mlir"
	like "freeze into a read-only dir: exit 2, nothing written" "$st:$(ls "$TMP/ro/a")" "^2:.*cannot create a temp file"
else
	skip "root can write a read-only directory"
fi

# -s: names, locations, whitespace and float spelling do not matter
sed 's/%0/%sum/g; s/%cst/%c_9/g; s/ loc("x")//; s/1.000000e+00/1.0/; s/    / /' "$G/a/g.mlir" >"$TMP/s1"
dm -s "$G" "$TMP/s1"
is "-s: equal modulo names, locs, spacing and floats" "$st:$out" "0:ok a/g"
sed 's/stablehlo.add/stablehlo.subtract/' "$TMP/s1" >"$TMP/s2"
dm -s "$G" "$TMP/s2"
like "-s: the first differing op" "$st:$(printf %s "$out" | tr '\n' '|')" \
    "^1:a/g: first differing op at golden line 5, emitted line 5\|.*stablehlo.subtract"
sed 's/%arg0, %cst/%cst, %arg0/' "$G/a/g.mlir" >"$TMP/s3"
dm -s "$G" "$TMP/s3"
is "-s: swapped operands differ" "$st" 1
C=$SHARED/conformance/stablehlo/testdata/add_any_float32_2_float32_2.mlir
if [ -f "$C" ]; then
	sed 's/%cst/%k/g; s/%0/%in/g' "$C" | tr -s ' ' >"$TMP/jax"
	dm -s "$C" "$TMP/jax"
	is "-s: two files, a JAX export against a renamed copy" "$st:$out" "0:ok $C $TMP/jax"
	sed 's/stablehlo.add %/stablehlo.multiply %/' "$TMP/jax" >"$TMP/jax2"
	dm -s "$C" "$TMP/jax2"
	like "-s: two files, an op changed" "$st:$out" "^1:.*first differing op"
else
	skip "no conformance corpus"
fi
done_testing
