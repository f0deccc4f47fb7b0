#!/bin/sh
# `make goldens`: rewrites the committed goldens from the current emitter,
# on purpose.  No test ever runs this; review the diff before committing.
set -eu
bin=${1:-build/bin}
cd "$(dirname "$0")/.."
for m in $("$bin/emit" -l | cut -f1); do
	"$bin/emit" "$m" | "$bin/diffmlir" -w goldens/
done
