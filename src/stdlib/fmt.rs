//! Go's `fmt` printing engine (`Printf`, `Sprint`, `Sprintln`, `Errorf`) over an abstract,
//! reflection-like view of Go values, so that any value representation can be printed with
//! Go 1.23's exact output.
//!
//! The VM implements [`FmtValue`] for its heap values; this module mirrors `fmt/print.go`
//! (argument handling, methods, `printValue`), `fmt/format.go` (padding and number
//! layout) and `internal/fmtsort/sort.go` (the order in which map entries are printed).
//! Go strings are bytes, so formats, string values and output are `[u8]`.

use std::cmp::Ordering;

use super::strconv;

/// The kind of a Go type, as `reflect.Kind` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Pointer,
    UnsafePointer,
    Slice,
    Array,
    Struct,
    Map,
    Interface,
    Func,
    Chan,
}

impl Kind {
    fn is_signed(self) -> bool {
        matches!(
            self,
            Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64
        )
    }

    fn is_unsigned(self) -> bool {
        matches!(
            self,
            Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr
        )
    }
}

/// The methods `fmt` looks for on a value, besides `Format` (see [`FmtValue::is_formatter`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `Error() string` (the value implements `error`).
    Error,
    /// `String() string` (`fmt.Stringer`).
    String,
    /// `GoString() string` (`fmt.GoStringer`).
    GoString,
}

impl Method {
    fn name(self) -> &'static str {
        match self {
            Method::Error => "Error",
            Method::String => "String",
            Method::GoString => "GoString",
        }
    }
}

/// The value a Go panic carried; `fmt` prints it with `%v` inside `%!v(PANIC=...)`.
pub type PanicValue = Box<dyn FmtValue>;

/// A reflection-like view of one Go value, enough for `fmt` to print it.
///
/// Accessors are only called for the kinds they document; the defaults panic because a
/// call for another kind is a bug in the engine. Child values (elements, fields, map
/// entries, pointer targets) are returned boxed and may borrow from `self`. Methods that
/// run Go code take `&self`: an implementation that needs the VM mutably holds it behind
/// interior mutability.
#[allow(clippy::len_without_is_empty)]
pub trait FmtValue {
    /// The value's kind.
    fn kind(&self) -> Kind;

    /// The type as `%T` prints it: `int`, `main.Point`, `[]int`, `*main.T`,
    /// `struct { A int }`, `interface {}`, `map[string]int`...
    fn type_string(&self) -> String;

    /// An identity for the value's type, used only to order interface-typed map keys of
    /// different dynamic types (Go compares type descriptor addresses there).
    fn type_id(&self) -> usize {
        0
    }

    /// The order of the value's type among the program's types as `internal/fmtsort`
    /// sees it (Go compares the addresses of the type descriptors); by default the
    /// [`FmtValue::type_id`].
    fn type_order(&self) -> (u64, u64) {
        (0, self.type_id() as u64)
    }

    /// The value of a `Bool`.
    fn bool_value(&self) -> bool {
        unreachable!("bool_value on {:?}", self.kind())
    }

    /// The value of a signed integer kind, sign-extended.
    fn int_value(&self) -> i64 {
        unreachable!("int_value on {:?}", self.kind())
    }

    /// The value of an unsigned integer kind, zero-extended.
    fn uint_value(&self) -> u64 {
        unreachable!("uint_value on {:?}", self.kind())
    }

    /// The value of a float kind (a `Float32` widened exactly).
    fn float_value(&self) -> f64 {
        unreachable!("float_value on {:?}", self.kind())
    }

    /// The real and imaginary parts of a complex kind.
    fn complex_value(&self) -> (f64, f64) {
        unreachable!("complex_value on {:?}", self.kind())
    }

    /// The bytes of a `String`.
    fn string_value(&self) -> Vec<u8> {
        unreachable!("string_value on {:?}", self.kind())
    }

    /// Whether a `Pointer`, `UnsafePointer`, `Slice`, `Map`, `Func`, `Chan` or
    /// `Interface` is nil.
    fn is_nil(&self) -> bool {
        false
    }

    /// The address `%p` prints for `Pointer`, `UnsafePointer`, `Slice` (its first
    /// element), `Map`, `Func` and `Chan`; 0 when nil.
    fn pointer(&self) -> usize {
        0
    }

    /// The length of a `Slice` or `Array`, or the number of fields of a `Struct`.
    fn len(&self) -> usize {
        unreachable!("len on {:?}", self.kind())
    }

    /// The kind of the elements of a `Slice` or `Array` (`Uint8` makes it print as bytes
    /// for `%s %q %x %X`).
    fn elem_kind(&self) -> Kind {
        unreachable!("elem_kind on {:?}", self.kind())
    }

