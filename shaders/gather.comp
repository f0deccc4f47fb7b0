#version 450
// gather, one invocation a result element.  TA: the operand's element
// type, TB: the indices'.  Parameters: result, operand, indices as
// (buffer, address); the result rank; per result dim (size, operand
// stride, indices stride): an offset dim moves in the operand, a batch
// dim in the indices; the number of start indices; per start index
// (operand stride, indices stride of its position, upper clamp).
#include "common.glsl"

void main()
{
	uint i = gid();
	if (i >= pc.n)
		return;
	uint q = pc.p;
	uint r = P[q + 6], ns = P[q + 7];
	uint oo = 0u, io = 0u, rem = i;
	for (int d = int(r) - 1; d >= 0; d--) {
		uint w = q + 8u + uint(d) * 3u;
		uint c = rem % P[w];
		rem /= P[w];
		oo += c * P[w + 1];
		io += c * P[w + 2];
	}
	for (uint k = 0u; k < ns; k++) {
		uint w = q + 8u + r * 3u + k * 3u;
		int64_t s = to_i(ld(P[q + 4], P[q + 5], io + P[w + 1], TB), TB);
		oo += uint(clamp(s, 0L, int64_t(P[w + 2]))) * P[w];
	}
	st(P[q], P[q + 1], i, TA, ld(P[q + 2], P[q + 3], oo, TA));
}
