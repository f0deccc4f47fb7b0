#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "compare/mdiff.h"
#include "base/util.h"

static const char header[] = "// emit ";

static int
is_header(const char *p, const char *end)
{
	size_t n = sizeof(header) - 1;

	return (size_t)(end - p) >= n && !memcmp(p, header, n);
}

int
mdiff_header_get(const char *h, size_t hlen, const char *key, char *val, size_t n)
{
	size_t klen = strlen(key);
	const char *p = h, *end = h + hlen;

	while (p < end) {
		while (p < end && *p == ' ')
			p++;
		const char *w = p;
		while (p < end && *p != ' ' && *p != '\n')
			p++;
		if ((size_t)(p - w) > klen && !memcmp(w, key, klen) && w[klen] == '=') {
			size_t vl = (size_t)(p - w) - klen - 1;
			if (vl == 0 || vl >= n)
				return -1;
			memcpy(val, w + klen + 1, vl);
			val[vl] = '\0';
			return 0;
		}
		if (p < end && *p == '\n')
			break;
	}
	return -1;
}

static int
safe_name(const char *s)
{
	/* a golden path component: no slashes, no "..", nothing odd */
	if (!strcmp(s, ".") || !strcmp(s, ".."))
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && !strchr("._-", *s))
			return 0;
	return 1;
}

int
mdiff_split(const char *buf, size_t len, const char *name, struct mmod **out)
{
	const char *p = buf, *end = buf + len;
	struct mmod *m = NULL;
	int n = 0, line = 1;

	*out = NULL;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (is_header(p, end)) {
			struct mmod *c;
			m = ereallocarray(m, (size_t)n + 1, sizeof(*m));
			c = &m[n++];
			memset(c, 0, sizeof(*c));
			c->text = p;
			c->line = line;
			size_t hl = (size_t)(le - p);
			if (mdiff_header_get(p, hl, "arch", c->arch, sizeof(c->arch)) < 0 ||
			    mdiff_header_get(p, hl, "graph", c->graph, sizeof(c->graph)) < 0 ||
			    mdiff_header_get(p, hl, "precision", c->precision, sizeof(c->precision)) < 0) {
				free(m);
				return err_set("%s:%d: header line without arch=, graph= and precision=", name, line);
			}
			if (!safe_name(c->arch) || !safe_name(c->graph)) {
				free(m);
				return err_set("%s:%d: arch or graph is not a plain file name", name, line);
			}
		} else if (n == 0) {
			for (const char *q = p; q < le; q++)
				if (!isspace((unsigned char)*q)) {
					free(m);
					return err_set("%s:%d: text before the first '// emit' header line", name, line);
				}
		}
		if (n)
			m[n - 1].len = (size_t)((nl ? nl + 1 : end) - m[n - 1].text);
		p = nl ? nl + 1 : end;
		line++;
	}
	if (n == 0) {
		free(m);
		return err_set("%s: no module (no '// emit' header line)", name);
	}
	*out = m;
	return n;
}

/* Byte comparison */

struct mdiff_result
mdiff_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
	struct mdiff_result r = { .same = 1 };
	const char *pa = a, *pb = b, *ea = a + alen, *eb = b + blen;
	int line = 1;

	if (alen == blen && !memcmp(a, b, alen))
		return r;
	for (;; line++) {
		const char *na = memchr(pa, '\n', (size_t)(ea - pa)), *nb = memchr(pb, '\n', (size_t)(eb - pb));
		size_t la = (size_t)((na ? na : ea) - pa), lb = (size_t)((nb ? nb : eb) - pb);
		int aend = pa >= ea, bend = pb >= eb;
		if (aend || bend || la != lb || memcmp(pa, pb, la) || !na != !nb) {
			size_t c = 0;
			while (c < la && c < lb && pa[c] == pb[c])
				c++;
			r.same = 0;
			r.line = line;
			r.col = (int)c + 1;
			r.a = pa;
			r.alen = aend ? 0 : la;
			r.b = pb;
			r.blen = bend ? 0 : lb;
			r.a_ended = aend;
			r.b_ended = bend;
			return r;
		}
		pa = na + 1;
		pb = nb + 1;
	}
}

/* Structural comparison: both texts become token streams */

