//! Go's `strconv` package in pure Rust: integer and float formatting and parsing, quoting
//! and unquoting, with Go 1.23's exact output and error values.
//!
//! Go strings are byte strings that need not be valid UTF-8, so every string-valued
//! function here takes and returns bytes (`&[u8]`, `Vec<u8>`). The behaviour mirrors
//! `strconv/itoa.go`, `ftoa.go`, `atoi.go`, `atof.go`, `quote.go` and `atob.go`; runes are
//! decoded with Go's `unicode/utf8` rules (invalid bytes decode as U+FFFD of width 1).

use std::fmt;

use super::isprint::PRINT_RANGES;

/// The reason a conversion failed, as in Go's `strconv` error values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// A bad base argument: "invalid base N".
    Base(i64),
    /// A bad bit size argument: "invalid bit size N".
    BitSize(i64),
}

impl fmt::Display for NumErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumErrorKind::Syntax => f.write_str("invalid syntax"),
            NumErrorKind::Range => f.write_str("value out of range"),
            NumErrorKind::Base(b) => write!(f, "invalid base {b}"),
            NumErrorKind::BitSize(b) => write!(f, "invalid bit size {b}"),
        }
    }
}

/// Go's `*strconv.NumError`: the failing function, its input and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// The failing function without the package, e.g. `"Atoi"` or `"ParseFloat"`.
    pub func: &'static str,
    /// The input, as given.
    pub num: Vec<u8>,
    /// Why the conversion failed.
    pub err: NumErrorKind,
}

impl NumError {
    fn new(func: &'static str, num: &[u8], err: NumErrorKind) -> NumError {
        NumError {
            func,
            num: num.to_vec(),
            err,
        }
    }

    /// The message Go's `(*NumError).Error` returns, as bytes (the input may be any bytes).
    pub fn message(&self) -> Vec<u8> {
        let mut out = b"strconv.".to_vec();
        out.extend_from_slice(self.func.as_bytes());
        out.extend_from_slice(b": parsing ");
        out.extend_from_slice(&quote(&self.num));
        out.extend_from_slice(b": ");
        out.extend_from_slice(self.err.to_string().as_bytes());
        out
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.message()))
    }
}

impl std::error::Error for NumError {}

// ---------------------------------------------------------------------------------------
// UTF-8 with Go's rules.

/// The Unicode replacement character, Go's `utf8.RuneError`.
pub const RUNE_ERROR: u32 = 0xFFFD;
/// The largest valid rune, Go's `utf8.MaxRune`.
pub const MAX_RUNE: u32 = 0x10FFFF;

/// Decodes the first rune of `s` as Go's `utf8.DecodeRune` does: `(RUNE_ERROR, 1)` for an
/// invalid encoding and `(RUNE_ERROR, 0)` for an empty input.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, init, lo, hi) = match b0 {
        0xC2..=0xDF => (2, (b0 & 0x1F) as u32, 0x80, 0xBF),
        0xE0 => (3, (b0 & 0x0F) as u32, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, (b0 & 0x0F) as u32, 0x80, 0xBF),
        0xED => (3, (b0 & 0x0F) as u32, 0x80, 0x9F),
        0xF0 => (4, (b0 & 0x07) as u32, 0x90, 0xBF),
        0xF1..=0xF3 => (4, (b0 & 0x07) as u32, 0x80, 0xBF),
        0xF4 => (4, (b0 & 0x07) as u32, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n {
        return (RUNE_ERROR, 1);
    }
    if !(lo..=hi).contains(&s[1]) {
        return (RUNE_ERROR, 1);
    }
    let mut r = (init << 6) | (s[1] & 0x3F) as u32;
    for &b in &s[2..n] {
        if !(0x80..=0xBF).contains(&b) {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (b & 0x3F) as u32;
    }
    (r, n)
}

/// Reports whether `r` may be encoded in UTF-8, as Go's `utf8.ValidRune`.
pub fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE as i64).contains(&r)
}

/// Appends the UTF-8 encoding of `r`, writing U+FFFD for an invalid rune
/// (Go's `utf8.AppendRune`).
pub fn append_rune(out: &mut Vec<u8>, r: i64) {
    let r = if valid_rune(r) { r as u32 } else { RUNE_ERROR };
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Counts runes as Go's `utf8.RuneCount` does (each invalid byte counts as one).
pub fn rune_count(s: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        let (_, w) = decode_rune(&s[i..]);
        i += w;
        n += 1;
    }
    n
}

