//! Go's `math` package, bit-exact with gc on amd64. Where gc uses assembly or an
//! instruction, this follows it: `Exp`, `Log` and `Hypot` as `math/exp_amd64.s`,
//! `log_amd64.s` and `hypot_amd64.s`; `Sqrt`, `Floor`, `Ceil`, `Trunc`, `Abs`,
//! `Copysign`, `RoundToEven` and `FMA` (with the CPU's FMA) are exact IEEE operations, as
//! Rust's are. Every other function transliterates Go's pure-Go algorithm (Cephes and
//! FreeBSD msun ports): trigonometric functions with `trig_reduce.go`'s Payne-Hanek
//! reduction, `Pow`, `Cbrt`, `Exp2`, `Expm1`, `Log1p`, the inverse and hyperbolic
//! functions, and in `math/special.rs` `Erf`, `Gamma`, `Lgamma` and the Bessel functions.
//! Go's float64 constant expressions (`4/Pi`, `Pi/2`, ...) are written as the bits Go's
//! exact constant arithmetic rounds them to. `math/cases.txt` holds Go's own results.

/// Go's `math.NaN()` bit pattern.
pub const NAN_BITS: u64 = 0x7FF8000000000001;

pub fn nan() -> f64 {
    f64::from_bits(NAN_BITS)
}

/// `math.Inf(sign)`: +Inf for `sign >= 0`, -Inf otherwise.
pub fn inf(sign: i64) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

pub fn is_nan(x: f64) -> bool {
    x.is_nan()
}

/// `math.IsInf(f, sign)`: sign > 0 asks for +Inf, < 0 for -Inf, 0 for either.
pub fn is_inf(f: f64, sign: i64) -> bool {
    (sign >= 0 && f == f64::INFINITY) || (sign <= 0 && f == f64::NEG_INFINITY)
}

pub fn signbit(x: f64) -> bool {
    x.to_bits() >> 63 != 0
}

pub fn copysign(f: f64, sign: f64) -> f64 {
    f.copysign(sign)
}

pub fn abs(x: f64) -> f64 {
    x.abs()
}

pub fn float64bits(f: f64) -> u64 {
    f.to_bits()
}

pub fn float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}

pub fn float32bits(f: f32) -> u32 {
    f.to_bits()
}

pub fn float32frombits(b: u32) -> f32 {
    f32::from_bits(b)
}

pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

pub fn floor(x: f64) -> f64 {
    x.floor()
}

pub fn ceil(x: f64) -> f64 {
    x.ceil()
}

pub fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// `math.Round`: half away from zero.
pub fn round(x: f64) -> f64 {
    x.round()
}

/// `math.RoundToEven`.
pub fn round_to_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `math.Max`: +Inf wins over NaN, NaN over numbers, and +0 over -0 (`dim.go`).
pub fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        f64::INFINITY
    } else if x.is_nan() || y.is_nan() {
        nan()
    } else if x == 0.0 && x == y {
        if signbit(x) { y } else { x }
    } else if x > y {
        x
    } else {
        y
    }
}

/// `math.Min`: -Inf wins over NaN, NaN over numbers, and -0 over +0.
pub fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        f64::NEG_INFINITY
    } else if x.is_nan() || y.is_nan() {
        nan()
    } else if x == 0.0 && x == y {
        if signbit(x) { x } else { y }
    } else if x < y {
        x
    } else {
        y
    }
}

/// `math.Dim`: max(x-y, 0).
pub fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 { 0.0 } else { v }
}

/// `math.Mod`: the remainder of x/y with the sign of x (exact, as C's fmod).
pub fn modulo(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    x % y
}

/// `math.Remainder`: the IEEE 754 remainder, as `remainder.go` computes it.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return nan();
    }
    if y.is_infinite() {
        return x;
    }
    // remainder.go: reduce modulo 2y, then by y at most twice.
    const TINY: f64 = 4.45014771701440276618e-308;
    const HALF_MAX: f64 = f64::MAX / 2.0;
    // Like Go, leave -0 as it is (it is not < 0).
    let sign = x < 0.0;
    let mut x = if sign { -x } else { x };
    let y = y.abs();
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x = modulo(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign { -x } else { x }
}

