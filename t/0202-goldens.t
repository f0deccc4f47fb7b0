#!/bin/sh
# The committed goldens against the emitter, through diffmlir: they
# match; a one-character mutation is found at its line and column; the
# freeze round trip leaves them unchanged; the precision guard.
. "$(dirname "$0")/lib.sh"
[ -x "$BIN/diffmlir" ] || skip_all "diffmlir is not built"
G=$ROOT/goldens

# every bundled config: the three Llama/Qwen2 ones and a tiny one per
# family of the table (goldens/<family>-tiny/)
names=$(emit -l | cut -f1)
is "a bundled config per family of the table" "$(emit -l | cut -f3 | sort -u | tr '\n' ' ')" \
    "cohere cohere2 exaone gemma2 gemma3_text granite internlm3 llama mimo minicpm mistral mixtral olmo2 olmoe phi3 qwen2 qwen2_moe qwen3 qwen3_moe seed_oss smollm3 stablelm starcoder2 "
for m in $names; do
	emit "$m" | diffmlir "$G" >"$TMP/out" 2>"$TMP/err"
	st=$?
	is "emit $m | diffmlir goldens/: exit 0" "$st" 0
	is "emit $m: five graphs ok" "$(grep -c '^ok ' "$TMP/out")" 5
done

# a one-character mutation on a short line and on the long signature line
cp -R "$G" "$TMP/g"
f=$TMP/g/tiny-llama/decode_step.mlir
awk 'NR == 10 { $0 = substr($0, 1, 11) "X" substr($0, 13) } { print }' "$f" >"$TMP/m" && mv "$TMP/m" "$f"
emit -g decode_step tiny | diffmlir "$TMP/g" >"$TMP/out" 2>&1
st=$?
is "mutated golden: exit 1" "$st" 1
like "mutated golden: line 10 reported" "$(cat "$TMP/out")" '(line|:)[ ]?10([^0-9]|$)'
like "mutated golden: golden line shown" "$(cat "$TMP/out")" "$(sed -n 10p "$f" | cut -c1-20 | sed 's/[][\.*^$%]/./g')"
cp "$G/llama-3.2-1b/decode_step.mlir" "$TMP/g/llama-3.2-1b/decode_step.mlir"
f=$TMP/g/llama-3.2-1b/decode_step.mlir
awk 'NR == 3 { $0 = substr($0, 1, 4999) "Z" substr($0, 5001) } { print }' "$f" >"$TMP/m" && mv "$TMP/m" "$f"
emit -g decode_step llama | diffmlir "$TMP/g" >"$TMP/out" 2>&1
st=$?
is "long line mutated: exit 1" "$st" 1
like "long line mutated: line 3, column 5000" "$(cat "$TMP/out")" '3.*5000|5000.*3'

# freeze into a copy: byte-identical to the committed goldens
mkdir "$TMP/frozen"
for m in $names; do
	emit "$m" | diffmlir -w "$TMP/frozen" >/dev/null 2>&1 || echo "freeze $m failed" >>"$TMP/freeze.err"
done
check "freeze round trip leaves every golden unchanged" diff -r "$G" "$TMP/frozen" -x freeze.sh
check "freeze round trip leaves the goldens unchanged" diff -r "$G/llama-3.2-1b" "$TMP/frozen/llama-3.2-1b"
check "freeze round trip (qwen2, tiny)" sh -c "diff -r '$G/qwen2.5-0.5b' '$TMP/frozen/qwen2.5-0.5b' && diff -r '$G/tiny-llama' '$TMP/frozen/tiny-llama'"
is "freeze wrote no stray files" "$(cd "$TMP/frozen" && find . -type f | sort | tr '\n' ' ')" \
    "$(cd "$G" && find . -name '*.mlir' -type f | sort | tr '\n' ' ')"

# the precision guard: a bf16 module is never byte-compared with f32
emit -p bf16 -g decode_step llama | diffmlir "$G" >"$TMP/out" 2>"$TMP/err"
st=$?
is "bf16 against f32 goldens: exit 2" "$st" 2
like "bf16 against f32 goldens: says why" "$(cat "$TMP/err")" 'bf16.*f32|f32.*bf16'

# a missing golden names the file and how to freeze it
emit -a no-such-arch -g decode_step tiny | diffmlir "$G" >"$TMP/out" 2>"$TMP/err"
st=$?
is "missing golden: exit 2" "$st" 2
like "missing golden: names the file" "$(cat "$TMP/err")" 'no-such-arch/decode_step.mlir'
done_testing
