/* The CPU plan: the fast backend ("cpu").  At load it walks @main once
 * and decides, for each op, how it will run:
 *
 *   - views: reshape, and a slice that is one contiguous range, share
 *     their operand's buffer (no copy);
 *   - in place: a dynamic_update_slice, or a scatter whose body returns
 *     the update, whose operand is not read again writes into it (the
 *     KV caches: an argument marked inplace is updated where it lies and
 *     handed back as the result);
 *   - kernels: dot_general against a weight (GEMV / OpenBLAS sgemm, see
 *     kern.h) whatever its dimension numbers, as long as they amount to
 *     x W^T or W x for a weight W (N, K) as stored, the MLX
 *     dequantization chain feeding a dot_general fused into one packed
 *     GEMV that never builds the f32 weight, batched dot_general
 *     (attention), f32 elementwise ops, compare, select, convert, iota,
 *     broadcast / transpose / slice / concatenate as strided copies,
 *     single-op reductions, the argmax reduction, gathers without
 *     batching dims and dynamic_slice as strided copies at run-time
 *     starts, clamped (embedding rows, RoPE table rows; read as stored,
 *     a narrow weight widened row by row);
 *   - everything else: the reference interpreter's own op, on the same
 *     values (so any graph the interpreter runs, the plan runs);
 *   - liveness: each buffer is freed after its last reader, and ops
 *     whose results nobody reads (what a fused chain leaves) never run.
 *
 * Elementwise kernels compute what the interpreter computes, bit for bit
 * (f64 libm rounded once to f32); dot products sum in another order, so
 * plan and interpreter agree to rounding there: t/unit/plan.c holds them
 * together on random inputs with the tolerance written next to it. */
#ifndef PLAN_H
#define PLAN_H

#include "exec/exec.h"
#include "exec/interp.h"
#include "ir/mlir.h"

/* The host-backend entry points (struct exec_host_ops, exec/exec.h).
 * plan_open makes the thread pool that a session's plans share (o's
 * threads, 0: one a CPU); plan_load with shared NULL makes a pool of
 * its own (tests). */
void *plan_open(const struct exec_opts *o);
void plan_close(void *shared);
void *plan_load(void *shared, const struct mlir_module *m, const char *func);
int plan_run(void *state, struct tensor **args, int n, struct tensor **res, int max);
void plan_checks(void *state, struct exec_checks *c);
void plan_free(void *state);

/* What the last loaded plan decided, for tests and -v: ops run by a
 * kernel, as views or in place, by the interpreter, and not at all. */
struct plan_stats {
	int kernel, view, inplace, interp, dead, fused, cases;
	int trims;	/* 1: a run hands its heap's free pages back once its
			 * big values are dead (plan.c trim_point) */
	int64_t slab;	/* bytes of the mapping a run's big values share, at
			 * planned offsets (plan.c plan_slab) */
};

/* The weight bytes the last run of the plan read (matrices as stored,
 * embedding rows, constants not counted). */
int64_t plan_bytes(void *state);
void plan_stats(const void *state, struct plan_stats *s);

#endif
