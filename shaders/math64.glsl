// f64 elementary functions for the kernels (GLSL has no f64 exp, log,
// sin...): range reduction and Taylor or atanh series, accurate to an
// ulp or two of f64, so an f32 result rounded from them is the host's
// f64 libm value rounded to f32 but for the rarest ties.  Large
// arguments of sin and cos (past 2^20 pi) lose accuracy: the Cody-Waite
// reduction here is not Payne-Hanek.

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

// e^r - 1 for |r| <= ln2/2, Taylor to r^14
double expm1_poly(double r)
{
	double p = 1.0LF / 87178291200.0LF;
	p = p * r + 1.0LF / 6227020800.0LF;
	p = p * r + 1.0LF / 479001600.0LF;
	p = p * r + 1.0LF / 39916800.0LF;
	p = p * r + 1.0LF / 3628800.0LF;
	p = p * r + 1.0LF / 362880.0LF;
	p = p * r + 1.0LF / 40320.0LF;
	p = p * r + 1.0LF / 5040.0LF;
	p = p * r + 1.0LF / 720.0LF;
	p = p * r + 1.0LF / 120.0LF;
	p = p * r + 1.0LF / 24.0LF;
	p = p * r + 1.0LF / 6.0LF;
	p = p * r + 0.5LF;
	return r + r * r * p;
}

double m_ldexp(double x, int k)
{
	// in two steps: 2^k alone may not be representable
	int h = k / 2;
	return ldexp(ldexp(x, h), k - h);
}

double m_exp(double x)
{
	if (isnan(x))
		return x;
	if (x > 709.782712893384LF)
		return m_inf(1.0LF);
	if (x < -745.2LF)
		return 0.0LF;
	double k = roundEven(x * 1.44269504088896338700LF);
	double r = (x - k * LN2_HI) - k * LN2_LO;
	return m_ldexp(1.0LF + expm1_poly(r), int(k));
}

double m_expm1(double x)
{
	if (isnan(x))
		return x;
	if (abs(x) < 0.34657359LF)
		return x == 0.0LF ? x : expm1_poly(x);
	if (x < -40.0LF)
		return -1.0LF;
	if (x > 709.782712893384LF)
		return m_inf(1.0LF);
	double k = roundEven(x * 1.44269504088896338700LF);
	double r = (x - k * LN2_HI) - k * LN2_LO;
	double p = expm1_poly(r);	// e^x - 1 = 2^k (p + 1) - 1
	return m_ldexp(p + 1.0LF - ldexp(1.0LF, -int(k)), int(k));
}

double m_log(double x)
{
	if (isnan(x) || x < 0.0LF)
		return x < 0.0LF ? m_nan() : x;
	if (x == 0.0LF)
		return m_inf(-1.0LF);
	if (isinf(x))
		return x;
	int e;
	double m = frexp(x, e);
	if (m == 0.0LF || (doubleBitsToUint64(x) & 0x7ff0000000000000UL) == 0UL) {
		m = frexp(x * 18014398509481984.0LF, e);	// a subnormal: times 2^54
		e -= 54;
	}
	if (m < 0.70710678118654752440LF) {
		m *= 2.0LF;
		e -= 1;
	}
	double f = m - 1.0LF;
	double s = f / (2.0LF + f), s2 = s * s;
	double p = 1.0LF / 23.0LF;
	[[unroll]] for (int k = 21; k >= 1; k -= 2)
		p = p * s2 + 1.0LF / double(k);
	double de = double(e);
	return de * LN2_HI + (de * LN2_LO + 2.0LF * s * p);
}

double m_log1p(double x)
{
	if (isnan(x) || isinf(x))
		return x < 0.0LF ? m_nan() : x;
	double u = 1.0LF + x;
	if (u == 1.0LF)
		return x;
	if (u <= 0.0LF)
		return u == 0.0LF ? m_inf(-1.0LF) : m_nan();
	return m_log(u) * (x / (u - 1.0LF));
}

double m_cbrt(double x)
{
	if (isnan(x) || isinf(x) || x == 0.0LF)
		return x;
	double a = abs(x);
	double y = m_exp(m_log(a) / 3.0LF);
	y = y - (y * y * y - a) / (3.0LF * y * y);
	return x < 0.0LF ? -y : y;
}

// x reduced by pi/2: r in [-pi/4, pi/4], the quadrant in q
double reduce_pio2(double x, out int q)
{
	double k = roundEven(x * 0.63661977236758138243LF);
	double r = x - k * 1.57079632673412561417e+00LF;
	r = r - k * 6.07710050630396597660e-11LF;
	r = r - k * 2.02226624871116645580e-21LF;
	q = int(k - 4.0LF * floor(k / 4.0LF));
	return r;
}

double sin_poly(double r)
{
	double r2 = r * r, p = -1.0LF / 355687428096000.0LF;	// -1/17!
	p = p * r2 + 1.0LF / 1307674368000.0LF;
	p = p * r2 - 1.0LF / 6227020800.0LF;
	p = p * r2 + 1.0LF / 39916800.0LF;
	p = p * r2 - 1.0LF / 362880.0LF;
	p = p * r2 + 1.0LF / 5040.0LF;
	p = p * r2 - 1.0LF / 120.0LF;
	p = p * r2 + 1.0LF / 6.0LF;
	return r - r * r2 * p;
}

