#version 450
// dot_general, one invocation a result element, the products summed in
// the order of the spec (the contracting dims, the last fastest), as the
// reference interpreter sums: f32 results accumulate in f32 (each
// product rounded to f32 first), f64 in f64, integers wrapping.  TA, TB:
// the operand types, TR the result's.  Parameters: result, lhs, rhs as
// (buffer, address); the counts of result and contracting dims; then per
// dim (size, lhs stride, rhs stride), result dims first.
#include "common.glsl"

void main()
{
	uint i = gid();
	if (i >= pc.n)
		return;
	uint q = pc.p;
	uint nr = P[q + 6], nc = P[q + 7];
	uint lo = 0u, ro = 0u, rem = i;
	for (int d = int(nr) - 1; d >= 0; d--) {
		uint w = q + 8u + uint(d) * 3u;
		uint c = rem % P[w];
		rem /= P[w];
		lo += c * P[w + 1];
		ro += c * P[w + 2];
	}
	uint csize = 1u;
	for (uint d = 0u; d < nc; d++)
		csize *= P[q + 8u + (nr + d) * 3u];
	uint lk = P[q + 2], la = P[q + 3], rk = P[q + 4], ra = P[q + 5];
	if (TA == T_F32 && TB == T_F32 && TR == T_F32 && nc == 1u) {
		uint ls = P[q + 8u + nr * 3u + 1u], rs = P[q + 8u + nr * 3u + 2u];
		precise float acc = 0.0;
		for (uint t = 0u; t < csize; t++) {
			float x = uintBitsToFloat(B[lk].d[(la >> 2) + lo + t * ls]);
			float y = uintBitsToFloat(B[rk].d[(ra >> 2) + ro + t * rs]);
			precise float p = x * y;
			acc = acc + p;
		}
		B[P[q]].d[(P[q + 1] >> 2) + i] = floatBitsToUint(acc);
		return;
	}
	double facc = 0.0LF;
	int64_t iacc = 0L;
	for (uint t = 0u; t < csize; t++) {
		uint xa = lo, ya = ro, r2 = t;
		[[unroll]] for (int d = 7; d >= 0; d--) {
			if (d >= int(nc))
				continue;
			uint w = q + 8u + (nr + uint(d)) * 3u;
			uint c = r2 % P[w];
			r2 /= P[w];
			xa += c * P[w + 1];
			ya += c * P[w + 2];
		}
		uint64_t a = ld(lk, la, xa, TA), b = ld(rk, ra, ya, TB);
		if (is_float(TA)) {
			precise double p = to_f(a, TA) * to_f(b, TB);
			if (TR == T_F64) {
				facc = facc + p;
			} else {
				double pf = to_f(from_f(p, T_F32), T_F32);
				precise double s = facc + pf;
				facc = to_f(from_f(s, T_F32), T_F32);
			}
		} else if (TA == T_BOOL) {
			iacc |= to_i(a, TA) & to_i(b, TB);
		} else {
			iacc = int64_t(uint64_t(iacc) + uint64_t(to_i(a, TA)) * uint64_t(to_i(b, TB)));
		}
	}
	st(P[q], P[q + 1], i, TR, is_float(TR) ? from_f(facc, TR) : from_i(iacc, TR));
}
