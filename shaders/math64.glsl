// f64 elementary functions for the kernels (GLSL has no f64 exp, log,
// sin...), after fdlibm: exp and log to about an ulp, log in double-double
// for pow; every intermediate is `precise`, so the compiler neither
// contracts nor reassociates them (a reassociated Cody-Waite reduction
// loses the digits it exists for).
//
// Each core (exp, log, sin/cos, atan) has one call site in m_unary and
// m_binary: a driver inlines every call, and the shaders' size (and so
// the time to make their pipelines) grows with each.  Arguments of sin
// and cos past 2^30 are reduced modulo 2 pi in f64 (fmod, exact, but
// 2 pi is not): the result is then only some value in [-1, 1].

// LEVEL picks the cores a shader carries (llvmpipe runs every path of a
// shader, taken or not, so a program of adds must not pay for sin):
// 0 none, 1 exp (exp, expm1, logistic, tanh), 2 sin/cos/tan, 3 all.
#ifndef LEVEL
#define LEVEL 3
#endif
#define EV_EXP (LEVEL == 1 || LEVEL == 3)
#define EV_TRIG (LEVEL == 2 || LEVEL == 3)
#define EV_ALL (LEVEL == 3)

const double M_PI = 3.14159265358979311600LF;
const double M_PI_2 = 1.57079632679489655800LF;
const double M_PI_4 = 0.78539816339744827900LF;
const double LN2_HI = 6.93147180369123816490e-01LF;
const double LN2_LO = 1.90821492927058770002e-10LF;

double m_inf(double s)
{
	return s < 0.0LF ? uint64BitsToDouble(0xfff0000000000000UL) : uint64BitsToDouble(0x7ff0000000000000UL);
}

double m_nan()
{
	return uint64BitsToDouble(0x7ff8000000000000UL);
}

bool m_signbit(double x)
{
	return (doubleBitsToUint64(x) >> 63) != 0UL;
}

// a signalling NaN (quiet bit clear)
bool m_snan(double x)
{
	uint64_t b = doubleBitsToUint64(x);
	return isnan(x) && (b & 0x0008000000000000UL) == 0UL;
}

double m_quiet(double x)
{
	return uint64BitsToDouble(doubleBitsToUint64(x) | 0x0008000000000000UL);
}

// 2^k for k in [-1022, 1023], from its bits
double m_pow2(int k)
{
	return uint64BitsToDouble(uint64_t(k + 1023) << 52);
}

// x 2^k, for any k a double can come back from: products by powers of
// two made from their bits (llvmpipe's ldexp of doubles overflows past
// the floats' range), in steps, each exact but the last (which rounds
// once, when the result is subnormal)
double m_ldexp(double x, int k)
{
	precise double y = x;
	for (int i = 0; i < 3 && k > 1000; i++) {
		y = y * m_pow2(1000);
		k -= 1000;
	}
	for (int i = 0; i < 3 && k < -1000; i++) {
		y = y * m_pow2(-1000);
		k += 1000;
	}
	precise double r = y * m_pow2(k);
	return r;
}

// the binary exponent of a finite nonzero x (x = m 2^e, 1 <= |m| < 2),
// subnormals included (the bits, not frexp: drivers differ on those)
int m_ilogb(double x)
{
	uint64_t b = doubleBitsToUint64(x) & 0x7fffffffffffffffUL;
	int e = int(b >> 52);
	if (e != 0)
		return e - 1023;
	uvec2 w = unpackUint2x32(b);
	int msb = w.y != 0u ? 32 + findMSB(w.y) : findMSB(w.x);
	return msb - 1074;
}

