/* The Jinja subset of chat templates: a lexer that applies jinja2's
 * whitespace rules, a recursive-descent parser to a small tree, and a
 * tree walker over Python-like values.  Everything a render allocates
 * lives in one arena freed at the end; an error anywhere in a render
 * longjmps back to jinja_render with the reason already set. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicase.h>
#include <unictype.h>

#include "base/arena.h"
#include "base/err.h"
#include "text/jinja.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/util.h"

/* Bounds that keep a hostile template from taking the machine: nesting
 * of expressions and blocks, elements of a range(), bytes rendered,
 * loop iterations in all, bytes of values held. */
enum { MAX_DEPTH = 200, MAX_RANGE = 1 << 20, MAX_OUT = 64 << 20, MAX_ITER = 1 << 20,
	MAX_MEM = 256 << 20 };

/* memcpy that takes an empty copy from NULL (an empty list's items) */
static void
mcpy(void *d, const void *s, size_t n)
{
	if (n)
		memcpy(d, s, n);
}

/* ---- values ---- */

enum jt { J_UNDEF, J_NONE, J_BOOL, J_INT, J_FLOAT, J_STR, J_LIST, J_DICT, J_NS, J_FUNC, J_METHOD,
	J_MACRO };

struct stmt;

struct jlist;
struct jdict;

struct jv {
	enum jt t;
	size_t n;		/* J_STR: bytes of s; J_LIST: 1 for a tuple */
	union {
		int b;
		int64_t i;
		double f;
		const char *s;	/* J_STR; J_UNDEF: the missing name, or NULL */
		struct jlist *l;
		struct jdict *d;	/* J_DICT, J_NS */
		struct jv *self;	/* J_METHOD: the receiver */
		const struct stmt *mac;	/* J_MACRO: its definition */
	};
	const char *fn;		/* J_FUNC, J_METHOD, J_MACRO: the name */
};

struct jlist {
	struct jv *v;
	size_t n;
};

struct jdict {
	struct jv *k, *v;	/* keys are J_STR */
	size_t n, cap;
};

/* ---- templates ---- */

enum tk { TK_TEXT, TK_VBEG, TK_VEND, TK_BBEG, TK_BEND, TK_NAME, TK_STR, TK_INT, TK_FLOAT, TK_OP, TK_EOF };

struct token {
	enum tk k;
	int line;
	const char *s;	/* text, name, decoded string, operator */
	size_t n;
	int64_t i;
	double f;
};

enum op {
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_FDIV, OP_MOD, OP_POW, OP_CAT,
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_IN, OP_NOTIN,
};

enum ek { E_LIT, E_NAME, E_ATTR, E_INDEX, E_SLICE, E_CALL, E_FILTER, E_TEST, E_BIN, E_NOT, E_NEG,
	E_AND, E_OR, E_COND, E_LIST, E_DICT };

struct expr {
	enum ek k;
	int line;
	int op;			/* E_BIN: enum op; E_TEST: negated; E_LIST: a tuple */
	const char *name;	/* E_NAME, E_ATTR, E_FILTER, E_TEST */
	struct jv lit;		/* E_LIT */
	struct expr **a;	/* operands; E_CALL/FILTER/TEST: a[0] the subject */
	const char **kw;	/* keyword of each a[i], or NULL */
	int na;
};

enum sk { S_TEXT, S_OUT, S_IF, S_FOR, S_SET, S_SETBLOCK, S_BREAK, S_CONTINUE, S_MACRO };

struct body {
	struct stmt **s;
	int n, cap;
};

struct stmt {
	enum sk k;
	int line;
	const char *s;		/* S_TEXT */
	size_t n;
	struct expr *e;		/* S_OUT, S_SET value, S_FOR iterable */
	/* S_IF: cond[i] guards body[i]; a last body without cond is else */
	struct expr **cond;
	struct body *bodies;
	int nb;
	/* S_FOR */
	const char *var[2];
	int nvar;
	struct expr *filter;
	struct body body, orelse;
	/* S_SET: name, or name.attr; S_MACRO: name, its parameters and
	 * their defaults (or NULL) */
	const char *name, *attr;
	const char **params;
	struct expr **defaults;
	int nparams;
};

struct jinja {
	struct arena a;
	const char *name;
	struct token *t;
	size_t nt, cap, pos;
	int depth;
	struct body top;
	jmp_buf jb;	/* where a parse error returns */
};

/* ---- lexer ---- */

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static struct token *
push(struct jinja *j, enum tk k, int line, const char *s, size_t n)
{
	if (j->nt == j->cap) {
		j->cap = j->cap ? 2 * j->cap : 256;
		j->t = ereallocarray(j->t, j->cap, sizeof(*j->t));
	}
	struct token *t = &j->t[j->nt++];
	*t = (struct token){ .k = k, .line = line, .s = s, .n = n };
	return t;
}

static int
hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	    c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A string literal at s[*p] (the quote); Python's escapes.  Stores the
 * decoded text in the token. */
static int
lex_string(struct jinja *j, const char *s, size_t n, size_t *p, int *line)
{
	char q = s[*p];
	int l0 = *line;
	struct strbuf b = { 0 };
	size_t i = *p + 1;

	for (; i < n && s[i] != q; i++) {
		char c = s[i];
		if (c == '\n')
			++*line;
		if (c != '\\') {
			sb_putn(&b, &c, 1);
			continue;
		}
		if (++i == n)
			break;
		int len = 0;
		switch (s[i]) {
		case 'n': c = '\n'; break;
		case 't': c = '\t'; break;
		case 'r': c = '\r'; break;
		case '0': c = '\0'; break;
		case 'a': c = '\a'; break;
		case 'b': c = '\b'; break;
		case 'f': c = '\f'; break;
		case 'v': c = '\v'; break;
		case '\\': case '\'': case '"': c = s[i]; break;
		case '\n': ++*line; continue;	/* a continued line */
		case 'x': len = 2; break;
		case 'u': len = 4; break;
		case 'U': len = 8; break;
		default: sb_putn(&b, "\\", 1); c = s[i]; break;
		}
		if (len) {
			uint32_t cp = 0;
			for (int k = 0; k < len; k++) {
				int h = i + 1 + k < n ? hexval((unsigned char)s[i + 1 + k]) : -1;
				if (h < 0) {
					sb_free(&b);
					return err_set("%s:%d: bad \\%c escape in a string", j->name, *line, s[i]);
				}
				cp = cp * 16 + (uint32_t)h;
			}
			if (cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
				sb_free(&b);
				return err_set("%s:%d: escape \\%c of no character", j->name, *line, s[i]);
			}
			char u[4];
			sb_putn(&b, u, utf8_encode(u, cp));
			i += (size_t)len;
			continue;
		}
		sb_putn(&b, &c, 1);
	}
	if (i >= n) {
		sb_free(&b);
		return err_set("%s:%d: unterminated string", j->name, l0);
	}
	push(j, TK_STR, l0, arena_strndup(&j->a, b.s ? b.s : "", b.len), b.len);
	sb_free(&b);
	*p = i + 1;
	return 0;
}

static const char *const ops[] = { "**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~",
	"<", ">", "|", ".", ",", ":", "(", ")", "[", "]", "{", "}", "=", NULL };

/* The tokens of one tag, from s[*p] to its closing delimiter.  Returns
 * 1 when the closing delimiter had a '-' (strip what follows). */
static int
lex_tag(struct jinja *j, const char *s, size_t n, size_t *p, int *line, int block)
{
	int depth = 0, l0 = *line;
	size_t i = *p;

	for (;;) {
		while (i < n && is_ws(s[i]))
			if (s[i++] == '\n')
				++*line;
		if (i >= n)
			return err_set("%s:%d: unclosed %s", j->name, l0, block ? "'{%'" : "'{{'");
		const char *e = block ? "%}" : "}}";
		if ((s[i] == '-' || s[i] == '+') && i + 2 < n && !strncmp(s + i + 1, e, 2) &&
		    (block || depth == 0)) {
			*p = i + 3;
			return s[i] == '-';
		}
		if (!strncmp(s + i, e, 2) && (block || depth == 0)) {
			*p = i + 2;
			return 0;
		}
		char c = s[i];
		if (c == '\'' || c == '"') {
			if (lex_string(j, s, n, &i, line) < 0)
				return -1;
			continue;
		}
		if (c >= '0' && c <= '9') {
			size_t k = i;
			while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '_'))
				k++;
			int isf = k + 1 < n && s[k] == '.' && s[k + 1] >= '0' && s[k + 1] <= '9';
			if (isf)
				for (k++; k < n && s[k] >= '0' && s[k] <= '9'; k++)
					;
			/* an exponent: 1e3, 2.5E-4 */
			size_t x = k + 1 < n && (s[k] == 'e' || s[k] == 'E') ? k + 1 : 0;
			if (x && x < n && (s[x] == '+' || s[x] == '-'))
				x++;
			if (x && x < n && s[x] >= '0' && s[x] <= '9') {
				isf = 1;
				for (k = x; k < n && s[k] >= '0' && s[k] <= '9'; k++)
					;
			}
			char buf[64];
			size_t m = 0;
			for (size_t q = i; q < k && m < sizeof(buf) - 1; q++)
				if (s[q] != '_')
					buf[m++] = s[q];
			buf[m] = 0;
			struct token *t = push(j, isf ? TK_FLOAT : TK_INT, *line, s + i, k - i);
			if (isf) {
				t->f = strtod(buf, NULL);
			} else {
				errno = 0;
				long long v = strtoll(buf, NULL, 10);
				if (errno || k - i > 40)
					return err_set("%s:%d: integer '%.*s' too large", j->name, *line,
					    (int)(k - i), s + i);
				t->i = v;
			}
			i = k;
			continue;
		}
		if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			size_t k = i;
			while (k < n && (s[k] == '_' || (s[k] >= 'a' && s[k] <= 'z') ||
			    (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
				k++;
			push(j, TK_NAME, *line, arena_strndup(&j->a, s + i, k - i), k - i);
			i = k;
			continue;
		}
		int o;
		for (o = 0; ops[o]; o++)
			if (!strncmp(s + i, ops[o], strlen(ops[o])))
				break;
		if (!ops[o])
			return err_set("%s:%d: unexpected character '%c' in a tag", j->name, *line,
			    (unsigned char)c >= 0x20 && (unsigned char)c < 0x7f ? c : '?');
		if (strchr("([{", c))
			depth++;
		if (strchr(")]}", c) && depth > 0)
			depth--;
		push(j, TK_OP, *line, ops[o], strlen(ops[o]));
		i += strlen(ops[o]);
	}
}

static int
lex(struct jinja *j, const char *src, size_t n)
{
	/* newlines as jinja2 reads them: \r\n and \r are \n; one trailing
	 * newline of the template is dropped */
	char *s = arena_alloc(&j->a, n + 1);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		if (src[i] == '\r') {
			s[m++] = '\n';
			if (i + 1 < n && src[i + 1] == '\n')
				i++;
		} else {
			s[m++] = src[i];
		}
	}
	if (m && s[m - 1] == '\n')
		m--;
	n = m;

	size_t p = 0;
	int line = 1, strip = 0;	/* strip: 1 a newline, 2 all space */
	while (p <= n) {
		size_t q = p;
		while (q + 1 < n && !(s[q] == '{' && strchr("{%#", s[q + 1])))
			q++;
		if (q + 1 >= n)
			q = n;
		size_t a = p, b = q;
		if (strip == 2)
			while (a < b && is_ws(s[a]))
				a++;
		else if (strip == 1 && a < b && s[a] == '\n')
			a++;
		char kind = q < n ? s[q + 1] : 0;
		char c = q + 2 < n ? s[q + 2] : 0;
		if (kind && c == '-') {
			while (b > a && is_ws(s[b - 1]))
				b--;
		} else if ((kind == '%' || kind == '#') && c != '+') {
			/* lstrip_blocks: spaces and tabs from the line's start */
			size_t k = b;
			while (k > a && (s[k - 1] == ' ' || s[k - 1] == '\t'))
				k--;
			if ((k > a && s[k - 1] == '\n') || (k == a && (a == 0 || s[a - 1] == '\n')))
				b = k;
		}
		for (size_t k = p; k < a; k++)
			line += s[k] == '\n';
		if (b > a)
			push(j, TK_TEXT, line, s + a, b - a);
		for (size_t k = a; k < q; k++)
			line += s[k] == '\n';
		if (q >= n)
			break;
		p = q + 2 + (c == '-' || c == '+');
		if (kind == '#') {
			char *e = NULL;
			for (size_t k = p; k + 1 < n; k++)
				if (s[k] == '#' && s[k + 1] == '}') {
					e = s + k;
					break;
				}
			if (!e)
				return err_set("%s:%d: unclosed comment", j->name, line);
			for (char *k = s + p; k < e; k++)
				line += *k == '\n';
			strip = e > s + p && e[-1] == '-' ? 2 : 1;
			p = (size_t)(e - s) + 2;
			continue;
		}
		push(j, kind == '%' ? TK_BBEG : TK_VBEG, line, NULL, 0);
		int r = lex_tag(j, s, n, &p, &line, kind == '%');
		if (r < 0)
			return -1;
		push(j, kind == '%' ? TK_BEND : TK_VEND, line, NULL, 0);
		strip = r ? 2 : kind == '%';
	}
	push(j, TK_EOF, line, NULL, 0);
	return 0;
}

