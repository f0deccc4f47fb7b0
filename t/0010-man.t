#!/bin/sh
# Every tool has a man page, and every page is clean mdoc.
. "$(dirname "$0")/lib.sh"
command -v groff >/dev/null || skip_all "groff is not installed"
for c in "$ROOT"/cmd/*.c; do
	[ -e "$c" ] || continue
	t=$(basename "$c" .c)
	test -f "$ROOT/man/$t.1"
	ok $? "cmd/$t.c has man/$t.1"
done
for m in "$ROOT"/man/*.1; do
	[ -e "$m" ] || continue
	out=$(groff -mdoc -ww -z "$m" 2>&1)
	is "$(basename "$m") lints clean" "$out" ""
done
[ $tap_n -gt 0 ] || skip "no man pages yet"
done_testing
