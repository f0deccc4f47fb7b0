/* fuzz/oracle.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/oracle.c"
#include "replay.h"
