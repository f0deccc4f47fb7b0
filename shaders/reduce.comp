#version 450
// reduce, one invocation a result element: the body (bytecode) applied
// to the accumulators and each element in turn, the reduced dims in
// ascending order, the last fastest, as the reference interpreter goes.
// Parameters: m operands, nk kept and nr reduced dims, ni instructions;
// (buffer, address) of each input, each init, each result; the m element
// types; (size, stride) of the kept then the reduced dims; the m
// registers the body returns; the bytecode.
#define BODY_NO_LOOPS
#include "common.glsl"
#include "body.glsl"

void main()
{
	uint i = gid();
	if (i >= pc.n)
		return;
	uint q = pc.p;
	uint m = P[q], nk = P[q + 1], nr = P[q + 2], ni = P[q + 3] & 0xffffu;
	// split reductions: C chunks of L elements each, partial results of
	// (result, chunk) combined by a second dispatch (only for bodies
	// whose order does not matter: max, min, and, or, selections)
	uint C = pc.a == 0u ? 1u : pc.a, L = pc.b, chunk = i % C;
	i /= C;
	uint in0 = q + 4u, init = in0 + 2u * m, outp = init + 2u * m, ty = outp + 2u * m;
	uint kd = ty + m, rd = kd + 2u * nk, ret = rd + 2u * nr, code = ret + m;
	uint base = 0u, rem = i;
	for (int d = int(nk) - 1; d >= 0; d--) {
		uint w = kd + uint(d) * 2u;
		base += (rem % P[w]) * P[w + 1];
		rem /= P[w];
	}
	uint64_t acc[4];
	for (uint j = 0u; j < m; j++)
		acc[j] = ld(P[init + 2u * j], P[init + 2u * j + 1u], 0u, int(P[ty + j]));
	uint rsize = 1u;
	for (uint d = 0u; d < nr; d++)
		rsize *= P[rd + d * 2u];
	uint t0 = C == 1u ? 0u : chunk * L, t1 = C == 1u ? rsize : min(rsize, t0 + L);
	for (uint t = t0; t < t1; t++) {
		uint off = base, r2 = t;
		[[unroll]] for (int d = 7; d >= 0; d--) {
			if (d >= int(nr))
				continue;
			uint w = rd + uint(d) * 2u;
			off += (r2 % P[w]) * P[w + 1];
			r2 /= P[w];
		}
		[[unroll]] for (uint j = 0u; j < 4u; j++) {
			if (j >= m)
				break;
			R[j] = acc[j];
			R[m + j] = ld(P[in0 + 2u * j], P[in0 + 2u * j + 1u], off, int(P[ty + j]));
		}
		body_run(code, ni);
		[[unroll]] for (uint j = 0u; j < 4u; j++)
			if (j < m)
				acc[j] = R[P[ret + j]];
	}
	for (uint j = 0u; j < m; j++)
		st(P[outp + 2u * j], P[outp + 2u * j + 1u], i * C + chunk, int(P[ty + j]), acc[j]);
}
