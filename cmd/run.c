/* run: execute StableHLO.  `run -m DIR < prompt` generates text greedily
 * from a model directory; `run --check FILE...` runs conformance tests. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"
#include "base/json.h"
#include "base/utf8.h"
#include "base/util.h"
#include "data/npy.h"
#include "exec/conform.h"
#include "exec/exec.h"
#include "gen/gen.h"
#include "ir/mlir.h"
#include "model/emit.h"
#include "text/chat.h"
#include "text/tok.h"

/* -b: the CPU plan unless named otherwise (--interp: the interpreter) */
static const char *backend = "cpu";
/* -t: threads */
static struct exec_opts xopts;
/* -s: a system turn before each prompt */
static const char *system_turn;
/* --no-special-tokens: encode without the tokenizer's BOS */
static int no_special;

static void
print_usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-hv] [-B rows] [-b backend] [-C chunk] [-g graph-dir] [-k steps] [-M name-map] [-n tokens] [-p precision] [-S capacity] [-s system] [-t threads] [--ids] [--interp] [--logits file] [--no-special-tokens] [--raw] -m model-dir [file ...]\n"
	    "       %s [-s system] [--no-special-tokens] [--raw] --render | --tokenize | --detokenize -m model-dir\n"
	    "       %s [-b backend] [-t threads] --check | --verify file ...\n"
	    "       %s [-b backend] [-R dir] [-t threads] --conform [op ...]\n", argv0, argv0, argv0, argv0);
}

static void
usage(void)
{
	print_usage(stderr);
	exit(1);
}

static const struct exec_backend *
find_backend(void)
{
	const struct exec_backend *be = exec_find(backend);

	if (!be)
		eprintf("no backend '%s' (there are %s)", backend, exec_names());
	return be;
}

/* The functions of a module that are tests: @main when there is one,
 * else every public function without arguments. */
static int
is_test(const struct mlir_module *m, const struct mlir_func *f)
{
	if (mlir_find_func(m, "main"))
		return !strcmp(f->name, "main");
	return f->public && f->body.nargs == 0;
}

/* Runs function fn of m on a session of be: 0 passed (*nchecks checks),
 * 1 failed (why), 2 unsupported (why). */
static int
check_one(const struct exec_backend *be, const struct mlir_module *m, const struct mlir_func *fn, int *nchecks,
    char *why, size_t n)
{
	struct exec_session *s = be->open(&xopts);
	struct exec_binding *res;
	struct tensor **out;
	int h, r, st;

	if (!s) {
		snprintf(why, n, "%s", err_reason());
		return 1;
	}
	if (fn->body.nargs) {
		snprintf(why, n, "@%s takes %d arguments: a test takes none", fn->name, fn->body.nargs);
		be->close(s);
		return 1;
	}
	res = ecalloc((size_t)fn->nresults + 1, sizeof(*res));
	out = ecalloc((size_t)fn->nresults + 1, sizeof(*out));
	for (int k = 0; k < fn->nresults; k++)
		res[k].role = EXEC_OUTPUT;
	if ((h = be->load(s, m, fn->name, NULL, res)) < 0 || (r = be->run(s, h, NULL, out)) < 0) {
		snprintf(why, n, "%s", err_reason());
		st = strstr(why, "unsupported") ? 2 : 1;
	} else {
		for (int k = 0; k < r; k++)
			tensor_free(out[k]);
		*nchecks = s->checks.run;
		st = 0;
		if (s->checks.failed) {
			snprintf(why, n, "%s:%d: %s (%d of %d checks failed)", m->file, s->checks.line, s->checks.msg,
			    s->checks.failed, s->checks.run);
			st = 1;
		}
	}
	free(res);
	free(out);
	be->close(s);
	return st;
}

static int
check(int argc, char **argv)
{
	const struct exec_backend *be = find_backend();
	int n = 0, failed = 0, unsup = 0;

	for (int i = 0; i < argc; i++) {
		struct mlir_module **mods;
		int nm = mlir_parse_file(argv[i], &mods);
		if (nm < 0) {
			printf("not ok %d - %s\n# %s\n", ++n, argv[i], err_reason());
			failed++;
			continue;
		}
		for (int k = 0; k < nm; k++) {
			const struct mlir_module *m = mods[k];
			/* verified before anything runs */
			int bad = mlir_verify(m) < 0;
			char why[1024];
			snprintf(why, sizeof(why), "%s", bad ? err_reason() : "");
			for (int f = 0; f < m->nfuncs; f++) {
				const struct mlir_func *fn = &m->funcs[f];
				int checks = 0, st;
				if (!is_test(m, fn))
					continue;
				n++;
				st = bad ? 1 : check_one(be, m, fn, &checks, why, sizeof(why));
				if (st == 2) {
					printf("ok %d - %s @%s # SKIP %s\n", n, argv[i], fn->name, why);
					unsup++;
				} else if (st) {
					printf("not ok %d - %s @%s\n# %s\n", n, argv[i], fn->name, why);
					failed++;
				} else {
					printf("ok %d - %s @%s (%d checks)\n", n, argv[i], fn->name, checks);
				}
			}
			mlir_free(mods[k]);
		}
		free(mods);
		fflush(stdout);
	}
	printf("1..%d\n", n);
	printf("# %d passed, %d failed, %d unsupported (backend %s)\n", n - failed - unsup, failed, unsup, be->name);
	if (fshut(stdout, "<stdout>"))
		return 1;
	if (!n) {
		fprintf(stderr, "%s: no test function in %s%s: nothing was checked\n", argv0, argv[0],
		    argc > 1 ? " and the other files" : "");
		return 1;
	}
	return failed ? 1 : 0;
}

