// Specialized programs: a fused expression of f32, i32, u32 and i1
// values whose instructions are specialization constants, so each
// program is its own pipeline of straight-line code (llvmpipe runs every
// path of a shader: the bytecode of prog.glsl pays for every op at every
// instruction; this pays for its own).  Values are 32-bit words.
//
// Sources (SA.., TS..) name a value: 0..5 the loads, 6..9 the immediates,
// 10..15 the slots' results (six slots: each is inlined, and the time to
// make a pipeline grows with them), 20 the transcendental's.
//   loads   LDT[k]: the stored type (f32, bf16, f16, i32, u32, i1; bf16
//           and f16 widen to f32), or 100 + t: the index as a value of
//           type t (iota); addresses and strides are parameters
//   slots   OP, TA (the operands' type), TR, SA, SB, SC: arithmetic,
//           comparisons, selection, conversion, bit ops, in order
//   T       at most one transcendental op (TOP) of f32 operands (TS0,
//           TS1), computed in f64 by math64.glsl, run before slot TPOS
// The slot ops compute what the interpreter does: f32 add, subtract and
// multiply in f32 (exact in IEEE f32 as in the f64 the interpreter rounds
// from), divide and sqrt in f64 rounded once.
#define FPROG
#include "common.glsl"

layout(constant_id = 1) const int NS = 0;
layout(constant_id = 2) const int NLD = 0;
layout(constant_id = 3) const int TPOS = -1;
layout(constant_id = 4) const int TOP = 0;
layout(constant_id = 5) const int TS0 = 0;
layout(constant_id = 6) const int TS1 = 0;
layout(constant_id = 7) const int LDT0 = 0;
layout(constant_id = 8) const int LDT1 = 0;
layout(constant_id = 9) const int LDT2 = 0;
layout(constant_id = 10) const int LDT3 = 0;
layout(constant_id = 11) const int LDT4 = 0;
layout(constant_id = 12) const int LDT5 = 0;
layout(constant_id = 13) const int IMM0 = 0;
layout(constant_id = 14) const int IMM1 = 0;
layout(constant_id = 15) const int IMM2 = 0;
layout(constant_id = 16) const int IMM3 = 0;
layout(constant_id = 17) const int OUTT = 0;
layout(constant_id = 18) const int RET = 0;
#define SLOTC(k, o) layout(constant_id = 19 + 6 * k + o)
SLOTC(0, 0) const int OP0 = 0; SLOTC(0, 1) const int TA0 = 0; SLOTC(0, 2) const int TR0 = 0;
SLOTC(0, 3) const int SA0 = 0; SLOTC(0, 4) const int SB0 = 0; SLOTC(0, 5) const int SC0 = 0;
SLOTC(1, 0) const int OP1 = 0; SLOTC(1, 1) const int TA1 = 0; SLOTC(1, 2) const int TR1 = 0;
SLOTC(1, 3) const int SA1 = 0; SLOTC(1, 4) const int SB1 = 0; SLOTC(1, 5) const int SC1 = 0;
SLOTC(2, 0) const int OP2 = 0; SLOTC(2, 1) const int TA2 = 0; SLOTC(2, 2) const int TR2 = 0;
SLOTC(2, 3) const int SA2 = 0; SLOTC(2, 4) const int SB2 = 0; SLOTC(2, 5) const int SC2 = 0;
SLOTC(3, 0) const int OP3 = 0; SLOTC(3, 1) const int TA3 = 0; SLOTC(3, 2) const int TR3 = 0;
SLOTC(3, 3) const int SA3 = 0; SLOTC(3, 4) const int SB3 = 0; SLOTC(3, 5) const int SC3 = 0;
SLOTC(4, 0) const int OP4 = 0; SLOTC(4, 1) const int TA4 = 0; SLOTC(4, 2) const int TR4 = 0;
SLOTC(4, 3) const int SA4 = 0; SLOTC(4, 4) const int SB4 = 0; SLOTC(4, 5) const int SC4 = 0;
SLOTC(5, 0) const int OP5 = 0; SLOTC(5, 1) const int TA5 = 0; SLOTC(5, 2) const int TR5 = 0;
SLOTC(5, 3) const int SA5 = 0; SLOTC(5, 4) const int SB5 = 0; SLOTC(5, 5) const int SC5 = 0;
SLOTC(6, 0) const int OP6 = 0; SLOTC(6, 1) const int TA6 = 0; SLOTC(6, 2) const int TR6 = 0;
SLOTC(6, 3) const int SA6 = 0; SLOTC(6, 4) const int SB6 = 0; SLOTC(6, 5) const int SC6 = 0;
SLOTC(7, 0) const int OP7 = 0; SLOTC(7, 1) const int TA7 = 0; SLOTC(7, 2) const int TR7 = 0;
SLOTC(7, 3) const int SA7 = 0; SLOTC(7, 4) const int SB7 = 0; SLOTC(7, 5) const int SC7 = 0;
SLOTC(8, 0) const int OP8 = 0; SLOTC(8, 1) const int TA8 = 0; SLOTC(8, 2) const int TR8 = 0;
SLOTC(8, 3) const int SA8 = 0; SLOTC(8, 4) const int SB8 = 0; SLOTC(8, 5) const int SC8 = 0;
SLOTC(9, 0) const int OP9 = 0; SLOTC(9, 1) const int TA9 = 0; SLOTC(9, 2) const int TR9 = 0;
SLOTC(9, 3) const int SA9 = 0; SLOTC(9, 4) const int SB9 = 0; SLOTC(9, 5) const int SC9 = 0;
// 79: the reductions' body (redf.glsl), 80: their mode
layout(constant_id = 79) const int BODY = 0;
layout(constant_id = 80) const int WGM = 0;

