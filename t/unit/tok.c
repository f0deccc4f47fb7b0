/* Tokenizer conformance: tok TOKENIZER CASES.jsonl runs every case:
 * encode without and with special tokens, decode, and the streamed
 * decode; one TAP line per check kind with the first diffs shown. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
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

static char tdir[4096];

/* Writes json as TDIR/NAME/tokenizer.json; returns the directory. */
static const char *
tokdir(const char *name, const char *json)
{
	static char p[4200];
	char f[4300];
	FILE *fp;

	snprintf(p, sizeof(p), "%s/%s", tdir, name);
	mkdir(p, 0755);
	snprintf(f, sizeof(f), "%s/tokenizer.json", p);
	fp = fopen(f, "w");
	fputs(json, fp);
	fclose(fp);
	return p;
}

static void
refuse(const char *title, const char *json, const char *want)
{
	struct tok *t = tok_load(tokdir("bad", json));

	if (!ok(!t && strstr(err_reason(), want) && strstr(err_reason(), "tokenizer.json"), "refuses %s", title))
		printf("#   expected: %s\n#        got: %s\n", want, t ? "(loaded)" : err_reason());
	tok_free(t);
}

/* decode(ids) is want, and so is the stream of them, flushed */
static void
decodes(const struct tok *t, const char *title, const int *ids, size_t n, const char *want)
{
	size_t len, al = 0;
	char *d = tok_decode(t, ids, n, &len), acc[256], piece[64];
	struct tok_stream st = { .t = t };
	long k;

	if (!ok(d && len == strlen(want) && !memcmp(d, want, len), "decode: %s", title))
		printf("#   expected: '%s'\n#        got: '%.*s'\n", want, d ? (int)len : 6, d ? d : "(null)");
	for (size_t i = 0; i < n; i++)
		if ((k = tok_stream_put(&st, ids[i], piece, sizeof(piece))) > 0 && al + (size_t)k < sizeof(acc))
			memcpy(acc + al, piece, (size_t)k), al += (size_t)k;
	if ((k = tok_stream_flush(&st, piece, sizeof(piece))) > 0 && al + (size_t)k < sizeof(acc))
		memcpy(acc + al, piece, (size_t)k), al += (size_t)k;
	if (!ok(al == strlen(want) && !memcmp(acc, want, al), "stream: %s", title))
		printf("#   expected: '%s'\n#        got: '%.*s'\n", want, (int)al, acc);
	free(d);
}

#define FFFD "\xEF\xBF\xBD"
#define IDS(...) (const int[]){ __VA_ARGS__ }, sizeof((const int[]){ __VA_ARGS__ }) / sizeof(int)

