//! Natives: Go functions of the standard packages implemented in Rust.
//!
//! A native is called like a compiled function: its arguments are in the caller's
//! registers at the call's base, and it writes its results there. It reads and writes Go
//! memory only through the heap. [`lookup`] finds a native by its qualified Go name
//! (`fmt.Println`); the compiler records the natives a program uses in
//! `Program::natives`.

use super::bytecode::Program;
use super::vm::{Env, Trap};
use crate::runtime::heap::heap;
use crate::stdlib::fmt::{self as gofmt, FmtValue, Kind as FKind};

mod atomic;
mod bits;
mod context;
mod errors;
mod fmtscan;
mod inspect;
mod runtime;
mod sync;
pub use os::set_args;
mod math;
mod os;
mod sort;
mod strconv;
mod strings;
mod time;
mod unicode;

/// What a native sees of the running program.
pub struct NativeCall<'a, 'e> {
    /// The call's register window: arguments first, results written back from 0.
    pub regs: &'a mut [u64],
    pub env: &'a mut Env<'e>,
    pub prog: &'a Program,
}

pub type NativeFn = fn(&mut NativeCall) -> Result<(), Trap>;

/// A native that calls Go code (fmt calling `String()`/`Error()` methods): it runs with
/// the whole goroutine, outside the dispatch loop (see `vm::drive`).
pub type ReentrantFn = fn(&mut ReentrantCall) -> Result<(), Trap>;

#[derive(Clone, Copy)]
pub enum NativeImpl {
    Plain(NativeFn),
    Reentrant(ReentrantFn),
}

impl std::fmt::Debug for NativeImpl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NativeImpl::Plain(_) => "Plain",
            NativeImpl::Reentrant(_) => "Reentrant",
        })
    }
}

/// What a re-entrant native sees: the goroutine itself, its arguments at `base`.
pub struct ReentrantCall<'a, 'e> {
    pub g: &'a mut super::vm::Goroutine,
    pub env: &'a mut Env<'e>,
    pub prog: &'a Program,
    pub base: usize,
    /// A fatal condition (os.Exit, a fatal error) met inside a Go method: the native
    /// must return it.
    pub failed: Option<Trap>,
}

impl<'a, 'e> ReentrantCall<'a, 'e> {
    /// The argument/result words, as a plain native sees them.
    pub fn plain(&mut self) -> NativeCall<'_, 'e> {
        if self.g.regs.len() < self.base + 16 {
            self.g.regs.resize(self.base + 16, 0);
        }
        NativeCall {
            regs: &mut self.g.regs[self.base..],
            env: &mut *self.env,
            prog: self.prog,
        }
    }

    /// Calls method `name` of the value of run-time type `ty` whose interface data word is
    /// `data`, on this goroutine; returns its first `nres` result words, or the value it
    /// panicked with (`Err(Some((type word, data)))`; `Err(None)` when the call could not
    /// be made or ended the program, recorded in `failed`).
    pub fn call_method(
        &mut self,
        ty: u32,
        data: u64,
        name: &str,
        nres: usize,
    ) -> Result<Vec<u64>, Option<(u64, u64)>> {
        self.call_method_args(ty, data, name, &[], nres)
    }

    /// Calls the func value `fv` (a closure object) with `args`; its first `nres` result
    /// words, or the panic it ended with.
    pub fn call_closure(
        &mut self,
        fv: u64,
        args: &[u64],
        nres: usize,
    ) -> Result<Vec<u64>, Option<(u64, u64)>> {
        use super::vm::{Exit, Frame, drive};
        let prog = self.prog;
        let func = match heap().load_u64(fv) {
            Ok(f) if (f as usize) < prog.funcs.len() => f as u32,
            _ => return Err(None),
        };
        let g = &mut *self.g;
        let nb = match g.frames.last() {
            Some(f) => f.base as usize + prog.funcs[f.func as usize].nregs as usize,
            None => 0,
        }
        .max(self.base + 64);
        let need = nb + 64 + args.len() + prog.funcs[func as usize].nregs as usize;
        if g.regs.len() < need {
            g.regs.resize(need, 0);
        }
        g.regs[nb..nb + args.len()].copy_from_slice(args);
        let stop = g.frames.len();
        let panics = g.panics.len();
        g.frames.push(Frame {
            func,
            pc: 0,
            base: nb as u32,
            ctx: fv,
            flag: 0,
        });
        crate::interp::liveness::zero_entry(self.prog, func, &mut g.regs, nb);
        loop {
            match drive(prog, g, self.env, stop) {
                Exit::Returned => return Ok(g.regs[nb..nb + nres].to_vec()),
                Exit::Preempted | Exit::Park => continue,
                Exit::Panicked => {
                    let p = g.panics.pop().map(|p| (p.tw, p.data));
                    g.panics.truncate(panics);
                    g.frames.truncate(stop);
                    return Err(p);
                }
                Exit::Trap(t) => {
                    self.failed = Some(t);
                    g.frames.truncate(stop);
                    return Err(None);
                }
                Exit::Reentrant { .. } => unreachable!("drive runs re-entrant natives itself"),
            }
        }
    }

