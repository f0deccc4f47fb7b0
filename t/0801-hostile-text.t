#!/bin/sh
# Hostile tokenizers, prompts and id lists: crafted tokenizer.json files
# (unit: half characters decode to U+FFFD as the tokenizers library
# writes them, containers of the wrong type, ids past the model's
# vocab_size), then run's --detokenize, --no-special-tokens, invalid
# UTF-8 in each input, and tokenizer_config.json files that are not
# JSON.  Every refusal: exit 1, a message naming the input, nothing on
# stdout.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/unit"
"$BUILD/t/unit/tok" hostile "$TMP/unit" >"$TMP/u" 2>&1
st=$?
is "tokenizer unit cases ($(grep -c '^ok' "$TMP/u") passed)" "$st:$(grep -c '^not ok' "$TMP/u")" "0:0"
grep -A2 '^not ok' "$TMP/u" | sed 's/^/# /'

# refused TITLE REGEX CMD...: exit 1, stderr matches, stdout empty
refused() {
	title=$1
	re=$2
	shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"
	like "$title" "$?:$(wc -c <"$TMP/out" | tr -d ' '):$(cat "$TMP/err")" "^1:0:$re"
}

# a byte-level model dir: "€" is E2 82 AC, in three tokens
B=$TMP/bl
mkdir -p "$B"
printf '%s' '{"model": {"type": "BPE", "vocab": {"a": 0, "\u00e2": 1, "\u0124": 2, "\u00ac": 3},
 "merges": []}, "pre_tokenizer": {"type": "ByteLevel"}, "decoder": {"type": "ByteLevel"}}' >"$B/tokenizer.json"
printf '[0, 1, 2, 3]' | run --detokenize -m "$B" >"$TMP/out"
is "--detokenize: three byte tokens make one character" "$(od -An -tx1 "$TMP/out" | tr -d ' \n')" "61e282ac"
printf '[0, 1, 2]' | run --detokenize -m "$B" >"$TMP/out"
is "--detokenize: half a character is U+FFFD, as transformers decodes it" \
    "$(od -An -tx1 "$TMP/out" | tr -d ' \n')" "61efbfbd"
printf '2 0 2 3' | run --detokenize -m "$B" >"$TMP/out"
is "--detokenize: lone continuation bytes, one U+FFFD each" "$(od -An -tx1 "$TMP/out" | tr -d ' \n')" \
    "efbfbd61efbfbdefbfbd"

# id lists: range-checked and well-formed
printf '4294967297' >"$TMP/ids"
refused "--detokenize: 4294967297 is out of range, not id 1" \
    "run: <stdin>: id '4294967297' is out of range \(0\.\.2147483647\)$" run --detokenize -m "$B" <"$TMP/ids"
printf '[4294967297]' >"$TMP/ids"
refused "--detokenize: [4294967297] too" \
    "run: <stdin>:1:2: item 0 is not a token id \(an integer in 0\.\.2147483647\)$" run --detokenize -m "$B" <"$TMP/ids"
printf '[1,2' >"$TMP/ids"
refused "--detokenize: [1,2 is not a list" "run: <stdin>:1:5: unexpected end of input in array$" \
    run --detokenize -m "$B" <"$TMP/ids"
printf '[[1]]' >"$TMP/ids"
refused "--detokenize: [[1]] is refused" "run: <stdin>:1:2: item 0 is an array, not a token id$" \
    run --detokenize -m "$B" <"$TMP/ids"
printf '[1, 2.5]' >"$TMP/ids"
refused "--detokenize: a fraction" "run: <stdin>:1:5: item 1 is not a token id" run --detokenize -m "$B" <"$TMP/ids"
printf '1 -3' >"$TMP/ids"
refused "--detokenize: a negative id" "run: <stdin>: byte 2: '-' is not part of a list of ids$" \
    run --detokenize -m "$B" <"$TMP/ids"
printf '1 2x' >"$TMP/ids"
refused "--detokenize: a number running into a letter" "run: <stdin>: byte 3: 'x' is not part of a list of ids$" \
    run --detokenize -m "$B" <"$TMP/ids"
printf '[7]' >"$TMP/ids"
refused "--detokenize: an id the tokenizer lacks" "run: unknown token id 7$" run --detokenize -m "$B" <"$TMP/ids"

# a chat model dir of our own: a template that echoes the turns
C=$TMP/chat
mkdir -p "$C"
cp "$B/tokenizer.json" "$C/"
printf '{"chat_template": "{%% for m in messages %%}[{{ m.role }}:{{ m.content }}]{%% endfor %%}"}' \
    >"$C/tokenizer_config.json"