    /// Element `i` of a `Slice` or `Array`.
    fn index(&self, i: usize) -> Box<dyn FmtValue + '_> {
        unreachable!("index({i}) on {:?}", self.kind())
    }

    /// The name of field `i` of a `Struct` (empty for none; embedded fields are named by
    /// their type) and whether it is exported.
    fn field_name(&self, i: usize) -> (String, bool) {
        unreachable!("field_name({i}) on {:?}", self.kind())
    }

    /// Field `i` of a `Struct`, as its static type (an interface-typed field is an
    /// `Interface` value).
    fn field(&self, i: usize) -> Box<dyn FmtValue + '_> {
        unreachable!("field({i}) on {:?}", self.kind())
    }

    /// The entries of a non-nil `Map`, in any order (the engine sorts them).
    #[allow(clippy::type_complexity)]
    fn map_entries(&self) -> Vec<(Box<dyn FmtValue + '_>, Box<dyn FmtValue + '_>)> {
        unreachable!("map_entries on {:?}", self.kind())
    }

    /// The target of a non-nil `Pointer`, or the dynamic value of a non-nil `Interface`.
    fn elem(&self) -> Option<Box<dyn FmtValue + '_>> {
        unreachable!("elem on {:?}", self.kind())
    }

    /// Whether the value's method set has `m` with the signature `fmt` expects.
    fn has_method(&self, m: Method) -> bool {
        let _ = m;
        false
    }

    /// Calls `Error`, `String` or `GoString`; `Err` carries the value of a Go panic.
    fn call_method(&self, m: Method) -> Result<Vec<u8>, PanicValue> {
        unreachable!("call_method({m:?}) on {}", self.type_string())
    }

    /// Whether the value implements `fmt.Formatter`.
    fn is_formatter(&self) -> bool {
        false
    }

    /// Calls `Format(state, verb)`; `Err` carries the value of a Go panic.
    fn call_format(&self, state: &mut State<'_>, verb: char) -> Result<(), PanicValue> {
        let _ = (state, verb);
        unreachable!("call_format on {}", self.type_string())
    }
}

/// Formatting flags and sizes of the verb being printed (Go's `fmtFlags`, `wid`, `prec`).
#[derive(Clone, Copy, Debug, Default)]
struct Flags {
    wid_present: bool,
    prec_present: bool,
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    plus_v: bool,
    sharp_v: bool,
    wid: usize,
    prec: usize,
}

/// What a `Format` method sees: Go's `fmt.State`, writing into the printer's buffer.
pub struct State<'a> {
    buf: &'a mut Vec<u8>,
    flags: Flags,
}

impl State<'_> {
    /// Appends bytes to the output (`State.Write`).
    pub fn write(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }

    /// The width, if one was given (`State.Width`).
    pub fn width(&self) -> Option<usize> {
        self.flags.wid_present.then_some(self.flags.wid)
    }

    /// The precision, if one was given (`State.Precision`).
    pub fn precision(&self) -> Option<usize> {
        self.flags.prec_present.then_some(self.flags.prec)
    }

    /// Whether flag `c` (one of `- + # space 0`) was given (`State.Flag`).
    pub fn flag(&self, c: char) -> bool {
        let f = &self.flags;
        match c {
            '-' => f.minus,
            '+' => f.plus || f.plus_v,
            '#' => f.sharp || f.sharp_v,
            ' ' => f.space,
            '0' => f.zero,
            _ => false,
        }
    }
}

/// Go's `fmt.FormatString`: the directive (`%-+#0 w.pV`) that reconstructs `state`.
pub fn format_string(state: &State<'_>, verb: char) -> Vec<u8> {
    let mut b = vec![b'%'];
    for c in [' ', '+', '-', '#', '0'] {
        if state.flag(c) {
            b.push(c as u8);
        }
    }
    if let Some(w) = state.width() {
        strconv::append_int(&mut b, w as i64, 10);
    }
    if let Some(p) = state.precision() {
        b.push(b'.');
        strconv::append_int(&mut b, p as i64, 10);
    }
    strconv::append_rune(&mut b, verb as i64);
    b
}

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

type Res = Result<(), PanicValue>;

/// One value being printed: the view plus whether reflection may call its methods (false
/// below an unexported struct field, as for Go's `CanInterface`).
#[derive(Clone, Copy)]
struct Arg<'v> {
    v: &'v dyn FmtValue,
    can_interface: bool,
}

/// The printer state (Go's `pp` and `fmt`).
struct Printer {
    buf: Vec<u8>,
    f: Flags,
    panicking: bool,
    erroring: bool,
    wrap_errs: bool,
    wrapped_errs: Vec<usize>,
    reordered: bool,
    good_arg_num: bool,
}

