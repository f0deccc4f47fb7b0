/* fuzz/json.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/json.c"
#include "replay.h"
