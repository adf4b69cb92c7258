//! Go's `strings` package (and the identical functions of `bytes`) over byte strings, with
//! Go's exact behaviour on invalid UTF-8 and edge cases (`strings/strings.go`,
//! `strings/replace.go`, `internal/stringslite`).
//!
//! Strings are `&[u8]` because Go strings may hold any bytes. Functions whose Go result is
//! a part of the argument (`Split`, `Fields`, `Trim`, `Cut`, ...) return byte ranges into
//! it, so that `bytes` callers can build subslices that share the argument's array as Go's
//! do (Go's `bytes.Split` and `bytes.Fields` give every piece but the last a capacity equal
//! to its length). Function arguments are Go callbacks that may panic, so they return
//! `Result` and errors propagate unchanged. Invalid UTF-8 decodes to U+FFFD one byte at a
//! time, as `for range` does.

use std::ops::Range;

use super::unicode;
use super::utf8::{self, RUNE_ERROR, decode_last_rune, decode_rune, encode_rune, valid_rune};

/// A Go callback from a rune to a bool (`func(rune) bool`), which may fail (panic).
pub type RunePred<'a, E> = &'a mut dyn FnMut(i32) -> Result<bool, E>;

const RUNE_SELF: u8 = 0x80;

/// Calls `f` on each rune of `s` with its byte offset, as `for i, r := range s`.
fn for_each_rune<E>(
    s: &[u8],
    mut f: impl FnMut(usize, i32) -> Result<bool, E>,
) -> Result<Option<usize>, E> {
    let mut i = 0;
    while i < s.len() {
        let (r, n) = decode_rune(&s[i..]);
        if f(i, r)? {
            return Ok(Some(i));
        }
        i += n;
    }
    Ok(None)
}

fn to_i64(i: Option<usize>) -> i64 {
    i.map_or(-1, |i| i as i64)
}

/// `strings.IndexByte`.
pub fn index_byte(s: &[u8], c: u8) -> i64 {
    to_i64(s.iter().position(|&b| b == c))
}

/// `strings.LastIndexByte`.
pub fn last_index_byte(s: &[u8], c: u8) -> i64 {
    to_i64(s.iter().rposition(|&b| b == c))
}

/// `strings.Index`: the first occurrence of `sep` in `s`; 0 for an empty `sep`.
pub fn index(s: &[u8], sep: &[u8]) -> i64 {
    to_i64(find(s, sep))
}

fn find(s: &[u8], sep: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = sep.split_first() else {
        return Some(0);
    };
    if sep.len() > s.len() {
        return None;
    }
    let last_start = s.len() - sep.len();
    let mut i = 0;
    while i <= last_start {
        let j = s[i..=last_start].iter().position(|&b| b == first)?;
        i += j;
        if &s[i + 1..i + sep.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `strings.LastIndex`: the last occurrence of `sep` in `s`; `len(s)` for an empty `sep`.
pub fn last_index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return s.len() as i64;
    }
    if sep.len() > s.len() {
        return -1;
    }
    to_i64(s.windows(sep.len()).rposition(|w| w == sep))
}

/// `strings.Contains`.
pub fn contains(s: &[u8], substr: &[u8]) -> bool {
    find(s, substr).is_some()
}

/// `strings.IndexRune`: `RuneError` matches an invalid byte as well as an encoded U+FFFD;
/// an invalid rune is never found.
pub fn index_rune(s: &[u8], r: i32) -> i64 {
    if (0..RUNE_SELF as i32).contains(&r) {
        return index_byte(s, r as u8);
    }
    if r == RUNE_ERROR {
        let found: Result<_, ()> = for_each_rune(s, |_, c| Ok(c == RUNE_ERROR));
        return to_i64(found.unwrap_or(None));
    }
    if !valid_rune(r) {
        return -1;
    }
    let mut enc = Vec::with_capacity(4);
    encode_rune(&mut enc, r);
    index(s, &enc)
}

/// `strings.ContainsRune`.
pub fn contains_rune(s: &[u8], r: i32) -> bool {
    index_rune(s, r) >= 0
}

/// `strings.IndexAny`: the first rune of `s` that is in `chars` (an invalid byte in `s`
/// matches an invalid byte or U+FFFD in `chars`).
pub fn index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    let found: Result<_, ()> = for_each_rune(s, |_, r| Ok(index_rune(chars, r) >= 0));
    to_i64(found.unwrap_or(None))
}

