/* run: execute StableHLO.  Now: `run --check FILE...`, the conformance
 * runner over test modules that check their own results.  Generation
 * from a model directory (-m) comes with the generation issue. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "interp.h"
#include "mlir.h"
#include "util.h"

static void
usage(void)
{
	fprintf(stderr, "usage: %s --check file ...\n", argv0);
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

int
main(int argc, char *argv[])
{
	int n = 0, failed = 0, unsup = 0;

	argv0 = "run";
	if (argc < 3 || strcmp(argv[1], "--check") != 0)
		usage();
	for (int i = 2; i < argc; i++) {
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
