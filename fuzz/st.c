/* libFuzzer target for the safetensors reader: `make fuzz FUZZ=st`.
 * Each input is written to a file, opened, and every tensor read. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "data/st.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	struct st_model m;
	FILE *fp;

	snprintf(path, sizeof(path), "/tmp/fuzz-st-%d.safetensors", (int)getpid());
	if (!(fp = fopen(path, "wb")))
		return 0;
	fwrite(data, 1, size, fp);
	fclose(fp);
	if (st_open(&m, path) == 0) {
		volatile unsigned char sum = 0;
		for (size_t i = 0; i < m.n; i++)
			for (size_t k = 0; k < m.tensors[i].nbytes; k++)
				sum ^= ((const unsigned char *)m.tensors[i].data)[k];
		st_close(&m);
	}
	unlink(path);
	return 0;
}
