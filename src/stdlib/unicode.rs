//! Go's `unicode` package: character classes and case mapping with Go 1.23's tables
//! (Unicode 15.0.0), mirroring `unicode/letter.go` and `unicode/graphic.go`.
//!
//! Rust's `char` methods follow another Unicode version and other definitions (for example
//! `char::is_alphabetic` is not Go's `IsLetter`), so everything here goes through the tables
//! in `unicode_tables.rs`, generated from Go by `tools/gen-unicode-tables.go`.

use super::unicode_tables as t;

/// A range table as in `unicode.RangeTable`: sorted `(lo, hi, stride)` entries below and
/// above U+10000, and how many 16-bit entries lie entirely in Latin-1.
pub struct RangeTable {
    pub r16: &'static [(u16, u16, u16)],
    pub r32: &'static [(u32, u32, u32)],
    pub latin_offset: usize,
}

/// A `unicode.CaseRange`: `lo`, `hi` and the deltas to upper, lower and title case.
pub type CaseRange = (u32, u32, [i32; 3]);

pub const MAX_RUNE: i32 = 0x10FFFF;
pub const REPLACEMENT_CHAR: i32 = 0xFFFD;
pub const MAX_ASCII: i32 = 0x7F;
pub const MAX_LATIN1: i32 = 0xFF;

/// Case indices for [`to`], as `unicode.UpperCase` etc.
pub const UPPER_CASE: usize = 0;
pub const LOWER_CASE: usize = 1;
pub const TITLE_CASE: usize = 2;

/// The delta that marks alternating upper/lower pairs (`unicode.UpperLower`).
const UPPER_LOWER: i32 = MAX_RUNE + 1;

// Bits of `t::LATIN1`, one per predicate, in the generator's order.
const P_CONTROL: u16 = 1 << 0;
const P_PUNCT: u16 = 1 << 1;
const P_NUMBER: u16 = 1 << 2;
const P_SYMBOL: u16 = 1 << 3;
const P_UPPER: u16 = 1 << 4;
const P_LOWER: u16 = 1 << 5;
const P_LETTER: u16 = 1 << 6;
const P_PRINT: u16 = 1 << 7;
const P_GRAPHIC: u16 = 1 << 8;

fn latin1(r: i32, bit: u16) -> Option<bool> {
    if (r as u32) <= MAX_LATIN1 as u32 {
        Some(t::LATIN1[r as usize] & bit != 0)
    } else {
        None
    }
}

fn in_ranges16(ranges: &[(u16, u16, u16)], r: u32) -> bool {
    // Go searches linearly or by bisection depending on the table size; both find the
    // single entry that may contain r, so bisection alone gives the same answer.
    let i = ranges.partition_point(|&(_, hi, _)| (hi as u32) < r);
    match ranges.get(i) {
        Some(&(lo, _, stride)) if lo as u32 <= r => (r - lo as u32) % stride as u32 == 0,
        _ => false,
    }
}

fn in_ranges32(ranges: &[(u32, u32, u32)], r: u32) -> bool {
    let i = ranges.partition_point(|&(_, hi, _)| hi < r);
    match ranges.get(i) {
        Some(&(lo, _, stride)) if lo <= r => (r - lo) % stride == 0,
        _ => false,
    }
}

/// `unicode.Is`: whether `r` is in the table.
pub fn is(table: &RangeTable, r: i32) -> bool {
    is_from(table, 0, r)
}

/// `isExcludingLatin`: as [`is`] but skipping the Latin-1 entries (Latin-1 runes are
/// answered by the property table first).
fn is_excluding_latin(table: &RangeTable, r: i32) -> bool {
    is_from(table, table.latin_offset, r)
}

fn is_from(table: &RangeTable, off: usize, r: i32) -> bool {
    let r16 = &table.r16[off.min(table.r16.len())..];
    if let Some(last) = r16.last() {
        if (r as u32) <= last.1 as u32 {
            return in_ranges16(r16, r as u32 & 0xFFFF);
        }
    }
    if let Some(first) = table.r32.first() {
        if r >= first.0 as i32 {
            return in_ranges32(table.r32, r as u32);
        }
    }
    false
}

pub fn is_letter(r: i32) -> bool {
    latin1(r, P_LETTER).unwrap_or_else(|| is_excluding_latin(&t::L, r))
}

/// `unicode.IsDigit`: decimal digits (category Nd).
pub fn is_digit(r: i32) -> bool {
    if r <= MAX_LATIN1 {
        return (b'0' as i32..=b'9' as i32).contains(&r);
    }
    is_excluding_latin(&t::ND, r)
}

