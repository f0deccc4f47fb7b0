/* Tokenizer conformance: tok TOKENIZER CASES.jsonl runs every case:
 * encode without and with special tokens, decode, and the streamed
 * decode; one TAP line per check kind with the first diffs shown. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"
#include "base/json.h"
#include "tap.h"
#include "text/tok.h"

/* The stream only releases whole characters: it equals the whole
 * decode wherever that decode is itself valid UTF-8 without U+FFFD. */
static int
valid_stream_case(const char *s, size_t n)
{
	return !memmem(s, n, "\xEF\xBF\xBD", 3);
}

static int
ids_eq(const int *a, long na, const struct json *b)
{
	if (!b || b->type != JSON_ARRAY || (size_t)na != b->n)
		return 0;
	for (long i = 0; i < na; i++)
		if (a[i] != b->items[i].inum)
			return 0;
	return 1;
}

static void
show(const char *id, const char *what, const int *a, long na, const struct json *b)
{
	printf("# %s %s: got", id, what);
	for (long i = 0; i < na && i < 24; i++)
		printf(" %d", a[i]);
	printf("\n#   want");
	for (size_t i = 0; b && i < b->n && i < 24; i++)
		printf(" %lld", (long long)b->items[i].inum);
	printf("\n");
}

int
main(int argc, char **argv)
{
	struct tok *t;
	size_t len;
	char *text;
	int bad[4] = { 0 }, n = 0;

	if (argc == 4 && !strcmp(argv[1], "bench")) {
		/* for bench/tokenizer.bench: load ms, encode and decode MB/s */
		struct timespec t0, t1, t2, t3;
		size_t tl, dl;
		int *ids;
		char *txt = file_read(argv[3], &tl);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		struct tok *tk = tok_load(argv[2]);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (!tk || !txt)
			return 1;
		long k = tok_encode(tk, txt, tl, 1, &ids);
		clock_gettime(CLOCK_MONOTONIC, &t2);
		char *d = tok_decode(tk, ids, (size_t)k, &dl);
		clock_gettime(CLOCK_MONOTONIC, &t3);
#define SEC(a, b) ((double)((b).tv_sec - (a).tv_sec) + (double)((b).tv_nsec - (a).tv_nsec) / 1e9)
		printf("%.1f %.2f %.2f %ld\n", SEC(t0, t1) * 1e3, (double)tl / 1e6 / SEC(t1, t2),
		    (double)dl / 1e6 / SEC(t2, t3), k);
		free(d);
		free(ids);
		free(txt);
		tok_free(tk);
		return 0;
	}
	if (argc == 3 && !strcmp(argv[1], "crash")) {
		/* as fuzz/tok.c feeds it: tokenizer.json, NUL, text */
		size_t l;
		char *d = file_read(argv[2], &l), *nul = d ? memchr(d, 0, l) : NULL;
		char p[64];
		if (!nul) {
			free(d);
			printf("no tokenizer: no NUL\n");
			return 0;
		}
		snprintf(p, sizeof(p), "/tmp/tok-crash-%d.json", (int)getpid());
		FILE *fp = fopen(p, "wb");
		fwrite(d, 1, (size_t)(nul - d), fp);
		fclose(fp);
		struct tok *tk = tok_load(p);
		if (!tk) {
			/* the reason names the temporary file: only what follows */
			const char *r = strstr(err_reason(), ".json");
			printf("refused:%s\n", r ? r + 5 : err_reason());
		} else {
			int *ids;
			size_t dl, tn = l - (size_t)(nul - d) - 1;
			char *exact = malloc(tn ? tn : 1);
			memcpy(exact, nul + 1, tn);
			long k = tok_encode(tk, exact, tn, 1, &ids);
			if (k >= 0) {
				char *s = tok_decode(tk, ids, (size_t)k, &dl);
				printf("encoded %ld ids%s\n", k, s ? ", decoded" : "");
				free(s);
				free(ids);
			} else {
				printf("not encoded: %s\n", err_reason());
			}
			free(exact);
			tok_free(tk);
		}
		remove(p);
		free(d);
		return 0;
	}
	if (argc != 3)
		return 2;
	if (!ok((t = tok_load(argv[1])) != NULL, "load %s", argv[1])) {
		printf("# %s\n", err_reason());
		return done();
	}
	if (!(text = file_read(argv[2], &len))) {
		ok(0, "read %s", argv[2]);
		return done();
	}
	for (char *line = text, *nl; line < text + len; line = nl + 1) {
		nl = memchr(line, '\n', (size_t)(text + len - line));
		if (!nl)
			nl = text + len;
		if (nl == line)
			continue;
		struct json_doc *d = json_parse(line, (size_t)(nl - line), argv[2]);
		if (!d)
			continue;
		const struct json *c = json_root(d), *s = json_get(c, "text");
		const char *id = json_get(c, "id")->str;
		int *ids;
		n++;
		long k = tok_encode(t, s->str, s->n, 0, &ids);
		if (!ids_eq(ids, k, json_get(c, "ids")) && bad[0]++ < 5)
			show(id, "ids", ids, k, json_get(c, "ids"));
		/* decode the reference ids */
		const struct json *ref = json_get(c, "ids");
		int *r = malloc((ref->n + 1) * sizeof(int));
		for (size_t i = 0; i < ref->n; i++)
			r[i] = (int)ref->items[i].inum;
		size_t dl;
		char *dec = tok_decode(t, r, ref->n, &dl);
		const struct json *want = json_get(c, "decoded");
		if ((!dec || dl != want->n || memcmp(dec, want->str, dl)) && bad[2]++ < 5)
			printf("# %s decoded: got '%.*s'\n#   want '%s'\n", id, dec ? (int)dl : 6, dec ? dec : "(null)", want->str);
		/* streamed, id by id */
		struct tok_stream st = { .t = t };
		char piece[1024], *acc = malloc(dl + 1024);
		size_t al = 0;
		for (size_t i = 0; i < ref->n; i++) {
			long m = tok_stream_put(&st, r[i], piece, sizeof(piece));
			if (m > 0) {
				memcpy(acc + al, piece, (size_t)m);
				al += (size_t)m;
			}
		}
		if (dec && valid_stream_case(dec, dl) && (al != dl || memcmp(acc, dec, dl)) && bad[3]++ < 5)
			printf("# %s streamed: got '%.*s'\n", id, (int)al, acc);
		free(acc);
		free(dec);
		free(r);
		free(ids);
		k = tok_encode(t, s->str, s->n, 1, &ids);
		if (!ids_eq(ids, k, json_get(c, "ids_special")) && bad[1]++ < 5)
			show(id, "ids_special", ids, k, json_get(c, "ids_special"));
		free(ids);
		json_free(d);
	}
	ok(bad[0] == 0, "%d cases: encode(text) equals ids (%d differ)", n, bad[0]);
	ok(bad[1] == 0, "%d cases: encode(text, special) equals ids_special (%d differ)", n, bad[1]);
	ok(bad[2] == 0, "%d cases: decode(ids) equals decoded (%d differ)", n, bad[2]);
	ok(bad[3] == 0, "%d cases: streamed decode equals decode (%d differ)", n, bad[3]);
	free(text);
	tok_free(t);
	return done();
}
