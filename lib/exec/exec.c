#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/plan.h"
#include "exec/exec.h"
#include "exec/interp.h"
#include "exec/vk/backend.h"

/* The reference interpreter as a host backend: one interpreter a graph. */
struct interp_graph {
	const struct mlir_module *m;
	const char *func;
	struct interp ip;
};

static void *
interp_load(void *shared, const struct mlir_module *m, const char *func)
{
	struct interp_graph *g;

	if (mlir_verify(m) < 0 || interp_supports(m) < 0)
		return NULL;
	g = ecalloc(1, sizeof(*g));
	g->m = m;
	g->func = func;
	return g;
}

static int
interp_exec(void *graph, struct tensor **args, int n, struct tensor **res, int max)
{
	struct interp_graph *g = graph;

	return interp_run(&g->ip, g->m, g->func, args, n, res, max);
}

static void
interp_checks(void *graph, struct exec_checks *c)
{
	const struct interp_graph *g = graph;

	memset(c, 0, sizeof(*c));
	c->run = g->ip.checks;
	c->failed = g->ip.failed;
	c->line = g->ip.first.line;
	snprintf(c->msg, sizeof(c->msg), "%s", g->ip.first.msg);
}

static void
interp_unload(void *graph)
{
	struct interp_graph *g = graph;

	if (g) {
		interp_free(&g->ip);
		free(g);
	}
}

static const struct exec_host_ops interp_ops = {
	.raw_weights = 0, .load = interp_load, .run = interp_exec, .checks = interp_checks, .free = interp_unload,
};

static const struct exec_host_ops plan_ops = {
	.raw_weights = 1, .open = plan_open, .close = plan_close, .load = plan_load, .run = plan_run,
	.checks = plan_checks, .bytes = plan_bytes, .free = plan_free,
};

static struct exec_session *interp_open(const struct exec_opts *o);
static struct exec_session *cpu_open(const struct exec_opts *o);

#define HOST(name, open) { name, open, exec_host_weight, exec_host_state, exec_host_copy, exec_host_read, \
	exec_host_load, exec_host_run, exec_host_close, NULL, 0, 0 }

static const struct exec_backend backends[] = {
	HOST("cpu", cpu_open),
	HOST("interp", interp_open),
};

static struct exec_session *
interp_open(const struct exec_opts *o)
{
	struct exec_session *s = exec_host_open(&backends[1], &interp_ops, o);

	snprintf(s->device, sizeof(s->device), "the reference interpreter");
	return s;
}

static struct exec_session *
cpu_open(const struct exec_opts *o)
{
	struct exec_session *s = exec_host_open(&backends[0], &plan_ops, o);

	long n = o && o->threads > 0 ? o->threads : sysconf(_SC_NPROCESSORS_ONLN);

	snprintf(s->device, sizeof(s->device), "the CPU plan (%s kernels), %ld thread%s", kern_isa(), n,
	    n == 1 ? "" : "s");
	return s;
}

const struct exec_backend *
exec_find(const char *name)
{
	for (size_t i = 0; i < LEN(backends); i++)
		if (!strcmp(backends[i].name, name))
			return &backends[i];
	if (!strcmp(name, vk_backend.name))
		return &vk_backend;
	return NULL;
}

const struct exec_host_ops *
exec_host_find(const char *name)
{
	return !strcmp(name, "interp") ? &interp_ops : !strcmp(name, "cpu") ? &plan_ops : NULL;
}

const char *
exec_names(void)
{
	return "cpu, interp, vulkan";
}
