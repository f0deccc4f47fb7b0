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

#include "text/chat.h"
#include "model/config.h"
#include "base/err.h"
#include "base/file.h"
#include "gen/gen.h"
#include "exec/interp.h"
#include "base/json.h"
#include "ir/mlir.h"
#include "data/npy.h"
#include "text/tok.h"
#include "exec/cpu/plan.h"
#include "base/utf8.h"
#include "base/util.h"

/* The CPU plan; --interp: the reference interpreter. */
static const char *backend = "cpu";
/* -s: a system turn before each prompt */
static const char *system_turn;
/* --no-special-tokens: encode without the tokenizer's BOS */
static int no_special;

static void
print_usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-hv] [-B rows] [-C chunk] [-g graph-dir] [-k steps] [-n tokens] [-S capacity] [-s system] [-t threads] [--ids] [--interp] [--logits file] [--no-special-tokens] [--raw] -m model-dir [file ...]\n"
	    "       %s [-s system] [--no-special-tokens] [--raw] --render | --tokenize | --detokenize -m model-dir\n"
	    "       %s --check | --verify file ...\n", argv0, argv0, argv0);
}

static void
usage(void)
{
	print_usage(stderr);
	exit(1);
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

static int
check(int argc, char **argv)
{
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
			/* verified, then checked for support, before anything runs */
			int bad = mlir_verify(m) < 0 ? 1 : interp_supports(m) < 0 ? 2 : 0;
			char why[600];
			snprintf(why, sizeof(why), "%s", bad ? err_reason() : "");
			for (int f = 0; f < m->nfuncs; f++) {
				const struct mlir_func *fn = &m->funcs[f];
				struct interp ip = { 0 };
				struct tensor *res[64];
				if (!is_test(m, fn))
					continue;
				n++;
				if (bad == 1) {
					printf("not ok %d - %s @%s\n# %s\n", n, argv[i], fn->name, why);
					failed++;
					continue;
				}
				if (bad == 2) {
					printf("ok %d - %s @%s # SKIP %s\n", n, argv[i], fn->name, why);
					unsup++;
					continue;
				}
				int r = interp_run(&ip, m, fn->name, NULL, 0, res, 64);
				if (r < 0 && strstr(err_reason(), "unsupported")) {
					printf("ok %d - %s @%s # SKIP %s\n", n, argv[i], fn->name, err_reason());
					unsup++;
				} else if (r < 0) {
					printf("not ok %d - %s @%s\n# %s\n", n, argv[i], fn->name, err_reason());
					failed++;
				} else if (ip.failed) {
					printf("not ok %d - %s @%s\n# %s:%d: %s (%d of %d checks failed)\n", n,
					    argv[i], fn->name, m->file, ip.first.line, ip.first.msg, ip.failed,
					    ip.checks);
					failed++;
				} else {
					printf("ok %d - %s @%s (%d checks)\n", n, argv[i], fn->name, ip.checks);
				}
				for (int j = 0; j < r; j++)
					tensor_free(res[j]);
				interp_free(&ip);
			}
			mlir_free(mods[k]);
		}
		free(mods);
		fflush(stdout);
	}
	printf("1..%d\n", n);
	printf("# %d passed, %d failed, %d unsupported\n", n - failed - unsup, failed, unsup);
	if (fshut(stdout, "<stdout>"))
		return 1;
	return failed ? 1 : 0;
}

