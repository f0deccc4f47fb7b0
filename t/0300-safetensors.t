#!/bin/sh
# The safetensors reader and writer and MLX unpacking (unit), with crafted
# bad files, sharding and the tied embedding of story-lmrs.
. "$(dirname "$0")/lib.sh"
exec "$BUILD/t/unit/st" unit "$TMP" "$SHARED"
