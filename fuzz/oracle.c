/* libFuzzer target for the oracle reader: `make fuzz FUZZ=oracle`.
 * The input is split at its first NUL into an oracle and a run (without
 * a NUL, the input is both); each is read as oracle-compare reads it,
 * and two that load are compared. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "compare/oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
load(struct oracle *o, const char *path, const uint8_t *p, size_t n)
{
	FILE *fp = fopen(path, "wb");

	if (!fp)
		return -1;
	fwrite(p, 1, n, fp);
	fclose(fp);
	int r = oracle_load(o, path);
	unlink(path);
	return r;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t n1 = nul ? (size_t)(nul - data) : size;
	const uint8_t *b = nul ? nul + 1 : data;
	size_t n2 = nul ? size - n1 - 1 : size;
	char pa[64], pb[64];
	struct oracle want, got;

	snprintf(pa, sizeof(pa), "/tmp/fuzz-oracle-%d-a.json", (int)getpid());
	snprintf(pb, sizeof(pb), "/tmp/fuzz-oracle-%d-b.json", (int)getpid());
	int ra = load(&want, pa, data, n1), rb = load(&got, pb, b, n2);
	if (ra == 0 && rb == 0) {
		struct oracle_result r = oracle_compare(&want, &got);
		(void)r;
	}
	if (ra == 0)
		oracle_free(&want);
	if (rb == 0)
		oracle_free(&got);
	return 0;
}