// The exp core: x (+ tail) = k ln2 + r, |r| <= ln2/2; returns e^r - 1,
// k in k.  fdlibm's e_exp.c: e^r = 1 + r + r c / (2 - c).
double exp_core(double x, double tail, out int k)
{
	precise double dk = roundEven(x * 1.44269504088896338700LF);
	precise double hi = x - dk * LN2_HI;
	precise double lo = dk * LN2_LO - tail;
	precise double r = hi - lo;
	precise double t = r * r;
	precise double c = r - t * (1.66666666666666019037e-01LF + t * (-2.77777777770155933842e-03LF +
	    t * (6.61375632143793436117e-05LF + t * (-1.65339022054652515390e-06LF + t * 4.13813679705723846039e-08LF))));
	precise double em1 = hi - (lo - (r * c) / (2.0LF - c));
	k = int(dk);
	return em1;
}

// The log core: log(x) for a finite x > 0 as hi + lo (double-double).
// fdlibm's e_log.c: x = 2^k (1 + f), log(1 + f) = f - hfsq + s (hfsq + R).
void log_core(double x, out double hi, out double lo)
{
	int k = m_ilogb(x);
	precise double m = m_ldexp(x, -k);	// [1, 2)
	if (m > 1.41421356237309504880LF) {
		m = m * 0.5LF;
		k += 1;
	}
	precise double f = m - 1.0LF;
	precise double s = f / (2.0LF + f);
	precise double z = s * s;
	precise double w = z * z;
	precise double t1 = w * (3.999999999940941908e-01LF + w * (2.222219843214978396e-01LF + w * 1.531383769920937332e-01LF));
	precise double t2 = z * (6.666666666666735130e-01LF + w * (2.857142874366239149e-01LF + w * (1.818357216161805012e-01LF +
	    w * 1.479819860511658591e-01LF)));
	precise double R = t2 + t1;
	precise double hfsq = 0.5LF * f * f;
	double dk = double(k);
	// log = dk ln2_hi + f + c, c = -(hfsq - (s (hfsq + R) + dk ln2_lo)), small
	precise double c = (s * (hfsq + R) + dk * LN2_LO) - hfsq;
	precise double a = dk * LN2_HI;	// exact
	precise double s1 = a + f;
	precise double bb = s1 - a;
	precise double e1 = (a - (s1 - bb)) + (f - bb);	// two-sum
	precise double s2 = s1 + c;
	precise double b2 = s2 - s1;
	precise double e2 = (s1 - (s2 - b2)) + (c - b2);
	hi = s2;
	lo = e1 + e2;
}

// sin and cos of x
void sincos_core(double x, out double so, out double co)
{
	precise double a = x;
	if (abs(a) > 1073741824.0LF) {
		// no Payne-Hanek here: an exact remainder by the double nearest 2 pi
		double d = 6.28318530717958623200LF;
		precise double r = abs(a);
		for (int i = 0; i < 1100 && r >= d; i++) {
			int sh = m_ilogb(r) - m_ilogb(d);
			precise double t = m_ldexp(d, sh);
			if (t > r)
				t = m_ldexp(d, sh - 1);
			r = r - t;
		}
		a = m_signbit(a) ? -r : r;
	}
	precise double k = roundEven(a * 0.63661977236758138243LF);
	precise double r = a - k * 1.57079632673412561417e+00LF;
	r = r - k * 6.07710050630396597660e-11LF;
	r = r - k * 2.02226624871116645580e-21LF;
	r = r - k * 8.47842766036889956997e-32LF;
	int q = int(k - 4.0LF * floor(k * 0.25LF)) & 3;
	precise double r2 = r * r;
	precise double sp = -1.0LF / 355687428096000.0LF;	// -1/17!
	sp = sp * r2 + 1.0LF / 1307674368000.0LF;
	sp = sp * r2 - 1.0LF / 6227020800.0LF;
	sp = sp * r2 + 1.0LF / 39916800.0LF;
	sp = sp * r2 - 1.0LF / 362880.0LF;
	sp = sp * r2 + 1.0LF / 5040.0LF;
	sp = sp * r2 - 1.0LF / 120.0LF;
	sp = sp * r2 + 1.0LF / 6.0LF;
	precise double sv = r - r * r2 * sp;
	precise double cp = 1.0LF / 20922789888000.0LF;	// 1/16!
	cp = cp * r2 - 1.0LF / 87178291200.0LF;
	cp = cp * r2 + 1.0LF / 479001600.0LF;
	cp = cp * r2 - 1.0LF / 3628800.0LF;
	cp = cp * r2 + 1.0LF / 40320.0LF;
	cp = cp * r2 - 1.0LF / 720.0LF;
	cp = cp * r2 + 1.0LF / 24.0LF;
	precise double cv = 1.0LF - r2 * (0.5LF - r2 * cp);
	// quadrant q: sin = (sv, cv, -sv, -cv)[q], cos = (cv, -sv, -cv, sv)[q]
	so = (q & 1) == 0 ? sv : cv;
	co = (q & 1) == 0 ? cv : sv;
	if (q >= 2)
		so = -so;
	if (q == 1 || q == 2)
		co = -co;
}