/// What the current badVerb should describe: the argument (`p.arg`) or reflected value
/// (`p.value`), or nothing (nil).
#[derive(Clone, Copy)]
enum Current<'v> {
    Arg(&'v dyn FmtValue),
    Value(&'v dyn FmtValue),
    Nil,
}

impl Printer {
    fn new() -> Printer {
        Printer {
            buf: Vec::new(),
            f: Flags::default(),
            panicking: false,
            erroring: false,
            wrap_errs: false,
            wrapped_errs: Vec::new(),
            reordered: false,
            good_arg_num: true,
        }
    }

    // ----- format.go: padding and primitive layouts.

    fn write_padding(&mut self, n: isize) {
        if n <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.extend(std::iter::repeat_n(pad, n as usize));
    }

    fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid as isize - strconv::rune_count(b) as isize;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4usize;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut hex = Vec::new();
        let mut x = u;
        loop {
            hex.push(UDIGITS[(x & 0xF) as usize]);
            x >>= 4;
            if x == 0 {
                break;
            }
        }
        let mut b = b"U+".to_vec();
        for _ in hex.len()..prec {
            b.push(b'0');
        }
        b.extend(hex.iter().rev());
        if self.f.sharp && u <= strconv::MAX_RUNE as u64 && strconv::is_print(u as u32) {
            b.extend_from_slice(b" '");
            strconv::append_rune(&mut b, u as i64);
            b.push(b'\'');
        }
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&b);
        self.f.zero = old_zero;
    }

    fn fmt_integer(&mut self, u: u64, base: u32, is_signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = is_signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let mut prec = 0usize;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid as isize);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        // Digits are produced backwards, then reversed.
        let mut rev = Vec::with_capacity(prec.max(24));
        let b = base as u64;
        while u >= b {
            rev.push(digits[(u % b) as usize]);
            u /= b;
        }
        rev.push(digits[u as usize]);
        while prec > rev.len() {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 => {
                    if rev.last() != Some(&b'0') {
                        rev.push(b'0');
                    }
                }
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&rev);
        self.f.zero = old_zero;
    }

    fn truncate<'s>(&self, s: &'s [u8]) -> &'s [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < s.len() {
                if n == 0 {
                    return &s[..i];
                }
                n -= 1;
                i += strconv::decode_rune(&s[i..]).1;
            }
        }
        s
    }

    fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid as isize);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding((self.f.wid - width) as isize);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf
                .extend_from_slice(&[digits[(c >> 4) as usize], digits[(c & 0xF) as usize]]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding((self.f.wid - width) as isize);
        }
    }

    fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && strconv::can_backquote(s) {
            let mut b = Vec::with_capacity(s.len() + 2);
            b.push(b'`');
            b.extend_from_slice(s);
            b.push(b'`');
            self.pad(&b);
            return;
        }
        let mut b = Vec::with_capacity(s.len() + 2);
        if self.f.plus {
            strconv::append_quote_to_ascii(&mut b, s);
        } else {
            strconv::append_quote(&mut b, s);
        }
        self.pad(&b);
    }

    fn fmt_c(&mut self, c: u64) {
        let r = if c > strconv::MAX_RUNE as u64 {
            strconv::RUNE_ERROR as i64
        } else {
            c as i64
        };
        let mut b = Vec::new();
        strconv::append_rune(&mut b, r);
        self.pad(&b);
    }

    fn fmt_qc(&mut self, c: u64) {
        let r = if c > strconv::MAX_RUNE as u64 {
            strconv::RUNE_ERROR as i64
        } else {
            c as i64
        };
        let mut b = Vec::new();
        if self.f.plus {
            strconv::append_quote_rune_to_ascii(&mut b, r);
        } else {
            strconv::append_quote_rune(&mut b, r);
        }
        self.pad(&b);
    }

    fn fmt_float_raw(&mut self, v: f64, size: u32, verb: u8, prec: i32) {
        let prec = if self.f.prec_present {
            self.f.prec as i32
        } else {
            prec
        };
        let mut num = vec![0u8];
        strconv::append_float(&mut num, v, verb, prec, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        } else {
            num[0] = b'+';
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old_zero;
            return;
        }
        if self.f.sharp && verb != b'b' {
            let mut digits: i32 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = if prec == -1 { 6 } else { prec };
            }
            let mut tail = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() {
                self.buf.push(num[0]);
                self.write_padding((self.f.wid - num.len()) as isize);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    // ----- print.go.

    fn bad_verb(&mut self, verb: char, cur: Current<'_>) -> Res {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        strconv::append_rune(&mut self.buf, verb as i64);
        self.buf.push(b'(');
        let r = match cur {
            Current::Arg(a) => {
                self.buf.extend_from_slice(a.type_string().as_bytes());
                self.buf.push(b'=');
                self.print_arg(Some(a), 'v')
            }
            Current::Value(v) => {
                self.buf.extend_from_slice(v.type_string().as_bytes());
                self.buf.push(b'=');
                self.print_value(
                    Some(Arg {
                        v,
                        can_interface: false,
                    }),
                    'v',
                    0,
                )
            }
            Current::Nil => {
                self.buf.extend_from_slice(b"<nil>");
                Ok(())
            }
        };
        self.buf.push(b')');
        self.erroring = false;
        r
    }

    fn fmt_bool(&mut self, v: bool, verb: char, cur: Current<'_>) -> Res {
        match verb {
            't' | 'v' => {
                self.fmt_boolean(v);
                Ok(())
            }
            _ => self.bad_verb(verb, cur),
        }
    }

    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.f.sharp = sharp;
    }

    fn fmt_int(&mut self, v: u64, is_signed: bool, verb: char, cur: Current<'_>) -> Res {
        match verb {
            'v' => {
                if self.f.sharp_v && !is_signed {
                    self.fmt_0x64(v, true);
                } else {
                    self.fmt_integer(v, 10, is_signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt_integer(v, 10, is_signed, verb, LDIGITS),
            'b' => self.fmt_integer(v, 2, is_signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer(v, 8, is_signed, verb, LDIGITS),
            'x' => self.fmt_integer(v, 16, is_signed, verb, LDIGITS),
            'X' => self.fmt_integer(v, 16, is_signed, verb, UDIGITS),
            'c' => self.fmt_c(v),
            'q' => self.fmt_qc(v),
            'U' => self.fmt_unicode(v),
            _ => return self.bad_verb(verb, cur),
        }
        Ok(())
    }

    fn fmt_float(&mut self, v: f64, size: u32, verb: char, cur: Current<'_>) -> Res {
        match verb {
            'v' => self.fmt_float_raw(v, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float_raw(v, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt_float_raw(v, size, verb as u8, 6),
            'F' => self.fmt_float_raw(v, size, b'f', 6),
            _ => return self.bad_verb(verb, cur),
        }
        Ok(())
    }

    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: char, cur: Current<'_>) -> Res {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.f.plus;
                self.buf.push(b'(');
                self.fmt_float(re, size / 2, verb, cur)?;
                self.f.plus = true;
                self.fmt_float(im, size / 2, verb, cur)?;
                self.buf.extend_from_slice(b"i)");
                self.f.plus = old_plus;
                Ok(())
            }
            _ => self.bad_verb(verb, cur),
        }
    }

    fn fmt_string(&mut self, v: &[u8], verb: char, cur: Current<'_>) -> Res {
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(v);
                } else {
                    self.fmt_s(v);
                }
            }
            's' => self.fmt_s(v),
            'x' => self.fmt_sbx(v, LDIGITS),
            'X' => self.fmt_sbx(v, UDIGITS),
            'q' => self.fmt_q(v),
            _ => return self.bad_verb(verb, cur),
        }
        Ok(())
    }

    /// Go's `fmtBytes` for the verbs that reach it from `printValue` (`s q x X`).
    fn fmt_bytes(&mut self, v: &[u8], verb: char) {
        match verb {
            's' => self.fmt_s(v),
            'x' => self.fmt_sbx(v, LDIGITS),
            'X' => self.fmt_sbx(v, UDIGITS),
            'q' => self.fmt_q(v),
            _ => unreachable!("fmt_bytes verb {verb}"),
        }
    }

    fn fmt_pointer(&mut self, v: &dyn FmtValue, verb: char, cur: Current<'_>) -> Res {
        let u = match v.kind() {
            Kind::Chan
            | Kind::Func
            | Kind::Map
            | Kind::Pointer
            | Kind::Slice
            | Kind::UnsafePointer => {
                if v.is_nil() {
                    0
                } else {
                    v.pointer() as u64
                }
            }
            _ => return self.bad_verb(verb, cur),
        };
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(v.type_string().as_bytes());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad(b"<nil>");
                } else {
                    self.fmt_0x64(u, !self.f.sharp);
                }
            }
            'p' => self.fmt_0x64(u, !self.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => return self.fmt_int(u, false, verb, cur),
            _ => return self.bad_verb(verb, cur),
        }
        Ok(())
    }

    /// Go's `catchPanic` after a method on `arg` panicked with `err`.
    fn catch_panic(
        &mut self,
        arg: &dyn FmtValue,
        verb: char,
        method: &str,
        err: PanicValue,
    ) -> Res {
        if arg.kind() == Kind::Pointer && arg.is_nil() {
            self.buf.extend_from_slice(b"<nil>");
            return Ok(());
        }
        if self.panicking {
            // A nested panic: the recursion in printArg cannot succeed, so re-panic.
            return Err(err);
        }
        let old = self.f;
        self.f = Flags::default();
        self.buf.extend_from_slice(b"%!");
        strconv::append_rune(&mut self.buf, verb as i64);
        self.buf.extend_from_slice(b"(PANIC=");
        self.buf.extend_from_slice(method.as_bytes());
        self.buf.extend_from_slice(b" method: ");
        self.panicking = true;
        let r = self.print_arg(Some(&*err), 'v');
        self.panicking = false;
        r?;
        self.buf.push(b')');
        // Go restores only the flags: width and precision stay cleared.
        self.f = Flags {
            wid: 0,
            prec: 0,
            ..old
        };
        Ok(())
    }

    /// Go's `handleMethods`: returns whether a method printed the value.
    fn handle_methods(&mut self, arg: &dyn FmtValue, verb: char) -> Result<bool, PanicValue> {
        if self.erroring {
            return Ok(false);
        }
        let mut verb = verb;
        if verb == 'w' {
            if !arg.has_method(Method::Error) || !self.wrap_errs {
                self.bad_verb(verb, Current::Arg(arg))?;
                return Ok(true);
            }
            verb = 'v';
        }
        if arg.is_formatter() {
            let mut state = State {
                buf: &mut self.buf,
                flags: self.f,
            };
            if let Err(e) = arg.call_format(&mut state, verb) {
                self.catch_panic(arg, verb, "Format", e)?;
            }
            return Ok(true);
        }
        let method = if self.f.sharp_v {
            if !arg.has_method(Method::GoString) {
                return Ok(false);
            }
            Method::GoString
        } else {
            if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
                return Ok(false);
            }
            if arg.has_method(Method::Error) {
                Method::Error
            } else if arg.has_method(Method::String) {
                Method::String
            } else {
                return Ok(false);
            }
        };
        match arg.call_method(method) {
            Ok(s) => {
                if method == Method::GoString {
                    self.fmt_s(&s);
                } else {
                    self.fmt_string(&s, verb, Current::Arg(arg))?;
                }
            }
            Err(e) => self.catch_panic(arg, verb, method.name(), e)?,
        }
        Ok(true)
    }

    /// Go's `printArg`; `None` is a nil interface. An `Interface` argument is unwrapped.
    fn print_arg(&mut self, arg: Option<&dyn FmtValue>, verb: char) -> Res {
        let arg = match arg {
            Some(a) if a.kind() == Kind::Interface => {
                let inner = a.elem();
                return self.print_arg(inner.as_deref(), verb);
            }
            a => a,
        };
        let Some(arg) = arg else {
            return match verb {
                'T' | 'v' => {
                    self.pad(b"<nil>");
                    Ok(())
                }
                _ => self.bad_verb(verb, Current::Nil),
            };
        };
        match verb {
            'T' => {
                self.fmt_s(arg.type_string().as_bytes());
                return Ok(());
            }
            'p' => return self.fmt_pointer(arg, 'p', Current::Arg(arg)),
            _ => {}
        }
        if self.handle_methods(arg, verb)? {
            return Ok(());
        }
        // Go's printArg has a case for the exact type []byte, whose %#v says "[]byte"
        // where reflection would say "[]uint8".
        if verb == 'v'
            && self.f.sharp_v
            && arg.kind() == Kind::Slice
            && arg.elem_kind() == Kind::Uint8
            && arg.type_string() == "[]uint8"
        {
            self.buf.extend_from_slice(b"[]byte");
            if arg.is_nil() {
                self.buf.extend_from_slice(b"(nil)");
                return Ok(());
            }
            self.buf.push(b'{');
            for i in 0..arg.len() {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                self.fmt_0x64(arg.index(i).uint_value(), true);
            }
            self.buf.push(b'}');
            return Ok(());
        }
        self.print_value_kind(arg, verb, 0, true, Current::Arg(arg))
    }

    /// Go's `printValue`; `None` is an invalid value (a nil interface's element).
    fn print_value(&mut self, value: Option<Arg<'_>>, verb: char, depth: usize) -> Res {
        let Some(a) = value else {
            if depth == 0 {
                self.buf.extend_from_slice(b"<invalid reflect.Value>");
                return Ok(());
            }
            return match verb {
                'v' => {
                    self.buf.extend_from_slice(b"<nil>");
                    Ok(())
                }
                _ => self.bad_verb(verb, Current::Nil),
            };
        };
        if depth > 0 && a.can_interface {
            // Methods are looked up on the dynamic value of an interface.
            if a.v.kind() == Kind::Interface {
                if let Some(inner) = a.v.elem() {
                    if self.handle_methods(&*inner, verb)? {
                        return Ok(());
                    }
                }
            } else if self.handle_methods(a.v, verb)? {
                return Ok(());
            }
        }
        self.print_value_kind(a.v, verb, depth, a.can_interface, Current::Value(a.v))
    }

    fn print_value_kind(
        &mut self,
        f: &dyn FmtValue,
        verb: char,
        depth: usize,
        can_interface: bool,
        cur: Current<'_>,
    ) -> Res {
        match f.kind() {
            Kind::Bool => self.fmt_bool(f.bool_value(), verb, cur),
            k if k.is_signed() => self.fmt_int(f.int_value() as u64, true, verb, cur),
            k if k.is_unsigned() => self.fmt_int(f.uint_value(), false, verb, cur),
            Kind::Float32 => self.fmt_float(f.float_value(), 32, verb, cur),
            Kind::Float64 => self.fmt_float(f.float_value(), 64, verb, cur),
            Kind::Complex64 => {
                let (re, im) = f.complex_value();
                self.fmt_complex(re, im, 64, verb, cur)
            }
            Kind::Complex128 => {
                let (re, im) = f.complex_value();
                self.fmt_complex(re, im, 128, verb, cur)
            }
            Kind::String => self.fmt_string(&f.string_value(), verb, cur),
            Kind::Map => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(f.type_string().as_bytes());
                    if f.is_nil() {
                        self.buf.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.buf.push(b'{');
                } else {
                    self.buf.extend_from_slice(b"map[");
                }
                let mut entries = if f.is_nil() {
                    Vec::new()
                } else {
                    f.map_entries()
                };
                entries.sort_by(|a, b| compare(&*a.0, &*b.0));
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    self.print_value(
                        Some(Arg {
                            v: &**k,
                            can_interface,
                        }),
                        verb,
                        depth + 1,
                    )?;
                    self.buf.push(b':');
                    self.print_value(
                        Some(Arg {
                            v: &**v,
                            can_interface,
                        }),
                        verb,
                        depth + 1,
                    )?;
                }
                self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
                Ok(())
            }
            Kind::Struct => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(f.type_string().as_bytes());
                }
                self.buf.push(b'{');
                for i in 0..f.len() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    let (name, exported) = f.field_name(i);
                    if (self.f.plus_v || self.f.sharp_v) && !name.is_empty() {
                        self.buf.extend_from_slice(name.as_bytes());
                        self.buf.push(b':');
                    }
                    let field = f.field(i);
                    let ci = can_interface && exported;
                    // Go's getField: a non-nil interface field is replaced by its value.
                    if field.kind() == Kind::Interface && !field.is_nil() {
                        let inner = field.elem().expect("non-nil interface has a value");
                        self.print_value(
                            Some(Arg {
                                v: &*inner,
                                can_interface: ci,
                            }),
                            verb,
                            depth + 1,
                        )?;
                    } else {
                        self.print_value(
                            Some(Arg {
                                v: &*field,
                                can_interface: ci,
                            }),
                            verb,
                            depth + 1,
                        )?;
                    }
                }
                self.buf.push(b'}');
                Ok(())
            }
            Kind::Interface => match f.elem() {
                None => {
                    if self.f.sharp_v {
                        self.buf.extend_from_slice(f.type_string().as_bytes());
                        self.buf.extend_from_slice(b"(nil)");
                    } else {
                        self.buf.extend_from_slice(b"<nil>");
                    }
                    Ok(())
                }
                Some(inner) => self.print_value(
                    Some(Arg {
                        v: &*inner,
                        can_interface,
                    }),
                    verb,
                    depth + 1,
                ),
            },
            Kind::Array | Kind::Slice => {
                if matches!(verb, 's' | 'q' | 'x' | 'X') && f.elem_kind() == Kind::Uint8 {
                    let bytes: Vec<u8> = (0..f.len())
                        .map(|i| f.index(i).uint_value() as u8)
                        .collect();
                    self.fmt_bytes(&bytes, verb);
                    return Ok(());
                }
                if self.f.sharp_v {
                    self.buf.extend_from_slice(f.type_string().as_bytes());
                    if f.kind() == Kind::Slice && f.is_nil() {
                        self.buf.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.buf.push(b'{');
                    for i in 0..f.len() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        let e = f.index(i);
                        self.print_value(
                            Some(Arg {
                                v: &*e,
                                can_interface,
                            }),
                            verb,
                            depth + 1,
                        )?;
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for i in 0..f.len() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        let e = f.index(i);
                        self.print_value(
                            Some(Arg {
                                v: &*e,
                                can_interface,
                            }),
                            verb,
                            depth + 1,
                        )?;
                    }
                    self.buf.push(b']');
                }
                Ok(())
            }
            Kind::Pointer => {
                if depth == 0 && !f.is_nil() {
                    if let Some(a) = f.elem() {
                        if matches!(
                            a.kind(),
                            Kind::Array | Kind::Slice | Kind::Struct | Kind::Map
                        ) {
                            self.buf.push(b'&');
                            return self.print_value(
                                Some(Arg {
                                    v: &*a,
                                    can_interface,
                                }),
                                verb,
                                depth + 1,
                            );
                        }
                    }
                }
                self.fmt_pointer(f, verb, cur)
            }
            Kind::Chan | Kind::Func | Kind::UnsafePointer => self.fmt_pointer(f, verb, cur),
            k => unreachable!("kind {k:?} is handled above"),
        }
    }

    // ----- Argument lists.

    fn do_printf(&mut self, format: &[u8], a: &[&dyn FmtValue]) -> Res {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0usize;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.f = Flags::default();
            // Flags, and the fast path for a plain verb.
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = true,
                    b'+' => self.f.plus = true,
                    b'-' => self.f.minus = true,
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'w' {
                                self.wrapped_errs.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.f.sharp_v = self.f.sharp;
                                self.f.sharp = false;
                                self.f.plus_v = self.f.plus;
                                self.f.plus = false;
                            }
                            self.print_arg(Some(a[arg_num]), c as char)?;
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());

            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = int_from_arg(a, arg_num);
                arg_num = n;
                self.f.wid_present = ok;
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if w < 0 {
                    self.f.wid = w.unsigned_abs() as usize;
                    self.f.minus = true;
                    self.f.zero = false;
                } else {
                    self.f.wid = w as usize;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parsenum(format, i, end);
                self.f.wid = w;
                self.f.wid_present = ok;
                i = ni;
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }

            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = int_from_arg(a, arg_num);
                    arg_num = n;
                    self.f.prec_present = ok;
                    self.f.prec = p.max(0) as usize;
                    if p < 0 {
                        self.f.prec_present = false;
                    }
                    if !self.f.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parsenum(format, i, end);
                    i = ni;
                    self.f.prec = if ok { p } else { 0 };
                    self.f.prec_present = true;
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }

            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = if format[i] < 0x80 {
                (format[i] as char, 1)
            } else {
                let (r, w) = strconv::decode_rune(&format[i..]);
                (char::from_u32(r).unwrap_or('\u{FFFD}'), w)
            };
            i += size;

            if verb == '%' {
                self.buf.push(b'%');
            } else if !self.good_arg_num {
                self.buf.extend_from_slice(b"%!");
                strconv::append_rune(&mut self.buf, verb as i64);
                self.buf.extend_from_slice(b"(BADINDEX)");
            } else if arg_num >= a.len() {
                self.buf.extend_from_slice(b"%!");
                strconv::append_rune(&mut self.buf, verb as i64);
                self.buf.extend_from_slice(b"(MISSING)");
            } else {
                if verb == 'w' {
                    self.wrapped_errs.push(arg_num);
                }
                if verb == 'v' || verb == 'w' {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                self.print_arg(Some(a[arg_num]), verb)?;
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < a.len() {
            self.f = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (i, &arg) in a[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                let dynamic = dynamic_value(arg);
                match dynamic.as_deref() {
                    None => self.buf.extend_from_slice(b"<nil>"),
                    Some(v) => {
                        self.buf.extend_from_slice(v.type_string().as_bytes());
                        self.buf.push(b'=');
                        self.print_arg(Some(v), 'v')?;
                    }
                }
            }
            self.buf.push(b')');
        }
        Ok(())
    }

    /// Go's `argNumber`: an optional `[n]` index at `format[i..]`.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn do_print(&mut self, a: &[&dyn FmtValue]) -> Res {
        let mut prev_string = false;
        for (n, &arg) in a.iter().enumerate() {
            let is_string = dynamic_value(arg).is_some_and(|v| v.kind() == Kind::String);
            if n > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(Some(arg), 'v')?;
            prev_string = is_string;
        }
        Ok(())
    }

    fn do_println(&mut self, a: &[&dyn FmtValue]) -> Res {
        for (n, &arg) in a.iter().enumerate() {
            if n > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(Some(arg), 'v')?;
        }
        self.buf.push(b'\n');
        Ok(())
    }
}

