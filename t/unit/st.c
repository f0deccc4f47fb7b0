/* Safetensors reader and writer, and MLX dequantization.
 *   st unit TMPDIR [SHARED]  the unit tests (crafted files under TMPDIR)
 *   st same A B              TAP: checkpoints A and B hold the same
 *                            tensors, bit for bit */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "data/mlx.h"
#include "data/st.h"
#include "tap.h"
#include "base/util.h"

static char dir[4096];

/* Writes a file: the 8-byte length, the header text, then data. */
static const char *
craft(const char *name, const char *header, long long hlen, const void *data, size_t n)
{
	static char path[4200];
	FILE *fp;
	unsigned char len8[8];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fp = fopen(path, "wb");
	if (hlen < 0)
		hlen = (long long)strlen(header);
	for (int i = 0; i < 8; i++)
		len8[i] = (unsigned char)((unsigned long long)hlen >> (8 * i));
	fwrite(len8, 1, 8, fp);
	fwrite(header, 1, strlen(header), fp);
	fwrite(data, 1, n, fp);
	fclose(fp);
	return path;
}

static void
refuse(const char *title, const char *header, long long hlen, size_t n, const char *want)
{
	static char zeros[64];
	struct st_model m;
	const char *p = craft("bad.safetensors", header, hlen, zeros, n);
	int r = st_open(&m, p);

	if (!ok(r < 0 && strstr(err_reason(), want) && strstr(err_reason(), "bad.safetensors"), "%s", title))
		printf("#   expected: %s\n#        got: %s\n", want, r < 0 ? err_reason() : "(opened)");
	if (r == 0)
		st_close(&m);
}

/* The mapping of a weights file asks for huge pages (st_read.c's
 * open_file): its VmFlags in /proc/self/smaps name "hg". */
static void
map_advised(const void *map)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	char line[512];
	int in = 0, hg = -1;

	if (!f || access("/sys/kernel/mm/transparent_hugepage", F_OK) != 0) {
		skip("no /proc/self/smaps or no transparent huge pages in this kernel");
		if (f)
			fclose(f);
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		unsigned long a, b;
		if (sscanf(line, "%lx-%lx ", &a, &b) == 2)
			in = (uintptr_t)map >= a && (uintptr_t)map < b;
		else if (in && !strncmp(line, "VmFlags:", 8))
			hg = strstr(line, " hg") != NULL;
	}
	fclose(f);
	if (hg < 0)
		skip("the mapping has no VmFlags line in /proc/self/smaps");
	else
		ok(hg, "the file's mapping asks for huge pages (VmFlags hg)");
}

static int
same(const char *a, const char *b)
{
	struct st_model x, y;
	size_t bad = 0;

	if (!ok(st_open(&x, a) == 0, "open %s", a) || !ok(st_open(&y, b) == 0, "open %s", b)) {
		return done();
	}
	is_int(x.n, y.n, "same number of tensors");
	for (size_t i = 0; i < x.n; i++) {
		const struct st_tensor *s = &x.tensors[i], *t = st_find(&y, s->name);
		if (!t || t->dtype != s->dtype || t->rank != s->rank ||
		    memcmp(t->shape, s->shape, sizeof(s->shape[0]) * (size_t)s->rank) ||
		    t->nbytes != s->nbytes || memcmp(t->data, s->data, s->nbytes)) {
			if (bad++ < 5)
				printf("# tensor '%s' differs\n", s->name);
		}
	}
	ok(bad == 0 && x.n > 0, "every tensor equal bit for bit (%zu differ)", bad);
	st_close(&x);
	st_close(&y);
	return done();
}

static void
dq(const char *title, uint32_t *words, size_t n, int bits, int group, const float *s,
    const float *b, const float *want)
{
	float out[64];

	mlx_dequant_row(words, n, bits, group, s, b, out);
	ok(!memcmp(out, want, n * sizeof(float)), "%s", title);
}

