//! Natives of the `unicode` and `unicode/utf8` packages over `crate::stdlib::unicode`
//! (Go 1.23's tables, `unicode/letter.go`, `unicode/graphic.go`) and
//! `crate::stdlib::utf8` (`unicode/utf8/utf8.go`).

use super::{NativeCall, NativeFn, go_string};
use crate::interp::vm::Trap;
use crate::runtime::heap::heap;
use crate::stdlib::unicode as u;
use crate::stdlib::unicode_tables as t;
use crate::stdlib::utf8;

/// The natives of `unicode` and `utf8`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "unicode.IsControl" => |c| pred(c, u::is_control),
        "unicode.IsDigit" => |c| pred(c, u::is_digit),
        "unicode.IsGraphic" => |c| pred(c, u::is_graphic),
        "unicode.IsLetter" => |c| pred(c, u::is_letter),
        "unicode.IsLower" => |c| pred(c, u::is_lower),
        "unicode.IsMark" => |c| pred(c, u::is_mark),
        "unicode.IsNumber" => |c| pred(c, u::is_number),
        "unicode.IsPrint" => |c| pred(c, u::is_print),
        "unicode.IsPunct" => |c| pred(c, u::is_punct),
        "unicode.IsSpace" => |c| pred(c, u::is_space),
        "unicode.IsSymbol" => |c| pred(c, u::is_symbol),
        "unicode.IsTitle" => |c| pred(c, u::is_title),
        "unicode.IsUpper" => |c| pred(c, u::is_upper),
        "unicode.ToLower" => |c| map(c, u::to_lower),
        "unicode.ToUpper" => |c| map(c, u::to_upper),
        "unicode.ToTitle" => |c| map(c, u::to_title),
        "unicode.SimpleFold" => |c| map(c, u::simple_fold),
        "unicode.To" => to,
        "unicode.isTable" => is_table,
        "unicode.In" => in_tables,
        "utf8.DecodeRune" => |c| decode(c, utf8::decode_rune),
        "utf8.DecodeRuneInString" => |c| decode(c, utf8::decode_rune),
        "utf8.DecodeLastRune" => |c| decode(c, utf8::decode_last_rune),
        "utf8.DecodeLastRuneInString" => |c| decode(c, utf8::decode_last_rune),
        "utf8.FullRune" | "utf8.FullRuneInString" => full_rune,
        "utf8.RuneCount" | "utf8.RuneCountInString" => rune_count,
        "utf8.Valid" | "utf8.ValidString" => valid,
        _ => return None,
    })
}

fn rune_arg(c: &NativeCall, at: usize) -> i32 {
    c.regs[at] as i32
}

fn pred(c: &mut NativeCall, f: fn(i32) -> bool) -> Result<(), Trap> {
    c.regs[0] = f(rune_arg(c, 0)) as u64;
    Ok(())
}

fn map(c: &mut NativeCall, f: fn(i32) -> i32) -> Result<(), Trap> {
    c.regs[0] = f(rune_arg(c, 0)) as i64 as u64;
    Ok(())
}

/// `To(_case int, r rune) rune`.
fn to(c: &mut NativeCall) -> Result<(), Trap> {
    let case = c.regs[0] as i64;
    let r = rune_arg(c, 1);
    let m = if (0..=2).contains(&case) {
        u::to_case(case as usize, r).0
    } else {
        u::REPLACEMENT_CHAR
    };
    c.regs[0] = m as i64 as u64;
    Ok(())
}

/// The tables goscope has, by the `id` of a `*RangeTable` (see `unicode.go`).
fn table(id: i64) -> Option<&'static u::RangeTable> {
    Some(match id {
        1 => &t::L,
        2 => &t::LU,
        3 => &t::LL,
        4 => &t::LT,
        5 => &t::M,
        6 => &t::N,
        7 => &t::ND,
        8 => &t::P,
        9 => &t::S,
        10 => &t::ZS,
        11 => &t::WHITE_SPACE,
        _ => return None,
    })
}

/// `isTable(id int, r rune) bool`: `unicode.Is` for the table numbered `id`.
fn is_table(c: &mut NativeCall) -> Result<(), Trap> {
    let id = c.regs[0] as i64;
    let r = rune_arg(c, 1);
    c.regs[0] = table(id).is_some_and(|t| u::is(t, r)) as u64;
    Ok(())
}

/// `In(r rune, ranges ...*RangeTable) bool`: reads each table's id (its only field).
fn in_tables(c: &mut NativeCall) -> Result<(), Trap> {
    let r = rune_arg(c, 0);
    let (p, n) = (c.regs[1], c.regs[2]);
    let mut found = false;
    for i in 0..n {
        let t = heap().load_u64(p + 8 * i).map_err(Trap::Fault)?;
        let id = heap().load_u64(t).map_err(Trap::Fault)? as i64;
        if table(id).is_some_and(|t| u::is(t, r)) {
            found = true;
            break;
        }
    }
    c.regs[0] = found as u64;
    Ok(())
}

/// `(rune, int)` from a `[]byte` or string argument (both start with data and length).
fn decode(c: &mut NativeCall, f: fn(&[u8]) -> (i32, usize)) -> Result<(), Trap> {
    let b = go_string(c.regs, 0)?;
    let (r, n) = f(&b);
    c.regs[0] = r as i64 as u64;
    c.regs[1] = n as u64;
    Ok(())
}

/// `FullRune`: whether `p` begins with a full encoding, valid or not (an invalid one is
/// full, being one byte of error) — `utf8.go`'s `first` and `acceptRanges` logic.
fn full_rune(c: &mut NativeCall) -> Result<(), Trap> {
    let p = go_string(c.regs, 0)?;
    let full = match p.first() {
        None => false,
        Some(&b0) => {
            let (need, lo, hi) = match b0 {
                0xC2..=0xDF => (2, 0x80, 0xBF),
                0xE0 => (3, 0xA0, 0xBF),
                0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
                0xED => (3, 0x80, 0x9F),
                0xF0 => (4, 0x90, 0xBF),
                0xF1..=0xF3 => (4, 0x80, 0xBF),
                0xF4 => (4, 0x80, 0x8F),
                _ => (1, 0, 0),
            };
            if p.len() >= need {
                true
            } else if p.len() > 1 && !(lo..=hi).contains(&p[1]) {
                true
            } else {
                p.len() > 2 && !(0x80..=0xBF).contains(&p[2])
            }
        }
    };
    c.regs[0] = full as u64;
    Ok(())
}

fn rune_count(c: &mut NativeCall) -> Result<(), Trap> {
    let b = go_string(c.regs, 0)?;
    c.regs[0] = utf8::rune_count(&b) as u64;
    Ok(())
}

fn valid(c: &mut NativeCall) -> Result<(), Trap> {
    let b = go_string(c.regs, 0)?;
    c.regs[0] = utf8::valid(&b) as u64;
    Ok(())
}
