#version 450
// scatter, one invocation a result element (the operand copied into the
// result first): every index vector in order, the update element that
// lands here, if one does, combined by the body (bytecode), so updates
// to one element apply in the order of the spec.  TA: the element type,
// TB: the indices'.  Parameters: result, updates, indices as (buffer,
// address); the result rank R; per result dim (size, window dim of the
// updates or -1 for an inserted dim); the count of index vectors and the
// update scatter dims' rank U; per update scatter dim (size, updates
// stride, indices stride); per result dim, the update window stride and
// window size; the start indices: count, then per one (result dim,
// indices stride of its position); the register the body returns, ni
// instructions and the body (a program, prog.glsl).
#include "common.glsl"
#include "prog.glsl"

void main()
{
	uint i = gid();
	if (i >= pc.n)
		return;
	uint q = pc.p;
	uint R0 = P[q + 6];
	int idx[8];
	uint rem = i;
	for (int d = int(R0) - 1; d >= 0; d--) {
		uint dim = P[q + 7u + uint(d)];
		idx[d] = int(rem % dim);
		rem /= dim;
	}
	uint w = q + 7u + R0;
	uint nv = P[w], U = P[w + 1];
	uint us = w + 2u;			// (size, updates stride, indices stride) x U
	uint win = us + U * 3u;			// (window stride, window size) x R0
	uint sm = win + R0 * 2u;		// count, then (result dim, indices stride)
	uint ns = P[sm];
	uint retw = sm + 1u + ns * 2u;
	uint ni = P[retw + 1u], code = retw + 2u;
	uint64_t acc = ld(P[q], P[q + 1], i, TA);
	for (uint v = 0u; v < nv; v++) {
		uint uo = 0u, io = 0u, r2 = v;
		[[unroll]] for (int d = 7; d >= 0; d--) {
			if (d >= int(U))
				continue;
			uint x = us + uint(d) * 3u;
			uint c = r2 % P[x];
			r2 /= P[x];
			uo += c * P[x + 1];
			io += c * P[x + 2];
		}
		int start[8];
		[[unroll]] for (uint d = 0u; d < 8u; d++)
			start[d] = 0;
		[[unroll]] for (uint k = 0u; k < 8u; k++) {
			if (k >= ns)
				break;
			uint x = sm + 1u + k * 2u;
			start[P[x]] = int(to_i(ld(P[q + 4], P[q + 5], io + P[x + 1], TB), TB));
		}
		bool hit = true;
		[[unroll]] for (uint d = 0u; d < 8u; d++) {
			if (d >= R0 || !hit)
				break;
			int off = idx[d] - start[d];
			int wsz = int(P[win + d * 2u + 1u]);
			if (off < 0 || off >= wsz)
				hit = false;
			else
				uo += uint(off) * P[win + d * 2u];
		}
		if (!hit)
			continue;
		R[0] = acc;
		R[1] = ld(P[q + 2], P[q + 3], uo, TA);
		prog_run(code, ni, 0);
		acc = R[P[retw]];
	}
	st(P[q], P[q + 1], i, TA, acc);
}