printf 'hi' | run -s 'sys' --render -m "$C" >"$TMP/out"
is "--render: the template sees -s and stdin" "$(cat "$TMP/out")" "[system:sys][user:hi]"
printf 'abc\377d' >"$TMP/bad"
refused "chat: a bad byte in stdin is named at its offset in stdin" \
    "run: <stdin>: the text is not valid UTF-8 at byte 3 \(0xff\)$" run --tokenize -m "$C" <"$TMP/bad"
refused "chat: a bad byte in -s is blamed on -s" "run: -s: the text is not valid UTF-8 at byte 1 \(0xc3\)$" \
    run --render -s "$(printf 'x\303y')" -m "$C" <"$TMP/ids"
refused "--render does not pass invalid UTF-8 through" "run: <stdin>: the text is not valid UTF-8 at byte 3" \
    run --render -m "$C" <"$TMP/bad"
refused "--render --raw neither" "run: <stdin>: the text is not valid UTF-8 at byte 3" \
    run --render --raw -m "$C" <"$TMP/bad"
refused "a prompt file with a bad byte is named" "run: .*/bad: the text is not valid UTF-8 at byte 3" \
    run -m "$C" "$TMP/bad"

# a template holding a NUL is the whole template, not its prefix
printf '{"chat_template": "a\\u0000b{{ messages[0].content }}"}' >"$C/tokenizer_config.json"
printf 'x' | run --render -m "$C" >"$TMP/out"
is "a chat_template with a NUL renders whole" "$(od -An -tx1 "$TMP/out" | tr -d ' \n')" "61006278"

# tokenizer_config.json: absent is fine, present it must be JSON, even
# where --raw does not use it
printf '{"chat_template": ' >"$C/tokenizer_config.json"
for mode in --render --tokenize --detokenize; do
	refused "a tokenizer_config.json that is not JSON: $mode names it" \
	    "run: .*/chat/tokenizer_config.json:1:19: unexpected end of input$" run --raw $mode -m "$C" <"$TMP/ids"
done
rm "$C/tokenizer_config.json"
printf 'aa' | run --tokenize -m "$C" >"$TMP/out" 2>"$TMP/err"
is "no tokenizer_config.json: fine" "$?:$(cat "$TMP/out")" "0:[0, 0]"

M=$SHARED/models/story-lmrs
if [ -d "$M" ]; then
	printf 'Once upon a time' | run --raw --tokenize -m "$M" >"$TMP/with"
	printf 'Once upon a time' | run --raw --tokenize --no-special-tokens -m "$M" >"$TMP/without"
	is "--no-special-tokens: the ids without BOS (add_special_tokens=False)" \
	    "$(sed 's/^\[1, /[/' "$TMP/with")" "$(cat "$TMP/without")"
	like "--no-special-tokens: no BOS" "$(cat "$TMP/without")" "^\[80, "

	# the model's vocab_size against the tokenizer's ids
	V=$TMP/vocab
	mkdir -p "$V"
	ln -s "$M/model.safetensors" "$M/tokenizer.json" "$V/"
	sed 's/"vocab_size": 2048/"vocab_size": 2000/' "$M/config.json" >"$V/config.json"
	printf 'x' >"$TMP/p"
	refused "a tokenizer id past vocab_size: the token, its id and both numbers" \
	    "run: .*/tokenizer.json: token '.*' has id 2000, but the model's vocab_size is 2000 \(ids 0\.\.1999\)$" \
	    run --raw -n 1 -m "$V" <"$TMP/p"
	refused "the same for prompt files" "run: .*has id 2000, but the model's vocab_size is 2000" \
	    run --raw -n 1 -m "$V" "$TMP/p"
	sed 's/"vocab_size": 2048/"vocab_size": "2048"/' "$M/config.json" >"$V/config.json"
	refused "a vocab_size that is not an integer" "run: .*/config.json:[0-9]+:[0-9]+: vocab_size: expected a positive integer$" \
	    run --raw -n 1 -m "$V" <"$TMP/p"
	sed 's/"vocab_size": 2048/"vocab_size": 2000, "vocab_size": 2048/' "$M/config.json" >"$V/config.json"
	run --raw -n 1 -m "$V" <"$TMP/p" >"$TMP/out" 2>"$TMP/err"
	is "vocab_size given twice: the last counts (2048: it runs)" "$?:$(cat "$TMP/err")" "0:"
	sed 's/"vocab_size": 2048/"vocab_size": 2048, "vocab_size": 2000/' "$M/config.json" >"$V/config.json"
	refused "vocab_size given twice: the last counts (2000: refused)" "run: .*has id 2000, but the model's vocab_size is 2000" \
	    run --raw -n 1 -m "$V" <"$TMP/p"
else
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
	skip "no story-lmrs in ../shared"
fi
done_testing