/* ---- parser ---- */

static _Noreturn void __attribute__((format(printf, 2, 3)))
perr(struct jinja *j, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	err_set("%s:%d: %s", j->name, j->t[j->pos].line, msg);
	longjmp(j->jb, 1);
}

static struct token *
cur(struct jinja *j)
{
	return &j->t[j->pos];
}

static int
is_op(struct jinja *j, const char *o)
{
	return cur(j)->k == TK_OP && !strcmp(cur(j)->s, o);
}

static int
is_name(struct jinja *j, const char *nm)
{
	return cur(j)->k == TK_NAME && !strcmp(cur(j)->s, nm);
}

static int
accept_op(struct jinja *j, const char *o)
{
	if (!is_op(j, o))
		return 0;
	j->pos++;
	return 1;
}

static int
accept_name(struct jinja *j, const char *nm)
{
	if (!is_name(j, nm))
		return 0;
	j->pos++;
	return 1;
}

static const char *
tok_desc(struct token *t)
{
	switch (t->k) {
	case TK_TEXT: return "text";
	case TK_VBEG: return "'{{'";
	case TK_VEND: return "'}}'";
	case TK_BBEG: return "'{%'";
	case TK_BEND: return "'%}'";
	case TK_STR: return "a string";
	case TK_INT: case TK_FLOAT: return "a number";
	case TK_EOF: return "the end of the template";
	default: return t->s;
	}
}

static void
expect_op(struct jinja *j, const char *o)
{
	if (!accept_op(j, o))
		perr(j, "expected '%s', found %s", o, tok_desc(cur(j)));
}

static const char *
expect_name(struct jinja *j)
{
	if (cur(j)->k != TK_NAME)
		perr(j, "expected a name, found %s", tok_desc(cur(j)));
	return j->t[j->pos++].s;
}

static struct expr *
node(struct jinja *j, enum ek k, int na)
{
	struct expr *e = arena_alloc(&j->a, sizeof(*e));
	e->k = k;
	e->line = cur(j)->line;
	e->na = na;
	if (na)
		e->a = arena_alloc(&j->a, (size_t)na * sizeof(*e->a));
	return e;
}

static struct expr *parse_expr(struct jinja *j, int condexpr);

/* Call arguments "(a, b, k=v)" into e->a[1..], with e->a[0] set. */
static struct expr *
parse_args(struct jinja *j, enum ek k, struct expr *subject, const char *name)
{
	struct expr *args[64];
	const char *kw[64];
	int n = 0;

	if (accept_op(j, "(")) {
		while (!accept_op(j, ")")) {
			if (n == 64)
				perr(j, "too many arguments");
			kw[n] = NULL;
			if (cur(j)->k == TK_NAME && j->t[j->pos + 1].k == TK_OP &&
			    !strcmp(j->t[j->pos + 1].s, "=")) {
				kw[n] = cur(j)->s;
				j->pos += 2;
			}
			args[n++] = parse_expr(j, 1);
			if (!is_op(j, ")"))
				expect_op(j, ",");
		}
	}
	struct expr *e = node(j, k, n + 1);
	e->name = name;
	e->a[0] = subject;
	e->kw = arena_alloc(&j->a, (size_t)(n + 1) * sizeof(*e->kw));
	for (int i = 0; i < n; i++) {
		e->a[i + 1] = args[i];
		e->kw[i + 1] = kw[i];
	}
	return e;
}

static struct expr *
lit(struct jinja *j, struct jv v)
{
	struct expr *e = node(j, E_LIT, 0);
	e->lit = v;
	return e;
}

/* The comma-separated items of a literal up to `close` (its opener
 * read): expressions, or with pairs key ':' value.  *comma (when not
 * NULL) says whether there was a comma: "(x)" is x, "(x,)" a tuple. */
static struct expr *
parse_items(struct jinja *j, enum ek k, const char *close, int pairs, int *comma)
{
	struct expr *it[256], *e;
	int n = 0, c = 0;

	while (!accept_op(j, close)) {
		if (n + 2 > 256)
			perr(j, "a literal of over %d items", 256 / (pairs + 1));
		it[n++] = parse_expr(j, 1);
		if (pairs) {
			expect_op(j, ":");
			it[n++] = parse_expr(j, 1);
		}
		if (!is_op(j, close)) {
			expect_op(j, ",");
			c = 1;
		}
	}
	if (comma)
		*comma = c;
	e = node(j, k, n);
	mcpy(e->a, it, (size_t)n * sizeof(*it));
	return e;
}

static struct expr *
parse_primary(struct jinja *j)
{
	struct token *t = cur(j);
	struct expr *e;

	switch (t->k) {
	case TK_STR: {
		struct strbuf b = { 0 };
		/* adjacent literals concatenate, as in Python */
		while (cur(j)->k == TK_STR) {
			sb_putn(&b, cur(j)->s, cur(j)->n);
			j->pos++;
		}
		struct jv v = { .t = J_STR, .n = b.len, .s = arena_strndup(&j->a, b.s ? b.s : "", b.len) };
		sb_free(&b);
		return lit(j, v);
	}
	case TK_INT:
		j->pos++;
		return lit(j, (struct jv){ .t = J_INT, .i = t->i });
	case TK_FLOAT:
		j->pos++;
		return lit(j, (struct jv){ .t = J_FLOAT, .f = t->f });
	case TK_NAME:
		j->pos++;
		if (!strcmp(t->s, "true") || !strcmp(t->s, "True"))
			return lit(j, (struct jv){ .t = J_BOOL, .b = 1 });
		if (!strcmp(t->s, "false") || !strcmp(t->s, "False"))
			return lit(j, (struct jv){ .t = J_BOOL, .b = 0 });
		if (!strcmp(t->s, "none") || !strcmp(t->s, "None"))
			return lit(j, (struct jv){ .t = J_NONE });
		e = node(j, E_NAME, 0);
		e->name = t->s;
		return e;
	case TK_OP:
		if (accept_op(j, "(")) {
			int comma;
			e = parse_items(j, E_LIST, ")", 0, &comma);
			if (e->na == 1 && !comma)
				return e->a[0];	/* parentheses, not a tuple */
			e->op = 1;
			return e;
		}
		if (accept_op(j, "["))
			return parse_items(j, E_LIST, "]", 0, NULL);
		if (accept_op(j, "{"))
			return parse_items(j, E_DICT, "}", 1, NULL);
		break;
	default:
		break;
	}
	perr(j, "unexpected %s", tok_desc(t));
}

static struct expr *
parse_postfix(struct jinja *j, struct expr *e)
{
	for (;;) {
		if (accept_op(j, ".")) {
			struct expr *a = node(j, E_ATTR, 1);
			if (cur(j)->k == TK_INT) {	/* x.0 is x[0] */
				a->k = E_INDEX;
				a->na = 2;
				a->a = arena_alloc(&j->a, 2 * sizeof(*a->a));
				a->a[1] = lit(j, (struct jv){ .t = J_INT, .i = cur(j)->i });
				j->pos++;
			} else {
				a->name = expect_name(j);
			}
			a->a[0] = e;
			e = a;
		} else if (accept_op(j, "[")) {
			struct expr *part[3] = { 0 };
			int k = 0, slice = 0;
			for (;;) {
				if (!is_op(j, ":") && !is_op(j, "]"))
					part[k] = parse_expr(j, 1);
				if (accept_op(j, ":")) {
					slice = 1;
					if (++k == 3)
						perr(j, "a slice has at most 3 parts");
					continue;
				}
				break;
			}
			expect_op(j, "]");
			if (!slice) {
				if (!part[0])
					perr(j, "empty subscript");
				struct expr *a = node(j, E_INDEX, 2);
				a->a[0] = e;
				a->a[1] = part[0];
				e = a;
			} else {
				struct expr *a = node(j, E_SLICE, 4);
				a->a[0] = e;
				mcpy(a->a + 1, part, sizeof(part));
				e = a;
			}
		} else if (is_op(j, "(")) {
			e = parse_args(j, E_CALL, e, NULL);
		} else {
			return e;
		}
	}
}

static int
starts_expr(struct token *t)
{
	if (t->k == TK_STR || t->k == TK_INT || t->k == TK_FLOAT)
		return 1;
	if (t->k == TK_NAME)
		return strcmp(t->s, "else") && strcmp(t->s, "or") && strcmp(t->s, "and") &&
		    strcmp(t->s, "is") && strcmp(t->s, "in") && strcmp(t->s, "if");
	return t->k == TK_OP && (!strcmp(t->s, "(") || !strcmp(t->s, "[") || !strcmp(t->s, "{"));
}

static struct expr *parse_unary(struct jinja *j, int filters);

static struct expr *
parse_filters(struct jinja *j, struct expr *e)
{
	for (;;) {
		if (accept_op(j, "|")) {
			const char *f = expect_name(j);
			e = parse_args(j, E_FILTER, e, f);
		} else if (accept_name(j, "is")) {
			int neg = accept_name(j, "not");
			const char *tn;
			if (cur(j)->k == TK_NAME)
				tn = expect_name(j);
			else if (cur(j)->k == TK_OP && (is_op(j, "==") || is_op(j, "!=") || is_op(j, "<") ||
			    is_op(j, ">") || is_op(j, "<=") || is_op(j, ">=")))
				tn = j->t[j->pos++].s;
			else
				perr(j, "expected a test name after 'is'");
			struct expr *t;
			if (is_op(j, "(")) {
				t = parse_args(j, E_TEST, e, tn);
			} else if (starts_expr(cur(j))) {
				struct expr *arg = parse_unary(j, 1);
				t = node(j, E_TEST, 2);
				t->a[1] = arg;
				t->kw = arena_alloc(&j->a, 2 * sizeof(*t->kw));
			} else {
				t = node(j, E_TEST, 1);
				t->kw = arena_alloc(&j->a, sizeof(*t->kw));
			}
			t->a[0] = e;
			t->name = tn;
			t->op = neg;
			e = t;
		} else {
			return e;
		}
	}
}

static struct expr *
parse_unary(struct jinja *j, int filters)
{
	struct expr *e;

	if (++j->depth > MAX_DEPTH)
		perr(j, "expression nested too deep");
	/* as jinja2: "-3 | abs" is (-3) | abs */
	if (accept_op(j, "-")) {
		e = node(j, E_NEG, 1);
		e->a[0] = parse_unary(j, 0);
	} else if (accept_op(j, "+")) {
		e = parse_unary(j, 0);
	} else {
		e = parse_postfix(j, parse_primary(j));
	}
	if (filters)
		e = parse_filters(j, e);
	j->depth--;
	return e;
}

static struct expr *
bin(struct jinja *j, int op, struct expr *a, struct expr *b)
{
	struct expr *e = node(j, E_BIN, 2);
	e->op = op;
	e->a[0] = a;
	e->a[1] = b;
	return e;
}

static struct expr *
parse_pow(struct jinja *j)
{
	struct expr *e = parse_unary(j, 1);
	while (accept_op(j, "**"))
		e = bin(j, OP_POW, e, parse_unary(j, 1));
	return e;
}

static struct expr *
parse_mul(struct jinja *j)
{
	struct expr *e = parse_pow(j);
	for (;;) {
		int op = accept_op(j, "*") ? OP_MUL : accept_op(j, "//") ? OP_FDIV :
		    accept_op(j, "/") ? OP_DIV : accept_op(j, "%") ? OP_MOD : -1;
		if (op < 0)
			return e;
		e = bin(j, op, e, parse_pow(j));
	}
}

