//! Natives of the `strings` and `bytes` packages: thin wrappers over the pure-Rust
//! algorithms of `crate::stdlib::strings`, which mirror `strings/strings.go` and
//! `bytes/bytes.go`. Each function is generic over `B`: `false` for `strings` (string
//! arguments take 2 register words, results are strings), `true` for `bytes` (`[]byte`
//! arguments take 3 words, results are byte slices). Results that are parts of an argument
//! share its memory, as in Go.

use super::{NativeCall, NativeFn, go_string, go_strings, ret_bytes, ret_string, ret_substring};
use crate::interp::vm::Trap;
use crate::runtime::heap::heap;
use crate::stdlib::strings as s;
use crate::stdlib::utf8;
use std::ops::Range;

/// The natives of `strings` and `bytes`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    let (pkg, name) = q.split_once('.')?;
    if pkg == "bytes" {
        return lookup_b::<true>(name);
    }
    Some(match name {
        "NewReplacer" => new_replacer,
        "replacerReplace" => replacer_replace,
        _ => return lookup_b::<false>(name),
    })
}

fn lookup_b<const B: bool>(name: &str) -> Option<NativeFn> {
    Some(match name {
        "Compare" => compare::<B>,
        "Contains" => contains::<B>,
        "ContainsAny" => contains_any::<B>,
        "ContainsRune" => contains_rune::<B>,
        "Count" => count::<B>,
        "EqualFold" => equal_fold::<B>,
        "Fields" => fields::<B>,
        "HasPrefix" => has_prefix::<B>,
        "HasSuffix" => has_suffix::<B>,
        "Index" => index::<B>,
        "IndexAny" => index_any::<B>,
        "IndexByte" => index_byte::<B>,
        "IndexRune" => index_rune::<B>,
        "Join" => join::<B>,
        "LastIndex" => last_index::<B>,
        "LastIndexAny" => last_index_any::<B>,
        "LastIndexByte" => last_index_byte::<B>,
        "repeat" => repeat::<B>,
        "Replace" => replace::<B>,
        "ReplaceAll" => replace_all::<B>,
        "Split" => split::<B>,
        "SplitAfter" => split_after::<B>,
        "SplitAfterN" => split_after_n::<B>,
        "SplitN" => split_n::<B>,
        "Title" => title::<B>,
        "ToLower" => to_lower::<B>,
        "ToTitle" => to_title::<B>,
        "ToUpper" => to_upper::<B>,
        "ToValidUTF8" => to_valid_utf8::<B>,
        "Trim" => trim::<B>,
        "TrimLeft" => trim_left::<B>,
        "TrimPrefix" => trim_prefix::<B>,
        "TrimRight" => trim_right::<B>,
        "TrimSpace" => trim_space::<B>,
        "TrimSuffix" => trim_suffix::<B>,
        "decodeRune" => decode_rune::<B>,
        "unsafeString" => unsafe_string,
        "decodeLastRune" => decode_last_rune::<B>,
        _ => return None,
    })
}

/// A string or byte-slice argument: its data address, bytes and capacity.
struct Text {
    ptr: u64,
    bytes: Vec<u8>,
    cap: u64,
}

/// Reads the arguments in order: strings or `[]byte` by `B`, plain strings, words.
struct Args<'r> {
    regs: &'r [u64],
    at: usize,
}

