// reduce: m operands (1 to 4) combined by a body, both programs
// (prog.glsl).  The input program leaves element e of each operand in
// registers m..2m-1 from its coordinates; the body combines registers
// 0..m-1 (the accumulators) with them and names the registers of the
// new accumulators.
//
// pc.a 0, sequential: one invocation a result element, the init values
// then every element in row-major order of the reduced dims, as the
// reference interpreter goes.
// pc.a 1, a workgroup a (result element, chunk): thread k combines the
// L elements [k L, k L + L) of the chunk in order, then the threads'
// accumulators are combined pairwise, neighbours first (1+2, 3+4, then
// (1+2)+(3+4)...): the order is fixed for a workgroup size, and a body
// that is associative (sums but for rounding, max, min, argmax) gives
// the sequential result.  One chunk (C 1): the init values and the total
// combined into the result; else the chunk's total into a partial
// result (element o * C + chunk), reduced by a second dispatch.
//
// Parameters at P[pc.p]: m, the operands' rank, nk kept dims, nr
// reduced dims, the instruction counts of the input program and of the
// body; the operands' dims (8); (size, dim) of each kept then reduced
// dim (16 each); the body's result registers (4); (buffer, address,
// type) of each init value, then of each result (12 each); L, C; two
// unused words; the input program, then the body.
#include "common.glsl"
#include "prog.glsl"

shared uint64_t S[4][256];

void main()
{
	uint q = pc.p;
	uint m = P[q], nk = P[q + 2u], nr = P[q + 3u], ni = P[q + 4u], nb = P[q + 5u];
	int rank = int(P[q + 1u]);
	uint kd = q + 14u, rd = q + 30u, ret = q + 46u, ini = q + 50u, outp = q + 62u;
	uint L = P[q + 74u], C = P[q + 75u];
	uint prog = q + 78u, body = prog + ni * uint(BC_WORDS);
	uint rsize = 1u;
	for (uint d = 0u; d < nr; d++)
		rsize *= P[rd + d * 2u];
	bool wgm = pc.a != 0u;
	uint W = gl_WorkGroupSize.x;
	uint o, k = 0u, chunk = 0u;
	bool live = true;
	if (wgm) {
		uint g = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x;
		k = gl_LocalInvocationID.x;
		o = g / C;
		chunk = g % C;
		if (g >= pc.n / W)
			return;	// no barrier yet: the whole group leaves
	} else {
		// no early return: with a barrier anywhere in the shader, llvmpipe
		// loses the workgroup whose invocations leave before it
		live = gid() < pc.n;
		o = min(gid(), pc.n - 1u);
		L = rsize;
	}
	// the kept coordinates of result o
	int kc[8];
	uint rem = o;
	for (int d = int(nk) - 1; d >= 0; d--) {
		uint w = kd + uint(d) * 2u;
		kc[d] = int(rem % P[w]);
		rem /= P[w];
	}
	uint t0 = 0u, t1 = rsize, nth = 0u, ntree = 0u;
	if (wgm) {
		uint base = chunk * W * L;
		t0 = min(rsize, base + k * L);
		t1 = min(rsize, t0 + L);
		nth = rsize > base ? min(W, (rsize - base + L - 1u) / L) : 0u;	// a prefix of the threads
		for (uint s = 1u; s < W; s *= 2u)
			ntree++;
	} else {
		for (uint j = 0u; j < m; j++)
			R[j] = ld(P[ini + 3u * j], P[ini + 3u * j + 1u], 0u, int(P[ini + 3u * j + 2u]));
	}
	// Every step runs one program, so that the shader calls prog_run
	// (and so eval) once: element e's input and its combination (the
	// body follows the input program), then in a workgroup the tree's
	// levels and the last combination with the init values.  A
	// workgroup's threads take the same steps, the barriers of the tree
	// in uniform control flow.
	uint nsteps = L + (wgm ? ntree + 1u : 0u);
	for (uint stp = 0u; stp < nsteps; stp++) {
		uint at = body, n = nb;
		int rk = 0;
		uint lvl = 0u;
		bool elem = stp < L, valid = true;
		if (elem) {
			uint t = t0 + stp;
			valid = t < t1;
			// the element's coordinates: kept from o, reduced from t
			for (uint d = 0u; d < nk; d++)
				c[P[kd + d * 2u + 1u]] = kc[d];
			uint r2 = valid ? t : 0u;
			for (int d = int(nr) - 1; d >= 0; d--) {
				uint w = rd + uint(d) * 2u;
				c[P[w + 1u]] = int(r2 % P[w]);
				r2 /= P[w];
			}
			at = prog;
			rk = rank;
			// a thread's first element is its accumulator
			n = wgm && stp == 0u ? ni : ni + nb;
		} else {
			lvl = stp - L;
			barrier();
			if (lvl < ntree) {
				uint s = 1u << lvl, k2 = min(k + s, W - 1u);
				for (uint j = 0u; j < m; j++) {
					R[j] = S[j][k];
					R[m + j] = S[j][k2];
				}
			} else {
				for (uint j = 0u; j < m; j++) {
					R[j] = ld(P[ini + 3u * j], P[ini + 3u * j + 1u], 0u, int(P[ini + 3u * j + 2u]));
					R[m + j] = S[j][0];
				}
				if (C > 1u || nth == 0u)
					n = 0u;
			}
		}
		prog_run(at, n, rk);
		if (elem) {
			if (valid) {
				uint64_t nv[4];
				for (uint j = 0u; j < m; j++)
					nv[j] = n == ni ? R[m + j] : R[P[ret + j]];
				for (uint j = 0u; j < m; j++)
					R[j] = nv[j];
			}
			if (wgm && stp == L - 1u)
				for (uint j = 0u; j < m; j++)
					S[j][k] = R[j];
		} else if (lvl < ntree) {
			uint s = 1u << lvl;
			if (k % (2u * s) == 0u && k + s < nth)
				for (uint j = 0u; j < m; j++)
					S[j][k] = R[P[ret + j]];
		} else {
			if (k != 0u)
				return;
			for (uint j = 0u; j < m; j++) {
				uint64_t v = C > 1u ? S[j][0] : n == 0u ? R[j] : R[P[ret + j]];
				st(P[outp + 3u * j], P[outp + 3u * j + 1u], C > 1u ? o * C + chunk : o,
				    int(P[outp + 3u * j + 2u]), v);
			}
			return;
		}
	}
	for (uint j = 0u; j < m && live; j++)
		st(P[outp + 3u * j], P[outp + 3u * j + 1u], o, int(P[outp + 3u * j + 2u]), R[j]);
}