// atan on [0, inf]
double atan_core(double x)
{
	if (isinf(x))
		return M_PI_2;
	bool inv = x > 1.0LF;
	precise double a = inv ? 1.0LF / x : x;
	precise double base = 0.0LF;
	if (a > 0.41421356237309504880LF) {
		base = M_PI_4;
		a = (a - 1.0LF) / (a + 1.0LF);
	}
	precise double a2 = a * a, p = 0.0LF;
	for (int k = 47; k >= 3; k -= 2)
		p = p * a2 + ((k & 2) != 0 ? -1.0LF : 1.0LF) / double(k);
	precise double v = base + (a + a * a2 * p);
	return inv ? M_PI_2 - v : v;
}

// exact, as C's fmod (by binary long division)
double m_fmod(double a, double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) ? m_quiet(a) : m_quiet(b);
	if (isinf(a) || b == 0.0LF)
		return m_nan();
	if (isinf(b) || a == 0.0LF)
		return a;
	precise double r = abs(a);
	double d = abs(b);
	for (int i = 0; i < 2200 && r >= d; i++) {
		int sh = m_ilogb(r) - m_ilogb(d);
		precise double t = m_ldexp(d, sh);
		if (t > r)
			t = m_ldexp(d, sh - 1);
		r = r - t;
	}
	return m_signbit(a) ? -r : r;
}

bool m_is_int(double y)
{
	return !isinf(y) && trunc(y) == y;
}

bool m_is_odd(double y)
{
	// |y| >= 2^53: every double is even
	return m_is_int(y) && abs(y) < 9007199254740992.0LF && (int64_t(y) & 1L) != 0L;
}

double m_round_afz(double x)
{
	if (isnan(x) || isinf(x))
		return x;
	double t = trunc(x);
	if (abs(x - t) >= 0.5LF)
		t += x < 0.0LF ? -1.0LF : 1.0LF;
	return t;
}

double sign_f(double x)
{
	return isnan(x) ? x : x > 0.0LF ? 1.0LF : x < 0.0LF ? -1.0LF : x;
}

// the interpreter's maximum and minimum: a NaN wins, +0 above -0
double fmax_spec(double a, double b)
{
	if (isnan(a)) return a;
	if (isnan(b)) return b;
	return (a > b || (a == b && !m_signbit(a))) ? a : b;
}

double fmin_spec(double a, double b)
{
	if (isnan(a)) return a;
	if (isnan(b)) return b;
	return (a < b || (a == b && m_signbit(a))) ? a : b;
}

