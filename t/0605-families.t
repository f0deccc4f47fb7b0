#!/bin/sh
# Every family of the table, in every graph kind, dense and MLX 4-bit:
# the plan against the reference interpreter on random arguments (the
# shapes no shared model has: packed experts inside case branches, fused
# qkv and gate_up of packed rows...).  Tolerance: t/unit/near.h.
. "$(dirname "$0")/lib.sh"
exec "$BUILD/t/unit/families"
