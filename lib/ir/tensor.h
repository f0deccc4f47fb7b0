/* Host tensors: what every backend takes in and hands back, what the
 * lowering decodes constants into, and the element accessors the
 * reference interpreter computes with.
 *
 * Elements are row-major, one per dtype_size() bytes (i2/i4 take a byte
 * each).  Every tensor is sized against TENSOR_MAX_BYTES before anything
 * is allocated, and an allocation that fails is an error with a reason,
 * never an abort: a graph that declares a 2^40-element value is refused,
 * not obeyed. */
#ifndef TENSOR_H
#define TENSOR_H

#include <stddef.h>
#include <stdint.h>

#include "ir/mlir.h"

/* The largest tensor made: 64 GiB, well above any one weight of the
 * models the suite runs (a 1B model's embedding is 1 GB in f32). */
#define TENSOR_MAX_BYTES ((int64_t)1 << 36)

struct tensor {
	struct mlir_type type;
	void *data;		/* (numel * dtype_size) bytes, owned unless borrowed */
	size_t nbytes;
	/* The CPU plan's additions; zero for an ordinary tensor, and the
	 * interpreter only ever sees ordinary ones. */
	int borrowed;		/* data belongs to someone else (a view, the mmap) */
	enum dtype stored;	/* DTYPE_INVALID, or the narrower float type the
				 * data really holds: a bf16 weight bound as is
				 * to an f32 argument, widened by the kernels */
	int inplace;		/* an argument the backend may update in place and
				 * hand back as a result (the KV caches) */
};

/* The bytes a tensor of type t takes, or -1 (with a reason) when its
 * element type is unsupported, its element count overflows or it is
 * larger than TENSOR_MAX_BYTES. */
int64_t tensor_bytes(const struct mlir_type *t);

/* Allocates a zeroed tensor of type t.  NULL with a reason for a type
 * no backend supports, a tensor past TENSOR_MAX_BYTES, or no memory. */
struct tensor *tensor_new(const struct mlir_type *t);

/* As tensor_new, the data left uninitialized (the caller writes it all). */
struct tensor *tensor_new_raw(const struct mlir_type *t);

/* A copy of t in a tensor of its own (widened when t->stored says the
 * data is narrower).  NULL with a reason. */
struct tensor *tensor_copy(const struct tensor *t);

void tensor_free(struct tensor *t);

/* Stores the row-major strides (in elements) of type t in s (rank). */
void tensor_strides(const struct mlir_type *t, int64_t *s);

/* Element i of a float tensor (f16, bf16, f32, f64) as a double. */
double tensor_get_f(const struct tensor *t, size_t i);

/* Stores v into float element i, rounded once to the tensor's type
 * (f16/bf16 straight from the double, not through f32). */
void tensor_set_f(struct tensor *t, size_t i, double v);

/* Element i of an integer or i1 tensor as int64 (unsigned types zero-
 * extended); a float element truncated. */
int64_t tensor_get_i(const struct tensor *t, size_t i);

/* Stores v into integer element i, wrapped to the type's width. */
void tensor_set_i(struct tensor *t, size_t i, int64_t v);

/* 1 for i1 and the unsigned integer types. */
int tensor_is_unsigned(const struct tensor *t);

#endif