impl<'r> Args<'r> {
    fn new(c: &'r NativeCall) -> Args<'r> {
        Args {
            regs: c.regs,
            at: 0,
        }
    }

    /// A `string` (B = false) or `[]byte` (B = true) argument.
    fn text<const B: bool>(&mut self) -> Result<Text, Trap> {
        let t = Text {
            ptr: self.regs[self.at],
            bytes: go_string(self.regs, self.at)?,
            cap: if B {
                self.regs[self.at + 2]
            } else {
                self.regs[self.at + 1]
            },
        };
        self.at += if B { 3 } else { 2 };
        Ok(t)
    }

    /// A `string` argument in either package (cutsets, `chars`).
    fn string(&mut self) -> Result<Vec<u8>, Trap> {
        self.text::<false>().map(|t| t.bytes)
    }

    fn word(&mut self) -> u64 {
        self.at += 1;
        self.regs[self.at - 1]
    }
}

fn ret_int(c: &mut NativeCall, v: i64) -> Result<(), Trap> {
    c.regs[0] = v as u64;
    Ok(())
}

fn ret_bool(c: &mut NativeCall, v: bool) -> Result<(), Trap> {
    c.regs[0] = v as u64;
    Ok(())
}

/// Returns newly made text: a string, or a new `[]byte`.
fn ret_new<const B: bool>(c: &mut NativeCall, b: &[u8]) -> Result<(), Trap> {
    if B {
        ret_bytes(c, 0, b)
    } else {
        ret_string(c, 0, b)
    }
}

/// Returns the part `r` of argument `t`, sharing its memory: `s[r.start:r.end]` (the
/// capacity of a byte slice runs to the end of `t`'s). For `bytes`, an empty part is nil
/// when `nil_if_empty` (what Go's `Trim` family returns).
fn ret_part<const B: bool>(c: &mut NativeCall, t: &Text, r: Range<usize>, nil_if_empty: bool) {
    ret_substring(c, 0, t.ptr, r.clone());
    if B {
        if r.is_empty() && !nil_if_empty {
            // An empty subslice still points into the argument, with its remaining capacity.
            c.regs[0] = t.ptr + r.start as u64;
        }
        c.regs[2] = if r.is_empty() && nil_if_empty {
            c.regs[0] = 0;
            0
        } else {
            t.cap - r.start as u64
        };
    }
}

/// Returns pieces of `t` as a `[]string` or `[][]byte`. For `bytes`, every piece's capacity
/// is its length, except the last one's when `last_full_cap` (Go's `genSplit` returns the
/// rest of `s` as it is).
fn ret_pieces<const B: bool>(
    c: &mut NativeCall,
    t: &Text,
    pieces: Option<Vec<Range<usize>>>,
    last_full_cap: bool,
) -> Result<(), Trap> {
    let Some(pieces) = pieces else {
        c.regs[0] = 0;
        c.regs[1] = 0;
        c.regs[2] = 0;
        return Ok(());
    };
    if !B {
        return super::ret_substrings(c, 0, t.ptr, &pieces);
    }
    let n = pieces.len() as u64;
    let mask = crate::runtime::heap::repeat_ptrmask(&[1], 3, n);
    let p = heap().alloc(c.env.cache, 24 * n, Some(&mask));
    for (i, r) in pieces.iter().enumerate() {
        let e = p + 24 * i as u64;
        let cap = if last_full_cap && i + 1 == pieces.len() {
            t.cap - r.start as u64
        } else {
            r.len() as u64
        };
        let h = heap();
        if t.ptr != 0 {
            h.store_ptr(e, t.ptr + r.start as u64)
                .map_err(Trap::Fault)?;
        }
        h.store_u64(e + 8, r.len() as u64).map_err(Trap::Fault)?;
        h.store_u64(e + 16, cap).map_err(Trap::Fault)?;
    }
    c.regs[0] = p;
    c.regs[1] = n;
    c.regs[2] = n;
    Ok(())
}

fn compare<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, y) = (a.text::<B>()?, a.text::<B>()?);
    ret_int(c, s::compare(&x.bytes, &y.bytes))
}

fn contains<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, y) = (a.text::<B>()?, a.text::<B>()?);
    ret_bool(c, s::contains(&x.bytes, &y.bytes))
}

fn contains_any<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, chars) = (a.text::<B>()?, a.string()?);
    ret_bool(c, s::contains_any(&x.bytes, &chars))
}

fn contains_rune<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, r) = (a.text::<B>()?, a.word() as i32);
    ret_bool(c, s::contains_rune(&x.bytes, r))
}

fn count<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, y) = (a.text::<B>()?, a.text::<B>()?);
    ret_int(c, s::count(&x.bytes, &y.bytes))
}

fn equal_fold<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, y) = (a.text::<B>()?, a.text::<B>()?);
    ret_bool(c, s::equal_fold(&x.bytes, &y.bytes))
}

fn fields<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let x = Args::new(c).text::<B>()?;
    let f = s::fields(&x.bytes);
    ret_pieces::<B>(c, &x, Some(f), false)
}

fn has_prefix<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, y) = (a.text::<B>()?, a.text::<B>()?);
    ret_bool(c, s::has_prefix(&x.bytes, &y.bytes))
}

fn has_suffix<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, y) = (a.text::<B>()?, a.text::<B>()?);
    ret_bool(c, s::has_suffix(&x.bytes, &y.bytes))
}

fn index<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, y) = (a.text::<B>()?, a.text::<B>()?);
    ret_int(c, s::index(&x.bytes, &y.bytes))
}

fn index_any<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, chars) = (a.text::<B>()?, a.string()?);
    ret_int(c, s::index_any(&x.bytes, &chars))
}

fn index_byte<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, b) = (a.text::<B>()?, a.word() as u8);
    ret_int(c, s::index_byte(&x.bytes, b))
}

