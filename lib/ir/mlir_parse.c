/* The StableHLO text parser: a character-level recursive descent over
 * the forms stablehlo-opt prints and JAX exports.  Pretty forms are read
 * as a bag of operands, keywords and "key = value" pairs, then
 * normalized to the generic form's attribute keys (see mlir.h). */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/file.h"
#include "ir/mlir.h"
#include "base/util.h"

struct name_slot {
	const char *name;	/* arena */
	size_t n;
	int id, count;		/* first value id; results it names */
	int prev;		/* shadowed slot index + 1, 0 if none */
	int used;
};

struct ps {
	const char *p, *end, *line_start;
	int line;
	const char *file;
	struct mlir_module *m;
	struct arena *a;
	jmp_buf fail;
	/* SSA names of the function being parsed: open addressing */
	struct name_slot *slots;
	int cap, nused;
	int captypes;
	int depth;		/* regions open around the current op */
};

static void __attribute__((noreturn, format(printf, 2, 3)))
fail(struct ps *s, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	err_set("%s:%d:%d: %s", s->file, s->line, (int)(s->p - s->line_start) + 1, msg);
	longjmp(s->fail, 1);
}

static void
skip_ws(struct ps *s)
{
	while (s->p < s->end) {
		char c = *s->p;
		if (c == '\n') {
			s->line++;
			s->line_start = ++s->p;
		} else if (c == ' ' || c == '\t' || c == '\r') {
			s->p++;
		} else if (c == '/' && s->p + 1 < s->end && s->p[1] == '/') {
			while (s->p < s->end && *s->p != '\n')
				s->p++;
		} else {
			break;
		}
	}
}

static int
peek(struct ps *s)
{
	skip_ws(s);
	return s->p < s->end ? (unsigned char)*s->p : -1;
}

static int
accept(struct ps *s, const char *lit)
{
	size_t n = strlen(lit);

	skip_ws(s);
	if ((size_t)(s->end - s->p) >= n && !memcmp(s->p, lit, n)) {
		/* a word must end at a word boundary */
		if (isalpha((unsigned char)lit[n - 1]) && s->p + n < s->end &&
		    (isalnum((unsigned char)s->p[n]) || s->p[n] == '_' || s->p[n] == '.'))
			return 0;
		s->p += n;
		return 1;
	}
	return 0;
}

/* Whether the input at s->p starts with lit (the input is not
 * NUL-terminated: never read past its end). */
static int
looking_at(const struct ps *s, const char *lit)
{
	size_t n = strlen(lit);

	return (size_t)(s->end - s->p) >= n && !memcmp(s->p, lit, n);
}

static void
expect(struct ps *s, const char *lit)
{
	if (!accept(s, lit))
		fail(s, "expected '%s'", lit);
}

static int
is_ident_char(int c)
{
	return isalnum(c) || c == '_' || c == '.' || c == '$' || c == '-';
}

/* An identifier: letters, digits, _ . $ (a leading letter or _). */
static const char *
ident(struct ps *s)
{
	const char *b;

	skip_ws(s);
	b = s->p;
	if (s->p >= s->end || !(isalpha((unsigned char)*s->p) || *s->p == '_'))
		fail(s, "expected an identifier");
	while (s->p < s->end && (isalnum((unsigned char)*s->p) || *s->p == '_' || *s->p == '.' || *s->p == '$'))
		s->p++;
	return arena_strndup(s->a, b, (size_t)(s->p - b));
}

static const char *
string_lit(struct ps *s)
{
	const char *b;

	skip_ws(s);
	if (s->p >= s->end || *s->p != '"')
		fail(s, "expected a string");
	b = ++s->p;
	while (s->p < s->end && *s->p != '"') {
		if (*s->p == '\\' && s->p + 1 < s->end)
			s->p++;
		if (*s->p == '\n')
			fail(s, "newline in a string");
		s->p++;
	}
	if (s->p >= s->end)
		fail(s, "unterminated string");
	const char *r = arena_strndup(s->a, b, (size_t)(s->p - b));
	s->p++;
	return r;
}

/* Moves past a string literal at s->p (on its opening quote). */
static void
skip_string(struct ps *s)
{
	for (s->p++; s->p < s->end && *s->p != '"'; s->p++) {
		if (*s->p == '\\' && s->p + 1 < s->end)
			s->p++;
		if (*s->p == '\n')
			fail(s, "newline in a string");
	}
	if (s->p >= s->end)
		fail(s, "unterminated string");
	s->p++;
}

/* Raw text up to a ',' ':' ')' '}' '>' or newline at depth 0, balanced
 * in () [] {} <> and strings; "->" does not close a '<'. */
static const char *
raw_value(struct ps *s, int stop_colon)
{
	const char *b;
	int depth = 0;
	char stack[64];

	skip_ws(s);
	b = s->p;
	while (s->p < s->end) {
		char c = *s->p;
		if (c == '"') {
			skip_string(s);
			continue;
		}
		if (c == '-' && s->p + 1 < s->end && s->p[1] == '>') {
			s->p += 2;
			continue;
		}
		if (c == '(' || c == '[' || c == '{' || c == '<') {
			if (depth == (int)sizeof(stack))
				fail(s, "nesting deeper than %d", (int)sizeof(stack));
			stack[depth++] = c == '(' ? ')' : c == '[' ? ']' : c == '{' ? '}' : '>';
		} else if (c == ')' || c == ']' || c == '}' || c == '>') {
			if (depth == 0)
				break;
			if (stack[--depth] != c)
				fail(s, "unbalanced brackets: '%c' closes '%c'", c,
				    stack[depth] == ')' ? '(' : stack[depth] == ']' ? '[' : stack[depth] == '}' ? '{' : '<');
		} else if (depth == 0 && (c == ',' || (c == ':' && stop_colon))) {
			break;
		} else if (c == '\n') {
			if (depth == 0)
				break;
			s->line++;
			s->line_start = s->p + 1;
		}
		s->p++;
	}
	if (depth)
		fail(s, "unbalanced brackets in an attribute");
	size_t n = (size_t)(s->p - b);
	while (n && isspace((unsigned char)b[n - 1]))
		n--;
	return arena_strndup(s->a, b, n);
}

