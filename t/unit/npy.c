/* .npy files: a save/load round trip, the oracles' logits, bad files;
 * .npz archives (t/data/npz, tools/npz_fixtures.py) and broken ones.
 *   npy TMPDIR [SHARED [NPZDIR]] */
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

static unsigned char *
slurp(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *b = malloc(1 << 16);
	*n = fp ? fread(b, 1, 1 << 16, fp) : 0;
	if (fp)
		fclose(fp);
	return b;
}

static void
spit(const char *path, const unsigned char *b, size_t n)
{
	FILE *fp = fopen(path, "wb");
	fwrite(b, 1, n, fp);
	fclose(fp);
}

/* A copy of src at dst with byte `at` xor'ed with x (at < 0: from the
 * end), or cut to n bytes when cut is set. */
static void
mangle(const char *src, const char *dst, long at, unsigned char x, long cut)
{
	size_t n;
	unsigned char *b = slurp(src, &n);
	if (at < 0)
		at += (long)n;
	if (x)
		b[at] ^= x;
	spit(dst, b, cut ? (size_t)cut : n);
	free(b);
}

static void
npz(const char *ddir, const char *tmp)
{
	char p[4096], q[4096];
	struct npy ref, a;
	static const char *const same[] = { "stored.npz", "deflated.npz", "one-member.npz",
		"two-members.npz:steps", "two-members.npz:steps.npy", "stored.npz:logits" };

	snprintf(p, sizeof(p), "%s/small.npy", ddir);
	if (!ok(npy_load(&ref, p) == 0 && ref.numel == 12, "small.npy loads")) {
		printf("# %s\n", err_reason());
		return;
	}
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		snprintf(p, sizeof(p), "%s/%s", ddir, same[i]);
		int r = npy_load(&a, p);
		ok(r == 0 && a.rank == 2 && a.shape[0] == 2 && a.shape[1] == 6 &&
		    !memcmp(a.data, ref.data, 12 * sizeof(float)), "%s holds small.npy's array", same[i]);
		if (r < 0)
			printf("# %s\n", err_reason());
		npy_free(&a);
	}
	snprintf(p, sizeof(p), "%s/two-members.npz:a", ddir);
	ok(npy_load(&a, p) == 0 && a.rank == 1 && a.shape[0] == 3 && a.data[2] == 3.0f, "member 'a' by name");
	npy_free(&a);
	snprintf(p, sizeof(p), "%s/two-members.npz", ddir);
	ok(npy_load(&a, p) < 0 && strstr(err_reason(), "none is 'logits.npy'") &&
	    strstr(err_reason(), "a.npy, steps.npy"), "two members, none named: refused, members listed");
	snprintf(p, sizeof(p), "%s/two-members.npz:nope", ddir);
	ok(npy_load(&a, p) < 0 && strstr(err_reason(), "no member 'nope'"), "no such member: %s",
	    err_reason());
	snprintf(p, sizeof(p), "%s/small.npy:x", ddir);
	ok(npy_load(&a, p) < 0 && strstr(err_reason(), "not a .npz archive"), "a member of a .npy: refused");

	/* broken archives: each refused with its reason, never a crash */
	struct {
		const char *src;
		long at;
		unsigned char x;
		long cut;
		const char *why;
	} bad[] = {
		{ "deflated.npz", 120, 0x55, 0, "CRC mismatch|broken" },
		{ "stored.npz", 150, 0x01, 0, "CRC mismatch" },
		{ "stored.npz", 0, 0, 200, "no zip end-of-central-directory" },
		{ "stored.npz", 0, 0, 60, "no zip end-of-central-directory" },
		{ "stored.npz", -22, 0x01, 0, "no zip end-of-central-directory" },
		{ "stored.npz", -12, 0x80, 0, "member counts disagree" },
		{ "stored.npz", -10, 0x80, 0, "runs past its end record" },
		{ "stored.npz", -6, 0xFF, 0, "runs past its end record|broken" },
		{ "stored.npz", 8, 0x08, 0, "" },	/* the local header's method: unused */
		{ "deflated.npz", 0, 0x01, 0, "no local header" },
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(p, sizeof(p), "%s/%s", ddir, bad[i].src);
		snprintf(q, sizeof(q), "%s/bad%zu.npz", tmp, i);
		mangle(p, q, bad[i].at, bad[i].x, bad[i].cut);
		int r = npy_load(&a, q);
		if (!*bad[i].why) {
			ok(r == 0, "%s with byte %ld changed (unused): still read", bad[i].src, bad[i].at);
			npy_free(&a);
			continue;
		}
		char why[128], *alt;
		snprintf(why, sizeof(why), "%s", bad[i].why);
		alt = strchr(why, '|');
		if (alt)
			*alt++ = 0;
		ok(r < 0 && (strstr(err_reason(), why) || (alt && strstr(err_reason(), alt))) &&
		    strstr(err_reason(), q), "broken %s (%s): %s", bad[i].src, bad[i].why, err_reason());
	}
	/* the central directory's method: 12 (bzip2) is refused by name */
	size_t n;
	snprintf(p, sizeof(p), "%s/deflated.npz", ddir);
	unsigned char *b = slurp(p, &n);
	for (size_t k = 0; k + 4 < n; k++)
		if (b[k] == 0x50 && b[k + 1] == 0x4b && b[k + 2] == 1 && b[k + 3] == 2)
			b[k + 10] = 12;
	snprintf(q, sizeof(q), "%s/bzip.npz", tmp);
	spit(q, b, n);
	free(b);
	ok(npy_load(&a, q) < 0 && strstr(err_reason(), "compression method 12"), "bzip2: %s", err_reason());
	npy_free(&ref);
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
	ok(npy_load(&a, path) < 0 && strstr(err_reason(), "not a zip archive"),
	    "zip magic and nothing after: not a zip archive");
	fp = fopen(path, "wb");
	fputs("garbage!!!!", fp);
	fclose(fp);
	ok(npy_load(&a, path) < 0 && strstr(err_reason(), "not a .npy file"), "not a .npy file");
	snprintf(path, sizeof(path), "%s/short.npy", dir);
	struct stat st;
	ok(npy_save(path, v, 2, (int64_t[]){ 2, 3 }) == 0 && stat(path, &st) == 0 &&
	    truncate(path, st.st_size - 8) == 0 &&
	    npy_load(&a, path) < 0 && strstr(err_reason(), "16 bytes of data for 6 elements"),
	    "truncated data");

	if (argc > 3)
		npz(argv[3], dir);
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
