#!/bin/sh
# The StableHLO project's own tests through `run --check`: no test may
# give a wrong answer; unsupported ops and types are skips that say so.
# The table by op and dtype is written to $BUILD/conformance.txt (and
# shown by `prove -v`).
. "$(dirname "$0")/lib.sh"
C=$SHARED/conformance/stablehlo
[ -d "$C/testdata" ] || skip_all "no conformance corpus in ../shared"

run --check -b interp "$C"/testdata/*.mlir >"$TMP/td.tap" 2>&1
st=$?
run --check -b interp "$C"/interpret/*.mlir >"$TMP/ip.tap" 2>&1
st2=$?
summary() { tail -1 "$1" | sed 's/^# //'; }
like "testdata: no wrong answer ($(summary "$TMP/td.tap"))" "$st:$(summary "$TMP/td.tap")" "^0:[0-9]+ passed, 0 failed"
like "interpret: no wrong answer ($(summary "$TMP/ip.tap"))" "$st2:$(summary "$TMP/ip.tap")" "^0:[0-9]+ passed, 0 failed"
grep -A1 '^not ok' "$TMP/td.tap" "$TMP/ip.tap" | head -20 | sed 's/^/# /'
passed=$(summary "$TMP/td.tap" | cut -d' ' -f1)
[ "$passed" -ge 1440 ]
ok $? "testdata: at least 1440 tests pass (now $passed)"
passed=$(summary "$TMP/ip.tap" | cut -d' ' -f1)
[ "$passed" -ge 190 ]
ok $? "interpret: at least 190 tests pass (now $passed)"
# the same corpus through the CPU plan (run --check -b cpu): the numbers
# of the interpreter, no wrong answer
run --check -b cpu "$C"/testdata/*.mlir >"$TMP/td-cpu.tap" 2>&1
st3=$?
run --check -b cpu "$C"/interpret/*.mlir >"$TMP/ip-cpu.tap" 2>&1
st4=$?
nums() { summary "$1" | sed 's/ (backend [a-z]*)$//'; }
is "testdata on the plan: the interpreter's numbers ($(nums "$TMP/td-cpu.tap"))" "$st3:$(nums "$TMP/td-cpu.tap")" "$st:$(nums "$TMP/td.tap")"
is "interpret on the plan: the interpreter's numbers ($(nums "$TMP/ip-cpu.tap"))" "$st4:$(nums "$TMP/ip-cpu.tap")" "$st2:$(nums "$TMP/ip.tap")"
printf 'func.func private @helper() {\n  func.return\n}\n' >"$TMP/none.mlir"
run --check "$TMP/none.mlir" >"$TMP/out" 2>"$TMP/err"
like "a file with no test function fails: nothing was checked" "$?:$(tail -1 "$TMP/out"):$(cat "$TMP/err")" \
    "^1:# 0 passed, 0 failed, 0 unsupported .*:run: no test function in .*none.mlir: nothing was checked"
is "every unsupported test names what is unsupported" \
    "$(grep '# SKIP' "$TMP/td.tap" "$TMP/ip.tap" | grep -vc "# SKIP unsupported [a-z ]*'[^']*'.* at .*:[0-9]*$")" 0

# the table: op and dtype from testdata file names (op_dtype_shape...),
# and from interpret files and their function names
{
	sed -n 's|^\(not \)\{0,1\}ok [0-9]* - .*/testdata/\([^ ]*\)\.mlir @[a-z_]*\(.*\)$|\1 \2 \3|p' "$TMP/td.tap" |
	    awk '{ st = $1 == "not" ? "failed" : ($0 ~ /# SKIP/ ? "unsupported" : "passed")
		name = ($1 == "not") ? $2 : $1
		n = split(name, w, "_"); op = w[1]; dt = "-"
		for (i = 2; i <= n; i++) if (w[i] ~ /^(float|bfloat|int|uint|bool|complex)[0-9]*$/) { dt = w[i]; break } else op = op "_" w[i]
		print op, dt, st }'
	sed -n 's|^\(not \)\{0,1\}ok [0-9]* - .*/interpret/\([^ ]*\)\.mlir @\([a-z0-9_]*\)\(.*\)$|\1 \2 \3 \4|p' "$TMP/ip.tap" |
	    awk '{ st = $1 == "not" ? "failed" : ($0 ~ /# SKIP/ ? "unsupported" : "passed")
		f = ($1 == "not") ? $2 : $1; fn = ($1 == "not") ? $3 : $2
		n = split(fn, w, "_"); dt = w[n]; if (dt !~ /^(s|u)?i[0-9]+$|^f[0-9]+$|^bf16$|^c[0-9]+$|^i1$/) dt = "-"
		print f, dt, st }'
} | awk '{ k = $1 " " $2; t[k] = 1; c[k, $3]++ }
	END { printf "%-34s %-10s %7s %7s %12s\n", "op", "dtype", "passed", "failed", "unsupported"
	      for (k in t) { split(k, a, " "); printf "%-34s %-10s %7d %7d %12d\n", a[1], a[2], c[k, "passed"], c[k, "failed"], c[k, "unsupported"] } }' |
	sort >"$TMP/table"
cp "$TMP/table" "$BUILD/conformance.txt" 2>/dev/null
sed 's/^/# /' "$TMP/table"
[ "$(wc -l <"$TMP/table")" -gt 50 ]
ok $? "the table has a row per op and dtype ($(wc -l <"$TMP/table") rows)"
done_testing
