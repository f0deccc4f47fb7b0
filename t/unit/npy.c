/* .npy files: a save/load round trip, the oracles' logits, bad files;
 * .npz archives (t/data/npz, tools/npz_fixtures.py, and archives written
 * here with zlib) and broken ones.
 *   npy TMPDIR [SHARED [NPZDIR]]
 *   npy pack stored|deflated OUT.npz NAME=FILE ...
 * The second form writes an archive of the files, as numpy's savez or
 * savez_compressed would hold them, for the shell tests. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "base/err.h"
#include "base/file.h"
#include "data/npy.h"
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

/* A zip writer, just enough for tests: one method for every member, the
 * general-purpose flags given (bit 3: sizes and CRC in a data descriptor
 * after the data, zero in the local header, as a streaming writer does),
 * cut bytes dropped from the end of each member's data (its compressed
 * size says so, its size and CRC are the whole member's), and an archive
 * comment. */
struct zmember {
	const char *name;
	const unsigned char *data;
	size_t n;
};

struct zopts {
	int method;		/* 0 stored, 8 deflated */
	unsigned flags;
	size_t cut;
	const char *comment;
};

static void
put16(FILE *fp, unsigned v)
{
	fputc((int)(v & 0xFF), fp);
	fputc((int)(v >> 8 & 0xFF), fp);
}

static void
put32(FILE *fp, uint32_t v)
{
	put16(fp, v & 0xFFFF);
	put16(fp, v >> 16);
}

/* The deflated form of d (n bytes), raw as zip holds it; *out_n its size. */
static unsigned char *
deflate_raw(const unsigned char *d, size_t n, size_t *out_n)
{
	z_stream z = { 0 };

	deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
	size_t cap = deflateBound(&z, (uLong)n);
	unsigned char *out = malloc(cap);
	z.next_in = (Bytef *)d;
	z.avail_in = (uInt)n;
	z.next_out = out;
	z.avail_out = (uInt)cap;
	deflate(&z, Z_FINISH);
	*out_n = z.total_out;
	deflateEnd(&z);
	return out;
}

/* The common part of a local (30 bytes) and a central (46) header, from
 * the version needed on. */
static void
put_common(FILE *fp, const struct zopts *o, const struct zmember *m, uint32_t crc, size_t csize,
    int local)
{
	int dd = local && (o->flags & 8);

	put16(fp, 20);
	put16(fp, o->flags);
	put16(fp, (unsigned)o->method);
	put16(fp, 0);		/* time */
	put16(fp, 0x21);	/* date: 1980-01-01 */
	put32(fp, dd ? 0 : crc);
	put32(fp, dd ? 0 : (uint32_t)csize);
	put32(fp, dd ? 0 : (uint32_t)m->n);
	put16(fp, (unsigned)strlen(m->name));
	put16(fp, 0);		/* extra */
}

static void
zip_write(const char *path, const struct zmember *m, int nm, const struct zopts *o)
{
	FILE *fp = fopen(path, "wb");
	uint32_t crc[16], off[16];
	size_t csize[16];

	for (int i = 0; i < nm; i++) {
		size_t n = m[i].n;
		unsigned char *c = o->method == 8 ? deflate_raw(m[i].data, m[i].n, &n) : NULL;
		crc[i] = (uint32_t)crc32(crc32(0, Z_NULL, 0), m[i].data, (uInt)m[i].n);
		n -= o->cut;
		csize[i] = n;
		off[i] = (uint32_t)ftell(fp);
		put32(fp, 0x04034b50);
		put_common(fp, o, &m[i], crc[i], n, 1);
		fputs(m[i].name, fp);
		fwrite(c ? c : m[i].data, 1, n, fp);
		if (o->flags & 8) {
			put32(fp, 0x08074b50);
			put32(fp, crc[i]);
			put32(fp, (uint32_t)n);
			put32(fp, (uint32_t)m[i].n);
		}
		free(c);
	}
	uint32_t cd = (uint32_t)ftell(fp);
	for (int i = 0; i < nm; i++) {
		put32(fp, 0x02014b50);
		put16(fp, 20);	/* made by */
		put_common(fp, o, &m[i], crc[i], csize[i], 0);
		put16(fp, 0);	/* comment */
		put16(fp, 0);	/* disk */
		put16(fp, 0);	/* internal attributes */
		put32(fp, 0);	/* external */
		put32(fp, off[i]);
		fputs(m[i].name, fp);
	}
	uint32_t end = (uint32_t)ftell(fp);
	const char *comment = o->comment ? o->comment : "";
	put32(fp, 0x06054b50);
	put16(fp, 0);
	put16(fp, 0);
	put16(fp, (unsigned)nm);
	put16(fp, (unsigned)nm);
	put32(fp, end - cd);
	put32(fp, cd);
	put16(fp, (unsigned)strlen(comment));
	fputs(comment, fp);
	fclose(fp);
}

