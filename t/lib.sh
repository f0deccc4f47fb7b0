# TAP helpers for the shell tests (after git's t/test-lib.sh).
# Each t/NNNN-topic.t sources this file, calls the helpers, then done.
# $BUILD is the build dir (bin/ and t/unit/ inside), $SHARED ../shared.

: "${BUILD:=$(cd "$(dirname "$0")/.." && pwd)/build}"
: "${SHARED:=$(cd "$(dirname "$0")/../.." && pwd)/shared}"
T=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$T/.." && pwd)
BIN=$BUILD/bin
PATH=$BIN:$PATH
# scripts/validate runs the tools of the build under test, not the ones
# beside it (build/ of the checkout)
HLO_EXEC_PATH=$BIN
export BUILD SHARED T ROOT BIN PATH HLO_EXEC_PATH

tap_n=0
tap_failed=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/hlo-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

ok() {	# ok COND-STATUS TITLE
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		echo "not ok $tap_n - $2"
		tap_failed=$((tap_failed + 1))
	fi
}

# check TITLE CMD...: passes when CMD exits 0
check() {
	title=$1
	shift
	if "$@" >"$TMP/check.out" 2>&1; then
		ok 0 "$title"
	else
		ok 1 "$title"
		sed 's/^/# /' "$TMP/check.out" | head -20
	fi
}

# is TITLE GOT WANT
is() {
	if [ "$2" = "$3" ]; then
		ok 0 "$1"
	else
		ok 1 "$1"
		printf '#   expected: %s\n#        got: %s\n' "$3" "$2"
	fi
}

# like TITLE GOT PATTERN (grep -E)
like() {
	if printf '%s\n' "$2" | grep -Eq -- "$3"; then
		ok 0 "$1"
	else
		ok 1 "$1"
		printf '#   expected to match: %s\n#                 got: %s\n' "$3" "$2"
	fi
}

skip() {	# skip REASON
	tap_n=$((tap_n + 1))
	echo "ok $tap_n # skip $1"
}

skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

done_testing() {
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
	exit $?
}

# mkst FILE HEADER-JSON DATA-BYTES: a safetensors file of zero data
mkst() {
	n=$(printf %s "$2" | wc -c)
	i=0
	while [ $i -lt 8 ]; do
		printf "\\$(printf %03o $(( (n >> (8 * i)) & 255 )))"
		i=$((i + 1))
	done >"$1"
	printf %s "$2" >>"$1"
	head -c "$3" /dev/zero >>"$1"
}