enum { TK_WORD, TK_VALUE, TK_NUM, TK_STR, TK_PUNCT };

struct tok {
	int kind;
	const char *s;	/* in the text */
	size_t n;
	int line;
	long canon;	/* TK_VALUE: index of first use in its function */
	double num;
};

struct toks {
	struct tok *t;
	size_t n, cap;
};

/* SSA names of one function, numbered in order of first appearance:
 * an open-addressing table of (text, length) -> number */
struct namemap {
	struct { const char *s; size_t n; long id; } *slot;
	size_t cap, n;
};

static uint64_t
hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return h;
}

static long
canon_name(struct namemap *m, const char *s, size_t n)
{
	size_t i;

	if (2 * (m->n + 1) > m->cap) {
		struct namemap old = *m;
		m->cap = old.cap ? old.cap * 2 : 256;
		m->slot = ecalloc(m->cap, sizeof(*m->slot));
		for (size_t j = 0; j < old.cap; j++) {
			if (!old.slot[j].s)
				continue;
			for (i = hash_bytes(old.slot[j].s, old.slot[j].n) & (m->cap - 1); m->slot[i].s;
			    i = (i + 1) & (m->cap - 1))
				;
			m->slot[i] = old.slot[j];
		}
		free(old.slot);
	}
	for (i = hash_bytes(s, n) & (m->cap - 1); m->slot[i].s; i = (i + 1) & (m->cap - 1))
		if (m->slot[i].n == n && !memcmp(m->slot[i].s, s, n))
			return m->slot[i].id;
	m->slot[i].s = s;
	m->slot[i].n = n;
	m->slot[i].id = (long)m->n++;
	return m->slot[i].id;
}

static void
namemap_clear(struct namemap *m)
{
	if (m->cap)
		memset(m->slot, 0, m->cap * sizeof(*m->slot));
	m->n = 0;
}

static void
push(struct toks *ts, struct tok t)
{
	if (ts->n == ts->cap) {
		ts->cap = ts->cap ? ts->cap * 2 : 1024;
		ts->t = ereallocarray(ts->t, ts->cap, sizeof(*ts->t));
	}
	ts->t[ts->n++] = t;
}

static void
tokenize(const char *s, size_t len, struct toks *ts)
{
	const char *p = s, *end = s + len;
	int line = 1;
	struct namemap names = { 0 };

	while (p < end) {
		char c = *p;
		if (c == '\n') {
			line++;
			p++;
			continue;
		}
		if (isspace((unsigned char)c)) {
			p++;
			continue;
		}
		if (c == '/' && p + 1 < end && p[1] == '/') {
			while (p < end && *p != '\n')
				p++;
			continue;
		}
		if (c == '#' && end - p > 4 && !memcmp(p, "#loc", 4)) {
			/* "#loc3 = loc(...)" lines and "loc(#loc3)" uses */
			p += 4;
			while (p < end && (isalnum((unsigned char)*p) || *p == '_'))
				p++;
			const char *q = p;
			while (q < end && *q == ' ')
				q++;
			if (q < end && *q == '=') {
				while (p < end && *p != '\n')
					p++;
			}
			continue;
		}
		if (end - p > 4 && !memcmp(p, "loc(", 4) && (p == s || !isalnum((unsigned char)p[-1]))) {
			int depth = 0;
			for (; p < end; p++) {
				if (*p == '"') {
					for (p++; p < end && *p != '"'; p++)
						if (*p == '\\')
							p++;
				} else if (*p == '(') {
					depth++;
				} else if (*p == ')' && --depth == 0) {
					p++;
					break;
				} else if (*p == '\n') {
					line++;
				}
			}
			continue;
		}
		struct tok t = { .s = p, .line = line };
		if (c == '%' || c == '^') {
			p++;
			while (p < end && (isalnum((unsigned char)*p) || *p == '_' || *p == '.' || *p == '$' || *p == '-'))
				p++;
			t.kind = TK_VALUE;
			t.n = (size_t)(p - t.s);
			/* %x#1 keeps its result number */
			t.canon = canon_name(&names, t.s, t.n);
		} else if (c == '"') {
			for (p++; p < end && *p != '"'; p++)
				if (*p == '\\')
					p++;
			p = p < end ? p + 1 : end;
			t.kind = TK_STR;
			t.n = (size_t)(p - t.s);
		} else if (isdigit((unsigned char)c) || ((c == '-' || c == '+') && p + 1 < end && isdigit((unsigned char)p[1]))) {
			char buf[64];
			const char *q = p + 1;
			if (c == '0' && q < end && (*q == 'x' || *q == 'X')) {
				for (q++; q < end && isxdigit((unsigned char)*q); q++)
					;
				t.num = (double)strtoull(p, NULL, 16);
			} else {
				while (q < end && (isalnum((unsigned char)*q) || *q == '.' ||
				    ((*q == '-' || *q == '+') && (q[-1] == 'e' || q[-1] == 'E'))))
					q++;
				size_t n = (size_t)(q - p) < sizeof(buf) ? (size_t)(q - p) : sizeof(buf) - 1;
				memcpy(buf, p, n);
				buf[n] = '\0';
				char *e;
				t.num = strtod(buf, &e);
				if (*e) {
					/* "4x8xf32" in a type: the digits only are a number */
					q = p;
					while (q < end && isdigit((unsigned char)*q))
						q++;
					t.num = strtod(p, NULL);
				}
			}
			p = q;
			t.kind = TK_NUM;
			t.n = (size_t)(p - t.s);
		} else if (isalpha((unsigned char)c) || c == '_' || c == '@' || c == '!' || c == '#') {
			for (p++; p < end && (isalnum((unsigned char)*p) || strchr("_.$@#", *p)); p++)
				;
			t.kind = TK_WORD;
			t.n = (size_t)(p - t.s);
			if (t.n == 9 && !memcmp(t.s, "func.func", 9))
				namemap_clear(&names);	/* names restart per function */
		} else {
			p++;
			t.kind = TK_PUNCT;
			t.n = 1;
		}
		push(ts, t);
	}
	free(names.slot);
}

