/* TAP for the C unit tests: ok(), is_int(), is_str(), then done().
 * Header-only so every unit test is one self-contained program. */
#ifndef TAP_H
#define TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

static int __attribute__((unused))
ok(int cond, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d - ", cond ? "" : "not ", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		tap_failed++;
	fflush(stdout);
	return cond;
}

#define is_int(got, want, ...) do { \
	long long g_ = (long long)(got), w_ = (long long)(want); \
	if (!ok(g_ == w_, __VA_ARGS__)) \
		printf("#   expected: %lld\n#        got: %lld\n", w_, g_); \
} while (0)

#define is_str(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	if (!ok(g_ && w_ && !strcmp(g_, w_), __VA_ARGS__)) \
		printf("#   expected: '%s'\n#        got: '%s'\n", w_ ? w_ : "(null)", g_ ? g_ : "(null)"); \
} while (0)

static void __attribute__((unused))
skip(const char *why)
{
	printf("ok %d # skip %s\n", ++tap_n, why);
}

static int __attribute__((unused))
done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed != 0;
}

#endif