    /// [`ReentrantCall::call_method`] with argument words after the receiver.
    pub fn call_method_args(
        &mut self,
        ty: u32,
        data: u64,
        name: &str,
        args: &[u64],
        nres: usize,
    ) -> Result<Vec<u64>, Option<(u64, u64)>> {
        use super::vm::{Exit, Frame, drive};
        let prog = self.prog;
        let Some(m) = prog.rtypes.get(ty).method(name).cloned() else {
            return Err(None);
        };
        let g = &mut *self.g;
        let nb = match g.frames.last() {
            Some(f) => f.base as usize + prog.funcs[f.func as usize].nregs as usize,
            None => 0,
        }
        .max(self.base + 64);
        let need = nb
            + 64
            + if m.native {
                0
            } else {
                prog.funcs[m.func as usize].nregs as usize
            };
        if g.regs.len() < need {
            g.regs.resize(need, 0);
        }
        let rw = match m.recv_load {
            None => {
                g.regs[nb] = data;
                1
            }
            Some(lay) => {
                let l = &prog.layouts[lay as usize];
                if let Err(f) = l.load(data, &mut g.regs[nb..]) {
                    // A value method called through a nil pointer: the call panics (as
                    // the VM's interface calls do), and the caller sees the panic (fmt
                    // prints `<nil>` for it, as Go's catchPanic does).
                    return Err(Some(super::vm::runtime_error_value(
                        prog,
                        self.env.cache,
                        super::bytecode::RuntimeErrorKind::ErrorString,
                        &Trap::Fault(f).message(),
                    )));
                }
                l.reg_words()
            }
        };
        if g.regs.len() < nb + rw + args.len() + 16 {
            g.regs.resize(nb + rw + args.len() + 16, 0);
        }
        g.regs[nb + rw..nb + rw + args.len()].copy_from_slice(args);
        if m.native {
            let NativeImpl::Plain(f) = prog.natives[m.func as usize] else {
                return Err(None);
            };
            let mut call = NativeCall {
                regs: &mut g.regs[nb..],
                env: &mut *self.env,
                prog,
            };
            return match f(&mut call) {
                Ok(()) => Ok(g.regs[nb..nb + nres].to_vec()),
                Err(t) => {
                    self.failed = Some(t);
                    Err(None)
                }
            };
        }
        let stop = g.frames.len();
        let panics = g.panics.len();
        g.frames.push(Frame {
            func: m.func,
            pc: 0,
            base: nb as u32,
            ctx: 0,
            flag: 0,
        });
        crate::interp::liveness::zero_entry(self.prog, m.func, &mut g.regs, nb);
        loop {
            match drive(prog, g, self.env, stop) {
                Exit::Returned => return Ok(g.regs[nb..nb + nres].to_vec()),
                // drive blocks the thread for a nested park and ignores preemption.
                Exit::Preempted | Exit::Park => continue,
                Exit::Panicked => {
                    let p = g.panics.pop().map(|p| (p.tw, p.data));
                    g.panics.truncate(panics);
                    g.frames.truncate(stop);
                    return Err(p);
                }
                Exit::Trap(t) => {
                    self.failed = Some(t);
                    g.frames.truncate(stop);
                    return Err(None);
                }
                Exit::Reentrant { .. } => unreachable!("drive runs re-entrant natives itself"),
            }
        }
    }
}

/// Calls `String()`/`Error()` methods for fmt.
pub trait MethodCaller {
    /// The method's string result, or the text of the value it panicked with.
    fn call_string_method(&mut self, ty: u32, data: u64, name: &str) -> Result<Vec<u8>, Vec<u8>>;
}

impl MethodCaller for ReentrantCall<'_, '_> {
    fn call_string_method(&mut self, ty: u32, data: u64, name: &str) -> Result<Vec<u8>, Vec<u8>> {
        match self.call_method(ty, data, name, 2) {
            Ok(w) => go_string(&w, 0).map_err(|_| b"?".to_vec()),
            Err(Some((tw, d))) => Err(super::exec::panic_value_text(self.prog, tw, d).into_bytes()),
            Err(None) => Err(b"goscope: the method could not be called".to_vec()),
        }
    }
}

/// A panic value as fmt prints it inside `%!v(PANIC=String method: ...)`.
struct PanicText(Vec<u8>);

impl FmtValue for PanicText {
    fn kind(&self) -> FKind {
        FKind::String
    }
    fn type_string(&self) -> String {
        "string".into()
    }
    fn string_value(&self) -> Vec<u8> {
        self.0.clone()
    }
}