/* Parses, verifies and loads (with no weights: every argument an input)
 * each function of each module of each file on the backend. */
static int
verify(int argc, char **argv)
{
	const struct exec_backend *be = find_backend();
	int bad = 0;

	for (int i = 0; i < argc; i++) {
		struct mlir_module **mods;
		int n = mlir_parse_file(argv[i], &mods), ok = n >= 0;
		for (int k = 0; k < n; k++) {
			const struct mlir_module *m = mods[k];
			if (ok && mlir_verify(m) < 0)
				ok = 0;
			for (int f = 0; ok && f < m->nfuncs; f++) {
				const struct mlir_func *fn = &m->funcs[f];
				struct exec_session *s = be->open(&xopts);
				struct exec_binding *a = ecalloc((size_t)fn->body.nargs + 1, sizeof(*a));
				struct exec_binding *r = ecalloc((size_t)fn->nresults + 1, sizeof(*r));
				for (int j = 0; j < fn->nresults; j++)
					r[j].role = EXEC_OUTPUT;
				if (!s || be->load(s, m, fn->name, a, r) < 0)
					ok = 0;
				free(a);
				free(r);
				if (s)
					be->close(s);
			}
			mlir_free(mods[k]);
		}
		if (n >= 0)
			free(mods);
		if (ok) {
			printf("ok %s (%d modules)\n", argv[i], n);
		} else {
			printf("not ok %s: %s\n", argv[i], err_reason());
			bad = 1;
		}
	}
	if (fshut(stdout, "<stdout>"))
		return 1;
	return bad;
}

/* --conform: the runner's cases as TAP, then the table by op. */
struct conform_row {
	const char *op, *cmp;
	int types, passed, failed, skipped, bytes_equal;
	int wg[8], nwg;
	char last_type[32];
};

struct conform_tap {
	int n;
	struct conform_row *rows;
	int nrows;
};

static void
conform_report(void *ctx, const struct conform_case *c)
{
	struct conform_tap *t = ctx;
	struct conform_row *r = NULL;
	char wg[64] = "";

	for (int i = 0; i < t->nrows; i++)
		if (!strcmp(t->rows[i].op, c->op))
			r = &t->rows[i];
	if (!r) {
		t->rows = ereallocarray(t->rows, (size_t)t->nrows + 1, sizeof(*t->rows));
		r = &t->rows[t->nrows++];
		memset(r, 0, sizeof(*r));
		r->op = c->op;
		r->cmp = c->cmp;
	}
	for (int i = 0, at = 0; i < c->nwg && at < (int)sizeof(wg) - 8; i++)
		at += snprintf(wg + at, sizeof(wg) - (size_t)at, "%s%d", i ? "," : "", c->wg[i]);
	t->n++;
	if (c->status == CONFORM_SKIP) {
		r->skipped++;
		printf("ok %d - %s %s %s # SKIP %s\n", t->n, c->op, c->types, c->name, c->msg);
		return;
	}
	if (c->status == CONFORM_FAIL) {
		r->failed++;
		printf("not ok %d - %s %s %s %s\n", t->n, c->op, c->types, c->name, c->shape);
		for (const char *p = c->msg; *p;) {
			size_t l = strcspn(p, "\n");
			printf("# %.*s\n", (int)l, p);
			p += l + (p[l] == '\n');
		}
		if (c->file[0])
			printf("# the input is in %s (keep it in t/data/conform: a regression case)\n", c->file);
		return;
	}
	r->passed++;
	r->bytes_equal += c->bytes_equal;
	if (strcmp(r->last_type, c->types)) {
		r->types++;
		snprintf(r->last_type, sizeof(r->last_type), "%s", c->types);
	}
	if (c->nwg > r->nwg) {
		r->nwg = c->nwg;
		memcpy(r->wg, c->wg, sizeof(r->wg));
	}
	printf("ok %d - %s %s %s %s%s%s%s%s\n", t->n, c->op, c->types, c->name, c->shape, c->wg[0] ? " wg " : "",
	    c->wg[0] ? wg : "", c->ntiers > 1 ? " x 2 tiers" : "", c->bytes_equal ? "" : " (within the bound, not the same bytes)");
}