int
main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "same"))
		return same(argv[2], argv[3]);
	if (argc < 3 || strcmp(argv[1], "unit"))
		return 2;
	snprintf(dir, sizeof(dir), "%s", argv[2]);

	/* the anchor project's hand examples */
	float s[2] = { 2, 0.5f }, b[2] = { 10, -1 };
	dq("4-bit 0x87654321, group 4", (uint32_t[]){ 0x87654321 }, 8, 4, 4, s, b,
	    (float[]){ 12, 14, 16, 18, 1.5f, 2, 2.5f, 3 });
	dq("8-bit 0x281E140A, group 2", (uint32_t[]){ 0x281E140A }, 4, 8, 2, s, b,
	    (float[]){ 30, 50, 14, 19 });
	/* every width: pack 0..31 (mod 2^bits) as a bit stream, unpack it */
	int widths[] = { 2, 3, 4, 5, 6, 8 };
	for (size_t k = 0; k < LEN(widths); k++) {
		int bits = widths[k];
		uint32_t words[16] = { 0 }, q[32];
		for (int i = 0; i < 32; i++) {
			uint64_t v = (uint64_t)(i * 7 + 3) & ((1u << bits) - 1);
			size_t bit = (size_t)i * bits;
			words[bit / 32] |= (uint32_t)(v << (bit % 32));
			if (bit % 32 + bits > 32)
				words[bit / 32 + 1] |= (uint32_t)(v >> (32 - bit % 32));
		}
		mlx_unpack(words, 32, bits, q);
		int bad = 0;
		for (int i = 0; i < 32; i++)
			bad += q[i] != ((uint32_t)(i * 7 + 3) & ((1u << bits) - 1));
		ok(bad == 0, "%d-bit values round-trip through the bit stream", bits);
		float sc[2] = { 0.25f, -3 }, bi[2] = { 1, 0.5f }, out[32];
		mlx_dequant_row(words, 32, bits, 16, sc, bi, out);
		ok(out[5] == (float)q[5] * 0.25f + 1 && out[20] == (float)q[20] * -3.0f + 0.5f,
		    "%d-bit groups take their own scale and bias", bits);
	}
	/* 3-bit: value 10 straddles words 0 and 1 (bits 30..32) */
	uint32_t w3[2] = { 0x80000000u | (1u << 30), 0x1 }, q3[11];
	mlx_unpack(w3, 11, 3, q3);
	is_int(q3[10], 7, "3-bit value across a word boundary");

	/* writer and reader round trip */
	char p[4200];
	snprintf(p, sizeof(p), "%s/rt.safetensors", dir);
	struct st_writer w;
	struct st_wtensor wt[3] = {
		{ "b.weight", DTYPE_F32, 2, { 2, 3 } },
		{ "a.bias", DTYPE_BF16, 1, { 3 } },
		{ "empty", DTYPE_I32, 1, { 0 } },
	};
	const char *meta[] = { "format", "pt", "tie\"d", "a\\b" };
	float f6[6] = { 1, 2, 3, 4, 5, 6 };
	uint16_t h3[3] = { 0x3F80, 0x4000, 0xC040 };
	ok(st_write_begin(&w, p, wt, 3, meta, 2) == 0 && st_write_data(&w, f6, 10) == 0 &&
	    st_write_data(&w, (char *)f6 + 10, 14) == 0 && st_write_data(&w, h3, 6) == 0 &&
	    st_write_end(&w) == 0, "write three tensors in pieces");
	struct st_model m;
	ok(st_open(&m, p) == 0, "read them back");
	const struct st_tensor *t = st_find(&m, "b.weight");
	ok(t && t->dtype == DTYPE_F32 && t->rank == 2 && t->shape[1] == 3 && !memcmp(t->data, f6, 24),
	    "f32 tensor intact");
	t = st_find(&m, "a.bias");
	ok(t && t->dtype == DTYPE_BF16 && !memcmp(t->data, h3, 6), "bf16 tensor intact");
	ok(st_find(&m, "empty") && st_find(&m, "empty")->nbytes == 0, "an empty tensor");
	is_str(st_meta(&m, "tie\"d"), "a\\b", "metadata with escapes");
	map_advised(m.files[0].map);
	FILE *fp = fopen(p, "rb");
	unsigned char l8[8];
	fread(l8, 1, 8, fp);
	fclose(fp);
	is_int(l8[0] % 8, 0, "header padded to 8 bytes");
	st_close(&m);
	ok(st_write_begin(&w, p, wt, 3, NULL, 0) == 0 && st_write_data(&w, f6, 24) == 0 &&
	    st_write_end(&w) < 0 && strstr(err_reason(), "tensor 2 of 3 got 0 of its 6 bytes"),
	    "a short write fails");
	ok(st_open(&m, p) == 0 && st_find(&m, "a.bias"), "and leaves the old file in place");
	st_close(&m);

	/* crafted bad files, each refused with its reason */
	{
		snprintf(p, sizeof(p), "%s/bad.safetensors", dir);
		FILE *f = fopen(p, "wb");
		fwrite("abc", 1, 3, f);
		fclose(f);
		ok(st_open(&m, p) < 0 && strstr(err_reason(), "too short"), "a truncated length");
	}
	refuse("header length past the end", "{}", 1000, 0, "header length 1000 is larger than the file");
	refuse("an absurd header length", "{}", 1LL << 40, 0, "is larger than the file");
	refuse("header not JSON", "{\"a\": ", -1, 0, "header is not JSON");
	refuse("header not an object", "[1, 2]", -1, 0, "header is not a JSON object");
	refuse("unknown dtype", "{\"x\":{\"dtype\":\"Q7\",\"shape\":[1],\"data_offsets\":[0,4]}}", -1, 4,
	    "tensor 'x': unknown dtype 'Q7'");
	refuse("F8 unsupported", "{\"x\":{\"dtype\":\"F8_E4M3\",\"shape\":[4],\"data_offsets\":[0,4]}}", -1, 4,
	    "tensor 'x': dtype 'F8_E4M3' is not supported");
	refuse("shape overflow", "{\"x\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296,16],"
	    "\"data_offsets\":[0,4]}}", -1, 4, "tensor 'x': shape product overflows");
	refuse("offsets past the data", "{\"x\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}",
	    -1, 8, "tensor 'x': data_offsets [0, 16] run past the data area (8 bytes)");
	refuse("offsets reversed", "{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,4]}}",
	    -1, 8, "tensor 'x': data_offsets [8, 4] are reversed");
	refuse("byte size not dtype x elements", "{\"x\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}",
	    -1, 8, "tensor 'x': 8 bytes for 3 elements of F32 (12 bytes expected)");
	refuse("a negative dimension", "{\"x\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,0]}}",
	    -1, 0, "shape[0] is not a size");
	refuse("missing data_offsets", "{\"x\":{\"dtype\":\"F32\",\"shape\":[1]}}", -1, 4,
	    "data_offsets is not [begin, end]");
	/* a name twice: the last entry counts (Python's json, serde's map), so
	 * the first one's bytes belong to no tensor */
	refuse("a tensor twice", "{\"x\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]},"
	    "\"x\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,2]}}", -1, 2,
	    "tensor 'x': data_offsets [1, 2] leave bytes 0..1 of the data area to no tensor");
	/* the data area tiled exactly (huggingface/safetensors' validate) */
	refuse("overlapping tensors", "{\"a\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[0,4]},"
	    "\"b\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[2,6]}}", -1, 6,
	    "tensor 'b': data_offsets [2, 6] overlap tensor 'a' [0, 4]");
	refuse("two tensors on the same bytes", "{\"a\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[0,2]},"
	    "\"b\":{\"dtype\":\"I16\",\"shape\":[1],\"data_offsets\":[0,2]}}", -1, 2,
	    "tensor 'b': data_offsets [0, 2] overlap tensor 'a' [0, 2]");
	refuse("a hole between tensors", "{\"a\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[0,2]},"
	    "\"b\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[3,5]}}", -1, 5,
	    "tensor 'b': data_offsets [3, 5] leave bytes 2..3 of the data area to no tensor");
	refuse("a hole before the first tensor", "{\"a\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[1,3]}}",
	    -1, 3, "tensor 'a': data_offsets [1, 3] leave bytes 0..1 of the data area to no tensor");
	refuse("bytes after the last tensor", "{\"a\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[0,2]}}",
	    -1, 4, "the tensors end at byte 2 of the data area, which has 4 bytes");
	refuse("a data area and no tensor", "{}", -1, 4, "the tensors end at byte 0 of the data area, which has 4 bytes");
	refuse("a dtype with a NUL", "{\"x\":{\"dtype\":\"F32\\u0000x\",\"shape\":[1],\"data_offsets\":[0,4]}}",
	    -1, 4, "tensor 'x': unknown dtype 'F32'");
	refuse("a tensor name with a NUL", "{\"x\\u0000y\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}}",
	    -1, 1, "tensor 'x...': a name with a NUL byte");
	refuse("metadata with a NUL", "{\"__metadata__\":{\"a\":\"b\\u0000c\"}}", -1, 0,
	    "__metadata__ 'a': a NUL byte in its key or value");
	refuse("a key that is __metadata__ and a NUL", "{\"__metadata__\\u0000\":{\"a\":\"b\"}}", -1, 0,
	    "a name with a NUL byte");
	{
		/* in any order of the header, empty tensors anywhere */
		const char *h = "{\"z\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[0,2]},"
		    "\"e\":{\"dtype\":\"F32\",\"shape\":[0,3],\"data_offsets\":[2,2]},"
		    "\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[2,3]},"
		    "\"f\":{\"dtype\":\"U8\",\"shape\":[0],\"data_offsets\":[3,3]}}";
		ok(st_open(&m, craft("order.safetensors", h, -1, "xyz", 3)) == 0 && m.n == 4 &&
		    !memcmp(st_find(&m, "a")->data, "z", 1), "tensors out of header order, empty ones between");
		st_close(&m);
	}
	refuse("metadata not strings", "{\"__metadata__\":{\"a\":1}}", -1, 0, "__metadata__ 'a' is not a string");
	ok(st_open(&m, "/nonexistent/x.safetensors") < 0 &&
	    strstr(err_reason(), "cannot open '/nonexistent/x.safetensors'"), "a missing file");

	/* sharded: an index naming two shards */
	craft("s1.safetensors", "{\"a\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[0,2]}}", -1, "xy", 2);
	craft("s2.safetensors", "{\"b\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}}", -1, "z", 1);
	snprintf(p, sizeof(p), "%s/model.safetensors.index.json", dir);
	fp = fopen(p, "w");
	fputs("{\"metadata\": {}, \"weight_map\": {\"a\": \"s1.safetensors\", \"b\": \"s2.safetensors\"}}", fp);
	fclose(fp);
	ok(st_open(&m, dir) == 0 && m.nfiles == 2 && st_find(&m, "a") && st_find(&m, "b") &&
	    !memcmp(st_find(&m, "b")->data, "z", 1), "a sharded checkpoint: two shards, one model");
	st_close(&m);
	fp = fopen(p, "w");
	fputs("{\"weight_map\": {\"a\": \"s1.safetensors\", \"c\": \"s2.safetensors\"}}", fp);
	fclose(fp);
	ok(st_open(&m, dir) < 0 && strstr(err_reason(), "tensor 'c' is not in"), "an index naming a missing tensor");
	fp = fopen(p, "w");
	fputs("{\"weight_map\": {\"a\": \"s1.safetensors\", \"b\": \"s1.safetensors\"}}", fp);
	fclose(fp);
	ok(st_open(&m, dir) < 0 && strstr(err_reason(), "model.safetensors.index.json: tensor 'b' is not in") &&
	    strstr(err_reason(), "s1.safetensors' (it is in '") == NULL,
	    "an index naming a tensor in a shard that lacks it");
	fp = fopen(p, "w");
	fputs("{\"weight_map\": {\"a\": \"s1.safetensors\", \"b\": \"s2.safetensors\", \"x\": \"s3.safetensors\"}}", fp);
	fclose(fp);
	ok(st_open(&m, dir) < 0 && strstr(err_reason(), "model.safetensors.index.json: weight_map names shard "
	    "'s3.safetensors' (for tensor 'x'), which does not exist"), "an index naming a shard that does not exist");
	fp = fopen(p, "w");
	fputs("{\"weight_map\": {\"a\": \"s1.safetensors\", \"b\": \"s1.safetensors\", \"b\": \"s2.safetensors\"}}", fp);
	fclose(fp);
	ok(st_open(&m, dir) == 0, "an index naming a tensor twice: the last shard counts");
	st_close(&m);
	fp = fopen(p, "w");
	fputs("{\"weight_map\": {\"a\": \"s1.safetensors\", \"b\": \"s2.safetensors\\u0000x\"}}", fp);
	fclose(fp);
	ok(st_open(&m, dir) < 0 && strstr(err_reason(), "weight_map 'b' is not a file name"),
	    "an index naming a shard with a NUL");
	fp = fopen(p, "w");
	fputs("{\"weight_map\": {\"a\": \"s1.safetensors\", \"b\": \"../s2.safetensors\"}}", fp);
	fclose(fp);
	ok(st_open(&m, dir) < 0 && strstr(err_reason(), "weight_map 'b' is not a file name"),
	    "an index naming a shard in another directory");
	craft("s2.safetensors", "{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}}", -1, "z", 1);
	fp = fopen(p, "w");
	fputs("{\"weight_map\": {\"a\": \"s1.safetensors\", \"c\": \"s2.safetensors\"}}", fp);
	fclose(fp);
	ok(st_open(&m, dir) < 0 && strstr(err_reason(), "tensor 'a' appears twice"), "two shards holding one tensor");
	remove(p);

	if (argc > 3) {
		/* story-lmrs stores only lm_head.weight; the embedding is an alias */
		snprintf(p, sizeof(p), "%s/models/story-lmrs", argv[3]);
		if (st_open(&m, p) == 0) {
			const struct st_tensor *e = st_find(&m, "model.embed_tokens.weight");
			const struct st_tensor *l = st_find(&m, "lm_head.weight");
			ok(e && l && e->data == l->data && e->shape[0] == 2048 && e->shape[1] == 128,
			    "story-lmrs: the tied embedding resolves to lm_head.weight's data");
			is_int(m.n, 1 + 9 * 2 + 1 + 1, "story-lmrs: 21 names (20 stored + the alias)");
			st_close(&m);
		} else {
			skip("no story-lmrs in ../shared");
		}
	}
	return done();
}
