#define PCRE2_CODE_UNIT_WIDTH 8
#include <errno.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <uninorm.h>

#include "base/err.h"
#include "base/json.h"
#include "base/strbuf.h"
#include "text/tok.h"
#include "base/utf8.h"
#include "base/util.h"

struct added {
	char *content;		/* as matched: normalized when `normalized` */
	size_t len;
	char *text;		/* the token's own text, for decoding */
	int id, special, lstrip, rstrip, normalized;
};

struct tok {
	char *file;		/* the tokenizer.json, for messages */
	char **vocab;		/* (n) id -> token text, NUL-terminated */
	size_t *vlen;
	int n;
	int *map;		/* open addressing: text -> id */
	size_t mapcap;
	uint64_t *mkey;		/* merges: (a << 32 | b) -> (rank << 32 | merged) */
	uint64_t *mval;
	size_t mcap;
	int byte_level;		/* ByteLevel pre-tokenizer and decoder */
	int bl_regex;		/* ByteLevel's own GPT-2 split */
	int bl_prefix;		/* add_prefix_space */
	pcre2_code *split;	/* Split pre-tokenizer, or NULL */
	int nfc;
	char *prepend;		/* Prepend normalizer, or NULL */
	char *rep_from, *rep_to;	/* Replace normalizer, or NULL */
	int byte_fallback, fuse_unk, ignore_merges, unk;
	struct added *added;
	int nadded;
	int bos[4], nbos;	/* TemplateProcessing's leading special tokens */
	unsigned char first[2][256];	/* first bytes of added tokens (plain, normalized) */
	int sp_decoder;		/* Replace ▁, ByteFallback, Fuse, Strip */
	int bl_byte[0x200];	/* ByteLevel: code point -> byte, or -1 */
	uint32_t bl_cp[256];	/* byte -> code point */
};

static uint64_t
fnv(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return h;
}

static int
vocab_find(const struct tok *t, const char *s, size_t n)
{
	for (size_t i = fnv(s, n) & (t->mapcap - 1);; i = (i + 1) & (t->mapcap - 1)) {
		int id = t->map[i];
		if (id < 0)
			return -1;
		if (t->vlen[id] == n && !memcmp(t->vocab[id], s, n))
			return id;
	}
}

static void
vocab_put(struct tok *t, int id)
{
	size_t i = fnv(t->vocab[id], t->vlen[id]) & (t->mapcap - 1);

	while (t->map[i] >= 0) {
		if (t->vlen[t->map[i]] == t->vlen[id] && !memcmp(t->vocab[t->map[i]], t->vocab[id], t->vlen[id]))
			return;	/* the first id of a text wins */
		i = (i + 1) & (t->mapcap - 1);
	}
	t->map[i] = id;
}

static uint64_t
mhash(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdull;
	k ^= k >> 33;
	return k;
}

static int
merge_find(const struct tok *t, int a, int b, int *rank, int *merged)
{
	uint64_t k = (uint64_t)(uint32_t)a << 32 | (uint32_t)b;

	for (size_t i = mhash(k) & (t->mcap - 1);; i = (i + 1) & (t->mcap - 1)) {
		if (t->mkey[i] == UINT64_MAX)
			return 0;
		if (t->mkey[i] == k) {
			*rank = (int)(t->mval[i] >> 32);
			*merged = (int)(uint32_t)t->mval[i];
			return 1;
		}
	}
}

/* Loading */

static void
byte_level_tables(struct tok *t)
{
	int n = 0;

	for (int i = 0; i < 0x200; i++)
		t->bl_byte[i] = -1;
	for (int b = 0; b < 256; b++) {
		if ((b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255))
			t->bl_cp[b] = (uint32_t)b;
		else
			t->bl_cp[b] = 256 + (uint32_t)n++;
		t->bl_byte[t->bl_cp[b]] = b;
	}
}

/* The string member k of o, or NULL when absent, not a string or
 * holding a NUL byte (which C strings would cut short). */
static const char *
jstr(const struct json *o, const char *k)
{
	const struct json *v = json_get(o, k);

	return v && v->type == JSON_STRING && strlen(v->str) == v->n ? v->str : NULL;
}

/* Whether member k of o is the string s, exactly. */
static int
jis(const struct json *o, const char *k, const char *s)
{
	return json_str_is(json_get(o, k), s);
}

/* Member k of o when it is an array; NULL when absent; -1 otherwise. */
static int
jarray(const struct json *o, const char *k, const struct json **out, const char *file)
{
	const struct json *v = json_get(o, k);

	*out = NULL;
	if (!v || v->type == JSON_NULL)
		return 0;
	if (v->type != JSON_ARRAY)
		return err_set("%s: '%s' is %s, not an array", file, k, json_type_an(v->type));
	*out = v;
	return 0;
}