/// `math.Frexp`: `frac * 2**exp == f` with `0.5 <= |frac| < 1`.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> 52) & 0x7FF) as i64 - 1022;
    x &= !(0x7FFu64 << 52);
    x |= 1022u64 << 52;
    (f64::from_bits(x), exp)
}

/// `normalize`: a normal number and exponent with `x == y * 2**exp`.
fn normalize(x: f64) -> (f64, i64) {
    const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// `math.Ldexp`: `frac * 2**exp`, rounding subnormal results as Go does.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp + e;
    let mut x = frac.to_bits();
    exp += ((x >> 52) & 0x7FF) as i64 - 1023;
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let mut m = 1.0;
    if exp < -1022 {
        // Denormal: scale by 2**-53 after building a normal number.
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(0x7FFu64 << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

/// `math.Modf`: integer and fractional parts with the sign of f.
pub fn modf(f: f64) -> (f64, f64) {
    if f < 1.0 {
        if f < 0.0 {
            let (i, fr) = modf(-f);
            return (-i, -fr);
        }
        if f == 0.0 {
            return (f, f);
        }
        return (0.0, f);
    }
    let mut x = f.to_bits();
    let e = ((x >> 52) & 0x7FF) as i64 - 1023;
    // Clear the non-integer bits of the mantissa.
    if e < 52 {
        x &= !((1u64 << (52 - e)) - 1);
    }
    let int = f64::from_bits(x);
    (int, f - int)
}

/// `math.Nextafter`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        nan()
    } else if x == y {
        x
    } else if x == 0.0 {
        1f64.copysign(y) * f64::from_bits(1)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

/// `math.Logb`: the binary exponent.
pub fn logb(x: f64) -> f64 {
    if x == 0.0 {
        f64::NEG_INFINITY
    } else if x.is_infinite() {
        f64::INFINITY
    } else if x.is_nan() {
        x
    } else {
        ilogb_inner(x) as f64
    }
}

/// `math.Ilogb`: the binary exponent as an integer (`MinInt32` for 0, `MaxInt32` for
/// infinities and NaN).
pub fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        i32::MIN as i64
    } else if x.is_nan() || x.is_infinite() {
        i32::MAX as i64
    } else {
        ilogb_inner(x)
    }
}

fn ilogb_inner(x: f64) -> i64 {
    let (x, exp) = normalize(x);
    ((x.to_bits() >> 52) & 0x7FF) as i64 - 1023 + exp
}

/// Whether Go's amd64 assembly takes its FMA path (`useFMA`: AVX and FMA present).
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx") && std::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        true
    }
}

