/* libFuzzer target for the .npy/.npz reader: `make fuzz FUZZ=npz
 * SEEDS=t/data/npz`.  Each input is written to a file and read as an
 * archive, as a member of one, and as a plain .npy. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "data/npy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64], member[80];
	struct npy a;
	FILE *fp;

	snprintf(path, sizeof(path), "/tmp/fuzz-npz-%d.npz", (int)getpid());
	snprintf(member, sizeof(member), "%s:a", path);
	if (!(fp = fopen(path, "wb")))
		return 0;
	fwrite(data, 1, size, fp);
	fclose(fp);
	if (npy_load(&a, path) == 0)
		npy_free(&a);
	if (npy_load(&a, member) == 0)
		npy_free(&a);
	unlink(path);
	return 0;
}
