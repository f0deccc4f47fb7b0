// The parts every kernel shares: bindings, element loads and stores of
// any type (buffers are words; 1- and 2-byte elements are packed and
// written with atomics so that neighbours in other invocations survive),
// the conversions between the element types and f64 (rounded once, NaN
// payloads kept as the host's C conversions keep them), and the scalar
// function of every elementwise op: what the reference interpreter
// computes, an f64 value rounded once to the result type.
#extension GL_ARB_gpu_shader_int64 : require
#extension GL_EXT_control_flow_attributes : enable

#include "vk_kinds.h"

layout(local_size_x_id = 0) in;
#ifndef FPROG	// fprog.glsl names its own
layout(constant_id = 1) const int OP = 0;
layout(constant_id = 2) const int TA = 0;
layout(constant_id = 3) const int TR = 0;
layout(constant_id = 4) const int TB = 0;
layout(constant_id = 5) const int AUX = 0;
layout(constant_id = 6) const int S0 = 0;	// the stored types of operands 0, 1, 2
layout(constant_id = 7) const int S1 = 0;	// when they differ from the op's (0:
layout(constant_id = 8) const int S2 = 0;	// the same)
#endif

layout(std430, set = 0, binding = 0) readonly buffer Params { uint P[]; };
layout(std430, set = 0, binding = 1) buffer Data { uint d[]; } B[8];

layout(push_constant) uniform Push { uint p; uint n; uint a; uint b; } pc;

// the invocation's index over a grid of up to 65535 x N groups
uint gid()
{
	return gl_GlobalInvocationID.x + gl_GlobalInvocationID.y * gl_NumWorkGroups.x * gl_WorkGroupSize.x;
}

int esize(int t)
{
	return t == T_I64 || t == T_U64 || t == T_F64 ? 8 : t == T_I32 || t == T_U32 || t == T_F32 ? 4 :
	    t == T_I16 || t == T_U16 || t == T_F16 || t == T_BF16 ? 2 : 1;
}

bool is_float(int t) { return t >= T_F16; }
bool is_uns(int t) { return t == T_BOOL || (t >= T_U8 && t <= T_U64); }

// raw bits of element i of type t at byte address a of buffer k
uint64_t ld(uint k, uint a, uint i, int t)
{
	int es = esize(t);
	uint byte = a + i * uint(es);
	if (es == 8)
		return packUint2x32(uvec2(B[k].d[byte >> 2], B[k].d[(byte >> 2) + 1]));
	uint w = B[k].d[byte >> 2];
	if (es == 4)
		return uint64_t(w);
	uint sh = (byte & 3u) * 8u;
	return uint64_t(es == 2 ? (w >> sh) & 0xffffu : (w >> sh) & 0xffu);
}

void st(uint k, uint a, uint i, int t, uint64_t v)
{
	int es = esize(t);
	uint byte = a + i * uint(es);
	if (es == 8) {
		uvec2 u = unpackUint2x32(v);
		B[k].d[byte >> 2] = u.x;
		B[k].d[(byte >> 2) + 1] = u.y;
	} else if (es == 4) {
		B[k].d[byte >> 2] = uint(v);
	} else {
		uint sh = (byte & 3u) * 8u, m = (es == 2 ? 0xffffu : 0xffu) << sh;
		atomicAnd(B[k].d[byte >> 2], ~m);
		atomicOr(B[k].d[byte >> 2], (uint(v) << sh) & m);
	}
}

// f32 bits to f64, exactly (subnormals included, whatever the device
// does with f32 subnormals); a NaN comes back quiet, payload kept
uint64_t f32_f64(uint b)
{
	uint64_t s = uint64_t(b >> 31) << 63;
	uint e = (b >> 23) & 0xffu, m = b & 0x7fffffu;
	if (e == 255u)
		return s | (uint64_t(0x7ffu) << 52) | (uint64_t(m | (m != 0u ? 0x400000u : 0u)) << 29);
	if (e == 0u) {
		if (m == 0u)
			return s;
		int p = findMSB(m);	// the value is m * 2^-149
		uint64_t mm = (uint64_t(m) << (52 - p)) & 0xfffffffffffffUL;
		return s | (uint64_t(p - 149 + 1023) << 52) | mm;
	}
	return s | (uint64_t(e - 127u + 1023u) << 52) | (uint64_t(m) << 29);
}