static struct expr *
parse_concat(struct jinja *j)
{
	struct expr *e = parse_mul(j);
	while (accept_op(j, "~"))
		e = bin(j, OP_CAT, e, parse_mul(j));
	return e;
}

static struct expr *
parse_add(struct jinja *j)
{
	struct expr *e = parse_concat(j);
	for (;;) {
		int op = accept_op(j, "+") ? OP_ADD : accept_op(j, "-") ? OP_SUB : -1;
		if (op < 0)
			return e;
		e = bin(j, op, e, parse_concat(j));
	}
}

static struct expr *
parse_compare(struct jinja *j)
{
	struct expr *e = parse_add(j);
	for (;;) {
		int op;
		if (accept_op(j, "=="))
			op = OP_EQ;
		else if (accept_op(j, "!="))
			op = OP_NE;
		else if (accept_op(j, "<="))
			op = OP_LE;
		else if (accept_op(j, ">="))
			op = OP_GE;
		else if (accept_op(j, "<"))
			op = OP_LT;
		else if (accept_op(j, ">"))
			op = OP_GT;
		else if (accept_name(j, "in"))
			op = OP_IN;
		else if (is_name(j, "not") && j->t[j->pos + 1].k == TK_NAME &&
		    !strcmp(j->t[j->pos + 1].s, "in")) {
			j->pos += 2;
			op = OP_NOTIN;
		} else
			return e;
		e = bin(j, op, e, parse_add(j));
	}
}

static struct expr *
parse_not(struct jinja *j)
{
	if (accept_name(j, "not")) {
		if (++j->depth > MAX_DEPTH)
			perr(j, "expression nested too deep");
		struct expr *e = node(j, E_NOT, 1);
		e->a[0] = parse_not(j);
		j->depth--;
		return e;
	}
	return parse_compare(j);
}

/* "a and b" (or = 0) binds tighter than "a or b" (or = 1). */
static struct expr *
parse_logic(struct jinja *j, int or)
{
	struct expr *e = or ? parse_logic(j, 0) : parse_not(j);
	while (accept_name(j, or ? "or" : "and")) {
		struct expr *a = node(j, or ? E_OR : E_AND, 2);
		a->a[0] = e;
		a->a[1] = or ? parse_logic(j, 0) : parse_not(j);
		e = a;
	}
	return e;
}

/* condexpr: whether "a if c else b" is allowed (not in a for's iterable,
 * where "if" starts the loop filter). */
static struct expr *
parse_expr(struct jinja *j, int condexpr)
{
	if (++j->depth > MAX_DEPTH)
		perr(j, "expression nested too deep");
	struct expr *e = parse_logic(j, 1);
	while (condexpr && accept_name(j, "if")) {
		struct expr *c = node(j, E_COND, 3);
		c->a[0] = e;
		c->a[1] = parse_logic(j, 1);
		c->a[2] = accept_name(j, "else") ? parse_expr(j, 1) : NULL;
		e = c;
	}
	j->depth--;
	return e;
}

/* Bodies grow in the arena, so a parse error that leaves a statement
 * half built leaks nothing. */
static void
add_stmt(struct jinja *j, struct body *b, struct stmt *s)
{
	if (b->n == b->cap) {
		int cap = b->cap ? 2 * b->cap : 8;
		struct stmt **ns = arena_alloc(&j->a, (size_t)cap * sizeof(*ns));
		mcpy(ns, b->s, (size_t)b->n * sizeof(*ns));
		b->s = ns;
		b->cap = cap;
	}
	b->s[b->n++] = s;
}

static void
end_tag(struct jinja *j)
{
	if (cur(j)->k != TK_BEND)
		perr(j, "expected '%%}', found %s", tok_desc(cur(j)));
	j->pos++;
}

static struct stmt *
stmt(struct jinja *j, enum sk k)
{
	struct stmt *s = arena_alloc(&j->a, sizeof(*s));
	s->k = k;
	s->line = cur(j)->line;
	return s;
}

/* Parses statements into b until a block tag named in `ends` (a
 * NULL-terminated list; NULL for the template's end).  Returns the name
 * found, the position on it (after "{%"). */
static const char *
parse_body(struct jinja *j, struct body *b, const char *const *ends, const char *opener)
{
	if (++j->depth > MAX_DEPTH)
		perr(j, "blocks nested too deep");
	for (;;) {
		struct token *t = cur(j);
		if (t->k == TK_EOF) {
			if (ends)
				perr(j, "missing '{%% %s %%}' for the '%s' block", ends[0], opener);
			j->depth--;
			return NULL;
		}
		if (t->k == TK_TEXT) {
			struct stmt *s = stmt(j, S_TEXT);
			s->s = t->s;
			s->n = t->n;
			add_stmt(j, b, s);
			j->pos++;
			continue;
		}
		if (t->k == TK_VBEG) {
			j->pos++;
			struct stmt *s = stmt(j, S_OUT);
			s->e = parse_expr(j, 1);
			if (cur(j)->k != TK_VEND)
				perr(j, "expected '}}', found %s", tok_desc(cur(j)));
			j->pos++;
			add_stmt(j, b, s);
			continue;
		}
		/* a block tag */
		j->pos++;
		const char *nm = expect_name(j);
		for (int i = 0; ends && ends[i]; i++)
			if (!strcmp(nm, ends[i])) {
				j->depth--;
				return ends[i];
			}
		struct stmt *s;
		static const char *const closers[] = { "endif", "elif", "else", "endfor", "endset", "endmacro",
			NULL };
		for (int i = 0; closers[i]; i++)
			if (!strcmp(nm, closers[i]))
				perr(j, "unexpected '%s'", nm);
		if (!strcmp(nm, "if")) {
			static const char *const e[] = { "endif", "elif", "else", NULL };
			static const char *const e2[] = { "endif", NULL };
			s = stmt(j, S_IF);
			int cap = 0;
			const char *got = "if";
			while (got) {
				if (s->nb == cap) {
					cap = cap ? 2 * cap : 4;
					struct expr **c = arena_alloc(&j->a, (size_t)cap * sizeof(*c));
					struct body *bs = arena_alloc(&j->a, (size_t)cap * sizeof(*bs));
					if (s->nb) {
						mcpy(c, s->cond, (size_t)s->nb * sizeof(*c));
						mcpy(bs, s->bodies, (size_t)s->nb * sizeof(*bs));
					}
					s->cond = c;
					s->bodies = bs;
				}
				int k = s->nb++;
				s->cond[k] = strcmp(got, "else") ? parse_expr(j, 1) : NULL;
				end_tag(j);
				got = parse_body(j, &s->bodies[k], s->cond[k] ? e : e2, "if");
				if (!strcmp(got, "endif")) {
					end_tag(j);
					break;
				}
			}
		} else if (!strcmp(nm, "for")) {
			static const char *const e[] = { "endfor", "else", NULL };
			static const char *const e2[] = { "endfor", NULL };
			s = stmt(j, S_FOR);
			s->var[s->nvar++] = expect_name(j);
			if (accept_op(j, ","))
				s->var[s->nvar++] = expect_name(j);
			if (!accept_name(j, "in"))
				perr(j, "expected 'in' in a for loop");
			s->e = parse_expr(j, 0);
			if (accept_name(j, "if"))
				s->filter = parse_expr(j, 0);
			if (accept_name(j, "recursive"))
				perr(j, "recursive loops are not supported");
			end_tag(j);
			if (!strcmp(parse_body(j, &s->body, e, "for"), "else")) {
				end_tag(j);
				parse_body(j, &s->orelse, e2, "for");
			}
			end_tag(j);
		} else if (!strcmp(nm, "set")) {
			s = stmt(j, S_SET);
			s->name = expect_name(j);
			if (accept_op(j, "."))
				s->attr = expect_name(j);
			if (accept_op(j, "=")) {
				s->e = parse_expr(j, 1);
				end_tag(j);
			} else {
				static const char *const e[] = { "endset", NULL };
				if (s->attr)
					perr(j, "expected '='");
				s->k = S_SETBLOCK;
				end_tag(j);
				parse_body(j, &s->body, e, "set");
				end_tag(j);
			}
		} else if (!strcmp(nm, "macro")) {
			static const char *const e[] = { "endmacro", NULL };
			const char *pn[64];
			struct expr *pd[64];
			s = stmt(j, S_MACRO);
			s->name = expect_name(j);
			expect_op(j, "(");
			while (!accept_op(j, ")")) {
				if (s->nparams == 64)
					perr(j, "too many macro parameters");
				pn[s->nparams] = expect_name(j);
				pd[s->nparams] = accept_op(j, "=") ? parse_expr(j, 1) : NULL;
				s->nparams++;
				if (!is_op(j, ")"))
					expect_op(j, ",");
			}
			s->params = arena_alloc(&j->a, (size_t)(s->nparams + 1) * sizeof(*s->params));
			s->defaults = arena_alloc(&j->a, (size_t)(s->nparams + 1) * sizeof(*s->defaults));
			mcpy(s->params, pn, (size_t)s->nparams * sizeof(*pn));
			mcpy(s->defaults, pd, (size_t)s->nparams * sizeof(*pd));
			end_tag(j);
			parse_body(j, &s->body, e, "macro");
			end_tag(j);
		} else if (!strcmp(nm, "break") || !strcmp(nm, "continue")) {
			s = stmt(j, nm[0] == 'b' ? S_BREAK : S_CONTINUE);
			end_tag(j);
		} else if (!strcmp(nm, "generation") || !strcmp(nm, "endgeneration")) {
			/* transformers' marker of assistant text: renders nothing */
			end_tag(j);
			continue;
		} else {
			perr(j, "unknown or unsupported tag '%s'", nm);
		}
		add_stmt(j, b, s);
	}
}

struct jinja *
jinja_parse(const char *src, size_t n, const char *name)
{
	struct jinja *j = ecalloc(1, sizeof(*j));

	j->name = arena_strndup(&j->a, name, strlen(name));
	if (lex(j, src, n) < 0) {
		jinja_free(j);
		return NULL;
	}
	if (setjmp(j->jb)) {
		jinja_free(j);
		return NULL;
	}
	parse_body(j, &j->top, NULL, NULL);
	free(j->t);
	j->t = NULL;
	return j;
}

void
jinja_free(struct jinja *j)
{
	if (!j)
		return;
	free(j->t);
	arena_free(&j->a);
	free(j);
}

/* ---- render ---- */

struct scope {
	struct scope *up;
	const char **k;
	struct jv *v;
	int n, cap;
};

struct rctx {
	struct arena a;
	struct strbuf out;
	jmp_buf jb;
	const char *name;
	struct scope *sc;
	struct scope *top;	/* the template's own names, which macros see */
	int ctl;	/* 1 break, 2 continue */
	int raised;	/* the error is the template's raise_exception */
	long iters;	/* loop iterations so far */
	int depth;
	/* string buffers being filled: an error frees them before it
	 * unwinds past their frames (a tojson with a bad argument left its
	 * buffer behind) */
	struct strbuf **live;
	size_t nlive, caplive;
};

/* Frees the buffers being filled and unwinds to jinja_render. */
static _Noreturn void
unwind(struct rctx *r)
{
	while (r->nlive)
		sb_free(r->live[--r->nlive]);
	longjmp(r->jb, 1);
}

static _Noreturn void __attribute__((format(printf, 3, 4)))
fail(struct rctx *r, int line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	err_set("%s:%d: %s", r->name, line, msg);
	unwind(r);
}

/* Marks b (empty) as being filled until released or made a value. */
static void
hold(struct rctx *r, struct strbuf *b)
{
	if (r->nlive == r->caplive) {
		r->caplive = r->caplive ? 2 * r->caplive : 16;
		r->live = ereallocarray(r->live, r->caplive, sizeof(*r->live));
	}
	r->live[r->nlive++] = b;
}

static void
release(struct rctx *r, struct strbuf *b)
{
	for (size_t i = r->nlive; i-- > 0;)
		if (r->live[i] == b) {
			memmove(r->live + i, r->live + i + 1, (r->nlive - i - 1) * sizeof(*r->live));
			r->nlive--;
			break;
		}
	sb_free(b);
}

static const struct jv undef = { .t = J_UNDEF };
static const struct jv none = { .t = J_NONE };

