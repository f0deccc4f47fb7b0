#!/bin/sh
# RoPE frequencies and the in-graph cos/sin against an f64 reference.
. "$(dirname "$0")/lib.sh"
exec "$BUILD/t/unit/rope"