/// The dynamic value of an argument: itself, or an interface's content (`None` if nil).
fn dynamic_value<'v>(arg: &'v dyn FmtValue) -> Option<Box<dyn FmtValue + 'v>> {
    if arg.kind() == Kind::Interface {
        return arg.elem();
    }
    Some(Box::new(Ref(arg)))
}

/// A borrowed value presented as an owned box.
struct Ref<'v>(&'v dyn FmtValue);

impl FmtValue for Ref<'_> {
    fn kind(&self) -> Kind {
        self.0.kind()
    }
    fn type_string(&self) -> String {
        self.0.type_string()
    }
    fn type_id(&self) -> usize {
        self.0.type_id()
    }
    fn bool_value(&self) -> bool {
        self.0.bool_value()
    }
    fn int_value(&self) -> i64 {
        self.0.int_value()
    }
    fn uint_value(&self) -> u64 {
        self.0.uint_value()
    }
    fn float_value(&self) -> f64 {
        self.0.float_value()
    }
    fn complex_value(&self) -> (f64, f64) {
        self.0.complex_value()
    }
    fn string_value(&self) -> Vec<u8> {
        self.0.string_value()
    }
    fn is_nil(&self) -> bool {
        self.0.is_nil()
    }
    fn pointer(&self) -> usize {
        self.0.pointer()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
    fn elem_kind(&self) -> Kind {
        self.0.elem_kind()
    }
    fn index(&self, i: usize) -> Box<dyn FmtValue + '_> {
        self.0.index(i)
    }
    fn field_name(&self, i: usize) -> (String, bool) {
        self.0.field_name(i)
    }
    fn field(&self, i: usize) -> Box<dyn FmtValue + '_> {
        self.0.field(i)
    }
    fn map_entries(&self) -> Vec<(Box<dyn FmtValue + '_>, Box<dyn FmtValue + '_>)> {
        self.0.map_entries()
    }
    fn elem(&self) -> Option<Box<dyn FmtValue + '_>> {
        self.0.elem()
    }
    fn has_method(&self, m: Method) -> bool {
        self.0.has_method(m)
    }
    fn call_method(&self, m: Method) -> Result<Vec<u8>, PanicValue> {
        self.0.call_method(m)
    }
    fn is_formatter(&self) -> bool {
        self.0.is_formatter()
    }
    fn call_format(&self, state: &mut State<'_>, verb: char) -> Result<(), PanicValue> {
        self.0.call_format(state, verb)
    }
}

fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Go's `parsenum`: digits at `s[start..end]`.
fn parsenum(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num as usize, isnum, i)
}

/// Go's `parseArgNumber`: `[n]` at the start of `format`; returns the zero-based index,
/// the bytes consumed and whether the index parsed.
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width as i64 - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Go's `intFromArg`: a `*` width or precision taken from argument `arg_num`.
fn int_from_arg(a: &[&dyn FmtValue], arg_num: usize) -> (i64, bool, usize) {
    if arg_num >= a.len() {
        return (0, false, arg_num);
    }
    let mut num = 0i64;
    let mut is_int = false;
    if let Some(v) = dynamic_value(a[arg_num]) {
        let k = v.kind();
        if k.is_signed() {
            num = v.int_value();
            is_int = true;
        } else if k.is_unsigned() {
            let n = v.uint_value();
            if n <= i64::MAX as u64 {
                num = n as i64;
                is_int = true;
            }
        }
    }
    if too_large(num) {
        num = 0;
        is_int = false;
    }
    (num, is_int, arg_num + 1)
}

/// Orders two map keys of the same type as `internal/fmtsort`'s `compare` does: numbers
/// by value (NaN first), strings by bytes, false before true, pointers and channels by
/// address, structs and arrays element by element, interfaces nil first, then by dynamic
/// type and value.
pub fn compare(a: &dyn FmtValue, b: &dyn FmtValue) -> Ordering {
    let ka = a.kind();
    if ka != b.kind() {
        return Ordering::Equal;
    }
    match ka {
        k if k.is_signed() => a.int_value().cmp(&b.int_value()),
        k if k.is_unsigned() => a.uint_value().cmp(&b.uint_value()),
        Kind::String => a.string_value().cmp(&b.string_value()),
        Kind::Float32 | Kind::Float64 => float_cmp(a.float_value(), b.float_value()),
        Kind::Complex64 | Kind::Complex128 => {
            let (ar, ai) = a.complex_value();
            let (br, bi) = b.complex_value();
            float_cmp(ar, br).then_with(|| float_cmp(ai, bi))
        }
        Kind::Bool => a.bool_value().cmp(&b.bool_value()),
        Kind::Pointer | Kind::UnsafePointer | Kind::Chan => a.pointer().cmp(&b.pointer()),
        Kind::Struct => {
            for i in 0..a.len() {
                let c = compare(&*a.field(i), &*b.field(i));
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Array => {
            for i in 0..a.len() {
                let c = compare(&*a.index(i), &*b.index(i));
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Interface => match (a.elem(), b.elem()) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => x
                .type_order()
                .cmp(&y.type_order())
                .then_with(|| x.type_id().cmp(&y.type_id()))
                .then_with(|| compare(&*x, &*y)),
        },
        // Go panics ("bad type in compare") for other kinds, which cannot be map keys.
        _ => Ordering::Equal,
    }
}

/// Go's `cmp.Compare` on floats: NaN sorts before everything and equals NaN.
fn float_cmp(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).expect("no NaN"),
    }
}

/// Go's `Sprintf`/`Appendf`: appends the formatted output to `out`. `Err` is a panic
/// that escaped (a method panicked while fmt was printing another method's panic value);
/// the caller must re-raise it, and `out` then holds the partial output.
pub fn sprintf(out: &mut Vec<u8>, format: &[u8], args: &[&dyn FmtValue]) -> Result<(), PanicValue> {
    let mut p = Printer::new();
    let r = p.do_printf(format, args);
    out.extend_from_slice(&p.buf);
    r
}

/// Go's `Sprint`/`Append`: operands in `%v`, with a space between operands when neither
/// is a string.
pub fn sprint(out: &mut Vec<u8>, args: &[&dyn FmtValue]) -> Result<(), PanicValue> {
    let mut p = Printer::new();
    let r = p.do_print(args);
    out.extend_from_slice(&p.buf);
    r
}

/// Go's `Sprintln`/`Appendln`: operands in `%v` separated by spaces, then a newline.
pub fn sprintln(out: &mut Vec<u8>, args: &[&dyn FmtValue]) -> Result<(), PanicValue> {
    let mut p = Printer::new();
    let r = p.do_println(args);
    out.extend_from_slice(&p.buf);
    r
}

/// The result of [`errorf`]: the message and which arguments the error wraps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Errorf {
    /// The error's message.
    pub msg: Vec<u8>,
    /// Zero-based indexes of the wrapped arguments, in Go's order: with one `%w` the
    /// argument if it is an error (Go's `*wrapError`, whose `Unwrap` returns it or nil);
    /// with several, the error arguments without duplicates (Go's `*wrapErrors`).
    pub wrapped: Vec<usize>,
    /// How many `%w` verbs named an argument: 0 means Go returns a plain
    /// `errors.New` error, 1 a `*fmt.wrapError`, more a `*fmt.wrapErrors`.
    pub wrap_count: usize,
}

/// Go's `Errorf`: formats like `sprintf`, accepting `%w` for error operands.
pub fn errorf(format: &[u8], args: &[&dyn FmtValue]) -> Result<Errorf, PanicValue> {
    let mut p = Printer::new();
    p.wrap_errs = true;
    p.do_printf(format, args)?;
    let is_error = |i: usize| dynamic_value(args[i]).is_some_and(|v| v.has_method(Method::Error));
    let mut w = p.wrapped_errs.clone();
    let wrapped = match w.len() {
        0 => Vec::new(),
        1 => {
            if is_error(w[0]) {
                w
            } else {
                Vec::new()
            }
        }
        _ => {
            if p.reordered {
                w.sort_unstable();
            }
            let mut out = Vec::new();
            for (i, &n) in w.iter().enumerate() {
                if i > 0 && w[i - 1] == n {
                    continue;
                }
                if is_error(n) {
                    out.push(n);
                }
            }
            out
        }
    };
    Ok(Errorf {
        msg: p.buf,
        wrapped,
        wrap_count: p.wrapped_errs.len(),
    })
}

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;