static int
conform(int argc, char **argv, const char *rdir)
{
	const struct exec_backend *be = find_backend();
	struct conform_tap t = { 0 };
	struct conform_opts co = { .be = be, .xo = xopts, .ops = argv, .nops = argc, .regress_dir = rdir,
		.write_dir = "." };

	if (!rdir && access("t/data/conform", F_OK) == 0)
		co.regress_dir = "t/data/conform";
	int failed = conform_run(&co, conform_report, &t);
	if (failed < 0)
		eprintf("%s", err_reason());
	printf("1..%d\n", t.n);
	int passed = 0, skipped = 0;
	printf("# %-24s %6s %6s %6s %7s %6s  %-15s %s\n", "op", "types", "passed", "failed", "skipped", "bytes=",
	    "workgroups", "comparator");
	for (int i = 0; i < t.nrows; i++) {
		const struct conform_row *r = &t.rows[i];
		char wg[64] = "-";
		for (int k = 0, at = 0; k < r->nwg && r->wg[0]; k++)
			at += snprintf(wg + at, sizeof(wg) - (size_t)at, "%s%d", k ? "," : "", r->wg[k]);
		printf("# %-24s %6d %6d %6d %7d %6d  %-15s %s\n", r->op, r->types, r->passed, r->failed, r->skipped,
		    r->bytes_equal, wg, r->cmp);
		passed += r->passed;
		skipped += r->skipped;
	}
	printf("# %d passed, %d failed, %d skipped (not claimed by backend %s)\n", passed, failed, skipped, be->name);
	free(t.rows);
	if (fshut(stdout, "<stdout>"))
		return 1;
	return failed ? 1 : 0;
}

static void
print_ids(const char *key, const int *ids, size_t n)
{
	printf("\"%s\": [", key);
	for (size_t i = 0; i < n; i++)
		printf("%s%d", i ? ", " : "", ids[i]);
	printf("]");
}

/* The largest prefill chunk, at most chunk, whose whole chunks hold each
 * of the n prompts inside a cache of cap positions (the graph writes all
 * of a chunk's rows). */
static int
fit_chunk(int chunk, int cap, const int *np, int n)
{
	if (chunk > cap)
		chunk = cap;
	for (int i = 0; i < n; i++)
		while ((np[i] + chunk - 1) / chunk * chunk > cap)
			chunk--;
	return chunk;
}

/* Dies unless the n bytes of text, from src, are valid UTF-8, naming
 * the first byte that is not (its offset in that input). */
static void
need_utf8(const char *src, const char *text, size_t n)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + n;
	size_t k;

	while (p < end && (k = utf8_char_len(p, end)))
		p += k;
	if (p < end)
		eprintf("%s: the text is not valid UTF-8 at byte %zu (0x%02x)", src,
		    (size_t)(p - (const unsigned char *)text), *p);
}

/* The prompt as the model is fed: through its chat template (an
 * optional system turn, the user turn, the generation prompt; the
 * template writes BOS) unless raw or the model has none.  src names the
 * text in messages.  Returns the text (malloc'd, *len bytes) and sets
 * *special when the tokenizer is to add its own special tokens.  Dies
 * when the template fails or the text is not UTF-8. */
static char *
template_prompt(const char *dir, const char *src, const char *text, size_t *len, const char *sys, int raw,
    int *special)
{
	char p[PATH_MAX];
	char *r = NULL;
	struct stat st;

	/* each input checked on its own, so a bad byte is found where the
	 * user put it, not in the rendered template */
	need_utf8(src, text, *len);
	if (sys)
		need_utf8("-s", sys, strlen(sys));
	*special = 1;
	snprintf(p, sizeof(p), "%s/tokenizer_config.json", dir);
	struct json_doc *d = NULL;
	/* absent is fine; present, it must be JSON even when --raw skips it */
	if (stat(p, &st) == 0 && !(d = json_load(p)))
		eprintf("%s", err_reason());
	if (raw) {
		json_free(d);
		d = NULL;
	}
	size_t tlen = 0;
	const char *tmpl = d ? chat_template_of(json_root(d), &tlen) : NULL;
	if (tmpl) {
		/* a prompt typed or echoed ends with a newline the user did not
		 * mean as part of the turn */
		if (*len && text[*len - 1] == '\n')
			--*len;
		struct json_member m[2][2] = {
			{ { "role", 4, { .type = JSON_STRING, .n = 6, .str = "system" } },
			  { "content", 7, { .type = JSON_STRING, .n = sys ? strlen(sys) : 0, .str = sys } } },
			{ { "role", 4, { .type = JSON_STRING, .n = 4, .str = "user" } },
			  { "content", 7, { .type = JSON_STRING, .n = *len, .str = text } } },
		};
		struct json msg[2] = { { .type = JSON_OBJECT, .n = 2, .members = m[0] },
			{ .type = JSON_OBJECT, .n = 2, .members = m[1] } };
		struct json list = { .type = JSON_ARRAY, .n = sys ? 2 : 1, .items = sys ? msg : msg + 1 };
		char name[PATH_MAX + 16];
		snprintf(name, sizeof(name), "%s: chat_template", p);
		r = chat_render(tmpl, tlen, name, json_root(d), &list, NULL, NULL, 1, len);
		if (!r)
			eprintf("%s (--raw feeds the prompt without the template)", err_reason());
		need_utf8(name, r, *len);
		*special = 0;
	} else {
		r = emalloc(*len + 1);
		memcpy(r, text, *len);
		r[*len] = 0;
	}
	json_free(d);
	return r;
}

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static long
encode_prompt(const struct tok *tk, const char *dir, const char *src, const char *text, size_t len, int raw,
    int **ids)
{
	int special;
	char *r = template_prompt(dir, src, text, &len, system_turn, raw, &special);
	long n = tok_encode(tk, r, len, special && !no_special, ids);
	free(r);
	return n;
}