static struct jv
jbool(int b)
{
	return (struct jv){ .t = J_BOOL, .b = !!b };
}

static struct jv
jint(int64_t i)
{
	return (struct jv){ .t = J_INT, .i = i };
}

static struct jv
jstr(struct rctx *r, const char *s, size_t n)
{
	return (struct jv){ .t = J_STR, .n = n, .s = arena_strndup(&r->a, s, n) };
}

/* The string of a held buffer b, which is released. */
static struct jv
jstr_sb(struct rctx *r, struct strbuf *b)
{
	struct jv v = jstr(r, b->s ? b->s : "", b->len);
	release(r, b);
	return v;
}

static struct jv
jlist(struct rctx *r, size_t n)
{
	struct jlist *l = arena_alloc(&r->a, sizeof(*l));
	l->n = n;
	l->v = arena_alloc(&r->a, (n ? n : 1) * sizeof(*l->v));
	return (struct jv){ .t = J_LIST, .l = l };
}

static struct jv
jdict(struct rctx *r, enum jt t)
{
	struct jdict *d = arena_alloc(&r->a, sizeof(*d));
	return (struct jv){ .t = t, .d = d };
}

static struct jv *
dict_find(const struct jdict *d, const char *k, size_t n)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->k[i].n == n && !memcmp(d->k[i].s, k, n))
			return &d->v[i];
	return NULL;
}

static void
dict_put(struct rctx *r, struct jdict *d, const char *k, size_t n, struct jv v)
{
	struct jv *old = dict_find(d, k, n);
	if (old) {
		*old = v;
		return;
	}
	if (d->n == d->cap) {
		size_t cap = d->cap ? 2 * d->cap : 8;
		struct jv *nk = arena_alloc(&r->a, cap * sizeof(*nk));
		struct jv *nv = arena_alloc(&r->a, cap * sizeof(*nv));
		if (d->n) {
			mcpy(nk, d->k, d->n * sizeof(*nk));
			mcpy(nv, d->v, d->n * sizeof(*nv));
		}
		d->k = nk;
		d->v = nv;
		d->cap = cap;
	}
	d->k[d->n] = jstr(r, k, n);
	d->v[d->n++] = v;
}

static struct jv
from_json(struct rctx *r, const struct json *j)
{
	struct jv v;

	switch (j->type) {
	case JSON_NULL: return none;
	case JSON_BOOL: return jbool(j->boolean);
	case JSON_NUMBER: return j->is_int ? jint(j->inum) : (struct jv){ .t = J_FLOAT, .f = j->num };
	case JSON_STRING: return (struct jv){ .t = J_STR, .n = j->n, .s = j->str };
	case JSON_ARRAY:
		v = jlist(r, j->n);
		for (size_t i = 0; i < j->n; i++)
			v.l->v[i] = from_json(r, &j->items[i]);
		return v;
	case JSON_OBJECT:
		v = jdict(r, J_DICT);
		for (size_t i = 0; i < j->n; i++)
			dict_put(r, v.d, j->members[i].key, j->members[i].keylen,
			    from_json(r, &j->members[i].val));
		return v;
	}
	return none;
}

static const char *
type_name(const struct jv *v)
{
	static const char *const n[] = { "undefined", "NoneType", "bool", "int", "float", "str", "list",
		"dict", "Namespace", "function", "method", "macro" };
	return n[v->t];
}

/* Python's str.isspace(), which strip() and trim use */
static int
py_space(uint32_t c)
{
	return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202F || c == 0x205F || c == 0x3000;
}

static void
put_float(struct strbuf *b, double f, int json)
{
	char buf[40];

	if (isnan(f)) {
		sb_puts(b, json ? "NaN" : "nan");
		return;
	}
	if (isinf(f)) {
		sb_puts(b, f < 0 ? (json ? "-Infinity" : "-inf") : (json ? "Infinity" : "inf"));
		return;
	}
	/* the shortest spelling that reads back the same, as Python's repr */
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof(buf), "%.*g", p, f);
		if (strtod(buf, NULL) == f)
			break;
	}
	/* Python writes 1e+16 as 1e+16 and 1e-05 as 1e-05, as %g does */
	if (!strpbrk(buf, ".eEn"))
		strcat(buf, ".0");
	sb_puts(b, buf);
}

static void put_repr(struct rctx *r, struct strbuf *b, const struct jv *v, int line);

/* str(v) as jinja2 prints it */
static void
put_str(struct rctx *r, struct strbuf *b, const struct jv *v, int line)
{
	switch (v->t) {
	case J_UNDEF: break;
	case J_NONE: sb_puts(b, "None"); break;
	case J_BOOL: sb_puts(b, v->b ? "True" : "False"); break;
	case J_INT: sb_printf(b, "%lld", (long long)v->i); break;
	case J_FLOAT: put_float(b, v->f, 0); break;
	case J_STR: sb_putn(b, v->s, v->n); break;
	default: put_repr(r, b, v, line); break;
	}
}

static void
put_repr(struct rctx *r, struct strbuf *b, const struct jv *v, int line)
{
	if (++r->depth > MAX_DEPTH)
		fail(r, line, "value nested too deep to print");
	switch (v->t) {
	case J_STR: {
		char q = memchr(v->s, '\'', v->n) && !memchr(v->s, '"', v->n) ? '"' : '\'';
		sb_putn(b, &q, 1);
		const unsigned char *p = (const unsigned char *)v->s;
		size_t k;
		for (size_t i = 0; i < v->n; i += k) {
			uint32_t c = utf8_decode(p + i, v->n - i, &k);
			if (c == '\\' || c == (unsigned char)q)
				sb_printf(b, "\\%c", (char)c);
			else if (c == '\n')
				sb_puts(b, "\\n");
			else if (c == '\r')
				sb_puts(b, "\\r");
			else if (c == '\t')
				sb_puts(b, "\\t");
			else if (c == ' ' || (c >= 0x20 && c < 0x7f))
				sb_putn(b, (const char *)p + i, k);
			else if (uc_is_general_category(c, UC_CATEGORY_C) ||
			    uc_is_general_category(c, UC_CATEGORY_Z) || c < 0x20 || c == 0x7f)
				/* Python's repr escapes what str.isprintable() refuses */
				sb_printf(b, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
				    (unsigned)c);
			else
				sb_putn(b, (const char *)p + i, k);
		}
		sb_putn(b, &q, 1);
		break;
	}
	case J_LIST:
		sb_puts(b, v->n ? "(" : "[");
		for (size_t i = 0; i < v->l->n; i++) {
			if (i)
				sb_puts(b, ", ");
			put_repr(r, b, &v->l->v[i], line);
		}
		sb_puts(b, v->n ? (v->l->n == 1 ? ",)" : ")") : "]");
		break;
	case J_DICT:
		sb_puts(b, "{");
		for (size_t i = 0; i < v->d->n; i++) {
			if (i)
				sb_puts(b, ", ");
			put_repr(r, b, &v->d->k[i], line);
			sb_puts(b, ": ");
			put_repr(r, b, &v->d->v[i], line);
		}
		sb_puts(b, "}");
		break;
	case J_NS: sb_puts(b, "<Namespace>"); break;
	case J_FUNC: case J_METHOD: case J_MACRO: sb_printf(b, "<function %s>", v->fn); break;
	default: put_str(r, b, v, line); break;
	}
	r->depth--;
}

static void
json_str(struct strbuf *b, const char *s, size_t n)
{
	sb_puts(b, "\"");
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': sb_puts(b, "\\\""); break;
		case '\\': sb_puts(b, "\\\\"); break;
		case '\n': sb_puts(b, "\\n"); break;
		case '\r': sb_puts(b, "\\r"); break;
		case '\t': sb_puts(b, "\\t"); break;
		case '\b': sb_puts(b, "\\b"); break;
		case '\f': sb_puts(b, "\\f"); break;
		default:
			if (c < 0x20)
				sb_printf(b, "\\u%04x", c);
			else
				sb_putn(b, (char *)&c, 1);
		}
	}
	sb_puts(b, "\"");
}

static void
json_nl(struct strbuf *b, int indent, int depth)
{
	if (indent < 0)
		return;
	sb_puts(b, "\n");
	for (int i = 0; i < indent * depth; i++)
		sb_puts(b, " ");
}

/* Python's json.dumps(v, ensure_ascii=False, indent=indent) (indent < 0:
 * none, one line with ", " and ": "). */
static void
put_json(struct rctx *r, struct strbuf *b, const struct jv *v, int indent, int depth, int line)
{
	if (depth > MAX_DEPTH)
		fail(r, line, "value nested too deep for tojson");
	switch (v->t) {
	case J_NONE: sb_puts(b, "null"); break;
	case J_BOOL: sb_puts(b, v->b ? "true" : "false"); break;
	case J_INT: sb_printf(b, "%lld", (long long)v->i); break;
	case J_FLOAT: put_float(b, v->f, 1); break;
	case J_STR: json_str(b, v->s, v->n); break;
	case J_LIST:
		sb_puts(b, "[");
		for (size_t i = 0; i < v->l->n; i++) {
			if (i)
				sb_puts(b, indent >= 0 ? "," : ", ");
			json_nl(b, indent, depth + 1);
			put_json(r, b, &v->l->v[i], indent, depth + 1, line);
		}
		if (v->l->n)
			json_nl(b, indent, depth);
		sb_puts(b, "]");
		break;
	case J_DICT:
		sb_puts(b, "{");
		for (size_t i = 0; i < v->d->n; i++) {
			if (i)
				sb_puts(b, indent >= 0 ? "," : ", ");
			json_nl(b, indent, depth + 1);
			json_str(b, v->d->k[i].s, v->d->k[i].n);
			sb_puts(b, ": ");
			put_json(r, b, &v->d->v[i], indent, depth + 1, line);
		}
		if (v->d->n)
			json_nl(b, indent, depth);
		sb_puts(b, "}");
		break;
	default:
		fail(r, line, "Object of type %s is not JSON serializable", type_name(v));
	}
}

static int
truthy(const struct jv *v)
{
	switch (v->t) {
	case J_UNDEF: case J_NONE: return 0;
	case J_BOOL: return v->b;
	case J_INT: return v->i != 0;
	case J_FLOAT: return v->f != 0;
	case J_STR: return v->n != 0;
	case J_LIST: return v->l->n != 0;
	case J_DICT: return v->d->n != 0;
	default: return 1;
	}
}

static int
is_num(const struct jv *v)
{
	return v->t == J_INT || v->t == J_FLOAT || v->t == J_BOOL;
}

static double
num(const struct jv *v)
{
	return v->t == J_FLOAT ? v->f : v->t == J_INT ? (double)v->i : v->b;
}

static int64_t
inum(const struct jv *v)
{
	return v->t == J_INT ? v->i : v->b;
}

static int
equal(const struct jv *a, const struct jv *b)
{
	if (is_num(a) && is_num(b)) {
		if (a->t != J_FLOAT && b->t != J_FLOAT)
			return inum(a) == inum(b);
		return num(a) == num(b);
	}
	if (a->t != b->t)
		return 0;
	switch (a->t) {
	case J_UNDEF: case J_NONE: return 1;
	case J_STR: return a->n == b->n && !memcmp(a->s, b->s, a->n);
	case J_LIST:
		if (a->l->n != b->l->n)
			return 0;
		for (size_t i = 0; i < a->l->n; i++)
			if (!equal(&a->l->v[i], &b->l->v[i]))
				return 0;
		return 1;
	case J_DICT:
		if (a->d->n != b->d->n)
			return 0;
		for (size_t i = 0; i < a->d->n; i++) {
			struct jv *o = dict_find(b->d, a->d->k[i].s, a->d->k[i].n);
			if (!o || !equal(&a->d->v[i], o))
				return 0;
		}
		return 1;
	default:
		return a == b;
	}
}

/* ---- strings by code point ---- */

/* Characters as counted here: a character starts at byte 0 and at each
 * byte that is not a UTF-8 continuation byte, so invalid bytes (which
 * a template may hold) count, and every count agrees with cp_len. */