/* npy pack stored|deflated OUT NAME=FILE ...: the archive of the files. */
static int
pack(int argc, char **argv)
{
	struct zmember m[16];
	struct zopts o = { .method = !strcmp(argv[2], "deflated") ? 8 : 0 };
	int n = 0;

	for (int i = 4; i < argc && n < 16; i++, n++) {
		char *eq = strchr(argv[i], '=');
		if (!eq) {
			fprintf(stderr, "npy pack: expected NAME=FILE, got '%s'\n", argv[i]);
			return 1;
		}
		*eq = 0;
		m[n].name = argv[i];
		if (!(m[n].data = (unsigned char *)file_read(eq + 1, &m[n].n))) {
			fprintf(stderr, "npy pack: %s\n", err_reason());
			return 1;
		}
	}
	zip_write(argv[3], m, n, &o);
	for (int i = 0; i < n; i++)
		free((void *)m[i].data);
	return 0;
}

/* Archives written here: a larger array (several deflate blocks) stored,
 * deflated, with data descriptors and with a comment; then broken ones. */
static void
npz_written(const char *tmp)
{
	enum { R = 3, V = 5000 };
	char p[4096 + 64], q[4096];
	float *v = malloc(R * V * sizeof(float));
	struct npy a;
	size_t n;

	for (int i = 0; i < R * V; i++)
		v[i] = (float)((i * 7919) % 1000) / 64.0f - 7.0f;
	snprintf(p, sizeof(p), "%s/big.npy", tmp);
	npy_save(p, v, 2, (int64_t[]){ R, V });
	unsigned char *npy = (unsigned char *)file_read(p, &n);
	const struct zmember one[] = { { "logits.npy", npy, n } };
	const struct zmember three[] = { { "steps.npy", npy, n }, { "logits.npy", npy, n },
		{ "readme.txt", (const unsigned char *)"not an array\n", 13 } };
	struct {
		const char *what;
		struct zopts o;
	} good[] = {
		{ "stored", { 0, 0, 0, NULL } },
		{ "deflated", { 8, 0, 0, NULL } },
		{ "stored, data descriptors", { 0, 8, 0, NULL } },
		{ "deflated, data descriptors", { 8, 8, 0, NULL } },
		{ "deflated, an archive comment", { 8, 0, 0, "written by the unit test" } },
	};
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		snprintf(q, sizeof(q), "%s/w%zu.npz", tmp, i);
		zip_write(q, one, 1, &good[i].o);
		int r = npy_load(&a, q);
		ok(r == 0 && a.rank == 2 && a.shape[0] == R && a.shape[1] == V &&
		    !memcmp(a.data, v, R * V * sizeof(float)), "written %s: (%d, %d) read back", good[i].what,
		    R, V);
		if (r < 0)
			printf("# %s\n", err_reason());
		npy_free(&a);
	}
	snprintf(q, sizeof(q), "%s/three.npz", tmp);
	zip_write(q, three, 3, &good[1].o);
	ok(npy_load(&a, q) == 0 && a.shape[1] == V, "three members: logits.npy without a name");
	npy_free(&a);
	snprintf(p, sizeof(p), "%s:readme.txt", q);
	ok(npy_load(&a, p) < 0 && strstr(err_reason(), "three.npz:readme.txt: not a .npy file"),
	    "a member that is not a .npy: %s", err_reason());

	struct zopts enc = { 0, 1, 0, NULL }, cut = { 8, 0, 100, NULL };
	snprintf(q, sizeof(q), "%s/enc.npz", tmp);
	zip_write(q, one, 1, &enc);
	ok(npy_load(&a, q) < 0 && strstr(err_reason(), "'logits.npy': encrypted") && strstr(err_reason(), q),
	    "an encrypted member: %s", err_reason());
	snprintf(q, sizeof(q), "%s/empty.npz", tmp);
	zip_write(q, one, 0, &good[0].o);
	ok(npy_load(&a, q) < 0 && strstr(err_reason(), "empty.npz: an empty zip archive"),
	    "no members: %s", err_reason());
	/* the deflated data ends early: inflate runs out of input */
	snprintf(q, sizeof(q), "%s/cut.npz", tmp);
	zip_write(q, one, 1, &cut);
	ok(npy_load(&a, q) < 0 && strstr(err_reason(), "cut.npz: member 'logits.npy': the deflated data is broken (truncated"),
	    "a deflated member cut short: %s", err_reason());
	struct zopts scut = { 0, 0, 100, NULL };
	zip_write(q, one, 1, &scut);
	ok(npy_load(&a, q) < 0 && strstr(err_reason(), "cut.npz: member 'logits.npy':") &&
	    strstr(err_reason(), "cannot hold"), "a stored member cut short: %s", err_reason());
	/* zip64: the end record's counts at 0xFFFF point to a zip64 record */
	snprintf(p, sizeof(p), "%s/w0.npz", tmp);
	snprintf(q, sizeof(q), "%s/z64.npz", tmp);
	unsigned char *b = (unsigned char *)file_read(p, &n);
	memset(b + n - 22 + 8, 0xFF, 4);
	spit(q, b, n);
	free(b);
	ok(npy_load(&a, q) < 0 && strstr(err_reason(), "a zip64 archive"), "zip64: %s", err_reason());
	free(npy);
	free(v);
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

	if (argc > 4 && !strcmp(argv[1], "pack"))
		return pack(argc, argv);
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
	/* the header dict as numpy reads it (ast.literal_eval, then exactly
	 * three keys): a repeated key keeps its last value, anything else
	 * is refused with its reason */
	struct {
		const char *dict, *why;
	} hd[] = {
		{ "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), 'descr': '<f4'}", NULL },
		{ "{\"descr\": \"<f4\", \"fortran_order\": False, \"shape\": (2,)}   \n", NULL },
		{ "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'x': \"'descr': '<i4'\"}",
		    "the header has a key 'x'" },
		{ "{'fortran_order': False, 'shape': (2,), 'x': \"'descr': '<f4',\"}", "the header has a key 'x'" },
		{ "{'descr': '<f4', 'shape': (2,)}", "the header lacks fortran_order" },
		{ "{'descr': '<f4', 'fortran_order': False}", "the header lacks shape" },
		{ "{'descr': '<f4', 'fortran_order': True, 'shape': (2,)}", "only C-order arrays" },
		{ "{'descr': '<f4', 'fortran_order': 0, 'shape': (2,)}", "fortran_order: not True or False" },
		{ "{'descr': '<f4', 'fortran_order': False, 'shape': (2 1)}", "shape: expected ',' or ')'" },
		{ "{'descr': '<f4', 'fortran_order': False, 'shape': (-2,)}", "shape: not a tuple of sizes" },
		{ "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,)}", "a dimension too large" },
		{ "{'descr': '<f4', 'fortran_order': False, 'shape': (4294967296, 4294967296, 4294967296)}",
		    "the dimensions' product overflows" },
		{ "{'descr': '<f4', 'fortran_order': False, 'shape': (2,)} x", "bytes after the header dict" },
		{ "{'descr': '<f4' 'fortran_order': False, 'shape': (2,)}", "the header dict is malformed" },
		{ "{'descr': '>f4', 'fortran_order': False, 'shape': (2,)}", "only little-endian float arrays" },
		{ "{'descr': '<f4x', 'fortran_order': False, 'shape': (2,)}", "only little-endian float arrays" },
		{ "{'descr': '<f4', 'fortran_order': False, 'shape': (1,1,1,1,1,1,1,1,1)}", "rank above 8" },
	};
	for (size_t k = 0; k < sizeof(hd) / sizeof(hd[0]); k++) {
		write_npy(path, hd[k].dict, strlen(hd[k].dict), "\0\0\0\0\0\0\0\0", 8);
		int r = npy_load(&a, path);
		if (!hd[k].why) {
			ok(r == 0 && a.rank == 1 && a.shape[0] == 2, "header %zu (%.30s...): read", k, hd[k].dict);
			if (r < 0)
				printf("# %s\n", err_reason());
			npy_free(&a);
		} else if (!ok(r < 0 && strstr(err_reason(), hd[k].why) && strstr(err_reason(), "bad.npy"),
		    "header refused: %s", hd[k].why)) {
			printf("#   got: %s\n", r < 0 ? err_reason() : "(read)");
		}
	}
	{
		/* a NUL inside the header is a byte of it, not its end */
		static const char d2[] = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,)}\0 garbage";
		FILE *f = fopen(path, "wb");
		unsigned char h[10] = { 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, sizeof(d2) - 1, 0 };
		fwrite(h, 1, 10, f);
		fwrite(d2, 1, sizeof(d2) - 1, f);
		fwrite("\0\0\0\0\0\0\0\0", 1, 8, f);
		fclose(f);
		ok(npy_load(&a, path) < 0 && strstr(err_reason(), "bytes after the header dict"),
		    "a NUL in the header does not end it");
	}
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

	npz_written(dir);
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
