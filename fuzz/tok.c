/* libFuzzer target for the tokenizer: the input is split at its first
 * NUL into a tokenizer.json and a text to encode and decode:
 * `make fuzz FUZZ=tok`. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text/tok.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	char path[64];
	FILE *fp;
	struct tok *t;

	if (!nul)
		return 0;
	snprintf(path, sizeof(path), "/tmp/fuzz-tok-%d.json", (int)getpid());
	if (!(fp = fopen(path, "wb")))
		return 0;
	fwrite(data, 1, (size_t)(nul - data), fp);
	fclose(fp);
	if ((t = tok_load(path))) {
		int *ids;
		size_t n = size - (size_t)(nul - data) - 1, len;
		long k = tok_encode(t, (const char *)nul + 1, n, 1, &ids);
		if (k >= 0) {
			free(tok_decode(t, ids, (size_t)k, &len));
			free(ids);
		}
		tok_free(t);
	}
	unlink(path);
	return 0;
}
