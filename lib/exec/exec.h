/* The execution API every backend implements.  A backend serves a model
 * through a session:
 *
 *   - weights are given to the session once, by name, as the checkpoint
 *     stores them; every graph loaded into the session shares them (a
 *     backend that needs another form, f32 for a bf16 weight, makes it
 *     once per session, not once per graph);
 *   - state (the KV caches) lives inside the session between calls and
 *     is updated in place where the backend can;
 *   - a graph is loaded with a role for each of its arguments and
 *     results: a weight or a state (by name), an input the caller passes
 *     on each call, or an output handed back; so only what the host
 *     needs (a token id, logits on request) comes back;
 *   - options (threads, the device) belong to the session.
 *
 * `run -b NAME` picks the backend for generation and for the
 * conformance runners alike; the driver never knows which it got.  The
 * host backends ("interp", the reference interpreter, and "cpu", the
 * plan) share one session implementation (exec/session.c) over their
 * per-graph entry points (struct exec_host_ops). */
#ifndef EXEC_H
#define EXEC_H

#include "ir/mlir.h"
#include "ir/tensor.h"

struct exec_opts {
	int threads;		/* 0: one a CPU */
	const char *device;	/* which device, for backends with several; NULL: the default */
	int wg;			/* the workgroup size of every kernel, for backends that
				 * have them (the conformance sweep, wg_sizes below); 0:
				 * the backend's choice */
	int tier;		/* for backends with tiers of kernels (exec_backend.tiers):
				 * the tier every graph starts at; 0: the backend's
				 * choice (vulkan: generic kernels, specialized ones
				 * once a graph has run a few times; 1: specialized
				 * from the first run) */
};

enum exec_role {
	EXEC_INPUT,		/* argument: a host tensor passed on each call */
	EXEC_WEIGHT,		/* argument: a weight given to the session */
	EXEC_STATE,		/* argument or result: a state tensor of the session */
	EXEC_OUTPUT,		/* result: handed back to the caller */
};

struct exec_binding {
	enum exec_role role;
	const char *name;	/* EXEC_WEIGHT, EXEC_STATE: its name */
};

/* The check ops (the conformance tests' check.expect_*) that the graphs
 * of a session ran, and the first that failed. */
struct exec_checks {
	int run, failed;
	int line;		/* of the first failure */
	char msg[512];
};

/* A 2-level strided copy between two states, in bytes: n blocks of
 * bytes each, block i from src + soff + i * sstride to dst + doff +
 * i * dstride. */
struct exec_copy {
	int64_t n, bytes, soff, sstride, doff, dstride;
};

struct exec_session {
	const struct exec_backend *be;
	char device[128];		/* what it runs on, for -v */
	struct exec_checks checks;	/* accumulated over every run */
	int64_t bytes_read;		/* weight bytes the last run read, where the
					 * backend counts them (-1: it does not) */
};