/* Refuses a tokenizer with ids past the model's embedding rows: the
 * vocab_size of dir/config.json, a plain JSON integer (absent: no
 * check). */
static void
check_vocab(const struct tok *tk, const char *dir)
{
	char p[PATH_MAX];
	struct json_doc *d;
	const struct json *v;

	snprintf(p, sizeof(p), "%s/config.json", dir);
	if (access(p, F_OK) != 0)
		return;	/* loading the model says so */
	if (!(d = json_load(p)))
		eprintf("%s", err_reason());
	if ((v = json_get(json_root(d), "vocab_size")) && v->type != JSON_NULL) {
		if (v->type != JSON_NUMBER || !v->is_int || v->inum < 1 || v->inum > INT_MAX)
			eprintf("%s:%d:%d: vocab_size: expected a positive integer", p, v->line, v->col);
		if (tok_check_vocab(tk, (int)v->inum) < 0)
			eprintf("%s", err_reason());
	}
	json_free(d);
}

/* The ids of --detokenize: a JSON array of integers, or integers
 * separated by blanks and commas.  Each in 0..INT_MAX. */
static size_t
parse_ids(const char *text, size_t len, int **ids)
{
	size_t n = 0, i = 0;

	*ids = NULL;
	while (i < len && strchr(" \t\r\n", text[i]) && text[i])
		i++;
	if (i < len && text[i] == '[') {
		struct json_doc *d = json_parse(text, len, "<stdin>");
		const struct json *r;
		if (!d)
			eprintf("%s", err_reason());
		r = json_root(d);
		*ids = ereallocarray(NULL, r->n ? r->n : 1, sizeof(**ids));
		for (n = 0; n < r->n; n++) {
			const struct json *v = &r->items[n];
			if (v->type != JSON_NUMBER)
				eprintf("<stdin>:%d:%d: item %zu is %s, not a token id", v->line, v->col, n,
				    json_type_an(v->type));
			if (!v->is_int || v->inum < 0 || v->inum > INT_MAX)
				eprintf("<stdin>:%d:%d: item %zu is not a token id (an integer in 0..%d)", v->line,
				    v->col, n, INT_MAX);
			(*ids)[n] = (int)v->inum;
		}
		json_free(d);
		return n;
	}
	while (i < len) {
		if (text[i] && strchr(" ,\t\r\n", text[i])) {
			i++;
			continue;
		}
		size_t b = i;
		long long v = 0;
		while (i < len && text[i] >= '0' && text[i] <= '9') {
			if (v <= INT_MAX)
				v = v * 10 + (text[i] - '0');
			i++;
		}
		if (i == b || (i < len && text[i] && !strchr(" ,\t\r\n", text[i])))
			eprintf("<stdin>: byte %zu: '%c' is not part of a list of ids", i,
			    (unsigned char)text[i] >= 0x20 && (unsigned char)text[i] < 0x7F ? text[i] : '?');
		if (v > INT_MAX)
			eprintf("<stdin>: id '%.*s' is out of range (0..%d)", (int)(i - b), text + b, INT_MAX);
		*ids = ereallocarray(*ids, n + 1, sizeof(**ids));
		(*ids)[n++] = (int)v;
	}
	return n;
}

/* What generation takes from the command line. */
struct opts {
	const char *dir, *gdir, *map, *logits_file;
	int ntok, cap, chunk, rows, ksteps, raw, ids_mode, verbose;
	enum dtype precision;	/* -p: of the graphs emitted in-process */
};

/* The model's context: config.json's max_position_embeddings, read as a
 * plain field (no family knowledge); 0 when it is absent. */