pub fn is_number(r: i32) -> bool {
    latin1(r, P_NUMBER).unwrap_or_else(|| is_excluding_latin(&t::N, r))
}

/// `unicode.IsSpace`: the White_Space property, special-cased in Latin-1.
pub fn is_space(r: i32) -> bool {
    if (r as u32) <= MAX_LATIN1 as u32 {
        return matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0);
    }
    is_excluding_latin(&t::WHITE_SPACE, r)
}

pub fn is_upper(r: i32) -> bool {
    if (r as u32) <= MAX_LATIN1 as u32 {
        return latin1(r, P_UPPER) == Some(true);
    }
    is_excluding_latin(&t::LU, r)
}

pub fn is_lower(r: i32) -> bool {
    if (r as u32) <= MAX_LATIN1 as u32 {
        return latin1(r, P_LOWER) == Some(true);
    }
    is_excluding_latin(&t::LL, r)
}

/// `unicode.IsTitle`; note Go compares the signed rune here, so negative runes are
/// answered by the tables (and are never title case).
pub fn is_title(r: i32) -> bool {
    if r <= MAX_LATIN1 {
        return false;
    }
    is_excluding_latin(&t::LT, r)
}

pub fn is_punct(r: i32) -> bool {
    latin1(r, P_PUNCT).unwrap_or_else(|| is(&t::P, r))
}

/// `unicode.IsControl`: all control characters are in Latin-1.
pub fn is_control(r: i32) -> bool {
    latin1(r, P_CONTROL).unwrap_or(false)
}

pub fn is_graphic(r: i32) -> bool {
    latin1(r, P_GRAPHIC).unwrap_or_else(|| {
        [&t::L, &t::M, &t::N, &t::P, &t::S, &t::ZS]
            .iter()
            .any(|tab| is(tab, r))
    })
}

pub fn is_print(r: i32) -> bool {
    latin1(r, P_PRINT).unwrap_or_else(|| {
        [&t::L, &t::M, &t::N, &t::P, &t::S]
            .iter()
            .any(|tab| is(tab, r))
    })
}

pub fn is_symbol(r: i32) -> bool {
    latin1(r, P_SYMBOL).unwrap_or_else(|| is_excluding_latin(&t::S, r))
}

/// `unicode.IsMark`: there are no marks in Latin-1.
pub fn is_mark(r: i32) -> bool {
    is_excluding_latin(&t::M, r)
}

/// `unicode.To` over `CaseRanges`: the mapped rune and whether a mapping was found.
/// `case` is [`UPPER_CASE`], [`LOWER_CASE`] or [`TITLE_CASE`]; any other value gives
/// `(REPLACEMENT_CHAR, false)` as in Go.
pub fn to_case(case: usize, r: i32) -> (i32, bool) {
    if case > TITLE_CASE {
        return (REPLACEMENT_CHAR, false);
    }
    let ranges = t::CASE_RANGES;
    let i = ranges.partition_point(|&(_, hi, _)| (hi as i64) < r as i64);
    match ranges.get(i) {
        Some(&(lo, _, delta)) if lo as i64 <= r as i64 => {
            let d = delta[case];
            if d >= UPPER_LOWER {
                // Alternating pairs: the even offset is upper case, the odd one lower.
                let lo = lo as i32;
                (lo + (((r - lo) & !1) | (case as i32 & 1)), true)
            } else {
                (r + d, true)
            }
        }
        _ => (r, false),
    }
}

pub fn to_upper(r: i32) -> i32 {
    if r <= MAX_ASCII {
        return if (b'a' as i32..=b'z' as i32).contains(&r) {
            r - 32
        } else {
            r
        };
    }
    to_case(UPPER_CASE, r).0
}

pub fn to_lower(r: i32) -> i32 {
    if r <= MAX_ASCII {
        return if (b'A' as i32..=b'Z' as i32).contains(&r) {
            r + 32
        } else {
            r
        };
    }
    to_case(LOWER_CASE, r).0
}

pub fn to_title(r: i32) -> i32 {
    if r <= MAX_ASCII {
        return if (b'a' as i32..=b'z' as i32).contains(&r) {
            r - 32
        } else {
            r
        };
    }
    to_case(TITLE_CASE, r).0
}

/// `unicode.SimpleFold`: the next rune in `r`'s case-folding orbit.
pub fn simple_fold(r: i32) -> i32 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(i) = t::FOLD_ORBIT.binary_search_by_key(&r, |&(from, _)| from) {
        return t::FOLD_ORBIT[i].1;
    }
    let l = to_lower(r);
    if l != r { l } else { to_upper(r) }
}

#[cfg(test)]
mod tests;
