/* oracle-compare: hold a run's tokens (or logits) against an oracle. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "base/json.h"
#include "data/npy.h"
#include "compare/oracle.h"
#include "text/tok.h"
#include "base/util.h"

static void
print_usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-h] [-L logits.npy] [-m model-dir] [-t gap] oracle.json [run.json]\n"
	    "       %s -f field oracle.json\n"
	    "       %s -l [-a atol] [-r rtol] expected.npy got.npy\n", argv0, argv0, argv0);
}

/* A usage error is trouble: status 2, as cmp(1) */
static void
usage(void)
{
	print_usage(stderr);
	exit(2);
}

static void
help(void)
{
	print_usage(stdout);
	exit(fshut(stdout, "<stdout>") ? 2 : 0);
}

static double
num(const char *s, const char *what)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || *end || !(v >= 0) || isinf(v))
		enprintf(2, "%s '%s' is not a non-negative number", what, s);
	return v;
}

static size_t
rows_of(const struct npy *a)
{
	return a->rank >= 2 ? (size_t)a->shape[0] : 1;
}

/* Logits mode: allclose per step (row), |got - want| <= atol + rtol * |want|. */
static int
compare_logits(const char *wp, const char *gp, double atol, double rtol)
{
	struct npy w, g;
	size_t rows, cols, r, c, bad_rows = 0;
	int i;

	if (npy_load(&w, wp) < 0 || npy_load(&g, gp) < 0)
		enprintf(2, "%s", err_reason());
	if (w.rank != g.rank)
		enprintf(2, "'%s' has rank %d, '%s' rank %d", wp, w.rank, gp, g.rank);
	for (i = 0; i < w.rank; i++)
		if (w.shape[i] != g.shape[i])
			enprintf(2, "shapes differ in dimension %d: '%s' %lld, '%s' %lld", i,
			    wp, (long long)w.shape[i], gp, (long long)g.shape[i]);
	rows = rows_of(&w);
	cols = rows ? w.numel / rows : 0;
	printf("tolerance: |got - expected| <= %g + %g * |expected|\n", atol, rtol);
	for (r = 0; r < rows; r++) {
		const float *a = w.data + r * cols, *b = g.data + r * cols;
		double maxabs = 0, maxrel = 0;
		size_t am = 0, bm = 0, fails = 0;
		for (c = 0; c < cols; c++) {
			double d = fabs((double)b[c] - a[c]);
			double rel = a[c] != 0 ? d / fabs((double)a[c]) : d;
			if (isnan(a[c]) != isnan(b[c]) || d > atol + rtol * fabs((double)a[c]))
				fails++;
			if (d > maxabs || isnan(d))
				maxabs = d;
			if (rel > maxrel)
				maxrel = rel;
			if (a[c] > a[am])
				am = c;
			if (b[c] > b[bm])
				bm = c;
		}
		printf("step %zu: max abs %.3g, max rel %.3g, argmax %zu/%zu, %s\n", r, maxabs, maxrel,
		    am, bm, fails ? "FAIL" : "ok");
		if (fails)
			bad_rows++;
	}
	printf("%s %zu/%zu steps within tolerance\n", bad_rows ? "differ:" : "match", rows - bad_rows, rows);
	npy_free(&w);
	npy_free(&g);
	return bad_rows ? 1 : 0;
}

/* Prints the text of n ids (a quoted, escaped line) with the model's
 * tokenizer. */
static void
show_text(const struct tok *t, const char *what, const int *ids, size_t n)
{
	size_t len;
	char *s = tok_decode(t, ids, n, &len);

	printf("  %s: \"", what);
	for (size_t i = 0; s && i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n')
			printf("\\n");
		else if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\x%02x", c);
		else
			putchar(c);
	}
	printf("\"%s\n", s ? "" : " (an id the tokenizer does not know)");
	free(s);
}

static void
id_str(char *buf, size_t n, int id, const char *none)
{
	if (id < 0)
		snprintf(buf, n, "%s", none);
	else
		snprintf(buf, n, "%d", id);
}