uint f16_f32(uint h)
{
	uint s = (h & 0x8000u) << 16, e = (h >> 10) & 0x1fu, m = h & 0x3ffu;
	if (e == 31u)
		return s | 0x7f800000u | (m << 13);
	if (e == 0u) {
		if (m == 0u)
			return s;
		int p = findMSB(m);	// m * 2^-24
		return s | (uint(p - 24 + 127) << 23) | ((m << (23 - p)) & 0x7fffffu);
	}
	return s | ((e + 112u) << 23) | (m << 13);
}

// the f32 bits of a float element of type t that widens to f32 exactly
// (f16, bf16, f32)
uint f32_of(uint64_t v, int t)
{
	return t == T_F32 ? uint(v) : t == T_BF16 ? uint(v) << 16 : f16_f32(uint(v));
}

// f64 bits rounded to nearest even into a float of eb exponent and mb
// mantissa bits (no NaN here)
uint round_bits(uint64_t x, int eb, int mb)
{
	uint s = uint(x >> 63) << (eb + mb);
	int e = int((x >> 52) & 0x7ffUL);
	uint64_t m = x & 0xfffffffffffffUL;
	uint inf = ((1u << eb) - 1u) << mb;
	if (e == 0x7ff)
		return s | inf;
	if (e == 0)
		return s;	// f64 subnormals are far below any narrower float's
	int bias = (1 << (eb - 1)) - 1;
	int te = e - 1023 + bias;
	uint64_t mant = m | (uint64_t(1) << 52);
	int shift = 52 - mb + (te >= 1 ? 0 : 1 - te);
	if (shift > 54)
		return s;
	uint64_t q = mant >> shift, rem = mant & ((uint64_t(1) << shift) - 1UL), hf = uint64_t(1) << (shift - 1);
	if (rem > hf || (rem == hf && (q & 1UL) != 0UL))
		q++;
	uint64_t bits = (uint64_t(max(te, 1) - 1) << mb) + q;
	if (bits >= uint64_t(inf))
		return s | inf;
	return s | uint(bits);
}

// a float element's bits as f64
double to_f(uint64_t v, int t)
{
	if (t == T_F64)
		return uint64BitsToDouble(v);
	uint b = t == T_F32 ? uint(v) : t == T_BF16 ? uint(v) << 16 : f16_f32(uint(v));
	return uint64BitsToDouble(f32_f64(b));
}

// f64 rounded once to float type t, as bits; NaNs as the host narrows them
uint64_t from_f(double x, int t)
{
	uint64_t v = doubleBitsToUint64(x);
	if (t == T_F64)
		return v;
	if ((v & 0x7fffffffffffffffUL) > 0x7ff0000000000000UL) {
		uint f = (uint(v >> 63) << 31) | 0x7fc00000u | uint((v >> 29) & 0x7fffffUL);
		if (t == T_F32)
			return uint64_t(f);
		if (t == T_BF16)
			return uint64_t((f >> 16) | 0x40u);
		return uint64_t(((f >> 16) & 0x8000u) | 0x7e00u | ((f >> 13) & 0x3ffu));
	}
	if (t == T_F32)
		return uint64_t(round_bits(v, 8, 23));
	if (t == T_BF16)
		return uint64_t(round_bits(v, 8, 7));
	return uint64_t(round_bits(v, 5, 10));
}

int bits_of(int t)
{
	return t == T_BOOL ? 1 : esize(t) * 8;
}

// an integer element's bits as int64 (sign- or zero-extended)
int64_t to_i(uint64_t v, int t)
{
	int b = bits_of(t);
	if (b == 64)
		return int64_t(v);
	uint64_t m = (uint64_t(1) << b) - 1UL;
	v &= m;
	if (!is_uns(t) && ((v >> (b - 1)) & 1UL) != 0UL)
		v |= ~m;
	return int64_t(v);
}

uint64_t from_i(int64_t x, int t)
{
	if (t == T_BOOL)
		return uint64_t(x) & 1UL;
	int b = bits_of(t);
	return b == 64 ? uint64_t(x) : uint64_t(x) & ((uint64_t(1) << b) - 1UL);
}

// bits of stored type s widened to type t (s 0: already t)
uint64_t widen(uint64_t v, int s, int t)
{
	return s == 0 || s == t ? v : from_f(to_f(v, s), t);
}

#include "math64.glsl"

