#!/bin/sh
# Every greedy oracle case of ../shared/oracles through `run -b BACKEND`,
# token-exact through oracle-compare, as TAP with a count at the end:
#   sh tools/oracles.sh [-b backend] [build-dir [shared-dir]]
# `make oracles` runs it on the CPU plan, `make oracles B=vulkan` on the
# Vulkan device (lavapipe took 17 minutes for all of them on a 2-core machine).
be=cpu
if [ "${1:-}" = -b ]; then
	be=$2
	shift 2
fi
build=${1:-build}
shared=${2:-../shared}
J=$build/t/unit/jget
[ -d "$shared/oracles" ] || { echo "1..0 # SKIP no oracles in $shared"; exit 0; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/oracles.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0 bad=0
for d in "$shared"/oracles/*/; do
	model=$(basename "$d")
	[ -d "$shared/models/$model" ] || continue
	for c in "$d"*.json; do
		[ -e "$c" ] || continue
		n=$((n + 1))
		"$J" "$c" prompt_text >"$tmp/prompt"
		"$build/bin/run" -b "$be" --raw --ids -n "$("$J" "$c" n_new)" -m "$shared/models/$model" \
		    <"$tmp/prompt" >"$tmp/run.json" 2>"$tmp/err"
		out=$("$build/bin/oracle-compare" "$c" "$tmp/run.json" 2>&1)
		if echo "$out" | grep -Eq '^match ([0-9]+)/\1$'; then
			echo "ok $n - $be $model/$(basename "$c" .json): $out"
		else
			bad=$((bad + 1))
			echo "not ok $n - $be $model/$(basename "$c" .json): $out"
			sed 's/^/# /' "$tmp/err" | head -5
		fi
	done
done
echo "1..$n"
echo "# $((n - bad)) of $n cases token-exact on $be"
[ "$bad" -eq 0 ]