int
main(int argc, char *argv[])
{
	struct oracle want, got;
	struct oracle_result r;
	const char *logits = NULL, *model = NULL, *field = NULL;
	double atol = 1e-4, rtol = 1e-4, gap_tol = 1e-3;
	int lmode = 0, opt, status;
	char a[32], b[32];

	argv0 = "oracle-compare";
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--help"))
			help();
	while ((opt = getopt(argc, argv, "a:f:hlL:m:r:t:")) != -1) {
		switch (opt) {
		case 'h': help(); break;
		case 'f': field = optarg; break;
		case 'a': atol = num(optarg, "atol"); break;
		case 'm': model = optarg; break;
		case 'l': lmode = 1; break;
		case 'L': logits = optarg; break;
		case 'r': rtol = num(optarg, "rtol"); break;
		case 't': gap_tol = num(optarg, "gap"); break;
		default: usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (field) {
		/* one field of an oracle, raw, for scripts (validate) */
		struct json_doc *d;
		const struct json *v;
		if (argc != 1 || lmode)
			usage();
		if (!(d = json_load(argv[0])))
			enprintf(2, "%s", err_reason());
		if (!(v = json_get(json_root(d), field)))
			enprintf(2, "%s: no field '%s'", argv[0], field);
		if (v->type == JSON_STRING) {
			fwrite(v->str, 1, v->n, stdout);
		} else if (v->type == JSON_NUMBER || v->type == JSON_BOOL) {
			/* as Python's json writes it: 128, 0.5, 1e-05, true */
			json_fput(stdout, v, 0);
			putchar('\n');
		} else {
			enprintf(2, "%s:%d:%d: field '%s' is %s: -f prints a string, a number or a boolean",
			    argv[0], v->line, v->col, field, json_type_an(v->type));
		}
		json_free(d);
		return fshut(stdout, "<stdout>") ? 2 : 0;
	}
	if (lmode) {
		if (argc != 2 || logits || model)
			usage();
		status = compare_logits(argv[0], argv[1], atol, rtol);
		return fshut(stdout, "<stdout>") ? 2 : status;
	}
	if (argc < 1 || argc > 2)
		usage();
	if (oracle_load(&want, argv[0]) < 0 || oracle_load(&got, argc == 2 ? argv[1] : "-") < 0)
		enprintf(2, "%s", err_reason());
	r = oracle_compare(&want, &got);
	status = r.verdict == ORACLE_MATCH ? 0 : 1;
	switch (r.verdict) {
	case ORACLE_MATCH:
		printf("match %zu/%zu\n", r.matched, r.total);
		break;
	case ORACLE_PROMPT_DIFFERS:
		id_str(a, sizeof(a), r.want, "end of prompt");
		id_str(b, sizeof(b), r.got, "end of prompt");
		printf("prompt differs at index %zu: expected %s, got %s\n", r.at, a, b);
		break;
	case ORACLE_TOKEN_DIFFERS:
		printf("differ at token %zu of %zu: expected %d, got %d (%zu/%zu matched)\n",
		    r.at, r.total, r.want, r.got, r.matched, r.total);
		break;
	case ORACLE_RUN_STOPPED:
		id_str(b, sizeof(b), r.got, "end of output");
		printf("differ at token %zu of %zu: expected %d, got %s%s (%zu/%zu matched)\n",
		    r.at, r.total, r.want, r.got >= 0 ? "EOS " : "", b, r.matched, r.total);
		break;
	case ORACLE_RUN_WENT_ON:
		id_str(b, sizeof(b), r.got, "end of output");
		printf("differ at token %zu: the oracle stopped at EOS %d, got %s (%zu/%zu matched)\n",
		    r.at, r.want, b, r.matched, r.total);
		break;
	}
	if (status && model && r.verdict != ORACLE_PROMPT_DIFFERS) {
		/* the text around the divergence, in the model's own words */
		struct tok *t = tok_load(model);
		if (!t)
			enprintf(2, "%s", err_reason());
		size_t from = r.at > 12 ? r.at - 12 : 0;
		show_text(t, "before  ", want.tokens + from, r.at - from);
		if (r.want >= 0)
			show_text(t, "expected", &r.want, 1);
		if (r.got >= 0)
			show_text(t, "got     ", &r.got, 1);
		tok_free(t);
	}
	if (status && logits && (r.verdict == ORACLE_TOKEN_DIFFERS || r.verdict == ORACLE_RUN_STOPPED)) {
		/* a divergence where the reference's top two were nearly tied is
		 * a warning: another f32 engine may break the tie either way */
		struct npy l;
		if (npy_load(&l, logits) < 0)
			enprintf(2, "%s", err_reason());
		size_t rows = rows_of(&l), cols = rows ? l.numel / rows : 0;
		if (r.at < rows && cols >= 2) {
			const float *row = l.data + r.at * cols;
			float t1 = -INFINITY, t2 = -INFINITY;
			for (size_t c = 0; c < cols; c++) {
				if (row[c] > t1) {
					t2 = t1;
					t1 = row[c];
				} else if (row[c] > t2) {
					t2 = row[c];
				}
			}
			if ((double)t1 - t2 < gap_tol) {
				printf("warning: near tie at token %zu: top-2 logit gap %.3g < %g\n",
				    r.at, (double)t1 - t2, gap_tol);
				status = 0;
			} else {
				printf("top-2 logit gap at token %zu: %.3g (not a near tie)\n",
				    r.at, (double)t1 - t2);
			}
		} else {
			printf("'%s' has no logits for token %zu\n", logits, r.at);
		}
		npy_free(&l);
	}
	oracle_free(&want);
	oracle_free(&got);
	return fshut(stdout, "<stdout>") ? 2 : status;
}