static int
model_context(const char *dir)
{
	char p[PATH_MAX];
	struct json_doc *d;
	int ctx = 0;

	snprintf(p, sizeof(p), "%s/config.json", dir);
	if (access(p, F_OK) != 0)
		return 0;
	if (!(d = json_load(p)))
		eprintf("%s", err_reason());
	const struct json *v = json_get(json_root(d), "max_position_embeddings");
	if (v && v->type == JSON_NUMBER && v->is_int && v->inum > 0)
		ctx = v->inum > INT_MAX ? INT_MAX : (int)v->inum;
	json_free(d);
	return ctx;
}

/* The reply budget of a prompt of np tokens: -n, but the prompt and the
 * reply stay inside the model's context (transformers' max_length, the
 * oracles' n_new), said under -v.  The same in a single and a batched
 * run. */
static int
budget(const struct opts *o, const char *what, int np, int ctx)
{
	if (ctx && np >= ctx)
		eprintf("%s: the prompt of %d tokens fills the model's context of %d", what, np, ctx);
	if (ctx && np + o->ntok > ctx) {
		if (o->verbose)
			fprintf(stderr, "%s: %s: -n %d clamped to %d: the prompt of %d tokens and the reply stay "
			    "inside the model's context of %d\n", argv0, what, o->ntok, ctx - np, np, ctx);
		return ctx - np;
	}
	return o->ntok;
}

/* Positions a prompt of np tokens and a reply of n need: the last token
 * chosen is not fed back. */
static int
positions(int np, int n)
{
	return n > 1 ? np + n - 1 : np;
}

static void
open_gen(struct gen *g, const struct opts *o, int cap, int chunk, int logits)
{
	struct gen_opts go = { .graphs = o->gdir, .capacity = cap, .chunk = chunk, .logits = logits,
	    .precision = o->precision, .backend = backend, .exec = xopts, .name_map = o->map };

	if (gen_open(g, o->dir, &go) < 0)
		eprintf("%s", err_reason());
	if (o->verbose)
		fprintf(stderr, "%s: %s on %s; graphs %s%s%s (chunk %d, capacity %d, %d layers); weights %.1f MB\n",
		    argv0, backend, g->s->device, o->gdir ? o->gdir : "emitted from config.json",
		    o->precision != DTYPE_INVALID ? ", dot operands " : "",
		    o->precision != DTYPE_INVALID ? dtype_mlir_name(o->precision) : "", g->chunk,
		    g->capacity, g->layers, (double)g->weight_bytes / 1e6);
}

/* Greedy generation for several prompts (one per file) at once: B rows
 * of one batched decode graph, each prompt prefilled alone into a free
 * row, rows finishing at their own EOS or budget, waiting prompts taking
 * the rows that free up (continuous batching).  Output stays in file
 * order: one --ids line per file, or each reply under a "==> file <=="
 * line. */
