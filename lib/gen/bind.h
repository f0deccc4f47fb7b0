/* Binding a graph's arguments to a checkpoint's tensors by name: each
 * argument of @main named loc("<tensor name>") takes that tensor, its
 * shape checked, widened from f16/bf16 to the declared f32 when the
 * checkpoint stores it narrower (exactly, as DESIGN.md says). */
#ifndef BIND_H
#define BIND_H

#include "exec/interp.h"
#include "ir/mlir.h"
#include "data/st.h"

/* Fills args[i] for every argument of f whose loc names a tensor of st;
 * arguments named in skip (NULL-terminated: the state) are left NULL.
 * raw: bind borrowed views of the mapping where the stored type is the
 * declared one or a narrower float of an f32 argument (tensor.stored),
 * for a backend whose kernels read them so (exec_backend.raw_weights).
 * 0, or -1 with a reason naming the tensor and what does not fit. */
int bind_weights(const struct mlir_module *m, const struct mlir_func *f, const struct st_model *st,
    const char *const *skip, int raw, struct tensor **args);

/* Returns the index of the argument of f named name, or -1. */
int bind_arg_index(const struct mlir_func *f, const char *name);

#endif
