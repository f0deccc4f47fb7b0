#!/bin/sh
# The CPU plan: its kernels against f64 sums, the packed GEMV's weights
# against the graph's own dequantization bit for bit, single ops in
# other spellings (gathers, dynamic_slice, scatters in place, dot_general
# forms of x W^T and W x) and whole emitted graphs (dense, MLX 4-bit,
# batched, a prefill big enough for sgemm) against the reference
# interpreter.  Tolerances: t/unit/plan.c, t/unit/near.h.
. "$(dirname "$0")/lib.sh"
exec "$BUILD/t/unit/plan"
