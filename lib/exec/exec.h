/* The execution API every backend implements: load a parsed module, run
 * a function on host tensors, read host tensors back.  `run` picks a
 * backend by name and never needs to know which it got.  The reference
 * interpreter is the first; a planned CPU backend and Vulkan follow. */
#ifndef EXEC_H
#define EXEC_H

#include "exec/interp.h"
#include "ir/mlir.h"

struct exec_backend {
	const char *name;
	/* 1: weights are bound as the checkpoint stores them (borrowed from
	 * the mmap, bf16/f16 left narrow: see struct tensor); 0: as owned
	 * copies of the declared type. */
	int raw_weights;
	/* Prepares m (which must outlive the state) for running; checks that
	 * every op and type is supported.  NULL with a reason. */
	void *(*load)(const struct mlir_module *m);
	/* Runs function name on n borrowed argument tensors; stores up to
	 * max results (the caller frees them) and returns their count, or
	 * -1 with a reason naming the op and its line.  An argument marked
	 * inplace may come back updated as one of the results (the same
	 * pointer): the caller then must not free it twice. */
	int (*run)(void *state, const char *name, struct tensor **args, int n, struct tensor **res, int max);
	void (*free)(void *state);
};

/* Returns the backend called name ("interp", "cpu"), or NULL. */
const struct exec_backend *exec_find(const char *name);

#endif
