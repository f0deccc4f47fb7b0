#include <string.h>

#include "data/mlx.h"

int
mlx_bits_ok(int bits)
{
	return bits == 2 || bits == 3 || bits == 4 || bits == 5 || bits == 6 || bits == 8;
}

static uint32_t
word(const unsigned char *p, size_t i)
{
	uint32_t w;

	memcpy(&w, p + 4 * i, 4);
	return w;	/* the host is little-endian, as the files are */
}

void
mlx_unpack(const void *words, size_t n, int bits, uint32_t *q)
{
	const unsigned char *p = words;
	uint32_t mask = (1u << bits) - 1;

	for (size_t i = 0; i < n; i++) {
		size_t bit = i * (size_t)bits, w = bit / 32;
		unsigned s = (unsigned)(bit % 32);
		uint32_t v = word(p, w) >> s;
		if (s + (unsigned)bits > 32)
			v |= word(p, w + 1) << (32 - s);
		q[i] = v & mask;
	}
}

/* Widths that divide 32: whole words, no value crosses a boundary. */
static void
dequant_aligned(const unsigned char *p, size_t n, int bits, int group,
    const float *scales, const float *biases, float *out)
{
	unsigned per = 32 / (unsigned)bits;
	uint32_t mask = (1u << bits) - 1;

	for (size_t i = 0; i < n; i += (size_t)group) {
		float s = scales[i / (size_t)group], b = biases[i / (size_t)group];
		for (size_t j = i; j < i + (size_t)group; j += per) {
			uint32_t w = word(p, j / per);
			for (unsigned k = 0; k < per; k++) {
				float t = (float)((w >> (k * (unsigned)bits)) & mask) * s;
				out[j + k] = t + b;
			}
		}
	}
}

void
mlx_dequant_row(const void *words, size_t n, int bits, int group,
    const float *scales, const float *biases, float *out)
{
	uint32_t q[256];

	if (32 % bits == 0 && group % (32 / bits) == 0 && n % (size_t)group == 0) {
		dequant_aligned(words, n, bits, group, scales, biases, out);
		return;
	}

	for (size_t i = 0; i < n; i += 256) {
		size_t k = n - i < 256 ? n - i : 256;
		/* 256 is a multiple of 8 values, so chunks start on a word
		 * boundary for every width: 256 * bits / 32 words */
		mlx_unpack((const unsigned char *)words + i / 8 * (size_t)bits, k, bits, q);
		for (size_t j = 0; j < k; j++) {
			size_t g = (i + j) / (size_t)group;
			float t = (float)q[j] * scales[g];
			out[i + j] = t + biases[g];
		}
	}
}