/* One balanced group: "[...]", "(...)", "<...>" or "{...}". */
static const char *
raw_group(struct ps *s)
{
	const char *b;
	int depth = 0;

	skip_ws(s);
	b = s->p;
	if (s->p >= s->end)
		fail(s, "unexpected end of input");
	do {
		char c = *s->p;
		if (c == '"') {
			skip_string(s);
			continue;
		} else if (c == '(' || c == '[' || c == '{' || c == '<') {
			depth++;
		} else if (c == ')' || c == ']' || c == '}' || c == '>') {
			depth--;
		} else if (c == '\n') {
			s->line++;
			s->line_start = s->p + 1;
		}
		s->p++;
	} while (depth > 0 && s->p < s->end);
	if (depth)
		fail(s, "unbalanced brackets");
	return arena_strndup(s->a, b, (size_t)(s->p - b));
}

/* Types */

static const char *raw_group(struct ps *s);

static void
parse_elem(struct ps *s, struct mlir_type *t)
{
	const char *b = s->p;

	if (s->p < s->end && *s->p == '!') {
		/* !quant.uniform<...>, !stablehlo.token: not supported */
		s->p++;
		while (s->p < s->end && (isalnum((unsigned char)*s->p) || *s->p == '.' || *s->p == '_'))
			s->p++;
		if (s->p < s->end && *s->p == '<')
			raw_group(s);
		t->dt = DTYPE_INVALID;
		t->name = arena_strndup(s->a, b, (size_t)(s->p - b));
		return;
	}

	if (accept(s, "complex<")) {
		int depth = 1;
		while (s->p < s->end && depth) {
			if (*s->p == '<')
				depth++;
			else if (*s->p == '>')
				depth--;
			s->p++;
		}
		t->dt = DTYPE_INVALID;
		t->name = arena_strndup(s->a, b, (size_t)(s->p - b));
		return;
	}
	while (s->p < s->end && (isalnum((unsigned char)*s->p) || *s->p == '_'))
		s->p++;
	size_t n = (size_t)(s->p - b);
	t->name = arena_strndup(s->a, b, n);
	t->dt = dtype_from_mlir(b, n);
	t->bits = (int)dtype_size(t->dt) * 8;
	if (t->dt == DTYPE_BOOL)
		t->bits = 1;
	if (t->dt == DTYPE_INVALID && n >= 2) {
		/* i2 i4 ui2 ui4 si4: stored one per byte, wrapped to width */
		const char *q = b;
		int uns = 0;
		if (*q == 'u' && q[1] == 'i')
			uns = 1, q += 2;
		else if (*q == 's' && q[1] == 'i')
			q += 2;
		else if (*q == 'i')
			q += 1;
		else
			q = NULL;
		if (q && (size_t)(q - b) < n && (!strcmp(t->name + (q - b), "2") || !strcmp(t->name + (q - b), "4"))) {
			t->bits = *q - '0';
			t->dt = uns ? DTYPE_U8 : DTYPE_I8;
		}
	}
	if (n == 0 || !(strchr("fiubst", *b) && (isdigit((unsigned char)b[n - 1]) || (n >= 5 && !memcmp(b, "index", 5)) ||
	    (n > 2 && isalpha((unsigned char)b[n - 1]) && isdigit((unsigned char)b[1]))))) {
		s->p = b;
		fail(s, "expected an element type");
	}
}

static void
parse_type(struct ps *s, struct mlir_type *t)
{
	const char *b0, *ls0;
	int line0;

	memset(t, 0, sizeof(*t));
	skip_ws(s);
	b0 = s->p;
	ls0 = s->line_start;
	line0 = s->line;
	if (looking_at(s, "tuple<")) {
		const char *b = s->p;
		s->p += 5;
		raw_group(s);
		t->dt = DTYPE_INVALID;
		t->name = arena_strndup(s->a, b, (size_t)(s->p - b));
		return;
	}
	if (!accept(s, "tensor<")) {
		/* a bare element type, or a dialect type (!stablehlo.token):
		 * parse_elem reads both */
		parse_elem(s, t);
		return;
	}
	for (;;) {
		skip_ws(s);
		if (s->p < s->end && isdigit((unsigned char)*s->p)) {
			const char *q = s->p;
			int64_t d = 0;
			/* saturating: a size past 2^62 is refused below */
			for (; q < s->end && isdigit((unsigned char)*q); q++)
				d = d > ((int64_t)1 << 62) / 10 ? ((int64_t)1 << 62) + 1 : d * 10 + (*q - '0');
			if (q < s->end && *q == 'x') {
				if (t->rank == MLIR_MAX_RANK)
					fail(s, "rank above %d", MLIR_MAX_RANK);
				t->dim[t->rank++] = d;
				s->p = q + 1;
				continue;
			}
		}
		if (s->p < s->end && *s->p == '?')
			fail(s, "dynamic shapes are not supported");
		break;
	}
	parse_elem(s, t);
	skip_ws(s);
	if (accept(s, ",")) {
		/* an encoding (quantized, sparse): not supported */
		raw_value(s, 0);
		t->dt = DTYPE_INVALID;
	}
	expect(s, ">");
	/* sizes a host could hold, so nothing downstream overflows or asks
	 * for terabytes: elements times element bytes (1 for i1, i2, i4
	 * and for unknown element types) within MLIR_MAX_TENSOR_BYTES */
	int64_t esize = t->dt != DTYPE_INVALID && t->bits >= 8 ? t->bits / 8 : 1, bytes = esize;
	int zero = 0;
	for (int i = 0; i < t->rank; i++) {
		if (t->dim[i] > MLIR_MAX_TENSOR_BYTES)
			bytes = MLIR_MAX_TENSOR_BYTES + 1;	/* even beside a 0 */
		zero |= t->dim[i] == 0;
	}
	for (int i = 0; i < t->rank && !zero && bytes <= MLIR_MAX_TENSOR_BYTES; i++)
		bytes = bytes > MLIR_MAX_TENSOR_BYTES / t->dim[i] ? MLIR_MAX_TENSOR_BYTES + 1 : bytes * t->dim[i];
	if (bytes > MLIR_MAX_TENSOR_BYTES) {
		int n = (int)(s->p - b0);
		s->p = b0;
		s->line = line0;
		s->line_start = ls0;
		fail(s, "%.*s%s is too large: more than %lld bytes (2^36)", n > 80 ? 80 : n, b0,
		    n > 80 ? "..." : "", (long long)MLIR_MAX_TENSOR_BYTES);
	}
}