/// The native implementing the Go function `qualified` (`pkg.Name`), if goscope has one.
/// Each package's natives live in a submodule with its own `lookup`.
pub fn lookup(qualified: &str) -> Option<NativeImpl> {
    let (pkg, _) = qualified.split_once('.')?;
    if let Some(f) = lookup_reentrant(qualified) {
        return Some(NativeImpl::Reentrant(f));
    }
    lookup_plain(pkg, qualified).map(NativeImpl::Plain)
}

fn lookup_plain(pkg: &str, qualified: &str) -> Option<NativeFn> {
    match pkg {
        "fmt" => lookup_core(qualified),
        "runtime" => runtime::lookup(qualified),
        "sync" => sync::lookup(qualified),
        "atomic" => atomic::lookup(qualified).or_else(|| sync::lookup(qualified)),
        "os" => os::lookup(qualified),
        "strings" | "bytes" => strings::lookup(qualified),
        "unicode" | "utf8" => unicode::lookup(qualified),
        "strconv" => strconv::lookup(qualified),
        "math" => math::lookup(qualified),
        "errors" => errors::lookup(qualified),
        "sort" => sort::lookup(qualified),
        "time" => time::lookup(qualified),
        "bits" => bits::lookup(qualified),
        "context" => context::lookup(qualified),
        "inspect" => inspect::lookup(qualified),
        _ => None,
    }
}

fn lookup_core(qualified: &str) -> Option<NativeFn> {
    fmtscan::lookup(qualified)
}

/// fmt's functions call `String()`/`Error()` methods, so they are re-entrant.
fn lookup_reentrant(qualified: &str) -> Option<ReentrantFn> {
    Some(match qualified {
        "fmt.Println" => fmt_println,
        "fmt.Print" => fmt_print,
        "fmt.Printf" => fmt_printf,
        "fmt.Sprintln" => fmt_sprintln,
        "fmt.Sprint" => fmt_sprint,
        "fmt.Sprintf" => fmt_sprintf,
        "fmt.Fprintln" => fmt_fprintln,
        "fmt.Fprint" => fmt_fprint,
        "fmt.Fprintf" => fmt_fprintf,
        "fmt.errorf" => fmt_errorf,
        "runtime.GC" => runtime::gc_now,
        "debug.FreeOSMemory" => runtime::free_os_memory,
        "debug.SetGCPercent" => runtime::set_gc_percent,
        "runtime.callFinalizer" => runtime::call_finalizer,
        _ => return None,
    })
}

/// A Go value in memory (or held directly, for a pointer-shaped interface payload), as
/// fmt's engine sees it.
pub struct HeapValue<'p> {
    /// Calls the value's methods (absent where methods cannot be called).
    cx: Option<&'p std::cell::RefCell<dyn MethodCaller + 'p>>,
    prog: &'p Program,
    ty: u32,
    loc: Loc,
}

#[derive(Clone, Copy)]
enum Loc {
    /// The value is in memory here.
    Mem(u64),
    /// A pointer-shaped value held directly (an interface's data word).
    Word(u64),
}

impl<'p> HeapValue<'p> {
    /// The dynamic value of the interface stored at `addr`, or None for a nil interface.
    fn iface_at(prog: &'p Program, addr: u64) -> Option<HeapValue<'p>> {
        let tw = heap().load_u64(addr).ok()?;
        let data = heap().load_u64(addr + 8).ok()?;
        HeapValue::from_iface(prog, tw, data)
    }

    /// The value an interface (type word, data word) holds; None when nil.
    pub fn from_iface(prog: &'p Program, tw: u64, data: u64) -> Option<HeapValue<'p>> {
        let ty = prog.rtypes.from_word(tw)?;
        let rt = prog.rtypes.get(ty);
        let loc = if rt.kind.is_pointer_shaped() {
            Loc::Word(data)
        } else {
            Loc::Mem(data)
        };
        Some(HeapValue {
            cx: None,
            prog,
            ty,
            loc,
        })
    }

    fn rt(&self) -> &'p super::rtype::RType {
        self.prog.rtypes.get(self.ty)
    }

    fn addr(&self) -> u64 {
        match self.loc {
            Loc::Mem(a) => a,
            Loc::Word(_) => 0,
        }
    }

    fn word(&self) -> u64 {
        match self.loc {
            Loc::Mem(a) => heap().load_u64(a).unwrap_or(0),
            Loc::Word(w) => w,
        }
    }

    /// The same value, able to call its methods through `cx`.
    pub fn with_methods(self, cx: &'p std::cell::RefCell<dyn MethodCaller + 'p>) -> HeapValue<'p> {
        HeapValue {
            cx: Some(cx),
            ..self
        }
    }

    fn at(&self, ty: u32, addr: u64) -> HeapValue<'p> {
        HeapValue {
            cx: self.cx,
            prog: self.prog,
            ty,
            loc: Loc::Mem(addr),
        }
    }
}

