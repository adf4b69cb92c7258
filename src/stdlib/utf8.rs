//! UTF-8 as Go's `unicode/utf8` and the runtime see it: invalid bytes decode to
//! `U+FFFD` one byte at a time (`for range` over a string, `[]rune(s)`), surrogates and
//! values above `U+10FFFF` are invalid, and encoding an invalid rune gives `U+FFFD`.

pub const RUNE_ERROR: i32 = 0xFFFD;
pub const MAX_RUNE: i32 = 0x10FFFF;
pub const UTF_MAX: usize = 4;

/// `utf8.DecodeRune`: the rune at the start of `b` and its width; `(RUNE_ERROR, 1)` for an
/// invalid encoding, `(RUNE_ERROR, 0)` for empty input.
pub fn decode_rune(b: &[u8]) -> (i32, usize) {
    let Some(&b0) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as i32, 1);
    }
    // Expected length and the valid range of the second byte (utf8.go's acceptRanges).
    let (n, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < n {
        return (RUNE_ERROR, 1);
    }
    if !(lo..=hi).contains(&b[1]) {
        return (RUNE_ERROR, 1);
    }
    for &c in &b[2..n] {
        if !(0x80..=0xBF).contains(&c) {
            return (RUNE_ERROR, 1);
        }
    }
    let r = match n {
        2 => ((b0 as i32 & 0x1F) << 6) | (b[1] as i32 & 0x3F),
        3 => ((b0 as i32 & 0x0F) << 12) | ((b[1] as i32 & 0x3F) << 6) | (b[2] as i32 & 0x3F),
        _ => {
            ((b0 as i32 & 0x07) << 18)
                | ((b[1] as i32 & 0x3F) << 12)
                | ((b[2] as i32 & 0x3F) << 6)
                | (b[3] as i32 & 0x3F)
        }
    };
    (r, n)
}

/// `utf8.DecodeLastRune`.
pub fn decode_last_rune(b: &[u8]) -> (i32, usize) {
    if b.is_empty() {
        return (RUNE_ERROR, 0);
    }
    let end = b.len();
    let lim = end.saturating_sub(UTF_MAX);
    let mut start = end - 1;
    while start > lim && (b[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    let (r, size) = decode_rune(&b[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Whether `r` is a valid Unicode scalar value (`utf8.ValidRune`).
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// `utf8.EncodeRune` appending to `out`; invalid runes encode as U+FFFD.
pub fn encode_rune(out: &mut Vec<u8>, r: i32) -> usize {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    let c = char::from_u32(r as u32).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    out.extend_from_slice(s.as_bytes());
    s.len()
}

/// `utf8.RuneLen`: -1 for an invalid rune.
pub fn rune_len(r: i32) -> i32 {
    match r {
        r if r < 0 => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=MAX_RUNE => 4,
        _ => -1,
    }
}

/// `[]rune(s)`.
pub fn runes(mut b: &[u8]) -> Vec<i32> {
    let mut out = Vec::new();
    while !b.is_empty() {
        let (r, n) = decode_rune(b);
        out.push(r);
        b = &b[n..];
    }
    out
}

/// `utf8.RuneCount`.
pub fn rune_count(mut b: &[u8]) -> usize {
    let mut n = 0;
    while !b.is_empty() {
        b = &b[decode_rune(b).1..];
        n += 1;
    }
    n
}

/// `utf8.Valid`.
pub fn valid(mut b: &[u8]) -> bool {
    while !b.is_empty() {
        let (r, n) = decode_rune(b);
        if r == RUNE_ERROR && n == 1 {
            return false;
        }
        b = &b[n..];
    }
    true
}

/// `string(v)` for an integer `v`: its UTF-8 encoding, or U+FFFD outside the valid range
/// (including values that do not fit in a rune).
pub fn string_from_int(v: i64) -> Vec<u8> {
    let mut out = Vec::new();
    let r = if (0..=MAX_RUNE as i64).contains(&v) {
        v as i32
    } else {
        RUNE_ERROR
    };
    encode_rune(&mut out, r);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_bytes_decode_one_at_a_time() {
        assert_eq!(decode_rune(b"\xff\x41"), (RUNE_ERROR, 1));
        assert_eq!(
            runes(b"a\xffb\xe2\x82"),
            vec![97, RUNE_ERROR, 98, RUNE_ERROR, RUNE_ERROR]
        );
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune("世".as_bytes()), (0x4E16, 3));
        assert_eq!(decode_rune("😀".as_bytes()), (0x1F600, 4));
        // Surrogates and overlong forms are invalid.
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_last_rune("ab世".as_bytes()), (0x4E16, 3));
        assert_eq!(decode_last_rune(b"ab\x82"), (RUNE_ERROR, 1));
    }

    #[test]
    fn string_of_int_as_go() {
        assert_eq!(string_from_int(65), b"A");
        assert_eq!(string_from_int(-1), "\u{FFFD}".as_bytes());
        assert_eq!(string_from_int(0xD800), "\u{FFFD}".as_bytes());
        assert_eq!(string_from_int(1 << 40), "\u{FFFD}".as_bytes());
        assert_eq!(rune_len(0x10FFFF), 4);
        assert_eq!(rune_len(0xDFFF), -1);
        assert!(valid("héllo".as_bytes()) && !valid(b"\xff"));
        assert_eq!(rune_count(b"a\xffb"), 3);
    }
}
