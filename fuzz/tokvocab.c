/* libFuzzer target for the tokenizer over hostile vocabularies:
 * `make fuzz FUZZ=tokvocab`.  The input is a flags byte, a vocabulary
 * (tokens separated by newlines, any bytes: bytes past ASCII become the
 * code points U+0080..U+00FF, as a byte-level alphabet's are), a NUL,
 * then a text.  A tokenizer.json is built around the vocabulary (merges
 * of every pair whose join is a token, the last tokens added as special
 * ones, ids in order, reversed or spread), loaded, and the text encoded
 * and decoded whole and streamed; ids taken from the text's bytes are
 * decoded too, known or not, and checked against a vocab_size. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/strbuf.h"
#include "text/tok.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAXTOK = 256 };

/* A token as a JSON string body: control bytes and quotes escaped,
 * bytes past ASCII as \u00XX. */
static void
put_tok(struct strbuf *b, const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] < 0x20 || s[i] >= 0x7F || s[i] == '"' || s[i] == '\\')
			sb_printf(b, "\\u%04x", s[i]);
		else
			sb_putn(b, (const char *)s + i, 1);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size), *tok[MAXTOK];
	size_t len[MAXTOK], nt = 0;
	struct strbuf b = { 0 };
	char path[64];
	FILE *fp;

	if (size < 2 || !nul)
		return 0;
	unsigned flags = data[0];
	for (const uint8_t *p = data + 1; p <= nul && nt < MAXTOK;) {
		const uint8_t *e = memchr(p, '\n', (size_t)(nul - p));
		if (!e)
			e = nul;
		if (e > p) {
			tok[nt] = p;
			len[nt++] = (size_t)(e - p);
		}
		p = e + 1;
	}
	if (!nt)
		return 0;
	int bl = !(flags & 1);
	size_t nadd = flags & 2 ? (nt > 2 ? 2 : 0) : 0;
	sb_puts(&b, "{\"model\": {\"type\": \"BPE\", ");
	if (!bl)
		sb_puts(&b, "\"byte_fallback\": true, \"fuse_unk\": true, \"unk_token\": \"<unk>\", ");
	if (flags & 4)
		sb_puts(&b, "\"ignore_merges\": true, ");
	sb_puts(&b, "\"vocab\": {");
	int id = 0;
	for (size_t i = 0; i < nt; i++) {
		int v = flags & 8 ? (int)(nt - 1 - i) : flags & 16 ? (int)(i * 1000) : (int)i;
		sb_puts(&b, i ? ", \"" : "\"");
		put_tok(&b, tok[i], len[i]);
		sb_printf(&b, "\": %d", v);
		if (v >= id)
			id = v + 1;
	}
	if (!bl) {
		sb_printf(&b, ", \"<unk>\": %d", id++);
		for (int k = 0; k < 256; k += flags & 32 ? 1 : 17)
			sb_printf(&b, ", \"<0x%02X>\": %d", k, id++);
	}
	sb_puts(&b, "}, \"merges\": [");
	int nm = 0;
	for (size_t i = 0; i + 1 < nt; i++)
		for (size_t k = 0; k < nt; k++)
			if (len[k] == len[i] + len[i + 1] && !memcmp(tok[k], tok[i], len[i]) &&
			    !memcmp(tok[k] + len[i], tok[i + 1], len[i + 1])) {
				sb_puts(&b, nm++ ? ", [\"" : "[\"");
				put_tok(&b, tok[i], len[i]);
				sb_puts(&b, "\", \"");
				put_tok(&b, tok[i + 1], len[i + 1]);
				sb_puts(&b, "\"]");
				break;
			}
	sb_puts(&b, "]}, \"added_tokens\": [");
	for (size_t i = 0; i < nadd; i++) {
		sb_printf(&b, "%s{\"id\": %d, \"content\": \"", i ? ", " : "", flags & 64 ? (int)i : id++);
		put_tok(&b, tok[nt - 1 - i], len[nt - 1 - i]);
		sb_printf(&b, "\", \"special\": true, \"normalized\": %s, \"lstrip\": %s, \"rstrip\": %s}",
		    flags & 128 ? "true" : "false", i ? "true" : "false", i ? "false" : "true");
	}
	sb_puts(&b, "], ");
	if (bl)
		sb_puts(&b, "\"pre_tokenizer\": {\"type\": \"ByteLevel\", \"add_prefix_space\": false, \"use_regex\": true}, "
		    "\"decoder\": {\"type\": \"ByteLevel\"}");
	else
		sb_puts(&b, "\"normalizer\": {\"type\": \"Sequence\", \"normalizers\": [{\"type\": \"Prepend\", \"prepend\": "
		    "\"\\u2581\"}, {\"type\": \"Replace\", \"pattern\": {\"String\": \" \"}, \"content\": \"\\u2581\"}]}, "
		    "\"decoder\": {\"type\": \"Sequence\", \"decoders\": []}");
	sb_puts(&b, "}");

	snprintf(path, sizeof(path), "/tmp/fuzz-tokvocab-%d.json", (int)getpid());
	if (!(fp = fopen(path, "wb"))) {
		sb_free(&b);
		return 0;
	}
	fwrite(b.s, 1, b.len, fp);
	fclose(fp);
	sb_free(&b);
	struct tok *t = tok_load(path);
	unlink(path);
	if (!t)
		return 0;
	size_t n = size - (size_t)(nul - data) - 1, dl;
	const char *text = (const char *)nul + 1;
	for (int special = 0; special < 2; special++) {
		int *ids;
		long k = tok_encode(t, text, n, special, &ids);
		if (k < 0)
			break;
		free(tok_decode(t, ids, (size_t)k, &dl));
		struct tok_stream st = { .t = t };
		char piece[8192];
		for (long i = 0; i < k; i++)
			tok_stream_put(&st, ids[i], piece, sizeof(piece));
		tok_stream_flush(&st, piece, sizeof(piece));
		free(ids);
	}
	/* ids from the text's bytes, in range or not */
	int raw[64];
	size_t nr = n < 64 ? n : 64;
	for (size_t i = 0; i < nr; i++)
		raw[i] = (int)(unsigned char)text[i] * (flags & 16 ? 37 : 1) - (flags & 8 ? 3 : 0);
	free(tok_decode(t, raw, nr, &dl));
	tok_check_vocab(t, (int)(nt / 2));
	tok_check_vocab(t, tok_vocab_size(t));
	tok_free(t);
	return 0;
}
