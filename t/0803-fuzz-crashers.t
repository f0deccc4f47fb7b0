#!/bin/sh
# Every libFuzzer target's kept crashers (t/data/<target>-crash/) and its
# seeds (fuzz/seeds/<target>/), fed to the target's own code exactly as
# the fuzzer feeds them (t/unit/replay_<target>): each must run to the
# end, which under `make SAN=1 test` means no ASan, UBSan or leak report.
. "$(dirname "$0")/lib.sh"
for t in json st stindex mlir tok tokvocab jinja npz oracle; do
	set --
	crash=0
	for f in "$T/data/$t-crash"/* "$ROOT/fuzz/seeds/$t"/*; do
		case $f in *.expect) continue ;; esac	# an outcome written down
		[ -f "$f" ] || continue
		set -- "$@" "$f"
		case $f in "$T/data/$t-crash"/*) crash=$((crash + 1)) ;; esac
	done
	if [ $# -eq 0 ]; then
		skip "$t: no crashers or seeds"
		continue
	fi
	"$BUILD/t/unit/replay_$t" "$@" >"$TMP/out" 2>&1
	st=$?
	is "$t: $crash kept crashers and $(($# - crash)) seeds replay cleanly" "$st:$(grep -c '^not ok' "$TMP/out")" "0:0"
	[ $st -eq 0 ] || tail -20 "$TMP/out" | sed 's/^/# /'
done
done_testing
