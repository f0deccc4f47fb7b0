/* emit: write a model's StableHLO graphs from its config.json. */
/* realpath(3) is XSI */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/config.h"
#include "model/emit.h"
#include "base/err.h"
#include "base/json.h"
#include "base/util.h"

static void
print_usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-Eh] [-a arch] [-b batch] [-C chunk] [-g graph] [-p precision] "
	    "[-S capacity] [name | -c config.json | -m model-dir]\n"
	    "       %s -l\n", argv0, argv0);
}

static void
usage(void)
{
	print_usage(stderr);
	exit(1);
}

/* -h, --help: the usage on stdout, status 0 */
static void
help(void)
{
	print_usage(stdout);
	exit(fshut(stdout, "<stdout>") ? 1 : 0);
}

/* The label of a config file's graphs: a bundled model's when the file
 * is that model's config (the same JSON, in any key order and spacing),
 * so that `emit -c FILE | diffmlir goldens/` finds its goldens; else the
 * family's. */
static const char *
config_arch(const char *path, const struct model_config *c)
{
	struct json_doc *d = json_load(path), *b;
	const char *arch = c->model_type;

	for (const struct cfg_bundled *bc = cfg_bundled; d && bc->name; bc++) {
		if (!(b = json_parse(bc->json, strlen(bc->json), bc->name)))
			continue;
		if (json_equal(json_root(d), json_root(b)))
			arch = bc->arch;
		json_free(b);
		if (arch != c->model_type)
			break;
	}
	json_free(d);
	return arch;
}

/* Sets o from a graph name: decode_step[_logits][_bN], prefill[_logits]. */
static int
parse_graph(const char *g, struct emit_opts *o)
{
	char want[64];

	o->logits = strstr(g, "_logits") != NULL;
	if (!strncmp(g, "prefill", 7)) {
		o->kind = EMIT_PREFILL;
		o->batch = 0;
	} else if (!strncmp(g, "decode_step", 11)) {
		const char *bp = strstr(g, "_b");
		o->kind = EMIT_DECODE;
		o->batch = 0;
		if (bp) {
			/* rows as -b takes them: 1..64 */
			char *end;
			long n;
			errno = 0;
			n = strtol(bp + 2, &end, 10);
			if (errno || end == bp + 2 || n < 1 || n > 64)
				return -1;
			o->batch = (int)n;
		}
	} else {
		return -1;
	}
	emit_graph_name(want, sizeof(want), o);
	return strcmp(want, g) ? -1 : 0;
}

int
main(int argc, char *argv[])
{
	struct emit_opts base = { .capacity = 0, .chunk = 32, .precision = DTYPE_F32 };
	struct model_config c;
	struct strbuf out = { 0 };
	const char *cfgpath = NULL, *dir = NULL, *arch = NULL, *graphs[16];
	char pathbuf[PATH_MAX], archbuf[256];
	int ngraphs = 0, batch = 4, opt;

	argv0 = "emit";
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--help"))
			help();
	while ((opt = getopt(argc, argv, "Ea:b:C:c:g:hlm:p:S:")) != -1) {
		switch (opt) {
		case 'h': help(); break;
		case 'l':
			/* the bundled configs: name, architecture label, family */
			for (const struct cfg_bundled *bc = cfg_bundled; bc->name; bc++) {
				struct json_doc *d = json_parse(bc->json, strlen(bc->json), bc->name);
				const struct json *mt = d ? json_get(json_root(d), "model_type") : NULL;
				printf("%s\t%s\t%s\n", bc->name, bc->arch, mt && mt->type == JSON_STRING ? mt->str : "?");
				json_free(d);
			}
			return fshut(stdout, "<stdout>") ? 1 : 0;
		case 'E': base.moe_dense = 1; break;
		case 'a': arch = optarg; break;
		case 'b': batch = estrtonum(optarg, "batch", 1, 64); break;
		case 'C': base.chunk = estrtonum(optarg, "chunk", 1, 1 << 20); break;
		case 'c': cfgpath = optarg; break;
		case 'g':
			if (ngraphs == (int)LEN(graphs))
				eprintf("too many -g options");
			graphs[ngraphs++] = optarg;
			break;
		case 'm': dir = optarg; break;
		case 'p':
			if ((base.precision = emit_precision(optarg)) == DTYPE_INVALID)
				eprintf("precision '%s' is not f32, f16 or bf16", optarg);
			break;
		case 'S': base.capacity = estrtonum(optarg, "capacity", 1, 1 << 24); break;
		default: usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1 || (argc == 1) + (cfgpath != NULL) + (dir != NULL) != 1)
		usage();

	if (argc == 1) {
		const struct cfg_bundled *bc = cfg_bundled_find(argv[0]);
		struct json_doc *d;
		if (!bc) {
			fprintf(stderr, "%s: unknown model '%s' (bundled:", argv0, argv[0]);
			for (bc = cfg_bundled; bc->name; bc++)
				fprintf(stderr, " %s", bc->name);
			fprintf(stderr, ")\n");
			return 1;
		}
		if (!(d = json_parse(bc->json, strlen(bc->json), bc->name)) ||
		    cfg_parse(&c, json_root(d), bc->name) < 0)
			eprintf("bundled config: %s", err_reason());
		json_free(d);
		if (!arch)
			arch = bc->arch;
	} else {
		if (dir) {
			snprintf(pathbuf, sizeof(pathbuf), "%s/config.json", dir);
			cfgpath = pathbuf;
		}
		if (cfg_load(&c, cfgpath) < 0)
			eprintf("%s", err_reason());
		if (!arch && dir) {
			/* the model directory's own name: "." and "../x/" are
			 * named as the directory they are */
			char real[PATH_MAX];
			const char *d = realpath(dir, real) ? real : dir, *s;
			size_t n = strlen(d);
			while (n > 1 && d[n - 1] == '/')
				n--;
			for (s = d + n; s > d && s[-1] != '/'; s--)
				;
			snprintf(archbuf, sizeof(archbuf), "%.*s", (int)(d + n - s), s);
			arch = archbuf;
		} else if (!arch) {
			arch = config_arch(cfgpath, &c);
		}
	}
	base.arch = arch;
	if (!base.capacity)	/* 256, or less for a short-context model */
		base.capacity = c.max_pos < 256 ? c.max_pos : 256;
	if (base.chunk > base.capacity)
		base.chunk = base.capacity;

	static const char *const all[] = { "prefill", "prefill_logits", "decode_step",
	    "decode_step_logits", NULL };
	char bname[32];
	if (!ngraphs) {
		for (int i = 0; all[i]; i++)
			graphs[ngraphs++] = all[i];
		snprintf(bname, sizeof(bname), "decode_step_b%d", batch);
		graphs[ngraphs++] = bname;
	}
	for (int i = 0; i < ngraphs; i++) {
		struct emit_opts o = base;
		if (parse_graph(graphs[i], &o) < 0)
			eprintf("unknown graph '%s' (prefill, prefill_logits, decode_step, "
			    "decode_step_logits, decode_step_bN, decode_step_logits_bN; N in 1..64)", graphs[i]);
		if (emit_graph(&out, &c, &o) < 0)
			eprintf("%s: %s", cfgpath ? cfgpath : argv[0], err_reason());
	}
	cfg_free(&c);
	/* all or nothing: the graphs are built before the first byte goes out */
	if (out.len && fwrite(out.s, 1, out.len, stdout) != out.len) {
		fshut(stdout, "<stdout>");
		return 1;
	}
	sb_free(&out);
	return fshut(stdout, "<stdout>") ? 1 : 0;
}
