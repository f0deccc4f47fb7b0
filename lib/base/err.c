#include <stdarg.h>
#include <stdio.h>

#include "base/err.h"

static _Thread_local char reason[1024];

int
err_set(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	return -1;
}

const char *
err_reason(void)
{
	return reason;
}