/* Names */

static uint64_t
hash(const char *p, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	while (n--)
		h = (h ^ (unsigned char)*p++) * 1099511628211ull;
	return h;
}

static int
lookup_slot(struct ps *s, const char *name, size_t n)
{
	if (!s->cap)
		return -1;
	for (size_t i = hash(name, n) & (size_t)(s->cap - 1);; i = (i + 1) & (size_t)(s->cap - 1)) {
		if (!s->slots[i].used)
			return -(int)i - 2;
		if (s->slots[i].n == n && !memcmp(s->slots[i].name, name, n))
			return (int)i;
	}
}

static int
new_value(struct ps *s, const struct mlir_type *t)
{
	struct mlir_module *m = s->m;

	if (m->nvalues == s->captypes) {
		s->captypes = s->captypes ? s->captypes * 2 : 1024;
		m->types = ereallocarray(m->types, (size_t)s->captypes, sizeof(*m->types));
	}
	m->types[m->nvalues] = *t;
	return m->nvalues++;
}

static void
define(struct ps *s, const char *name, size_t n, int id, int count)
{
	if (2 * (s->nused + 1) > s->cap) {
		struct name_slot *old = s->slots;
		int oc = s->cap;
		s->cap = oc ? oc * 2 : 1024;
		s->slots = ecalloc((size_t)s->cap, sizeof(*s->slots));
		for (int i = 0; i < oc; i++) {
			if (!old[i].used)
				continue;
			int k = lookup_slot(s, old[i].name, old[i].n);
			s->slots[-k - 2] = old[i];
		}
		free(old);
	}
	int k = lookup_slot(s, name, n);
	struct name_slot ns = { arena_strndup(s->a, name, n), n, id, count, 0, 1 };
	if (k >= 0) {
		/* a name again (sibling regions of hand-written tests): the
		 * later definition is the one later uses see */
		s->slots[k] = ns;
		return;
	}
	s->slots[-k - 2] = ns;
	s->nused++;
}

static int
resolve(struct ps *s, const char *name, size_t n, int idx)
{
	int k = lookup_slot(s, name, n);

	if (k < 0)
		fail(s, "use of undefined value '%.*s'", (int)n, name);
	if (idx >= s->slots[k].count)
		fail(s, "'%.*s' has %d results, not %d", (int)n, name, s->slots[k].count, idx + 1);
	return s->slots[k].id + idx;
}

/* A value use: %name or %name#N. */
static int
value_use(struct ps *s)
{
	const char *b;
	int idx = 0;

	skip_ws(s);
	if (s->p >= s->end || *s->p != '%')
		fail(s, "expected a value");
	b = s->p++;
	while (s->p < s->end && is_ident_char((unsigned char)*s->p) && *s->p != '-')
		s->p++;
	size_t n = (size_t)(s->p - b);
	if (lookup_slot(s, b, n) < 0) {
		s->p = b;
		fail(s, "use of undefined value '%.*s'", (int)n, b);
	}
	if (s->p < s->end && *s->p == '#') {
		s->p++;
		if (s->p >= s->end || !isdigit((unsigned char)*s->p))
			fail(s, "expected a result number after '#'");
		while (s->p < s->end && isdigit((unsigned char)*s->p))
			if ((idx = idx * 10 + (*s->p++ - '0')) > 1 << 20)
				fail(s, "result number too large");
	}
	return resolve(s, b, n, idx);
}

static const char *
value_name(struct ps *s, size_t *n)
{
	const char *b;

	skip_ws(s);
	if (s->p >= s->end || *s->p != '%')
		fail(s, "expected a value name");
	b = s->p++;
	while (s->p < s->end && is_ident_char((unsigned char)*s->p) && *s->p != '-')
		s->p++;
	*n = (size_t)(s->p - b);
	return b;
}

/* Ops under construction */

struct opb {
	struct mlir_op op;
	int capops, capattrs, capregions;
	int *ops;
	int nops;
};

static void
add_operand(struct ps *s, struct opb *o, int id)
{
	if (o->op.noperands == o->capops) {
		o->capops = o->capops ? o->capops * 2 : 8;
		int *n = arena_alloc(s->a, (size_t)o->capops * sizeof(int));
		if (o->op.noperands)
			memcpy(n, o->op.operands, (size_t)o->op.noperands * sizeof(int));
		o->op.operands = n;
	}
	o->op.operands[o->op.noperands++] = id;
}

static void
add_attr(struct ps *s, struct opb *o, const char *key, const char *text)
{
	if (o->op.nattrs == o->capattrs) {
		o->capattrs = o->capattrs ? o->capattrs * 2 : 8;
		struct mlir_attr *n = arena_alloc(s->a, (size_t)o->capattrs * sizeof(*n));
		if (o->op.nattrs)
			memcpy(n, o->op.attrs, (size_t)o->op.nattrs * sizeof(*n));
		o->op.attrs = n;
	}
	o->op.attrs[o->op.nattrs].key = key;
	o->op.attrs[o->op.nattrs].text = text;
	o->op.nattrs++;
}