double cos_poly(double r)
{
	double r2 = r * r, p = 1.0LF / 20922789888000.0LF;	// 1/16!
	p = p * r2 - 1.0LF / 87178291200.0LF;
	p = p * r2 + 1.0LF / 479001600.0LF;
	p = p * r2 - 1.0LF / 3628800.0LF;
	p = p * r2 + 1.0LF / 40320.0LF;
	p = p * r2 - 1.0LF / 720.0LF;
	p = p * r2 + 1.0LF / 24.0LF;
	return 1.0LF - r2 * (0.5LF - r2 * p);
}

double m_sin(double x)
{
	if (isnan(x) || isinf(x))
		return m_nan();
	if (x == 0.0LF)
		return x;
	int q;
	double r = reduce_pio2(x, q);
	double v = (q & 1) == 0 ? sin_poly(r) : cos_poly(r);
	return q >= 2 ? -v : v;
}

double m_cos(double x)
{
	if (isnan(x) || isinf(x))
		return m_nan();
	int q;
	double r = reduce_pio2(x, q);
	double v = (q & 1) == 0 ? cos_poly(r) : sin_poly(r);
	return q == 1 || q == 2 ? -v : v;
}

double m_tan(double x)
{
	return m_sin(x) / m_cos(x);
}

double m_tanh(double x)
{
	if (isnan(x) || x == 0.0LF)
		return x;
	double a = abs(x);
	if (a > 22.0LF)
		return x < 0.0LF ? -1.0LF : 1.0LF;
	double t = m_expm1(2.0LF * a);
	double v = t / (t + 2.0LF);
	return x < 0.0LF ? -v : v;
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

// atan on [0, 1]
double atan01(double x)
{
	double base = 0.0LF;
	if (x > 0.41421356237309504880LF) {
		base = M_PI_4;
		x = (x - 1.0LF) / (x + 1.0LF);
	}
	double x2 = x * x, p = 0.0LF;
	[[unroll]] for (int k = 47; k >= 3; k -= 2)
		p = p * x2 + ((k & 2) != 0 ? -1.0LF : 1.0LF) / double(k);
	// p = -1/3 + x2/5 - ...; atan x = x + x^3 p
	return base + (x + x * x2 * p);
}

double m_atan(double x)
{
	if (isnan(x) || x == 0.0LF)
		return x;
	double a = abs(x), v;
	if (isinf(a))
		v = M_PI_2;
	else if (a > 1.0LF)
		v = M_PI_2 - atan01(1.0LF / a);
	else
		v = atan01(a);
	return x < 0.0LF ? -v : v;
}

double m_atan2(double y, double x)
{
	if (isnan(x) || isnan(y))
		return m_nan();
	bool ny = m_signbit(y), nx = m_signbit(x);
	double v;
	if (y == 0.0LF) {
		v = nx ? M_PI : 0.0LF;
	} else if (x == 0.0LF) {
		v = M_PI_2;
	} else if (isinf(x)) {
		if (isinf(y))
			v = nx ? 3.0LF * M_PI_4 : M_PI_4;
		else
			v = nx ? M_PI : 0.0LF;
	} else if (isinf(y)) {
		v = M_PI_2;
	} else {
		v = m_atan(abs(y / x));
		if (nx)
			v = M_PI - v;
	}
	return ny ? -v : v;
}

// exact, as C's fmod
double m_fmod(double a, double b)
{
	if (isnan(a) || isnan(b) || isinf(a) || b == 0.0LF)
		return m_nan();
	if (isinf(b) || a == 0.0LF)
		return a;
	double r = abs(a), d = abs(b);
	for (int i = 0; i < 2200 && r >= d; i++) {
		int er, ed;
		frexp(r, er);
		frexp(d, ed);
		double t = ldexp(d, er - ed);
		if (t > r)
			t = ldexp(d, er - ed - 1);
		r -= t;
	}
	return m_signbit(a) ? -r : r;
}

bool m_is_int(double y)
{
	return !isinf(y) && trunc(y) == y;
}

bool m_is_odd(double y)
{
	return m_is_int(y) && abs(y) < 9007199254740992.0LF && m_fmod(y, 2.0LF) != 0.0LF;
}

double m_pow(double x, double y)
{
	if (y == 0.0LF || x == 1.0LF)
		return 1.0LF;
	if (isnan(x) || isnan(y))
		return m_nan();
	bool odd = m_is_odd(y);
	if (x == 0.0LF) {
		if (y < 0.0LF)
			return odd ? m_inf(x == 0.0LF && m_signbit(x) ? -1.0LF : 1.0LF) : m_inf(1.0LF);
		return odd ? x : 0.0LF;
	}
	if (isinf(y)) {
		double a = abs(x);
		if (a == 1.0LF)
			return 1.0LF;
		return (a < 1.0LF) == (y < 0.0LF) ? m_inf(1.0LF) : 0.0LF;
	}
	if (isinf(x)) {
		if (x < 0.0LF)
			return y < 0.0LF ? (odd ? -0.0LF : 0.0LF) : (odd ? x : -x);
		return y < 0.0LF ? 0.0LF : x;
	}
	if (x < 0.0LF && !m_is_int(y))
		return m_nan();
	double v = m_exp(y * m_log(abs(x)));
	return x < 0.0LF && odd ? -v : v;
}