/// `strings.ContainsAny`.
pub fn contains_any(s: &[u8], chars: &[u8]) -> bool {
    index_any(s, chars) >= 0
}

/// `strings.LastIndexAny`.
pub fn last_index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    let mut i = s.len();
    while i > 0 {
        let (r, n) = decode_last_rune(&s[..i]);
        i -= n;
        if index_rune(chars, r) >= 0 {
            return i as i64;
        }
    }
    -1
}

/// `strings.IndexFunc`.
pub fn index_func<E>(s: &[u8], f: RunePred<E>) -> Result<i64, E> {
    Ok(to_i64(for_each_rune(s, |_, r| f(r))?))
}

/// `strings.ContainsFunc`.
pub fn contains_func<E>(s: &[u8], f: RunePred<E>) -> Result<bool, E> {
    Ok(index_func(s, f)? >= 0)
}

/// `lastIndexFunc(s, f, truth)`: runes decoded from the end.
fn last_index_func_truth<E>(s: &[u8], f: RunePred<E>, truth: bool) -> Result<i64, E> {
    let mut i = s.len();
    while i > 0 {
        let (r, n) = decode_last_rune(&s[..i]);
        i -= n;
        if f(r)? == truth {
            return Ok(i as i64);
        }
    }
    Ok(-1)
}

/// `strings.LastIndexFunc`.
pub fn last_index_func<E>(s: &[u8], f: RunePred<E>) -> Result<i64, E> {
    last_index_func_truth(s, f, true)
}

/// `strings.Count`: non-overlapping occurrences; `RuneCount(s)+1` for an empty `sep`.
pub fn count(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return utf8::rune_count(s) as i64 + 1;
    }
    let mut n = 0;
    let mut rest = s;
    while let Some(i) = find(rest, sep) {
        n += 1;
        rest = &rest[i + sep.len()..];
    }
    n
}

/// `strings.HasPrefix`.
pub fn has_prefix(s: &[u8], prefix: &[u8]) -> bool {
    s.starts_with(prefix)
}

/// `strings.HasSuffix`.
pub fn has_suffix(s: &[u8], suffix: &[u8]) -> bool {
    s.ends_with(suffix)
}

/// `strings.Cut`: the ranges before and after the first `sep`, and whether it was found
/// (if not, `before` is all of `s` and `after` is empty).
pub fn cut(s: &[u8], sep: &[u8]) -> (Range<usize>, Range<usize>, bool) {
    match find(s, sep) {
        Some(i) => (0..i, i + sep.len()..s.len(), true),
        None => (0..s.len(), s.len()..s.len(), false),
    }
}

/// `strings.CutPrefix`: the range after `prefix` (all of `s` if absent) and whether it
/// was there.
pub fn cut_prefix(s: &[u8], prefix: &[u8]) -> (Range<usize>, bool) {
    if s.starts_with(prefix) {
        (prefix.len()..s.len(), true)
    } else {
        (0..s.len(), false)
    }
}

/// `strings.CutSuffix`.
pub fn cut_suffix(s: &[u8], suffix: &[u8]) -> (Range<usize>, bool) {
    if s.ends_with(suffix) {
        (0..s.len() - suffix.len(), true)
    } else {
        (0..s.len(), false)
    }
}

/// `strings.TrimPrefix`.
pub fn trim_prefix(s: &[u8], prefix: &[u8]) -> Range<usize> {
    cut_prefix(s, prefix).0
}

/// `strings.TrimSuffix`.
pub fn trim_suffix(s: &[u8], suffix: &[u8]) -> Range<usize> {
    cut_suffix(s, suffix).0
}