static void
add_region(struct ps *s, struct opb *o, struct mlir_region *r)
{
	if (o->op.nregions == o->capregions) {
		o->capregions = o->capregions ? o->capregions * 2 : 2;
		struct mlir_region **n = arena_alloc(s->a, (size_t)o->capregions * sizeof(*n));
		if (o->op.nregions)
			memcpy(n, o->op.regions, (size_t)o->op.nregions * sizeof(*n));
		o->op.regions = n;
	}
	o->op.regions[o->op.nregions++] = r;
}

/* "{k = v, k2}" */
static void
attr_dict(struct ps *s, struct opb *o)
{
	expect(s, "{");
	if (accept(s, "}"))
		return;
	do {
		const char *k;
		if (peek(s) == '"')
			k = string_lit(s);
		else
			k = ident(s);
		const char *v = "unit";
		if (accept(s, "="))
			v = raw_value(s, 0);
		add_attr(s, o, k, v);
	} while (accept(s, ","));
	expect(s, "}");
}

static void parse_block(struct ps *s, struct mlir_region *r);

/* A region "{ ... }" whose block arguments are already defined. */
static struct mlir_region *
region_body(struct ps *s, int *args, int nargs)
{
	struct mlir_region *r = arena_alloc(s->a, sizeof(*r));

	r->args = args;
	r->nargs = nargs;
	/* the parser, the verifier and the interpreter recurse on regions:
	 * a bounded depth, never a stack overflow */
	skip_ws(s);
	if (++s->depth > MLIR_MAX_DEPTH)
		fail(s, "nesting deeper than %d", MLIR_MAX_DEPTH);
	expect(s, "{");
	if (peek(s) == '^') {
		/* "^bb0(%a: T, ...):" */
		s->p++;
		ident(s);
		int cap = 4, n = 0;
		int *ids = arena_alloc(s->a, (size_t)cap * sizeof(int));
		if (accept(s, "(") && !accept(s, ")")) {
			do {
				size_t nl;
				const char *nm = value_name(s, &nl);
				struct mlir_type t;
				expect(s, ":");
				parse_type(s, &t);
				if (accept(s, "loc"))
					raw_value(s, 0);
				if (n == cap) {
					int *x = arena_alloc(s->a, (size_t)cap * 2 * sizeof(int));
					memcpy(x, ids, (size_t)cap * sizeof(int));
					ids = x;
					cap *= 2;
				}
				ids[n] = new_value(s, &t);
				define(s, nm, nl, ids[n], 1);
				n++;
			} while (accept(s, ","));
			expect(s, ")");
		}
		expect(s, ":");
		r->args = ids;
		r->nargs = n;
	}
	parse_block(s, r);
	s->depth--;
	return r;
}

/* "(%a: T, %b: T)" block arguments of a pretty region header. */
static int
block_args(struct ps *s, int *ids, int max)
{
	int n = 0;

	expect(s, "(");
	if (accept(s, ")"))
		return 0;
	do {
		size_t nl;
		const char *nm = value_name(s, &nl);
		struct mlir_type t;
		expect(s, ":");
		parse_type(s, &t);
		if (n == max)
			fail(s, "too many region arguments");
		ids[n] = new_value(s, &t);
		define(s, nm, nl, ids[n], 1);
		n++;
	} while (accept(s, ","));
	expect(s, ")");
	return n;
}

/* The type signature after ':'; fills in result types. */
static void
signature(struct ps *s, struct opb *o, struct mlir_type *res, int *nres, int max)
{
	struct mlir_type t;

	*nres = 0;
	if (accept(s, "(")) {
		if (!accept(s, ")")) {
			do
				parse_type(s, &t);
			while (accept(s, ","));
			expect(s, ")");
		}
		expect(s, "->");
		if (accept(s, "(")) {
			if (!accept(s, ")")) {
				do {
					if (*nres == max)
						fail(s, "too many results");
					parse_type(s, &res[(*nres)++]);
					if (peek(s) == '{')
						attr_dict(s, o);
				} while (accept(s, ","));
				expect(s, ")");
			}
		} else {
			parse_type(s, &res[(*nres)++]);
		}
		return;
	}
	/* "T" or "T1, T2": the results take the last types; "T -> R" */
	do {
		if (*nres == max)
			fail(s, "too many types");
		parse_type(s, &res[(*nres)++]);
	} while (accept(s, ","));
	if (accept(s, "->")) {
		*nres = 0;
		if (accept(s, "(")) {
			do {
				if (*nres == max)
					fail(s, "too many results");
				parse_type(s, &res[(*nres)++]);
			} while (accept(s, ","));
			expect(s, ")");
		} else {
			parse_type(s, &res[(*nres)++]);
		}
	}
}

/* Renames pretty keys to the generic form's for op name. */
static const char *
norm_key(const char *op, const char *key)
{
	if (!strcmp(key, "dims")) {
		if (!strcmp(op, "stablehlo.transpose"))
			return "permutation";
		if (!strcmp(op, "stablehlo.broadcast_in_dim"))
			return "broadcast_dimensions";
		if (!strcmp(op, "stablehlo.reverse"))
			return "dimensions";
	}
	if (!strcmp(key, "dim")) {
		if (!strcmp(op, "stablehlo.iota"))
			return "iota_dimension";
		if (!strcmp(op, "stablehlo.concatenate"))
			return "dimension";
	}
	if (!strcmp(key, "sizes") && !strcmp(op, "stablehlo.dynamic_slice"))
		return "slice_sizes";
	return key;
}

static int
is_terminator(const char *n)
{
	return !strcmp(n, "func.return") || !strcmp(n, "return") || !strcmp(n, "stablehlo.return");
}

