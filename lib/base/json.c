#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/err.h"
#include "base/file.h"
#include "base/json.h"
#include "base/utf8.h"
#include "base/util.h"

struct json_doc {
	struct arena arena;
	struct json root;
	char *name;
};

struct parser {
	const char *s, *p, *end;
	const char *line_start;
	int line;
	const char *name;
	struct arena *arena;
	/* children of the arrays and objects being parsed, stacked */
	struct json_member *stack;
	size_t nstack, capstack;
	char *buf;		/* scratch for decoding strings */
	size_t capbuf;
	int depth;
};

static int
fail_at(struct parser *ps, const char *at, const char *what)
{
	/* tokens never hold a newline, so at lies on the current line */
	return err_set("%s:%d:%d: %s", ps->name, ps->line,
	    (int)(at - ps->line_start) + 1, what);
}

static void
skip_ws(struct parser *ps)
{
	while (ps->p < ps->end) {
		char c = *ps->p;
		if (c == '\n') {
			ps->line++;
			ps->line_start = ps->p + 1;
		} else if (c != ' ' && c != '\t' && c != '\r') {
			break;
		}
		ps->p++;
	}
}

static void
buf_put(struct parser *ps, size_t *n, const char *b, size_t k)
{
	if (*n + k + 1 > ps->capbuf) {
		while (*n + k + 1 > ps->capbuf)
			ps->capbuf = ps->capbuf ? ps->capbuf * 2 : 256;
		ps->buf = erealloc(ps->buf, ps->capbuf);
	}
	memcpy(ps->buf + *n, b, k);
	*n += k;
}