int64_t binary_i(int op, int t, int64_t a, int64_t b)
{
	bool uns = is_uns(t);
	int bits = bits_of(t);
	uint64_t ua = uint64_t(a), ub = uint64_t(b);
	if (t == T_BOOL && op == E_ADD)
		return a | b;
	if (t == T_BOOL && op == E_MUL)
		return a & b;
	switch (op) {
	case E_ADD: return int64_t(ua + ub);
	case E_SUB: return int64_t(ua - ub);
	case E_MUL: return int64_t(ua * ub);
	case E_DIV:
		if (b == 0L)
			return -1L;
		if (!uns && b == -1L)
			return int64_t(0UL - ua);	/* wraps at the type's minimum */
		return uns ? int64_t(ua / ub) : a / b;
	case E_REM:
		if (b == 0L)
			return a;
		if (!uns && b == -1L)
			return 0L;
		return uns ? int64_t(ua % ub) : a - (a / b) * b;
	case E_MAX: return uns ? (ua > ub ? a : b) : (a > b ? a : b);
	case E_MIN: return uns ? (ua < ub ? a : b) : (a < b ? a : b);
	case E_AND: return a & b;
	case E_OR: return a | b;
	case E_XOR: return a ^ b;
	case E_SHL: return ub >= uint64_t(bits) ? 0L : int64_t(ua << ub);
	case E_SHRL: {
		uint64_t m = bits < 64 ? ua & ((uint64_t(1) << bits) - 1UL) : ua;
		return ub >= uint64_t(bits) ? 0L : int64_t(m >> ub);
	}
	case E_SHRA: return ub >= uint64_t(bits) ? (a < 0L ? -1L : 0L) : a >> ub;
#if EV_ALL
	case E_POW:
		if (b < 0L && !uns)
			return a == 1L ? 1L : a == -1L ? ((b & 1L) != 0L ? -1L : 1L) : 0L;
		{
			uint64_t res = 1UL, base = ua, e = ub;
			while (e != 0UL) {
				if ((e & 1UL) != 0UL)
					res *= base;
				base *= base;
				e >>= 1;
			}
			return int64_t(res);
		}
#endif
	}
	return 0L;
}

int64_t unary_i(int op, int t, int64_t v)
{
	int bits = bits_of(t);
	uint64_t u = uint64_t(v), m = bits < 64 ? u & ((uint64_t(1) << bits) - 1UL) : u;
	switch (op) {
	case E_NEG: return int64_t(0UL - u);
	case E_ABS: return v < 0L ? int64_t(0UL - u) : v;
	case E_NOT: return t == T_BOOL ? (v != 0L ? 0L : 1L) : ~v;
	case E_SIGN: return is_uns(t) ? (v != 0L ? 1L : 0L) : (v > 0L ? 1L : v < 0L ? -1L : 0L);
	case E_POPCNT: {
		uvec2 w = unpackUint2x32(m);
		return int64_t(bitCount(w.x) + bitCount(w.y));
	}
	case E_CLZ: {
		if (m == 0UL)
			return int64_t(bits);
		uvec2 w = unpackUint2x32(m);
		int msb = w.y != 0u ? 32 + findMSB(w.y) : findMSB(w.x);
		return int64_t(bits - 1 - msb);
	}
	}
	return 0L;
}

// total order keys of float bits of type t
uint64_t total_key(uint64_t v, int t)
{
	int b = esize(t) * 8;
	uint64_t top = uint64_t(1) << (b - 1), mask = b == 64 ? ~0UL : (uint64_t(1) << b) - 1UL;
	return (v & top) != 0UL ? ~v & mask : v | top;
}

