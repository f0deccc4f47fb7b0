#!/bin/sh
# run -m DIR --raw --ids: every public oracle case of every Llama and Qwen2 model
# in ../shared (the MLX ones run directly, packed), token-exact through
# oracle-compare; the CPU plan and the reference interpreter give the
# same tokens; the reply streamed as text; the tokenizer modes; bad input.
. "$(dirname "$0")/lib.sh"
[ -d "$SHARED/oracles" ] || skip_all "no oracles in ../shared"
J=$BUILD/t/unit/jget
for model in ${ORACLE_MODELS:-story-lmrs aidreams260K-hf story-lmrs-mlx4 story-lmrs-mlx8 synth-llama3 synth-qwen2}; do
	for c in "$SHARED/oracles/$model"/*.json; do
		[ -e "$c" ] || continue
		n=$("$J" "$c" n_new)
		"$J" "$c" prompt_text >"$TMP/prompt"
		run --raw --ids -n "$n" -m "$SHARED/models/$model" <"$TMP/prompt" >"$TMP/run.json" 2>"$TMP/err"
		out=$(oracle-compare "$c" "$TMP/run.json" 2>&1)
		like "$model/$(basename "$c" .json): $out" "$out" "^match ([0-9]+)/\1$"
		[ -s "$TMP/err" ] && sed 's/^/# /' "$TMP/err"
	done
done
# the plan and the interpreter agree, token for token, on a case of
# every model (every family of the table)
for d in "$SHARED"/oracles/*/; do
	model=$(basename "$d")
	c=$(ls "$SHARED/oracles/$model"/*.json 2>/dev/null | tail -1)
	[ -n "$c" ] && [ -d "$SHARED/models/$model" ] || continue
	oracle-compare -f prompt_text "$c" >"$TMP/prompt"
	run --raw --ids -n 24 -m "$SHARED/models/$model" <"$TMP/prompt" >"$TMP/plan.json" 2>"$TMP/e1"
	s1=$?
	run --interp --raw --ids -n 24 -m "$SHARED/models/$model" <"$TMP/prompt" >"$TMP/interp.json" 2>"$TMP/e2"
	s2=$?
	is "$model/$(basename "$c" .json): the plan's tokens are the interpreter's" \
	    "$s1:$s2:$(cat "$TMP/plan.json")" "0:0:$(cat "$TMP/interp.json")"
done
M=$SHARED/models/story-lmrs
if [ -d "$M" ]; then
	# graphs from files (-g): emitted earlier, with their header lines
	mkdir -p "$TMP/g"
	emit -g prefill -C 16 -S 128 -m "$M" >"$TMP/g/prefill.mlir"
	emit -g decode_step -S 128 -m "$M" >"$TMP/g/decode_step.mlir"
	c=$SHARED/oracles/story-lmrs/short-cat.json
	"$J" "$c" prompt_text | run --raw --ids -n 100 -g "$TMP/g" -m "$M" >"$TMP/run.json"
	like "-g: graphs from files give the same tokens" "$(oracle-compare "$c" "$TMP/run.json")" "^match 94/94$"
	"$J" "$c" prompt_text | run --raw -n 200 -g "$TMP/g" -m "$M" >"$TMP/out" 2>"$TMP/err"
	like "-g: a prompt past the graphs' capacity" "$?:$(cat "$TMP/err")" \
	    "^1:run: the prompt \(13 tokens\) and -n 200 need 212 positions; the graphs in '.*' hold 128"
	printf 'Once upon a time' | run --raw -n 12 -m "$M" >"$TMP/text"
	like "the reply streams as text" "$(cat "$TMP/text")" "^[A-Za-z ,.']+"
	printf 'Once upon a time' | run --raw --tokenize -m "$M" >"$TMP/ids"
	like "--tokenize: the ids, BOS first" "$(cat "$TMP/ids")" "^\[1, 80, 147, [0-9, ]+\]$"
	is "--detokenize inverts it (BOS shown)" "$(run --detokenize -m "$M" <"$TMP/ids")" "<|start_story|> Once upon a time"
	printf '' | run --raw --ids -n 3 -m "$M" >"$TMP/bos.json"
	like "an empty prompt is BOS alone, a real prompt" "$(cat "$TMP/bos.json")" '^\{"prompt_ids": \[1\], "ref_token_ids": \[[0-9]+, [0-9]+, [0-9]+\]'
	printf 'x' | run --raw -n 10 -S 5 -m "$M" >"$TMP/out" 2>"$TMP/err"
	like "prompt and -n over the capacity: the numbers" "$?:$(cat "$TMP/err")" \
	    "^1:run: the prompt \(3 tokens\) and -n 10 need 12 positions; the capacity is 5 \(raise -S\)"
	"$J" "$SHARED/oracles/story-lmrs/short-cat.json" prompt_text |
	    run --raw --ids -n 2 -C 8 -S 15 -m "$M" >"$TMP/small.json" 2>"$TMP/err"
	like "-S that whole chunks overrun: the chunk shrinks to fit" "$?:$(cat "$TMP/small.json" "$TMP/err")" \
	    '^0:\{"prompt_ids": \[1, [0-9, ]+\], "ref_token_ids": \[85, 55\]'
	printf '\377' | run --raw -m "$M" >"$TMP/out" 2>"$TMP/err"
	like "invalid UTF-8 is refused" "$?:$(cat "$TMP/err")" "^1:run: <stdin>: the text is not valid UTF-8"
	run --raw -m "$TMP/nowhere" </dev/null >"$TMP/out" 2>"$TMP/err"
	like "a missing model dir" "$?:$(cat "$TMP/err")" "^1:run: cannot open '.*nowhere'"
	mkdir -p "$TMP/m"
	cp "$M/tokenizer.json" "$M/config.json" "$TMP/m/"
	printf 'hi' | run --raw -m "$TMP/m" >"$TMP/out" 2>"$TMP/err"
	like "a dir without weights" "$?:$(cat "$TMP/err")" "^1:run: .*m: no model.safetensors"
fi
L=$SHARED/models/synth-llama3
if [ -d "$L" ]; then
	printf 'Hello' | run --tokenize -m "$L" >"$TMP/chat"
	like "without --raw: the Llama 3 chat template wraps the prompt" "$(cat "$TMP/chat")" \
	    "^\[128000, 128006, 882, 128007, 271, 9906, 128009, 128006, 78191, 128007, 271\]$"
	printf 'Hello' | run --raw --tokenize -m "$L" >"$TMP/rawids"
	is "--raw: the prompt as it is, BOS from the tokenizer" "$(cat "$TMP/rawids")" "[128000, 9906]"
	mkdir -p "$TMP/q"
	cp "$L/tokenizer.json" "$TMP/q/"
	printf '{"chat_template": "{%% call m() %%}{%% endcall %%}"}' >"$TMP/q/tokenizer_config.json"
	printf 'Hello' | run --tokenize -m "$TMP/q" >"$TMP/out" 2>"$TMP/err"
	like "a template using what the interpreter lacks: a clear error" "$?:$(cat "$TMP/err")" \
	    "^1:run: .*tokenizer_config.json: chat_template:1: unknown or unsupported tag 'call' \(--raw feeds the prompt without the template\)"
fi
done_testing
