/* The reason the last library call failed (stb's stbi_failure_reason).
 * Library functions return -1 or NULL and leave a message here; the tool
 * prints it. */
#ifndef ERR_H
#define ERR_H

/* Records the reason for a failure, printf-style.  Always returns -1 so
 * a caller can write `return err_set(...)`. */
int err_set(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Returns the last recorded reason ("" when none). */
const char *err_reason(void);

#endif
