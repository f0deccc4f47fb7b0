#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static void
oom(size_t n)
{
	fprintf(stderr, "%s: out of memory allocating %zu bytes\n", argv0, n);
	abort();
}

void *
emalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		oom(n);
	return p;
}

/* n bytes on a 64-byte boundary (a cache line), freed with free(): the
 * buffers the CPU kernels load a 64-byte vector at a time.  Where
 * malloc's 16-byte boundary put x three times in four across two lines,
 * every vector of it cost two loads: a 1B model's 4-bit decode ran at
 * 27 or 34 tokens/s depending on where earlier blocks left the heap. */
void *
emalloc64(size_t n)
{
	void *p;

	if (posix_memalign(&p, 64, n ? n : 1))
		oom(n);
	return p;
}

void *
ecalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		oom(n * size);
	return p;
}

void *
erealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *
ereallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		oom(SIZE_MAX);
	return erealloc(p, n * size);
}

char *
estrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(emalloc(n), s, n);
}
