#!/bin/sh
# The Vulkan backend (run -b vulkan) on whatever device the loader finds
# (lavapipe in CI): a trivial kernel end to end, one oracle case of each
# model token-exact (one whole, the others a prefix: the prompt through
# every prefill chunk, then the first tokens of the reply), logits
# within 1e-4 of the CPU plan's and the same bytes in two runs, a plain
# error without a device.
#
# lavapipe runs a dispatch on its own thread pool; on a small shared
# machine waking the pool costs more than it gives (a decode step 3 to 4
# times slower), so the tests ask for none (LP_NUM_THREADS=0: each
# dispatch on the queue's thread) unless the caller says otherwise.
. "$(dirname "$0")/lib.sh"
LP_NUM_THREADS=${LP_NUM_THREADS:-0}
export LP_NUM_THREADS
printf 'module @m {\n  func.func public @main() -> tensor<2xf32> {\n    %%a = stablehlo.constant dense<[1.5, -2.0]> : tensor<2xf32>\n    %%b = stablehlo.add %%a, %%a : tensor<2xf32>\n    check.expect_eq_const %%b, dense<[3.0, -4.0]> : tensor<2xf32>\n    return %%b : tensor<2xf32>\n  }\n}\n' >"$TMP/add.mlir"
HLO_VK_DEVICE=no-such-device run --check -b vulkan "$TMP/add.mlir" >"$TMP/out" 2>&1
like "HLO_VK_DEVICE naming no device: said so" "$(cat "$TMP/out")" "HLO_VK_DEVICE=no-such-device names none of the"
if ! run --check -b vulkan "$TMP/add.mlir" >"$TMP/out" 2>&1; then
	if grep -q "vulkan: no Vulkan loader\|vulkan: no instance\|vulkan: the loader found no device\|lacks" "$TMP/out"; then
		skip "no Vulkan device: $(grep -o 'vulkan: .*' "$TMP/out" | head -1)"
		done_testing
		exit 0
	fi
fi
like "a kernel runs end to end" "$(cat "$TMP/out")" "^ok 1 - .* \(1 checks\)"
[ -d "$SHARED/oracles" ] || { done_testing; exit 0; }
J=$BUILD/t/unit/jget

# oracle MODEL CASE [N]: the case token-exact, whole, or its first N
# tokens (oracle-compare then stops at the end of our output, N matched)
oracle() {
	c=$SHARED/oracles/$1/$2.json
	if [ ! -e "$c" ] || [ ! -d "$SHARED/models/$1" ]; then
		skip "no oracle case $1/$2"
		return
	fi
	n=$("$J" "$c" n_new)
	want="^match ([0-9]+)/\\1$"
	if [ -n "${3:-}" ] && [ "$3" -lt "$n" ]; then
		n=$3
		want="^differ at token $n of [0-9]+: expected [0-9]+, got end of output \\($n/[0-9]+ matched\\)$"
	fi
	"$J" "$c" prompt_text >"$TMP/prompt"
	run -b vulkan --raw --ids -n "$n" -m "$SHARED/models/$1" <"$TMP/prompt" >"$TMP/run.json" 2>"$TMP/err"
	rc=$?
	out=$(oracle-compare "$c" "$TMP/run.json" 2>&1)
	like "vulkan $1/$2 (${3:+first }$n tokens): $out" "$rc:$out" "^0:${want#^}"
	[ -s "$TMP/err" ] && sed 's/^/# /' "$TMP/err"
}

oracle story-lmrs short-cat
oracle story-lmrs long-kite 16
oracle aidreams260K-hf long-machine 16
oracle story-lmrs-mlx4 long-cake 16
oracle story-lmrs-mlx8 medium-bird 16
# the specialized kernels (the tier a graph moves to after 24 runs) from
# the first step: f16 scales and biases loaded narrow (they were read as
# f32 once, so every token from the 25th was wrong)
export HLO_VK_TIER=1
oracle story-lmrs-mlx4 long-cake 16
oracle story-lmrs short-cat 16
unset HLO_VK_TIER
# mixtures of experts: the backend has no stablehlo.case, so the driver
# emits their decode in the masked-dense form for it
oracle synth-mixtral short-list 16
oracle synth-qwen2-moe bos-only 16

M=$SHARED/models/story-lmrs
c=$SHARED/oracles/story-lmrs/short-cat.json
if [ -d "$M" ] && [ -e "$c" ]; then
	"$J" "$c" prompt_text >"$TMP/prompt"
	run -b vulkan --raw --ids -n 16 --logits "$TMP/v1.npy" -m "$M" <"$TMP/prompt" >/dev/null
	run -b vulkan --raw --ids -n 16 --logits "$TMP/v2.npy" -m "$M" <"$TMP/prompt" >/dev/null
	run -b cpu --raw --ids -n 16 --logits "$TMP/c.npy" -m "$M" <"$TMP/prompt" >/dev/null
	check "two runs give the same logits bytes" cmp "$TMP/v1.npy" "$TMP/v2.npy"
	like "the logits within 1e-4 of the CPU plan's" "$(oracle-compare -a 1e-4 -r 0 -l "$TMP/c.npy" "$TMP/v1.npy" | tail -1)" "^match 16/16"
	printf 'Once upon a time' | run -v -b vulkan --raw -n 2 -m "$M" 2>"$TMP/err" >/dev/null
	like "run -v names the device" "$(cat "$TMP/err")" "^run: vulkan on .*\(Vulkan [0-9.]*, device [0-9]+\)"
fi
done_testing
