//! Exact constant values and arithmetic, after Go's `go/constant`.
//!
//! Integers are arbitrary-precision; floats are exact rationals (go/constant switches to
//! 512-bit floats for huge fractions, which only matters for values no program prints);
//! a rational with denominator 1 is kept as an integer, as go/constant does for
//! literals. [`ConstValue::go_string`] is `constant.Value.String()`, the form types2
//! puts in messages (`%.6g` for floats, quoted and shortened strings).

use crate::syntax::ast::{BinOp, LitKind};
use num_rational::BigRational;

/// num-rational 0.4 is built on its own num-bigint; this names that integer type.
pub trait RatioInt {
    type Int;
}
impl<T> RatioInt for num_rational::Ratio<T> {
    type Int = T;
}
/// The arbitrary-precision integer of constant values.
pub type BigInt = <BigRational as RatioInt>::Int;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// The result of an erroneous operation.
    Unknown,
    Bool(bool),
    /// The bytes of a string constant (Go strings may hold invalid UTF-8: `"\xff"`).
    String(Vec<u8>),
    Int(BigInt),
    /// A non-integral (or integral but float-kind) exact rational.
    Float(BigRational),
    Complex(BigRational, BigRational),
}

fn rat_int(i: &BigInt) -> BigRational {
    BigRational::from_integer(i.clone())
}

/// Normalises a rational: integral values become `Int`, as go/constant's literals do.
fn norm_rat(r: BigRational) -> ConstValue {
    if r.is_integer() {
        ConstValue::Int(r.to_integer())
    } else {
        ConstValue::Float(r)
    }
}

fn norm_complex(re: BigRational, im: BigRational) -> ConstValue {
    // go/constant keeps complex results complex; `real`/`imag` extract parts.
    ConstValue::Complex(re, im)
}

impl ConstValue {
    pub fn int(i: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(i))
    }

    /// Parses a literal as written in the source (`0x1F`, `1_000`, `1e3`, `'a'`, `"s"`, `2i`).
    pub fn from_literal(kind: LitKind, raw: &str) -> Option<ConstValue> {
        match kind {
            LitKind::Int => parse_int(raw).map(ConstValue::Int),
            LitKind::Float => parse_float(raw).map(ConstValue::Float),
            LitKind::Imag => {
                let body = raw.strip_suffix('i')?;
                let im = if body.contains(['.', 'e', 'E', 'p', 'P']) && !is_hex_int(body) {
                    parse_float(body)?
                } else {
                    match parse_int(body) {
                        Some(i) => rat_int(&i),
                        None => parse_float(body)?,
                    }
                };
                Some(ConstValue::Complex(BigRational::zero(), im))
            }
            LitKind::Char => {
                let s = unquote_char(raw)?;
                Some(ConstValue::int(s as i64))
            }
            LitKind::String => unquote_string(raw).map(ConstValue::String),
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, ConstValue::Unknown)
    }

    /// The value as a rational (for ints and floats).
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(rat_int(i)),
            ConstValue::Float(r) => Some(r.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// The value as an integer if it is integral (go/constant `ToInt`).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(r) if r.is_integer() => Some(r.to_integer()),
            ConstValue::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    pub fn to_f64(&self) -> Option<f64> {
        self.to_rat().map(|r| rat_to_f64(&r))
    }

    fn to_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            ConstValue::Complex(re, im) => Some((re.clone(), im.clone())),
            _ => self.to_rat().map(|r| (r, BigRational::zero())),
        }
    }

    /// The sign of a numeric value (complex: zero only if both parts are).
    pub fn sign(&self) -> i32 {
        match self {
            ConstValue::Int(i) => {
                if i.is_zero() {
                    0
                } else if i.is_negative() {
                    -1
                } else {
                    1
                }
            }
            ConstValue::Float(r) => {
                if r.is_zero() {
                    0
                } else if r.is_negative() {
                    -1
                } else {
                    1
                }
            }
            ConstValue::Complex(re, im) => {
                if re.is_zero() && im.is_zero() {
                    0
                } else {
                    1
                }
            }
            _ => 1,
        }
    }

    /// `constant.Value.String()`: the short, human-readable form used in messages.
    pub fn go_string(&self) -> String {
        match self {
            ConstValue::Unknown => "unknown".to_string(),
            ConstValue::Bool(b) => b.to_string(),
            ConstValue::String(s) => {
                const MAX_LEN: usize = 72;
                let q = String::from_utf8_lossy(&crate::stdlib::strconv::quote(s)).into_owned();
                if q.chars().count() > MAX_LEN {
                    let cut: String = q.chars().take(MAX_LEN - 3).collect();
                    format!("{cut}...")
                } else {
                    q
                }
            }
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(r) => float_string(r),
            ConstValue::Complex(re, im) => {
                format!("({} + {}i)", float_string(re), float_string(im))
            }
        }
    }

    /// `constant.Value.ExactString()`.
    pub fn exact_string(&self) -> String {
        match self {
            ConstValue::Float(r) => format!("{}/{}", r.numer(), r.denom()),
            _ => self.go_string(),
        }
    }
}