static int
hexval(char c)
{
	return isdigit((unsigned char)c) ? c - '0' : tolower((unsigned char)c) - 'a' + 10;
}

static int
tok_eq(const struct tok *x, const struct tok *y)
{
	if (x->kind != y->kind)
		return 0;
	switch (x->kind) {
	case TK_VALUE:
		return x->canon == y->canon;
	case TK_NUM:
		return x->num == y->num || (float)x->num == (float)y->num;
	case TK_STR:
		if (x->n > 3 && y->n > 3 && !memcmp(x->s, "\"0x", 3) && !memcmp(y->s, "\"0x", 3)) {
			if (x->n != y->n)
				return 0;
			for (size_t i = 3; i + 1 < x->n; i++)
				if (hexval(x->s[i]) != hexval(y->s[i]))
					return 0;
			return 1;
		}
		/* fall through */
	default:
		return x->n == y->n && !memcmp(x->s, y->s, x->n);
	}
}

static const char *
line_at(const char *s, size_t len, int line, size_t *n)
{
	const char *p = s, *end = s + len;

	for (int l = 1; l < line && p < end; l++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	*n = (size_t)((nl ? nl : end) - p);
	return p;
}

struct mdiff_result
mdiff_structural(const char *a, size_t alen, const char *b, size_t blen, int *bline)
{
	struct toks ta = { 0 }, tb = { 0 };
	struct mdiff_result r = { .same = 1 };
	size_t i;

	tokenize(a, alen, &ta);
	tokenize(b, blen, &tb);
	for (i = 0; i < ta.n && i < tb.n && tok_eq(&ta.t[i], &tb.t[i]); i++)
		;
	if (i < ta.n || i < tb.n) {
		r.same = 0;
		r.a_ended = i >= ta.n;
		r.b_ended = i >= tb.n;
		r.line = r.a_ended ? (ta.n ? ta.t[ta.n - 1].line : 1) : ta.t[i].line;
		*bline = r.b_ended ? (tb.n ? tb.t[tb.n - 1].line : 1) : tb.t[i].line;
		r.a = line_at(a, alen, r.line, &r.alen);
		r.b = line_at(b, blen, *bline, &r.blen);
		r.col = r.a_ended ? 1 : (int)(ta.t[i].s - r.a) + 1;
	}
	free(ta.t);
	free(tb.t);
	return r;
}
