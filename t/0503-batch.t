#!/bin/sh
# Batched generation: 16 prompts of different lengths through B rows of
# one batched decode graph (continuous batching when B < 16); every
# stream equals its single-sequence output, at B = 1, 4, 8 and 16.
. "$(dirname "$0")/lib.sh"
M=$SHARED/models/story-lmrs
O=$SHARED/oracles/story-lmrs
[ -d "$M" ] && [ -d "$O" ] || skip_all "no story-lmrs in ../shared"
n=8
files=
for k in 1 2 3 4; do
	for c in "$O"/*.json; do
		f=$TMP/p$k-$(basename "$c" .json).txt
		oracle-compare -f prompt_text "$c" >"$f"
		files="$files $f"
	done
done
for c in "$O"/*.json; do
	run --raw --ids -n $n -m "$M" <"$TMP/p1-$(basename "$c" .json).txt" >"$TMP/single-$(basename "$c" .json)"
done
: >"$TMP/want"
for f in $files; do
	b=$(basename "$f" .txt)
	cat "$TMP/single-${b#p?-}" >>"$TMP/want"
done
for B in 1 4 8 16; do
	run -B $B --raw --ids -n $n -m "$M" $files >"$TMP/got$B" 2>"$TMP/err"
	st=$?
	if [ $st -eq 0 ] && cmp -s "$TMP/want" "$TMP/got$B"; then
		ok 0 "B=$B: all 16 streams equal their single-sequence outputs"
	else
		ok 1 "B=$B: all 16 streams equal their single-sequence outputs"
		diff "$TMP/want" "$TMP/got$B" | head -5 | sed 's/^/# /'
		sed 's/^/# /' "$TMP/err"
	fi
done
run -B 2 --raw -n 4 -m "$M" "$TMP/p1-short-cat.txt" "$TMP/p1-bos-only.txt" >"$TMP/text"
like "text output: each reply under its file" "$(grep -c '^==> .* <==$' "$TMP/text")" "^2$"
run -B 2 --raw -n 4 -m "$M" "$TMP/missing.txt" >/dev/null 2>"$TMP/err"
like "a missing prompt file" "$?:$(cat "$TMP/err")" "^1:run: cannot open '.*missing.txt'"
done_testing