/* Hostile and half-character cases on crafted tokenizers in dir. */
static int
hostile(const char *dir)
{
	struct tok *t;

	snprintf(tdir, sizeof(tdir), "%s", dir);
	/* byte level: "€" is E2 82 AC, the alphabet's "â", "Ĥ", "¬" */
	t = tok_load(tokdir("bl", "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0, \"\u00e2\": 1, "
	    "\"\u0124\": 2, \"\u00ac\": 3}, \"merges\": []}, \"pre_tokenizer\": {\"type\": \"ByteLevel\"}, "
	    "\"decoder\": {\"type\": \"ByteLevel\"}, \"added_tokens\": [{\"id\": 10, \"content\": \"<|x|>\", "
	    "\"special\": true}]}"));
	if (!ok(t != NULL, "a byte-level tokenizer loads")) {
		printf("# %s\n", err_reason());
		return done();
	}
	decodes(t, "a whole character", IDS(1, 2, 3), "\xE2\x82\xAC");
	decodes(t, "the first byte of one: U+FFFD", IDS(1), FFFD);
	decodes(t, "two of its three bytes: one U+FFFD (a maximal subpart)", IDS(1, 2), FFFD);
	decodes(t, "between letters", IDS(0, 1, 0), "a" FFFD "a");
	decodes(t, "lone continuation bytes: one U+FFFD each", IDS(2, 3), FFFD FFFD);
	decodes(t, "a lead byte cut by a letter, then continuations", IDS(1, 0, 2, 3), FFFD "a" FFFD FFFD);
	decodes(t, "an added token after half a character", IDS(1, 2, 10), FFFD "<|x|>");
	ok(tok_check_vocab(t, 11) == 0, "every id below a vocab_size of 11");
	ok(tok_check_vocab(t, 10) < 0 && strstr(err_reason(), "/bl/tokenizer.json: token '<|x|>' has id 10, "
	    "but the model's vocab_size is 10 (ids 0..9)"), "an added token past vocab_size: token, id and size");
	ok(tok_check_vocab(t, 3) < 0 && strstr(err_reason(), "token '\xC2\xAC' has id 3, but the model's vocab_size is 3"),
	    "a vocab token past vocab_size: the first one named");
	tok_free(t);

	/* SentencePiece style: ByteFallback gives one U+FFFD per byte */
	t = tok_load(tokdir("sp", "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"<unk>\": 0, \"<0xE2>\": 1, "
	    "\"<0x82>\": 2, \"<0xAC>\": 3, \"a\": 4}, \"merges\": [], \"byte_fallback\": true, \"unk_token\": \"<unk>\"}, "
	    "\"decoder\": {\"type\": \"Sequence\", \"decoders\": []}}"));
	if (!ok(t != NULL, "a byte-fallback tokenizer loads")) {
		printf("# %s\n", err_reason());
		return done();
	}
	decodes(t, "byte tokens making a character", IDS(4, 1, 2, 3), "a\xE2\x82\xAC");
	decodes(t, "two byte tokens short of one: two U+FFFD", IDS(4, 1, 2), "a" FFFD FFFD);
	decodes(t, "a run cut by a token", IDS(1, 2, 4), FFFD FFFD "a");
	tok_free(t);

	/* containers of the wrong type are refused, not read as arrays */
	const char *m = "\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []}, "
	    "\"decoder\": {\"type\": \"ByteLevel\"}, \"pre_tokenizer\": {\"type\": \"ByteLevel\"}";
	char j[1024];
	snprintf(j, sizeof(j), "{%s, \"added_tokens\": {\"id\": 1, \"content\": \"x\"}}", m);
	refuse("added_tokens that is an object", j, "'added_tokens' is an object, not an array");
	snprintf(j, sizeof(j), "{%s, \"normalizer\": {\"type\": \"Sequence\", \"normalizers\": {\"type\": \"NFC\"}}}", m);
	refuse("normalizers that is an object", j, "'normalizers' is an object, not an array");
	snprintf(j, sizeof(j), "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []}, "
	    "\"decoder\": {\"type\": \"ByteLevel\"}, \"pre_tokenizer\": {\"type\": \"Sequence\", \"pretokenizers\": \"ByteLevel\"}}");
	refuse("pretokenizers that is a string", j, "'pretokenizers' is a string, not an array");
	snprintf(j, sizeof(j), "{%s, \"post_processor\": {\"type\": \"TemplateProcessing\", \"single\": \"$A\"}}", m);
	refuse("a TemplateProcessing single that is a string", j, "'single' is a string, not an array");
	snprintf(j, sizeof(j), "{%s, \"post_processor\": {\"type\": \"Sequence\", \"processors\": {\"a\": 1}}}", m);
	refuse("processors that is an object", j, "'processors' is an object, not an array");
	snprintf(j, sizeof(j), "{%s, \"added_tokens\": [{\"id\": 1, \"content\": \"x\\u0000y\"}]}", m);
	refuse("an added token with a NUL", j, "added token 0 has no valid id or content");
	refuse("a model type with a NUL", "{\"model\": {\"type\": \"BPE\\u0000x\", \"vocab\": {}, \"merges\": []}}",
	    "model type '?' is not supported");
	refuse("a decoder type with a NUL", "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []}, "
	    "\"pre_tokenizer\": {\"type\": \"ByteLevel\"}, \"decoder\": {\"type\": \"ByteLevel\\u0000\"}}",
	    "decoder '?' is not supported");

	/* tokenizer_config.json: absent is fine, present it must be JSON */
	char p[4300];
	snprintf(p, sizeof(p), "%s/bl/tokenizer_config.json", dir);
	FILE *fp = fopen(p, "w");
	fputs("{\"chat_template\": ", fp);
	fclose(fp);
	t = tok_load(tokdir("bl", "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []}, "
	    "\"pre_tokenizer\": {\"type\": \"ByteLevel\"}, \"decoder\": {\"type\": \"ByteLevel\"}}"));
	ok(!t && strstr(err_reason(), "bl/tokenizer_config.json:1:19: unexpected end of input"),
	    "a tokenizer_config.json that is not JSON: an error naming it");
	fp = fopen(p, "w");
	fputs("[1]", fp);
	fclose(fp);
	ok(tok_check_config(tokdir("bl", "{}")) < 0 &&
	    strstr(err_reason(), "bl/tokenizer_config.json: expected a JSON object, got an array"),
	    "a tokenizer_config.json that is not an object");
	remove(p);
	ok(tok_check_config(tokdir("bl", "{}")) == 0, "no tokenizer_config.json: fine");
	return done();
}

int
main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "hostile"))
		return hostile(argv[2]);
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