/* Parses one op into r (appended). */
static void
parse_op(struct ps *s, struct mlir_region *r, int *capops)
{
	struct opb o;
	struct { const char *n; size_t len; int count; } names[64];
	int nnames = 0, nres_total = 0, i;
	struct mlir_type res[64];
	int nres = 0;
	int niter = 0;			/* while's region argument names */
	struct { const char *n; size_t len; } iter_names[64];

	memset(&o, 0, sizeof(o));
	o.op.line = s->line;
	o.op.col = (int)(s->p - s->line_start) + 1;
	if (peek(s) == '%') {
		do {
			size_t nl;
			const char *nm = value_name(s, &nl);
			int count = 1;
			if (accept(s, ":")) {
				skip_ws(s);
				count = 0;
				while (s->p < s->end && isdigit((unsigned char)*s->p))
					if ((count = count * 10 + (*s->p++ - '0')) > 1 << 20)
						fail(s, "result count too large");
				if (count < 1)
					fail(s, "expected a result count");
			}
			if (nnames == (int)LEN(names))
				fail(s, "too many results");
			names[nnames].n = nm;
			names[nnames].len = nl;
			names[nnames].count = count;
			nnames++;
			nres_total += count;
		} while (accept(s, ","));
		expect(s, "=");
	}
	int generic = peek(s) == '"';
	o.op.name = generic ? string_lit(s) : ident(s);
	if (!strcmp(o.op.name, "call"))
		o.op.name = "func.call";
	if (!strcmp(o.op.name, "return"))
		o.op.name = "func.return";
	const char *name = o.op.name;

	if (generic) {
		expect(s, "(");
		if (!accept(s, ")")) {
			do
				add_operand(s, &o, value_use(s));
			while (accept(s, ","));
			expect(s, ")");
		}
		if (accept(s, "<")) {
			attr_dict(s, &o);
			expect(s, ">");
		}
		if (peek(s) == '(') {
			s->p++;
			do
				add_region(s, &o, region_body(s, NULL, 0));
			while (accept(s, ","));
			expect(s, ")");
		}
		if (peek(s) == '{')
			attr_dict(s, &o);
		expect(s, ":");
		signature(s, &o, res, &nres, (int)LEN(res));
	} else if (is_terminator(name)) {
		skip_ws(s);
		if (peek(s) == '%') {
			do
				add_operand(s, &o, value_use(s));
			while (accept(s, ","));
			expect(s, ":");
			signature(s, &o, res, &nres, (int)LEN(res));
			nres = 0;
		}
	} else {
		/* the pretty form: a bag of items up to the type signature */
		int reduce_pairs = 0;
		for (;;) {
			int c = peek(s);
			if (c == ':' || c < 0)
				break;
			if (c == '%') {
				add_operand(s, &o, value_use(s));
			} else if (c == ',') {
				s->p++;
			} else if (c == '(') {
				/* "(%x init: %y)", "(%a = %b, ...)", "@f(%x, ...)" operand groups */
				s->p++;
				if (!accept(s, ")")) {
					do {
						int gc = peek(s);
						if (gc == '%') {
							const char *save = s->p;
							int sl = s->line;
							const char *sls = s->line_start;
							size_t nl;
							const char *nm = value_name(s, &nl);
							if (accept(s, "=")) {
								if (niter == (int)LEN(iter_names))
									fail(s, "too many loop values");
								iter_names[niter].n = nm;
								iter_names[niter].len = nl;
								niter++;
							} else {
								s->p = save;
								s->line = sl;
								s->line_start = sls;
							}
							add_operand(s, &o, value_use(s));
							if (accept(s, "init")) {
								expect(s, ":");
								add_operand(s, &o, value_use(s));
								reduce_pairs++;
							}
						} else if (gc >= 0 && isalpha(gc)) {
							const char *k = ident(s);
							expect(s, "=");
							add_attr(s, &o, k, raw_value(s, 0));
						} else {
							fail(s, "expected a value in an operand group");
						}
					} while (accept(s, ","));
					expect(s, ")");
				}
			} else if (c == '[') {
				add_attr(s, &o, "slice", raw_group(s));
			} else if (c == '{') {
				attr_dict(s, &o);
			} else if (c == '@') {
				s->p++;
				add_attr(s, &o, "callee", peek(s) == '"' ? string_lit(s) : ident(s));
			} else if (c == '"') {
				add_attr(s, &o, "string", string_lit(s));
			} else if (isalpha(c) || c == '_' || c == '#') {
				const char *save = s->p;
				if (c == '#' || looking_at(s, "dense<") || looking_at(s, "array<")) {
					add_attr(s, &o, "value", raw_value(s, 1));
					continue;
				}
				const char *w = ident(s);
				if (accept(s, "=")) {
					add_attr(s, &o, norm_key(name, w), raw_value(s, 1));
				} else if (!strcmp(w, "applies")) {
					add_attr(s, &o, "applies", ident(s));
				} else if (!strcmp(w, "across") || !strcmp(w, "init")) {
					/* "across dimensions = [..]" */
				} else if (!strcmp(name, "stablehlo.compare") && !mlir_attr(&o.op, "comparison_direction")) {
					add_attr(s, &o, "comparison_direction", w);
				} else if (!strcmp(name, "stablehlo.compare")) {
					add_attr(s, &o, "compare_type", w);
				} else if (!strcmp(w, "cond") || !strcmp(w, "reducer") || !strcmp(w, "do")) {
					s->p = save;
					break;
				} else {
					add_attr(s, &o, "word", w);
				}
			} else {
				fail(s, "unexpected '%c' in op '%s'", c, name);
			}
		}
		if (reduce_pairs) {
			/* (in0 init: i0), (in1 init: i1) -> in0, in1, i0, i1 */
			int *x = arena_alloc(s->a, (size_t)o.op.noperands * sizeof(int));
			for (i = 0; i < reduce_pairs; i++) {
				x[i] = o.op.operands[2 * i];
				x[reduce_pairs + i] = o.op.operands[2 * i + 1];
			}
			memcpy(o.op.operands, x, (size_t)o.op.noperands * sizeof(int));
		}
		if (accept(s, ":"))
			signature(s, &o, res, &nres, (int)LEN(res));
		if (peek(s) == '{' && strcmp(name, "stablehlo.while") != 0)
			attr_dict(s, &o);
		if (!strcmp(name, "stablehlo.while")) {
			/* results and loop values share the operand types */
			nres = o.op.noperands;
			for (i = 0; i < nres; i++)
				res[i] = s->m->types[o.op.operands[i]];
		}
		/* pretty regions after the signature */
		if (accept(s, "reducer")) {
			int ids[64], n = 0, groups = 0;
			int lhs[32], rhs[32];
			while (peek(s) == '(') {
				int k = block_args(s, ids + n, (int)LEN(ids) - n);
				if (k != 2)
					fail(s, "a reducer group takes two arguments");
				lhs[groups] = ids[n];
				rhs[groups] = ids[n + 1];
				groups++;
				n += 2;
			}
			int *args = arena_alloc(s->a, (size_t)n * sizeof(int));
			for (i = 0; i < groups; i++) {
				args[i] = lhs[i];
				args[groups + i] = rhs[i];
			}
			add_region(s, &o, region_body(s, args, n));
		} else if (accept(s, "cond")) {
			for (int reg = 0; reg < 2; reg++) {
				int *args = arena_alloc(s->a, (size_t)(niter ? niter : 1) * sizeof(int));
				for (i = 0; i < niter; i++) {
					args[i] = new_value(s, &s->m->types[o.op.operands[i]]);
					define(s, iter_names[i].n, iter_names[i].len, args[i], 1);
				}
				add_region(s, &o, region_body(s, args, niter));
				if (reg == 0)
					expect(s, "do");
			}
		}
	}
	if (accept(s, "loc"))
		raw_value(s, 0);

	/* results */
	if (nres_total) {
		if (nres < nres_total) {
			if (nres == 1 && nres_total > 1)
				fail(s, "%d results named but the type gives %d", nres_total, nres);
			if (nres == 0)
				fail(s, "no result type");
		}
		int off = nres - nres_total;	/* "T1, T2" forms: results are the last */
		if (off < 0)
			fail(s, "%d results named but %d types given", nres_total, nres);
		o.op.results = arena_alloc(s->a, (size_t)nres_total * sizeof(int));
		o.op.nresults = nres_total;
		int k = 0;
		for (i = 0; i < nnames; i++) {
			int first = -1;
			for (int j = 0; j < names[i].count; j++) {
				int id = new_value(s, &res[off + k]);
				o.op.results[k++] = id;
				if (j == 0)
					first = id;
			}
			define(s, names[i].n, names[i].len, first, names[i].count);
		}
	}
	if (r->nops == *capops) {
		*capops = *capops ? *capops * 2 : 16;
		struct mlir_op *x = arena_alloc(s->a, (size_t)*capops * sizeof(*x));
		if (r->nops)
			memcpy(x, r->ops, (size_t)r->nops * sizeof(*x));
		r->ops = x;
	}
	r->ops[r->nops++] = o.op;
}