static size_t
cp_count(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += i == 0 || ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* Bytes of the character starting at s[i]. */
static size_t
cp_len(const char *s, size_t n, size_t i)
{
	size_t k = 1;
	while (i + k < n && ((unsigned char)s[i + k] & 0xC0) == 0x80)
		k++;
	return k;
}

/* Byte offset of code point k of s. */
static size_t
cp_offset(const char *s, size_t n, size_t k)
{
	size_t i = 0;
	for (; i < n && k; k--)
		for (i++; i < n && ((unsigned char)s[i] & 0xC0) == 0x80; i++)
			;
	return i;
}

static int
in_set(uint32_t c, const struct jv *chars)
{
	if (!chars)
		return py_space(c);
	const unsigned char *p = (const unsigned char *)chars->s;
	size_t k;
	for (size_t i = 0; i < chars->n; i += k)
		if (utf8_decode(p + i, chars->n - i, &k) == c)
			return 1;
	return 0;
}

/* Python's str.strip([chars]): which 1 left, 2 right, 3 both. */
static struct jv
strip(struct jv s, const struct jv *chars, int which)
{
	const unsigned char *p = (const unsigned char *)s.s;
	size_t a = 0, e = s.n, k;

	if (which & 1)
		while (a < e && in_set(utf8_decode(p + a, e - a, &k), chars))
			a += k;
	if (which & 2)
		while (e > a) {
			size_t b0 = e - 1;
			while (b0 > a && (p[b0] & 0xC0) == 0x80)
				b0--;
			if (!in_set(utf8_decode(p + b0, e - b0, &k), chars))
				break;
			e = b0;
		}
	s.s += a;
	s.n = e - a;
	return s;
}

static struct jv
casemap(struct rctx *r, struct jv s, int upper, int line)
{
	size_t n = 0;

	if (!s.n)
		return s;
	uint8_t *m = (upper ? u8_toupper : u8_tolower)((const uint8_t *)s.s, s.n, NULL, NULL, NULL, &n);
	if (!m)
		fail(r, line, "cannot change the case of a string");
	struct jv v = jstr(r, (char *)m, n);
	free(m);
	return v;
}

/* ---- scopes ---- */

static struct jv *
lookup(struct rctx *r, const char *k)
{
	for (struct scope *s = r->sc; s; s = s->up)
		for (int i = s->n - 1; i >= 0; i--)
			if (!strcmp(s->k[i], k))
				return &s->v[i];
	return NULL;
}

static void
assign(struct rctx *r, const char *k, struct jv v)
{
	struct scope *s = r->sc;
	for (int i = 0; i < s->n; i++)
		if (!strcmp(s->k[i], k)) {
			s->v[i] = v;
			return;
		}
	if (s->n == s->cap) {
		int cap = s->cap ? 2 * s->cap : 8;
		const char **nk = arena_alloc(&r->a, (size_t)cap * sizeof(*nk));
		struct jv *nv = arena_alloc(&r->a, (size_t)cap * sizeof(*nv));
		if (s->n) {
			mcpy(nk, s->k, (size_t)s->n * sizeof(*nk));
			mcpy(nv, s->v, (size_t)s->n * sizeof(*nv));
		}
		s->k = nk;
		s->v = nv;
		s->cap = cap;
	}
	s->k[s->n] = k;
	s->v[s->n++] = v;
}

/* ---- evaluation ---- */

static struct jv eval(struct rctx *r, const struct expr *e);

static _Noreturn void
undefined_use(struct rctx *r, const struct jv *v, int line)
{
	if (v->s)
		fail(r, line, "'%s' is undefined", v->s);
	fail(r, line, "use of an undefined value");
}

static struct jv
need_str(struct rctx *r, const struct jv *v, const char *what, int line)
{
	if (v->t == J_UNDEF)
		undefined_use(r, v, line);
	if (v->t != J_STR)
		fail(r, line, "%s wants a string, not %s", what, type_name(v));
	return *v;
}

static int64_t
need_int(struct rctx *r, const struct jv *v, const char *what, int line)
{
	if (v->t != J_INT && v->t != J_BOOL)
		fail(r, line, "%s wants an integer, not %s", what, type_name(v));
	return inum(v);
}

/* Arguments of a call, filter or test: a[first..] by position, then by
 * keyword.  Looks up parameter `k` (position pos, or name). */
struct args {
	struct jv v[64];
	const char *kw[64];
	int n;
};

static void
eval_args(struct rctx *r, const struct expr *e, int first, struct args *a)
{
	a->n = 0;
	for (int i = first; i < e->na; i++) {
		a->kw[a->n] = e->kw ? e->kw[i] : NULL;
		a->v[a->n++] = eval(r, e->a[i]);
	}
}

static const struct jv *
arg(const struct args *a, int pos, const char *name)
{
	int p = 0;
	for (int i = 0; i < a->n; i++) {
		if (a->kw[i]) {
			if (name && !strcmp(a->kw[i], name))
				return &a->v[i];
		} else if (p++ == pos) {
			return &a->v[i];
		}
	}
	return NULL;
}

/* An item of a list or string by (Python, possibly negative) index. */
static struct jv
index_of(struct rctx *r, const struct jv *o, const struct jv *k, int line)
{
	if (o->t == J_UNDEF)
		undefined_use(r, o, line);
	if (o->t == J_DICT || o->t == J_NS) {
		if (k->t != J_STR)
			return undef;
		struct jv *v = dict_find(o->d, k->s, k->n);
		if (v)
			return *v;
		struct jv u = undef;
		u.s = arena_strndup(&r->a, k->s, k->n);
		return u;
	}
	if ((o->t == J_LIST || o->t == J_STR) && (k->t == J_INT || k->t == J_BOOL)) {
		int64_t len = o->t == J_LIST ? (int64_t)o->l->n : (int64_t)cp_count(o->s, o->n);
		int64_t i = inum(k);
		if (i < 0)
			i += len;
		if (i < 0 || i >= len)
			return undef;
		if (o->t == J_LIST)
			return o->l->v[i];
		size_t a = cp_offset(o->s, o->n, (size_t)i), b = cp_offset(o->s, o->n, (size_t)i + 1);
		return (struct jv){ .t = J_STR, .s = o->s + a, .n = b - a };
	}
	return undef;
}

static struct jv
get_attr(struct rctx *r, const struct jv *o, const char *name, int line)
{
	static const char *const strm[] = { "startswith", "endswith", "split", "strip", "lstrip",
		"rstrip", "upper", "lower", "replace", "title", "capitalize", "find", "count", "join",
		"splitlines", NULL };
	static const char *const dictm[] = { "items", "keys", "values", "get", NULL };
	const char *const *m = o->t == J_STR ? strm : o->t == J_DICT ? dictm : NULL;

	if (o->t == J_UNDEF)
		undefined_use(r, o, line);
	for (int i = 0; m && m[i]; i++)
		if (!strcmp(m[i], name)) {
			struct jv v = { .t = J_METHOD, .fn = m[i] };
			v.self = arena_alloc(&r->a, sizeof(*v.self));
			*v.self = *o;
			return v;
		}
	if (o->t == J_DICT || o->t == J_NS) {
		struct jv *v = dict_find(o->d, name, strlen(name));
		if (v)
			return *v;
	}
	struct jv u = undef;
	u.s = name;
	return u;
}

static int64_t
clampi(int64_t i, int64_t len, int64_t lo, int64_t hi)
{
	if (i < 0)
		i += len;
	return i < lo ? lo : i > hi ? hi : i;
}

static struct jv
slice(struct rctx *r, const struct jv *o, const struct expr *e)
{
	struct jv p[3];
	int64_t st = 1, len, a, b;

	if (o->t == J_UNDEF)
		undefined_use(r, o, e->line);
	if (o->t != J_LIST && o->t != J_STR)
		fail(r, e->line, "cannot slice %s", type_name(o));
	for (int i = 0; i < 3; i++) {
		p[i] = e->a[i + 1] ? eval(r, e->a[i + 1]) : none;
		if (p[i].t != J_NONE && p[i].t != J_INT && p[i].t != J_BOOL)
			fail(r, e->line, "slice indices must be integers");
	}
	if (p[2].t != J_NONE)
		st = inum(&p[2]);
	if (st == 0)
		fail(r, e->line, "slice step cannot be zero");
	len = o->t == J_LIST ? (int64_t)o->l->n : (int64_t)cp_count(o->s, o->n);
	if (st > 0) {
		a = p[0].t == J_NONE ? 0 : clampi(inum(&p[0]), len, 0, len);
		b = p[1].t == J_NONE ? len : clampi(inum(&p[1]), len, 0, len);
	} else {
		a = p[0].t == J_NONE ? len - 1 : clampi(inum(&p[0]), len, -1, len - 1);
		b = p[1].t == J_NONE ? -1 : clampi(inum(&p[1]), len, -1, len - 1);
	}
	size_t cnt = 0;
	for (int64_t i = a; st > 0 ? i < b : i > b; i += st)
		cnt++;
	if (o->t == J_LIST) {
		struct jv v = jlist(r, cnt);
		size_t k = 0;
		for (int64_t i = a; st > 0 ? i < b : i > b; i += st)
			v.l->v[k++] = o->l->v[i];
		return v;
	}
	struct strbuf sb = { 0 };
	hold(r, &sb);
	for (int64_t i = a; st > 0 ? i < b : i > b; i += st) {
		size_t x = cp_offset(o->s, o->n, (size_t)i), y = cp_offset(o->s, o->n, (size_t)i + 1);
		sb_putn(&sb, o->s + x, y - x);
	}
	return jstr_sb(r, &sb);
}

/* The items a for loop or a filter walks: a list's, a dict's keys, a
 * string's characters. */
static struct jv
iter_list(struct rctx *r, const struct jv *v, int line)
{
	struct jv l;

	switch (v->t) {
	case J_LIST: return *v;
	case J_UNDEF: return jlist(r, 0);
	case J_DICT:
		l = jlist(r, v->d->n);
		mcpy(l.l->v, v->d->k, v->d->n * sizeof(*l.l->v));
		return l;
	case J_STR: {
		l = jlist(r, cp_count(v->s, v->n));
		size_t k;
		for (size_t i = 0, c = 0; i < v->n; i += k, c++) {
			k = cp_len(v->s, v->n, i);
			l.l->v[c] = (struct jv){ .t = J_STR, .s = v->s + i, .n = k };
		}
		return l;
	}
	default:
		fail(r, line, "'%s' object is not iterable", type_name(v));
	}
}

static struct jv
concat(struct rctx *r, const struct jv *a, const struct jv *b)
{
	struct strbuf sb = { 0 };
	hold(r, &sb);
	sb_putn(&sb, a->s, a->n);
	sb_putn(&sb, b->s, b->n);
	return jstr_sb(r, &sb);
}

static int
compare(struct rctx *r, const struct jv *a, const struct jv *b, int line)
{
	if (is_num(a) && is_num(b)) {
		double x = num(a), y = num(b);
		return (x > y) - (x < y);
	}
	if (a->t == J_STR && b->t == J_STR) {
		size_t n = a->n < b->n ? a->n : b->n;
		int c = memcmp(a->s, b->s, n);
		return c ? (c > 0) - (c < 0) : (a->n > b->n) - (a->n < b->n);
	}
	fail(r, line, "cannot compare %s with %s", type_name(a), type_name(b));
}

static int
contains(struct rctx *r, const struct jv *hay, const struct jv *x, int line)
{
	if (hay->t == J_UNDEF)
		undefined_use(r, hay, line);
	if (hay->t == J_STR) {
		if (x->t != J_STR)
			fail(r, line, "'in <string>' wants a string, not %s", type_name(x));
		if (!x->n)
			return 1;
		for (size_t i = 0; i + x->n <= hay->n; i++)
			if (!memcmp(hay->s + i, x->s, x->n))
				return 1;
		return 0;
	}
	if (hay->t == J_LIST) {
		for (size_t i = 0; i < hay->l->n; i++)
			if (equal(&hay->l->v[i], x))
				return 1;
		return 0;
	}
	if (hay->t == J_DICT)
		return x->t == J_STR && dict_find(hay->d, x->s, x->n);
	fail(r, line, "argument of type '%s' is not iterable", type_name(hay));
}

static struct jv
arith(struct rctx *r, int op, struct jv a, struct jv b, int line)
{
	if (a.t == J_UNDEF)
		undefined_use(r, &a, line);
	if (b.t == J_UNDEF)
		undefined_use(r, &b, line);
	if (op == OP_ADD && a.t == J_STR && b.t == J_STR)
		return concat(r, &a, &b);
	if (op == OP_ADD && a.t == J_LIST && b.t == J_LIST) {
		struct jv v = jlist(r, a.l->n + b.l->n);
		mcpy(v.l->v, a.l->v, a.l->n * sizeof(*v.l->v));
		mcpy(v.l->v + a.l->n, b.l->v, b.l->n * sizeof(*v.l->v));
		return v;
	}
	if (op == OP_MUL && b.t == J_STR && (a.t == J_INT || a.t == J_BOOL)) {
		struct jv t = a;	/* 3 * 'ab' is 'ab' * 3 */
		a = b;
		b = t;
	}
	if (op == OP_MUL && a.t == J_STR && (b.t == J_INT || b.t == J_BOOL)) {
		int64_t k = inum(&b);
		if (k > 0 && a.n * (uint64_t)k > MAX_OUT)
			fail(r, line, "string repeated too often");
		struct strbuf sb = { 0 };
		hold(r, &sb);
		for (int64_t i = 0; i < k; i++)
			sb_putn(&sb, a.s, a.n);
		return jstr_sb(r, &sb);
	}
	if (!is_num(&a) || !is_num(&b))
		fail(r, line, "unsupported operand types for an arithmetic operator: %s and %s",
		    type_name(&a), type_name(&b));
	if (a.t != J_FLOAT && b.t != J_FLOAT && op != OP_DIV) {
		int64_t x = inum(&a), y = inum(&b), z = 0;
		int ovf = 0;
		switch (op) {
		case OP_ADD: ovf = __builtin_add_overflow(x, y, &z); break;
		case OP_SUB: ovf = __builtin_sub_overflow(x, y, &z); break;
		case OP_MUL: ovf = __builtin_mul_overflow(x, y, &z); break;
		case OP_FDIV:
		case OP_MOD:
			if (y == 0)
				fail(r, line, "integer division or modulo by zero");
			if (x == INT64_MIN && y == -1)
				ovf = 1;
			else if (op == OP_FDIV)
				z = x / y - ((x % y != 0) && ((x < 0) != (y < 0)));
			else
				z = x % y + ((x % y != 0) && ((x < 0) != (y < 0)) ? y : 0);
			break;
		case OP_POW:
			if (y < 0)
				return (struct jv){ .t = J_FLOAT, .f = pow((double)x, (double)y) };
			z = 1;
			for (int64_t i = 0; i < y && !ovf; i++)
				ovf = __builtin_mul_overflow(z, x, &z);
			break;
		}
		if (ovf)
			fail(r, line, "integer overflow");
		return jint(z);
	}
	double x = num(&a), y = num(&b), z = 0;
	switch (op) {
	case OP_ADD: z = x + y; break;
	case OP_SUB: z = x - y; break;
	case OP_MUL: z = x * y; break;
	case OP_DIV:
	case OP_FDIV:
	case OP_MOD:
		if (y == 0)
			fail(r, line, "division by zero");
		z = op == OP_DIV ? x / y : op == OP_FDIV ? floor(x / y) : x - floor(x / y) * y;
		break;
	case OP_POW: z = pow(x, y); break;
	}
	return (struct jv){ .t = J_FLOAT, .f = z };
}

static int run_test(struct rctx *r, const char *name, const struct jv *v, struct args *a, int line);

static struct jv
split(struct rctx *r, struct jv s, const struct jv *sep, int64_t max, int line)
{
	struct jv out = jlist(r, s.n + 1);
	size_t n = 0, i = 0;

	if (sep && sep->t != J_NONE) {
		if (sep->t != J_STR || !sep->n)
			fail(r, line, "split wants a non-empty string separator");
		size_t st = 0;
		while (i + sep->n <= s.n) {
			if ((max < 0 || (int64_t)n < max) && !memcmp(s.s + i, sep->s, sep->n)) {
				out.l->v[n++] = (struct jv){ .t = J_STR, .s = s.s + st, .n = i - st };
				i += sep->n;
				st = i;
			} else {
				i++;
			}
		}
		out.l->v[n++] = (struct jv){ .t = J_STR, .s = s.s + st, .n = s.n - st };
	} else {
		const unsigned char *p = (const unsigned char *)s.s;
		size_t k;
		while (i < s.n) {
			while (i < s.n && py_space(utf8_decode(p + i, s.n - i, &k)))
				i += k;
			if (i >= s.n)
				break;
			size_t st = i;
			if (max >= 0 && (int64_t)n >= max) {
				struct jv rest = strip((struct jv){ .t = J_STR, .s = s.s + st, .n = s.n - st }, NULL, 2);
				out.l->v[n++] = rest;
				break;
			}
			while (i < s.n && !py_space(utf8_decode(p + i, s.n - i, &k)))
				i += k;
			out.l->v[n++] = (struct jv){ .t = J_STR, .s = s.s + st, .n = i - st };
		}
	}
	out.l->n = n;
	return out;
}

static struct jv
replace(struct rctx *r, struct jv s, struct jv a, struct jv b, int64_t count, int line)
{
	struct strbuf sb = { 0 };
	hold(r, &sb);
	size_t i = 0;
	int64_t done = 0;

	if (!a.n) {
		/* Python inserts b around every character */
		size_t k;
		for (i = 0; i <= s.n; i += k) {
			if (count < 0 || done++ < count)
				sb_putn(&sb, b.s, b.n);
			if (i == s.n)
				break;
			k = cp_len(s.s, s.n, i);
			sb_putn(&sb, s.s + i, k);
			if (sb.len > MAX_OUT)
				fail(r, line, "replace result too long");
		}
		return jstr_sb(r, &sb);
	}
	while (i < s.n) {
		if (i + a.n <= s.n && !memcmp(s.s + i, a.s, a.n) && (count < 0 || done < count)) {
			sb_putn(&sb, b.s, b.n);
			i += a.n;
			done++;
			if (sb.len > MAX_OUT)
				fail(r, line, "replace result too long");
		} else {
			sb_putn(&sb, s.s + i++, 1);
		}
	}
	return jstr_sb(r, &sb);
}

static struct jv
title(struct rctx *r, struct jv s, int all)
{
	struct strbuf sb = { 0 };
	hold(r, &sb);
	int prev = 0;
	/* ASCII letters are cased; other characters pass as they are */
	for (size_t i = 0; i < s.n; i++) {
		char c = s.s[i];
		int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		if (letter) {
			int up = all ? !prev : i == 0;
			c = up ? (c >= 'a' && c <= 'z' ? c - 32 : c) : (c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		prev = letter || (unsigned char)c >= 0x80;
		sb_putn(&sb, &c, 1);
	}
	return jstr_sb(r, &sb);
}

static struct jv
join(struct rctx *r, const struct jv *seq, const struct jv *sep, int line)
{
	struct jv l = iter_list(r, seq, line);
	struct strbuf sb = { 0 };
	hold(r, &sb);
	for (size_t i = 0; i < l.l->n; i++) {
		if (i && sep)
			sb_putn(&sb, sep->s, sep->n);
		put_str(r, &sb, &l.l->v[i], line);
	}
	return jstr_sb(r, &sb);
}

static struct jv
call_method(struct rctx *r, const struct jv *m, struct args *a, int line)
{
	const struct jv *self = m->self;
	const char *f = m->fn;
	const struct jv *a0 = arg(a, 0, NULL), *a1 = arg(a, 1, NULL), *a2 = arg(a, 2, NULL);

	if (self->t == J_DICT) {
		if (!strcmp(f, "get")) {
			if (!a0)
				fail(r, line, "get wants a key");
			struct jv *v = a0->t == J_STR ? dict_find(self->d, a0->s, a0->n) : NULL;
			return v ? *v : a1 ? *a1 : none;
		}
		struct jv l = jlist(r, self->d->n);
		for (size_t i = 0; i < self->d->n; i++) {
			if (!strcmp(f, "keys")) {
				l.l->v[i] = self->d->k[i];
			} else if (!strcmp(f, "values")) {
				l.l->v[i] = self->d->v[i];
			} else {
				struct jv p = jlist(r, 2);
				p.n = 1;	/* (key, value) */
				p.l->v[0] = self->d->k[i];
				p.l->v[1] = self->d->v[i];
				l.l->v[i] = p;
			}
		}
		return l;
	}
	/* string methods */
	struct jv s = *self;
	if (!strcmp(f, "startswith") || !strcmp(f, "endswith")) {
		if (!a0)
			fail(r, line, "%s wants an argument", f);
		struct jv one = *a0, *list = a0->t == J_LIST ? a0->l->v : &one;
		size_t n = a0->t == J_LIST ? a0->l->n : 1;
		for (size_t i = 0; i < n; i++) {
			struct jv p = need_str(r, &list[i], f, line);
			if (p.n <= s.n && !memcmp(f[0] == 's' ? s.s : s.s + s.n - p.n, p.s, p.n))
				return jbool(1);
		}
		return jbool(0);
	}
	if (!strcmp(f, "strip") || !strcmp(f, "lstrip") || !strcmp(f, "rstrip")) {
		const struct jv *c = a0 && a0->t != J_NONE ? a0 : NULL;
		if (c)
			need_str(r, c, f, line);
		return strip(s, c, f[0] == 'l' ? 1 : f[0] == 'r' ? 2 : 3);
	}
	if (!strcmp(f, "split"))
		return split(r, s, a0 ? a0 : arg(a, -1, "sep"),
		    a1 ? need_int(r, a1, f, line) : -1, line);
	if (!strcmp(f, "splitlines")) {
		struct jv nl = { .t = J_STR, .s = "\n", .n = 1 };
		struct jv l = split(r, s, &nl, -1, line);
		if (l.l->n && !l.l->v[l.l->n - 1].n)
			l.l->n--;
		return l;
	}
	if (!strcmp(f, "upper") || !strcmp(f, "lower"))
		return casemap(r, s, f[0] == 'u', line);
	if (!strcmp(f, "title") || !strcmp(f, "capitalize")) {
		struct jv low = f[0] == 'c' ? casemap(r, s, 0, line) : s;
		return title(r, low, f[0] == 't');
	}
	if (!strcmp(f, "replace")) {
		if (!a0 || !a1)
			fail(r, line, "replace wants two strings");
		return replace(r, s, need_str(r, a0, f, line), need_str(r, a1, f, line),
		    a2 ? need_int(r, a2, f, line) : -1, line);
	}
	if (!strcmp(f, "find") || !strcmp(f, "count")) {
		if (!a0)
			fail(r, line, "%s wants a string", f);
		struct jv x = need_str(r, a0, f, line);
		int64_t cnt = 0;
		for (size_t i = 0; i + x.n <= s.n; i++)
			if (!memcmp(s.s + i, x.s, x.n)) {
				if (f[0] == 'f')
					return jint((int64_t)cp_count(s.s, i));
				cnt++;
				if (x.n)
					i += x.n - 1;
			}
		return jint(f[0] == 'f' ? -1 : cnt);
	}
	if (!strcmp(f, "join")) {
		if (!a0)
			fail(r, line, "join wants a list");
		return join(r, a0, &s, line);
	}
	fail(r, line, "no method %s", f);
}

static void exec_body(struct rctx *r, const struct body *b);

/* A macro call: its parameters bound by position, then by name, then
 * from their defaults (or undefined), in a scope over the template's
 * own names; the body renders to the returned string. */
static struct jv
call_macro(struct rctx *r, const struct stmt *m, struct args *a, int line)
{
	struct scope sc = { .up = r->top }, *saved = r->sc;
	int pos = 0;

	if (++r->depth > MAX_DEPTH)
		fail(r, line, "macros nested too deep");
	r->sc = &sc;
	for (int i = 0; i < a->n; i++) {
		if (a->kw[i]) {
			int k;
			for (k = 0; k < m->nparams && strcmp(m->params[k], a->kw[i]); k++)
				;
			if (k == m->nparams)
				fail(r, line, "macro '%s' takes no argument '%s'", m->name, a->kw[i]);
			assign(r, m->params[k], a->v[i]);
		} else if (pos < m->nparams) {
			assign(r, m->params[pos++], a->v[i]);
		} else {
			fail(r, line, "macro '%s' takes %d arguments", m->name, m->nparams);
		}
	}
	for (int k = 0; k < m->nparams; k++) {
		int set = 0;
		for (int i = 0; i < sc.n; i++)
			set |= !strcmp(sc.k[i], m->params[k]);
		if (!set) {
			struct jv u = undef;
			u.s = m->params[k];
			assign(r, m->params[k], m->defaults[k] ? eval(r, m->defaults[k]) : u);
		}
	}
	size_t at = r->out.len;
	exec_body(r, &m->body);
	r->ctl = 0;
	struct jv v = jstr(r, r->out.s ? r->out.s + at : "", r->out.len - at);
	r->out.len = at;
	if (r->out.s)
		r->out.s[at] = 0;
	r->sc = saved;
	r->depth--;
	return v;
}

static struct jv
call(struct rctx *r, const struct expr *e)
{
	struct jv f = eval(r, e->a[0]);
	struct args a;

	eval_args(r, e, 1, &a);
	if (f.t == J_METHOD)
		return call_method(r, &f, &a, e->line);
	if (f.t == J_MACRO)
		return call_macro(r, f.mac, &a, e->line);
	if (f.t == J_UNDEF)
		undefined_use(r, &f, e->line);
	if (f.t != J_FUNC)
		fail(r, e->line, "'%s' object is not callable", type_name(&f));
	const struct jv *a0 = arg(&a, 0, NULL);
	if (!strcmp(f.fn, "raise_exception")) {
		struct strbuf sb = { 0 };
		hold(r, &sb);
		if (a0)
			put_str(r, &sb, a0, e->line);
		err_set("%s", sb.s ? sb.s : "");
		release(r, &sb);
		r->raised = 1;
		unwind(r);
	}
	if (!strcmp(f.fn, "namespace") || !strcmp(f.fn, "dict")) {
		struct jv ns = jdict(r, f.fn[0] == 'n' ? J_NS : J_DICT);
		for (int i = 0; i < a.n; i++) {
			if (!a.kw[i]) {
				if (a.v[i].t != J_DICT)
					fail(r, e->line, "%s() takes keyword arguments", f.fn);
				for (size_t k = 0; k < a.v[i].d->n; k++)
					dict_put(r, ns.d, a.v[i].d->k[k].s, a.v[i].d->k[k].n, a.v[i].d->v[k]);
			} else {
				dict_put(r, ns.d, a.kw[i], strlen(a.kw[i]), a.v[i]);
			}
		}
		return ns;
	}
	if (!strcmp(f.fn, "range")) {
		int64_t lo = 0, hi, st = 1;
		const struct jv *a1 = arg(&a, 1, NULL), *a2 = arg(&a, 2, NULL);
		if (!a0)
			fail(r, e->line, "range wants an argument");
		hi = need_int(r, a0, "range", e->line);
		if (a1) {
			lo = hi;
			hi = need_int(r, a1, "range", e->line);
		}
		if (a2 && !(st = need_int(r, a2, "range", e->line)))
			fail(r, e->line, "range() step must not be zero");
		double cnt = st > 0 ? ceil(((double)hi - lo) / st) : ceil(((double)lo - hi) / -st);
		if (cnt > MAX_RANGE)
			fail(r, e->line, "range of %.0f items is too long", cnt);
		struct jv l = jlist(r, cnt > 0 ? (size_t)cnt : 0);
		for (size_t i = 0; i < l.l->n; i++)
			l.l->v[i] = jint(lo + (int64_t)i * st);
		return l;
	}
	if (!strcmp(f.fn, "strftime_now")) {
		char buf[256];
		time_t now = time(NULL);
		struct tm tm;
		if (!a0 || a0->t != J_STR)
			fail(r, e->line, "strftime_now wants a format string");
		size_t n = strftime(buf, sizeof(buf), a0->s, localtime_r(&now, &tm));
		return jstr(r, buf, n);
	}
	fail(r, e->line, "unknown function %s", f.fn);
}

/* Items of seq whose attribute `attr` passes the test (selectattr,
 * rejectattr) or that pass it themselves (select, reject). */
static struct jv
select_items(struct rctx *r, const struct jv *seq, struct args *a, int attr, int keep, int line)
{
	struct jv l = iter_list(r, seq, line), out = jlist(r, l.l->n);
	const struct jv *an = attr ? arg(a, 0, NULL) : NULL;
	const struct jv *tn = arg(a, attr, NULL);
	struct args ta = { .n = 0 };
	size_t n = 0;

	if (attr && (!an || an->t != J_STR))
		fail(r, line, "selectattr wants an attribute name");
	if (tn && tn->t != J_STR)
		fail(r, line, "the test must be named by a string");
	/* the positional arguments after the test's name are the test's */
	for (int i = 0, p = 0; i < a->n; i++)
		if (!a->kw[i] && p++ > attr) {
			ta.kw[ta.n] = NULL;
			ta.v[ta.n++] = a->v[i];
		}
	for (size_t i = 0; i < l.l->n; i++) {
		struct jv v = attr ? index_of(r, &l.l->v[i], an, line) : l.l->v[i];
		int pass = tn ? run_test(r, arena_strndup(&r->a, tn->s, tn->n), &v, &ta, line) : truthy(&v);
		if (pass == keep)
			out.l->v[n++] = l.l->v[i];
	}
	out.l->n = n;
	return out;
}

/* str(v), as jinja2's string filters take any value (undefined: "") */
static struct jv
soft_str(struct rctx *r, const struct jv *v, int line)
{
	struct strbuf sb = { 0 };

	if (v->t == J_STR)
		return *v;
	hold(r, &sb);
	put_str(r, &sb, v, line);
	return jstr_sb(r, &sb);
}

static struct jv
filter(struct rctx *r, const struct expr *e)
{
	const char *f = e->name;
	struct jv v = eval(r, e->a[0]);
	struct args a;
	int line = e->line;

	eval_args(r, e, 1, &a);
	const struct jv *a0 = arg(&a, 0, NULL);
	if (!strcmp(f, "default") || !strcmp(f, "d")) {
		const struct jv *b = arg(&a, 1, "boolean");
		if (v.t == J_UNDEF || (b && truthy(b) && !truthy(&v)))
			return a0 ? *a0 : jstr(r, "", 0);
		return v;
	}
	if (!strcmp(f, "safe"))
		return v;
	static const char *const soft[] = { "length", "count", "list", "string", "join", "trim",
		"upper", "lower", "capitalize", "title", "first", "last", NULL };
	int k;
	for (k = 0; soft[k] && strcmp(f, soft[k]); k++)
		;
	if (v.t == J_UNDEF && !soft[k])
		undefined_use(r, &v, line);
	if (!strcmp(f, "trim")) {
		const struct jv *c = a0 && a0->t != J_NONE ? a0 : NULL;
		struct jv s = soft_str(r, &v, line);
		if (c)
			need_str(r, c, "trim", line);
		return strip(s, c, 3);
	}
	if (!strcmp(f, "length") || !strcmp(f, "count")) {
		switch (v.t) {
		case J_STR: return jint((int64_t)cp_count(v.s, v.n));
		case J_LIST: return jint((int64_t)v.l->n);
		case J_DICT: return jint((int64_t)v.d->n);
		case J_UNDEF: return jint(0);
		default: fail(r, line, "object of type '%s' has no len()", type_name(&v));
		}
	}
	if (!strcmp(f, "tojson")) {
		const struct jv *ind = arg(&a, 0, "indent");
		struct strbuf sb = { 0 };
		hold(r, &sb);
		int indent = ind && ind->t != J_NONE ? (int)need_int(r, ind, "tojson", line) : -1;
		if (indent > 64)
			fail(r, line, "tojson indent too large");
		put_json(r, &sb, &v, indent, 0, line);
		return jstr_sb(r, &sb);
	}
	if (!strcmp(f, "string")) {
		struct strbuf sb = { 0 };
		hold(r, &sb);
		put_str(r, &sb, &v, line);
		return jstr_sb(r, &sb);
	}
	if (!strcmp(f, "upper") || !strcmp(f, "lower"))
		return casemap(r, soft_str(r, &v, line), f[0] == 'u', line);
	if (!strcmp(f, "capitalize") || !strcmp(f, "title"))
		return title(r, f[0] == 'c' ? casemap(r, soft_str(r, &v, line), 0, line) :
		    soft_str(r, &v, line), f[0] == 't');
	if (!strcmp(f, "first") || !strcmp(f, "last")) {
		struct jv l = iter_list(r, &v, line);
		return l.l->n ? l.l->v[f[0] == 'f' ? 0 : l.l->n - 1] : undef;
	}
	if (!strcmp(f, "list"))
		return iter_list(r, &v, line);
	if (!strcmp(f, "reverse")) {
		struct jv l = iter_list(r, &v, line), out = jlist(r, l.l->n);
		for (size_t i = 0; i < l.l->n; i++)
			out.l->v[i] = l.l->v[l.l->n - 1 - i];
		if (v.t != J_STR)
			return out;
		return join(r, &out, NULL, line);
	}
	if (!strcmp(f, "join")) {
		const struct jv *sep = a0 ? a0 : arg(&a, -1, "d");
		if (sep)
			need_str(r, sep, "join", line);
		const struct jv *at = arg(&a, 1, "attribute");
		if (at) {
			struct jv l = iter_list(r, &v, line), m = jlist(r, l.l->n);
			for (size_t i = 0; i < l.l->n; i++)
				m.l->v[i] = index_of(r, &l.l->v[i], at, line);
			return join(r, &m, sep, line);
		}
		return join(r, &v, sep, line);
	}
	if (!strcmp(f, "items")) {
		if (v.t != J_DICT)
			fail(r, line, "items wants a dict, not %s", type_name(&v));
		struct jv m = { .t = J_METHOD, .fn = "items", .self = &v };
		return call_method(r, &m, &a, line);
	}
	if (!strcmp(f, "int")) {
		if (v.t == J_INT || v.t == J_BOOL)
			return jint(inum(&v));
		if (v.t == J_FLOAT && isfinite(v.f) && fabs(v.f) < 9e18)
			return jint((int64_t)v.f);
		if (v.t == J_STR) {
			char buf[32], *end;
			if (v.n < sizeof(buf)) {
				mcpy(buf, v.s, v.n);
				buf[v.n] = 0;
				errno = 0;
				long long x = strtoll(buf, &end, 10);
				if (!errno && end != buf && !*end)
					return jint(x);
			}
		}
		return a0 ? *a0 : jint(0);
	}
	if (!strcmp(f, "abs")) {
		if (v.t == J_FLOAT)
			return (struct jv){ .t = J_FLOAT, .f = fabs(v.f) };
		int64_t x = need_int(r, &v, "abs", line);
		if (x == INT64_MIN)
			fail(r, line, "integer overflow");
		return jint(x < 0 ? -x : x);
	}
	if (!strcmp(f, "replace")) {
		if (!a0 || !arg(&a, 1, NULL))
			fail(r, line, "replace wants two strings");
		return replace(r, need_str(r, &v, f, line), need_str(r, a0, f, line),
		    need_str(r, arg(&a, 1, NULL), f, line), -1, line);
	}
	if (!strcmp(f, "selectattr") || !strcmp(f, "rejectattr"))
		return select_items(r, &v, &a, 1, f[0] == 's', line);
	if (!strcmp(f, "select") || !strcmp(f, "reject"))
		return select_items(r, &v, &a, 0, f[0] == 's', line);
	if (!strcmp(f, "map")) {
		const struct jv *at = arg(&a, -1, "attribute");
		struct jv l = iter_list(r, &v, line), out = jlist(r, l.l->n);
		if (!at || at->t != J_STR)
			fail(r, line, "map is supported with attribute= only");
		for (size_t i = 0; i < l.l->n; i++) {
			struct jv x = index_of(r, &l.l->v[i], at, line);
			const struct jv *dflt = arg(&a, -1, "default");
			out.l->v[i] = x.t == J_UNDEF && dflt ? *dflt : x;
		}
		return out;
	}
	fail(r, line, "unknown or unsupported filter '%s'", f);
}

static int
run_test(struct rctx *r, const char *t, const struct jv *v, struct args *a, int line)
{
	const struct jv *a0 = arg(a, 0, NULL);

	if (!strcmp(t, "defined"))
		return v->t != J_UNDEF;
	if (!strcmp(t, "undefined"))
		return v->t == J_UNDEF;
	if (!strcmp(t, "none"))
		return v->t == J_NONE;
	if (!strcmp(t, "string"))
		return v->t == J_STR;
	if (!strcmp(t, "number"))
		return is_num(v);
	if (!strcmp(t, "integer"))
		return v->t == J_INT;
	if (!strcmp(t, "float"))
		return v->t == J_FLOAT;
	if (!strcmp(t, "boolean"))
		return v->t == J_BOOL;
	if (!strcmp(t, "true") || !strcmp(t, "false"))
		return v->t == J_BOOL && v->b == (t[0] == 't');
	if (!strcmp(t, "mapping"))
		return v->t == J_DICT;
	if (!strcmp(t, "iterable"))
		return v->t == J_STR || v->t == J_LIST || v->t == J_DICT || v->t == J_UNDEF;
	if (!strcmp(t, "sequence"))
		return v->t == J_STR || v->t == J_LIST || v->t == J_DICT;
	if (!strcmp(t, "callable"))
		return v->t == J_FUNC || v->t == J_METHOD || v->t == J_MACRO;
	if (!strcmp(t, "even") || !strcmp(t, "odd")) {
		int64_t x = need_int(r, v, t, line);
		return (x % 2 != 0) == (t[0] == 'o');
	}
	if (!strcmp(t, "divisibleby")) {
		int64_t x = need_int(r, v, t, line), y = a0 ? need_int(r, a0, t, line) : 0;
		if (y == 0)
			fail(r, line, "integer division or modulo by zero");
		return y == -1 || x % y == 0;
	}
	if (!strcmp(t, "lower") || !strcmp(t, "upper")) {
		if (v->t != J_STR)
			return 0;
		struct jv m = casemap(r, *v, t[0] == 'u', line);
		return equal(&m, v);
	}
	if (!a0)
		fail(r, line, "unknown test '%s' (or it wants an argument)", t);
	if (!strcmp(t, "eq") || !strcmp(t, "equalto") || !strcmp(t, "=="))
		return equal(v, a0);
	if (!strcmp(t, "ne") || !strcmp(t, "!="))
		return !equal(v, a0);
	if (!strcmp(t, "lt") || !strcmp(t, "lessthan") || !strcmp(t, "<"))
		return compare(r, v, a0, line) < 0;
	if (!strcmp(t, "le") || !strcmp(t, "<="))
		return compare(r, v, a0, line) <= 0;
	if (!strcmp(t, "gt") || !strcmp(t, "greaterthan") || !strcmp(t, ">"))
		return compare(r, v, a0, line) > 0;
	if (!strcmp(t, "ge") || !strcmp(t, ">="))
		return compare(r, v, a0, line) >= 0;
	if (!strcmp(t, "in"))
		return contains(r, a0, v, line);
	if (!strcmp(t, "sameas"))
		return v->t == a0->t && equal(v, a0) && (v->t == J_NONE || v->t == J_BOOL);
	fail(r, line, "unknown test '%s'", t);
}

static struct jv
eval(struct rctx *r, const struct expr *e)
{
	struct jv a, b, v;

	if (++r->depth > 4 * MAX_DEPTH)
		fail(r, e->line, "evaluation nested too deep");
	switch (e->k) {
	case E_LIT:
		v = e->lit;
		break;
	case E_NAME: {
		struct jv *p = lookup(r, e->name);
		if (p) {
			v = *p;
		} else {
			v = undef;
			v.s = e->name;
		}
		break;
	}
	case E_ATTR:
		a = eval(r, e->a[0]);
		v = get_attr(r, &a, e->name, e->line);
		break;
	case E_INDEX:
		a = eval(r, e->a[0]);
		b = eval(r, e->a[1]);
		v = index_of(r, &a, &b, e->line);
		if (v.t == J_UNDEF && b.t == J_STR && a.t != J_DICT && a.t != J_NS)
			v = get_attr(r, &a, arena_strndup(&r->a, b.s, b.n), e->line);
		break;
	case E_SLICE:
		a = eval(r, e->a[0]);
		v = slice(r, &a, e);
		break;
	case E_CALL:
		v = call(r, e);
		break;
	case E_FILTER:
		v = filter(r, e);
		break;
	case E_TEST: {
		struct args ar;
		a = eval(r, e->a[0]);
		eval_args(r, e, 1, &ar);
		v = jbool(run_test(r, e->name, &a, &ar, e->line) != e->op);
		break;
	}
	case E_NOT:
		a = eval(r, e->a[0]);
		v = jbool(!truthy(&a));
		break;
	case E_NEG:
		a = eval(r, e->a[0]);
		v = arith(r, OP_SUB, jint(0), a, e->line);
		break;
	case E_AND:
		a = eval(r, e->a[0]);
		v = truthy(&a) ? eval(r, e->a[1]) : a;
		break;
	case E_OR:
		a = eval(r, e->a[0]);
		v = truthy(&a) ? a : eval(r, e->a[1]);
		break;
	case E_COND:
		a = eval(r, e->a[1]);
		v = truthy(&a) ? eval(r, e->a[0]) : e->a[2] ? eval(r, e->a[2]) : undef;
		break;
	case E_LIST:
		v = jlist(r, (size_t)e->na);
		v.n = (size_t)e->op;
		for (int i = 0; i < e->na; i++)
			v.l->v[i] = eval(r, e->a[i]);
		break;
	case E_DICT:
		v = jdict(r, J_DICT);
		for (int i = 0; i < e->na; i += 2) {
			a = eval(r, e->a[i]);
			if (a.t != J_STR)
				fail(r, e->line, "dict keys must be strings here");
			dict_put(r, v.d, a.s, a.n, eval(r, e->a[i + 1]));
		}
		break;
	case E_BIN:
		a = eval(r, e->a[0]);
		b = eval(r, e->a[1]);
		switch (e->op) {
		case OP_EQ: v = jbool(equal(&a, &b)); break;
		case OP_NE: v = jbool(!equal(&a, &b)); break;
		case OP_LT: v = jbool(compare(r, &a, &b, e->line) < 0); break;
		case OP_LE: v = jbool(compare(r, &a, &b, e->line) <= 0); break;
		case OP_GT: v = jbool(compare(r, &a, &b, e->line) > 0); break;
		case OP_GE: v = jbool(compare(r, &a, &b, e->line) >= 0); break;
		case OP_IN: v = jbool(contains(r, &b, &a, e->line)); break;
		case OP_NOTIN: v = jbool(!contains(r, &b, &a, e->line)); break;
		case OP_CAT: {
			struct strbuf sb = { 0 };
			hold(r, &sb);
			put_str(r, &sb, &a, e->line);
			put_str(r, &sb, &b, e->line);
			v = jstr_sb(r, &sb);
			break;
		}
		default: v = arith(r, e->op, a, b, e->line); break;
		}
		break;
	default:
		v = undef;
	}
	r->depth--;
	return v;
}

static void
exec_for(struct rctx *r, const struct stmt *s)
{
	struct jv it = eval(r, s->e), l = iter_list(r, &it, s->line);
	struct scope sc = { .up = r->sc };
	size_t n = 0;

	/* the loop filter sees each item under the loop's names */
	struct jv *keep = arena_alloc(&r->a, (l.l->n ? l.l->n : 1) * sizeof(*keep));
	r->sc = &sc;
	for (size_t i = 0; i < l.l->n; i++) {
		struct jv x = l.l->v[i];
		if (s->nvar == 2) {
			if (x.t != J_LIST || x.l->n != 2)
				fail(r, s->line, "cannot unpack %s into 2 names", type_name(&x));
			assign(r, s->var[0], x.l->v[0]);
			assign(r, s->var[1], x.l->v[1]);
		} else {
			assign(r, s->var[0], x);
		}
		if (s->filter) {
			struct jv c = eval(r, s->filter);
			if (!truthy(&c))
				continue;
		}
		keep[n++] = x;
	}
	struct jv loop = jdict(r, J_DICT);
	for (size_t i = 0; i < n; i++) {
		if (++r->iters > MAX_ITER)
			fail(r, s->line, "over %d loop iterations", MAX_ITER);
		if (r->a.total > MAX_MEM)
			fail(r, s->line, "the template holds over %d MB", MAX_MEM >> 20);
		sc.n = 0;
		/* one loop object a loop, its values updated, as jinja2's */
		dict_put(r, loop.d, "index0", 6, jint((int64_t)i));
		dict_put(r, loop.d, "index", 5, jint((int64_t)i + 1));
		dict_put(r, loop.d, "revindex0", 9, jint((int64_t)(n - 1 - i)));
		dict_put(r, loop.d, "revindex", 8, jint((int64_t)(n - i)));
		dict_put(r, loop.d, "first", 5, jbool(i == 0));
		dict_put(r, loop.d, "last", 4, jbool(i == n - 1));
		dict_put(r, loop.d, "length", 6, jint((int64_t)n));
		dict_put(r, loop.d, "previtem", 8, i > 0 ? keep[i - 1] : undef);
		dict_put(r, loop.d, "nextitem", 8, i + 1 < n ? keep[i + 1] : undef);
		assign(r, "loop", loop);
		if (s->nvar == 2) {
			assign(r, s->var[0], keep[i].l->v[0]);
			assign(r, s->var[1], keep[i].l->v[1]);
		} else {
			assign(r, s->var[0], keep[i]);
		}
		exec_body(r, &s->body);
		int ctl = r->ctl;
		r->ctl = 0;
		if (ctl == 1)
			break;
	}
	r->sc = sc.up;
	if (!n)
		exec_body(r, &s->orelse);
}

static void
exec_body(struct rctx *r, const struct body *b)
{
	if (++r->depth > 4 * MAX_DEPTH)
		fail(r, b->n ? b->s[0]->line : 0, "blocks nested too deep");
	for (int i = 0; i < b->n && !r->ctl; i++) {
		const struct stmt *s = b->s[i];
		struct jv v;
		switch (s->k) {
		case S_TEXT:
			sb_putn(&r->out, s->s, s->n);
			break;
		case S_OUT:
			v = eval(r, s->e);
			put_str(r, &r->out, &v, s->line);
			break;
		case S_IF:
			for (int k = 0; k < s->nb; k++) {
				if (s->cond[k]) {
					v = eval(r, s->cond[k]);
					if (!truthy(&v))
						continue;
				}
				exec_body(r, &s->bodies[k]);
				break;
			}
			break;
		case S_FOR:
			exec_for(r, s);
			break;
		case S_SET:
			v = eval(r, s->e);
			if (s->attr) {
				struct jv *ns = lookup(r, s->name);
				if (!ns || ns->t != J_NS)
					fail(r, s->line, "can only set attributes of a namespace ('%s')", s->name);
				dict_put(r, ns->d, s->attr, strlen(s->attr), v);
			} else {
				assign(r, s->name, v);
			}
			break;
		case S_SETBLOCK: {
			/* rendered at the end of the output, then taken back */
			size_t at = r->out.len;
			exec_body(r, &s->body);
			v = jstr(r, r->out.s ? r->out.s + at : "", r->out.len - at);
			r->out.len = at;
			if (r->out.s)
				r->out.s[at] = 0;
			assign(r, s->name, v);
			break;
		}
		case S_MACRO:
			assign(r, s->name, (struct jv){ .t = J_MACRO, .mac = s, .fn = s->name });
			break;
		case S_BREAK:
			r->ctl = 1;
			break;
		case S_CONTINUE:
			r->ctl = 2;
			break;
		}
		if (r->out.len > MAX_OUT)
			fail(r, s->line, "output over %d bytes", MAX_OUT);
		if (r->a.total > MAX_MEM)
			fail(r, s->line, "the template holds over %d MB", MAX_MEM >> 20);
	}
	r->depth--;
}

char *
jinja_render(const struct jinja *t, const struct jinja_var *vars, int n, size_t *len, int *raised)
{
	struct rctx *r = ecalloc(1, sizeof(*r));
	struct scope globals = { 0 }, top = { .up = &globals };
	static const char *const fns[] = { "raise_exception", "namespace", "range", "strftime_now",
		"dict", NULL };
	char *res = NULL;

	if (raised)
		*raised = 0;
	r->name = t->name;
	r->sc = &globals;
	for (int i = 0; fns[i]; i++)
		assign(r, fns[i], (struct jv){ .t = J_FUNC, .fn = fns[i] });
	r->sc = r->top = &top;
	for (int i = 0; i < n; i++)
		assign(r, vars[i].name, vars[i].json ? from_json(r, vars[i].json) : jbool(vars[i].b));
	if (setjmp(r->jb) == 0) {
		exec_body(r, &t->top);
		*len = r->out.len;
		res = r->out.s ? r->out.s : estrdup("");
	} else {
		sb_free(&r->out);
		if (raised)
			*raised = r->raised;
	}
	free(r->live);
	arena_free(&r->a);
	free(r);
	return res;
}
