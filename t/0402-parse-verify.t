#!/bin/sh
# Parser and verifier: crafted modules and their errors, every golden
# graph, and the kept fuzz crashers (which must fail cleanly or parse).
. "$(dirname "$0")/lib.sh"
"$BUILD/t/unit/mlir" unit >"$TMP/unit"
st=$?
cat "$TMP/unit" | sed -n '/^ok\|^not ok\|^#/p' >"$TMP/lines"
n=$(grep -c '^ok\|^not ok' "$TMP/lines")
is "parser and verifier unit tests ($n)" "$st:$(grep -c '^not ok' "$TMP/lines")" "0:0"
grep -A2 '^not ok' "$TMP/lines" | sed 's/^/# /'
"$BUILD/t/unit/mlir" files "$ROOT"/goldens/*/*.mlir >"$TMP/g"
is "every golden parses and verifies ($(grep -c '^ok' "$TMP/g") files)" "$(grep -c '^not ok' "$TMP/g")" 0
grep -A1 '^not ok' "$TMP/g" | sed 's/^/# /'
for f in "$T"/data/mlir-crash/*; do
	[ -e "$f" ] || continue
	case $f in *.expect) continue ;; esac
	# each crasher's outcome is written down beside it: parsed, or
	# refused with its reason
	out=$(cd "$(dirname "$f")" && "$BUILD/t/unit/mlir" raw "$(basename "$f")" 2>&1)
	st=$?
	is "crasher $(basename "$f"): $(cat "$f.expect" 2>/dev/null)" "$st:$out" "0:$(cat "$f.expect" 2>/dev/null)"
done
done_testing