static int
load_normalizer(struct tok *t, const struct json *nm, const char *file)
{
	const char *type;

	if (!nm || nm->type == JSON_NULL)
		return 0;
	type = jstr(nm, "type");
	if (!type)
		return err_set("%s: normalizer without a type", file);
	if (!strcmp(type, "Sequence")) {
		const struct json *l;
		if (jarray(nm, "normalizers", &l, file) < 0)
			return -1;
		for (size_t i = 0; l && i < l->n; i++)
			if (load_normalizer(t, &l->items[i], file) < 0)
				return -1;
		return 0;
	}
	if (!strcmp(type, "NFC")) {
		t->nfc = 1;
		return 0;
	}
	if (!strcmp(type, "Prepend") && jstr(nm, "prepend")) {
		free(t->prepend);
		t->prepend = estrdup(jstr(nm, "prepend"));
		return 0;
	}
	if (!strcmp(type, "Replace")) {
		const struct json *p = json_get(nm, "pattern");
		if (jstr(p, "String") && jstr(nm, "content")) {
			free(t->rep_from);
			free(t->rep_to);
			t->rep_from = estrdup(jstr(p, "String"));
			t->rep_to = estrdup(jstr(nm, "content"));
			return 0;
		}
	}
	return err_set("%s: normalizer '%s' is not supported", file, type);
}

static int
load_pretok(struct tok *t, const struct json *pt, const char *file)
{
	const char *type;

	if (!pt || pt->type == JSON_NULL)
		return 0;
	type = jstr(pt, "type");
	if (!type)
		return err_set("%s: pre_tokenizer without a type", file);
	if (!strcmp(type, "Sequence")) {
		const struct json *l;
		if (jarray(pt, "pretokenizers", &l, file) < 0)
			return -1;
		for (size_t i = 0; l && i < l->n; i++)
			if (load_pretok(t, &l->items[i], file) < 0)
				return -1;
		return 0;
	}
	if (!strcmp(type, "ByteLevel")) {
		const struct json *r = json_get(pt, "use_regex"), *a = json_get(pt, "add_prefix_space");
		t->byte_level = 1;
		t->bl_regex = r && r->type == JSON_BOOL && r->boolean;
		t->bl_prefix = a && a->type == JSON_BOOL && a->boolean;
		if (t->bl_regex && t->split)
			return err_set("%s: a ByteLevel split after a Split is not supported", file);
		if (t->bl_regex && !t->split) {
			static const char gpt2[] = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";
			int e;
			PCRE2_SIZE off;
			t->split = pcre2_compile((PCRE2_SPTR)gpt2, PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP, &e, &off, NULL);
		}
		return 0;
	}
	if (!strcmp(type, "Split")) {
		const struct json *re = json_get(json_get(pt, "pattern"), "Regex");
		const struct json *inv = json_get(pt, "invert");
		int e;
		PCRE2_SIZE off;
		if (!re || re->type != JSON_STRING || !jis(pt, "behavior", "Isolated") ||
		    (inv && inv->type == JSON_BOOL && inv->boolean))
			return err_set("%s: only Split with an isolated regex is supported", file);
		if (t->split)
			return err_set("%s: more than one splitting pre-tokenizer is not supported", file);
		t->split = pcre2_compile((PCRE2_SPTR)re->str, re->n, PCRE2_UTF | PCRE2_UCP, &e, &off, NULL);
		if (!t->split)
			return err_set("%s: the Split regex does not compile at offset %zu", file, (size_t)off);
		pcre2_jit_compile(t->split, PCRE2_JIT_COMPLETE);	/* faster when it works */
		return 0;
	}
	return err_set("%s: pre_tokenizer '%s' is not supported", file, type);
}

static char *
normalize(const struct tok *t, const char *s, size_t n, size_t *outn);