uint V[21];
int cc[8];

float f(uint v) { return uintBitsToFloat(v); }
uint fb(float v) { return floatBitsToUint(v); }

// a NaN as the host's f32 ops make it: quiet, the first NaN operand's
uint fnan(uint a, uint b)
{
	return isnan(f(a)) ? a | 0x400000u : isnan(f(b)) ? b | 0x400000u : 0xffc00000u;
}

uint f_of_d(double d)
{
	return fb(float(d));	// rounded to nearest (the host's rounding, NaNs kept)
}

// the interpreter's f32 -> integer convert: toward zero, saturating,
// NaN to 0
uint f2i(float x, int tr)
{
	if (isnan(x))
		return 0u;
	float t = trunc(x);
	if (tr == T_U32)
		return t <= 0.0 ? 0u : t >= 4294967296.0 ? 0xffffffffu : uint(t);
	return t <= -2147483648.0 ? 0x80000000u : t >= 2147483648.0 ? 0x7fffffffu : uint(int(t));
}

// One slot: op of type ta operands a, b, c (select: a the predicate),
// the result of type tr.
uint sop(int op, int ta, int tr, uint a, uint b, uint c)
{
	bool fl = ta == T_F32, uns = ta == T_U32 || ta == T_BOOL;
	float x = f(a), y = f(b);
	if (op == E_SELECT)
		return (a & 1u) != 0u ? b : c;
	if (op == E_CONVERT) {
		if (tr == T_F32)
			return fl ? (isnan(x) ? a | 0x400000u : a) : ta == T_I32 ? f_of_d(double(int(a))) : f_of_d(double(a));
		if (tr == T_BOOL)
			return (fl ? x != 0.0 : a != 0u) ? 1u : 0u;
		if (fl)
			return f2i(x, tr);
		return a;	// i32, u32, i1 among themselves: the same bits
	}
	if (op >= E_CMP && op < E_CMP + 32) {
		int dir = (op - E_CMP) % 8, kind = (op - E_CMP) / 8;
		bool lt, eq, un = false;
		if (fl && kind == 1) {
			uint p = (a & 0x80000000u) != 0u ? ~a : a | 0x80000000u;
			uint q = (b & 0x80000000u) != 0u ? ~b : b | 0x80000000u;
			lt = p < q;
			eq = p == q;
		} else if (fl) {
			un = isnan(x) || isnan(y);
			lt = x < y;
			eq = x == y;
		} else if (uns) {
			lt = a < b;
			eq = a == b;
		} else {
			lt = int(a) < int(b);
			eq = a == b;
		}
		bool v = dir == 0 ? eq : dir == 1 ? !eq : dir == 2 ? lt : dir == 3 ? lt || eq :
		    dir == 4 ? !lt && !eq && !un : !lt && !un;
		return v ? 1u : 0u;
	}
	if (fl) {
		precise float r;
		switch (op) {
		case E_ADD: r = x + y; break;
		case E_SUB: r = x - y; break;
		case E_MUL: r = x * y; break;
		case E_DIV: return f_of_d(double(x) / double(y));
		case E_SQRT: return f_of_d(sqrt(double(x)));
		case E_RSQRT: { precise double s = sqrt(double(x)); return f_of_d(1.0LF / s); }
		case E_NEG: return a ^ 0x80000000u;
		case E_ABS: return a & 0x7fffffffu;
		case E_MAX: return isnan(x) ? a : isnan(y) ? b : (x > y || (x == y && (a >> 31) == 0u)) ? a : b;
		case E_MIN: return isnan(x) ? a : isnan(y) ? b : (x < y || (x == y && (a >> 31) != 0u)) ? a : b;
		case E_FLOOR: return fb(floor(x));
		case E_CEIL: return fb(ceil(x));
		case E_ROUND_EVEN: return fb(roundEven(x));
		case E_ROUND_AFZ: return isnan(x) || isinf(x) ? a : fb(abs(x - trunc(x)) >= 0.5 ? trunc(x) + sign(x) : trunc(x));
		case E_SIGN: return isnan(x) ? a : fb(x > 0.0 ? 1.0 : x < 0.0 ? -1.0 : x);
		case E_IS_FINITE: return isnan(x) || isinf(x) ? 0u : 1u;
		case E_CLAMP: {
			// clamp(min a, x b, max c)
			float z = f(c);
			if (isnan(x) || isnan(y) || isnan(z))
				return 0x7fc00000u;
			float v = y < x ? x : y;
			return fb(v > z ? z : v);
		}
		default: return 0u;
		}
		return isnan(r) ? fnan(a, b) : fb(r);
	}
	// i32, u32, i1
	int ia = int(a), ib = int(b);
	if (ta == T_BOOL && op == E_ADD)
		return a | b;
	if (ta == T_BOOL && op == E_MUL)
		return a & b;
	switch (op) {
	case E_ADD: return a + b;
	case E_SUB: return a - b;
	case E_MUL: return a * b;
	case E_DIV:
		if (b == 0u)
			return 0xffffffffu;
		if (!uns && ib == -1)
			return 0u - a;
		return uns ? a / b : uint(ia / ib);
	case E_REM:
		if (b == 0u)
			return a;
		if (!uns && ib == -1)
			return 0u;
		return uns ? a % b : uint(ia - (ia / ib) * ib);
	case E_MAX: return uns ? max(a, b) : uint(max(ia, ib));
	case E_MIN: return uns ? min(a, b) : uint(min(ia, ib));
	case E_AND: return a & b;
	case E_OR: return a | b;
	case E_XOR: return a ^ b;
	case E_NOT: return ta == T_BOOL ? a ^ 1u : ~a;
	case E_NEG: return 0u - a;
	case E_ABS: return ia < 0 ? 0u - a : a;
	case E_SIGN: return uns ? (a != 0u ? 1u : 0u) : uint(ia > 0 ? 1 : ia < 0 ? -1 : 0);
	case E_SHL: return b >= 32u ? 0u : a << b;
	case E_SHRL: return b >= 32u ? 0u : a >> b;
	case E_SHRA:	/* of an unsigned type: the interpreter's, a logical shift */
		if (uns)
			return b >= 32u ? 0u : a >> b;
		return b >= 32u ? (ia < 0 ? 0xffffffffu : 0u) : uint(ia >> ib);
	case E_POPCNT: return uint(bitCount(a));
	case E_CLZ: return a == 0u ? 32u : uint(31 - findMSB(a));
	case E_CLAMP: {
		int ic = int(c);
		if (uns)
			return min(max(b, a), c);
		return uint(min(max(ib, ia), ic));
	}
	}
	return 0u;
}