/// Reports whether Go's `strconv.IsPrint` holds for `r`.
pub fn is_print(r: u32) -> bool {
    PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

// ---------------------------------------------------------------------------------------
// Integers (itoa.go).

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn format_bits(out: &mut Vec<u8>, mut u: u64, base: u32, neg: bool) {
    assert!(
        (2..=36).contains(&base),
        "strconv: illegal AppendInt/FormatInt base"
    );
    let mut a = [0u8; 65];
    let mut i = a.len();
    if neg {
        u = u.wrapping_neg();
    }
    let b = base as u64;
    while u >= b {
        i -= 1;
        a[i] = DIGITS[(u % b) as usize];
        u /= b;
    }
    i -= 1;
    a[i] = DIGITS[u as usize];
    if neg {
        i -= 1;
        a[i] = b'-';
    }
    out.extend_from_slice(&a[i..]);
}

/// Go's `strconv.FormatInt`. Panics on a base outside 2..=36, as Go does.
pub fn format_int(i: i64, base: u32) -> String {
    let mut out = Vec::new();
    append_int(&mut out, i, base);
    String::from_utf8(out).expect("digits are ASCII")
}

/// Go's `strconv.FormatUint`.
pub fn format_uint(u: u64, base: u32) -> String {
    let mut out = Vec::new();
    append_uint(&mut out, u, base);
    String::from_utf8(out).expect("digits are ASCII")
}

/// Go's `strconv.AppendInt`.
pub fn append_int(out: &mut Vec<u8>, i: i64, base: u32) {
    format_bits(out, i as u64, base, i < 0);
}

/// Go's `strconv.AppendUint`.
pub fn append_uint(out: &mut Vec<u8>, u: u64, base: u32) {
    format_bits(out, u, base, false);
}

/// Go's `strconv.Itoa`.
pub fn itoa(i: i64) -> String {
    format_int(i, 10)
}

/// Go's `strconv.FormatBool`.
pub fn format_bool(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// Go's `strconv.AppendBool`.
pub fn append_bool(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(format_bool(b).as_bytes());
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(s: &[u8]) -> Result<bool, NumError> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Ok(false),
        _ => Err(NumError::new("ParseBool", s, NumErrorKind::Syntax)),
    }
}

// ---------------------------------------------------------------------------------------
// Integer parsing (atoi.go).

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Reports whether the underscores in a number literal are all digit separators, as
/// Go's `underscoreOK` (a base prefix counts as a digit).
fn underscore_ok(mut s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's `strconv.ParseUint` with both of Go's results: on a range error the value is the
/// largest value of the bit size, as in Go.
pub fn parse_uint_go(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumError>) {
    const F: &str = "ParseUint";
    if s.is_empty() {
        return (0, Some(NumError::new(F, s, NumErrorKind::Syntax)));
    }
    let s0 = s;
    let base0 = base == 0;
    let mut s = s;
    let mut base = base;
    if base == 0 {
        base = 10;
        if s[0] == b'0' {
            if s.len() >= 3 && lower(s[1]) == b'b' {
                base = 2;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'o' {
                base = 8;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'x' {
                base = 16;
                s = &s[2..];
            } else {
                base = 8;
                s = &s[1..];
            }
        }
    } else if !(2..=36).contains(&base) {
        return (0, Some(NumError::new(F, s0, NumErrorKind::Base(base))));
    }
    let bit_size = if bit_size == 0 {
        64
    } else if !(0..=64).contains(&bit_size) {
        return (
            0,
            Some(NumError::new(F, s0, NumErrorKind::BitSize(bit_size))),
        );
    } else {
        bit_size
    };
    let cutoff = u64::MAX / base as u64 + 1;
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = if c == b'_' && base0 {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if (b'a'..=b'z').contains(&lower(c)) {
            lower(c) - b'a' + 10
        } else {
            return (0, Some(NumError::new(F, s0, NumErrorKind::Syntax)));
        };
        if d as i64 >= base {
            return (0, Some(NumError::new(F, s0, NumErrorKind::Syntax)));
        }
        if n >= cutoff {
            return (max_val, Some(NumError::new(F, s0, NumErrorKind::Range)));
        }
        n *= base as u64;
        let (n1, over) = n.overflowing_add(d as u64);
        if over || n1 > max_val {
            return (max_val, Some(NumError::new(F, s0, NumErrorKind::Range)));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, Some(NumError::new(F, s0, NumErrorKind::Syntax)));
    }
    (n, None)
}

/// Go's `strconv.ParseInt` with both of Go's results: on a range error the value is the
/// bound of the bit size in the input's direction.
pub fn parse_int_go(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    const F: &str = "ParseInt";
    if s.is_empty() {
        return (0, Some(NumError::new(F, s, NumErrorKind::Syntax)));
    }
    let s0 = s;
    let mut neg = false;
    let mut s = s;
    if s[0] == b'+' {
        s = &s[1..];
    } else if s[0] == b'-' {
        neg = true;
        s = &s[1..];
    }
    let (un, err) = parse_uint_go(s, base, bit_size);
    if let Some(e) = err {
        if e.err != NumErrorKind::Range {
            return (0, Some(NumError::new(F, s0, e.err)));
        }
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return (
            (cutoff - 1) as i64,
            Some(NumError::new(F, s0, NumErrorKind::Range)),
        );
    }
    if neg && un > cutoff {
        return (
            (cutoff as i64).wrapping_neg(),
            Some(NumError::new(F, s0, NumErrorKind::Range)),
        );
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// Go's `strconv.ParseInt` (`int` is 64 bits wide).
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> Result<i64, NumError> {
    match parse_int_go(s, base, bit_size) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

/// Go's `strconv.ParseUint`.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> Result<u64, NumError> {
    match parse_uint_go(s, base, bit_size) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

/// Go's `strconv.Atoi` with both results (errors name the function `Atoi`).
pub fn atoi_go(s: &[u8]) -> (i64, Option<NumError>) {
    let (v, err) = parse_int_go(s, 10, 0);
    (
        v,
        err.map(|mut e| {
            e.func = "Atoi";
            e
        }),
    )
}

/// Go's `strconv.Atoi`.
pub fn atoi(s: &[u8]) -> Result<i64, NumError> {
    match atoi_go(s) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------
// Float formatting (ftoa.go).

/// Decimal digits of a float's magnitude: the value is `0.d[0]d[1]... * 10^dp`, with no
/// trailing zeros; zero has no digits and `dp == 0` (Go's `decimalSlice`).
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

/// Parses Rust's `{:e}`-style output of a non-negative finite value (`1.2345e-7`, `0e0`)
/// into digits without trailing zeros.
fn digits_from_exp(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    let mut d: Vec<u8> = mant.bytes().filter(|&c| c != b'.').collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// Shortest digits that round-trip at the given bit size.
fn shortest_digits(v: f64, bit_size: u32) -> Digits {
    let s = if bit_size == 32 {
        format!("{:e}", (v as f32).abs())
    } else {
        format!("{:e}", v.abs())
    };
    let shortest = digits_from_exp(&s);
    if shortest.d.is_empty() {
        return shortest;
    }
    // When two candidates of that length are equally close (the value lies exactly
    // halfway), Rust rounds up while Go's Ryu rounds half to even: Go's digits are the
    // correctly rounded ones of the same length whenever those still read back as the
    // value (ftoaryu.go, ryuDigits).
    let rounded = fixed_digits(v, bit_size, shortest.d.len());
    if rounded.d == shortest.d && rounded.dp == shortest.dp {
        return shortest;
    }
    let text = format!(
        "0.{}e{}",
        std::str::from_utf8(&rounded.d).expect("digits"),
        rounded.dp
    );
    let round_trips = if bit_size == 32 {
        text.parse::<f32>().ok() == Some((v as f32).abs())
    } else {
        text.parse::<f64>().ok() == Some(v.abs())
    };
    if round_trips { rounded } else { shortest }
}

/// The value correctly rounded (half to even on exact ties) to `n >= 1` significant digits.
fn fixed_digits(v: f64, bit_size: u32, n: usize) -> Digits {
    let p = n - 1;
    let s = if bit_size == 32 {
        format!("{:.*e}", p, (v as f32).abs())
    } else {
        format!("{:.*e}", p, v.abs())
    };
    digits_from_exp(&s)
}

/// The value correctly rounded to `prec` digits after the decimal point.
fn fixed_point_digits(v: f64, bit_size: u32, prec: usize) -> Digits {
    let s = if bit_size == 32 {
        format!("{:.*}", prec, (v as f32).abs())
    } else {
        format!("{:.*}", prec, v.abs())
    };
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut d: Vec<u8> = Vec::with_capacity(s.len());
    let mut dp = int.len() as i32;
    let int = int.trim_start_matches('0');
    if int.is_empty() {
        // The magnitude is below one: count leading fractional zeros.
        let lead = frac.bytes().take_while(|&c| c == b'0').count();
        dp = -(lead as i32);
        d.extend(frac.bytes().skip(lead));
    } else {
        dp = dp.min(int.len() as i32);
        d.extend(int.bytes());
        d.extend(frac.bytes());
    }
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

fn fmt_e(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i32, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        let m = d.d.len().min(prec as usize + 1);
        if m > 1 {
            out.extend_from_slice(&d.d[1..m]);
        }
        for _ in m.max(1)..=prec as usize {
            out.push(b'0');
        }
    }
    out.push(fmt);
    let mut exp = d.dp - 1;
    if d.d.is_empty() {
        exp = 0;
    }
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_f(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i32) {
    if neg {
        out.push(b'-');
    }
    if d.dp > 0 {
        let m = d.d.len().min(d.dp as usize);
        out.extend_from_slice(&d.d[..m]);
        for _ in m..d.dp as usize {
            out.push(b'0');
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 0..prec {
            let j = d.dp + i;
            let ch = if 0 <= j && (j as usize) < d.d.len() {
                d.d[j as usize]
            } else {
                b'0'
            };
            out.push(ch);
        }
    }
}

fn fmt_b(out: &mut Vec<u8>, neg: bool, mant: u64, exp: i32, mantbits: i32) {
    if neg {
        out.push(b'-');
    }
    append_uint(out, mant, 10);
    out.push(b'p');
    let exp = exp - mantbits;
    if exp >= 0 {
        out.push(b'+');
    }
    append_int(out, exp as i64, 10);
}

fn fmt_x(
    out: &mut Vec<u8>,
    prec: i32,
    fmt: u8,
    neg: bool,
    mut mant: u64,
    mut exp: i32,
    mantbits: i32,
) {
    if mant == 0 {
        exp = 0;
    }
    // Shift the mantissa so that its leading 1 is at bit 60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    // Round to prec hex digits, half to even.
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// Go's `strconv.AppendFloat`: formats `v` (rounded to float32 first if `bit_size` is 32)
/// in format `fmt` (`b e E f g G x X`) with precision `prec` (-1 for the shortest digits
/// that round-trip). Panics on a bit size other than 32 or 64, as Go does.
pub fn append_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i32, bit_size: u32) {
    let (bits, mantbits, expbits, bias) = match bit_size {
        32 => ((v as f32).to_bits() as u64, 23i32, 8i32, -127i32),
        64 => (v.to_bits(), 52, 11, -1023),
        _ => panic!("strconv: illegal AppendFloat/FormatFloat bitSize"),
    };
    let neg = bits >> (expbits + mantbits) != 0;
    let mut exp = ((bits >> mantbits) & ((1 << expbits) - 1)) as i32;
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if exp == (1 << expbits) - 1 {
        out.extend_from_slice(if mant != 0 {
            b"NaN"
        } else if neg {
            b"-Inf"
        } else {
            b"+Inf"
        });
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mantbits;
    }
    exp += bias;
    match fmt {
        b'b' => return fmt_b(out, neg, mant, exp, mantbits),
        b'x' | b'X' => return fmt_x(out, prec, fmt, neg, mant, exp, mantbits),
        _ => {}
    }
    let shortest = prec < 0;
    let mut prec = prec;
    let digs = if shortest {
        let d = shortest_digits(v, bit_size);
        let nd = d.d.len() as i32;
        match fmt {
            b'e' | b'E' => prec = (nd - 1).max(0),
            b'f' => prec = (nd - d.dp).max(0),
            b'g' | b'G' => prec = nd,
            _ => {}
        }
        d
    } else {
        match fmt {
            b'e' | b'E' => fixed_digits(v, bit_size, prec as usize + 1),
            b'f' => fixed_point_digits(v, bit_size, prec as usize),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                fixed_digits(v, bit_size, prec as usize)
            }
            _ => Digits {
                d: Vec::new(),
                dp: 0,
            },
        }
    };
    let nd = digs.d.len() as i32;
    match fmt {
        b'e' | b'E' => fmt_e(out, neg, &digs, prec, fmt),
        b'f' => fmt_f(out, neg, &digs, prec),
        b'g' | b'G' => {
            let mut eprec = prec;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                return fmt_e(out, neg, &digs, prec - 1, fmt + b'e' - b'g');
            }
            if prec > digs.dp {
                prec = nd;
            }
            fmt_f(out, neg, &digs, (prec - digs.dp).max(0));
        }
        _ => out.extend_from_slice(&[b'%', fmt]),
    }
}

/// Go's `strconv.FormatFloat`.
pub fn format_float(v: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let mut out = Vec::new();
    append_float(&mut out, v, fmt, prec, bit_size);
    String::from_utf8(out).expect("float text is ASCII")
}

// ---------------------------------------------------------------------------------------
// Float parsing (atof.go).

/// Matches Go's `special`: an optionally signed "inf"/"infinity" or unsigned "nan",
/// case-insensitively, as a prefix. Returns the value and the bytes consumed.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let common = |s: &[u8], word: &[u8]| {
        s.iter()
            .zip(word)
            .take_while(|(a, b)| lower(**a) == **b)
            .count()
    };
    let first = *s.first()?;
    let (sign, nsign, rest) = match first {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        _ => (1.0, 0, s),
    };
    match rest.first().copied().map(lower) {
        Some(b'i') => {
            let mut n = common(rest, b"infinity");
            if 3 < n && n < 8 {
                n = 3;
            }
            if n == 3 || n == 8 {
                return Some((sign * f64::INFINITY, nsign + n));
            }
        }
        Some(b'n') if nsign == 0 => {
            if common(rest, b"nan") == 3 {
                return Some((f64::NAN, 3));
            }
        }
        _ => {}
    }
    None
}

/// What `read_float` learnt about a number's syntax.
struct FloatSyntax {
    neg: bool,
    hex: bool,
    /// Hex mantissa (at most 16 digits kept) and binary exponent, for hex floats.
    mantissa: u64,
    exp: i32,
    trunc: bool,
    /// Digits (decimal, underscores removed) with the decimal point position and exponent,
    /// for decimal floats: the value is `0.digits * 10^dp`.
    digits: Vec<u8>,
    dp: i64,
    /// Bytes consumed.
    n: usize,
}

/// Scans the longest float prefix of `s` as Go's `readFloat` does; `None` for a syntax
/// error.
fn read_float(s: &[u8]) -> Option<FloatSyntax> {
    let mut i = 0;
    let mut underscores = false;
    let mut neg = false;
    if i >= s.len() {
        return None;
    }
    if s[i] == b'+' {
        i += 1;
    } else if s[i] == b'-' {
        neg = true;
        i += 1;
    }
    let mut base = 10u64;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let mut sawdot = false;
    let mut sawdigits = false;
    let mut nd: i64 = 0;
    let mut nd_mant: i64 = 0;
    let mut dp: i64 = 0;
    let mut mantissa: u64 = 0;
    let mut trunc = false;
    let mut digits = Vec::new();
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                dp -= 1;
                i += 1;
                continue;
            }
            nd += 1;
            digits.push(c);
            if nd_mant < max_mant_digits {
                mantissa = mantissa * base + (c - b'0') as u64;
                nd_mant += 1;
            } else if c != b'0' {
                trunc = true;
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * 16 + (lower(c) - b'a' + 10) as u64;
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        if i >= s.len() {
            return None;
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return None;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return None;
    }
    let mut exp = 0i64;
    if mantissa != 0 {
        exp = dp - nd_mant;
    }
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(FloatSyntax {
        neg,
        hex,
        mantissa,
        exp: exp.clamp(-100_000, 100_000) as i32,
        trunc,
        digits,
        dp,
        n: i,
    })
}

/// Go's `atofHex`: rounds a hex mantissa times 2^exp to the float format, half to even.
/// Returns the value (as f64) and whether it overflowed.
fn atof_hex(fs: &FloatSyntax, bit_size: u32) -> (f64, bool) {
    let (mantbits, expbits, bias) = if bit_size == 32 {
        (23i32, 8i32, -127i32)
    } else {
        (52, 11, -1023)
    };
    let max_exp = (1 << expbits) + bias - 2;
    let min_exp = bias + 1;
    let mut mantissa = fs.mantissa;
    let mut exp = fs.exp + mantbits;
    while mantissa != 0 && mantissa >> (mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if fs.trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mantbits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mantbits == 0 {
        exp = bias;
    }
    let mut overflow = false;
    if exp > max_exp {
        mantissa = 1 << mantbits;
        exp = max_exp + 1;
        overflow = true;
    }
    let mut bits = mantissa & ((1 << mantbits) - 1);
    bits |= (((exp - bias) & ((1 << expbits) - 1)) as u64) << mantbits;
    if fs.neg {
        bits |= 1 << mantbits << expbits;
    }
    let v = if bit_size == 32 {
        f32::from_bits(bits as u32) as f64
    } else {
        f64::from_bits(bits)
    };
    (v, overflow)
}

/// Go's `parseFloatPrefix`: parses the longest float prefix, returning the value, the
/// number of bytes consumed and any error.
pub fn parse_float_prefix(s: &[u8], bit_size: u32) -> (f64, usize, Option<NumError>) {
    const F: &str = "ParseFloat";
    if let Some((v, n)) = special(s) {
        return (v, n, None);
    }
    let Some(fs) = read_float(s) else {
        return (0.0, 0, Some(NumError::new(F, s, NumErrorKind::Syntax)));
    };
    let n = fs.n;
    if fs.hex {
        let (v, ovf) = atof_hex(&fs, bit_size);
        let err = ovf.then(|| NumError::new(F, &s[..n], NumErrorKind::Range));
        return (v, n, err);
    }
    // Rebuild a plain decimal literal (digits without leading zeros, exponent clamped as
    // Go clamps it) and let Rust's correctly rounded parser do the conversion.
    let mut text = String::with_capacity(fs.digits.len() + 16);
    if fs.neg {
        text.push('-');
    }
    let v = if fs.digits.is_empty() {
        0.0
    } else {
        text.push_str("0.");
        text.push_str(std::str::from_utf8(&fs.digits).expect("ASCII digits"));
        text.push('e');
        text.push_str(&fs.dp.clamp(-1_000_000, 1_000_000).to_string());
        if bit_size == 32 {
            text.parse::<f32>().expect("valid literal") as f64
        } else {
            text.parse::<f64>().expect("valid literal")
        }
    };
    let v = if fs.neg && v == 0.0 { -0.0 } else { v };
    if v.is_infinite() {
        return (v, n, Some(NumError::new(F, s, NumErrorKind::Range)));
    }
    (v, n, None)
}

/// Go's `strconv.ParseFloat` with both of Go's results (±Inf with a range error on
/// overflow).
pub fn parse_float_go(s: &[u8], bit_size: u32) -> (f64, Option<NumError>) {
    let (v, n, err) = parse_float_prefix(s, bit_size);
    if n != s.len() && err.as_ref().is_none_or(|e| e.err != NumErrorKind::Syntax) {
        return (
            0.0,
            Some(NumError::new("ParseFloat", s, NumErrorKind::Syntax)),
        );
    }
    (v, err)
}

/// Go's `strconv.ParseFloat`.
pub fn parse_float(s: &[u8], bit_size: u32) -> Result<f64, NumError> {
    match parse_float_go(s, bit_size) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------
// Quoting (quote.go).

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// Go's `isGraphic` list: the graphic runes (Unicode category Zs) that `IsPrint` rejects.
const IS_GRAPHIC: [u16; 16] = [
    0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
    0x200a, 0x202f, 0x205f, 0x3000,
];

fn is_in_graphic_list(r: u32) -> bool {
    r <= 0xFFFF && IS_GRAPHIC.binary_search(&(r as u16)).is_ok()
}

/// Go's `strconv.IsGraphic`: `IsPrint`, plus the other Unicode spaces (category Zs).
pub fn is_graphic(r: u32) -> bool {
    is_print(r) || is_in_graphic_list(r)
}

fn append_escaped_rune_g(
    out: &mut Vec<u8>,
    r: u32,
    quote: u8,
    ascii_only: bool,
    graphic_only: bool,
) {
    if r == quote as u32 || r == '\\' as u32 {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            out.push(r as u8);
            return;
        }
    } else if is_print(r) || graphic_only && is_in_graphic_list(r) {
        append_rune(out, r as i64);
        return;
    }
    match r {
        0x07 => out.extend_from_slice(b"\\a"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0D => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0B => out.extend_from_slice(b"\\v"),
        _ => {
            if r < b' ' as u32 || r == 0x7F {
                out.extend_from_slice(b"\\x");
                out.push(LOWERHEX[(r >> 4) as usize & 0xF]);
                out.push(LOWERHEX[r as usize & 0xF]);
            } else {
                let r = if valid_rune(r as i64) { r } else { RUNE_ERROR };
                if r < 0x10000 {
                    out.extend_from_slice(b"\\u");
                    for s in (0..=12).rev().step_by(4) {
                        out.push(LOWERHEX[(r >> s) as usize & 0xF]);
                    }
                } else {
                    out.extend_from_slice(b"\\U");
                    for s in (0..=28).rev().step_by(4) {
                        out.push(LOWERHEX[(r >> s) as usize & 0xF]);
                    }
                }
            }
        }
    }
}

fn append_quoted_with(out: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool) {
    append_quoted_with_g(out, s, quote, ascii_only, false)
}

fn append_quoted_with_g(
    out: &mut Vec<u8>,
    s: &[u8],
    quote: u8,
    ascii_only: bool,
    graphic_only: bool,
) {
    out.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if w == 1 && r == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(LOWERHEX[(s[i] >> 4) as usize]);
            out.push(LOWERHEX[(s[i] & 0xF) as usize]);
        } else {
            append_escaped_rune_g(out, r, quote, ascii_only, graphic_only);
        }
        i += w;
    }
    out.push(quote);
}

fn append_quoted_rune_with(out: &mut Vec<u8>, r: i64, quote: u8, ascii_only: bool) {
    append_quoted_rune_with_g(out, r, quote, ascii_only, false)
}

fn append_quoted_rune_with_g(
    out: &mut Vec<u8>,
    r: i64,
    quote: u8,
    ascii_only: bool,
    graphic_only: bool,
) {
    out.push(quote);
    let r = if valid_rune(r) { r as u32 } else { RUNE_ERROR };
    append_escaped_rune_g(out, r, quote, ascii_only, graphic_only);
    out.push(quote);
}

/// Go's `strconv.QuoteToGraphic`.
pub fn quote_to_graphic(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    append_quoted_with_g(&mut out, s, b'"', false, true);
    out
}

/// Go's `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(r: i64) -> Vec<u8> {
    let mut out = Vec::new();
    append_quoted_rune_with_g(&mut out, r, b'\'', false, true);
    out
}

/// Go's `strconv.AppendQuote`.
pub fn append_quote(out: &mut Vec<u8>, s: &[u8]) {
    append_quoted_with(out, s, b'"', false);
}

/// Go's `strconv.AppendQuoteToASCII`.
pub fn append_quote_to_ascii(out: &mut Vec<u8>, s: &[u8]) {
    append_quoted_with(out, s, b'"', true);
}

/// Go's `strconv.AppendQuoteRune`; `r` is any Go rune (int32) value.
pub fn append_quote_rune(out: &mut Vec<u8>, r: i64) {
    append_quoted_rune_with(out, r, b'\'', false);
}

/// Go's `strconv.AppendQuoteRuneToASCII`.
pub fn append_quote_rune_to_ascii(out: &mut Vec<u8>, r: i64) {
    append_quoted_rune_with(out, r, b'\'', true);
}

/// Go's `strconv.Quote`.
pub fn quote(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    append_quote(&mut out, s);
    out
}

/// Go's `strconv.QuoteToASCII`.
pub fn quote_to_ascii(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    append_quote_to_ascii(&mut out, s);
    out
}

/// Go's `strconv.QuoteRune`.
pub fn quote_rune(r: i64) -> Vec<u8> {
    let mut out = Vec::new();
    append_quote_rune(&mut out, r);
    out
}

/// Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i64) -> Vec<u8> {
    let mut out = Vec::new();
    append_quote_rune_to_ascii(&mut out, r);
    out
}

/// Go's `strconv.CanBackquote`.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w;
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < b' ' as u32 && r != b'\t' as u32) || r == b'`' as u32 || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'a'..=b'f' => Some((b - b'a' + 10) as u32),
        b'A'..=b'F' => Some((b - b'A' + 10) as u32),
        _ => None,
    }
}

/// One decoded character from `unquote_char`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnquotedChar<'a> {
    /// The rune or, for `\x` and octal escapes, the byte value.
    pub value: u32,
    /// Whether the value must be written as UTF-8 (false means a single byte).
    pub multibyte: bool,
    /// The rest of the input.
    pub tail: &'a [u8],
}

/// Go's `strconv.UnquoteChar`; the error is always `ErrSyntax`.
pub fn unquote_char(s: &[u8], quote: u8) -> Result<UnquotedChar<'_>, NumErrorKind> {
    let Some(&c) = s.first() else {
        return Err(NumErrorKind::Syntax);
    };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(NumErrorKind::Syntax);
    }
    if c >= 0x80 {
        let (r, size) = decode_rune(s);
        return Ok(UnquotedChar {
            value: r,
            multibyte: true,
            tail: &s[size..],
        });
    }
    if c != b'\\' {
        return Ok(UnquotedChar {
            value: c as u32,
            multibyte: false,
            tail: &s[1..],
        });
    }
    if s.len() <= 1 {
        return Err(NumErrorKind::Syntax);
    }
    let c = s[1];
    let mut s = &s[2..];
    let mut multibyte = false;
    let value = match c {
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => 10,
        b'r' => 13,
        b't' => 9,
        b'v' => 11,
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return Err(NumErrorKind::Syntax);
            }
            let mut v: u32 = 0;
            for &b in &s[..n] {
                v = (v << 4) | unhex(b).ok_or(NumErrorKind::Syntax)?;
            }
            s = &s[n..];
            if c != b'x' {
                if !valid_rune(v as i64) {
                    return Err(NumErrorKind::Syntax);
                }
                multibyte = true;
            }
            v
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as u32;
            if s.len() < 2 {
                return Err(NumErrorKind::Syntax);
            }
            for &b in &s[..2] {
                if !(b'0'..=b'7').contains(&b) {
                    return Err(NumErrorKind::Syntax);
                }
                v = (v << 3) | (b - b'0') as u32;
            }
            s = &s[2..];
            if v > 255 {
                return Err(NumErrorKind::Syntax);
            }
            v
        }
        b'\\' => b'\\' as u32,
        b'\'' | b'"' => {
            if c != quote {
                return Err(NumErrorKind::Syntax);
            }
            c as u32
        }
        _ => return Err(NumErrorKind::Syntax),
    };
    Ok(UnquotedChar {
        value,
        multibyte,
        tail: s,
    })
}

