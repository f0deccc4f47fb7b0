/* MLX's affine quantization: w = q * scale + bias in f32, per group of
 * `group` consecutive inputs of a row; q of `bits` bits (2, 3, 4, 5, 6
 * or 8) packed into little-endian u32 words as one bit stream, lowest
 * bits first, so 3-, 5- and 6-bit values cross word boundaries. */
#ifndef MLX_H
#define MLX_H

#include <stddef.h>
#include <stdint.h>

/* Returns 1 when bits is a width MLX writes. */
int mlx_bits_ok(int bits);

/* Unpacks n values from the packed row at words (which need not be
 * aligned) into q. */
void mlx_unpack(const void *words, size_t n, int bits, uint32_t *q);

/* Dequantizes one row of n inputs: scales and biases hold n / group
 * values.  out gets q * scale + bias, rounded once per operation. */
void mlx_dequant_row(const void *words, size_t n, int bits, int group,
    const float *scales, const float *biases, float *out);

#endif
