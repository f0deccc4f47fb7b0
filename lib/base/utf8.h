/* UTF-8: encoding code points, checking and splitting byte strings. */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Writes code point cp (at most 0x10FFFF) as 1 to 4 bytes at b; returns
 * how many. */
size_t utf8_encode(char *b, uint32_t cp);

/* Length of the one valid UTF-8 character at p (before end): 1 to 4, or
 * 0 when the bytes are not one (overlong, surrogate, past U+10FFFF,
 * truncated). */
size_t utf8_char_len(const unsigned char *p, const unsigned char *end);

/* Length of the maximal subpart of the ill-formed sequence at p (where
 * utf8_char_len is 0): the bytes that begin a character but do not end
 * one, at least 1.  A decoder replaces each such subpart by one U+FFFD
 * (Unicode's recommended practice, Rust's from_utf8_lossy). */
size_t utf8_bad_len(const unsigned char *p, const unsigned char *end);

/* Whether all n bytes at p are valid UTF-8. */
int utf8_valid(const unsigned char *p, size_t n);

/* Reads the code point at p (n bytes left) leniently, for text already
 * known valid; stores its length in *k. */
uint32_t utf8_decode(const unsigned char *p, size_t n, size_t *k);

/* Length of the longest prefix of p that ends on a character boundary,
 * so a stream never splits a character. */
size_t utf8_complete(const unsigned char *p, size_t n);

#endif
