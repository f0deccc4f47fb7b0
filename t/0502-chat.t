#!/bin/sh
# Chat templates: lib/text/jinja.c against the reference engine's renderings.
# ../shared/chat/ (transformers' own, five real templates) and t/data/
# (Mistral v0.1 and v0.3 and Qwen2's ChatML, rendered by jinja2 as
# transformers sets it up: tools/chat_cases.py); the interpreter feature
# by feature (tools/jinja_cases.py); `run --render` on real configs.
. "$(dirname "$0")/lib.sh"
C=$SHARED/chat
D=$T/data/chat

unit() {	# unit NAME TEMPLATE CONFIG CASES
	"$BUILD/t/unit/chat" "$2" "$3" "$4" >"$TMP/out" 2>&1
	st=$?
	is "$1: $(grep 'render as' "$TMP/out" | sed 's/^[a-z ]*[0-9]* - //')" "$st:$(grep -c '^not ok' "$TMP/out")" "0:0"
	grep '^#' "$TMP/out" | head -6
}

if [ -d "$C" ]; then
	for f in llama3 llama3_1 qwen3 gemma3 deepseek_v3; do
		unit "$f" "$C/templates/$f.jinja" "$C/templates/$f.json" "$C/$f.cases.jsonl"
	done
else
	skip "no chat cases in ../shared"
fi
for f in mistral-v0.1 mistral-v0.3; do
	unit "$f" "$D/$f.jinja" "$D/mistral.json" "$D/$f.cases.jsonl"
done
Q=$SHARED/models/synth-qwen2
if [ -d "$Q" ]; then
	unit "qwen2 (the template of synth-qwen2's config)" - "$Q/tokenizer_config.json" "$D/qwen2.cases.jsonl"
else
	skip "no synth-qwen2 in ../shared"
fi

"$BUILD/t/unit/jinja" "$T/data/jinja/features.jsonl" "$T"/data/jinja-crash/* >"$TMP/out" 2>&1
st=$?
is "jinja features: $(grep -c '^ok' "$TMP/out") checks pass" "$st:$(grep -c '^not ok' "$TMP/out")" "0:0"
grep -A4 '^not ok' "$TMP/out" | head -20 | sed 's/^/# /'

# run --render: the text the tokenizer gets
L=$SHARED/models/synth-llama3
if [ -d "$L" ] && [ -d "$Q" ]; then
	printf 'Hi there\n' | run -m "$Q" --render >"$TMP/q" 2>&1
	is "run --render: ChatML turn, one trailing newline of stdin dropped" "$(cat "$TMP/q"; echo .)" \
	    "$(printf '<|im_start|>user\nHi there<|im_end|>\n<|im_start|>assistant\n.')"
	printf 'Hi' | run -m "$Q" -s 'Be brief.' --render >"$TMP/q" 2>&1
	is "run -s: a system turn first" "$(cat "$TMP/q"; echo .)" \
	    "$(printf '<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n.')"
	printf 'Hi\n' | run -m "$L" --render >"$TMP/l" 2>&1
	is "run --render: Llama 3 header and BOS" "$(cat "$TMP/l"; echo .)" \
	    "$(printf '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n.')"
	printf 'Hi\n' | run -m "$L" --raw --render >"$TMP/l" 2>&1
	is "run --raw --render: the prompt as it is" "$(od -c <"$TMP/l" | head -1)" "$(printf 'Hi\n' | od -c | head -1)"
	# the chat template's tokens reach the model as special tokens
	printf 'Hi' | run -m "$L" --tokenize >"$TMP/ids" 2>&1
	like "run --tokenize applies the template (BOS and header ids)" "$(cat "$TMP/ids")" '^\[128000, 128006, '
else
	skip "no synth-llama3 or synth-qwen2 in ../shared"
	skip "no synth-llama3 or synth-qwen2 in ../shared"
	skip "no synth-llama3 or synth-qwen2 in ../shared"
	skip "no synth-llama3 or synth-qwen2 in ../shared"
	skip "no synth-llama3 or synth-qwen2 in ../shared"
fi

# templates that refuse or do not parse: exit 1, the file named
mkdir -p "$TMP/m"
printf '{"chat_template": "{{ raise_exception(\\"Only user turns\\") }}"}' >"$TMP/m/tokenizer_config.json"
printf 'x' | run -m "$TMP/m" --render >"$TMP/out" 2>"$TMP/err"
is "a template that raises: exit 1" "$?" 1
like "its message names the config and the template's reason" "$(cat "$TMP/err")" \
    "^run: .*/m/tokenizer_config.json: chat_template: the template refuses the conversation: Only user turns"
is "nothing on stdout" "$(wc -c <"$TMP/out" | tr -d ' ')" 0
printf '{"chat_template": "{%% for m in messages %%}"}' >"$TMP/m/tokenizer_config.json"
printf 'x' | run -m "$TMP/m" --render >"$TMP/out" 2>"$TMP/err"
like "an unclosed block: exit 1, file and line named" "$?:$(cat "$TMP/err")" \
    "^1:run: .*tokenizer_config.json: chat_template:1: missing '\{% endfor %\}'"
printf '{"chat_template": ' >"$TMP/m/tokenizer_config.json"
printf 'x' | run -m "$TMP/m" --render >"$TMP/out" 2>"$TMP/err"
like "a broken tokenizer_config.json: exit 1, named" "$?:$(cat "$TMP/err")" "^1:run: .*tokenizer_config.json:1:"
printf '{"chat_template": [{"name": "tool_use", "template": "T"}, {"name": "default", "template": "D{{ messages[0].content }}"}]}' >"$TMP/m/tokenizer_config.json"
printf 'x' | run -m "$TMP/m" --render >"$TMP/out" 2>&1
is "a list of named templates: the default one" "$(cat "$TMP/out")" "Dx"
done_testing