/* The ops of a block, up to its closing '}'. */
static void
parse_block(struct ps *s, struct mlir_region *r)
{
	int cap = 0;

	for (;;) {
		int c = peek(s);
		if (c < 0)
			fail(s, "unexpected end of input in a region");
		if (c == '}') {
			s->p++;
			break;
		}
		parse_op(s, r, &cap);
	}
}

static void
parse_func(struct ps *s)
{
	struct mlir_module *m = s->m;
	struct mlir_func f;
	int cap = 8;

	memset(&f, 0, sizeof(f));
	f.line = s->line;
	if (accept(s, "public"))
		f.public = 1;
	else if (accept(s, "private"))
		f.public = 0;
	else
		f.public = 1;
	expect(s, "@");
	f.name = peek(s) == '"' ? string_lit(s) : ident(s);
	f.body.args = arena_alloc(s->a, (size_t)cap * sizeof(int));
	f.arg_locs = arena_alloc(s->a, (size_t)cap * sizeof(char *));
	expect(s, "(");
	if (!accept(s, ")")) {
		do {
			size_t nl;
			const char *nm = value_name(s, &nl);
			struct mlir_type t;
			expect(s, ":");
			parse_type(s, &t);
			struct opb dummy;
			memset(&dummy, 0, sizeof(dummy));
			if (peek(s) == '{')
				attr_dict(s, &dummy);
			const char *loc = NULL;
			if (accept(s, "loc")) {
				expect(s, "(");
				if (peek(s) == '"')
					loc = string_lit(s);
				else
					raw_value(s, 0);
				expect(s, ")");
			}
			if (f.body.nargs == cap) {
				int *a = arena_alloc(s->a, (size_t)cap * 2 * sizeof(int));
				const char **l = arena_alloc(s->a, (size_t)cap * 2 * sizeof(char *));
				memcpy(a, f.body.args, (size_t)cap * sizeof(int));
				memcpy(l, f.arg_locs, (size_t)cap * sizeof(char *));
				f.body.args = a;
				f.arg_locs = l;
				cap *= 2;
			}
			f.arg_locs[f.body.nargs] = loc;
			f.body.args[f.body.nargs] = new_value(s, &t);
			define(s, nm, nl, f.body.args[f.body.nargs], 1);
			f.body.nargs++;
		} while (accept(s, ","));
		expect(s, ")");
	}
	struct mlir_type res[64];
	int nres = 0;
	if (accept(s, "->")) {
		struct opb dummy;
		memset(&dummy, 0, sizeof(dummy));
		if (accept(s, "(")) {
			if (!accept(s, ")")) {
				do {
					if (nres == (int)LEN(res))
						fail(s, "too many results");
					parse_type(s, &res[nres++]);
					if (peek(s) == '{')
						attr_dict(s, &dummy);
				} while (accept(s, ","));
				expect(s, ")");
			}
		} else {
			parse_type(s, &res[nres++]);
		}
	}
	f.results = arena_alloc(s->a, (size_t)(nres ? nres : 1) * sizeof(*f.results));
	memcpy(f.results, res, (size_t)nres * sizeof(*res));
	f.nresults = nres;
	if (accept(s, "attributes")) {
		struct opb dummy;
		memset(&dummy, 0, sizeof(dummy));
		attr_dict(s, &dummy);
	}
	expect(s, "{");
	parse_block(s, &f.body);
	if (accept(s, "loc"))
		raw_value(s, 0);
	m->funcs = ereallocarray(m->funcs, (size_t)m->nfuncs + 1, sizeof(*m->funcs));
	m->funcs[m->nfuncs++] = f;
	/* names are per function */
	if (s->cap)
		memset(s->slots, 0, (size_t)s->cap * sizeof(*s->slots));
	s->nused = 0;
}

