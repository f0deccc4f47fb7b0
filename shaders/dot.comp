#version 450
// dot_general.  TA, TB: the operand types (as their bytes hold them: a
// bf16 weight of an f32 argument is widened here), TR the result's.
// Parameters: result, lhs, rhs as (buffer, address); the counts of
// result and contracting dims; then per dim (size, lhs stride, rhs
// stride), result dims first.
//
// pc.a 0, sequential: one invocation a result element, the products
// summed in the order of the spec (the contracting dims, the last
// fastest), as the reference interpreter sums: f32 results accumulate
// in f32 (each product rounded to f32 first), f64 in f64, integers
// wrapping.
// pc.a 1, a workgroup a result element: thread k sums the products
// k, k + W, k + 2W... in the same arithmetic, then the threads' sums are
// added in a fixed tree (k + W/2 into k, then W/4...): the same bytes on
// every run at a workgroup size W.
#include "common.glsl"

shared float SF[256];
shared double SD[256];
shared int64_t SI[256];

void main()
{
	uint q = pc.p;
	bool wgm = pc.a != 0u;
	uint W = gl_WorkGroupSize.x;
	uint i, k = 0u;
	bool live = true;
	if (wgm) {
		i = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x;
		k = gl_LocalInvocationID.x;
		if (i >= pc.n / W)
			return;
	} else {
		// no early return: with a barrier anywhere in the shader, llvmpipe
		// loses the workgroup whose invocations leave before it
		live = gid() < pc.n;
		i = min(gid(), pc.n - 1u);
	}
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
	uint t0 = wgm ? k : 0u, dt = wgm ? W : 1u;
	float fa = 0.0;
	double da = 0.0LF;
	int64_t ia = 0L;
	if (is_float(TA) && TR != T_F64 && nc == 1u) {
		// one contracting dim: strides, f32 arithmetic
		uint ls = P[q + 8u + nr * 3u + 1u], rs = P[q + 8u + nr * 3u + 2u];
		for (uint t = t0; t < csize; t += dt) {
			float x = uintBitsToFloat(TA == T_F32 ? B[lk].d[(la >> 2) + lo + t * ls] :
			    f32_of(ld(lk, la, lo + t * ls, TA), TA));
			float y = uintBitsToFloat(TB == T_F32 ? B[rk].d[(ra >> 2) + ro + t * rs] :
			    f32_of(ld(rk, ra, ro + t * rs, TB), TB));
			precise float p = x * y;
			precise float s = fa + p;
			fa = s;
		}
	} else {
		for (uint t = t0; t < csize; t += dt) {
			uint xa = lo, ya = ro, r2 = t;
			for (int d = int(nc) - 1; d >= 0; d--) {
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
					precise double s = da + p;
					da = s;
				} else {
					precise float s = fa + uintBitsToFloat(uint(from_f(p, T_F32)));
					fa = s;
				}
			} else if (TA == T_BOOL) {
				ia |= to_i(a, TA) & to_i(b, TB);
			} else {
				ia = int64_t(uint64_t(ia) + uint64_t(to_i(a, TA)) * uint64_t(to_i(b, TB)));
			}
		}
	}
	if (wgm) {
		if (!is_float(TR))
			SI[k] = ia;
		else if (TR == T_F64)
			SD[k] = da;
		else
			SF[k] = fa;
		for (uint s = W / 2u; s > 0u; s /= 2u) {
			barrier();
			if (k < s) {
				if (!is_float(TR)) {
					SI[k] = TA == T_BOOL ? SI[k] | SI[k + s] : int64_t(uint64_t(SI[k]) + uint64_t(SI[k + s]));
				} else if (TR == T_F64) {
					precise double g = SD[k] + SD[k + s];
					SD[k] = g;
				} else {
					precise float f = SF[k] + SF[k + s];
					SF[k] = f;
				}
			}
		}
		barrier();
		if (k != 0u)
			return;
		fa = SF[0];
		da = SD[0];
		ia = SI[0];
	}
	uint64_t v;
	if (!is_float(TR))
		v = from_i(ia, TR);
	else if (TR == T_F64)
		v = doubleBitsToUint64(da);
	else if (TR == T_F32)
		v = uint64_t(floatBitsToUint(fa));
	else
		v = from_f(double(fa), TR);
	if (live)
		st(P[q], P[q + 1], i, TR, v);
}