/// `strings.EqualFold`: equality under simple Unicode case folding.
pub fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let (mut s, mut t) = (s, t);
    while let (Some(&sb), Some(_)) = (s.first(), t.first()) {
        // Decode one rune from each side (ASCII bytes are themselves).
        let (sr, sn) = if sb < RUNE_SELF {
            (sb as i32, 1)
        } else {
            decode_rune(s)
        };
        let (tr, tn) = if t[0] < RUNE_SELF {
            (t[0] as i32, 1)
        } else {
            decode_rune(t)
        };
        s = &s[sn..];
        t = &t[tn..];
        if sr == tr {
            continue;
        }
        let (sr, tr) = if tr < sr { (tr, sr) } else { (sr, tr) };
        if tr < RUNE_SELF as i32 {
            if (b'A' as i32..=b'Z' as i32).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        // SimpleFold(x) is the next equivalent rune above x, wrapping around.
        let mut r = unicode::simple_fold(sr);
        while r != sr && r < tr {
            r = unicode::simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    s.is_empty() && t.is_empty()
}

/// `strings.Fields`: the runs of non-space runes (`unicode.IsSpace`).
pub fn fields(s: &[u8]) -> Vec<Range<usize>> {
    let r: Result<_, std::convert::Infallible> = fields_func(s, &mut |r| Ok(unicode::is_space(r)));
    match r {
        Ok(v) => v,
        Err(e) => match e {},
    }
}

/// `strings.FieldsFunc`: the runs of runes for which `f` is false.
pub fn fields_func<E>(s: &[u8], f: RunePred<E>) -> Result<Vec<Range<usize>>, E> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    for_each_rune(s, |i, r| {
        if f(r)? {
            if let Some(st) = start.take() {
                spans.push(st..i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
        Ok(false)
    })?;
    if let Some(st) = start {
        spans.push(st..s.len());
    }
    Ok(spans)
}

/// `explode`: `s` split into UTF-8 sequences (an invalid byte is a piece of its own), at
/// most `n` pieces when `n > 0`.
fn explode(s: &[u8], n: i64) -> Vec<Range<usize>> {
    let l = utf8::rune_count(s) as i64;
    let n = if n < 0 || n > l { l } else { n } as usize;
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while out.len() + 1 < n {
        let w = decode_rune(&s[i..]).1;
        out.push(i..i + w);
        i += w;
    }
    if n > 0 {
        out.push(i..s.len());
    }
    out
}

/// `genSplit`: the pieces of `s` between separators, each keeping `sep_save` bytes of
/// the separator; `n` as in `SplitN` (0: none, <0: all).
fn gen_split(s: &[u8], sep: &[u8], sep_save: usize, n: i64) -> Vec<Range<usize>> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        return explode(s, n);
    }
    let mut n = if n < 0 { count(s, sep) + 1 } else { n };
    if n > s.len() as i64 + 1 {
        n = s.len() as i64 + 1;
    }
    let mut out = Vec::new();
    let mut start = 0;
    while (out.len() as i64) < n - 1 {
        let Some(m) = find(&s[start..], sep) else {
            break;
        };
        out.push(start..start + m + sep_save);
        start += m + sep.len();
    }
    out.push(start..s.len());
    out
}

/// `strings.Split`.
pub fn split(s: &[u8], sep: &[u8]) -> Vec<Range<usize>> {
    gen_split(s, sep, 0, -1)
}

/// `strings.SplitN`; `None` is Go's nil result for `n == 0`.
pub fn split_n(s: &[u8], sep: &[u8], n: i64) -> Option<Vec<Range<usize>>> {
    (n != 0).then(|| gen_split(s, sep, 0, n))
}

/// `strings.SplitAfter`.
pub fn split_after(s: &[u8], sep: &[u8]) -> Vec<Range<usize>> {
    gen_split(s, sep, sep.len(), -1)
}

/// `strings.SplitAfterN`; `None` is Go's nil result for `n == 0`.
pub fn split_after_n(s: &[u8], sep: &[u8], n: i64) -> Option<Vec<Range<usize>>> {
    (n != 0).then(|| gen_split(s, sep, sep.len(), n))
}

/// `strings.Join`.
pub fn join<T: AsRef<[u8]>>(elems: &[T], sep: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, e) in elems.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(e.as_ref());
    }
    out
}

/// Why `Repeat` panics; [`RepeatError::message`] gives Go's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatError {
    Negative,
    Overflow,
}

impl RepeatError {
    /// The panic text for package `pkg` (`"strings"` or `"bytes"`).
    pub fn message(self, pkg: &str) -> String {
        match self {
            RepeatError::Negative => format!("{pkg}: negative Repeat count"),
            RepeatError::Overflow => format!("{pkg}: Repeat output length overflow"),
        }
    }
}