/* Literals */

static int __attribute__((format(printf, 3, 4)))
lfail(const struct mlir_module *m, const struct mlir_op *op, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return err_set("%s:%d:%d: '%s': %s", m->file, op->line, op->col, op->name, msg);
}

/* The integer element type of t: its width and whether it is signless
 * (0: "i32", "i1"), signed (1: "si8") or unsigned (-1: "ui16").  0 when
 * t's elements are not integers. */
static int
int_type(const struct mlir_type *t, int *width, int *sign)
{
	const char *n = t->name;

	if (!n || t->dt == DTYPE_INVALID || dtype_is_float(t->dt))
		return 0;
	*sign = n[0] == 's' ? 1 : n[0] == 'u' ? -1 : 0;
	*width = t->bits;
	return *width >= 1 && *width <= 64;
}

/* Holds every number of a dense<...> literal against the range of the
 * integer type t as MLIR's parser does: magnitudes that fit the width,
 * negatives only for signless and signed types, positives below 2^(w-1)
 * for signed ones; no fractions; true and false for i1 alone.  The
 * hex-string form (dense<"0x...">) is raw bytes, not checked here. */
static int
check_ints(const struct mlir_module *m, const struct mlir_op *op, const char *text, const struct mlir_type *t)
{
	int width, sign, depth = 0;
	const char *p = text + 6;

	if (!int_type(t, &width, &sign) || *p == '"')
		return 0;
	uint64_t hi = width == 64 ? UINT64_MAX : sign == 1 ? ((uint64_t)1 << (width - 1)) - 1 :
	    ((uint64_t)1 << width) - 1;
	uint64_t lo = sign < 0 ? 0 : (uint64_t)1 << (width - 1);	/* the largest magnitude below 0 */
	if (width == 64 && sign == 1)
		hi = INT64_MAX;
	while (*p) {
		const char *b = p;
		int neg = 0, ovf = 0;
		uint64_t mag = 0;
		if (*p == ' ' || *p == ',' || *p == '\n' || *p == '\t') {
			p++;
			continue;
		}
		if (*p == '[') {
			depth++, p++;
			continue;
		}
		if (*p == ']' && depth > 0) {
			depth--, p++;
			continue;
		}
		if (!strncmp(p, "true", 4) || !strncmp(p, "false", 5)) {
			if (width != 1)
				return lfail(m, op, "'%s' in a literal of %s elements (true and false are i1)",
				    *p == 't' ? "true" : "false", t->name);
			p += *p == 't' ? 4 : 5;
			continue;
		}
		if (*p == '-')
			neg = 1, p++;
		if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
			const char *q = p + 2;
			for (; isxdigit((unsigned char)*q); q++) {
				unsigned d = isdigit((unsigned char)*q) ? (unsigned)(*q - '0') :
				    (unsigned)(tolower((unsigned char)*q) - 'a' + 10);
				ovf |= mag >> 60 != 0;
				mag = mag << 4 | d;
			}
			if (q == p + 2)
				break;
			p = q;
		} else if (isdigit((unsigned char)*p)) {
			for (; isdigit((unsigned char)*p); p++) {
				unsigned d = (unsigned)(*p - '0');
				ovf |= mag > (UINT64_MAX - d) / 10;
				mag = mag * 10 + d;
			}
			if (*p == '.' || *p == 'e' || *p == 'E') {
				int n = (int)strcspn(b, ",]> \n");
				return lfail(m, op, "'%.*s' is not an integer, but the elements are %s", n > 40 ? 40 : n, b,
				    t->name);
			}
		} else {
			break;	/* the end of the literal, or what the backend reports */
		}
		if (ovf || (neg && sign < 0 && mag) || mag > (neg ? lo : hi)) {
			int n = (int)(p - b);
			if (sign < 0)
				return lfail(m, op, "integer %.*s%s is out of the range of %s (0..%llu)", n > 40 ? 40 : n, b,
				    n > 40 ? "..." : "", t->name, (unsigned long long)hi);
			return lfail(m, op, "integer %.*s%s is out of the range of %s (-%llu..%llu)", n > 40 ? 40 : n, b,
			    n > 40 ? "..." : "", t->name, (unsigned long long)lo, (unsigned long long)hi);
		}
	}
	return 0;
}

/* Every dense<...> "value" of the module's ops (a constant's result, a
 * check's operand) against its element type, before the ops are lowered. */
static int
check_literals(const struct mlir_module *m, const struct mlir_region *r)
{
	for (int i = 0; i < r->nops; i++) {
		const struct mlir_op *op = &r->ops[i];
		const char *lit = mlir_attr(op, "value");
		if (lit && !strncmp(lit, "dense<", 6) && (op->nresults || op->noperands) &&
		    check_ints(m, op, lit, &m->types[op->nresults ? op->results[0] : op->operands[0]]) < 0)
			return -1;
		for (int k = 0; k < op->nregions; k++)
			if (check_literals(m, op->regions[k]) < 0)
				return -1;
	}
	return 0;
}