fn index_rune<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, r) = (a.text::<B>()?, a.word() as i32);
    ret_int(c, s::index_rune(&x.bytes, r))
}

fn join<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    // `[]string` and `[][]byte` elements are read alike, with their element size.
    let (p, n) = (c.regs[0], c.regs[1]);
    let esize = if B { 24 } else { 16 };
    let mut elems = Vec::with_capacity(n as usize);
    for i in 0..n {
        let e = p + esize * i;
        let regs = [
            heap().load_u64(e).map_err(Trap::Fault)?,
            heap().load_u64(e + 8).map_err(Trap::Fault)?,
        ];
        elems.push(go_string(&regs, 0)?);
    }
    let sep = go_string(c.regs, 3)?;
    let out = s::join(&elems, &sep);
    if B && n == 0 {
        // Go's bytes.Join returns an empty, non-nil slice.
        c.regs[0] = crate::runtime::heap::ZEROBASE;
        c.regs[1] = 0;
        c.regs[2] = 0;
        return Ok(());
    }
    ret_new::<B>(c, &out)
}

fn last_index<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, y) = (a.text::<B>()?, a.text::<B>()?);
    ret_int(c, s::last_index(&x.bytes, &y.bytes))
}

fn last_index_any<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, chars) = (a.text::<B>()?, a.string()?);
    ret_int(c, s::last_index_any(&x.bytes, &chars))
}

fn last_index_byte<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, b) = (a.text::<B>()?, a.word() as u8);
    ret_int(c, s::last_index_byte(&x.bytes, b))
}

fn repeat<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, n) = (a.text::<B>()?, a.word() as i64);
    let pkg = if B { "bytes" } else { "strings" };
    let out = s::repeat(&x.bytes, n).map_err(|e| Trap::Panic(e.message(pkg)))?;
    ret_new::<B>(c, &out)
}

fn replace<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, old, new, n) = (
        a.text::<B>()?,
        a.text::<B>()?,
        a.text::<B>()?,
        a.word() as i64,
    );
    let out = s::replace(&x.bytes, &old.bytes, &new.bytes, n);
    ret_new::<B>(c, &out)
}

fn replace_all<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, old, new) = (a.text::<B>()?, a.text::<B>()?, a.text::<B>()?);
    let out = s::replace_all(&x.bytes, &old.bytes, &new.bytes);
    ret_new::<B>(c, &out)
}

fn split<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, sep) = (a.text::<B>()?, a.text::<B>()?);
    let p = s::split(&x.bytes, &sep.bytes);
    ret_pieces::<B>(c, &x, Some(p), true)
}

fn split_after<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, sep) = (a.text::<B>()?, a.text::<B>()?);
    let p = s::split_after(&x.bytes, &sep.bytes);
    ret_pieces::<B>(c, &x, Some(p), true)
}

fn split_n<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, sep, n) = (a.text::<B>()?, a.text::<B>()?, a.word() as i64);
    let p = s::split_n(&x.bytes, &sep.bytes, n);
    ret_pieces::<B>(c, &x, p, true)
}

fn split_after_n<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, sep, n) = (a.text::<B>()?, a.text::<B>()?, a.word() as i64);
    let p = s::split_after_n(&x.bytes, &sep.bytes, n);
    ret_pieces::<B>(c, &x, p, true)
}

/// Go's `isSeparator` in `strings.go`: the word boundaries of `Title`.
fn is_separator(r: i32) -> bool {
    use crate::stdlib::unicode as u;
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if u::is_letter(r) || u::is_digit(r) {
        return false;
    }
    u::is_space(r)
}

fn title<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let x = Args::new(c).text::<B>()?;
    let mut prev = ' ' as i32;
    let out = s::map::<()>(&x.bytes, &mut |r| {
        let m = if is_separator(prev) {
            crate::stdlib::unicode::to_title(r)
        } else {
            r
        };
        prev = r;
        Ok(m)
    })
    .unwrap_or_default();
    ret_new::<B>(c, &out)
}

fn to_lower<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let x = Args::new(c).text::<B>()?;
    ret_new::<B>(c, &s::to_lower(&x.bytes))
}

fn to_upper<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let x = Args::new(c).text::<B>()?;
    ret_new::<B>(c, &s::to_upper(&x.bytes))
}

fn to_title<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let x = Args::new(c).text::<B>()?;
    ret_new::<B>(c, &s::to_title(&x.bytes))
}

