#include <errno.h>
#include <stdlib.h>

#include "base/util.h"

int
estrtonum(const char *s, const char *what, int lo, int hi)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		eprintf("%s '%s' is not a number in %d..%d", what, s, lo, hi);
	return (int)v;
}
