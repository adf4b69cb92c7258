//! Go's `math` package functions with Go's special cases and, where Go's result can differ
//! from the platform libm in the last bit, Go's own algorithm: `Exp`, `Log` and `Hypot`
//! follow Go's amd64 assembly (`math/exp_amd64.s`, `log_amd64.s`, `hypot_amd64.s`), and
//! `Sinh`, `Cosh`, `Tanh`, `Remainder`, `Log2`, `Log10`, `Frexp`, `Ldexp`, `Modf`, `Nextafter`, `Logb`, `Ilogb`, `Max`, `Min` and
//! `Dim` follow the Go source. Functions that are exact in IEEE arithmetic (`Sqrt`, `Floor`,
//! `Ceil`, `Trunc`, `Round`, `RoundToEven`, `Mod`, `Abs`, `Copysign`) use Rust's.
//!
//! Functions still computed by Rust's libm rather than Go's algorithm are listed in
//! `LIBM_FUNCTIONS`; their tests record how many of Go's results they miss.

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

/// Functions below still use Rust's libm rather than a port of Go's algorithm.
pub const LIBM_FUNCTIONS: &[&str] = &[
    "cbrt", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
    "asinh", "acosh", "atanh", "pow",
];

pub fn cbrt(x: f64) -> f64 {
    x.cbrt()
}

pub fn exp2(x: f64) -> f64 {
    x.exp2()
}

pub fn expm1(x: f64) -> f64 {
    x.exp_m1()
}

pub fn log1p(x: f64) -> f64 {
    if x < -1.0 {
        return nan();
    }
    x.ln_1p()
}

pub fn sin(x: f64) -> f64 {
    x.sin()
}

pub fn cos(x: f64) -> f64 {
    x.cos()
}

pub fn tan(x: f64) -> f64 {
    x.tan()
}

pub fn asin(x: f64) -> f64 {
    x.asin()
}

pub fn acos(x: f64) -> f64 {
    x.acos()
}

pub fn atan(x: f64) -> f64 {
    x.atan()
}

pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
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
    let x = x.abs();
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

pub fn asinh(x: f64) -> f64 {
    x.asinh()
}

pub fn acosh(x: f64) -> f64 {
    x.acosh()
}

pub fn atanh(x: f64) -> f64 {
    x.atanh()
}

/// `math.Pow` with Go's special cases (`pow.go`); the general case uses libm.
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
    x.powf(y)
}

#[cfg(test)]
mod tests;