/// `ToValidUTF8`: each run of invalid bytes becomes one `replacement` (`strings.go`).
fn to_valid_utf8<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, rep) = (a.text::<B>()?, a.text::<B>()?);
    let b = &x.bytes;
    let mut out = Vec::with_capacity(b.len());
    let (mut i, mut invalid) = (0, false);
    while i < b.len() {
        if b[i] < 0x80 {
            out.push(b[i]);
            i += 1;
            invalid = false;
            continue;
        }
        let (_, w) = utf8::decode_rune(&b[i..]);
        if w == 1 {
            i += 1;
            if !invalid {
                invalid = true;
                out.extend_from_slice(&rep.bytes);
            }
            continue;
        }
        invalid = false;
        out.extend_from_slice(&b[i..i + w]);
        i += w;
    }
    ret_new::<B>(c, &out)
}

fn trim<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, cut) = (a.text::<B>()?, a.string()?);
    let r = s::trim(&x.bytes, &cut);
    ret_part::<B>(c, &x, r, true);
    Ok(())
}

fn trim_left<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, cut) = (a.text::<B>()?, a.string()?);
    let r = s::trim_left(&x.bytes, &cut);
    ret_part::<B>(c, &x, r, true);
    Ok(())
}

fn trim_right<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, cut) = (a.text::<B>()?, a.string()?);
    let r = s::trim_right(&x.bytes, &cut);
    ret_part::<B>(c, &x, r, true);
    Ok(())
}

fn trim_space<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let x = Args::new(c).text::<B>()?;
    let r = s::trim_space(&x.bytes);
    ret_part::<B>(c, &x, r, true);
    Ok(())
}

fn trim_prefix<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, p) = (a.text::<B>()?, a.text::<B>()?);
    let r = s::trim_prefix(&x.bytes, &p.bytes);
    ret_part::<B>(c, &x, r, false);
    Ok(())
}

fn trim_suffix<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let mut a = Args::new(c);
    let (x, p) = (a.text::<B>()?, a.text::<B>()?);
    let r = s::trim_suffix(&x.bytes, &p.bytes);
    ret_part::<B>(c, &x, r, false);
    Ok(())
}

/// `decodeRune(s) (rune, int)`: `utf8.DecodeRune[InString]`, for the Go-written functions
/// that take callbacks.
fn decode_rune<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let x = Args::new(c).text::<B>()?;
    let (r, n) = utf8::decode_rune(&x.bytes);
    c.regs[0] = r as i64 as u64;
    c.regs[1] = n as u64;
    Ok(())
}

/// `decodeLastRune(s) (rune, int)`: `utf8.DecodeLastRune[InString]`.
fn decode_last_rune<const B: bool>(c: &mut NativeCall) -> Result<(), Trap> {
    let x = Args::new(c).text::<B>()?;
    let (r, n) = utf8::decode_last_rune(&x.bytes);
    c.regs[0] = r as i64 as u64;
    c.regs[1] = n as u64;
    Ok(())
}

/// `NewReplacer(oldnew ...string) *Replacer`: checks the argument count and keeps a copy of
/// the pairs in a new `Replacer{oldnew []string}`.
fn new_replacer(c: &mut NativeCall) -> Result<(), Trap> {
    let oldnew = go_strings(c.regs, 0)?;
    s::Replacer::new(&oldnew).map_err(|m| Trap::Panic(m.to_string()))?;
    super::ret_strings(c, 0, &oldnew)?;
    let obj = heap().alloc(c.env.cache, 24, Some(&[1]));
    let h = heap();
    if c.regs[0] != 0 {
        h.store_ptr(obj, c.regs[0]).map_err(Trap::Fault)?;
    }
    h.store_u64(obj + 8, c.regs[1]).map_err(Trap::Fault)?;
    h.store_u64(obj + 16, c.regs[2]).map_err(Trap::Fault)?;
    c.regs[0] = obj;
    Ok(())
}

/// `replacerReplace(oldnew []string, s string) string`: `(*Replacer).Replace`.
fn replacer_replace(c: &mut NativeCall) -> Result<(), Trap> {
    let oldnew = go_strings(c.regs, 0)?;
    let x = go_string(c.regs, 3)?;
    let r = s::Replacer::new(&oldnew).map_err(|m| Trap::Panic(m.to_string()))?;
    let out = r.replace(&x);
    ret_string(c, 0, &out)
}

/// `unsafeString(b []byte) string`: the string sharing `b`'s bytes (Go's `Builder.String`
/// uses `unsafe.String` the same way).
fn unsafe_string(c: &mut NativeCall) -> Result<(), Trap> {
    if c.regs[1] == 0 {
        c.regs[0] = 0;
    }
    Ok(())
}