static int
load(struct tok *t, const struct json *r, const char *file)
{
	const struct json *model = json_get(r, "model"), *vocab, *merges, *v;
	const char *type;

	if (r->type != JSON_OBJECT)
		return err_set("%s: not a JSON object", file);
	if (!model || model->type != JSON_OBJECT)
		return err_set("%s: no model", file);
	type = jstr(model, "type");
	if (!jis(model, "type", "BPE"))
		return err_set("%s: model type '%s' is not supported (only BPE)", file, type ? type : "?");
	vocab = json_get(model, "vocab");
	merges = json_get(model, "merges");
	if (!vocab || vocab->type != JSON_OBJECT)
		return err_set("%s: model.vocab is missing", file);
	if (!merges || merges->type != JSON_ARRAY)
		return err_set("%s: model.merges is missing", file);
	t->byte_fallback = (v = json_get(model, "byte_fallback")) && v->type == JSON_BOOL && v->boolean;
	t->fuse_unk = (v = json_get(model, "fuse_unk")) && v->type == JSON_BOOL && v->boolean;
	t->ignore_merges = (v = json_get(model, "ignore_merges")) && v->type == JSON_BOOL && v->boolean;

	/* ids: the vocab and the added tokens */
	const struct json *added;
	int maxid = -1;
	if (jarray(r, "added_tokens", &added, file) < 0)
		return -1;
	for (size_t i = 0; i < vocab->n; i++) {
		const struct json *id = &vocab->members[i].val;
		if (id->type != JSON_NUMBER || !id->is_int || id->inum < 0 || id->inum > 10000000)
			return err_set("%s: vocab entry %zu has no valid id", file, i);
		if (id->inum > maxid)
			maxid = (int)id->inum;
	}
	for (size_t i = 0; added && i < added->n; i++) {
		const struct json *id = json_get(&added->items[i], "id");
		if (!id || id->type != JSON_NUMBER || !id->is_int || id->inum < 0 || id->inum > 10000000 ||
		    !jstr(&added->items[i], "content"))
			return err_set("%s: added token %zu has no valid id or content", file, i);
		if (id->inum > maxid)
			maxid = (int)id->inum;
	}
	t->n = maxid + 1;
	t->vocab = ecalloc((size_t)t->n, sizeof(*t->vocab));
	t->vlen = ecalloc((size_t)t->n, sizeof(*t->vlen));
	for (size_t i = 0; i < vocab->n; i++) {
		int id = (int)vocab->members[i].val.inum;
		if (t->vocab[id])
			return err_set("%s: id %d appears twice in the vocab", file, id);
		t->vocab[id] = emalloc(vocab->members[i].keylen + 1);
		memcpy(t->vocab[id], vocab->members[i].key, vocab->members[i].keylen + 1);
		t->vlen[id] = vocab->members[i].keylen;
	}
	for (t->mapcap = 1024; t->mapcap < 2 * (size_t)t->n; t->mapcap *= 2)
		;
	t->map = emalloc(t->mapcap * sizeof(int));
	memset(t->map, 0xFF, t->mapcap * sizeof(int));
	for (int id = 0; id < t->n; id++)
		if (t->vocab[id])
			vocab_put(t, id);

	if (load_normalizer(t, json_get(r, "normalizer"), file) < 0 ||
	    load_pretok(t, json_get(r, "pre_tokenizer"), file) < 0)
		return -1;
	if (t->byte_level)
		byte_level_tables(t);

	/* added tokens: their text, and the form they are matched in */
	t->added = ecalloc(added ? added->n + 1 : 1, sizeof(*t->added));
	for (size_t i = 0; added && i < added->n; i++) {
		const struct json *a = &added->items[i];
		struct added *x = &t->added[t->nadded++];
		const char *c = jstr(a, "content");
		x->id = (int)json_get(a, "id")->inum;
		x->text = estrdup(c);
		x->special = (v = json_get(a, "special")) && v->type == JSON_BOOL && v->boolean;
		x->lstrip = (v = json_get(a, "lstrip")) && v->type == JSON_BOOL && v->boolean;
		x->rstrip = (v = json_get(a, "rstrip")) && v->type == JSON_BOOL && v->boolean;
		x->normalized = (v = json_get(a, "normalized")) && v->type == JSON_BOOL && v->boolean;
		if (x->normalized)
			x->content = normalize(t, c, strlen(c), &x->len);
		else
			x->content = estrdup(c), x->len = strlen(c);
		if (x->len)
			t->first[x->normalized][(unsigned char)x->content[0]] = 1;
		if (!t->vocab[x->id]) {
			t->vocab[x->id] = estrdup(c);
			t->vlen[x->id] = strlen(c);
			vocab_put(t, x->id);
		}
	}

	/* merges: "a b" strings or [a, b] pairs, ranked by order */
	for (t->mcap = 1024; t->mcap < 2 * merges->n + 2; t->mcap *= 2)
		;
	t->mkey = emalloc(t->mcap * sizeof(*t->mkey));
	t->mval = emalloc(t->mcap * sizeof(*t->mval));
	memset(t->mkey, 0xFF, t->mcap * sizeof(*t->mkey));
	char buf[1024];
	for (size_t i = 0; i < merges->n; i++) {
		const struct json *m = &merges->items[i];
		const char *a, *b;
		size_t la, lb;
		if (m->type == JSON_STRING) {
			const char *sp = memchr(m->str + 1, ' ', m->n > 1 ? m->n - 1 : 0);
			if (!sp)
				return err_set("%s: merge %zu is not 'a b'", file, i);
			a = m->str;
			la = (size_t)(sp - m->str);
			b = sp + 1;
			lb = m->n - la - 1;
		} else if (m->type == JSON_ARRAY && m->n == 2 && m->items[0].type == JSON_STRING &&
		    m->items[1].type == JSON_STRING) {
			a = m->items[0].str;
			la = m->items[0].n;
			b = m->items[1].str;
			lb = m->items[1].n;
		} else {
			return err_set("%s: merge %zu is malformed", file, i);
		}
		int ia = vocab_find(t, a, la), ib = vocab_find(t, b, lb);
		if (ia < 0 || ib < 0 || la + lb >= sizeof(buf))
			return err_set("%s: merge %zu names a token not in the vocab", file, i);
		memcpy(buf, a, la);
		memcpy(buf + la, b, lb);
		int im = vocab_find(t, buf, la + lb);
		if (im < 0)
			return err_set("%s: merge %zu makes a token not in the vocab", file, i);
		uint64_t k = (uint64_t)(uint32_t)ia << 32 | (uint32_t)ib;
		size_t h = mhash(k) & (t->mcap - 1);
		while (t->mkey[h] != UINT64_MAX && t->mkey[h] != k)
			h = (h + 1) & (t->mcap - 1);
		if (t->mkey[h] == UINT64_MAX) {
			t->mkey[h] = k;
			t->mval[h] = (uint64_t)i << 32 | (uint32_t)im;
		}
	}
	const char *unk = jstr(model, "unk_token");
	t->unk = unk ? vocab_find(t, unk, strlen(unk)) : -1;

	/* the post-processor's leading special tokens */
	const struct json *pp = json_get(r, "post_processor");
	if (jis(pp, "type", "Sequence")) {
		/* [ByteLevel, TemplateProcessing]: the template is what adds ids */
		const struct json *l, *tp = NULL;
		if (jarray(pp, "processors", &l, file) < 0)
			return -1;
		for (size_t i = 0; l && i < l->n; i++)
			if (jis(&l->items[i], "type", "TemplateProcessing"))
				tp = &l->items[i];
		pp = tp;
	}
	if (jis(pp, "type", "TemplateProcessing")) {
		const struct json *single;
		if (jarray(pp, "single", &single, file) < 0)
			return -1;
		for (size_t i = 0; single && i < single->n; i++) {
			const struct json *st = json_get(&single->items[i], "SpecialToken");
			if (!st)
				break;
			const char *id = jstr(st, "id");
			int x = id ? vocab_find(t, id, strlen(id)) : -1;
			if (x < 0 || t->nbos == 4)
				return err_set("%s: post_processor names an unknown token", file);
			t->bos[t->nbos++] = x;
		}
	}
	const struct json *dec = json_get(r, "decoder");
	const char *dt = dec ? jstr(dec, "type") : NULL;
	if (jis(dec, "type", "Sequence"))
		t->sp_decoder = 1;
	else if (dec && dec->type != JSON_NULL && !jis(dec, "type", "ByteLevel"))
		return err_set("%s: decoder '%s' is not supported", file, dt ? dt : "?");
	if (!t->byte_level && !t->prepend && !t->sp_decoder)
		return err_set("%s: neither a byte-level nor a SentencePiece-style tokenizer", file);
	return 0;
}