/// `math.Exp`, as `archExp` in `exp_amd64.s`: reduce by a multiple of ln 2, evaluate a
/// Taylor series on r/16 and square the result four times.
pub fn exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const T: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    let bits = x.to_bits();
    if (bits & !(1 << 63)) >= 0x7FF0000000000000 {
        // -Inf gives 0; NaN and +Inf give x.
        return if bits == 0xFFF0000000000000 { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL rounds to nearest even; out-of-range values give the "integer indefinite".
    let t = (LOG2E * x).round_ties_even();
    let e: i32 = if t >= i32::MIN as f64 && t <= i32::MAX as f64 {
        t as i32
    } else {
        i32::MIN
    };
    let k = e as f64;
    let mut r;
    if use_fma() {
        r = (-LN2U).mul_add(k, x);
        r = (-LN2L).mul_add(k, r);
        r *= 0.0625;
        let mut p = T[8];
        for c in [T[7], T[6], T[5], T[4], T[3], T[0], T[1]] {
            p = p.mul_add(r, c);
        }
        r *= p;
        for _ in 0..3 {
            r *= r + 2.0;
        }
        r = r.mul_add(r + 2.0, 1.0);
    } else {
        r = x - LN2U * k;
        r -= LN2L * k;
        r *= 0.0625;
        let mut p = T[8] * r;
        for c in [T[7], T[6], T[5], T[4], T[3], T[0]] {
            p = (p + c) * r;
        }
        p += T[1];
        r *= p;
        for _ in 0..4 {
            r *= r + 2.0;
        }
        r += 1.0;
    }
    // Multiply by 2**e, through a subnormal step when needed.
    let mut b = e.wrapping_add(0x3FF);
    if b <= 0 {
        if b < -52 {
            return 0.0;
        }
        b += 0x3FE;
        r *= f64::from_bits((b as u64) << 52);
        b = 1;
    } else if b >= 0x7FF {
        return f64::INFINITY;
    }
    r * f64::from_bits((b as u64) << 52)
}

/// `math.Log`, as `archLog` in `log_amd64.s` (the FreeBSD algorithm, with the exponent
/// taken straight from the bits even for subnormals, as the assembly does).
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const L: [f64; 7] = [
        6.666666666666735130e-01,
        3.999999999940941908e-01,
        2.857142874366239149e-01,
        2.222219843214978396e-01,
        1.818357216161805012e-01,
        1.531383769920937332e-01,
        1.479819860511658591e-01,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return nan();
    }
    if bits >= 0x7FF0000000000000 {
        return x;
    }
    let mut f1 = f64::from_bits((bits & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
    let mut k = (((bits >> 52) & 0x7FF) as i32 - 0x3FE) as f64;
    if f1 <= HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L[6] * s4 + L[4]) * s4 + L[2]) * s4 + L[0]);
    let t2 = s4 * ((L[5] * s4 + L[3]) * s4 + L[1]);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2HI - ((hfsq - (s * (hfsq + r) + k * LN2LO)) - f)
}

/// `math.Log2` (`log10.go`): exact for powers of two.
pub fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * std::f64::consts::LOG2_E + exp as f64
}

/// `math.Log10`.
pub fn log10(x: f64) -> f64 {
    log(x) * std::f64::consts::LOG10_E
}

/// `math.Hypot`, as `archHypot` in `hypot_amd64.s`.
pub fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if p.to_bits() >= 0x7FF0000000000000 || q.to_bits() >= 0x7FF0000000000000 {
        return if p == f64::INFINITY || q == f64::INFINITY {
            f64::INFINITY
        } else {
            nan()
        };
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (big, small) = if p >= q { (p, q) } else { (q, p) };
    let r = small / big;
    big * (r * r + 1.0).sqrt()
}

/// Go's conversion of a float64 to int/int64 on amd64 (`CVTTSD2SQ`): truncation, and the
/// "integer indefinite" `MinInt64` for NaN and out-of-range values.
pub(crate) fn go_int(x: f64) -> i64 {
    if x.is_nan() || !(-9.223372036854775808e18..9.223372036854775808e18).contains(&x) {
        i64::MIN
    } else {
        x as i64
    }
}

/// Go's float64 constants that are expressions (`4/Pi`, `Pi/2`, ...), rounded once from
/// their exact values as Go's constant arithmetic does.
mod k {
    pub const PI: f64 = std::f64::consts::PI;
    pub const FOUR_OVER_PI: f64 = f64::from_bits(0x3ff45f306dc9c883);
    pub const PI_2: f64 = f64::from_bits(0x3ff921fb54442d18);
    pub const PI_4: f64 = f64::from_bits(0x3fe921fb54442d18);
    pub const PI3_4: f64 = f64::from_bits(0x4002d97c7f3321d2);
    pub const INV_SQRT_PI: f64 = f64::from_bits(0x3fe20dd750429b6d);
    pub const TWO_OVER_PI: f64 = f64::from_bits(0x3fe45f306dc9c883);
    pub const LN2: f64 = f64::from_bits(0x3fe62e42fefa39ef);
    pub const HALF_MAX: f64 = f64::from_bits(0x7fdfffffffffffff);
}

