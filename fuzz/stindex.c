/* libFuzzer target for sharded safetensors checkpoints:
 * `make fuzz FUZZ=stindex`.  The input is split at "@@@@" into a
 * model.safetensors.index.json and up to four shards written as
 * s0.safetensors ... s3.safetensors in a fresh directory (shards hold
 * NUL bytes, so a NUL cannot be the separator), which is opened as a
 * model and every tensor read. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data/st.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char dir[64], path[128];
	const uint8_t *p = data, *end = data + size;
	struct st_model m;
	int part = 0;

	snprintf(dir, sizeof(dir), "/tmp/fuzz-stindex-%d", (int)getpid());
	mkdir(dir, 0755);
	/* part 0 the index, then the shards; a missing shard stays missing */
	while (p <= end && part < 5) {
		const uint8_t *e = p;
		FILE *fp;
		while (e + 4 <= end && memcmp(e, "@@@@", 4))
			e++;
		if (e + 4 > end)
			e = end;
		if (part == 0)
			snprintf(path, sizeof(path), "%s/model.safetensors.index.json", dir);
		else
			snprintf(path, sizeof(path), "%s/s%d.safetensors", dir, part - 1);
		if ((fp = fopen(path, "wb"))) {
			fwrite(p, 1, (size_t)(e - p), fp);
			fclose(fp);
		}
		part++;
		p = e + 4;
	}
	if (st_open(&m, dir) == 0) {
		volatile unsigned char sum = 0;
		for (size_t i = 0; i < m.n; i++)
			for (size_t k = 0; k < m.tensors[i].nbytes; k++)
				sum ^= ((const unsigned char *)m.tensors[i].data)[k];
		st_find(&m, "a");
		st_meta(&m, "format");
		st_close(&m);
	}
	for (int i = 0; i < part; i++) {
		if (i == 0)
			snprintf(path, sizeof(path), "%s/model.safetensors.index.json", dir);
		else
			snprintf(path, sizeof(path), "%s/s%d.safetensors", dir, i - 1);
		unlink(path);
	}
	rmdir(dir);
	return 0;
}