struct tok *
tok_load(const char *path)
{
	char p[4096];
	struct stat st;
	struct json_doc *d;
	struct tok *t;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		snprintf(p, sizeof(p), "%s/tokenizer.json", path);
	else
		snprintf(p, sizeof(p), "%s", path);
	if (!(d = json_load(p)))
		return NULL;
	t = ecalloc(1, sizeof(*t));
	if (load(t, json_root(d), p) < 0) {
		char why[600];
		snprintf(why, sizeof(why), "%s", err_reason());
		json_free(d);
		tok_free(t);
		err_set("%s", why);
		return NULL;
	}
	json_free(d);
	t->file = estrdup(p);
	if (S_ISDIR(st.st_mode) && tok_check_config(path) < 0) {
		tok_free(t);
		return NULL;
	}
	return t;
}

int
tok_check_config(const char *dir)
{
	char p[4096];
	struct stat st;
	struct json_doc *d;

	/* absent is fine; present, it must be JSON (an object) */
	if ((size_t)snprintf(p, sizeof(p), "%s/tokenizer_config.json", dir) >= sizeof(p))
		return err_set("%s: the path is too long", dir);
	if (stat(p, &st) != 0 && errno == ENOENT)
		return 0;
	if (!(d = json_load(p)))
		return -1;
	if (json_root(d)->type != JSON_OBJECT) {
		err_set("%s: expected a JSON object, got %s", p, json_type_an(json_root(d)->type));
		json_free(d);
		return -1;
	}
	json_free(d);
	return 0;
}