/// `math.Cbrt` (`cbrt.go`, after FreeBSD's s_cbrt.c).
pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    const SMALLEST_NORMAL: f64 = 2.22507385850720138309e-308;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let x = if x < 0.0 { -x } else { x };
    // Rough cbrt to 5 bits.
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    // New cbrt to 23 bits.
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    // Chop to 22 bits and make larger than cbrt(x).
    t = f64::from_bits((t.to_bits() & (0xFFFFFFFFCu64 << 28)).wrapping_add(1 << 30));
    // One step of Newton's iteration to 53 bits.
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if sign { -t } else { t }
}

/// `math.Exp2` (`exp.go`; amd64 has no assembly for it).
pub fn exp2(x: f64) -> f64 {
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const OVERFLOW: f64 = 1.0239999999999999e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    let k = if x > 0.0 {
        go_int(x + 0.5)
    } else if x < 0.0 {
        go_int(x - 0.5)
    } else {
        0
    };
    let t = x - k as f64;
    let hi = t * LN2HI;
    let lo = -t * LN2LO;
    expmulti(hi, lo, k)
}

/// `expmulti`: e**r scaled by 2**k, with r = hi - lo.
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// `math.Expm1` (`expm1.go`, after FreeBSD's s_expm1.c).
pub fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2X56: f64 = 3.88162421113569373274e+01;
    const LN2HALFX3: f64 = 1.03972077083991796413e+00;
    const LN2HALF: f64 = 3.46573590279972654709e-01;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let mut x = x;
    let sign = x < 0.0;
    let absx = x.abs();
    // Filter out huge arguments.
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    // Argument reduction.
    let mut c = 0.0;
    let k: i64;
    if absx > LN2HALF {
        let (hi, lo);
        if absx < LN2HALFX3 {
            if !sign {
                hi = x - LN2HI;
                lo = LN2LO;
                k = 1;
            } else {
                hi = x + LN2HI;
                lo = -LN2LO;
                k = -1;
            }
        } else {
            k = if !sign {
                go_int(INVLN2 * x + 0.5)
            } else {
                go_int(INVLN2 * x - 0.5)
            };
            let t = k as f64;
            hi = x - t * LN2HI;
            lo = t * LN2LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    // x is now in the primary range.
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    if k <= -2 || k > 56 {
        let mut y = 1.0 - (e - x);
        y = f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
        return y - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3ff0000000000000 - (0x20000000000000u64 >> k as u32));
        let mut y = t - (e - x);
        y = f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
        return y;
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    let mut y = x - (e + t);
    y += 1.0;
    f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52))
}

