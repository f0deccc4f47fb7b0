#!/bin/sh
# The StableHLO text builder; float spellings checked against the ones
# stablehlo-opt wrote into the conformance corpus (testdata/ only:
# interpret/ is written by hand).
. "$(dirname "$0")/lib.sh"
c="$SHARED/conformance/stablehlo"
if [ -d "$c" ]; then
	grep -rhoE 'dense<[^>"[(]+> : tensor<(f32|f64|f16|bf16)>' "$c/testdata" |
	    sed -E 's/dense<([^>]*)> : tensor<(.*)>/\2 \1/' | sort -u >"$TMP/floats"
else
	: >"$TMP/floats"
fi
exec "$BUILD/t/unit/hlo" <"$TMP/floats"