// The scalar op of the programs: a, b, c raw bits of type ta (select:
// a the predicate, b and c of type tb), the result's raw bits of type
// tr.  Every float op is its f64 value rounded once to tr.
uint64_t eval(int op, int ta, int tr, int tb, uint64_t a, uint64_t b, uint64_t c)
{
	if (op == E_COPY)
		return a;
	if (op == E_SELECT)
		return (a & 1UL) != 0UL ? b : c;
	// f32 ops the Vulkan spec rounds correctly (add, subtract, multiply),
	// and the exact ones, in f32: the interpreter's bytes, cheaper
	if (ta == T_F32 && (tr == T_F32 || (op >= E_CMP && op < E_CMP + 8)) &&
	    (op == E_ADD || op == E_SUB || op == E_MUL || op == E_NEG || op == E_ABS || op == E_MAX ||
	    op == E_MIN || (op >= E_CMP && op < E_CMP + 8))) {
		float x = uintBitsToFloat(uint(a)), y = uintBitsToFloat(uint(b));
		precise float r = 0.0;
		switch (op) {
		case E_ADD: r = x + y; break;
		case E_SUB: r = x - y; break;
		case E_MUL: r = x * y; break;
		case E_NEG: return uint64_t(uint(a) ^ 0x80000000u);
		case E_ABS: return uint64_t(uint(a) & 0x7fffffffu);
		case E_MAX: return isnan(x) ? a : isnan(y) ? b : (x > y || (x == y && (uint(a) >> 31) == 0u)) ? a : b;
		case E_MIN: return isnan(x) ? a : isnan(y) ? b : (x < y || (x == y && (uint(a) >> 31) != 0u)) ? a : b;
		default: {
			int dir = op - E_CMP;
			bool un = isnan(x) || isnan(y), lt = x < y, eq = x == y;
			bool v = dir == 0 ? eq : dir == 1 ? !eq : dir == 2 ? lt : dir == 3 ? lt || eq :
			    dir == 4 ? !lt && !eq && !un : !lt && !un;
			return v ? 1UL : 0UL;
		}
		}
		// a NaN as the host makes it: quiet, the payload of the first NaN operand
		if (isnan(r))
			return uint64_t(isnan(x) ? uint(a) | 0x400000u : isnan(y) ? uint(b) | 0x400000u : 0xffc00000u);
		return uint64_t(floatBitsToUint(r));
	}
	bool fl = is_float(ta);
	double x = 0.0LF, y = 0.0LF, z = 0.0LF;
	int64_t ix = 0L, iy = 0L, iz = 0L;
	if (fl) {
		x = to_f(a, ta);
		y = to_f(b, ta);
		z = to_f(c, ta);
	} else {
		ix = to_i(a, ta);
		iy = to_i(b, ta);
		iz = to_i(c, ta);
	}
	if (op >= E_CMP && op < E_CMP + 32) {
		int dir = (op - E_CMP) % 8, kind = (op - E_CMP) / 8;
		bool lt, eq, un = false;
		if (fl && kind == 1) {
			uint64_t p = total_key(a, ta), q = total_key(b, ta);
			lt = p < q;
			eq = p == q;
		} else if (fl) {
			un = isnan(x) || isnan(y);
			lt = x < y;
			eq = x == y;
		} else if (is_uns(ta)) {
			lt = uint64_t(ix) < uint64_t(iy);
			eq = ix == iy;
		} else {
			lt = ix < iy;
			eq = ix == iy;
		}
		bool v = dir == 0 ? eq : dir == 1 ? !eq : dir == 2 ? lt : dir == 3 ? lt || eq :
		    dir == 4 ? !lt && !eq && !un : !lt && !un;
		return v ? 1UL : 0UL;
	}
	if (op == E_CONVERT) {
		if (is_float(tr)) {
			double v = fl ? x : is_uns(ta) ? double(uint64_t(ix)) : double(ix);
			return from_f(v, tr);
		}
		if (tr == T_BOOL)
			return (fl ? x != 0.0LF : ix != 0L) ? 1UL : 0UL;
		if (fl) {
			double v = trunc(x);
			int bits = bits_of(tr);
			double lo = is_uns(tr) ? 0.0LF : -m_pow2(bits - 1);
			// the first value past the range, exact (2^64 - 1 is not)
			double past = is_uns(tr) ? m_pow2(bits) : m_pow2(bits - 1);
			if (isnan(v))
				v = 0.0LF;
			v = max(v, lo);
			if (v >= past)
				return from_i(is_uns(tr) ? int64_t(~0UL) : int64_t((uint64_t(1) << (bits - 1)) - 1UL), tr);
			if (is_uns(tr))
				return from_i(int64_t(uint64_t(v)), tr);
			return from_i(int64_t(v), tr);
		}
		return from_i(ix, tr);
	}
	if (op == E_IS_FINITE)
		return isnan(x) || isinf(x) ? 0UL : 1UL;
	if (op == E_CLAMP) {
		// clamp(min a, x b, max c), all of type ta; a NaN anywhere gives NaN
		if (fl)
		{
			if (isnan(x) || isnan(y) || isnan(z))
				return from_f(m_nan(), ta);
			double v = y < x ? x : y;
			return from_f(v > z ? z : v, ta);
		}
		return from_i(binary_i(E_MIN, ta, binary_i(E_MAX, ta, iy, ix), iz), ta);
	}
	if (fl)
		return from_f(m_op(op, x, y), tr);
	if (E_IS_UNARY(op))
		return from_i(unary_i(op, ta, ix), tr);
	return from_i(binary_i(op, ta, ix, iy), tr);
}