/// `math.Log1p` (`log1p.go`, after FreeBSD's s_log1p.c).
pub fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142135623730950488017e-01;
    const SQRT2HALFM1: f64 = -2.928932188134524755992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const LP1: f64 = 6.666666666666735130e-01;
    const LP2: f64 = 3.999999999940941908e-01;
    const LP3: f64 = 2.857142874366239149e-01;
    const LP4: f64 = 2.222219843214978396e-01;
    const LP5: f64 = 1.818357216161805012e-01;
    const LP6: f64 = 1.531383769920937332e-01;
    const LP7: f64 = 1.479819860511658591e-01;
    if x < -1.0 || x.is_nan() {
        return nan();
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let absx = x.abs();
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2HALFM1 {
            // -0.2929 < x < 0.41422
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = 0.0;
        }
        iu &= 0x000fffffffffffff;
        if iu < 0x0006a09e667f3bcd {
            u = f64::from_bits(iu | 0x3ff0000000000000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3fe0000000000000);
            iu = (0x0010000000000000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        // |f| < 2**-20
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2LO;
            return kf * LN2HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2HI - ((r - (kf * LN2LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2HI - ((hfsq - (s * (hfsq + r) + (kf * LN2LO + c))) - f)
}

// Trigonometric functions (`sin.go`, `tan.go`, `sincos.go`, `trig_reduce.go`): Cephes
// polynomials, with Payne-Hanek reduction from 2**29 on.

const SIN: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];

const COS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];

const PI4A: f64 = 7.85398125648498535156e-1;
const PI4B: f64 = 3.77489470793079817668e-8;
const PI4C: f64 = 2.69515142907905952645e-15;

/// `reduceThreshold`: from here on the Cody-Waite reduction loses too much precision.
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

/// Bits of 4/pi, for `trig_reduce`.
const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// `trigReduce`: Payne-Hanek reduction of x >= 2**29 to an octant j and z in [0, Pi/4).
fn trig_reduce(x: f64) -> (u64, f64) {
    if x < k::PI_4 {
        return (0, x);
    }
    let mut ix = x.to_bits();
    let exp = ((ix >> 52) & 0x7FF) as i64 - 1023 - 52;
    ix &= !(0x7FFu64 << 52);
    ix |= 1 << 52;
    let digit = ((exp + 61) as u64 / 64) as usize;
    let bitshift = ((exp + 61) as u64 % 64) as u32;
    // Go's shifts by 64 give 0.
    let shl = |v: u64, n: u32| if n >= 64 { 0 } else { v << n };
    let shr = |v: u64, n: u32| if n >= 64 { 0 } else { v >> n };
    let z0 = shl(M_PI4[digit], bitshift) | shr(M_PI4[digit + 1], 64 - bitshift);
    let z1 = shl(M_PI4[digit + 1], bitshift) | shr(M_PI4[digit + 2], 64 - bitshift);
    let z2 = shl(M_PI4[digit + 2], bitshift) | shr(M_PI4[digit + 3], 64 - bitshift);
    let z2hi = ((z2 as u128 * ix as u128) >> 64) as u64;
    let p1 = z1 as u128 * ix as u128;
    let (z1hi, z1lo) = ((p1 >> 64) as u64, p1 as u64);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, c) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(c as u64);
    let mut j = hi >> 61;
    let mut hi = hi << 3 | lo >> 61;
    let lz = hi.leading_zeros();
    let e = 1023u64.wrapping_sub(lz as u64 + 1);
    hi = shl(hi, lz + 1) | shr(lo, 64u32.wrapping_sub(lz + 1));
    hi >>= 64 - 52;
    hi |= e << 52;
    let mut z = f64::from_bits(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * k::PI_4)
}

/// The octant of x (>= 0) and x reduced into [-Pi/4, Pi/4], as sin.go reduces it.
fn octant(x: f64) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return trig_reduce(x);
    }
    let mut j = (x * k::FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    j &= 7;
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z
        * zz
        * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz
        + zz * zz
            * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

/// `math.Sin`.
pub fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut sign = x < 0.0;
    let (mut j, z) = octant(x.abs());
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        cos_poly(zz)
    } else {
        sin_poly(z, zz)
    };
    if sign { -y } else { y }
}

/// `math.Cos`.
pub fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return nan();
    }
    let mut sign = false;
    let (mut j, z) = octant(x.abs());
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        sin_poly(z, zz)
    } else {
        cos_poly(zz)
    };
    if sign { -y } else { y }
}

