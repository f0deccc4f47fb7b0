#version 450
// The MLX dequantizing matrix-vector product: r[m, n] = sum over k of
// x[m, k] w[n, k], w never made: w[n, k] = q (s + 0) in the graph's own
// arithmetic, q the BITS-bit field k of row n of the packed u32 weight,
// converted to f32, times the group's scale (rounded to f32), plus the
// group's bias (rounded), as the emitted dequantization computes it.  A
// workgroup a result element: thread j takes the packed words j, j + W,
// j + 2W... of the row, the threads' f32 sums are added in a fixed tree.
// TA: x's type, TB: the scales' and biases' (f32, or bf16/f16 as
// stored), AUX: BITS.  Parameters: result, x, packed, scales, biases as
// (buffer, address); M, N, K, the group size; x's row stride.
#include "common.glsl"

shared float SF[256];

void main()
{
	uint q = pc.p;
	uint W = gl_WorkGroupSize.x;
	uint i = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x;
	uint j = gl_LocalInvocationID.x;
	if (i >= pc.n / W)
		return;
	uint N = P[q + 11], K = P[q + 12], gs = P[q + 13], xs = P[q + 14];
	uint m = i / N, n = i % N;
	uint per = 32u / uint(AUX), mask = (1u << uint(AUX)) - 1u;
	uint words = K / per, groups = K / gs;
	uint pk = P[q + 4], pa = (P[q + 5] >> 2) + n * words;
	float acc = 0.0;
	for (uint w = j; w < words; w += W) {
		uint bits = B[pk].d[pa + w];
		for (uint v = 0u; v < per; v++) {
			uint kk = w * per + v;
			uint g = n * groups + kk / gs;
			float s = uintBitsToFloat(f32_of(ld(P[q + 6], P[q + 7], g, TB), TB));
			float b = uintBitsToFloat(f32_of(ld(P[q + 8], P[q + 9], g, TB), TB));
			precise float qs = float((bits >> (v * uint(AUX))) & mask) * s;
			precise float wv = qs + b;
			float x = uintBitsToFloat(f32_of(ld(P[q + 2], P[q + 3], m * xs + kk, TA), TA));
			precise float p = x * wv;
			precise float a2 = acc + p;
			acc = a2;
		}
	}
	SF[j] = acc;
	for (uint s = W / 2u; s > 0u; s /= 2u) {
		barrier();
		if (j < s) {
			precise float f = SF[j] + SF[j + s];
			SF[j] = f;
		}
	}
	barrier();
	if (j == 0u)
		B[P[q]].d[(P[q + 1] >> 2) + i] = floatBitsToUint(SF[0]);
}