fn fkind(k: super::rtype::Kind) -> FKind {
    use super::rtype::Kind as K;
    match k {
        K::Bool => FKind::Bool,
        K::Int => FKind::Int,
        K::Int8 => FKind::Int8,
        K::Int16 => FKind::Int16,
        K::Int32 => FKind::Int32,
        K::Int64 => FKind::Int64,
        K::Uint => FKind::Uint,
        K::Uint8 => FKind::Uint8,
        K::Uint16 => FKind::Uint16,
        K::Uint32 => FKind::Uint32,
        K::Uint64 => FKind::Uint64,
        K::Uintptr => FKind::Uintptr,
        K::Float32 => FKind::Float32,
        K::Float64 => FKind::Float64,
        K::Complex64 => FKind::Complex64,
        K::Complex128 => FKind::Complex128,
        K::String => FKind::String,
        K::Pointer | K::Invalid => FKind::Pointer,
        K::UnsafePointer => FKind::UnsafePointer,
        K::Slice => FKind::Slice,
        K::Array => FKind::Array,
        K::Struct => FKind::Struct,
        K::Map => FKind::Map,
        K::Interface => FKind::Interface,
        K::Func => FKind::Func,
        K::Chan => FKind::Chan,
    }
}

impl FmtValue for HeapValue<'_> {
    fn has_method(&self, m: gofmt::Method) -> bool {
        let name = match m {
            gofmt::Method::Error => "Error",
            gofmt::Method::String => "String",
            gofmt::Method::GoString => "GoString",
        };
        self.cx.is_some() && self.rt().method(name).is_some()
    }
    fn call_method(&self, m: gofmt::Method) -> Result<Vec<u8>, gofmt::PanicValue> {
        let name = match m {
            gofmt::Method::Error => "Error",
            gofmt::Method::String => "String",
            gofmt::Method::GoString => "GoString",
        };
        let Some(cx) = self.cx else {
            return Ok(Vec::new());
        };
        // The method receives what an interface holding this value would hold.
        let data = if self.rt().kind.is_pointer_shaped() {
            self.word()
        } else {
            self.addr()
        };
        cx.borrow_mut()
            .call_string_method(self.ty, data, name)
            .map_err(|t| Box::new(PanicText(t)) as gofmt::PanicValue)
    }
    fn kind(&self) -> FKind {
        fkind(self.rt().kind)
    }
    fn type_string(&self) -> String {
        self.rt().name.clone()
    }
    fn type_id(&self) -> usize {
        self.ty as usize
    }
    fn type_order(&self) -> (u64, u64) {
        let (size, group, pos) = self.prog.rtypes.descriptor_rank(self.ty);
        (size, (group as u64) << 32 | pos as u64)
    }
    fn bool_value(&self) -> bool {
        heap().load_u8(self.addr()).unwrap_or(0) != 0
    }
    fn int_value(&self) -> i64 {
        let a = self.addr();
        let h = heap();
        match self.rt().size {
            1 => h.load_u8(a).unwrap_or(0) as i8 as i64,
            2 => h.load_u16(a).unwrap_or(0) as i16 as i64,
            4 => h.load_u32(a).unwrap_or(0) as i32 as i64,
            _ => h.load_u64(a).unwrap_or(0) as i64,
        }
    }
    fn uint_value(&self) -> u64 {
        let a = self.addr();
        let h = heap();
        match self.rt().size {
            1 => h.load_u8(a).unwrap_or(0) as u64,
            2 => h.load_u16(a).unwrap_or(0) as u64,
            4 => h.load_u32(a).unwrap_or(0) as u64,
            _ => h.load_u64(a).unwrap_or(0),
        }
    }
    fn float_value(&self) -> f64 {
        let a = self.addr();
        if self.rt().size == 4 {
            f32::from_bits(heap().load_u32(a).unwrap_or(0)) as f64
        } else {
            f64::from_bits(heap().load_u64(a).unwrap_or(0))
        }
    }
    fn complex_value(&self) -> (f64, f64) {
        let a = self.addr();
        let h = heap();
        if self.rt().size == 8 {
            (
                f32::from_bits(h.load_u32(a).unwrap_or(0)) as f64,
                f32::from_bits(h.load_u32(a + 4).unwrap_or(0)) as f64,
            )
        } else {
            (
                f64::from_bits(h.load_u64(a).unwrap_or(0)),
                f64::from_bits(h.load_u64(a + 8).unwrap_or(0)),
            )
        }
    }
    fn string_value(&self) -> Vec<u8> {
        let a = self.addr();
        let (p, n) = (
            heap().load_u64(a).unwrap_or(0),
            heap().load_u64(a + 8).unwrap_or(0),
        );
        if n == 0 {
            Vec::new()
        } else {
            heap().read_bytes(p, n).unwrap_or_default()
        }
    }
    fn is_nil(&self) -> bool {
        match self.rt().kind {
            super::rtype::Kind::Interface => heap().load_u64(self.addr()).unwrap_or(0) == 0,
            _ => self.word() == 0,
        }
    }
    fn pointer(&self) -> usize {
        self.word() as usize
    }
    fn len(&self) -> usize {
        let rt = self.rt();
        match rt.kind {
            super::rtype::Kind::Slice => heap().load_u64(self.addr() + 8).unwrap_or(0) as usize,
            super::rtype::Kind::Array => rt.len as usize,
            super::rtype::Kind::Struct => rt.fields.len(),
            _ => 0,
        }
    }
    fn elem_kind(&self) -> FKind {
        let e = self.rt().elem.unwrap_or(0);
        fkind(self.prog.rtypes.get(e).kind)
    }
    fn index(&self, i: usize) -> Box<dyn FmtValue + '_> {
        let rt = self.rt();
        let e = rt.elem.unwrap_or(0);
        let es = self.prog.rtypes.get(e).size;
        let base = if rt.kind == super::rtype::Kind::Slice {
            self.word()
        } else {
            self.addr()
        };
        Box::new(self.at(e, base + i as u64 * es))
    }
    fn field_name(&self, i: usize) -> (String, bool) {
        let f = &self.rt().fields[i];
        (f.name.clone(), f.exported)
    }
    fn field(&self, i: usize) -> Box<dyn FmtValue + '_> {
        let f = &self.rt().fields[i];
        Box::new(self.at(f.ty, self.addr() + f.offset))
    }
    fn map_entries(&self) -> Vec<(Box<dyn FmtValue + '_>, Box<dyn FmtValue + '_>)> {
        let rt = self.rt();
        let (Some(k), Some(e)) = (rt.key, rt.elem) else {
            return Vec::new();
        };
        super::maps::entries(self.prog, self.ty, self.word())
            .into_iter()
            .map(|(ka, ea)| {
                (
                    Box::new(self.at(k, ka)) as Box<dyn FmtValue>,
                    Box::new(self.at(e, ea)) as Box<dyn FmtValue>,
                )
            })
            .collect()
    }
    fn elem(&self) -> Option<Box<dyn FmtValue + '_>> {
        match self.rt().kind {
            // The held value's methods are callable as the holder's are (fmt calls
            // String() on a Stringer inside a slice, map or struct of interfaces).
            super::rtype::Kind::Interface => HeapValue::iface_at(self.prog, self.addr())
                .map(|v| Box::new(HeapValue { cx: self.cx, ..v }) as Box<dyn FmtValue>),
            _ => {
                let p = self.word();
                if p == 0 {
                    return None;
                }
                Some(Box::new(self.at(self.rt().elem.unwrap_or(0), p)))
            }
        }
    }
}

