//! Tests of `unicode.rs` against real Go: the expected values below were printed by
//! `tools/stdlibcases/unicode/main.go` (`go run` with Go 1.23.5).

use super::*;

fn fnv_bool(f: fn(i32) -> bool) -> u64 {
    let mut h: u64 = 14695981039346656037;
    for r in -2..=MAX_RUNE + 2 {
        h ^= f(r) as u64;
        h = h.wrapping_mul(1099511628211);
    }
    h
}

fn fnv_rune(f: fn(i32) -> i32) -> u64 {
    let mut h: u64 = 14695981039346656037;
    for r in -2..=MAX_RUNE + 2 {
        for b in (f(r) as u32).to_le_bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(1099511628211);
        }
    }
    h
}

/// Checksums of each predicate over every rune from -2 to U+110001.
const BOOL_SUMS: &[(fn(i32) -> bool, u64)] = &[
    (is_letter as fn(i32) -> bool, 0x7e202608f18fd595),
    (is_digit as fn(i32) -> bool, 0x5b471cf09f2a507d),
    (is_number as fn(i32) -> bool, 0x1108f611d7f12362),
    (is_space as fn(i32) -> bool, 0x50d1619833762294),
    (is_upper as fn(i32) -> bool, 0xee14960f715af110),
    (is_lower as fn(i32) -> bool, 0x8a2d0ff5c10bbdc0),
    (is_title as fn(i32) -> bool, 0xa5be0a040087df00),
    (is_punct as fn(i32) -> bool, 0xc6a6aefd30044e53),
    (is_control as fn(i32) -> bool, 0x663b6cbc57052b4a),
    (is_graphic as fn(i32) -> bool, 0xdd32302c5ea0c427),
    (is_print as fn(i32) -> bool, 0x39f5a79dad1b1ff9),
    (is_symbol as fn(i32) -> bool, 0xd31282429daddd3b),
    (is_mark as fn(i32) -> bool, 0xe2168121682afd87),
];

/// Checksums of each case mapping over every rune from -2 to U+110001.
const RUNE_SUMS: &[(fn(i32) -> i32, u64)] = &[
    (to_upper as fn(i32) -> i32, 0xd77aad25dd607cf9),
    (to_lower as fn(i32) -> i32, 0x19bc84c79132ff72),
    (to_title as fn(i32) -> i32, 0x74f339842f1f03e5),
    (simple_fold as fn(i32) -> i32, 0xce281d8048e533b5),
];

/// (rune, ToUpper, ToLower, ToTitle, SimpleFold, [IsLetter, IsDigit, IsNumber, IsSpace,
/// IsUpper, IsLower, IsTitle, IsPunct, IsControl, IsGraphic, IsPrint, IsSymbol, IsMark]).
type Row = (i32, i32, i32, i32, i32, [bool; 13]);
const ROWS: &[Row] = &[
    (
        -1,
        -1,
        -1,
        -1,
        -1,
        [
            false, false, false, false, false, false, false, false, false, false, false, false,
            false,
        ],
    ),
    (
        65,
        65,
        97,
        65,
        97,
        [
            true, false, false, false, true, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        122,
        90,
        122,
        90,
        90,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        223,
        223,
        223,
        223,
        7838,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        7838,
        7838,
        223,
        7838,
        223,
        [
            true, false, false, false, true, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        453,
        452,
        454,
        453,
        454,
        [
            true, false, false, false, false, false, true, false, false, true, true, false, false,
        ],
    ),
    (
        454,
        452,
        454,
        453,
        452,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        452,
        452,
        454,
        453,
        453,
        [
            true, false, false, false, true, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        383,
        83,
        383,
        83,
        83,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        107,
        75,
        107,
        75,
        8490,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        75,
        75,
        107,
        75,
        107,
        [
            true, false, false, false, true, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        8490,
        8490,
        107,
        8490,
        75,
        [
            true, false, false, false, true, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        181,
        924,
        181,
        924,
        924,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        931,
        931,
        963,
        931,
        962,
        [
            true, false, false, false, true, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        962,
        931,
        962,
        931,
        963,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        255,
        376,
        255,
        376,
        376,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        304,
        304,
        105,
        304,
        304,
        [
            true, false, false, false, true, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        305,
        73,
        305,
        73,
        305,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        66560,
        66560,
        66600,
        66560,
        66600,
        [
            true, false, false, false, true, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        125218,
        125184,
        125218,
        125184,
        125184,
        [
            true, false, false, false, false, true, false, false, false, true, true, false, false,
        ],
    ),
    (
        160,
        160,
        160,
        160,
        160,
        [
            false, false, false, true, false, false, false, false, false, true, false, false, false,
        ],
    ),
    (
        133,
        133,
        133,
        133,
        133,
        [
            false, false, false, true, false, false, false, false, true, false, false, false, false,
        ],
    ),
    (
        8232,
        8232,
        8232,
        8232,
        8232,
        [
            false, false, false, true, false, false, false, false, false, false, false, false,
            false,
        ],
    ),
    (
        53,
        53,
        53,
        53,
        53,
        [
            false, true, true, false, false, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        1635,
        1635,
        1635,
        1635,
        1635,
        [
            false, true, true, false, false, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        8555,
        8555,
        8571,
        8555,
        8571,
        [
            false, false, true, false, false, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        189,
        189,
        189,
        189,
        189,
        [
            false, false, true, false, false, false, false, false, false, true, true, false, false,
        ],
    ),
    (
        36,
        36,
        36,
        36,
        36,
        [
            false, false, false, false, false, false, false, false, false, true, true, true, false,
        ],
    ),
    (
        768,
        768,
        768,
        768,
        768,
        [
            false, false, false, false, false, false, false, false, false, true, true, false, true,
        ],
    ),
    (
        173,
        173,
        173,
        173,
        173,
        [
            false, false, false, false, false, false, false, false, false, false, false, false,
            false,
        ],
    ),
    (
        55296,
        55296,
        55296,
        55296,
        55296,
        [
            false, false, false, false, false, false, false, false, false, false, false, false,
            false,
        ],
    ),
    (
        1114112,
        1114112,
        1114112,
        1114112,
        1114112,
        [
            false, false, false, false, false, false, false, false, false, false, false, false,
            false,
        ],
    ),
];

#[test]
fn predicates_match_go_on_every_rune() {
    for (i, &(f, sum)) in BOOL_SUMS.iter().enumerate() {
        assert_eq!(fnv_bool(f), sum, "predicate #{i}");
    }
}

#[test]
fn case_mappings_match_go_on_every_rune() {
    for (i, &(f, sum)) in RUNE_SUMS.iter().enumerate() {
        assert_eq!(fnv_rune(f), sum, "mapping #{i}");
    }
}

#[test]
fn notable_runes() {
    let preds: [fn(i32) -> bool; 13] = [
        is_letter, is_digit, is_number, is_space, is_upper, is_lower, is_title, is_punct,
        is_control, is_graphic, is_print, is_symbol, is_mark,
    ];
    for &(r, up, low, title, fold, want) in ROWS {
        assert_eq!(
            (to_upper(r), to_lower(r), to_title(r), simple_fold(r)),
            (up, low, title, fold),
            "rune {r}"
        );
        let got: Vec<bool> = preds.iter().map(|p| p(r)).collect();
        assert_eq!(got, want, "rune {r}");
    }
}