/* Parses, verifies and checks support of each module of each file. */
static int
verify(int argc, char **argv)
{
	int bad = 0;

	for (int i = 0; i < argc; i++) {
		struct mlir_module **mods;
		int n = mlir_parse_file(argv[i], &mods), ok = n >= 0;
		for (int k = 0; k < n; k++) {
			if (ok && (mlir_verify(mods[k]) < 0 || interp_supports(mods[k]) < 0))
				ok = 0;
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
	const char *tmpl = d ? chat_template_of(json_root(d)) : NULL;
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
		r = chat_render(tmpl, strlen(tmpl), name, json_root(d), &list, NULL, NULL, 1, len);
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

/* Greedy generation for several prompts (one per file) at once: B rows
 * of one batched decode graph, each prompt prefilled alone into a free
 * row, rows finishing at their own EOS or -n, waiting prompts taking
 * the rows that free up (continuous batching).  Output stays in file
 * order: one --ids line per file, or each reply under a "==> file <=="
 * line. */
static int
batch(const char *dir, char **files, int nf, int B, int ntok, int chunk, int raw, int ids_mode,
    const char *gdir)
{
	struct tok *tk = tok_load(dir);
	int **prompt, *np, **out, *nout, *stop, maxp = 0;

	if (!tk)
		eprintf("%s", err_reason());
	check_vocab(tk, dir);
	if (gdir)
		eprintf("-g and prompt files: batched graphs are emitted in-process");
	prompt = ecalloc((size_t)nf, sizeof(*prompt));
	np = ecalloc((size_t)nf, sizeof(*np));
	out = ecalloc((size_t)nf, sizeof(*out));
	nout = ecalloc((size_t)nf, sizeof(*nout));
	stop = ecalloc((size_t)nf, sizeof(*stop));
	for (int i = 0; i < nf; i++) {
		size_t len;
		char *text = file_read(files[i], &len);
		if (!text)
			eprintf("%s", err_reason());
		long n = encode_prompt(tk, dir, files[i], text, len, raw, &prompt[i]);
		free(text);
		if (n < 0)
			eprintf("%s: %s", files[i], err_reason());
		if (n == 0)
			eprintf("%s: the prompt encodes to no tokens", files[i]);
		np[i] = (int)n;
		out[i] = ecalloc((size_t)ntok + 1, sizeof(int));
		stop[i] = -1;
		if (np[i] > maxp)
			maxp = np[i];
	}
	/* one capacity for all rows: the longest prompt and -n, but not past
	 * the model's context (a row stops there, as its single run would
	 * have been told by -n) */
	int cap = maxp + ntok;
	{
		char p[4096];
		struct model_config c;
		snprintf(p, sizeof(p), "%s/config.json", dir);
		if (cfg_load(&c, p) == 0) {
			if (cap > c.max_pos && maxp < c.max_pos)
				cap = c.max_pos;
			cfg_free(&c);
		}
	}
	chunk = fit_chunk(chunk, cap, np, nf);
	struct gen g;
	if (gen_open(&g, dir, NULL, cap, chunk, backend) < 0 || gen_open_batch(&g, B) < 0)
		eprintf("%s", err_reason());
	int *slot = ecalloc((size_t)B, sizeof(int)), *tok = ecalloc((size_t)B, sizeof(int));
	int *pos = ecalloc((size_t)B, sizeof(int)), *next = ecalloc((size_t)B, sizeof(int));
	int waiting = 0, live = 0;
	for (int r = 0; r < B; r++)
		slot[r] = -1;
	for (;;) {
		/* free rows take waiting prompts */
		for (int r = 0; r < B && waiting < nf; r++) {
			if (slot[r] >= 0)
				continue;
			int i = waiting++;
			gen_reset(&g);
			int t = gen_prefill(&g, prompt[i], np[i]);
			if (t < 0)
				eprintf("%s: %s", files[i], err_reason());
			if (gen_is_eos(&g, t) || ntok == 0) {
				if (gen_is_eos(&g, t))
					stop[i] = t;
				r--;	/* this row is still free */
				continue;
			}
			out[i][nout[i]++] = t;
			if (nout[i] == ntok || np[i] >= cap)
				continue;
			gen_batch_load(&g, r);
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
				if (nout[i] < ntok && pos[r] < cap)
					continue;
			}
			slot[r] = -1;
			tok[r] = pos[r] = 0;
			live--;
		}
	}
	for (int i = 0; i < nf; i++) {
		if (ids_mode) {
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
	free(prompt);
	free(np);
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

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}


int
main(int argc, char *argv[])
{
	const char *dir = NULL, *gdir = NULL, *logits_file = NULL;
	int ksteps = -1;
	int ids_mode = 0, raw = 0, render = 0, tokenize = 0, detok = 0, verbose = 0, ntok = 128, cap = 0, chunk = 32, rows = 4;
	int opt, i, j;

	argv0 = "run";
	if (argc >= 2 && !strcmp(argv[1], "--check")) {
		if (argc < 3)
			usage();
		return check(argc - 2, argv + 2);
	}
	if (argc >= 2 && !strcmp(argv[1], "--verify")) {
		if (argc < 3)
			usage();
		return verify(argc - 2, argv + 2);
	}
	/* the long options, then getopt for the short ones */
	for (i = j = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--ids"))
			ids_mode = 1;
		else if (!strcmp(argv[i], "--raw"))
			raw = 1;
		else if (!strcmp(argv[i], "--logits") && i + 1 < argc)
			logits_file = argv[++i];
		else if (!strncmp(argv[i], "--logits=", 9))
			logits_file = argv[i] + 9;
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
	while ((opt = getopt(argc, argv, "B:C:g:hk:m:n:S:s:t:v")) != -1) {
		switch (opt) {
		case 'h':
			print_usage(stdout);
			return fshut(stdout, "<stdout>") ? 1 : 0;
		case 'B': rows = estrtonum(optarg, "rows", 1, 64); break;
		case 'C': chunk = estrtonum(optarg, "chunk", 1, 4096); break;
		case 'g': gdir = optarg; break;
		case 'k': ksteps = estrtonum(optarg, "logits steps", 1, 1 << 20); break;
		case 'm': dir = optarg; break;
		case 'n': ntok = estrtonum(optarg, "token count", 0, 1 << 20); break;
		case 'S': cap = estrtonum(optarg, "capacity", 1, 1 << 24); break;
		case 's': system_turn = optarg; break;
		case 't': plan_set_threads(estrtonum(optarg, "threads", 1, 64)); break;
		case 'v': verbose = 1; break;
		default: usage();
		}
	}
	if (!dir || tokenize + detok + render > 1 || (optind != argc && (tokenize || detok || render)))
		usage();
	if (ksteps > 0 && !logits_file)
		eprintf("-k counts the steps of --logits: give --logits FILE");
	if (optind != argc && logits_file)
		eprintf("--logits is for one prompt on standard input, not prompt files");
	if (logits_file && (tokenize || detok || render))
		usage();
	if (optind != argc)
		return batch(dir, argv + optind, argc - optind, rows, ntok, chunk, raw, ids_mode, gdir);

	if (render) {
		/* the text the tokenizer would get: no model, no tokenizer */
		size_t len;
		int special;
		char *text = file_read_stream(stdin, "<stdin>", &len);
		if (!text)
			eprintf("%s", err_reason());
		char *r = template_prompt(dir, "<stdin>", text, &len, system_turn, raw, &special);
		fwrite(r, 1, len, stdout);
		free(r);
		free(text);
		return fshut(stdout, "<stdout>") ? 1 : 0;
	}

	double t0 = now();
	struct tok *tk = tok_load(dir);
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
	long np = encode_prompt(tk, dir, "<stdin>", text, len, raw, &prompt);
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
	check_vocab(tk, dir);

	/* a cache for the prompt and the reply, in whole prefill chunks */
	struct gen g;
	int need = (int)np + ntok;
	if (gdir) {
		/* the graphs' own chunk and capacity, checked after loading */
	} else {
		if (!cap)
			cap = need;
		else if (need > cap)
			eprintf("the prompt (%ld tokens) and -n %d need %d positions; the capacity is %d (raise -S)",
			    np, ntok, need, cap);
		int n1 = (int)np;
		chunk = fit_chunk(chunk, cap, &n1, 1);
	}
	if ((logits_file ? gen_open_logits : gen_open)(&g, dir, gdir, cap, chunk, backend) < 0)
		eprintf("%s", err_reason());
	if (gdir && np + ntok > g.capacity)
		eprintf("the prompt (%ld tokens) and -n %d need %ld positions; the graphs in '%s' hold %d "
		    "(emit them with a larger -S)", np, ntok, np + ntok, gdir, g.capacity);
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
	int64_t nrows = 0, maxrows = ksteps > 0 && ksteps < ntok ? ksteps : ntok;
	while (nout < ntok) {
		if (logits_file && nrows < maxrows) {
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
		if (!ids_mode) {
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
	if (!ids_mode) {
		/* a reply that ends inside a character: U+FFFD, as decode */
		long k = tok_stream_flush(&ts, piece, sizeof(piece));
		if (k > 0)
			fwrite(piece, 1, (size_t)k, stdout);
	}
	double t3 = now();
	if (logits_file) {
		int64_t shape[2] = { nrows, g.nlogits };
		if (npy_save(logits_file, lrows, 2, shape) < 0)
			eprintf("%s", err_reason());
		free(lrows);
	}
	if (ids_mode) {
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
	if (verbose) {
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		fprintf(stderr, "%s: load %.2f s; prompt %ld tokens, %.1f tok/s; generated %d tokens, %.2f tok/s; "
		    "peak RSS %ld MB\n", argv0, t1 - t0, np, (double)np / (t2 - t1), nout,
		    nout > 1 ? (nout - 1) / (t3 - t2) : 0.0, ru.ru_maxrss / 1024);
	}
	gen_close(&g);
	free(out);
	free(prompt);
	tok_free(tk);
	return fshut(stdout, "<stdout>") ? 1 : 0;
}
