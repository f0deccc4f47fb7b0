#!/bin/sh
# Chat templates: the Llama 3 and 3.1 families against the renderings
# of ../shared/chat/; the others are refused by name (see lib/chat.h).
. "$(dirname "$0")/lib.sh"
C=$SHARED/chat
[ -d "$C" ] || skip_all "no chat cases in ../shared"
for f in llama3 llama3_1; do
	"$BUILD/t/unit/chat" "$C/templates/$f.jinja" "$C/templates/$f.json" "$C/$f.cases.jsonl" >"$TMP/out" 2>&1
	is "$f: $(grep 'cases render' "$TMP/out" | sed 's/^ok [0-9]* - //')" "$?:$(grep -c '^not ok' "$TMP/out")" "0:0"
	grep '^#' "$TMP/out" | head -6 | sed 's/^/# /'
done
for f in qwen3 gemma3 deepseek_v3; do
	"$BUILD/t/unit/chat" "$C/templates/$f.jinja" "$C/templates/$f.json" "$C/$f.cases.jsonl" >"$TMP/out" 2>&1
	like "$f is not a known family (refused, not approximated)" "$(head -1 "$TMP/out")" "^not ok 1 - .* is a known family \(unknown\)"
done
done_testing