struct exec_backend {
	const char *name;
	/* Opens a session.  NULL with a reason (no device, no loader...). */
	struct exec_session *(*open)(const struct exec_opts *o);
	/* Gives the session weight name: t as the checkpoint stores it,
	 * borrowed (it must outlive the session).  0 or -1. */
	int (*weight)(struct exec_session *s, const char *name, const struct tensor *t);
	/* Makes state name a zeroed tensor of type t (zeroing it again when
	 * it exists with that type).  0 or -1. */
	int (*state)(struct exec_session *s, const char *name, const struct mlir_type *t);
	/* Copies between states inside the session.  0 or -1. */
	int (*copy)(struct exec_session *s, const char *dst, const char *src, const struct exec_copy *c);
	/* A host copy of state name in *out (the caller frees it).  0 or -1. */
	int (*read)(struct exec_session *s, const char *name, struct tensor **out);
	/* Prepares function func of m (which must outlive the session) with
	 * a role for each argument (args, f->body.nargs) and result
	 * (results, f->nresults); weights and states named must exist.
	 * Checks that every op and type is supported.  Returns a graph
	 * handle >= 0, or -1 with a reason. */
	int (*load)(struct exec_session *s, const struct mlir_module *m, const char *func,
	    const struct exec_binding *args, const struct exec_binding *results);
	/* Runs graph g: in holds the EXEC_INPUT arguments in argument order
	 * (borrowed), out receives the EXEC_OUTPUT results in result order
	 * (the caller frees them).  States are updated.  Returns the number
	 * of outputs, or -1 with a reason naming the op and its line. */
	int (*run)(struct exec_session *s, int g, struct tensor *const *in, struct tensor **out);
	void (*close)(struct exec_session *s);
	/* Optional (NULL for the host backends): the workgroup sizes the
	 * backend's kernels can run at, for exec_opts.wg; writes at most max
	 * of them into sizes and returns how many. */
	int (*wg_sizes)(int *sizes, int max);
	/* Optional (0 for the host backends): how many tiers of kernels the
	 * backend has, for exec_opts.tier (the conformance runner holds each). */
	int tiers;
	/* 1 when the backend has no stablehlo.case: a driver that emits its
	 * own graphs then gives it a mixture of experts' decode in the
	 * masked-dense form (every expert read) instead of a case per chosen
	 * expert.  Graphs given as files are run as they are. */
	int no_case;
};

/* Returns the backend called name ("interp", "cpu", "vulkan"), or NULL. */
const struct exec_backend *exec_find(const char *name);

/* The names of the backends, for messages: "interp, cpu". */
const char *exec_names(void);

/* The per-graph entry points of a host backend: tensors in host memory,
 * run by the shared session of exec/session.c. */
struct exec_host_ops {
	/* 1: weights are bound as the checkpoint stores them (borrowed from
	 * the mmap, bf16/f16 of f32 arguments left narrow: tensor.stored);
	 * 0: as owned copies of the declared type. */
	int raw_weights;
	/* Session-wide resources (the CPU plan's thread pool); NULL when
	 * there are none.  Not NULL is not an error. */
	void *(*open)(const struct exec_opts *o);
	void (*close)(void *shared);
	/* Prepares function func of m; NULL with a reason. */
	void *(*load)(void *shared, const struct mlir_module *m, const char *func);
	/* Runs the prepared function on its n arguments (borrowed; one
	 * marked inplace may come back updated as a result, the same
	 * pointer); stores up to max results, returns their count or -1. */
	int (*run)(void *graph, struct tensor **args, int n, struct tensor **res, int max);
	/* The checks the graph's runs made so far. */
	void (*checks)(void *graph, struct exec_checks *c);
	/* The weight bytes its last run read; NULL: not counted. */
	int64_t (*bytes)(void *graph);
	void (*free)(void *graph);
};

/* The per-graph entry points of host backend name ("interp", "cpu"),
 * for tests that hold one against the other graph by graph; NULL for
 * other backends. */
const struct exec_host_ops *exec_host_find(const char *name);

/* A session of host backend be over ops; the other entries of a host
 * backend's struct exec_backend are the exec_host_* functions. */
struct exec_session *exec_host_open(const struct exec_backend *be, const struct exec_host_ops *ops,
    const struct exec_opts *o);
int exec_host_weight(struct exec_session *s, const char *name, const struct tensor *t);
int exec_host_state(struct exec_session *s, const char *name, const struct mlir_type *t);
int exec_host_copy(struct exec_session *s, const char *dst, const char *src, const struct exec_copy *c);
int exec_host_read(struct exec_session *s, const char *name, struct tensor **out);
int exec_host_load(struct exec_session *s, const struct mlir_module *m, const char *func,
    const struct exec_binding *args, const struct exec_binding *results);
int exec_host_run(struct exec_session *s, int g, struct tensor *const *in, struct tensor **out);
void exec_host_close(struct exec_session *s);

#endif