/// `math.Sincos` (`sincos.go`).
pub fn sincos(x: f64) -> (f64, f64) {
    if x == 0.0 {
        return (x, 1.0);
    }
    if x.is_nan() || x.is_infinite() {
        return (nan(), nan());
    }
    let mut sin_sign = x < 0.0;
    let mut cos_sign = false;
    let (mut j, z) = octant(x.abs());
    if j > 3 {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if j > 1 {
        cos_sign = !cos_sign;
    }
    let zz = z * z;
    let mut c = cos_poly(zz);
    let mut s = sin_poly(z, zz);
    if j == 1 || j == 2 {
        std::mem::swap(&mut s, &mut c);
    }
    (if sin_sign { -s } else { s }, if cos_sign { -c } else { c })
}

/// `math.Tan` (`tan.go`).
pub fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [
        -1.30936939181383777646e4,
        1.15351664838587416140e6,
        -1.79565251976484877988e7,
    ];
    const Q: [f64; 5] = [
        1.00000000000000000000e0,
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let sign = x < 0.0;
    let x = if x < 0.0 { -x } else { x };
    let (j, z) = if x >= REDUCE_THRESHOLD {
        trig_reduce(x)
    } else {
        // Unlike sin.go, tan.go does not take the octant modulo 8.
        let mut j = (x * k::FOUR_OVER_PI) as u64;
        let mut y = j as f64;
        if j & 1 == 1 {
            j += 1;
            y += 1.0;
        }
        (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
    };
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * ((P[0] * zz + P[1]) * zz + P[2])
                / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign { -y } else { y }
}

/// `xatan`: atan of x in [0, 0.66].
fn xatan(x: f64) -> f64 {
    const P0: f64 = -8.750608600031904122785e-01;
    const P1: f64 = -1.615753718733365076637e+01;
    const P2: f64 = -7.500855792314704667340e+01;
    const P3: f64 = -1.228866684490136173410e+02;
    const P4: f64 = -6.485021904942025371773e+01;
    const Q0: f64 = 2.485846490142306297962e+01;
    const Q1: f64 = 1.650270098316988542046e+02;
    const Q2: f64 = 4.328810604912902668951e+02;
    const Q3: f64 = 4.853903996359136964868e+02;
    const Q4: f64 = 1.945506571482613964425e+02;
    let mut z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4)
        / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    x * z + x
}

/// `satan`: atan of a non-negative x, after range reduction.
fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123233995736765886130e-17;
    const HALF_MOREBITS: f64 = f64::from_bits(0x3c81a62633145c07);
    const TAN3PIO8: f64 = 2.41421356237309504880;
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return k::PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    k::PI_4 + xatan((x - 1.0) / (x + 1.0)) + HALF_MOREBITS
}

/// `math.Atan` (`atan.go`).
pub fn atan(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    if x > 0.0 { satan(x) } else { -satan(-x) }
}

/// `math.Asin` (`asin.go`).
pub fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let sign = x < 0.0;
    let x = if x < 0.0 { -x } else { x };
    if x > 1.0 {
        return nan();
    }
    let mut temp = (1.0 - x * x).sqrt();
    if x > 0.7 {
        temp = k::PI_2 - satan(temp / x);
    } else {
        temp = satan(x / temp);
    }
    if sign { -temp } else { temp }
}

/// `math.Acos`.
pub fn acos(x: f64) -> f64 {
    k::PI_2 - asin(x)
}

/// `math.Atan2` (`atan2.go`).
pub fn atan2(y: f64, x: f64) -> f64 {
    if y.is_nan() || x.is_nan() {
        return nan();
    }
    if y == 0.0 {
        if x >= 0.0 && !signbit(x) {
            return 0f64.copysign(y);
        }
        return k::PI.copysign(y);
    }
    if x == 0.0 {
        return k::PI_2.copysign(y);
    }
    if x.is_infinite() {
        if x == f64::INFINITY {
            return if y.is_infinite() {
                k::PI_4.copysign(y)
            } else {
                0f64.copysign(y)
            };
        }
        return if y.is_infinite() {
            k::PI3_4.copysign(y)
        } else {
            k::PI.copysign(y)
        };
    }
    if y.is_infinite() {
        return k::PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            return q + k::PI;
        }
        return q - k::PI;
    }
    q
}

/// `math.Sinh` (`sinh.go`).
pub fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.6307673640497716991184787251e+6,
        -0.8991272022039509355398013511e+5,
        -0.2894211355989563807284660366e+4,
        -0.2630563213397497062819489e+2,
    ];
    const Q: [f64; 3] = [
        -0.6307673640497716991212077277e+6,
        0.1521517378790019070696485176e+5,
        -0.173678953558233699533450911e+3,
    ];
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let temp = if x > 21.0 {
        exp(x) * 0.5
    } else if x > 0.5 {
        let ex = exp(x);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = x * x;
        let t = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * x;
        t / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
    };
    if sign { -temp } else { temp }
}

