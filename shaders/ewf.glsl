// A specialized fused elementwise program (fprog.glsl), one invocation
// an element of the result.  Parameters at P[pc.p]: the rank, the dims
// (8 words), the result (buffer, byte address), a word unused, then the
// loads (11 words each).
#include "fprog.glsl"

void main()
{
	uint i = gid();
	if (i >= pc.n)
		return;
	uint q = pc.p;
	fcoords(i, q + 1u, int(P[q]));
	uint v = fprog(q);
	st(P[q + 9u], P[q + 10u], i, OUTT, uint64_t(v));
}
