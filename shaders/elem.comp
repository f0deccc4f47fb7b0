#version 450
// The elementwise template: one invocation an element, the op chosen by
// the spec constant OP (so each pipeline folds to its one scalar
// function of common.glsl).  Parameters at P[pc.p]: the result and up to
// three operands as (buffer, byte address, step: 1, or 0 for a scalar
// broadcast), then two words for iota (the stride and size of its dim).
#include "common.glsl"

void main()
{
	uint i = gid();
	if (i >= pc.n)
		return;
	uint q = pc.p;
	if (OP == E_IOTA) {
		int64_t v = int64_t((i / P[q + 12]) % P[q + 13]);
		st(P[q], P[q + 1], i, TR, is_float(TR) ? from_f(double(v), TR) : from_i(v, TR));
		return;
	}
	int t0 = OP == E_SELECT ? T_BOOL : TA;
	uint64_t a = widen(ld(P[q + 3], P[q + 4], i * P[q + 5], S0 != 0 ? S0 : t0), S0, t0), b = 0UL, c = 0UL;
	if (!E_IS_UNARY(OP))
		b = widen(ld(P[q + 6], P[q + 7], i * P[q + 8], S1 != 0 ? S1 : TA), S1, TA);
	if (OP == E_SELECT || OP == E_CLAMP)
		c = widen(ld(P[q + 9], P[q + 10], i * P[q + 11], S2 != 0 ? S2 : TA), S2, TA);
	st(P[q], P[q + 1], i, TR, eval(OP, TA, TR, TB, a, b, c));
}
