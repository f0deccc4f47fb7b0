/* fuzz/stindex.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/stindex.c"
#include "replay.h"