// the parameters of the loads: (buffer, byte address, base, 8 strides)
// from word q + 12 on, 11 words a load
uint fld(uint q, int k, int lt)
{
	uint w = q + 12u + uint(k) * 11u;
	int at = int(P[w + 2u]);
	[[unroll]] for (int d = 0; d < 8; d++)
		at += cc[d] * int(P[w + 3u + uint(d)]);
	if (lt >= 100)
		return lt - 100 == T_F32 ? fb(float(at)) : uint(at);
	uint v = uint(ld(P[w], P[w + 1u], uint(at), lt));
	return lt == T_BF16 || lt == T_F16 ? f32_of(uint64_t(v), lt) : v;
}

uint tval()
{
	double r = m_op(TOP, double(f(V[TS0])), double(f(V[TS1])));
	return f_of_d(r);
}

#define SLOT(k) if (NS > k) { if (TPOS == k) V[20] = tval(); V[10 + k] = sop(OP##k, TA##k, TR##k, V[SA##k], V[SB##k], V[SC##k]); }

// The program's value at coordinates cc (the loads' parameters from q).
uint fprog(uint q)
{
	if (NLD > 0) V[0] = fld(q, 0, LDT0);
	if (NLD > 1) V[1] = fld(q, 1, LDT1);
	if (NLD > 2) V[2] = fld(q, 2, LDT2);
	if (NLD > 3) V[3] = fld(q, 3, LDT3);
	if (NLD > 4) V[4] = fld(q, 4, LDT4);
	if (NLD > 5) V[5] = fld(q, 5, LDT5);
	V[6] = uint(IMM0);
	V[7] = uint(IMM1);
	V[8] = uint(IMM2);
	V[9] = uint(IMM3);
	SLOT(0) SLOT(1) SLOT(2) SLOT(3) SLOT(4) SLOT(5)
	if (TPOS >= NS && TPOS >= 0)
		V[20] = tval();
	return V[RET];
}

// the coordinates of element i over rank dims at word w
void fcoords(uint i, uint w, int rank)
{
	uint rem = i;
	[[unroll]] for (int d = 7; d >= 0; d--) {
		if (d < rank) {
			uint dim = P[w + uint(d)];
			cc[d] = int(rem % dim);
			rem /= dim;
		} else {
			cc[d] = 0;
		}
	}
}
