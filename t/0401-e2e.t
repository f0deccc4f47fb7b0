#!/bin/sh
# From config.json to tokens: emit's graphs, the weights bound by name,
# the reference interpreter, against llama.cpp's greedy oracles.  Covers
# a trained Llama, untied MHA, the MLX 4-bit graph (dequantized in the
# graph), Qwen2 biases and llama3 RoPE scaling with BF16 weights.
. "$(dirname "$0")/lib.sh"
[ -d "$SHARED/models" ] || skip_all "no models in ../shared"
while read -r model case n chunk; do
	if [ ! -d "$SHARED/models/$model" ]; then
		skip "no $model in ../shared"
		continue
	fi
	"$BUILD/t/unit/e2e" "$SHARED/models/$model" "$SHARED/oracles/$model/$case.json" "$n" "$chunk" >"$TMP/out" 2>&1
	st=$?
	grep -q '^not ok' "$TMP/out"
	bad=$?
	if [ $st -eq 0 ] && [ $bad -ne 0 ] && grep -q "^ok 6 - $n greedy tokens" "$TMP/out"; then
		ok 0 "$model/$case: $n tokens equal the oracle's (prefill chunk $chunk)"
	else
		ok 1 "$model/$case: $n tokens equal the oracle's (prefill chunk $chunk)"
		sed 's/^/# /' "$TMP/out"
	fi
done <<'CASES'
story-lmrs short-cat 4 8
story-lmrs medium-park 3 16
aidreams260K-hf short-dream 6 8
story-lmrs-mlx4 short-car 3 8
story-lmrs-mlx8 short-car 2 8
synth-qwen2 short-fox 2 8
synth-llama3 short-hello 2 16
CASES
done_testing
