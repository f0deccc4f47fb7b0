/* The CPU plan's elementwise kernels on f32, i32/u32 and i1 arrays.
 * Floats compute what the reference interpreter computes, bit for bit:
 * each result is the f64 value of the op rounded once to f32. */
#ifndef ELEM_H
#define ELEM_H

#include <stdint.h>

enum { U_NEG, U_EXP, U_RSQRT, U_LOGISTIC, U_SIN, U_COS, U_SQRT, U_TANH, U_ABS, U_LOG };
enum { B_ADD, B_SUB, B_MUL, B_DIV, B_MAX, B_MIN, B_AND, B_OR, B_XOR, B_SHL, B_SHR };
/* the order of enum cmp_dir (ir/ops.h) */
enum { C_EQ, C_NE, C_LT, C_LE, C_GT, C_GE };

/* y = op(x) for the U_* op k, n elements. */
void elem_unary(int k, const float *x, float *y, int64_t n);

/* The vector exp's largest distance from libm's, in units in the last
 * place of a double, over x[0..n) (n a multiple of 8, each in [-700,
 * 700]); -1 where elem_unary has no vector exp.  For the tests. */
double elem_exp_err(const double *x, int64_t n);

/* The interpreter's maximum and minimum: NaN wins, +0 above -0. */
float elem_max(float a, float b);
float elem_min(float a, float b);

/* y = a op b for the B_* op k: f32, or i32/u32/i1 (dt) for the integer
 * ops (add, subtract, multiply, and, or, xor, shift left and logical
 * shift right of the 32 bits, 0 for shifts of 32 or more as the
 * interpreter's; i1 and/or). */
void elem_binary_f(int k, const float *a, const float *b, float *y, int64_t n);
void elem_binary_i(int k, int dt, const void *a, const void *b, void *y, int64_t n);

/* y = a op s, or s op a when rev: elem_binary_f with b (or a) a
 * scalar's splat. */
void elem_binary_fs(int k, const float *a, float s, float *y, int64_t n, int rev);

/* y = a dir b (C_* k) for f32, i32 or u32 (dt) elements: 1 or 0. */
void elem_compare(int k, int dt, const void *a, const void *b, unsigned char *y, int64_t n);

#endif