/// Go's `strconv.Unquote`: interprets a Go string or rune literal; the error is always
/// `ErrSyntax`.
pub fn unquote(s: &[u8]) -> Result<Vec<u8>, NumErrorKind> {
    let err = Err(NumErrorKind::Syntax);
    if s.len() < 2 {
        return err;
    }
    let quote = s[0];
    let Some(end) = s[1..].iter().position(|&c| c == quote) else {
        return err;
    };
    let end = end + 2;
    match quote {
        b'`' => {
            if end != s.len() {
                return err;
            }
            Ok(s[1..end - 1]
                .iter()
                .copied()
                .filter(|&c| c != b'\r')
                .collect())
        }
        b'"' | b'\'' => {
            let body = &s[1..end - 1];
            if !body.contains(&b'\\') && !body.contains(&b'\n') {
                let valid = if quote == b'"' {
                    std::str::from_utf8(body).is_ok()
                } else {
                    let (r, n) = decode_rune(body);
                    1 + n + 1 == end && (r != RUNE_ERROR || n != 1)
                };
                if valid {
                    if end != s.len() {
                        return err;
                    }
                    return Ok(body.to_vec());
                }
            }
            let mut rest = &s[1..];
            let mut buf = Vec::with_capacity(s.len());
            while !rest.is_empty() && rest[0] != quote {
                if rest[0] == b'\n' {
                    return err;
                }
                let ch = unquote_char(rest, quote)?;
                rest = ch.tail;
                if ch.value < 0x80 || !ch.multibyte {
                    buf.push(ch.value as u8);
                } else {
                    append_rune(&mut buf, ch.value as i64);
                }
                if quote == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&quote) {
                return err;
            }
            if rest.len() != 1 {
                return err;
            }
            Ok(buf)
        }
        _ => err,
    }
}

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;