/// The values of a `...any` argument: a slice of interfaces at `regs[0..3]`.
fn any_args<'p>(prog: &'p Program, regs: &[u64]) -> Vec<Option<HeapValue<'p>>> {
    let (ptr, len) = (regs[0], regs[1]);
    (0..len)
        .map(|i| HeapValue::iface_at(prog, ptr + 16 * i))
        .collect()
}

/// Formats with one of fmt's entry points; `None` arguments are nil interfaces.
fn format_any(
    args: &[Option<HeapValue>],
    f: impl FnOnce(&mut Vec<u8>, &[&dyn FmtValue]) -> Result<(), gofmt::PanicValue>,
) -> Vec<u8> {
    let nil = NilIface;
    let refs: Vec<&dyn FmtValue> = args
        .iter()
        .map(|a| a.as_ref().map(|v| v as &dyn FmtValue).unwrap_or(&nil))
        .collect();
    let mut out = Vec::new();
    // A panic inside a String/Error method is printed by the engine itself; an error
    // here would be a panicking Format method, which goscope does not call yet.
    let _ = f(&mut out, &refs);
    out
}

/// A nil interface argument (`fmt.Println(nil)` prints `<nil>`).
struct NilIface;

impl FmtValue for NilIface {
    fn kind(&self) -> FKind {
        FKind::Interface
    }
    fn type_string(&self) -> String {
        "<nil>".into()
    }
    fn is_nil(&self) -> bool {
        true
    }
    fn elem(&self) -> Option<Box<dyn FmtValue + '_>> {
        None
    }
}

/// Writes `(n int, err error)` results: n bytes written, nil error.
fn n_nil_err(regs: &mut [u64], n: usize) {
    regs[0] = n as u64;
    regs[1] = 0;
    regs[2] = 0;
}

/// Puts `b` in the heap as a Go string at `regs[at..at+2]`.
pub fn ret_string(c: &mut NativeCall, at: usize, b: &[u8]) -> Result<(), Trap> {
    if b.is_empty() {
        c.regs[at] = 0;
        c.regs[at + 1] = 0;
        return Ok(());
    }
    let p = heap().alloc(c.env.cache, b.len() as u64, None);
    heap().write_bytes(p, b).map_err(Trap::Fault)?;
    c.regs[at] = p;
    c.regs[at + 1] = b.len() as u64;
    Ok(())
}

