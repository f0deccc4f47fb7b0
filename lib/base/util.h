/* Helpers for the tools: messages, allocation that dies on out-of-memory,
 * checked close of output streams.  The library proper never prints or
 * exits; only these wrappers do (sbase libutil). */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdio.h>

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* The program name used as the prefix of every message. */
extern const char *argv0;

/* Prints "argv0: message" on stderr and exits with status 1. */
void eprintf(const char *fmt, ...);

/* Prints "argv0: message" on stderr and exits with the given status. */
void enprintf(int status, const char *fmt, ...);

/* Prints "argv0: message" on stderr. */
void weprintf(const char *fmt, ...);

/* Allocation wrappers: they abort the program when memory runs out. */
void *emalloc(size_t n);
void *emalloc64(size_t n);
void *ecalloc(size_t n, size_t size);
void *erealloc(void *p, size_t n);
/* erealloc of n * size bytes, dying on overflow too. */
void *ereallocarray(void *p, size_t n, size_t size);
char *estrdup(const char *s);

/* Parses s as a decimal integer in [lo, hi]; anything else is an error
 * naming `what` and the text (exits 1). */
int estrtonum(const char *s, const char *what, int lo, int hi);

/* Flushes and closes fp; returns -1 and prints a message naming fname
 * when the stream had a write error (a full disk is an error). */
int fshut(FILE *fp, const char *fname);

#endif
