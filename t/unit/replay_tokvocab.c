/* fuzz/tokvocab.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/tokvocab.c"
#include "replay.h"
