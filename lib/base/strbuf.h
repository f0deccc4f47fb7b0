/* A growable string: the emitter builds each module in one. */
#ifndef STRBUF_H
#define STRBUF_H

#include <stddef.h>

struct strbuf {
	char *s;	/* NUL-terminated text, or NULL when empty */
	size_t len, cap;
};

/* Appends printf-formatted text; dies on out-of-memory. */
void sb_printf(struct strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Appends n bytes of s. */
void sb_putn(struct strbuf *b, const char *s, size_t n);

/* Appends the string s. */
void sb_puts(struct strbuf *b, const char *s);

/* Frees the text; the buffer may be reused after. */
void sb_free(struct strbuf *b);

#endif
