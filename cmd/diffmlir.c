/* diffmlir: hold a stream of StableHLO modules against goldens. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"
#include "compare/mdiff.h"
#include "base/util.h"

static void
print_usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-hsw] goldens-dir [file]\n"
	    "       %s -s file1 file2\n", argv0, argv0);
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

/* Prints a line, or for a long one a window around column col. */
static void
show(const char *tag, const char *s, size_t n, int col, int ended)
{
	if (ended) {
		printf("  %s: (ended)\n", tag);
		return;
	}
	if (n <= 120) {
		printf("  %s: %.*s\n", tag, (int)n, s);
		return;
	}
	size_t from = (size_t)col > 31 ? (size_t)col - 31 : 0;
	size_t len = from + 60 <= n ? 60 : n - from;
	printf("  %s: %s%.*s%s\n", tag, from ? "..." : "", (int)len, s + from, from + len < n ? "..." : "");
}

static void
report(const char *what, const struct mdiff_result *r, int bline, int structural)
{
	if (structural)
		printf("%s: first differing op at golden line %d, emitted line %d\n", what, r->line, bline);
	else if (r->alen > 120 || r->blen > 120)
		printf("%s: differs at line %d, column %d\n", what, r->line, r->col);
	else
		printf("%s: differs at line %d\n", what, r->line);
	if (r->a_ended)
		printf("  the golden ended first\n");
	if (r->b_ended)
		printf("  the emitted module ended first\n");
	show("golden ", r->a, r->alen, r->col, r->a_ended);
	show("emitted", r->b, r->blen, r->col, r->b_ended);
}

static int
freeze(const char *dir, const struct mmod *m)
{
	char path[4400];
	struct afile af;

	snprintf(path, sizeof(path), "%s/%s", dir, m->arch);
	if (mkdir_p(path) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/%s/%s.mlir", dir, m->arch, m->graph);
	if (afile_open(&af, path) < 0)
		return -1;
	fwrite(m->text, 1, m->len, af.fp);
	if (m->len && m->text[m->len - 1] != '\n')
		fputc('\n', af.fp);
	if (afile_commit(&af) < 0)
		return -1;
	printf("wrote %s\n", path);
	return 0;
}

static int
two_files(const char *pa, const char *pb)
{
	size_t la, lb;
	char *a, *b;
	int bline = 0;

	if (!(a = file_read(pa, &la)) || !(b = file_read(pb, &lb)))
		enprintf(2, "%s", err_reason());
	struct mdiff_result r = mdiff_structural(a, la, b, lb, &bline);
	if (r.same)
		printf("ok %s %s\n", pa, pb);
	else
		report(pa, &r, bline, 1);
	free(a);
	free(b);
	return r.same ? 0 : 1;
}

int
main(int argc, char *argv[])
{
	int structural = 0, write = 0, opt, n, status = 0;
	const char *dir, *in;
	struct mmod *mods;
	struct stat st;
	size_t len;
	char *buf;

	argv0 = "diffmlir";
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--help"))
			help();
	while ((opt = getopt(argc, argv, "hsw")) != -1) {
		switch (opt) {
		case 'h': help(); break;
		case 's': structural = 1; break;
		case 'w': write = 1; break;
		default: usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1 || argc > 2 || (structural && write))
		usage();
	/* "goldens/" and "goldens" name the same files: print them alike */
	static char dirbuf[4096];
	snprintf(dirbuf, sizeof(dirbuf), "%s", argv[0]);
	for (size_t k = strlen(dirbuf); k > 1 && dirbuf[k - 1] == '/'; k--)
		dirbuf[k - 1] = '\0';
	dir = dirbuf;
	in = argc == 2 ? argv[1] : "-";
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		if (structural && argc == 2) {
			status = two_files(argv[0], argv[1]);
			return fshut(stdout, "<stdout>") ? 2 : status;
		}
		if (!write || errno != ENOENT)
			enprintf(2, "'%s' is not a goldens directory", dir);
	}
	if (!(buf = file_read(in, &len)))
		enprintf(2, "%s", err_reason());
	if ((n = mdiff_split(buf, len, strcmp(in, "-") ? in : "<stdin>", &mods)) < 0)
		enprintf(2, "%s", err_reason());

	for (int i = 0; i < n; i++) {
		const struct mmod *m = &mods[i];
		char path[4400], gprec[16], what[300];
		size_t glen;
		char *g;

		if (write) {
			if (strcmp(m->precision, "f32") != 0)
				enprintf(2, "%s/%s is %s: goldens are f32", m->arch, m->graph, m->precision);
			if (freeze(dir, m) < 0)
				enprintf(2, "%s", err_reason());
			continue;
		}
		snprintf(path, sizeof(path), "%s/%s/%s.mlir", dir, m->arch, m->graph);
		snprintf(what, sizeof(what), "%s/%s", m->arch, m->graph);
		if (!(g = file_read(path, &glen))) {
			weprintf("%s", err_reason());
			weprintf("no golden for %s: freeze it with 'make goldens' or "
			    "'emit ... | diffmlir -w %s'", what, dir);
			status = 2;
			continue;
		}
		const char *gnl = memchr(g, '\n', glen);
		if (mdiff_header_get(g, gnl ? (size_t)(gnl - g) : glen, "precision", gprec, sizeof(gprec)) < 0)
			snprintf(gprec, sizeof(gprec), "f32");
		if (strcmp(gprec, m->precision) != 0) {
			weprintf("%s is %s but its golden '%s' is %s: not compared", what,
			    m->precision, path, gprec);
			status = 2;
			free(g);
			continue;
		}
		struct mdiff_result r;
		int bline = 0;
		if (structural)
			r = mdiff_structural(g, glen, m->text, m->len, &bline);
		else
			r = mdiff_bytes(g, glen, m->text, m->len);
		if (r.same) {
			printf("ok %s\n", what);
		} else {
			report(what, &r, bline, structural);
			if (status == 0)
				status = 1;
		}
		free(g);
	}
	free(mods);
	free(buf);
	if (fshut(stdout, "<stdout>"))
		return 2;
	return status;
}