static int
batch(const struct opts *o, char **files, int nf)
{
	struct tok *tk = tok_load(o->dir);
	int **prompt, *np, *nmax, **out, *nout, *stop, need = 1, B = o->rows;
	int ctx = model_context(o->dir);

	if (!tk)
		eprintf("%s", err_reason());
	check_vocab(tk, o->dir);
	prompt = ecalloc((size_t)nf, sizeof(*prompt));
	np = ecalloc((size_t)nf, sizeof(*np));
	nmax = ecalloc((size_t)nf, sizeof(*nmax));
	out = ecalloc((size_t)nf, sizeof(*out));
	nout = ecalloc((size_t)nf, sizeof(*nout));
	stop = ecalloc((size_t)nf, sizeof(*stop));
	for (int i = 0; i < nf; i++) {
		size_t len;
		char *text = file_read(files[i], &len);
		if (!text)
			eprintf("%s", err_reason());
		long n = encode_prompt(tk, o->dir, files[i], text, len, o->raw, &prompt[i]);
		free(text);
		if (n < 0)
			eprintf("%s: %s", files[i], err_reason());
		if (n == 0)
			eprintf("%s: the prompt encodes to no tokens", files[i]);
		np[i] = (int)n;
		nmax[i] = budget(o, files[i], np[i], ctx);
		out[i] = ecalloc((size_t)nmax[i] + 1, sizeof(int));
		stop[i] = -1;
		if (positions(np[i], nmax[i]) > need)
			need = positions(np[i], nmax[i]);
	}
	/* one capacity for all rows: the longest prompt and its reply */
	int cap = o->cap ? o->cap : need;
	if (!o->gdir && need > cap)
		eprintf("a prompt and its reply need %d positions; the capacity is %d (raise -S)", need, cap);
	struct gen g;
	open_gen(&g, o, cap, fit_chunk(o->chunk, cap, np, nf), 0);
	if (need > g.capacity)
		eprintf("a prompt and its reply need %d positions; the graphs in '%s' hold %d (emit them with a "
		    "larger -S)", need, o->gdir, g.capacity);
	if (gen_open_batch(&g, B) < 0)
		eprintf("%s", err_reason());
	int *slot = ecalloc((size_t)B, sizeof(int)), *tok = ecalloc((size_t)B, sizeof(int));
	int *pos = ecalloc((size_t)B, sizeof(int)), *next = ecalloc((size_t)B, sizeof(int));
	int waiting = 0, live = 0;
	double t0 = now(), steps = 0;
	for (int r = 0; r < B; r++)
		slot[r] = -1;
	for (;;) {
		/* free rows take waiting prompts */
		for (int r = 0; r < B && waiting < nf; r++) {
			if (slot[r] >= 0)
				continue;
			int i = waiting++;
			if (gen_reset(&g) < 0)
				eprintf("%s", err_reason());
			int t = gen_prefill(&g, prompt[i], np[i]);
			if (t < 0)
				eprintf("%s: %s", files[i], err_reason());
			if (gen_is_eos(&g, t) || nmax[i] == 0) {
				if (gen_is_eos(&g, t))
					stop[i] = t;
				r--;	/* this row is still free */
				continue;
			}
			out[i][nout[i]++] = t;
			if (nout[i] == nmax[i])
				continue;
			if (gen_batch_load(&g, r) < 0)
				eprintf("%s", err_reason());
			slot[r] = i;
			tok[r] = t;
			pos[r] = np[i];
			live++;
		}
		if (!live)
			break;
		/* idle rows run too, on position 0 of a row nobody reads */
		if (gen_batch_step(&g, tok, pos, next) < 0)
			eprintf("%s", err_reason());
		steps++;
		for (int r = 0; r < B; r++) {
			int i = slot[r];
			if (i < 0) {
				tok[r] = pos[r] = 0;
				continue;
			}
			pos[r]++;
			if (gen_is_eos(&g, next[r])) {
				stop[i] = next[r];
			} else {
				out[i][nout[i]++] = next[r];
				tok[r] = next[r];
				if (nout[i] < nmax[i])
					continue;
			}
			slot[r] = -1;
			tok[r] = pos[r] = 0;
			live--;
		}
	}
	double t1 = now();
	for (int i = 0; i < nf; i++) {
		if (o->ids_mode) {
			printf("{");
			print_ids("prompt_ids", prompt[i], (size_t)np[i]);
			printf(", ");
			print_ids("ref_token_ids", out[i], (size_t)nout[i]);
			printf(", \"stopped_at_eog\": %s, \"stop_token_id\": ", stop[i] >= 0 ? "true" : "false");
			if (stop[i] >= 0)
				printf("%d}\n", stop[i]);
			else
				printf("null}\n");
		} else {
			size_t len;
			char *t = tok_decode(tk, out[i], (size_t)nout[i], &len);
			printf("==> %s <==\n", files[i]);
			if (t)
				fwrite(t, 1, len, stdout);
			printf("\n");
			free(t);
		}
		free(prompt[i]);
		free(out[i]);
	}
	if (o->verbose) {
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		fprintf(stderr, "%s: %d prompts in %d rows: %.0f batched steps in %.2f s; peak RSS %ld MB\n", argv0,
		    nf, B, steps, t1 - t0, ru.ru_maxrss / 1024);
	}
	free(prompt);
	free(np);
	free(nmax);
	free(out);
	free(nout);
	free(stop);
	free(slot);
	free(tok);
	free(pos);
	free(next);
	gen_close(&g);
	tok_free(tk);
	return fshut(stdout, "<stdout>") ? 1 : 0;
}