static int
hex4(const char *p, const char *end, unsigned *out)
{
	unsigned v = 0;
	int i;

	if (end - p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/* Parses a string at ps->p (on the opening quote) into the arena. */
static int
parse_string(struct parser *ps, const char **out, size_t *outlen)
{
	const char *p = ps->p + 1;
	size_t n = 0;
	char u[4];

	for (;;) {
		const char *run = p;
		while (p < ps->end && *p != '"' && *p != '\\' &&
		    (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x80)
			p++;
		buf_put(ps, &n, run, (size_t)(p - run));
		if (p >= ps->end)
			return fail_at(ps, ps->p, "unterminated string");
		if (*p == '"')
			break;
		if ((unsigned char)*p < 0x20)
			return fail_at(ps, p, "control character in string");
		if ((unsigned char)*p >= 0x80) {
			size_t k = utf8_char_len((const unsigned char *)p,
			    (const unsigned char *)ps->end);
			if (!k)
				return fail_at(ps, p, "invalid UTF-8 in string");
			buf_put(ps, &n, p, k);
			p += k;
			continue;
		}
		/* an escape */
		if (p + 1 >= ps->end)
			return fail_at(ps, ps->p, "unterminated string");
		switch (p[1]) {
		case '"': buf_put(ps, &n, "\"", 1); p += 2; continue;
		case '\\': buf_put(ps, &n, "\\", 1); p += 2; continue;
		case '/': buf_put(ps, &n, "/", 1); p += 2; continue;
		case 'b': buf_put(ps, &n, "\b", 1); p += 2; continue;
		case 'f': buf_put(ps, &n, "\f", 1); p += 2; continue;
		case 'n': buf_put(ps, &n, "\n", 1); p += 2; continue;
		case 'r': buf_put(ps, &n, "\r", 1); p += 2; continue;
		case 't': buf_put(ps, &n, "\t", 1); p += 2; continue;
		case 'u': break;
		default:
			return fail_at(ps, p, "invalid escape in string");
		}
		unsigned cp, lo;
		if (hex4(p + 2, ps->end, &cp) < 0)
			return fail_at(ps, p, "invalid \\u escape: expected 4 hex digits");
		if (cp >= 0xDC00 && cp <= 0xDFFF)
			return fail_at(ps, p, "invalid \\u escape: lone low surrogate");
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			if (ps->end - p < 12 || p[6] != '\\' || p[7] != 'u' ||
			    hex4(p + 8, ps->end, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
				return fail_at(ps, p, "invalid \\u escape: high surrogate without low surrogate");
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			p += 6;
		}
		buf_put(ps, &n, u, utf8_encode(u, cp));
		p += 6;
	}
	*out = arena_strndup(ps->arena, ps->buf ? ps->buf : "", n);
	*outlen = n;
	ps->p = p + 1;
	return 0;
}

static int
parse_number(struct parser *ps, struct json *v)
{
	const char *p = ps->p, *start = p;
	int is_int = 1, neg = 0;
	uint64_t mag = 0;
	int overflow = 0;
	char tmp[64], *big = NULL, *numtext;

	if (*p == '-') {
		neg = 1;
		p++;
	}
	if (ps->end - p >= 8 && !memcmp(p, "Infinity", 8)) {
		v->num = neg ? -INFINITY : INFINITY;
		ps->p = p + 8;
		return 0;
	}
	if (p >= ps->end || *p < '0' || *p > '9')
		return fail_at(ps, start, "invalid number");
	if (*p == '0' && p + 1 < ps->end && p[1] >= '0' && p[1] <= '9')
		return fail_at(ps, start, "invalid number: leading zero");
	while (p < ps->end && *p >= '0' && *p <= '9') {
		unsigned d = (unsigned)(*p - '0');
		if (mag > (UINT64_MAX - d) / 10)
			overflow = 1;
		else
			mag = mag * 10 + d;
		p++;
	}
	if (p < ps->end && *p == '.') {
		is_int = 0;
		p++;
		if (p >= ps->end || *p < '0' || *p > '9')
			return fail_at(ps, start, "invalid number: digit expected after '.'");
		while (p < ps->end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < ps->end && (*p == 'e' || *p == 'E')) {
		is_int = 0;
		p++;
		if (p < ps->end && (*p == '+' || *p == '-'))
			p++;
		if (p >= ps->end || *p < '0' || *p > '9')
			return fail_at(ps, start, "invalid number: digit expected in exponent");
		while (p < ps->end && *p >= '0' && *p <= '9')
			p++;
	}
	/* strtod needs a terminated copy: the text need not be */
	size_t len = (size_t)(p - start);
	if (len < sizeof(tmp)) {
		numtext = tmp;
	} else {
		numtext = big = emalloc(len + 1);
	}
	memcpy(numtext, start, len);
	numtext[len] = '\0';
	v->num = strtod(numtext, NULL);
	free(big);
	if (is_int && !overflow &&
	    (neg ? mag <= (uint64_t)INT64_MAX + 1 : mag <= (uint64_t)INT64_MAX)) {
		v->is_int = 1;
		v->inum = neg ? (int64_t)(0 - mag) : (int64_t)mag;
	}
	ps->p = p;
	return 0;
}

static int
literal(struct parser *ps, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
		return 0;
	/* "nullx" is not null followed by garbage we accept later: the
	 * caller reports what follows */
	ps->p += n;
	return 1;
}

static void
stack_push(struct parser *ps, struct json_member *m)
{
	if (ps->nstack == ps->capstack) {
		ps->capstack = ps->capstack ? ps->capstack * 2 : 64;
		ps->stack = ereallocarray(ps->stack, ps->capstack, sizeof(*ps->stack));
	}
	ps->stack[ps->nstack++] = *m;
}

static int parse_value(struct parser *ps, struct json *v);

static uint64_t
key_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return h;
}

/* A key given twice keeps its first place and takes its last value, as
 * a Python dict built by json.loads does.  Returns the members left. */
static size_t
dedupe(struct json_member *m, size_t n)
{
	size_t i, k, out = 0, cap, *slot;

	if (n < 2)
		return n;
	for (cap = 16; cap < 2 * n; cap *= 2)
		;
	slot = emalloc(cap * sizeof(*slot));
	memset(slot, 0xFF, cap * sizeof(*slot));
	for (i = 0; i < n; i++) {
		for (k = key_hash(m[i].key, m[i].keylen) & (cap - 1); slot[k] != SIZE_MAX; k = (k + 1) & (cap - 1)) {
			struct json_member *o = &m[slot[k]];
			if (o->keylen == m[i].keylen && !memcmp(o->key, m[i].key, o->keylen))
				break;
		}
		if (slot[k] != SIZE_MAX) {
			m[slot[k]].val = m[i].val;
			continue;
		}
		slot[k] = out;
		m[out++] = m[i];
	}
	free(slot);
	return out;
}

static int
parse_container(struct parser *ps, struct json *v, int is_obj)
{
	size_t base = ps->nstack, i, n;
	char close = is_obj ? '}' : ']';
	struct json_member m;

	if (++ps->depth > JSON_MAX_DEPTH)
		return fail_at(ps, ps->p, "nesting too deep");
	ps->p++;
	skip_ws(ps);
	if (ps->p < ps->end && *ps->p == close) {
		ps->p++;
		goto done;
	}
	for (;;) {
		memset(&m, 0, sizeof(m));
		skip_ws(ps);
		if (is_obj) {
			if (ps->p >= ps->end)
				return fail_at(ps, ps->p, "unexpected end of input in object");
			if (*ps->p != '"')
				return fail_at(ps, ps->p, "expected string key in object");
			if (parse_string(ps, &m.key, &m.keylen) < 0)
				return -1;
			skip_ws(ps);
			if (ps->p >= ps->end || *ps->p != ':')
				return fail_at(ps, ps->p, "expected ':' after object key");
			ps->p++;
		}
		if (parse_value(ps, &m.val) < 0)
			return -1;
		stack_push(ps, &m);
		skip_ws(ps);
		if (ps->p >= ps->end)
			return fail_at(ps, ps->p, is_obj ? "unexpected end of input in object" :
			    "unexpected end of input in array");
		if (*ps->p == ',') {
			ps->p++;
			continue;
		}
		if (*ps->p == close) {
			ps->p++;
			break;
		}
		return fail_at(ps, ps->p, is_obj ? "expected ',' or '}' in object" :
		    "expected ',' or ']' in array");
	}
done:
	n = ps->nstack - base;
	if (is_obj && n > 1)	/* (the stack is NULL before a first push) */
		n = dedupe(ps->stack + base, n);
	v->n = n;
	if (is_obj) {
		v->type = JSON_OBJECT;
		v->members = arena_alloc(ps->arena, n * sizeof(*v->members));
		if (n)
			memcpy(v->members, ps->stack + base, n * sizeof(*v->members));
	} else {
		v->type = JSON_ARRAY;
		v->items = arena_alloc(ps->arena, n * sizeof(*v->items));
		for (i = 0; i < n; i++)
			v->items[i] = ps->stack[base + i].val;
	}
	ps->nstack = base;
	ps->depth--;
	return 0;
}

static int
parse_value(struct parser *ps, struct json *v)
{
	skip_ws(ps);
	memset(v, 0, sizeof(*v));
	v->line = ps->line;
	v->col = (int)(ps->p - ps->line_start) + 1;
	if (ps->p >= ps->end)
		return fail_at(ps, ps->p, "unexpected end of input");
	switch (*ps->p) {
	case '{':
		return parse_container(ps, v, 1);
	case '[':
		return parse_container(ps, v, 0);
	case '"':
		v->type = JSON_STRING;
		return parse_string(ps, &v->str, &v->n);
	case 't':
		if (!literal(ps, "true"))
			break;
		v->type = JSON_BOOL;
		v->boolean = 1;
		return 0;
	case 'f':
		if (!literal(ps, "false"))
			break;
		v->type = JSON_BOOL;
		return 0;
	case 'n':
		if (!literal(ps, "null"))
			break;
		v->type = JSON_NULL;
		return 0;
	case 'N':
		if (!literal(ps, "NaN"))
			break;
		v->type = JSON_NUMBER;
		v->num = NAN;
		return 0;
	case 'I':
	case '-':
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		v->type = JSON_NUMBER;
		if (*ps->p == 'I') {
			if (!literal(ps, "Infinity"))
				break;
			v->num = INFINITY;
			return 0;
		}
		return parse_number(ps, v);
	}
	return fail_at(ps, ps->p, "unexpected character");
}

struct json_doc *
json_parse(const char *text, size_t len, const char *name)
{
	struct json_doc *doc = ecalloc(1, sizeof(*doc));
	struct parser ps = {0};
	int r;

	doc->name = estrdup(name);
	ps.s = ps.p = ps.line_start = text;
	ps.end = text + len;
	ps.line = 1;
	ps.name = doc->name;
	ps.arena = &doc->arena;
	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
		ps.p = ps.line_start = text + 3;	/* a BOM */
	r = parse_value(&ps, &doc->root);
	if (r == 0) {
		skip_ws(&ps);
		if (ps.p < ps.end)
			r = fail_at(&ps, ps.p, "trailing characters after JSON value");
	}
	free(ps.stack);
	free(ps.buf);
	if (r < 0) {
		json_free(doc);
		return NULL;
	}
	return doc;
}

struct json_doc *
json_load(const char *path)
{
	struct json_doc *doc;
	size_t len;
	char *text;

	if (!(text = file_read(path, &len)))
		return NULL;
	doc = json_parse(text, len, strcmp(path, "-") ? path : "<stdin>");
	free(text);
	return doc;
}

const struct json *
json_root(const struct json_doc *doc)
{
	return &doc->root;
}

const char *
json_name(const struct json_doc *doc)
{
	return doc->name;
}

void
json_free(struct json_doc *doc)
{
	if (!doc)
		return;
	arena_free(&doc->arena);
	free(doc->name);
	free(doc);
}

const struct json *
json_get(const struct json *o, const char *key)
{
	size_t i, n;

	if (!o || o->type != JSON_OBJECT)
		return NULL;
	n = strlen(key);
	for (i = 0; i < o->n; i++)
		if (o->members[i].keylen == n && !memcmp(o->members[i].key, key, n))
			return &o->members[i].val;
	return NULL;
}

int
json_str_is(const struct json *v, const char *s)
{
	size_t n = strlen(s);

	return v && v->type == JSON_STRING && v->n == n && !memcmp(v->str, s, n);
}

int
json_key_is(const struct json_member *m, const char *s)
{
	size_t n = strlen(s);

	return m->keylen == n && !memcmp(m->key, s, n);
}

int
json_equal(const struct json *a, const struct json *b)
{
	if (a->type != b->type)
		return 0;
	switch (a->type) {
	case JSON_NULL:
		return 1;
	case JSON_BOOL:
		return !a->boolean == !b->boolean;
	case JSON_NUMBER:
		if (a->is_int && b->is_int)
			return a->inum == b->inum;
		return a->num == b->num || (isnan(a->num) && isnan(b->num));
	case JSON_STRING:
		return a->n == b->n && !memcmp(a->str, b->str, a->n);
	case JSON_ARRAY:
		if (a->n != b->n)
			return 0;
		for (size_t i = 0; i < a->n; i++)
			if (!json_equal(&a->items[i], &b->items[i]))
				return 0;
		return 1;
	case JSON_OBJECT:
		if (a->n != b->n)
			return 0;
		/* keys are unique (a repeated one is merged), so each of a's
		 * found in b with an equal value means the same object */
		for (size_t i = 0; i < a->n; i++) {
			const struct json_member *m = &a->members[i];
			size_t k;
			for (k = 0; k < b->n; k++)
				if (b->members[k].keylen == m->keylen && !memcmp(b->members[k].key, m->key, m->keylen))
					break;
			if (k == b->n || !json_equal(&m->val, &b->members[k].val))
				return 0;
		}
		return 1;
	}
	return 0;
}

const char *
json_type_an(enum json_type t)
{
	switch (t) {
	case JSON_NULL: return "null";
	case JSON_BOOL: return "a boolean";
	case JSON_NUMBER: return "a number";
	case JSON_STRING: return "a string";
	case JSON_ARRAY: return "an array";
	case JSON_OBJECT: return "an object";
	}
	return "?";
}

const char *
json_type_name(enum json_type t)
{
	switch (t) {
	case JSON_NULL: return "null";
	case JSON_BOOL: return "boolean";
	case JSON_NUMBER: return "number";
	case JSON_STRING: return "string";
	case JSON_ARRAY: return "array";
	case JSON_OBJECT: return "object";
	}
	return "?";
}
