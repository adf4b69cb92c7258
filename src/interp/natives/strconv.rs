//! Natives of the `strconv` package over `crate::stdlib::strconv` (`strconv/itoa.go`,
//! `atoi.go`, `ftoa.go`, `atof.go`, `quote.go`). Parsing natives return the value and an
//! error code; `strconv.go` turns the code into Go's `*NumError` (see `numError` there).

use super::{NativeCall, NativeFn, go_string, ret_string};
use crate::interp::vm::Trap;
use crate::stdlib::strconv::{self as sc, NumError, NumErrorKind};

/// The natives of `strconv`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "strconv.parseInt" => parse_int,
        "strconv.parseUint" => parse_uint,
        "strconv.parseFloat" => parse_float,
        "strconv.FormatInt" => format_int,
        "strconv.FormatUint" => format_uint,
        "strconv.FormatFloat" => format_float,
        "strconv.Quote" => |c| quote(c, sc::quote),
        "strconv.QuoteToASCII" => |c| quote(c, sc::quote_to_ascii),
        "strconv.QuoteRune" => |c| quote_rune(c, sc::quote_rune),
        "strconv.QuoteRuneToASCII" => |c| quote_rune(c, sc::quote_rune_to_ascii),
        "strconv.CanBackquote" => can_backquote,
        "strconv.IsPrint" => is_print,
        "strconv.IsGraphic" => |c| {
            let r = c.regs[0] as i64 as i32;
            c.regs[0] = (r >= 0 && sc::is_graphic(r as u32)) as u64;
            Ok(())
        },
        "strconv.QuoteToGraphic" => |c| quote(c, sc::quote_to_graphic),
        "strconv.QuoteRuneToGraphic" => |c| quote_rune(c, sc::quote_rune_to_graphic),
        "strconv.unquoteChar" => unquote_char,
        "strconv.parseFloatPrefix" => parse_float_prefix,
        "strconv.unquote" => unquote,
        _ => return None,
    })
}

/// Go's error code for a failed parse: 1 syntax, 2 range, 3 base, 4 bit size (0: none).
fn code(e: &Option<NumError>) -> u64 {
    match e.as_ref().map(|e| &e.err) {
        None => 0,
        Some(NumErrorKind::Syntax) => 1,
        Some(NumErrorKind::Range) => 2,
        Some(NumErrorKind::Base(_)) => 3,
        Some(NumErrorKind::BitSize(_)) => 4,
    }
}

/// `parseInt(s string, base, bitSize int) (int64, int)`.
fn parse_int(c: &mut NativeCall) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    let (v, e) = sc::parse_int_go(&s, c.regs[2] as i64, c.regs[3] as i64);
    c.regs[0] = v as u64;
    c.regs[1] = code(&e);
    Ok(())
}

/// `parseUint(s string, base, bitSize int) (uint64, int)`.
fn parse_uint(c: &mut NativeCall) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    let (v, e) = sc::parse_uint_go(&s, c.regs[2] as i64, c.regs[3] as i64);
    c.regs[0] = v;
    c.regs[1] = code(&e);
    Ok(())
}

/// `parseFloat(s string, bitSize int) (float64, int)`.
fn parse_float(c: &mut NativeCall) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    let (v, e) = sc::parse_float_go(&s, c.regs[2] as u32);
    c.regs[0] = v.to_bits();
    c.regs[1] = code(&e);
    Ok(())
}

/// Go's `FormatInt` and `FormatUint` panic on a bad base (itoa.go's `formatBits`).
fn check_base(base: i64) -> Result<u32, Trap> {
    if (2..=36).contains(&base) {
        Ok(base as u32)
    } else {
        Err(Trap::Panic(
            "strconv: illegal AppendInt/FormatInt base".into(),
        ))
    }
}

fn format_int(c: &mut NativeCall) -> Result<(), Trap> {
    let base = check_base(c.regs[1] as i64)?;
    let s = sc::format_int(c.regs[0] as i64, base);
    ret_string(c, 0, s.as_bytes())
}

fn format_uint(c: &mut NativeCall) -> Result<(), Trap> {
    let base = check_base(c.regs[1] as i64)?;
    let s = sc::format_uint(c.regs[0], base);
    ret_string(c, 0, s.as_bytes())
}

/// `FormatFloat(f float64, fmt byte, prec, bitSize int) string`.
fn format_float(c: &mut NativeCall) -> Result<(), Trap> {
    let f = f64::from_bits(c.regs[0]);
    let s = sc::format_float(
        f,
        c.regs[1] as u8,
        c.regs[2] as i64 as i32,
        c.regs[3] as u32,
    );
    ret_string(c, 0, s.as_bytes())
}

fn quote(c: &mut NativeCall, f: fn(&[u8]) -> Vec<u8>) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    ret_string(c, 0, &f(&s))
}

fn quote_rune(c: &mut NativeCall, f: fn(i64) -> Vec<u8>) -> Result<(), Trap> {
    let r = c.regs[0] as i32 as i64;
    ret_string(c, 0, &f(r))
}

fn can_backquote(c: &mut NativeCall) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    c.regs[0] = sc::can_backquote(&s) as u64;
    Ok(())
}

fn is_print(c: &mut NativeCall) -> Result<(), Trap> {
    let r = c.regs[0] as i32;
    c.regs[0] = (r >= 0 && sc::is_print(r as u32)) as u64;
    Ok(())
}

/// `unquote(s string) (string, bool)`: `Unquote`'s result and whether it succeeded.
fn unquote(c: &mut NativeCall) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    match sc::unquote(&s) {
        Ok(v) => {
            ret_string(c, 0, &v)?;
            c.regs[2] = 1;
        }
        Err(_) => {
            c.regs[0] = 0;
            c.regs[1] = 0;
            c.regs[2] = 0;
        }
    }
    Ok(())
}

/// `unquoteChar(s string, quote byte) (value rune, multibyte bool, n int, ok bool)`: Go's
/// `UnquoteChar`, with the tail as the number of bytes consumed.
fn unquote_char(c: &mut NativeCall) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    let quote = c.regs[2] as u8;
    match sc::unquote_char(&s, quote) {
        Ok(ch) => {
            c.regs[0] = ch.value as u64;
            c.regs[1] = ch.multibyte as u64;
            c.regs[2] = (s.len() - ch.tail.len()) as u64;
            c.regs[3] = 1;
        }
        Err(_) => {
            c.regs[0] = 0;
            c.regs[1] = 0;
            c.regs[2] = 0;
            c.regs[3] = 0;
        }
    }
    Ok(())
}

/// `parseFloatPrefix(s string, bitSize int) (float64, int, int)`: Go's `parseFloatPrefix`
/// with its error as a code (1 syntax, 2 range).
fn parse_float_prefix(c: &mut NativeCall) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    let (v, n, e) = sc::parse_float_prefix(&s, c.regs[2] as u32);
    c.regs[0] = v.to_bits();
    c.regs[1] = n as u64;
    c.regs[2] = code(&e);
    Ok(())
}
