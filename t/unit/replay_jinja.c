/* fuzz/jinja.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/jinja.c"
#include "replay.h"