/// `math.Cosh` (`sinh.go`).
pub fn cosh(x: f64) -> f64 {
    let x = if x < 0.0 { -x } else { x };
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

/// `math.Tanh` (`tanh.go`).
pub fn tanh(x: f64) -> f64 {
    const MAXLOG: f64 = 8.8029691931113054295988e+01;
    const P: [f64; 3] = [
        -9.64399179425052238628e-1,
        -9.92877231001918586564e1,
        -1.61468768441708447952e3,
    ];
    const Q: [f64; 3] = [
        1.12811678491632931402e2,
        2.23548839060100448583e3,
        4.84406305325125486048e3,
    ];
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let z = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -z } else { z };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

/// `math.Asinh` (`asinh.go`).
pub fn asinh(x: f64) -> f64 {
    const LN2: f64 = 6.93147180559945286227e-01;
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let x = if x < 0.0 { -x } else { x };
    let temp = if x > LARGE {
        log(x) + LN2
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
    };
    if sign { -temp } else { temp }
}

/// `math.Acosh` (`acosh.go`).
pub fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= LARGE {
        return log(x) + k::LN2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// `math.Atanh` (`atanh.go`).
pub fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if x < -1.0 || x > 1.0 || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    let sign = x < 0.0;
    let x = if x < 0.0 { -x } else { x };
    let temp = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if sign { -temp } else { temp }
}

/// `isOddInt` of pow.go.
fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && go_int(xi) & 1 == 1
}

/// `math.Pow` (`pow.go`): special cases, then repeated squaring on Frexp's mantissa for
/// the integer part of y and Exp(yf*Log(x)) for its fraction.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if signbit(x) && is_odd_int(y) {
                return f64::NEG_INFINITY;
            }
            return f64::INFINITY;
        }
        if y > 0.0 {
            if signbit(x) && is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    } else if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y == f64::INFINITY) {
            return 0.0;
        }
        return f64::INFINITY;
    } else if x.is_infinite() {
        if x == f64::NEG_INFINITY {
            return pow(1.0 / x, -y);
        }
        if y < 0.0 {
            return 0.0;
        }
        if y > 0.0 {
            return f64::INFINITY;
        }
    } else if y == 0.5 {
        return x.sqrt();
    } else if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9.223372036854775808e18 {
        // yi is a large even int that will lead to overflow (or underflow to 0) for all x
        // except -1 (x == 1 was handled earlier).
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return f64::INFINITY;
    }
    // ans = a1 * 2**ae (= 1 for now).
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    // ans *= x**yf
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    // ans *= x**yi by repeated squaring, tracking the exponent separately to avoid
    // overflow and underflow.
    let (mut x1, mut xe) = frexp(x);
    let mut i = go_int(yi);
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            // Catastrophic overflow: ldexp below will give 0 or Inf.
            ae = ae.wrapping_add(xe);
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae = ae.wrapping_add(xe);
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    // ans = a1 * 2**ae; if y < 0 { ans = 1 / ans } without overflowing.
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = ae.wrapping_neg();
    }
    ldexp(a1, ae)
}

/// `math.Pow10`.
pub fn pow10(n: i64) -> f64 {
    const TAB: [f64; 32] = [
        1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
        1e30, 1e31,
    ];
    const POS32: [f64; 10] = [
        1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
    ];
    const NEG32: [f64; 11] = [
        1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
    ];
    if (0..=308).contains(&n) {
        return POS32[n as usize / 32] * TAB[n as usize % 32];
    }
    if (-323..=0).contains(&n) {
        return NEG32[(-n) as usize / 32] / TAB[(-n) as usize % 32];
    }
    if n > 0 { f64::INFINITY } else { 0.0 }
}

/// `math.Nextafter32`.
pub fn nextafter32(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        nan() as f32
    } else if x == y {
        x
    } else if x == 0.0 {
        f32::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f32::from_bits(x.to_bits().wrapping_add(1))
    } else {
        f32::from_bits(x.to_bits().wrapping_sub(1))
    }
}

mod special;
pub use special::*;

#[cfg(test)]
mod tests;
