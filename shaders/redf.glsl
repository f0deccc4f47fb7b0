// A specialized reduction: its input a specialized program (fprog.glsl),
// its body one of sum, max, min (f32, i32, u32), and, or (i1), or the
// argmax pair (f32 value, i32 index: the first maximum, a NaN wins),
// computed as the interpreter's body computes them.  WGM 0: one
// invocation a result element, the elements in row-major order of the
// reduced dims after the init value.  WGM 1: a workgroup a result
// element, thread k combining the L elements [k L, k L + L) in order,
// then the threads' results combined pairwise, neighbours first, and
// last the init value with the total: the sequential result for these
// bodies but for the rounding of sums, the same bytes run to run.
//
// Parameters at P[pc.p]: the operand's rank and dims (9 words), 3 words
// unused, the loads (66 words), then at +78: nk, nr, L, a word unused;
// (size, dim) of the kept dims (16 words) and of the reduced (16); the
// init values and the results as (buffer, address): value then index.
#include "fprog.glsl"

layout(constant_id = 81) const int RET2 = 0;
layout(constant_id = 82) const int BT = 0;

#define B_ARGMAX 200

shared uint SV[256];
shared uint SI[256];

void comb(inout uint av, inout uint ai, uint bv, uint bi)
{
	if (BODY == B_ARGMAX) {
		float x = f(av), y = f(bv);
		bool c3 = x > y || isnan(x);
		bool c7 = c3 || (x == y && int(ai) < int(bi));
		ai = c7 ? ai : bi;
		av = c3 ? av : bv;
		return;
	}
	av = sop(BODY, BT, BT, av, bv, 0u);
}

void main()
{
	uint q = pc.p, W = gl_WorkGroupSize.x, rp = q + 78u;
	uint nk = P[rp], nr = P[rp + 1u], L = P[rp + 2u];
	uint kd = rp + 4u, rd = rp + 20u, ini = rp + 36u, outp = rp + 40u;
	uint o, k = 0u;
	bool live = true;
	if (WGM != 0) {
		o = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x;
		k = gl_LocalInvocationID.x;
		if (o >= pc.n / W)
			return;	// the whole group: before any barrier
	} else {
		live = gid() < pc.n;
		o = min(gid(), pc.n - 1u);
	}
	uint rsize = 1u;
	for (uint d = 0u; d < nr; d++)
		rsize *= P[rd + d * 2u];
	int kc[8];
	uint rem = o;
	for (int d = int(nk) - 1; d >= 0; d--) {
		uint w = kd + uint(d) * 2u;
		kc[d] = int(rem % P[w]);
		rem /= P[w];
	}
	uint t0 = 0u, t1 = rsize;
	if (WGM != 0) {
		t0 = min(rsize, k * L);
		t1 = min(rsize, t0 + L);
	}
	uint av = 0u, ai = 0u;
	bool have = WGM == 0;
	if (WGM == 0) {
		av = uint(ld(P[ini], P[ini + 1u], 0u, BT));
		if (BODY == B_ARGMAX)
			ai = uint(ld(P[ini + 2u], P[ini + 3u], 0u, T_I32));
	}
	for (int d = 0; d < 8; d++)
		cc[d] = 0;
	for (uint t = t0; t < t1; t++) {
		for (uint d = 0u; d < nk; d++)
			cc[P[kd + d * 2u + 1u]] = kc[d];
		uint r2 = t;
		for (int d = int(nr) - 1; d >= 0; d--) {
			uint w = rd + uint(d) * 2u;
			cc[P[w + 1u]] = int(r2 % P[w]);
			r2 /= P[w];
		}
		uint v = fprog(q), ix = BODY == B_ARGMAX ? V[RET2] : 0u;
		if (!have) {
			av = v;
			ai = ix;
			have = true;
		} else {
			comb(av, ai, v, ix);
		}
	}
	if (WGM != 0) {
		SV[k] = av;
		SI[k] = ai;
		uint nth = min(W, (rsize + L - 1u) / L);
		for (uint s = 1u; s < W; s *= 2u) {
			barrier();
			if (k % (2u * s) == 0u && k + s < nth) {
				uint a = SV[k], b = SI[k];
				comb(a, b, SV[k + s], SI[k + s]);
				SV[k] = a;
				SI[k] = b;
			}
		}
		barrier();
		if (k != 0u)
			return;
		av = uint(ld(P[ini], P[ini + 1u], 0u, BT));
		if (BODY == B_ARGMAX)
			ai = uint(ld(P[ini + 2u], P[ini + 3u], 0u, T_I32));
		if (nth > 0u)
			comb(av, ai, SV[0], SI[0]);
	}
	if (live) {
		st(P[outp], P[outp + 1u], o, BT, uint64_t(av));
		if (BODY == B_ARGMAX)
			st(P[outp + 2u], P[outp + 3u], o, T_I32, uint64_t(ai));
	}
}
