/* An arena: many small allocations freed at once (ggml_init).  Used for
 * parse trees and graph metadata. */
#ifndef ARENA_H
#define ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t used;	/* bytes handed out from head */
	size_t total;	/* bytes held in all blocks */
};

/* Returns n bytes aligned for any type, zeroed; dies on out-of-memory. */
void *arena_alloc(struct arena *a, size_t n);

/* Returns a NUL-terminated copy of the n bytes at s. */
char *arena_strndup(struct arena *a, const char *s, size_t n);

/* Frees every block of the arena; the arena may be reused after. */
void arena_free(struct arena *a);

#endif