/* A token's text for a message: at most 40 bytes, control bytes escaped. */
static void
token_text(char *buf, size_t cap, const char *s, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n && k + 8 < cap; i++) {
		unsigned char c = (unsigned char)s[i];
		if (k >= 40) {
			k += (size_t)snprintf(buf + k, cap - k, "...");
			break;
		}
		if (c < 0x20 || c == 0x7F || c == '\\' || c == '\'')
			k += (size_t)snprintf(buf + k, cap - k, "\\x%02x", c);
		else
			buf[k++] = (char)c;
	}
	buf[k < cap ? k : cap - 1] = '\0';
}

int
tok_check_vocab(const struct tok *t, int vocab_size)
{
	char text[64];

	for (int id = vocab_size < 0 ? 0 : vocab_size; id < t->n; id++) {
		if (!t->vocab[id])
			continue;
		token_text(text, sizeof(text), t->vocab[id], t->vlen[id]);
		return err_set("%s: token '%s' has id %d, but the model's vocab_size is %d (ids 0..%d)",
		    t->file, text, id, vocab_size, vocab_size - 1);
	}
	return 0;
}

void
tok_free(struct tok *t)
{
	if (!t)
		return;
	free(t->file);
	for (int i = 0; i < t->n; i++)
		free(t->vocab[i]);
	for (int i = 0; i < t->nadded; i++) {
		free(t->added[i].content);
		free(t->added[i].text);
	}
	free(t->added);
	free(t->vocab);
	free(t->vlen);
	free(t->map);
	free(t->mkey);
	free(t->mval);
	free(t->prepend);
	free(t->rep_from);
	free(t->rep_to);
	if (t->split)
		pcre2_code_free(t->split);
	free(t);
}

int
tok_vocab_size(const struct tok *t)
{
	return t->n;
}

/* Normalizing: NFC, then Prepend (non-empty strings), then Replace */
static char *
normalize(const struct tok *t, const char *s, size_t n, size_t *outn)
{
	struct strbuf b = { 0 };
	char *nfc = NULL;

	if (t->nfc && n) {
		size_t len = 0;
		nfc = (char *)u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
		if (nfc) {
			s = nfc;
			n = len;
		}
	}
	if (t->prepend && n)
		sb_puts(&b, t->prepend);
	size_t fl = t->rep_from ? strlen(t->rep_from) : 0;
	for (size_t i = 0; i < n;) {
		if (fl && n - i >= fl && !memcmp(s + i, t->rep_from, fl)) {
			sb_puts(&b, t->rep_to);
			i += fl;
		} else {
			sb_putn(&b, s + i, 1);
			i++;
		}
	}
	free(nfc);
	*outn = b.len;
	if (!b.s)
		return estrdup("");
	return b.s;
}

/* BPE on one word: the merges by rank, leftmost first, with a heap */
struct sym {
	int id, prev, next, len;
};

struct cand {
	int rank, pos, left, right;
};

static void
heap_push(struct cand *h, int *n, struct cand c)
{
	int i = (*n)++;

	while (i > 0) {
		int p = (i - 1) / 2;
		if (h[p].rank < c.rank || (h[p].rank == c.rank && h[p].pos <= c.pos))
			break;
		h[i] = h[p];
		i = p;
	}
	h[i] = c;
}

static struct cand
heap_pop(struct cand *h, int *n)
{
	struct cand top = h[0], last = h[--(*n)];
	int i = 0;

	for (;;) {
		int l = 2 * i + 1, r = l + 1, m = i;
		struct cand *best = &last;
		if (l < *n && (h[l].rank < best->rank || (h[l].rank == best->rank && h[l].pos < best->pos))) {
			m = l;
			best = &h[l];
		}
		if (r < *n && (h[r].rank < best->rank || (h[r].rank == best->rank && h[r].pos < best->pos)))
			m = r;
		if (m == i)
			break;
		h[i] = h[m];
		i = m;
	}
	h[i] = last;
	return top;
}

static void
push_pair(const struct tok *t, struct sym *s, int a, struct cand *h, int *nh)
{
	int b = s[a].next, rank, merged;

	if (b < 0)
		return;
	if (merge_find(t, s[a].id, s[b].id, &rank, &merged))
		heap_push(h, nh, (struct cand){ rank, a, s[a].id, s[b].id });
}

static void
add_sym(struct sym *s, int *ns, int id, int len)
{
	int i = (*ns)++;

	s[i].id = id;
	s[i].prev = i - 1;
	s[i].next = i + 1;
	s[i].len = len;
}

