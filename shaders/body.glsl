// Region bodies (a reduction's, a scatter's) as bytecode over registers
// of raw bits: BC_WORDS words an instruction (op, TA, TR, dst, a, b, c),
// op BC_CONST loading the bits a (low) and b (high) into dst.
#define BC_CONST 200

uint64_t R[BC_REGS];

// unrolled to BC_MAX instructions: lavapipe stops a shader's loops after
// 65535 iterations in all, so the per-element loops stay loop-free
#define BC_MAX 12

void body_run(uint at, uint n)
{
	[[unroll]] for (uint k = 0u; k < uint(BC_MAX); k++) {
		if (k >= n)
			break;
		uint w = at + k * uint(BC_WORDS);
		int op = int(P[w]);
		if (op == BC_CONST) {
			R[P[w + 3]] = packUint2x32(uvec2(P[w + 4], P[w + 5]));
			continue;
		}
		R[P[w + 3]] = eval(op, int(P[w + 1]), int(P[w + 2]), int(P[w + 1]), R[P[w + 4]], R[P[w + 5]], R[P[w + 6]]);
	}
}