/// read(2) (or pread(2) at `offset`) on `fd`, at most `n` bytes, retried on EINTR.
fn read_now(fd: i32, n: usize, offset: Option<i64>) -> Result<Vec<u8>, u64> {
    let mut buf = vec![0u8; n];
    loop {
        // SAFETY: `buf` is a valid, writable buffer of `buf.len()` bytes for the call.
        let r = unsafe {
            match offset {
                Some(off) => libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), off),
                None => libc::read(fd, buf.as_mut_ptr().cast(), buf.len()),
            }
        };
        if r < 0 {
            let e = std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EIO);
            if e == libc::EINTR {
                continue;
            }
            return Err(e as u64);
        }
        buf.truncate(r as usize);
        return Ok(buf);
    }
}

/// A read for a native: `Some(bytes or errno)` when done, `None` when the goroutine was
/// parked (the native then returns and runs again when woken). A descriptor with data
/// ready (or a regular file) is read at once; one that would wait (a terminal, an empty
/// pipe) is read on a helper thread while the goroutine is parked, as Go's `entersyscall`
/// lets other goroutines run, and no M or P waits for it.
pub fn read_fd(
    c: &mut NativeCall,
    fd: i32,
    n: usize,
    offset: Option<i64>,
) -> Option<Result<Vec<u8>, u64>> {
    let world = c.env.world;
    let me = c.env.me.clone();
    if let Some(me) = &me {
        let mut io = world.io.lock();
        let done = io.get(&me.id).is_some_and(|slot| slot.lock().is_some());
        if done {
            let slot = io.remove(&me.id).expect("a finished read");
            let r = slot.lock().take().expect("a finished read");
            return Some(r);
        }
    }
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: `pfd` is one valid pollfd; a zero timeout only asks whether it is ready.
    let ready = unsafe { libc::poll(&mut pfd, 1, 0) } != 0;
    let nested = c.env.nested;
    let (Some(m), Some(me), false, false) = (c.env.m.as_mut(), me, ready, nested) else {
        // Ready, or no scheduler, or inside a native's nested call (which cannot park):
        // read on this thread.
        return Some(read_now(fd, n, offset));
    };
    let Some(sched) = m.sched().arc() else {
        return Some(read_now(fd, n, offset));
    };
    let slot: crate::interp::goroutines::IoSlot = Default::default();
    world.io.lock().insert(me.id, slot.clone());
    sched.begin_external();
    m.park(&me, crate::runtime::sched::WaitReason::Syscall, false);
    c.env.suspend = Some(crate::interp::vm::Suspend::Park { retry: true });
    // A helper thread that owns everything it touches: it may outlive the program (a read
    // of a terminal nobody answers when main returns).
    std::thread::spawn(move || {
        let r = read_now(fd, n, offset);
        *slot.lock() = Some(r);
        sched.ready(None, me);
        sched.end_external();
    });
    None
}

/// Nanoseconds on a monotonic clock (Go's `nanotime`), from the first call.
pub fn monotonic_nanos() -> i64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_nanos() as i64
}

pub fn go_string(regs: &[u64], at: usize) -> Result<Vec<u8>, Trap> {
    let (p, n) = (regs[at], regs[at + 1]);
    if n == 0 {
        Ok(Vec::new())
    } else {
        heap().read_bytes(p, n).map_err(Trap::Fault)
    }
}

/// Formats `...any` arguments found at `at` with one of fmt's entry points, calling the
/// values' `String()`/`Error()` methods on this goroutine.
fn format_with_methods(
    c: &mut ReentrantCall,
    at: usize,
    f: impl FnOnce(&mut Vec<u8>, &[&dyn FmtValue]) -> Result<(), gofmt::PanicValue>,
) -> Result<Vec<u8>, Trap> {
    let prog = c.prog;
    let words: Vec<u64> = c.plain().regs[at..at + 3].to_vec();
    let cell: std::cell::RefCell<&mut ReentrantCall> = std::cell::RefCell::new(c);
    let out = {
        let cx: &std::cell::RefCell<dyn MethodCaller + '_> = &cell;
        let args: Vec<Option<HeapValue>> = any_args(prog, &words)
            .into_iter()
            .map(|a| a.map(|v| v.with_methods(cx)))
            .collect();
        format_any(&args, f)
    };
    let c = cell.into_inner();
    match c.failed.take() {
        Some(t) => Err(t),
        None => Ok(out),
    }
}

impl<T: MethodCaller + ?Sized> MethodCaller for &mut T {
    fn call_string_method(&mut self, ty: u32, data: u64, name: &str) -> Result<Vec<u8>, Vec<u8>> {
        (**self).call_string_method(ty, data, name)
    }
}

