#version 450
// Strided copies, one invocation an element of a box of up to 8 dims:
// broadcast (stride 0), transpose, slice, reverse (negative strides),
// concatenate (into a part of the result), pad (lo, interior), and the
// dynamic starts of dynamic_slice / dynamic_update_slice read from index
// scalars on the device and clamped as the spec says.  TA: the element
// type, TB: the index scalars' type.
#include "common.glsl"

void main()
{
	uint i = gid();
	if (i >= pc.n)
		return;
	uint q = pc.p;
	int rank = int(P[q]), flags = int(P[q + 5]);
	int es = esize(TA);
	int s = 0, o = 0;
	bool pad = false;
	uint rem = i;
	for (int d = rank - 1; d >= 0; d--) {
		uint w = q + 10u + uint(d) * 8u;
		uint dim = P[w];
		int c = int(rem % dim);
		rem /= dim;
		int ss = int(P[w + 1]), ds = int(P[w + 2]);
		if ((flags & 1) != 0) {
			int t = c - int(P[w + 3]), step = int(P[w + 4]) + 1;
			if (t < 0 || t % step != 0 || t / step >= int(P[w + 5]))
				pad = true;
			else
				s += (t / step) * ss;
		} else {
			s += c * ss;
		}
		o += c * ds;
		if ((flags & 6) != 0) {
			int64_t st0 = to_i(ld(P[q + 8], P[w + 6], 0u, TB), TB);
			int64_t lim = int64_t(int(P[w + 7]));
			int at = int(clamp(st0, 0L, max(lim, 0L)));
			if ((flags & 2) != 0)
				s += at * ss;
			else
				o += at * ds;
		}
	}
	uint64_t v = pad ? ld(P[q + 6], P[q + 7], 0u, TA) : ld(P[q + 1], uint(int(P[q + 2]) + s * es), 0u, TA);
	st(P[q + 3], uint(int(P[q + 4]) + o * es), 0u, TA, v);
}
