/* fuzz/npz.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/npz.c"
#include "replay.h"