int
main(int argc, char *argv[])
{
	struct opts o = { .ntok = 128, .chunk = 32, .rows = 4, .ksteps = -1 };
	int render = 0, tokenize = 0, detok = 0, mode_check = 0, mode_verify = 0, mode_conform = 0;
	const char *rdir = NULL;
	int opt, i, j;

	argv0 = "run";
	/* the long options, then getopt for the short ones */
	for (i = j = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--check"))
			mode_check = 1;
		else if (!strcmp(argv[i], "--verify"))
			mode_verify = 1;
		else if (!strcmp(argv[i], "--conform"))
			mode_conform = 1;
		else if (!strcmp(argv[i], "--ids"))
			o.ids_mode = 1;
		else if (!strcmp(argv[i], "--raw"))
			o.raw = 1;
		else if (!strcmp(argv[i], "--logits") && i + 1 < argc)
			o.logits_file = argv[++i];
		else if (!strncmp(argv[i], "--logits=", 9))
			o.logits_file = argv[i] + 9;
		else if (!strcmp(argv[i], "--render"))
			render = 1;
		else if (!strcmp(argv[i], "--tokenize"))
			tokenize = 1;
		else if (!strcmp(argv[i], "--detokenize"))
			detok = 1;
		else if (!strcmp(argv[i], "--interp"))
			backend = "interp";
		else if (!strcmp(argv[i], "--no-special-tokens"))
			no_special = 1;
		else if (!strcmp(argv[i], "--help")) {
			print_usage(stdout);
			return fshut(stdout, "<stdout>") ? 1 : 0;
		}
		else if (!strcmp(argv[i], "--"))
			break;
		else if (!strncmp(argv[i], "--", 2))
			usage();
		else
			argv[j++] = argv[i];
	}
	for (; i < argc; i++)
		argv[j++] = argv[i];
	argc = j;
	argv[argc] = NULL;
	while ((opt = getopt(argc, argv, "B:b:C:g:hk:M:m:n:p:R:S:s:t:v")) != -1) {
		switch (opt) {
		case 'h':
			print_usage(stdout);
			return fshut(stdout, "<stdout>") ? 1 : 0;
		case 'B': o.rows = estrtonum(optarg, "rows", 1, 64); break;
		case 'b': backend = optarg; break;
		case 'C': o.chunk = estrtonum(optarg, "chunk", 1, 4096); break;
		case 'g': o.gdir = optarg; break;
		case 'k': o.ksteps = estrtonum(optarg, "logits steps", 1, 1 << 20); break;
		case 'M': o.map = optarg; break;
		case 'm': o.dir = optarg; break;
		case 'n': o.ntok = estrtonum(optarg, "token count", 0, 1 << 20); break;
		case 'p':
			if ((o.precision = emit_precision(optarg)) == DTYPE_INVALID)
				eprintf("precision '%s' is not f32, f16 or bf16", optarg);
			break;
		case 'R': rdir = optarg; break;
		case 'S': o.cap = estrtonum(optarg, "capacity", 1, 1 << 24); break;
		case 's': system_turn = optarg; break;
		case 't': xopts.threads = estrtonum(optarg, "threads", 1, 64); break;
		case 'v': o.verbose = 1; break;
		default: usage();
		}
	}
	if (mode_conform) {
		if (mode_check + mode_verify || o.dir)
			usage();
		return conform(argc - optind, argv + optind, rdir);
	}
	if (rdir)
		usage();
	if (o.precision != DTYPE_INVALID && o.gdir)
		eprintf("-p is the precision of the graphs run emits; graphs given with -g keep their own");
	if (mode_check + mode_verify) {
		if (mode_check + mode_verify > 1 || o.dir || optind == argc)
			usage();
		find_backend();
		return (mode_check ? check : verify)(argc - optind, argv + optind);
	}
	if (!o.dir || tokenize + detok + render > 1 || (optind != argc && (tokenize || detok || render)))
		usage();
	find_backend();
	if (o.ksteps > 0 && !o.logits_file)
		eprintf("-k counts the steps of --logits: give --logits FILE");
	if (optind != argc && o.logits_file)
		eprintf("--logits is for one prompt on standard input, not prompt files");
	if (o.logits_file && (tokenize || detok || render))
		usage();
	if (o.logits_file) {
		/* an output that cannot be written fails before the work, not
		 * after the reply was streamed */
		struct afile af;
		struct stat sb;
		if (stat(o.logits_file, &sb) == 0 && S_ISDIR(sb.st_mode))
			eprintf("--logits '%s' is a directory", o.logits_file);
		if (afile_open(&af, o.logits_file) < 0)
			eprintf("--logits: %s", err_reason());
		afile_abort(&af);
	}
	if (optind != argc)
		return batch(&o, argv + optind, argc - optind);

	if (render) {
		/* the text the tokenizer would get: no model, no tokenizer */
		size_t len;
		int special;
		char *text = file_read_stream(stdin, "<stdin>", &len);
		if (!text)
			eprintf("%s", err_reason());
		char *r = template_prompt(o.dir, "<stdin>", text, &len, system_turn, o.raw, &special);
		fwrite(r, 1, len, stdout);
		free(r);
		free(text);
		return fshut(stdout, "<stdout>") ? 1 : 0;
	}

	double t0 = now();
	struct tok *tk = tok_load(o.dir);
	if (!tk)
		eprintf("%s", err_reason());
	size_t len;
	char *text = file_read_stream(stdin, "<stdin>", &len);
	if (!text)
		eprintf("%s", err_reason());

	if (detok) {
		/* ids as a JSON array or separated by blanks and commas */
		int *ids;
		size_t n = parse_ids(text, len, &ids);
		size_t dl;
		char *d = tok_decode(tk, ids, n, &dl);
		if (!d)
			eprintf("%s", err_reason());
		fwrite(d, 1, dl, stdout);
		free(d);
		free(ids);
		free(text);
		tok_free(tk);
		return fshut(stdout, "<stdout>") ? 1 : 0;
	}

	int *prompt;
	long np = encode_prompt(tk, o.dir, "<stdin>", text, len, o.raw, &prompt);
	free(text);
	if (np < 0)
		eprintf("<stdin>: %s", err_reason());
	if (tokenize) {
		printf("[");
		for (long k = 0; k < np; k++)
			printf("%s%d", k ? ", " : "", prompt[k]);
		printf("]\n");
		free(prompt);
		tok_free(tk);
		return fshut(stdout, "<stdout>") ? 1 : 0;
	}
	if (np == 0)
		eprintf("<stdin>: the prompt encodes to no tokens");
	check_vocab(tk, o.dir);

	/* the reply inside the context; a cache for the prompt and the
	 * reply, in whole prefill chunks */
	struct gen g;
	int ntok = budget(&o, "<stdin>", (int)np, model_context(o.dir)), need = positions((int)np, ntok);
	int cap = o.cap ? o.cap : need, n1 = (int)np;
	if (!o.gdir && need > cap)
		eprintf("the prompt (%ld tokens) and -n %d need %d positions; the capacity is %d (raise -S)",
		    np, ntok, need, cap);
	open_gen(&g, &o, cap, fit_chunk(o.chunk, cap, &n1, 1), o.logits_file != NULL);
	if (need > g.capacity)
		eprintf("the prompt (%ld tokens) and -n %d need %d positions; the graphs in '%s' hold %d "
		    "(emit them with a larger -S)", np, ntok, need, o.gdir, g.capacity);
	double t1 = now();
	int next = gen_prefill(&g, prompt, (int)np);
	if (next < 0)
		eprintf("%s", err_reason());
	double t2 = now();
	int *out = ecalloc((size_t)ntok + 1, sizeof(int)), nout = 0, stopped = 0;
	struct tok_stream ts = { .t = tk };
	char piece[4096];
	/* --logits: row i holds the logits that chose generated token i (an
	 * EOS that stops the run included), for the first -k of them */
	float *lrows = NULL;
	int64_t nrows = 0, maxrows = o.ksteps > 0 && o.ksteps < ntok ? o.ksteps : ntok;
	while (nout < ntok) {
		if (o.logits_file && nrows < maxrows) {
			/* at most maxrows rows: one buffer, not one growth a token */
			if (!lrows)
				lrows = ereallocarray(NULL, (size_t)maxrows * (size_t)g.nlogits, sizeof(float));
			memcpy(lrows + nrows * g.nlogits, g.logits, (size_t)g.nlogits * sizeof(float));
			nrows++;
		}
		if (gen_is_eos(&g, next)) {
			stopped = 1;
			break;
		}
		out[nout++] = next;
		if (!o.ids_mode) {
			long k = tok_stream_put(&ts, next, piece, sizeof(piece));
			if (k > 0) {
				fwrite(piece, 1, (size_t)k, stdout);
				fflush(stdout);
			}
		}
		if (nout == ntok)
			break;
		if ((next = gen_step(&g, next)) < 0)
			eprintf("%s", err_reason());
	}
	if (!o.ids_mode) {
		/* a reply that ends inside a character: U+FFFD, as decode */
		long k = tok_stream_flush(&ts, piece, sizeof(piece));
		if (k > 0)
			fwrite(piece, 1, (size_t)k, stdout);
	}
	double t3 = now();
	if (o.logits_file) {
		int64_t shape[2] = { nrows, g.nlogits };
		if (npy_save(o.logits_file, lrows, 2, shape) < 0)
			eprintf("%s", err_reason());
		free(lrows);
	}
	if (o.ids_mode) {
		printf("{");
		print_ids("prompt_ids", prompt, (size_t)np);
		printf(", ");
		print_ids("ref_token_ids", out, (size_t)nout);
		printf(", \"stopped_at_eog\": %s, \"stop_token_id\": ", stopped ? "true" : "false");
		if (stopped)
			printf("%d}\n", next);
		else
			printf("null}\n");
	} else {
		printf("\n");
	}
	if (o.verbose) {
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		fprintf(stderr, "%s: load %.2f s; prompt %ld tokens, %.1f tok/s; generated %d tokens, %.2f tok/s; "
		    "peak RSS %ld MB\n", argv0, t1 - t0, np, (double)np / (t2 - t1), nout,
		    nout > 1 ? (nout - 1) / (t3 - t2) : 0.0, ru.ru_maxrss / 1024);
		if (nout > 1 && g.step_bytes >= 0)
			fprintf(stderr, "%s: a decode step read %.3f MB of the weights' %.3f MB\n", argv0,
			    (double)g.step_bytes / 1e6, (double)g.weight_bytes / 1e6);
	}
	gen_close(&g);
	free(out);
	free(prompt);
	tok_free(tk);
	return fshut(stdout, "<stdout>") ? 1 : 0;
}