fn fmt_println(c: &mut ReentrantCall) -> Result<(), Trap> {
    let out = format_with_methods(c, 0, |o, a| gofmt::sprintln(o, a))?;
    c.env.out.stdout(&out);
    n_nil_err(c.plain().regs, out.len());
    Ok(())
}

fn fmt_print(c: &mut ReentrantCall) -> Result<(), Trap> {
    let out = format_with_methods(c, 0, |o, a| gofmt::sprint(o, a))?;
    c.env.out.stdout(&out);
    n_nil_err(c.plain().regs, out.len());
    Ok(())
}

fn fmt_printf(c: &mut ReentrantCall) -> Result<(), Trap> {
    let format = go_string(c.plain().regs, 0)?;
    let out = format_with_methods(c, 2, |o, a| gofmt::sprintf(o, &format, a))?;
    c.env.out.stdout(&out);
    n_nil_err(c.plain().regs, out.len());
    Ok(())
}

/// `errorf(format string, a []any) (msg string, wrapped []int, count int)`.
fn fmt_errorf(c: &mut ReentrantCall) -> Result<(), Trap> {
    let format = go_string(c.plain().regs, 0)?;
    let mut info = (Vec::new(), 0usize);
    let msg = format_with_methods(c, 2, |o, a| {
        let e = gofmt::errorf(&format, a)?;
        o.extend_from_slice(&e.msg);
        info = (e.wrapped, e.wrap_count);
        Ok(())
    })?;
    let mut p = c.plain();
    ret_string(&mut p, 0, &msg)?;
    // The wrapped indexes as a []int.
    let n = info.0.len() as u64;
    let arr = if n == 0 {
        0
    } else {
        heap().alloc(p.env.cache, 8 * n, None)
    };
    for (i, w) in info.0.iter().enumerate() {
        heap()
            .store_u64(arr + 8 * i as u64, *w as u64)
            .map_err(Trap::Fault)?;
    }
    p.regs[2] = arr;
    p.regs[3] = n;
    p.regs[4] = n;
    p.regs[5] = info.1 as u64;
    Ok(())
}

fn fmt_sprintln(c: &mut ReentrantCall) -> Result<(), Trap> {
    let out = format_with_methods(c, 0, |o, a| gofmt::sprintln(o, a))?;
    ret_string(&mut c.plain(), 0, &out)
}

fn fmt_sprint(c: &mut ReentrantCall) -> Result<(), Trap> {
    let out = format_with_methods(c, 0, |o, a| gofmt::sprint(o, a))?;
    ret_string(&mut c.plain(), 0, &out)
}

fn fmt_sprintf(c: &mut ReentrantCall) -> Result<(), Trap> {
    let format = go_string(c.plain().regs, 0)?;
    let out = format_with_methods(c, 2, |o, a| gofmt::sprintf(o, &format, a))?;
    ret_string(&mut c.plain(), 0, &out)
}

/// Writes `out` to the `io.Writer` interface at `regs[0..2]`: straight to the process's
/// stream for `os.Stdout` and `os.Stderr`, else through the value's Go `Write` method.
fn write_to_writer(c: &mut ReentrantCall, out: &[u8]) -> Result<[u64; 3], Trap> {
    let (tw, data) = (c.plain().regs[0], c.plain().regs[1]);
    let Some(ty) = c.prog.rtypes.from_word(tw) else {
        // A nil io.Writer: calling its method is a nil dereference in Go.
        return Err(Trap::Fault(crate::runtime::heap::Fault::Nil { addr: 0 }));
    };
    if c.prog.rtypes.get(ty).name == "*os.File" && data != 0 {
        // os.File{fd int, name string, appendMode, closed bool}: an open standard output
        // or error is written directly; anything else goes through File.Write.
        let fd = heap().load_u64(data).map_err(Trap::Fault)? as i64;
        let closed = heap().load_u8(data + 25).map_err(Trap::Fault)? != 0;
        if (fd == 1 || fd == 2) && !closed {
            os::write_to(&mut c.plain(), fd, out)?;
            return Ok([out.len() as u64, 0, 0]);
        }
    }
    // p := []byte(out); w.Write(p)
    let n = out.len() as u64;
    let p = if n == 0 {
        0
    } else {
        heap().alloc(c.env.cache, n, None)
    };
    if n > 0 {
        heap().write_bytes(p, out).map_err(Trap::Fault)?;
    }
    match c.call_method_args(ty, data, "Write", &[p, n, n], 3) {
        // Fprint* return what Write returned.
        Ok(w) => Ok([w[0], w[1], w[2]]),
        Err(Some((ptw, pdata))) => {
            // The Write method panicked: the panic goes on in the caller.
            let text = super::exec::panic_value_text(c.prog, ptw, pdata);
            Err(Trap::Panic(text))
        }
        Err(None) => Err(c.failed.take().unwrap_or(Trap::Panic(
            "goscope: the Write method could not be called".into(),
        ))),
    }
}