static void
bpe_word(const struct tok *t, const char *w, size_t n, int **ids, size_t *nids, size_t *cap)
{
	int whole;

	if (!n)
		return;
	if (t->ignore_merges && (whole = vocab_find(t, w, n)) >= 0) {
		if (*nids == *cap)
			*ids = ereallocarray(*ids, *cap = *cap * 2 + 16, sizeof(**ids));
		(*ids)[(*nids)++] = whole;
		return;
	}
	struct sym *s = emalloc((n + 1) * 4 * sizeof(*s));
	int ns = 0;
	for (size_t i = 0; i < n;) {
		size_t l = ((unsigned char)w[i] & 0xC0) == 0x80 ? 1 : (unsigned char)w[i] < 0x80 ? 1 : (unsigned char)w[i] < 0xE0 ? 2 : (unsigned char)w[i] < 0xF0 ? 3 : 4;
		if (l > n - i)
			l = n - i;
		int id = vocab_find(t, w + i, l);
		if (id >= 0) {
			add_sym(s, &ns, id, (int)l);
		} else if (t->byte_fallback) {
			/* <0xNN> tokens for the character's bytes, if the vocab has them */
			int ok = 1, bid[4];
			for (size_t k = 0; k < l; k++) {
				char hx[8];
				snprintf(hx, sizeof(hx), "<0x%02X>", (unsigned char)w[i + k]);
				if ((bid[k] = vocab_find(t, hx, 6)) < 0)
					ok = 0;
			}
			if (ok) {
				for (size_t k = 0; k < l; k++)
					add_sym(s, &ns, bid[k], 1);
			} else if (!(t->fuse_unk && ns && s[ns - 1].id == t->unk && t->unk >= 0)) {
				add_sym(s, &ns, t->unk, (int)l);
			}
		} else if (!(t->fuse_unk && ns && s[ns - 1].id == t->unk && t->unk >= 0)) {
			add_sym(s, &ns, t->unk, (int)l);
		}
		i += l;
	}
	if (ns)
		s[ns - 1].next = -1;
	struct cand *h = emalloc((size_t)(ns + 1) * 3 * sizeof(*h));
	int nh = 0, hcap = (ns + 1) * 3;
	for (int i = 0; i < ns; i++)
		if (s[i].id >= 0 && s[i].next >= 0 && s[s[i].next].id >= 0)
			push_pair(t, s, i, h, &nh);
	while (nh) {
		struct cand c = heap_pop(h, &nh);
		int a = c.pos, b = s[a].next;
		if (s[a].id != c.left || b < 0 || s[b].id != c.right || s[a].len == 0)
			continue;	/* stale */
		int rank, merged;
		merge_find(t, s[a].id, s[b].id, &rank, &merged);
		s[a].id = merged;
		s[a].next = s[b].next;
		if (s[b].next >= 0)
			s[s[b].next].prev = a;
		s[b].len = 0;
		s[b].id = -2;
		if (nh + 2 >= hcap) {
			hcap *= 2;
			h = ereallocarray(h, (size_t)hcap, sizeof(*h));
		}
		if (s[a].prev >= 0 && s[s[a].prev].id >= 0)
			push_pair(t, s, s[a].prev, h, &nh);
		push_pair(t, s, a, h, &nh);
	}
	for (int i = 0; i >= 0 && i < ns; i = s[i].next) {
		if (s[i].id < 0)
			continue;
		if (*nids == *cap)
			*ids = ereallocarray(*ids, *cap = *cap * 2 + 16, sizeof(**ids));
		(*ids)[(*nids)++] = s[i].id;
		if (s[i].next < 0)
			break;
	}
	free(s);
	free(h);
}

