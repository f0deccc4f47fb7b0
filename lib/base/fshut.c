#include <stdio.h>
#include <string.h>
#include <errno.h>

#include "base/util.h"

int
fshut(FILE *fp, const char *fname)
{
	int ret = 0;

	/* fflush() before checking ferror(): a pending write may fail only now */
	if (fflush(fp) != 0 || ferror(fp)) {
		weprintf("write error on '%s': %s", fname, strerror(errno));
		ret = -1;
	}
	if (fclose(fp) != 0 && ret == 0) {
		weprintf("cannot close '%s': %s", fname, strerror(errno));
		ret = -1;
	}
	return ret;
}
