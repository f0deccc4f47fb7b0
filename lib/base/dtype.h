/* Element types shared by the weights (safetensors), the graphs (MLIR)
 * and the runtime, with their names in each and the f16/bf16
 * conversions.  Append new kinds at the end: the values are not stored
 * in any file, but tables index by them. */
#ifndef DTYPE_H
#define DTYPE_H

#include <stddef.h>
#include <stdint.h>

enum dtype {
	DTYPE_INVALID,
	DTYPE_BOOL,	/* i1, one byte per element */
	DTYPE_I8,
	DTYPE_I16,
	DTYPE_I32,
	DTYPE_I64,
	DTYPE_U8,
	DTYPE_U16,
	DTYPE_U32,
	DTYPE_U64,
	DTYPE_F16,
	DTYPE_BF16,
	DTYPE_F32,
	DTYPE_F64,
	DTYPE_COUNT
};

/* Bytes per element (0 for DTYPE_INVALID). */
size_t dtype_size(enum dtype t);

/* The safetensors name ("F32", "BF16", "BOOL"...), or NULL. */
const char *dtype_st_name(enum dtype t);

/* The MLIR element type ("f32", "bf16", "i1", "i32", "ui32"...), or NULL. */
const char *dtype_mlir_name(enum dtype t);

/* Looks a type up by its safetensors name; DTYPE_INVALID when unknown. */
enum dtype dtype_from_st(const char *name);

/* Looks a type up by its MLIR name (n bytes at s); DTYPE_INVALID when
 * unknown.  "si32" reads as i32: signless and signed store alike. */
enum dtype dtype_from_mlir(const char *s, size_t n);

int dtype_is_float(enum dtype t);
int dtype_is_signed_int(enum dtype t);
int dtype_is_unsigned_int(enum dtype t);

/* Exact widening of f16 and bf16 bits to f32. */
float f16_to_f32(uint16_t h);
float bf16_to_f32(uint16_t b);

/* Narrowing with round-to-nearest-even; NaN stays NaN, overflow goes to
 * infinity. */
uint16_t f32_to_f16(float f);
uint16_t f32_to_bf16(float f);

/* out[i] = in[i] rounded to bf16 (as f32_to_bf16) and widened back: the
 * CPU plan keeps bf16 values in f32. */
void dtype_round_bf16(const float *in, size_t n, float *out);

/* Converts n floats of type t (F16, BF16, F32 or F64) at src, which need
 * not be aligned, to f32.  Returns -1 for other types. */
int dtype_to_f32(const void *src, enum dtype t, size_t n, float *dst);

/* Converts n f32 values to type t (F16, BF16, F32, F64) at dst, rounding
 * to nearest even.  Returns -1 for other types. */
int dtype_from_f32(const float *src, size_t n, enum dtype t, void *dst);

#endif
