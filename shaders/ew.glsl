// Fused elementwise ops, one invocation an element of the result: a
// program (prog.glsl) computes it from loads of the operands, each
// through its own index map (broadcast, transpose, slice, reverse are
// strides), and stores it.  Parameters at P[pc.p]: the instruction
// count, the rank, the register stored, the result (buffer, byte
// address, type), the result's dims (8 words), then the instructions.
#include "common.glsl"
#include "prog.glsl"

void main()
{
	uint i = gid();
	if (i >= pc.n)
		return;
	uint q = pc.p;
	int rank = int(P[q + 1u]);
	prog_coords(i, q + 6u, rank);
	prog_run(q + 14u, P[q], rank);
	st(P[q + 3u], P[q + 4u], i, int(P[q + 5u]), R[P[q + 2u]]);
}