/// Rounds a rational to the nearest f64 (ties to even), as big.Float does.
pub fn rat_to_f64(r: &BigRational) -> f64 {
    r.to_f64().unwrap_or(if r.is_negative() {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

/// Rounds a rational to the nearest f32.
pub fn rat_to_f32(r: &BigRational) -> f32 {
    // Rounding twice (to f64, then f32) can double-round; values where that matters are
    // exotic enough to accept for now.
    rat_to_f64(r) as f32
}

/// An exact rational from a finite f64.
pub fn f64_to_rat(f: f64) -> BigRational {
    BigRational::from_float(f).unwrap_or_else(BigRational::zero)
}

fn float_string(r: &BigRational) -> String {
    let f = rat_to_f64(r);
    if f.is_infinite() || (f == 0.0 && !r.is_zero()) {
        // Outside float64's range: go/constant prints a decimal mantissa and exponent.
        return big_float_string(r);
    }
    let s = format_g(f, 6);
    if !r.is_integer() && !s.contains('.') && !s.contains('e') {
        return format_g_shortest(f);
    }
    if !r.is_integer() && !s.contains('.') {
        return format_g_shortest(f);
    }
    s
}

fn big_float_string(r: &BigRational) -> String {
    // Go prints e.g. 1e+1000 as "1e+1000"; compute decimal exponent and 6 digits.
    let neg = r.is_negative();
    let a = r.abs();
    let ten = BigRational::from_integer(BigInt::from(10));
    let mut e: i64 = 0;
    let mut m = a.clone();
    // Coarse scaling by powers of ten using digit counts.
    let nd = a.numer().to_string().len() as i64 - a.denom().to_string().len() as i64;
    if nd > 0 {
        m = m / BigRational::from_integer(BigInt::from(10).pow(nd as u32));
        e += nd;
    } else if nd < 0 {
        m = m * BigRational::from_integer(BigInt::from(10).pow((-nd) as u32));
        e += nd;
    }
    while m >= ten {
        m = m / ten.clone();
        e += 1;
    }
    while m < BigRational::one() {
        m = m * ten.clone();
        e -= 1;
    }
    let mf = rat_to_f64(&m);
    let mut digits = format!("{:.5}", mf);
    if digits.starts_with("10") {
        digits = "1.00000".to_string();
        e += 1;
    }
    let digits = digits
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string();
    format!(
        "{}{}e{}{:02}",
        if neg { "-" } else { "" },
        digits,
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// Go's `%.{prec}g` for a finite f64.
pub fn format_g(f: f64, prec: usize) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{:.*e}", prec - 1, f);
    let (mant, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    if exp < -4 || exp >= prec as i32 {
        let mant = if mant.contains('.') {
            mant.trim_end_matches('0').trim_end_matches('.')
        } else {
            mant
        };
        format!(
            "{}e{}{:02}",
            mant,
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        let s = format!("{:.*}", decimals, f);
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    }
}

/// Go's `%g` (shortest representation that round-trips).
pub fn format_g_shortest(f: f64) -> String {
    let s = format!("{:e}", f);
    let (mant, exp) = s.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    if exp < -4 || exp >= 21 {
        format!(
            "{}e{}{:02}",
            mant,
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    } else {
        let s = format!("{}", f);
        s
    }
}

fn is_hex_int(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.starts_with("0x") && !l.contains('p') && !l.contains('.')
}

fn parse_int(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let l = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = l.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = l.strip_prefix("0b") {
        (r.to_string(), 2)
    } else if let Some(r) = l.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if l.len() > 1 && l.starts_with('0') {
        (l[1..].to_string(), 8)
    } else {
        (l, 10)
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn parse_float(raw: &str) -> Option<BigRational> {
    let s: String = raw
        .chars()
        .filter(|&c| c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    if let Some(h) = s.strip_prefix("0x") {
        // Hex float: mantissa in hex, exponent p in binary.
        let (mant, exp) = match h.split_once('p') {
            Some((m, e)) => (m, e.parse::<i64>().ok()?),
            None => (h, 0),
        };
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{ip}{fp}");
        let n = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse_bytes(digits.as_bytes(), 16)?
        };
        let mut r = BigRational::from_integer(n);
        let e2 = exp - 4 * fp.len() as i64;
        let two = BigRational::from_integer(BigInt::from(2));
        r = r * pow_rat(&two, e2);
        return Some(r);
    }
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (s.as_str(), 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{ip}{fp}");
    let n = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10)?
    };
    let e10 = exp - fp.len() as i64;
    let ten = BigRational::from_integer(BigInt::from(10));
    Some(BigRational::from_integer(n) * pow_rat(&ten, e10))
}

fn pow_rat(base: &BigRational, e: i64) -> BigRational {
    let p = num_traits::pow(base.clone(), e.unsigned_abs() as usize);
    if e < 0 { p.recip() } else { p }
}

fn unescape(
    chars: &mut std::iter::Peekable<std::str::Chars>,
    quote: char,
    out: &mut Vec<u8>,
) -> Option<()> {
    let c = chars.next()?;
    let push_char = |out: &mut Vec<u8>, c: char| {
        let mut b = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    };
    match c {
        'a' => out.push(7),
        'b' => out.push(8),
        'f' => out.push(12),
        'n' => out.push(b'\n'),
        'r' => out.push(b'\r'),
        't' => out.push(b'\t'),
        'v' => out.push(11),
        '\\' => out.push(b'\\'),
        '\'' if quote == '\'' => out.push(b'\''),
        '"' if quote == '"' => out.push(b'"'),
        'x' => {
            let h: String = (0..2).filter_map(|_| chars.next()).collect();
            out.push(u8::from_str_radix(&h, 16).ok()?);
        }
        'u' | 'U' => {
            let n = if c == 'u' { 4 } else { 8 };
            let h: String = (0..n).filter_map(|_| chars.next()).collect();
            push_char(out, char::from_u32(u32::from_str_radix(&h, 16).ok()?)?);
        }
        '0'..='7' => {
            let mut v = c.to_digit(8)?;
            for _ in 0..2 {
                v = v * 8 + chars.next()?.to_digit(8)?;
            }
            out.push(u8::try_from(v).ok()?);
        }
        _ => return None,
    }
    Some(())
}

fn unquote_string(raw: &str) -> Option<Vec<u8>> {
    if let Some(r) = raw.strip_prefix('`') {
        let body = r.strip_suffix('`')?;
        return Some(body.replace('\r', "").into_bytes());
    }
    let body = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = Vec::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            unescape(&mut chars, '"', &mut out)?;
        } else {
            let mut b = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
    }
    // Go strings may hold invalid UTF-8 (from \x escapes): the bytes are kept as they are.
    Some(out)
}

fn unquote_char(raw: &str) -> Option<u32> {
    let body = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = body.chars().peekable();
    let c = chars.next()?;
    if c != '\\' {
        return Some(c as u32);
    }
    match chars.peek()? {
        'x' | '0'..='7' => {
            let mut out = Vec::new();
            unescape(&mut chars, '\'', &mut out)?;
            Some(out[0] as u32)
        }
        _ => {
            let mut out = Vec::new();
            unescape(&mut chars, '\'', &mut out)?;
            std::str::from_utf8(&out)
                .ok()?
                .chars()
                .next()
                .map(|c| c as u32)
        }
    }
}

/// Go's `strconv.Quote`.
pub fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            '\u{FFFD}' => out.push_str("\\ufffd"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_control() || (c as u32 >= 0x80 && c as u32 <= 0x9f) => {
                if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32))
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Compares two constants with a comparison operator (`constant.Compare`).
pub fn compare(x: &ConstValue, op: BinOp, y: &ConstValue) -> bool {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (x, y) {
        (ConstValue::Bool(a), ConstValue::Bool(b)) => {
            return match op {
                BinOp::Eql => a == b,
                BinOp::Neq => a != b,
                _ => false,
            };
        }
        (ConstValue::String(a), ConstValue::String(b)) => Some(a.cmp(b)),
        (ConstValue::Complex(..), _) | (_, ConstValue::Complex(..)) => {
            let eq = x.to_complex() == y.to_complex();
            return match op {
                BinOp::Eql => eq,
                BinOp::Neq => !eq,
                _ => false,
            };
        }
        _ => match (x.to_rat(), y.to_rat()) {
            (Some(a), Some(b)) => Some(a.cmp(&b)),
            _ => None,
        },
    };
    let Some(o) = ord else { return false };
    match op {
        BinOp::Eql => o == Ordering::Equal,
        BinOp::Neq => o != Ordering::Equal,
        BinOp::Lss => o == Ordering::Less,
        BinOp::Leq => o != Ordering::Greater,
        BinOp::Gtr => o == Ordering::Greater,
        BinOp::Geq => o != Ordering::Less,
        _ => false,
    }
}

/// Binary arithmetic (`constant.BinaryOp`). `int_div` selects truncated integer
/// division for `/` (types2 passes `token.QUO_ASSIGN` for integer operands). The caller
/// has already rejected division by zero.
pub fn binary_op(x: &ConstValue, op: BinOp, y: &ConstValue, int_div: bool) -> ConstValue {
    use ConstValue::*;
    match (x, y) {
        (Bool(a), Bool(b)) => match op {
            BinOp::LAnd => Bool(*a && *b),
            BinOp::LOr => Bool(*a || *b),
            _ => Unknown,
        },
        (String(a), String(b)) if op == BinOp::Add => String([a.as_slice(), b.as_slice()].concat()),
        (Int(a), Int(b)) => match op {
            BinOp::Add => Int(a + b),
            BinOp::Sub => Int(a - b),
            BinOp::Mul => Int(a * b),
            BinOp::Quo if int_div => Int(a / b),
            BinOp::Quo => norm_rat(BigRational::new(a.clone(), b.clone())),
            BinOp::Rem => Int(a % b),
            BinOp::And => Int(a & b),
            BinOp::Or => Int(a | b),
            BinOp::Xor => Int(a ^ b),
            BinOp::AndNot => Int(a & !b),
            _ => Unknown,
        },
        (Complex(..), _) | (_, Complex(..)) => {
            let (Some((a, b)), Some((c, d))) = (x.to_complex(), y.to_complex()) else {
                return Unknown;
            };
            match op {
                BinOp::Add => norm_complex(a + c, b + d),
                BinOp::Sub => norm_complex(a - c, b - d),
                BinOp::Mul => norm_complex(&a * &c - &b * &d, &b * &c + &a * &d),
                BinOp::Quo => {
                    let s = &c * &c + &d * &d;
                    norm_complex((&a * &c + &b * &d) / &s, (&b * &c - &a * &d) / &s)
                }
                _ => Unknown,
            }
        }
        _ => {
            let (Some(a), Some(b)) = (x.to_rat(), y.to_rat()) else {
                return Unknown;
            };
            match op {
                BinOp::Add => Float(a + b),
                BinOp::Sub => Float(a - b),
                BinOp::Mul => Float(a * b),
                BinOp::Quo if int_div => Int((a / b).trunc().to_integer()),
                BinOp::Quo => Float(a / b),
                _ => Unknown,
            }
        }
    }
}

/// Unary arithmetic (`constant.UnaryOp`); `prec` is the bit size for `^x` on unsigned
/// typed values (0 for signed or untyped).
pub fn unary_op(op: crate::syntax::ast::UnOp, x: &ConstValue, prec: u32) -> ConstValue {
    use crate::syntax::ast::UnOp;
    use ConstValue::*;
    match (op, x) {
        (UnOp::Plus, _) => x.clone(),
        (UnOp::Neg, Int(i)) => Int(-i),
        (UnOp::Neg, Float(r)) => Float(-r),
        (UnOp::Neg, Complex(a, b)) => Complex(-a, -b),
        (UnOp::Not, Bool(b)) => Bool(!b),
        (UnOp::Xor, Int(i)) => {
            let z = !i;
            if prec > 0 {
                let m = (BigInt::one() << prec) - 1;
                Int(z & m)
            } else {
                Int(z)
            }
        }
        _ => Unknown,
    }
}

/// `x << s` or `x >> s` for an integer constant.
pub fn shift(x: &ConstValue, left: bool, s: u32) -> ConstValue {
    match x.to_int() {
        Some(i) => ConstValue::Int(if left { i << s } else { i >> s }),
        None => ConstValue::Unknown,
    }
}

/// The number of bits needed for an integer's absolute value (`constant.BitLen`).
pub fn bit_len(x: &ConstValue) -> u64 {
    match x {
        ConstValue::Int(i) => i.bits(),
        _ => 0,
    }
}

/// Real part of a numeric constant.
pub fn real(x: &ConstValue) -> ConstValue {
    match x.to_complex() {
        Some((re, _)) => norm_rat(re),
        None => ConstValue::Unknown,
    }
}

/// Imaginary part of a numeric constant.
pub fn imag(x: &ConstValue) -> ConstValue {
    match x.to_complex() {
        Some((_, im)) => norm_rat(im),
        None => ConstValue::Unknown,
    }
}

/// Builds `re + im*i`.
pub fn make_complex(re: &ConstValue, im: &ConstValue) -> ConstValue {
    match (re.to_rat(), im.to_rat()) {
        (Some(a), Some(b)) => norm_complex(a, b),
        _ => ConstValue::Unknown,
    }
}

/// Converts a numeric constant's representation for a complex value (`constant.ToComplex`).
pub fn to_complex_value(x: &ConstValue) -> ConstValue {
    match x.to_complex() {
        Some((a, b)) => ConstValue::Complex(a, b),
        None => ConstValue::Unknown,
    }
}

/// Converts to a float-kind value if possible (`constant.ToFloat`).
pub fn to_float_value(x: &ConstValue) -> Option<BigRational> {
    x.to_rat()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(k: LitKind, s: &str) -> ConstValue {
        ConstValue::from_literal(k, s).unwrap()
    }

    #[test]
    fn literals() {
        assert_eq!(lit(LitKind::Int, "0x1F"), ConstValue::int(31));
        assert_eq!(lit(LitKind::Int, "0o17"), ConstValue::int(15));
        assert_eq!(lit(LitKind::Int, "017"), ConstValue::int(15));
        assert_eq!(lit(LitKind::Int, "1_000"), ConstValue::int(1000));
        assert_eq!(lit(LitKind::Float, "2.0").go_string(), "2");
        assert_eq!(lit(LitKind::Float, "1.5").go_string(), "1.5");
        assert_eq!(lit(LitKind::Float, "0x1p-2").go_string(), "0.25");
        assert_eq!(lit(LitKind::Char, "'a'"), ConstValue::int(97));
        assert_eq!(lit(LitKind::Char, "'\\n'"), ConstValue::int(10));
        assert_eq!(lit(LitKind::Char, "'é'"), ConstValue::int(233));
        assert_eq!(
            lit(LitKind::String, "\"a\\tb\""),
            ConstValue::String(b"a\tb".to_vec())
        );
        assert_eq!(
            lit(LitKind::String, "`a\\n`"),
            ConstValue::String(b"a\\n".to_vec())
        );
    }

    #[test]
    fn strings_like_go_constant() {
        assert_eq!(lit(LitKind::Float, "1e100").go_string(), "1e+100");
        assert_eq!(lit(LitKind::Float, "3.14159265").go_string(), "3.14159");
        assert_eq!(lit(LitKind::Float, "0.1").go_string(), "0.1");
        assert_eq!(lit(LitKind::Float, "1e-7").go_string(), "1e-07");
        assert_eq!(lit(LitKind::Float, "1e1000").go_string(), "1e+1000");
        assert_eq!(lit(LitKind::Imag, "2i").go_string(), "(0 + 2i)");
        assert_eq!(
            lit(LitKind::String, "\"a\\\"b\\n\"").go_string(),
            "\"a\\\"b\\n\""
        );
        let long = ConstValue::String(b"x".repeat(100));
        assert_eq!(long.go_string().chars().count(), 72);
        assert!(long.go_string().ends_with("xxx..."));
    }

    #[test]
    fn arithmetic() {
        let a = ConstValue::int(7);
        let b = ConstValue::int(2);
        assert_eq!(binary_op(&a, BinOp::Quo, &b, true), ConstValue::int(3));
        assert_eq!(binary_op(&a, BinOp::Quo, &b, false).go_string(), "3.5");
        assert_eq!(
            binary_op(&ConstValue::int(-7), BinOp::Rem, &b, true),
            ConstValue::int(-1)
        );
        assert_eq!(
            shift(&ConstValue::int(1), true, 70).go_string(),
            "1180591620717411303424"
        );
        assert_eq!(
            unary_op(crate::syntax::ast::UnOp::Xor, &ConstValue::int(0), 8),
            ConstValue::int(255)
        );
        assert_eq!(
            unary_op(crate::syntax::ast::UnOp::Xor, &ConstValue::int(0), 0),
            ConstValue::int(-1)
        );
        assert!(compare(
            &ConstValue::String(b"a".to_vec()),
            BinOp::Lss,
            &ConstValue::String(b"b".to_vec())
        ));
        let c = binary_op(
            &lit(LitKind::Imag, "1i"),
            BinOp::Mul,
            &lit(LitKind::Imag, "1i"),
            false,
        );
        assert_eq!(c.go_string(), "(-1 + 0i)");
    }
}
