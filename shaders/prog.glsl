// Programs (vk_kinds.h): the instructions of a fused elementwise
// expression, a reduction's input and body, a scatter's body, run over
// registers of raw bits.  c[] holds the element's coordinates in the
// program's index space; a load or an iota maps them to an element
// index by its base and strides.  One call of eval: a driver inlines
// every call, so the program runs in a loop, not unrolled.

uint64_t R[BC_REGS];
int c[8];

int prog_index(uint w, int rank)
{
	int at = int(P[w]);
	[[unroll]] for (int d = 0; d < 8; d++)
		if (d < rank)
			at += c[d] * int(P[w + 1u + uint(d)]);
	return at;
}

// Runs n instructions from word at, in an index space of rank dims.
void prog_run(uint at, uint n, int rank)
{
	for (uint k = 0u; k < n; k++) {
		uint w = at + k * uint(BC_WORDS);
		uint kind = P[w];
		if (kind == uint(I_CONST)) {
			R[P[w + 1u]] = packUint2x32(uvec2(P[w + 2u], P[w + 3u]));
		} else if (kind == uint(I_LOAD)) {
			int st = int(P[w + 4u]), lt = int(P[w + 5u]);
			uint64_t v = ld(P[w + 2u], P[w + 3u], uint(prog_index(w + 6u, rank)), st);
			R[P[w + 1u]] = st == lt ? v : from_f(to_f(v, st), lt);
		} else if (kind == uint(I_IOTA)) {
			int t = int(P[w + 2u]);
			int64_t v = int64_t(prog_index(w + 3u, rank));
			R[P[w + 1u]] = is_float(t) ? from_f(double(v), t) : from_i(v, t);
		} else {
			R[P[w + 5u]] = eval(int(P[w + 1u]), int(P[w + 2u]), int(P[w + 3u]), int(P[w + 4u]), R[P[w + 6u]],
			    R[P[w + 7u]], R[P[w + 8u]]);
		}
	}
}

// The coordinates of element i of an index space: rank dims at word w.
void prog_coords(uint i, uint w, int rank)
{
	uint rem = i;
	for (int d = rank - 1; d >= 0; d--) {
		uint dim = P[w + uint(d)];
		c[d] = int(rem % dim);
		rem /= dim;
	}
}
