#!/bin/sh
# The tokenizers against the reference cases of ../shared/tokenizers:
# encode with and without special tokens, decode, streamed decode; and
# tokenizer.json files that are refused with their reason.
. "$(dirname "$0")/lib.sh"
while read -r name path; do
	if [ ! -e "$SHARED/$path" ] || [ ! -e "$SHARED/tokenizers/$name.cases.jsonl" ]; then
		skip "no $name tokenizer or cases in ../shared"
		continue
	fi
	"$BUILD/t/unit/tok" "$SHARED/$path" "$SHARED/tokenizers/$name.cases.jsonl" >"$TMP/out" 2>&1
	st=$?
	n=$(grep -c '^ok [2-5] ' "$TMP/out")
	is "$name: every case encodes, encodes with specials, decodes and streams as the reference" "$st:$n" "0:4"
	grep '^#\|^not ok' "$TMP/out" | head -12 | sed 's/^/# /'
done <<'LIST'
llama3 tokenizers/llama3
qwen3 tokenizers/qwen3
story-lmrs models/story-lmrs
aidreams260K models/aidreams260K-hf
LIST

# refusals name the file and the problem
refuse() {	# refuse TITLE JSON REGEX
	printf '%s' "$2" >"$TMP/tokenizer.json"
	"$BUILD/t/unit/tok" "$TMP/tokenizer.json" /dev/null >"$TMP/out" 2>&1
	like "refuses $1" "$(grep '^#' "$TMP/out" | head -1)" "$3"
}
refuse "a file that is not JSON" '{"model": ' "tokenizer.json:1:11: unexpected end of input"
refuse "another model type" '{"model": {"type": "Unigram", "vocab": []}}' "tokenizer.json: model type 'Unigram' is not supported"
refuse "a missing vocab" '{"model": {"type": "BPE", "merges": []}}' "tokenizer.json: model.vocab is missing"
refuse "a merge of unknown tokens" '{"model": {"type": "BPE", "vocab": {"a": 0, "b": 1}, "merges": ["a c"]}, "decoder": {"type": "ByteLevel"}, "pre_tokenizer": {"type": "ByteLevel"}}' \
    "tokenizer.json: merge 0 names a token not in the vocab"
refuse "a merge making an unknown token" '{"model": {"type": "BPE", "vocab": {"a": 0, "b": 1}, "merges": ["a b"]}, "decoder": {"type": "ByteLevel"}, "pre_tokenizer": {"type": "ByteLevel"}}' \
    "tokenizer.json: merge 0 makes a token not in the vocab"
refuse "an unknown normalizer" '{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": []}, "normalizer": {"type": "NFKD"}}' \
    "tokenizer.json: normalizer 'NFKD' is not supported"
refuse "a broken Split regex" '{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": []}, "pre_tokenizer": {"type": "Split", "pattern": {"Regex": "(a"}, "behavior": "Isolated"}}' \
    "tokenizer.json: the Split regex does not compile"
refuse "a vocab id that is not a number" '{"model": {"type": "BPE", "vocab": {"a": "x"}, "merges": []}}' \
    "tokenizer.json: vocab entry 0 has no valid id"
# kept fuzz crashers: a tokenizer.json, a NUL, a text; each must load
# and encode or fail with a reason, never crash
for f in "$T"/data/tok-crash/*; do
	[ -e "$f" ] || continue
	case $f in *.expect) continue ;; esac
	# each crasher's outcome is written down beside it: parsed, or
	# refused with its reason
	out=$(cd "$(dirname "$f")" && "$BUILD/t/unit/tok" crash "$(basename "$f")" 2>&1)
	st=$?
	is "crasher $(basename "$f"): $(cat "$f.expect" 2>/dev/null)" "$st:$out" "0:$(cat "$f.expect" 2>/dev/null)"
done
done_testing
