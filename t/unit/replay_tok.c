/* fuzz/tok.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/tok.c"
#include "replay.h"
