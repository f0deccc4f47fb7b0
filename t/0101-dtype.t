#!/bin/sh
# Element types and f16/bf16 conversions.
. "$(dirname "$0")/lib.sh"
exec "$BUILD/t/unit/dtype"
