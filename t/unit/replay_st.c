/* fuzz/st.c replayed on kept inputs: see replay.h. */
#include "../../fuzz/st.c"
#include "replay.h"
