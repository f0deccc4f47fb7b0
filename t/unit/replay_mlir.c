/* fuzz/mlir.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/mlir.c"
#include "replay.h"