// Every float op of one or two operands: the special values first, then
// at most one call of each core the shader's LEVEL carries.
double m_op(int op, double x, double y)
{
	// ops without a core
	switch (op) {
	case E_ABS: return abs(x);
	case E_NEG: return -x;
	case E_SQRT: return sqrt(x);
	case E_RSQRT: { precise double s = sqrt(x); return 1.0LF / s; }
	case E_FLOOR: return floor(x);
	case E_CEIL: return ceil(x);
	case E_ROUND_AFZ: return m_round_afz(x);
	case E_ROUND_EVEN: return roundEven(x);
	case E_SIGN: return sign_f(x);
	case E_ADD: { precise double r = x + y; return r; }
	case E_SUB: { precise double r = x - y; return r; }
	case E_MUL: { precise double r = x * y; return r; }
	case E_DIV: { precise double r = x / y; return r; }
	case E_MAX: return fmax_spec(x, y);
	case E_MIN: return fmin_spec(x, y);
	}
	double ax = abs(x);
#if EV_EXP
	if (op == E_EXP || op == E_EXPM1 || op == E_LOGISTIC || op == E_TANH) {
		if (isnan(x))
			return x;
		if (op == E_EXP || op == E_EXPM1) {
			if (x > 709.782712893384LF)
				return m_inf(1.0LF);
			if (x < -745.2LF)
				return op == E_EXP ? 0.0LF : -1.0LF;
			if (op == E_EXPM1 && (x == 0.0LF || ax < 5.6e-17LF))
				return x;
			if (op == E_EXPM1 && x < -40.0LF)
				return -1.0LF;
		} else if (op == E_LOGISTIC) {
			if (x < -745.0LF)
				return 0.0LF;
			if (x > 40.0LF)
				return 1.0LF;
		} else {
			if (x == 0.0LF || ax < 1e-9LF)
				return x;
			if (ax > 22.0LF)
				return x < 0.0LF ? -1.0LF : 1.0LF;
		}
	}
#endif
#if EV_TRIG
	if (op == E_SIN || op == E_COS || op == E_TAN) {
		if (isnan(x) || isinf(x))
			return isnan(x) ? x : m_nan();
		if (x == 0.0LF && op != E_COS)
			return x;
		double sv, cv;
		sincos_core(x, sv, cv);
		precise double v = sv / cv;
		return op == E_SIN ? sv : op == E_COS ? cv : v;
	}
#endif
#if EV_ALL
	switch (op) {
	case E_REM:
		return m_fmod(x, y);
	case E_LOG:
		if (isnan(x))
			return x;
		if (x < 0.0LF)
			return m_nan();
		if (x == 0.0LF)
			return m_inf(-1.0LF);
		if (isinf(x))
			return x;
		break;
	case E_LOG1P:
		if (isnan(x) || (isinf(x) && x > 0.0LF))
			return x;
		if (x < -1.0LF)
			return m_nan();
		if (x == -1.0LF)
			return m_inf(-1.0LF);
		if (ax < 1e-18LF)
			return x;
		break;
	case E_CBRT:
		if (isnan(x) || isinf(x) || x == 0.0LF)
			return x;
		break;
	case E_ATAN:
		if (isnan(x) || x == 0.0LF)
			return x;
		{
			double v = atan_core(ax);
			return x < 0.0LF ? -v : v;
		}
	case E_ATAN2:
		if (isnan(x) || isnan(y))
			return isnan(x) ? x : y;
		{
			// atan2(x, y): x is the ordinate
			bool ny = m_signbit(x), nx = m_signbit(y);
			double v;
			if (x == 0.0LF) {
				v = nx ? M_PI : 0.0LF;
			} else if (y == 0.0LF) {
				v = M_PI_2;
			} else if (isinf(y)) {
				v = isinf(x) ? (nx ? 3.0LF * M_PI_4 : M_PI_4) : (nx ? M_PI : 0.0LF);
			} else if (isinf(x)) {
				v = M_PI_2;
			} else {
				precise double q = abs(x / y);
				v = atan_core(q);
				if (nx)
					v = M_PI - v;
			}
			return ny ? -v : v;
		}
	case E_POW:
		if (m_snan(x) || m_snan(y))
			return m_snan(x) ? m_quiet(x) : m_quiet(y);
		if (y == 0.0LF || x == 1.0LF)
			return 1.0LF;
		if (isnan(x) || isnan(y))
			return isnan(x) ? x : y;
		{
			bool odd = m_is_odd(y);
			if (x == 0.0LF) {
				if (y < 0.0LF)
					return m_inf(odd && m_signbit(x) ? -1.0LF : 1.0LF);
				return odd ? x : 0.0LF;
			}
			if (isinf(y)) {
				if (ax == 1.0LF)
					return 1.0LF;
				return (ax < 1.0LF) == (y < 0.0LF) ? m_inf(1.0LF) : 0.0LF;
			}
			if (isinf(x)) {
				if (x < 0.0LF)
					return y < 0.0LF ? (odd ? -0.0LF : 0.0LF) : (odd ? x : -x);
				return y < 0.0LF ? 0.0LF : x;
			}
			if (x < 0.0LF && !m_is_int(y))
				return m_nan();
		}
		break;
	}
	// the log core: log, log1p, pow, cbrt
	double lhi = 0.0LF, llo = 0.0LF;
	precise double u = 1.0LF + x;
	if (op == E_LOG || op == E_LOG1P || op == E_POW || op == E_CBRT)
		log_core(op == E_LOG1P ? u : op == E_LOG ? x : ax, lhi, llo);
	if (op == E_LOG) {
		precise double r = lhi + llo;
		return r;
	}
	if (op == E_LOG1P) {
		// log(u) (x / (u - 1)): the rounding of 1 + x undone
		precise double um1 = u - 1.0LF;
		precise double r = (lhi + llo) * (x / um1);
		return um1 == 0.0LF ? x : r;
	}
#endif
#if EV_EXP
	// the exp core: exp, expm1, logistic, tanh (and pow, cbrt at LEVEL 3)
	double ea = 0.0LF, et = 0.0LF;
	bool ex = true;
	if (op == E_EXP || op == E_EXPM1) {
		ea = x;
	} else if (op == E_LOGISTIC) {
		ea = -x;
	} else if (op == E_TANH) {
		ea = 2.0LF * ax;
#if EV_ALL
	} else if (op == E_POW || op == E_CBRT) {
		// y log|x| in double-double: the product rounded, and its error
		double yy = op == E_CBRT ? 1.0LF / 3.0LF : y;
		precise double p = yy * lhi;
		precise double pe = fma(yy, lhi, -p) + yy * llo;
		if (p > 709.8LF || p < -745.2LF) {
			double v = p > 0.0LF ? m_inf(1.0LF) : 0.0LF;
			return x < 0.0LF && op == E_POW && m_is_odd(y) ? -v : v;
		}
		ea = p;
		et = pe;
#endif
	} else {
		ex = false;
	}
	int k = 0;
	double em1 = ex ? exp_core(ea, et, k) : 0.0LF;
	if (op == E_EXP || op == E_POW || op == E_CBRT) {
		precise double v = m_ldexp(1.0LF + em1, k);
		if (op == E_CBRT) {
			// one Newton step on v^3 = |x|
			precise double v2 = v * v;
			precise double d = (v * v2 - ax) / (3.0LF * v2);
			v = v - d;
			return x < 0.0LF ? -v : v;
		}
		return op == E_POW && x < 0.0LF && m_is_odd(y) ? -v : v;
	}
	if (op == E_EXPM1 || op == E_TANH) {
		// e^a - 1 = 2^k (em1 + 1) - 1
		precise double t = em1;
		if (k != 0) {
			if (k < 56) {
				precise double one = 1.0LF - m_pow2(-k);
				t = m_ldexp(em1 + one, k);
			} else {
				precise double big = m_ldexp(em1 + 1.0LF, k);
				t = big - 1.0LF;
			}
		}
		if (op == E_EXPM1)
			return t;
		precise double v = t / (t + 2.0LF);
		return x < 0.0LF ? -v : v;
	}
	if (op == E_LOGISTIC) {
		precise double e = m_ldexp(1.0LF + em1, k);
		precise double v = 1.0LF / (1.0LF + e);
		return v;
	}
#endif
	return 0.0LF;
}