/// `strings.Repeat`: a count of 0 wins over a negative check only when it is 0, as in Go;
/// the length check uses Go's 64-bit `maxInt`.
pub fn repeat(s: &[u8], count: i64) -> Result<Vec<u8>, RepeatError> {
    match count {
        0 => return Ok(Vec::new()),
        1 => return Ok(s.to_vec()),
        _ => {}
    }
    if count < 0 {
        return Err(RepeatError::Negative);
    }
    if s.len() as i64 > i64::MAX / count {
        return Err(RepeatError::Overflow);
    }
    Ok(s.repeat(count as usize))
}

/// `strings.Replace`: the first `n` non-overlapping occurrences of `old` (all if `n < 0`)
/// replaced by `new`; an empty `old` matches at the start and after each rune.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    if old == new || n == 0 {
        return s.to_vec();
    }
    let m = count(s, old);
    if m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += find(&s[start..], old).expect("counted occurrence");
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    out
}

/// `strings.ReplaceAll`.
pub fn replace_all(s: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    replace(s, old, new, -1)
}

/// `strings.Map`: each rune replaced by `mapping(r)`, dropped if that is negative; an
/// invalid byte is passed as U+FFFD and its result encoded (so it never survives), and an
/// invalid result rune encodes as U+FFFD.
pub fn map<E>(s: &[u8], mapping: &mut dyn FnMut(i32) -> Result<i32, E>) -> Result<Vec<u8>, E> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let (c, n) = decode_rune(&s[i..]);
        let r = mapping(c)?;
        if r == c && c != RUNE_ERROR {
            out.extend_from_slice(&s[i..i + n]);
        } else if r >= 0 {
            encode_rune(&mut out, r);
        }
        i += n;
    }
    Ok(out)
}

fn map_infallible(s: &[u8], f: fn(i32) -> i32) -> Vec<u8> {
    let r: Result<_, std::convert::Infallible> = map(s, &mut |r| Ok(f(r)));
    match r {
        Ok(v) => v,
        Err(e) => match e {},
    }
}

/// `strings.ToUpper`.
pub fn to_upper(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_infallible(s, unicode::to_upper)
}

/// `strings.ToLower`.
pub fn to_lower(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_infallible(s, unicode::to_lower)
}

/// `strings.ToTitle`.
pub fn to_title(s: &[u8]) -> Vec<u8> {
    map_infallible(s, unicode::to_title)
}

/// `strings.TrimLeftFunc`.
pub fn trim_left_func<E>(s: &[u8], f: RunePred<E>) -> Result<Range<usize>, E> {
    let i = for_each_rune(s, |_, r| Ok(!f(r)?))?;
    Ok(i.unwrap_or(s.len())..s.len())
}

/// `strings.TrimRightFunc`; the width of the last kept rune is decoded forwards, as Go
/// does.
pub fn trim_right_func<E>(s: &[u8], f: RunePred<E>) -> Result<Range<usize>, E> {
    let i = last_index_func_truth(s, f, false)?;
    let end = if i >= 0 && s[i as usize] >= RUNE_SELF {
        i as usize + decode_rune(&s[i as usize..]).1
    } else {
        (i + 1) as usize
    };
    Ok(0..end)
}

/// `strings.TrimFunc`.
pub fn trim_func<E>(s: &[u8], f: RunePred<E>) -> Result<Range<usize>, E> {
    let right = trim_right_func(s, f)?;
    let left = trim_left_func(&s[right.clone()], f)?;
    Ok(left.start..right.end)
}

fn in_cutset(cutset: &[u8]) -> impl FnMut(i32) -> Result<bool, std::convert::Infallible> + '_ {
    move |r| Ok(contains_rune(cutset, r))
}

fn infallible<T>(r: Result<T, std::convert::Infallible>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => match e {},
    }
}

/// `strings.TrimLeft`: leading runes that are in `cutset` removed.
pub fn trim_left(s: &[u8], cutset: &[u8]) -> Range<usize> {
    if s.is_empty() || cutset.is_empty() {
        return 0..s.len();
    }
    infallible(trim_left_func(s, &mut in_cutset(cutset)))
}

/// `strings.TrimRight`: trailing runes that are in `cutset` removed (decoded from the
/// end, as `trimRightUnicode` does).
pub fn trim_right(s: &[u8], cutset: &[u8]) -> Range<usize> {
    if s.is_empty() || cutset.is_empty() {
        return 0..s.len();
    }
    let mut end = s.len();
    while end > 0 {
        let (r, n) = decode_last_rune(&s[..end]);
        if !contains_rune(cutset, r) {
            break;
        }
        end -= n;
    }
    0..end
}

