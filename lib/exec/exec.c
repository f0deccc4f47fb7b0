#include <stdlib.h>
#include <string.h>

#include "exec/exec.h"
#include "exec/cpu/plan.h"
#include "base/util.h"

struct interp_state {
	const struct mlir_module *m;
	struct interp ip;
};

static void *
interp_load(const struct mlir_module *m)
{
	struct interp_state *s;

	if (mlir_verify(m) < 0 || interp_supports(m) < 0)
		return NULL;
	s = ecalloc(1, sizeof(*s));
	s->m = m;
	return s;
}

static int
interp_exec(void *state, const char *name, struct tensor **args, int n, struct tensor **res, int max)
{
	struct interp_state *s = state;

	return interp_run(&s->ip, s->m, name, args, n, res, max);
}

static void
interp_unload(void *state)
{
	struct interp_state *s = state;

	if (s) {
		interp_free(&s->ip);
		free(s);
	}
}

static const struct exec_backend backends[] = {
	{ "interp", 0, interp_load, interp_exec, interp_unload },
	{ "cpu", 1, plan_load, plan_run, plan_free },
};

const struct exec_backend *
exec_find(const char *name)
{
	for (size_t i = 0; i < LEN(backends); i++)
		if (!strcmp(backends[i].name, name))
			return &backends[i];
	return NULL;
}
