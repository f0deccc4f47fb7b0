/* .npy files: a save/load round trip, the oracles' logits, bad files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "npy.h"
#include "tap.h"

/* Writes a version-1 .npy with this header dict and n data bytes. */
static void
write_npy(const char *path, const char *dict, size_t hlen, const char *data, size_t n)
{
	FILE *fp = fopen(path, "wb");
	unsigned char h[10] = { 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 };

	h[8] = (unsigned char)(hlen & 0xFF);
	h[9] = (unsigned char)(hlen >> 8);
	fwrite(h, 1, 10, fp);
	fwrite(dict, 1, strlen(dict), fp);
	fwrite(data, 1, n, fp);
	fclose(fp);
}

int
main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp";
	const char *shared = argc > 2 ? argv[2] : NULL;
	char path[4096];
	float v[6] = { 1.5f, -2.0f, 0.0f, 3.25f, 1e-8f, -7.0f };
	struct npy a;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/a.npy", dir);
	ok(npy_save(path, v, 2, (int64_t[]){ 2, 3 }) == 0, "save a (2, 3) array");
	ok(npy_load(&a, path) == 0, "load it back");
	ok(a.rank == 2 && a.shape[0] == 2 && a.shape[1] == 3 && a.numel == 6, "shape (2, 3)");
	ok(a.data && !memcmp(a.data, v, sizeof(v)), "values round-trip");
	npy_free(&a);
	ok(npy_save(path, v, 1, (int64_t[]){ 6 }) == 0 && npy_load(&a, path) == 0 &&
	    a.rank == 1 && a.shape[0] == 6, "a rank-1 array ('(6,)')");
	npy_free(&a);

	snprintf(path, sizeof(path), "%s/bad.npy", dir);
	const char *d = "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }";
	write_npy(path, d, strlen(d), "\0\0\0\0\0\0\0\0", 8);
	ok(npy_load(&a, path) < 0 && strstr(err_reason(), "only little-endian float arrays"),
	    "an int array is refused with its reason");
	write_npy(path, "{", 0x7fff, "", 0);
	ok(npy_load(&a, path) < 0 && strstr(err_reason(), "runs past the end"), "a header past the end");
	fp = fopen(path, "wb");
	fputs("PK\x03\x04", fp);
	fclose(fp);
	ok(npy_load(&a, path) < 0 && strstr(err_reason(), "not a .npy file"), "not a .npy file");
	snprintf(path, sizeof(path), "%s/short.npy", dir);
	struct stat st;
	ok(npy_save(path, v, 2, (int64_t[]){ 2, 3 }) == 0 && stat(path, &st) == 0 &&
	    truncate(path, st.st_size - 8) == 0 &&
	    npy_load(&a, path) < 0 && strstr(err_reason(), "16 bytes of data for 6 elements"),
	    "truncated data");

	if (shared) {
		snprintf(path, sizeof(path), "%s/oracles/story-lmrs/medium-park.logits.npy", shared);
		if (npy_load(&a, path) == 0) {
			ok(a.rank == 2 && a.shape[0] == 4 && a.shape[1] == 2048, "oracle logits are (4, 2048)");
			npy_free(&a);
		} else {
			skip("no oracle logits in ../shared");
		}
	}
	return done();
}
