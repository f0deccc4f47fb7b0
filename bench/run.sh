#!/bin/sh
# `make bench`: runs every bench/*.bench script with the build dir as $1.
# Each prints its own table; timings are never tests.
set -u
build=${1:-build}
status=0
for b in "$(dirname "$0")"/*.bench; do
	[ -e "$b" ] || continue
	echo "== $(basename "$b" .bench)"
	sh "$b" "$build" || status=1
	echo
done
exit $status