/// `strings.Trim`.
pub fn trim(s: &[u8], cutset: &[u8]) -> Range<usize> {
    let right = trim_right(s, cutset);
    let left = trim_left(&s[right.clone()], cutset);
    left.start..left.end
}

/// `strings.TrimSpace`.
pub fn trim_space(s: &[u8]) -> Range<usize> {
    infallible(trim_func(s, &mut |r| Ok(unicode::is_space(r))))
}

/// `strings.Compare`: -1, 0 or +1 by byte order.
pub fn compare(a: &[u8], b: &[u8]) -> i64 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// `strings.Replacer` as `strings.NewReplacer` builds it.
///
/// Go picks one of four algorithms (a single-string finder, a byte table, a byte-to-string
/// table, or the generic trie); all four agree with the generic replacer's rule, which this
/// implements directly: scanning left to right, at each position the matching old string
/// given first in the argument list wins (not the longest), its replacement is written and
/// the scan continues after it. An empty old string matches at every position, but not twice
/// in a row at the same position (`prevMatchEmpty` in `replace.go`).
#[derive(Clone, Debug)]
pub struct Replacer {
    /// The distinct non-empty old strings with their replacements and argument positions,
    /// in argument order (a repeated old string keeps its first replacement).
    pairs: Vec<(Vec<u8>, Vec<u8>, usize)>,
    /// For each first byte, the indices into `pairs` of old strings starting with it.
    by_first: Vec<Vec<usize>>,
    /// The first empty old string's replacement and argument position.
    empty: Option<(Vec<u8>, usize)>,
}

/// `strings.NewReplacer`'s panic text for an odd number of arguments.
pub const REPLACER_ODD_ARGS: &str = "strings.NewReplacer: odd argument count";

impl Replacer {
    /// `strings.NewReplacer(oldnew...)`.
    pub fn new<T: AsRef<[u8]>>(oldnew: &[T]) -> Result<Replacer, &'static str> {
        if oldnew.len() % 2 == 1 {
            return Err(REPLACER_ODD_ARGS);
        }
        let mut r = Replacer {
            pairs: Vec::new(),
            by_first: vec![Vec::new(); 256],
            empty: None,
        };
        for (k, pair) in oldnew.chunks(2).enumerate() {
            let (old, new) = (pair[0].as_ref(), pair[1].as_ref());
            if old.is_empty() {
                if r.empty.is_none() {
                    r.empty = Some((new.to_vec(), k));
                }
            } else if !r.pairs.iter().any(|(o, _, _)| o == old) {
                r.by_first[old[0] as usize].push(r.pairs.len());
                r.pairs.push((old.to_vec(), new.to_vec(), k));
            }
        }
        Ok(r)
    }

    /// The best match at the start of `s`: (replacement, old length).
    fn lookup(&self, s: &[u8], ignore_empty: bool) -> Option<(&[u8], usize)> {
        let mut best: Option<(&[u8], usize, usize)> = None;
        if let Some(&b) = s.first() {
            for &p in &self.by_first[b as usize] {
                let (old, new, k) = &self.pairs[p];
                if s.starts_with(old) {
                    best = Some((new, old.len(), *k));
                    break;
                }
            }
        }
        if !ignore_empty {
            if let Some((new, k)) = &self.empty {
                if best.is_none_or(|(_, _, bk)| *k < bk) {
                    best = Some((new, 0, *k));
                }
            }
        }
        best.map(|(new, len, _)| (new, len))
    }

    /// `(*Replacer).Replace`.
    pub fn replace(&self, s: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len());
        let (mut last, mut i) = (0, 0);
        let mut prev_match_empty = false;
        while i <= s.len() {
            match self.lookup(&s[i..], prev_match_empty) {
                Some((new, len)) => {
                    prev_match_empty = len == 0;
                    out.extend_from_slice(&s[last..i]);
                    out.extend_from_slice(new);
                    i += len;
                    last = i;
                }
                None => {
                    prev_match_empty = false;
                    i += 1;
                }
            }
        }
        if last < s.len() {
            out.extend_from_slice(&s[last..]);
        }
        out
    }
}

#[cfg(test)]
mod tests;
