#!/bin/sh
# The backend conformance runner (run --conform): the CPU plan held
# against the reference interpreter op by op, always; the Vulkan backend
# too when there is a device.  The regression inputs of t/data/conform
# run first; a failure writes its input as a new one (in $TMP here).
# Known failures are listed below with their reason: each is a TODO, and
# any other failure fails the test.
. "$(dirname "$0")/lib.sh"
cd "$TMP" || exit 1
R=$ROOT/t/data/conform

# known BACKEND OP TYPES CASE REASON: a failure the test tolerates
known() {
	case "$1 $2 $3 $4" in
	*) return 1 ;;
	esac
}

# conform_check BACKEND TITLE [OP...]: runs the runner, checks its failures
conform_check() {
	be=$1
	title=$2
	shift 2
	run --conform -b "$be" -R "$R" "$@" >"$TMP/$be.tap" 2>"$TMP/$be.err"
	st=$?
	sum=$(tail -1 "$TMP/$be.tap")
	like "$be: the runner ran $title (${sum#\# })" "$sum" "^# [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped"
	unknown=0
	grep '^not ok' "$TMP/$be.tap" >"$TMP/$be.fail"
	while read -r _ _ _ _ op types case _; do
		if why=$(known "$be" "$op" "$types" "$case"); then
			echo "not ok $((tap_n + 1)) - $be $op $types $case # TODO $why"
			tap_n=$((tap_n + 1))
		else
			unknown=$((unknown + 1))
		fi
	done <"$TMP/$be.fail"
	ok "$unknown" "$be: no failure but the known ones ($(wc -l <"$TMP/$be.fail") failed)"
	[ "$unknown" -ne 0 ] && grep -A6 '^not ok' "$TMP/$be.tap" | head -60 | sed 's/^/# /'
	# the table by op is in the output
	grep -q '^# op  *types passed failed skipped' "$TMP/$be.tap"
	ok $? "$be: the table by op is printed"
	sed -n '/^# op  *types/,$p' "$TMP/$be.tap" | sed 's/^#/# /'
	: "$st"
}

conform_check cpu "every op of the table"
passed=$(tail -1 "$TMP/cpu.tap" | sed 's/^# \([0-9]*\) passed.*/\1/')
[ "${passed:-0}" -ge 3000 ]
ok $? "cpu: at least 3000 cases pass (now $passed)"

# every case of the CPU plan ran at its one size (no workgroups) and twice
like "cpu: a case names its input shape" "$(grep -m1 '^ok [0-9]* - add f32 edge' "$TMP/cpu.tap")" "tensor<841xf32>"

# the runner fails what is wrong: a regression file whose input does not
# fit its op is a failure that says so; an op it does not know is an error
mkdir -p "$TMP/reg"
printf 'op add\ntypes f32 -\ncase edge\nshape 4\nvariant 0\nstrided 0\ninput 0 0000803f\ninput 1 0000803f0000803f0000803f0000803f\n' >"$TMP/reg/add-short.txt"
run --conform -b cpu -R "$TMP/reg" add >"$TMP/reg.tap" 2>&1
like "a regression input of the wrong size fails, naming the file" \
    "$?:$(grep -A1 '^not ok' "$TMP/reg.tap" | tr '\n' ' ')" "^1:not ok 1 - add f32 add-short.txt .*input 0 of the regression file has 4 bytes, its argument 16"
printf 'op add\ntypes f32 -\ncase edge\nshape 2\nvariant 0\nstrided 0\ninput 0 0000803f0000c07f\ninput 1 0000803f01008000\n' >"$TMP/reg/add-short.txt"
run --conform -b cpu -R "$TMP/reg" add >"$TMP/reg.tap" 2>&1
like "a regression input runs first, by its file name" "$?:$(sed -n 1p "$TMP/reg.tap")" "^0:ok 1 - add f32 add-short.txt tensor<2xf32>"
run --conform -b cpu no_such_op >"$TMP/out" 2>&1
like "an op the table lacks is an error" "$?:$(cat "$TMP/out")" "^1:run: no op 'no_such_op' in the conformance table"

# the Vulkan backend, where a device is
printf 'module @m {\n  func.func public @main() -> tensor<2xf32> {\n    %%a = stablehlo.constant dense<[1.5, -2.0]> : tensor<2xf32>\n    return %%a : tensor<2xf32>\n  }\n}\n' >"$TMP/one.mlir"
LP_NUM_THREADS=${LP_NUM_THREADS:-0}
export LP_NUM_THREADS
if run --check -b vulkan "$TMP/one.mlir" >"$TMP/out" 2>&1; then
	conform_check vulkan "the generation graphs' ops" ${VK_CONFORM_OPS:-add multiply divide exponential rsqrt logistic \
	    compare select convert broadcast_in_dim transpose slice concatenate dynamic_update_slice iota gather \
	    reduce_sum reduce_max argmax dot_general shift_right_arithmetic}
	like "vulkan: every case at four workgroup sizes" "$(grep -m1 '^ok [0-9]* - add f32 edge' "$TMP/vulkan.tap")" \
	    " wg 32,64,128,256"
else
	skip "no Vulkan device: $(grep -o 'vulkan: .*' "$TMP/out" | head -1)"
fi
done_testing