fn fmt_fprintln(c: &mut ReentrantCall) -> Result<(), Trap> {
    let out = format_with_methods(c, 2, |o, a| gofmt::sprintln(o, a))?;
    let res = write_to_writer(c, &out)?;
    c.plain().regs[..3].copy_from_slice(&res);
    Ok(())
}

fn fmt_fprint(c: &mut ReentrantCall) -> Result<(), Trap> {
    let out = format_with_methods(c, 2, |o, a| gofmt::sprint(o, a))?;
    let res = write_to_writer(c, &out)?;
    c.plain().regs[..3].copy_from_slice(&res);
    Ok(())
}

fn fmt_fprintf(c: &mut ReentrantCall) -> Result<(), Trap> {
    let format = go_string(c.plain().regs, 2)?;
    let out = format_with_methods(c, 4, |o, a| gofmt::sprintf(o, &format, a))?;
    let res = write_to_writer(c, &out)?;
    c.plain().regs[..3].copy_from_slice(&res);
    Ok(())
}

/// Reads the bytes of the `[]byte` at `regs[at..at+3]` (only data and length are used).
pub fn go_bytes(regs: &[u64], at: usize) -> Result<Vec<u8>, Trap> {
    go_string(regs, at)
}

/// Puts `b` in the heap as a new `[]byte` (length and capacity `b.len()`) at
/// `regs[at..at+3]`.
pub fn ret_bytes(c: &mut NativeCall, at: usize, b: &[u8]) -> Result<(), Trap> {
    ret_string(c, at, b)?;
    c.regs[at + 2] = b.len() as u64;
    Ok(())
}

/// Reads the `[]string` at `regs[at..at+3]`.
pub fn go_strings(regs: &[u64], at: usize) -> Result<Vec<Vec<u8>>, Trap> {
    let (p, n) = (regs[at], regs[at + 1]);
    (0..n)
        .map(|i| {
            let h = heap();
            let sp = h.load_u64(p + 16 * i).map_err(Trap::Fault)?;
            let sn = h.load_u64(p + 16 * i + 8).map_err(Trap::Fault)?;
            if sn == 0 {
                Ok(Vec::new())
            } else {
                h.read_bytes(sp, sn).map_err(Trap::Fault)
            }
        })
        .collect()
}

/// Allocates a `[]string` of `n` zero strings (len and cap `n`) at `regs[at..at+3]`;
/// returns its data address. The mask marks each string's data word as a pointer.
fn alloc_strings(c: &mut NativeCall, at: usize, n: usize) -> u64 {
    let mask = crate::runtime::heap::repeat_ptrmask(&[1], 2, n as u64);
    let p = heap().alloc(c.env.cache, 16 * n as u64, Some(&mask));
    c.regs[at] = p;
    c.regs[at + 1] = n as u64;
    c.regs[at + 2] = n as u64;
    p
}

/// Returns a new `[]string` holding copies of `items` at `regs[at..at+3]`.
pub fn ret_strings(c: &mut NativeCall, at: usize, items: &[Vec<u8>]) -> Result<(), Trap> {
    let p = alloc_strings(c, at, items.len());
    for (i, s) in items.iter().enumerate() {
        if s.is_empty() {
            continue;
        }
        let d = heap().alloc(c.env.cache, s.len() as u64, None);
        heap().write_bytes(d, s).map_err(Trap::Fault)?;
        heap()
            .store_ptr(p + 16 * i as u64, d)
            .map_err(Trap::Fault)?;
        heap()
            .store_u64(p + 16 * i as u64 + 8, s.len() as u64)
            .map_err(Trap::Fault)?;
    }
    Ok(())
}

/// Returns a new `[]string` whose elements are the substrings `ranges` of the string whose
/// data starts at `base`: like Go's `Split`, the pieces share the argument's bytes.
pub fn ret_substrings(
    c: &mut NativeCall,
    at: usize,
    base: u64,
    ranges: &[std::ops::Range<usize>],
) -> Result<(), Trap> {
    let p = alloc_strings(c, at, ranges.len());
    for (i, r) in ranges.iter().enumerate() {
        if r.is_empty() {
            continue;
        }
        heap()
            .store_ptr(p + 16 * i as u64, base + r.start as u64)
            .map_err(Trap::Fault)?;
        heap()
            .store_u64(p + 16 * i as u64 + 8, r.len() as u64)
            .map_err(Trap::Fault)?;
    }
    Ok(())
}

/// Writes the substring `r` of the string (or byte slice) whose data starts at `base` to
/// `regs[at..at+2]`, sharing its bytes.
pub fn ret_substring(c: &mut NativeCall, at: usize, base: u64, r: std::ops::Range<usize>) {
    if r.is_empty() {
        c.regs[at] = 0;
        c.regs[at + 1] = 0;
    } else {
        c.regs[at] = base + r.start as u64;
        c.regs[at + 1] = r.len() as u64;
    }
}