struct mlir_module *
mlir_parse(const char *text, size_t len, const char *file, int first_line)
{
	struct mlir_module *m = ecalloc(1, sizeof(*m));
	struct ps s;

	memset(&s, 0, sizeof(s));
	s.p = s.line_start = text;
	s.end = text + len;
	s.line = first_line;
	s.m = m;
	s.a = &m->arena;
	m->file = arena_strndup(&m->arena, file, strlen(file));
	s.file = m->file;
	if (setjmp(s.fail)) {
		free(s.slots);
		mlir_free(m);
		return NULL;
	}
	int braces = 0;
	if (accept(&s, "module")) {
		if (peek(&s) == '@') {
			s.p++;
			ident(&s);
		}
		if (accept(&s, "attributes")) {
			struct opb dummy;
			memset(&dummy, 0, sizeof(dummy));
			attr_dict(&s, &dummy);
		}
		expect(&s, "{");
		braces = 1;
	}
	for (;;) {
		int c = peek(&s);
		if (c < 0)
			break;
		if (c == '}' && braces) {
			s.p++;
			braces = 0;
			if (accept(&s, "loc"))
				raw_value(&s, 0);
			continue;
		}
		if (c == '#') {
			/* "#loc1 = loc(...)" alias lines */
			while (s.p < s.end && *s.p != '\n')
				s.p++;
			continue;
		}
		if (accept(&s, "func.func")) {
			parse_func(&s);
			continue;
		}
		fail(&s, "expected 'func.func'");
	}
	if (braces)
		fail(&s, "unexpected end of input: the module is not closed");
	free(s.slots);
	for (int i = 0; i < m->nfuncs; i++)
		if (check_literals(m, &m->funcs[i].body) < 0) {
			mlir_free(m);
			return NULL;
		}
	if (mlir_lower(m) < 0) {
		mlir_free(m);
		return NULL;
	}
	return m;
}

int
mlir_parse_file(const char *path, struct mlir_module ***out)
{
	size_t len;
	char *text = file_read(path, &len);
	struct mlir_module **mods = NULL;
	int n = 0, line = 1;

	if (!text)
		return -1;
	const char *p = text, *end = text + len, *part = text;
	int part_line = 1;
	for (;;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		/* parts end at "// -----", and before each "// emit" header
		 * of a stream from emit */
		int split = (size_t)(le - p) >= 8 && !strncmp(p, "// -----", 8);
		int header = (size_t)(le - p) >= 8 && !strncmp(p, "// emit ", 8) && p != part;
		if (split || header || !nl) {
			const char *pe = split || header ? p : end;
			int blank = 1;
			for (const char *q = part; q < pe; q++) {
				if (*q == '/' && q + 1 < pe && q[1] == '/') {
					while (q < pe && *q != '\n')
						q++;
					continue;
				}
				if (!isspace((unsigned char)*q))
					blank = 0;
			}
			if (!blank) {
				struct mlir_module *m = mlir_parse(part, (size_t)(pe - part), path, part_line);
				if (!m) {
					for (int i = 0; i < n; i++)
						mlir_free(mods[i]);
					free(mods);
					free(text);
					return -1;
				}
				mods = ereallocarray(mods, (size_t)n + 1, sizeof(*mods));
				mods[n++] = m;
			}
			part = nl ? nl + 1 : end;
			part_line = line + 1;
		}
		if (!nl)
			break;
		p = nl + 1;
		line++;
	}
	free(text);
	*out = mods;
	return n;
}

void
mlir_free(struct mlir_module *m)
{
	if (!m)
		return;
	free(m->funcs);
	free(m->types);
	arena_free(&m->arena);
	free(m);
}

const struct mlir_func *
mlir_find_func(const struct mlir_module *m, const char *name)
{
	for (int i = 0; i < m->nfuncs; i++)
		if (!strcmp(m->funcs[i].name, name))
			return &m->funcs[i];
	return NULL;
}

const char *
mlir_attr(const struct mlir_op *op, const char *key)
{
	for (int i = 0; i < op->nattrs; i++)
		if (!strcmp(op->attrs[i].key, key))
			return op->attrs[i].text;
	return NULL;
}

int
mlir_attr_ints(const struct mlir_op *op, const char *key, int64_t *out, int max)
{
	const char *t = mlir_attr(op, key);
	int n = 0;

	if (!t)
		return -1;
	if (!strncmp(t, "array<", 6)) {
		t = strchr(t, ':');
		if (!t)
			return strstr(mlir_attr(op, key), "array<i64>") ? 0 : -1;
		t++;
	}
	for (;;) {
		while (*t == ' ' || *t == '[' || *t == ',')
			t++;
		if (*t == ']' || *t == '>' || *t == '\0')
			break;
		char *e;
		long long v = strtoll(t, &e, 10);
		if (e == t)
			return -1;
		if (n < max)
			out[n] = v;
		n++;
		t = e;
		/* "1 : i64" */
		while (*t == ' ')
			t++;
		if (*t == ':') {
			while (*t && *t != ',' && *t != ']')
				t++;
		}
	}
	return n;
}

int
mlir_attr_int(const struct mlir_op *op, const char *key, int64_t *out)
{
	int64_t v[1];

	if (mlir_attr_ints(op, key, v, 1) != 1)
		return -1;
	*out = v[0];
	return 0;
}

void
mlir_type_str(char *buf, size_t n, const struct mlir_type *t)
{
	size_t k = (size_t)snprintf(buf, n, "tensor<");
	for (int i = 0; i < t->rank && k < n; i++)
		k += (size_t)snprintf(buf + k, n - k, "%lldx", (long long)t->dim[i]);
	if (k < n)
		snprintf(buf + k, n - k, "%s>", t->name ? t->name : "?");
}

int64_t
mlir_numel(const struct mlir_type *t)
{
	int64_t n = 1;

	for (int i = 0; i < t->rank; i++)
		n *= t->dim[i];
	return n;
}