/* Pre-tokenizes a normalized piece and runs BPE on each word. */
static void
model_piece(const struct tok *t, const char *p, size_t n, int **ids, size_t *nids, size_t *cap)
{
	char *pref = NULL;

	if (!n)
		return;
	if (t->byte_level && t->bl_prefix && t->bl_regex && p[0] != ' ') {
		pref = emalloc(n + 1);
		pref[0] = ' ';
		memcpy(pref + 1, p, n);
		p = pref;
		n++;
	}
	size_t start = 0;
	pcre2_match_data *md = t->split ? pcre2_match_data_create_from_pattern(t->split, NULL) : NULL;
	while (start < n) {
		size_t ws = start, we = n, next = n;
		if (md) {
			int rc = pcre2_match(t->split, (PCRE2_SPTR)p, n, start, PCRE2_NO_UTF_CHECK, md, NULL);
			if (rc > 0) {
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
				if (ov[0] > start) {
					/* the gap before the match is a word too */
					we = ov[0];
					next = ov[0];
				} else {
					we = ov[1];
					next = ov[1] > start ? ov[1] : start + 1;
				}
			}
		}
		if (t->byte_level) {
			/* bytes to the ByteLevel alphabet */
			char *m = emalloc((we - ws) * 2 + 1);
			size_t k = 0;
			for (size_t i = ws; i < we; i++)
				k += utf8_encode(m + k, t->bl_cp[(unsigned char)p[i]]);
			bpe_word(t, m, k, ids, nids, cap);
			free(m);
		} else {
			bpe_word(t, p + ws, we - ws, ids, nids, cap);
		}
		start = next;
	}
	if (md)
		pcre2_match_data_free(md);
	free(pref);
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Splits s on added tokens of one kind (normalized or not): text pieces
 * go to fn, token ids are appended. */
static void
split_added(const struct tok *t, const char *s, size_t n, int normalized, int pass,
    int **ids, size_t *nids, size_t *cap)
{
	size_t i = 0, piece = 0;

	while (i <= n) {
		const struct added *best = NULL;
		if (i < n && !t->first[normalized][(unsigned char)s[i]]) {
			i++;
			continue;
		}
		if (i < n) {
			for (int k = 0; k < t->nadded; k++) {
				const struct added *a = &t->added[k];
				if (a->normalized != normalized || a->len == 0 || a->len > n - i ||
				    memcmp(s + i, a->content, a->len))
					continue;
				if (!best || a->len > best->len)
					best = a;
			}
		}
		if (!best && i < n) {
			i++;
			continue;
		}
		/* the text before the token (without what lstrip takes) */
		size_t end = i;
		if (best && best->lstrip)
			while (end > piece && is_space((unsigned char)s[end - 1]))
				end--;
		if (end > piece) {
			if (pass == 0) {
				/* normalize this piece, then split on normalized tokens */
				size_t nn;
				char *ns = normalize(t, s + piece, end - piece, &nn);
				split_added(t, ns, nn, 1, 1, ids, nids, cap);
				free(ns);
			} else {
				model_piece(t, s + piece, end - piece, ids, nids, cap);
			}
		}
		if (!best)
			break;
		if (*nids == *cap)
			*ids = ereallocarray(*ids, *cap = *cap * 2 + 16, sizeof(**ids));
		(*ids)[(*nids)++] = best->id;
		i += best->len;
		if (best->rstrip)
			while (i < n && is_space((unsigned char)s[i]))
				i++;
		piece = i;
	}
}

long
tok_encode(const struct tok *t, const char *text, size_t n, int add_special, int **ids)
{
	size_t nids = 0, cap = 16;

	/* tokenizers take strings: invalid UTF-8 is refused, never guessed */
	if (!utf8_valid((const unsigned char *)text, n)) {
		const unsigned char *p = (const unsigned char *)text, *end = p + n;
		size_t i = 0, k;
		while (i < n && (k = utf8_char_len(p + i, end)))
			i += k;
		*ids = NULL;
		return err_set("the text is not valid UTF-8 at byte %zu (0x%02x)", i, p[i]);
	}

	*ids = emalloc(cap * sizeof(**ids));
	if (add_special)
		for (int i = 0; i < t->nbos; i++)
			(*ids)[nids++] = t->bos[i];
	split_added(t, text, n, 0, 0, ids, &nids, &cap);
	return (long)nids;
}

/* Decoding */

/* The bytes token id contributes, before the whole-string steps. */
static int
token_bytes(const struct tok *t, int id, struct strbuf *b, int *is_byte)
{
	const char *s;
	size_t n;

	*is_byte = 0;
	if (id < 0 || id >= t->n || !t->vocab[id])
		return err_set("unknown token id %d", id);
	s = t->vocab[id];
	n = t->vlen[id];
	for (int k = 0; k < t->nadded; k++)
		if (t->added[k].id == id) {
			sb_putn(b, t->added[k].text, strlen(t->added[k].text));
			return 0;
		}
	if (t->byte_level && !t->sp_decoder) {
		/* code points back to bytes; a token outside the alphabet as is */
		size_t mark = b->len, k;
		for (size_t i = 0; i < n; i += k) {
			uint32_t cp = utf8_decode((const unsigned char *)s + i, n - i, &k);
			if (cp >= 0x200 || t->bl_byte[cp] < 0) {
				b->len = mark;
				sb_putn(b, s, n);
				return 0;
			}
			char c = (char)t->bl_byte[cp];
			sb_putn(b, &c, 1);
		}
		return 0;
	}
	if (n == 6 && !memcmp(s, "<0x", 3) && s[5] == '>') {
		char c = (char)strtol(s + 3, NULL, 16);
		sb_putn(b, &c, 1);
		*is_byte = 1;
		return 0;
	}
	/* Replace ▁ with a space */
	for (size_t i = 0; i < n;) {
		if (n - i >= 3 && !memcmp(s + i, "\xE2\x96\x81", 3)) {
			sb_puts(b, " ");
			i += 3;
		} else {
			sb_putn(b, s + i, 1);
			i++;
		}
	}
	return 0;
}

/* Appends n bytes to out with each ill-formed subpart replaced by one
 * U+FFFD, as the ByteLevel decoder's from_utf8_lossy does. */
static void
put_lossy(struct strbuf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;

	while (p < end) {
		const unsigned char *run = p;
		size_t k;
		while (p < end && (k = utf8_char_len(p, end)))
			p += k;
		sb_putn(out, (const char *)run, (size_t)(p - run));
		if (p < end) {
			sb_puts(out, "\xEF\xBF\xBD");
			p += utf8_bad_len(p, end);
		}
	}
}

char *
tok_decode(const struct tok *t, const int *ids, size_t n, size_t *len)
{
	struct strbuf out = { 0 }, run = { 0 }, all = { 0 };

	for (size_t i = 0; i <= n; i++) {
		struct strbuf one = { 0 };
		int is_byte = 0;
		if (i < n && token_bytes(t, ids[i], &one, &is_byte) < 0) {
			sb_free(&out);
			sb_free(&run);
			sb_free(&one);
			return NULL;
		}
		if (is_byte) {
			sb_putn(&run, one.s, one.len);
			sb_free(&one);
			continue;
		}
		if (run.len) {
			/* ByteFallback: a run of byte tokens that is not UTF-8
			 * becomes one U+FFFD per byte */
			if (utf8_valid((unsigned char *)run.s, run.len))
				sb_putn(&out, run.s, run.len);
			else
				for (size_t k = 0; k < run.len; k++)
					sb_puts(&out, "\xEF\xBF\xBD");
			run.len = 0;
		}
		if (one.len)
			sb_putn(&out, one.s, one.len);
		sb_free(&one);
	}
	sb_free(&run);
	/* ByteLevel: the bytes of every token, then UTF-8 decoded lossily:
	 * a token that is half a character gives U+FFFD, never raw bytes */
	put_lossy(&all, out.s ? out.s : "", out.len);
	sb_free(&out);
	out = all;
	if (t->sp_decoder && out.len && out.s[0] == ' ') {
		/* Strip: one leading space of the whole text */
		memmove(out.s, out.s + 1, out.len);
		out.len--;
	}
	*len = out.len;
	if (!out.s)
		return estrdup("");
	return out.s;
}

/* Releases the complete characters of s->pending: valid ones as they
 * are, ill-formed subparts as U+FFFD (one per byte for a run of byte
 * tokens, as ByteFallback; one per subpart for ByteLevel); keeps a tail
 * that may still become a character unless flush. */
static void
stream_drain(struct tok_stream *s, struct strbuf *w, struct strbuf *o, int flush)
{
	const unsigned char *p = (const unsigned char *)w->s, *end = p + w->len;
	size_t k;

	while (p < end) {
		if ((k = utf8_char_len(p, end))) {
			sb_putn(o, (const char *)p, k);
			p += k;
			continue;
		}
		k = utf8_bad_len(p, end);
		if (p + k == end && !flush && *p >= 0xC2 && *p <= 0xF4)
			break;	/* may be completed by the next token */
		for (size_t i = 0; i < (s->t->sp_decoder ? k : 1); i++)
			sb_puts(o, "\xEF\xBF\xBD");
		p += k;
	}
	s->npending = (int)(end - p);
	memcpy(s->pending, p, (size_t)s->npending);
}

static long
stream_out(struct tok_stream *s, struct strbuf *o, char *out, size_t cap)
{
	const char *p = o->s;
	size_t n = o->len, k;

	if (!s->started && n) {
		s->started = 1;
		if (s->t->sp_decoder && p[0] == ' ') {
			p++;
			n--;
		}
	}
	k = n < cap ? n : cap;
	if (k)
		memcpy(out, p, k);
	return (long)k;
}

long
tok_stream_put(struct tok_stream *s, int id, char *out, size_t cap)
{
	struct strbuf b = { 0 }, w = { 0 }, o = { 0 };
	int is_byte;
	long k;

	if (token_bytes(s->t, id, &b, &is_byte) < 0) {
		sb_free(&b);
		return -1;
	}
	if (s->t->sp_decoder && !is_byte && s->npending) {
		/* a run of byte tokens ended short of a character */
		sb_putn(&w, (const char *)s->pending, (size_t)s->npending);
		stream_drain(s, &w, &o, 1);
		w.len = 0;
	}
	sb_putn(&w, (const char *)s->pending, (size_t)s->npending);
	sb_putn(&w, b.s ? b.s : "", b.len);
	stream_drain(s, &w, &o, 0);
	k = stream_out(s, &o, out, cap);
	sb_free(&b);
	sb_free(&w);
	sb_free(&o);
	return k;
}

long
tok_stream_flush(struct tok_stream *s, char *out, size_t cap)
{
	struct strbuf w = { 0 }, o = { 0 };
	long k;

	sb_putn(&w, (const char *)s->pending, (size_t)s->npending);
	stream_drain(s, &w, &o, 1);
	k = stream_out(s, &o, out, cap);
	sb_free(&w);
	sb_free(&o);
	return k;
}
