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
        "unicode.rangeTable" => range_table,
        "unicode.caseRanges" => case_ranges,
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

/// `rangeTable(id int) *RangeTable`: a new `RangeTable{R16, R32, LatinOffset}` holding
/// Go's table number `id` (`unicode_tables::TABLES`). Range16 is 6 bytes (three uint16),
/// Range32 12 bytes (three uint32).
fn range_table(c: &mut NativeCall) -> Result<(), Trap> {
    let id = c.regs[0] as usize;
    let Some(tab) = t::TABLES.get(id) else {
        return Err(Trap::Panic(format!("goscope: no unicode table {id}")));
    };
    let h = heap();
    let mut r16 = Vec::with_capacity(6 * tab.r16.len());
    for &(lo, hi, stride) in tab.r16 {
        for v in [lo, hi, stride] {
            r16.extend_from_slice(&v.to_le_bytes());
        }
    }
    let mut r32 = Vec::with_capacity(12 * tab.r32.len());
    for &(lo, hi, stride) in tab.r32 {
        for v in [lo, hi, stride] {
            r32.extend_from_slice(&v.to_le_bytes());
        }
    }
    let obj = h.alloc(c.env.cache, 56, Some(&[0b1001]));
    for (at, bytes, n) in [(0, &r16, tab.r16.len()), (24, &r32, tab.r32.len())] {
        if n == 0 {
            continue;
        }
        let p = h.alloc(c.env.cache, bytes.len() as u64, None);
        h.write_bytes(p, bytes).map_err(Trap::Fault)?;
        h.store_ptr(obj + at, p).map_err(Trap::Fault)?;
        h.store_u64(obj + at + 8, n as u64).map_err(Trap::Fault)?;
        h.store_u64(obj + at + 16, n as u64).map_err(Trap::Fault)?;
    }
    h.store_u64(obj + 48, tab.latin_offset as u64)
        .map_err(Trap::Fault)?;
    c.regs[0] = obj;
    Ok(())
}

/// `caseRanges() []CaseRange`: a new slice holding Go's `CaseRanges`; a CaseRange is
/// `{Lo, Hi uint32; Delta [3]rune}`, 20 bytes.
fn case_ranges(c: &mut NativeCall) -> Result<(), Trap> {
    let mut b = Vec::with_capacity(20 * t::CASE_RANGES.len());
    for &(lo, hi, delta) in t::CASE_RANGES {
        b.extend_from_slice(&lo.to_le_bytes());
        b.extend_from_slice(&hi.to_le_bytes());
        for d in delta {
            b.extend_from_slice(&d.to_le_bytes());
        }
    }
    super::ret_bytes(c, 0, &b)?;
    let n = t::CASE_RANGES.len() as u64;
    c.regs[1] = n;
    c.regs[2] = n;
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
