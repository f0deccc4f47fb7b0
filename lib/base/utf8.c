#include "base/utf8.h"

size_t
utf8_encode(char *b, uint32_t cp)
{
	if (cp < 0x80) {
		b[0] = (char)cp;
		return 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (char)(0xF0 | (cp >> 18));
	b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	b[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
utf8_char_len(const unsigned char *p, const unsigned char *end)
{
	unsigned c = p[0], cp;
	size_t n, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, cp = c & 0x07;
	else
		return 0;
	if ((size_t)(end - p) < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

size_t
utf8_bad_len(const unsigned char *p, const unsigned char *end)
{
	unsigned c = p[0], lo = 0x80, hi = 0xBF;
	size_t n, i;

	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
	else
		return 1;
	/* the second byte has a narrower range after E0, ED, F0 and F4 */
	for (i = 1; i < n && p + i < end; i++) {
		if (p[i] < (i == 1 ? lo : 0x80) || p[i] > (i == 1 ? hi : 0xBF))
			break;
	}
	return i < n ? i : n;
}

int
utf8_valid(const unsigned char *p, size_t n)
{
	const unsigned char *end = p + n;

	while (p < end) {
		size_t k = utf8_char_len(p, end);
		if (!k)
			return 0;
		p += k;
	}
	return 1;
}

static size_t
lead_len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

uint32_t
utf8_decode(const unsigned char *p, size_t n, size_t *k)
{
	size_t l = lead_len(p[0]);
	uint32_t cp;

	if (l > n)
		l = n;
	*k = l;
	if (l == 1)
		return p[0];
	cp = p[0] & (0x7F >> l);
	for (size_t i = 1; i < l; i++)
		cp = cp << 6 | (p[i] & 0x3F);
	return cp;
}

size_t
utf8_complete(const unsigned char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t l = (p[i] & 0xC0) == 0x80 ? 1 : lead_len(p[i]);
		if (i + l > n)
			break;
		i += l;
	}
	return i;
}
