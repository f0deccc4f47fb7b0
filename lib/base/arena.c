#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/util.h"

enum { ARENA_BLOCK = 1 << 16 };

struct arena_block {
	struct arena_block *next;
	size_t size;
	alignas(max_align_t) unsigned char data[];
};

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b;
	size_t size;
	void *p;

	n = (n + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1);
	if (!a->head || a->head->size - a->used < n) {
		size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
		if (size > SIZE_MAX - sizeof(*b))
			size = SIZE_MAX - sizeof(*b);	/* emalloc fails */
		b = emalloc(sizeof(*b) + size);
		b->size = size;
		if (a->head && n > ARENA_BLOCK) {
			/* a big one-off: keep the current block for small ones */
			b->next = a->head->next;
			a->head->next = b;
			a->total += size;
			return memset(b->data, 0, n);
		}
		b->next = a->head;
		a->head = b;
		a->used = 0;
		a->total += size;
	}
	p = a->head->data + a->used;
	a->used += n;
	return memset(p, 0, n);
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->head; b; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
	a->used = a->total = 0;
}
