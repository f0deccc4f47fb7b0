#!/bin/sh
# validate: a model that holds passes (exit 0); a drifted golden and a
# wrong oracle fail (exit 1) and say where.
. "$(dirname "$0")/lib.sh"
M=$SHARED/models/story-lmrs
O=$SHARED/oracles/story-lmrs
[ -d "$M" ] && [ -d "$O" ] || skip_all "no story-lmrs in ../shared"
V="sh $ROOT/scripts/validate"
mkdir -p "$TMP/o"
cp "$O/short-cat.json" "$O/bos-only.json" "$TMP/o/"
$V -G "$TMP/nogoldens" "$M" "$TMP/o" >"$TMP/out" 2>&1
st=$?
is "story-lmrs validates: exit 0" "$st" 0
like "structural: verified when there are no goldens" "$(sed -n 1p "$TMP/out")" "^ok 1 - structural: story-lmrs graphs parse and verify"
like "every case token-exact" "$(grep -c '^ok [0-9]* - single: .*: match' "$TMP/out")" "^2$"
like "batch: every stream equals its single run" "$(grep -c '^ok [0-9]* - batch (2 rows): .* equals its single run: match' "$TMP/out")" "^2$"
like "a TAP plan and summary" "$(tail -2 "$TMP/out" | tr '\n' '|')" "^1\.\.5\|# 5 passed, 0 failed\|$"

# with goldens for the architecture: compared byte for byte
mkdir -p "$TMP/g"
emit -m "$M" | diffmlir -w "$TMP/g" >/dev/null
$V -G "$TMP/g" "$M" "$TMP/o" >"$TMP/out" 2>&1
like "structural: equal to its goldens" "$?:$(sed -n 1p "$TMP/out")" "^0:ok 1 - structural: story-lmrs graphs equal their goldens"
sed -i 's/stablehlo.rsqrt/stablehlo.sqrt/' "$TMP/g/story-lmrs/decode_step.mlir"
$V -G "$TMP/g" "$M" "$TMP/o" >"$TMP/out" 2>&1
like "a drifted golden fails the structural step" "$?:$(sed -n 1p "$TMP/out")" "^1:not ok 1 - structural"

# a wrong oracle: the divergence with its text
sed 's/"ref_token_ids": \[\([0-9]*\),/"ref_token_ids": [7,/' "$O/short-cat.json" >"$TMP/o/short-cat.json"
$V -G "$TMP/nogoldens" "$M" "$TMP/o" >"$TMP/out" 2>&1
st=$?
is "a wrong oracle: exit 1" "$st" 1
like "the divergence named" "$(grep 'not ok' "$TMP/out")" "^not ok [0-9] - single: short-cat: differ at token 0 of 94: expected 7"
$V "$M" >/dev/null 2>&1
is "usage error: exit 2" "$?" 2

# every model of ../shared with all its public cases: every family of
# the table, token-exact on one run and on the batched run
for d in "$SHARED"/oracles/*/; do
	m=$(basename "$d")
	[ -d "$SHARED/models/$m" ] || continue
	$V -G "$TMP/nogoldens" "$SHARED/models/$m" "$SHARED/oracles/$m" >"$TMP/out" 2>&1
	like "validate $m: $(tail -1 "$TMP/out")" "$?:$(tail -1 "$TMP/out")" "^0:# [0-9]+ passed, 0 failed$"
	[ $? -eq 0 ] || grep -A3 '^not ok' "$TMP/out" | head -12 | sed 's/^/# /'
done
done_testing
