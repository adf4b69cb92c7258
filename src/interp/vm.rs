//! The VM: runs bytecode on a goroutine's explicit frames.
//!
//! A goroutine is data ([`Goroutine`]): a register file and a stack of [`Frame`]s. A Go
//! call pushes a frame and a return pops one; the dispatch loop never recurses in Rust, so
//! a goroutine can stop at any safepoint and be resumed later, on another thread.
//!
//! The loop keeps the current function's code, `pc` and `base` in locals and writes them
//! back to the frame only when it leaves the frame (call, return, trap, yield). Register
//! accesses are bounds-checked slice indexing: the register file is sized on every call, so
//! a compiler bug shows as a Rust panic in tests, never as undefined behaviour.

use super::bytecode::{CmpOp, ConvKind, FuncId, ImmOp, Op, PrintKind, Program, SliceKind, Width};
use super::goroutines::{GoChan, GoRef, SchedOps, World};
use super::mem::{self, BoundsCode, BoundsError, check_slice};
use super::print;
use crate::runtime::chan::Sudog;
use crate::runtime::heap::{Fault, Mcache, heap};
use crate::runtime::hmap;
use crate::runtime::sched::{Flag, NewData};
use crossbeam_utils::CachePadded;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// One activation of a Go function.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub func: FuncId,
    /// The next instruction to run in this frame (for callers: the return address).
    pub pc: u32,
    /// Where this frame's registers start in the goroutine's register file.
    pub base: u32,
    /// The closure object this call runs (0 for a plain function call).
    pub ctx: u64,
    /// 0 for an ordinary call; [`DEFERRED_AT_RETURN`] or [`DEFERRED_IN_PANIC`] for a
    /// deferred call made by the runtime.
    pub flag: u8,
}

/// A deferred call run by `RunDefers` as its function returns.
pub const DEFERRED_AT_RETURN: u8 = 1;
/// A deferred call run while a panic unwinds: `recover` works only directly inside one.
pub const DEFERRED_IN_PANIC: u8 = 2;

/// What a `defer` statement recorded: the call's target and its argument words,
/// evaluated when the statement ran (Go's `_defer` record).
#[derive(Clone, Debug)]
pub struct DeferRec {
    /// The deferring frame is `frames[depth - 1]`.
    pub depth: u32,
    pub target: DeferTarget,
    pub args: Vec<u64>,
}

#[derive(Clone, Copy, Debug)]
pub enum DeferTarget {
    Func(FuncId),
    Native(u32),
    Closure(u64),
}

/// One panic of a goroutine's chain (Go's `_panic`).
#[derive(Clone, Debug)]
pub struct PanicRec {
    /// The panic value, an interface (type word, data word).
    pub tw: u64,
    pub data: u64,
    pub recovered: bool,
    /// For a panic from a memory fault: the faulting address (Go then prints the
    /// `[signal SIGSEGV ...]` line).
    pub fault: Option<u64>,
    /// The goroutine's stack where the panic started, innermost first.
    pub trace: Vec<super::panic::TraceFrame>,
    /// Not a panic: `runtime.Goexit` running the deferred calls (recover ignores it).
    pub goexit: bool,
}

/// The traceback frames of a stack, innermost first: the innermost frame stopped at its
/// current instruction, the others just after their calls.
pub fn trace(prog: &Program, frames: &[Frame]) -> Vec<super::panic::TraceFrame> {
    trace_at(prog, frames, false)
}

/// [`trace`] of a goroutine that stopped after its innermost frame's instruction (parked
/// or preempted): that frame's pc is past it too.
pub fn trace_stopped(prog: &Program, frames: &[Frame]) -> Vec<super::panic::TraceFrame> {
    trace_at(prog, frames, true)
}

fn trace_at(prog: &Program, frames: &[Frame], stopped: bool) -> Vec<super::panic::TraceFrame> {
    let n = frames.len();
    frames
        .iter()
        .enumerate()
        .rev()
        .map(|(i, fr)| {
            let f = &prog.funcs[fr.func as usize];
            let at = if i + 1 == n && !stopped {
                fr.pc as usize
            } else {
                (fr.pc as usize).saturating_sub(1)
            };
            let line = f.debug.lines.get(at).copied().unwrap_or(0);
            let args = if f.nparams == 0 { "" } else { "..." };
            super::panic::TraceFrame {
                name: format!("{}({args})", f.debug.name),
                file: f.debug.file.clone(),
                line,
                offset: at as u32 * 4,
            }
        })
        .collect()
}

/// The interface value (type word, data word) a run-time error panics with: a string
/// holding its `Error()` text, typed as the runtime's error type (or as `string` for
/// [`RuntimeErrorKind::GoString`](super::bytecode::RuntimeErrorKind::GoString)).
pub(crate) fn runtime_error_value(
    prog: &Program,
    cache: &mut Mcache,
    kind: super::bytecode::RuntimeErrorKind,
    text: &str,
) -> (u64, u64) {
    let h = heap();
    let bytes = text.as_bytes();
    let sp = if bytes.is_empty() {
        0
    } else {
        h.alloc(cache, bytes.len() as u64, None)
    };
    let boxed = h.alloc(cache, 16, Some(&[1]));
    // Fresh allocations are in range; a failure here would be a heap bug.
    let _ = h.write_bytes(sp, bytes);
    let _ = h.store_ptr(boxed, sp);
    let _ = h.store_u64(boxed + 8, bytes.len() as u64);
    // A program always has every runtime error type (compile_program registers them).
    let ty = prog
        .runtime_types
        .get(kind as usize)
        .or(prog.runtime_types.get(1))
        .copied()
        .unwrap_or(0);
    (super::rtype::TypeTable::word(ty), boxed)
}

/// Why the dispatch loop stopped.
#[derive(Debug, PartialEq)]
pub enum Exit {
    /// The goroutine's outermost function returned.
    Returned,
    /// The goroutine reached a safepoint with a preemption request pending.
    Preempted,
    /// The goroutine parked itself (a channel operation, a semaphore, a sleep); its frame's
    /// pc is where it resumes.
    Park,
    /// A fatal condition that is not a panic (`os.Exit`, stack overflow).
    Trap(Trap),
    /// A panic unwound every frame without being recovered; the chain is in the
    /// goroutine's `panics`.
    Panicked,
    /// A re-entrant native must run with the whole goroutine (it calls Go code): the
    /// driver ([`drive`]) runs it and resumes. `then_unwind`: it was a deferred call of a
    /// panicking goroutine, whose unwinding continues afterwards.
    Reentrant {
        id: u32,
        base: usize,
        then_unwind: bool,
    },
}

/// Run-time errors raised by single instructions, with Go's texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trap {
    DivideByZero,
    NegativeShift,
    /// The register file would exceed Go's 1 GB stack limit.
    StackOverflow,
    /// A failed index or slice bounds check.
    Bounds(BoundsError),
    /// A heap access through a bad address (nil: Go's nil dereference).
    Fault(Fault),
    /// `make([]T, n)` with a negative or too large length or capacity.
    MakeSliceLen,
    MakeSliceCap,
    /// `append` past the largest possible slice.
    GrowSliceLen,
    /// A failed type assertion: the `interface conversion: ...` text.
    TypeAssert(String),
    /// A map misuse that panics (`assignment to entry in nil map`, unhashable keys).
    MapPanic(crate::runtime::hmap::MapPanic),
    /// A fatal error (`fatal error: concurrent map writes`): not recoverable, no
    /// deferred calls run.
    Fatal(&'static str),
    /// `==` on interfaces holding an uncomparable type (`comparing uncomparable type T`).
    Uncomparable(String),
    /// `os.Exit(code)`: not a panic; the program ends with this status at once.
    Exit(i32),
    /// A standard-library native panicking with a string value (`panic("strings: negative
    /// Repeat count")` in Go's source): the panic value is that Go string.
    Panic(String),
    /// A run-time panic with a `runtime.plainError` (no "runtime error: " prefix):
    /// `send on closed channel`, `close of nil channel`, ...
    Plain(&'static str),
    /// `runtime.Goexit`: run every deferred call, then end the goroutine.
    Goexit,
    /// A standard-library native raising a run-time error (math/bits' `overflowError`):
    /// a `runtime.Error` whose text is `runtime error: ` and this.
    RuntimeError(String),
}

impl Trap {
    /// The panic text, as the Go runtime prints it after `panic: `.
    pub fn message(&self) -> String {
        match self {
            Trap::DivideByZero => "runtime error: integer divide by zero".into(),
            Trap::NegativeShift => "runtime error: negative shift amount".into(),
            Trap::StackOverflow => "stack overflow".into(),
            Trap::Bounds(b) => format!("runtime error: {}", b.message()),
            Trap::Fault(_) => {
                "runtime error: invalid memory address or nil pointer dereference".into()
            }
            Trap::MakeSliceLen => "runtime error: makeslice: len out of range".into(),
            Trap::Uncomparable(t) => format!("runtime error: comparing uncomparable type {t}"),
            Trap::MapPanic(p) => p.message(),
            Trap::TypeAssert(m) => m.clone(),
            Trap::Fatal(m) => m.to_string(),
            Trap::MakeSliceCap => "runtime error: makeslice: cap out of range".into(),
            Trap::GrowSliceLen => "runtime error: growslice: len out of range".into(),
            Trap::Exit(code) => format!("exit status {code}"),
            Trap::Panic(s) => s.clone(),
            Trap::Plain(s) => s.to_string(),
            Trap::Goexit => "runtime.Goexit".into(),
            Trap::RuntimeError(s) => format!("runtime error: {s}"),
        }
    }
}

/// The most register words a goroutine may use before "stack overflow". Go's limit is a
/// 1 GB stack (`maxstacksize`, runtime/proc.go), which gc reaches after tens of millions
/// of small frames; a goscope frame also costs a frame record, and growing to a full
/// gigabyte takes many seconds, so goscope stops at an eighth of it (still millions of
/// frames deep) and prints Go's message. A known difference: recursion between that
/// depth and Go's overflows here and not in Go.
pub const MAX_STACK_WORDS: usize = 1_000_000_000 / 8 / 8;

/// What a parked goroutine does when it runs again: take the outcome of the channel
/// operation it waited for from its sudog(s).
pub enum Pending {
    /// A receive into `regs[dst..]` (and `ok` into `regs[ok]`).
    Recv {
        sg: Arc<Sudog<Goroutine>>,
        dst: usize,
        ok: Option<usize>,
    },
    /// A send (which panics if the channel was closed meanwhile).
    Send { sg: Arc<Sudog<Goroutine>> },
    /// A `select`: the case index goes to `regs[base]`; `sel` is its descriptor.
    Select {
        parked: Vec<(Arc<GoChan>, Arc<Sudog<Goroutine>>)>,
        base: usize,
        sel: u32,
    },
}

pub use super::panic::CreatedBy;

/// Where a goroutine was started, kept as a code position and turned into names only when
/// a traceback prints it.
#[derive(Clone, Copy, Debug)]
pub enum Creator {
    /// The `go` statement just before `pc` in `func`, run by goroutine `goid`.
    Go { func: FuncId, pc: u32, goid: u64 },
    /// The goroutine the runtime starts for `time.AfterFunc` (Go's `time.goFunc`).
    TimeGoFunc,
}

impl Creator {
    /// The `created by` line's parts.
    pub fn resolve(self, prog: &Program) -> CreatedBy {
        match self {
            Creator::Go { func, pc, goid } => {
                let f = &prog.funcs[func as usize];
                let at = (pc as usize).saturating_sub(1);
                CreatedBy {
                    func: f.debug.name.clone(),
                    goid,
                    file: f.debug.file.clone(),
                    line: f.debug.lines.get(at).copied().unwrap_or(0),
                    offset: at as u32 * 4,
                }
            }
            Creator::TimeGoFunc => CreatedBy {
                func: "time.goFunc".into(),
                goid: 0,
                file: "$GOROOT/src/time/sleep.go".into(),
                line: 215,
                offset: 0,
            },
        }
    }
}

/// A `go` statement's goroutine: `func` (of `nregs` registers, with closure `ctx`, 0 for
/// none) called on `args`. The scheduler builds it anew or in a dead goroutine's data.
pub struct GoStart<'a> {
    pub func: FuncId,
    pub nregs: usize,
    pub ctx: u64,
    pub args: &'a [u64],
    pub created_by: Option<Creator>,
}

impl GoStart<'_> {
    /// While the collector marks, the new goroutine's stack starts black (see
    /// `goroutines::born_black`): what it is given is shaded.
    fn shade(&self) {
        crate::runtime::gc::shade(self.args);
        crate::runtime::gc::shade(&[self.ctx]);
    }
}

impl NewData<Goroutine> for GoStart<'_> {
    fn make(self, id: u64) -> Goroutine {
        self.shade();
        let mut g = Goroutine::call_sized(id, self.func, self.nregs, self.ctx, self.args);
        g.created_by = self.created_by;
        g
    }

    fn reset(self, id: u64, g: &mut Goroutine) {
        self.shade();
        g.restart(id, self);
    }
}

/// A new goroutine's register file has room for this many words, so that its first calls
/// do not reallocate it (Go's goroutines start with a 2 KiB stack).
const START_REGS: usize = 128;

/// A new register file of `n` zeroed words.
fn new_regs(n: usize) -> Vec<u64> {
    let mut v = Vec::with_capacity(n.max(START_REGS));
    v.resize(n, 0);
    v
}

/// A dead goroutine's buffers are kept for the next one up to these sizes (Go frees a
/// dead goroutine's stack if it grew beyond the starting size).
const KEEP_REGS: usize = 1024;
const KEEP_FRAMES: usize = 64;
const KEEP_DEFERS: usize = 64;

pub struct Goroutine {
    pub id: u64,
    pub regs: Vec<u64>,
    pub frames: Vec<Frame>,
    /// Pending deferred calls of every frame, innermost last.
    pub defers: Vec<DeferRec>,
    /// The panics in progress, oldest first.
    pub panics: Vec<PanicRec>,
    /// A trap raised by a re-entrant native, to be raised as a panic when the goroutine
    /// resumes; and whether a panic's unwinding must go on (after a deferred re-entrant
    /// native ran).
    pub pending_trap: Option<Trap>,
    pub pending_unwind: bool,
    /// Set by the scheduler (or a stop-the-world request) to make the goroutine stop at its
    /// next safepoint: the flag of the P it runs on.
    pub preempt: Flag,
    /// The channel operation it is parked in.
    pub pending: Option<Pending>,
    pub created_by: Option<Creator>,
    /// Goroutine 1 runs package initialisation first, then this (`main.main`).
    pub then: Option<FuncId>,
    /// `runtime.Goexit` is running its deferred calls.
    pub goexit: bool,
}

/// A new goroutine's frame stack: room for a few calls, so that its first ones do not
/// reallocate.
fn first_frames(func: FuncId) -> Vec<Frame> {
    let mut v = Vec::with_capacity(4);
    v.push(Frame {
        func,
        pc: 0,
        base: 0,
        ctx: 0,
        flag: 0,
    });
    v
}

/// The preemption flag of a goroutine no P runs yet (the M that runs it puts its P's flag
/// there): one shared flag that nothing sets, rather than one allocation per goroutine.
fn not_running() -> Flag {
    static FLAG: std::sync::OnceLock<Flag> = std::sync::OnceLock::new();
    FLAG.get_or_init(|| Arc::new(CachePadded::new(AtomicBool::new(false))))
        .clone()
}

impl Goroutine {
    /// A goroutine about to call `func` with no arguments.
    pub fn new(id: u64, prog: &Program, func: FuncId) -> Goroutine {
        let f = &prog.funcs[func as usize];
        Goroutine {
            id,
            regs: new_regs((f.nregs as usize).max(16)),
            defers: Vec::new(),
            panics: Vec::new(),
            pending_trap: None,
            pending_unwind: false,
            frames: first_frames(func),
            preempt: not_running(),
            pending: None,
            created_by: None,
            then: None,
            goexit: false,
        }
    }

    /// A goroutine about to call `func` (with closure `ctx`, 0 for none) on `args`.
    pub fn call(id: u64, prog: &Program, func: FuncId, ctx: u64, args: &[u64]) -> Goroutine {
        Goroutine::call_sized(
            id,
            func,
            prog.funcs[func as usize].nregs as usize,
            ctx,
            args,
        )
    }

    /// This dead goroutine's data made that of goroutine `id` starting `s`, keeping its
    /// buffers (zeroed) when they are not too big.
    fn restart(&mut self, id: u64, s: GoStart<'_>) {
        let need = s.nregs.max(16).max(s.args.len() + 16);
        if self.regs.capacity() > KEEP_REGS.max(need) {
            self.regs = Vec::new();
        }
        let len = self.regs.len().max(need);
        self.regs.clear();
        self.regs.resize(len, 0);
        self.regs[..s.args.len()].copy_from_slice(s.args);
        if self.frames.capacity() > KEEP_FRAMES {
            self.frames = Vec::with_capacity(4);
        }
        self.frames.clear();
        self.frames.push(Frame {
            func: s.func,
            pc: 0,
            base: 0,
            ctx: s.ctx,
            flag: 0,
        });
        if self.defers.capacity() > KEEP_DEFERS {
            self.defers = Vec::new();
        }
        self.defers.clear();
        self.panics = Vec::new();
        self.id = id;
        self.pending_trap = None;
        self.pending_unwind = false;
        self.pending = None;
        self.created_by = s.created_by;
        self.then = None;
        self.goexit = false;
    }

    /// [`Goroutine::call`] for a function of `nregs` registers.
    pub fn call_sized(id: u64, func: FuncId, nregs: usize, ctx: u64, args: &[u64]) -> Goroutine {
        let mut g = Goroutine {
            id,
            regs: new_regs(nregs.max(16).max(args.len() + 16)),
            defers: Vec::new(),
            panics: Vec::new(),
            pending_trap: None,
            pending_unwind: false,
            frames: first_frames(func),
            preempt: not_running(),
            pending: None,
            created_by: None,
            then: None,
            goexit: false,
        };
        g.regs[..args.len()].copy_from_slice(args);
        g.frames[0].ctx = ctx;
        g
    }
}

#[inline(always)]
fn ext(v: u64, w: Width) -> u64 {
    match w {
        Width::I8 => v as i8 as i64 as u64,
        Width::I16 => v as i16 as i64 as u64,
        Width::I32 => v as i32 as i64 as u64,
        Width::U8 => v as u8 as u64,
        Width::U16 => v as u16 as u64,
        Width::U32 => v as u32 as u64,
    }
}

#[inline(always)]
fn f(v: u64) -> f64 {
    f64::from_bits(v)
}

/// Go's float → integer conversion for in-range values; out-of-range results are
/// implementation-defined in Go, and amd64 gives 0x8000000000000000, which this mirrors.
fn f_to_i(x: f64) -> i64 {
    if x.is_nan() || x >= 9.223372036854775807e18 || x < -9.223372036854775808e18 {
        i64::MIN
    } else {
        x as i64
    }
}

fn f_to_u(x: f64) -> u64 {
    // amd64: values below 2^63 convert via the signed path, larger ones by subtracting 2^63.
    if x < 9.223372036854775807e18 {
        f_to_i(x) as u64
    } else if x < 1.8446744073709552e19 {
        (f_to_i(x - 9.223372036854775808e18) as u64) ^ (1 << 63)
    } else {
        1 << 63
    }
}

/// Where a program's output goes: the process's streams for `goscope run`, buffers for
/// the REPL, lessons and tests. Every goroutine writes to it, from any thread.
pub trait Output: Sync {
    fn stdout(&self, b: &[u8]);
    fn stderr(&self, b: &[u8]);
    /// Makes what was written visible (before the program reads its standard input).
    fn flush(&self) {}
}

/// Output captured in memory.
#[derive(Default, Debug)]
pub struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Captures a program's output ([`Captured`] when it is done).
#[derive(Default, Debug)]
pub struct Capture(parking_lot::Mutex<Captured>);

impl Capture {
    pub fn into_inner(self) -> Captured {
        self.0.into_inner()
    }
}

impl Output for Capture {
    fn stdout(&self, b: &[u8]) {
        self.0.lock().stdout.extend_from_slice(b);
    }
    fn stderr(&self, b: &[u8]) {
        self.0.lock().stderr.extend_from_slice(b);
    }
}

/// How a native stops its goroutine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suspend {
    /// It parked the goroutine; when woken, the call runs again (`retry`: a semaphore) or
    /// is complete (a sleep).
    Park { retry: bool },
    /// `runtime.Gosched`: to the back of the global run queue.
    Yield,
}

/// What the running code needs from outside the goroutine.
pub struct Env<'a> {
    pub out: &'a dyn Output,
    /// The allocation cache of the thread running the goroutine (Go's mcache).
    pub cache: &'a mut Mcache,
    /// This M's map key scratch slot.
    pub scratch: u64,
    /// This M's random state (`select`'s shuffle).
    pub rand: &'a mut u64,
    /// Heap address of each of `Program::strings`.
    pub strs: &'a [u64],
    /// The program's map types.
    pub maps: &'a super::maps::Maps,
    /// The address of the package-level variables' block.
    pub globals: u64,
    /// Channels and semaphores.
    pub world: &'a World,
    /// The scheduler (None in unit tests that run a goroutine by hand).
    pub m: Option<&'a mut dyn SchedOps>,
    /// The running goroutine's handle (with `m`).
    pub me: Option<GoRef>,
    /// Set by a native that stops the goroutine after it returns.
    pub suspend: Option<Suspend>,
    /// Whether the goroutine runs nested inside a native (a park then blocks the thread).
    pub nested: bool,
}

/// Places the program's string literals in the heap; returns their addresses.
pub fn intern_strings(prog: &Program, cache: &mut Mcache) -> Vec<u64> {
    prog.strings
        .iter()
        .map(|s| {
            let a = heap().alloc(cache, s.len() as u64, None);
            // A fresh allocation is in range: a failure here is a heap bug, reported as such.
            heap()
                .write_bytes(a, s)
                .expect("writing a fresh allocation");
            a
        })
        .collect()
}

/// The smallest size class holding `n` bytes (for `n` up to 32 KiB).
fn class_size(n: u64) -> u64 {
    use crate::runtime::sizeclasses;
    sizeclasses::size_to_class(n)
        .map(sizeclasses::class_size)
        .unwrap_or(n)
}

/// Allocates the backing array of a slice of `cap` elements of layout `l`.
fn alloc_array(cache: &mut Mcache, l: &mem::Layout, cap: u64) -> u64 {
    let size = l.size * cap;
    if l.has_pointers() {
        let mask = crate::runtime::heap::repeat_ptrmask(&l.ptrmask, l.size.div_ceil(8), cap);
        heap().alloc(cache, size, Some(&mask))
    } else {
        heap().alloc(cache, size, None)
    }
}

/// Copies `n` elements of layout `l` (overlap allowed), through the write barrier when
/// they hold pointers.
fn move_elems(l: &mem::Layout, dst: u64, src: u64, n: u64) -> Result<(), Fault> {
    if n == 0 || l.size == 0 {
        return Ok(());
    }
    let bytes = l.size * n;
    if l.has_pointers() {
        let mask = crate::runtime::heap::repeat_ptrmask(&l.ptrmask, l.size.div_ceil(8), n);
        heap().typedmemmove(dst, src, bytes, &mask)
    } else {
        heap().memmove(dst, src, bytes)
    }
}

/// Grows slice `(ptr, len, cap)` to hold `len + add` elements (Go's `growslice`);
/// returns the new `(ptr, cap)`.
fn grow(
    cache: &mut Mcache,
    l: &mem::Layout,
    ptr: u64,
    len: i64,
    cap: i64,
    add: i64,
) -> Result<(u64, i64), Trap> {
    let new_len = len.checked_add(add).ok_or(Trap::GrowSliceLen)?;
    if new_len <= cap {
        return Ok((ptr, cap));
    }
    let newcap =
        crate::runtime::slice::grow_cap(new_len, cap, l.size, !l.has_pointers(), class_size)
            .ok_or(Trap::GrowSliceLen)?;
    if l.size == 0 {
        return Ok((crate::runtime::heap::ZEROBASE, newcap));
    }
    let p = alloc_array(cache, l, newcap as u64);
    move_elems(l, p, ptr, len as u64).map_err(Trap::Fault)?;
    Ok((p, newcap))
}

/// Where a value to compare is: in memory, or held directly (a pointer-shaped
/// interface payload).
#[derive(Clone, Copy)]
enum Val {
    Mem(u64),
    Word(u64),
}

/// Go's `==` on two values of run-time type `ty` (runtime/alg.go `efaceeq`): Err names an
/// uncomparable type met on the way.
fn values_equal(prog: &Program, ty: u32, a: Val, b: Val) -> Result<bool, String> {
    use super::rtype::Kind as K;
    let h = heap();
    let rt = prog.rtypes.get(ty);
    let word = |v: Val| match v {
        Val::Word(w) => w,
        Val::Mem(p) => h.load_u64(p).unwrap_or(0),
    };
    let addr = |v: Val| match v {
        Val::Mem(p) => p,
        Val::Word(w) => w,
    };
    if rt.kind.is_pointer_shaped() {
        if matches!(rt.kind, K::Map | K::Func) {
            return Err(rt.name.clone());
        }
        return Ok(word(a) == word(b));
    }
    let (pa, pb) = (addr(a), addr(b));
    Ok(match rt.kind {
        K::Float32 => {
            f32::from_bits(h.load_u32(pa).unwrap_or(0))
                == f32::from_bits(h.load_u32(pb).unwrap_or(0))
        }
        K::Float64 => {
            f64::from_bits(h.load_u64(pa).unwrap_or(0))
                == f64::from_bits(h.load_u64(pb).unwrap_or(0))
        }
        K::Complex64 => (0..2).all(|i| {
            f32::from_bits(h.load_u32(pa + 4 * i).unwrap_or(0))
                == f32::from_bits(h.load_u32(pb + 4 * i).unwrap_or(0))
        }),
        K::Complex128 => (0..2).all(|i| {
            f64::from_bits(h.load_u64(pa + 8 * i).unwrap_or(0))
                == f64::from_bits(h.load_u64(pb + 8 * i).unwrap_or(0))
        }),
        K::String => {
            let (la, lb) = (
                h.load_u64(pa + 8).unwrap_or(0),
                h.load_u64(pb + 8).unwrap_or(0),
            );
            let (da, db) = (h.load_u64(pa).unwrap_or(0), h.load_u64(pb).unwrap_or(0));
            la == lb && (la == 0 || da == db || h.memequal(da, db, la).unwrap_or(false))
        }
        K::Interface => {
            let (ta, tb) = (h.load_u64(pa).unwrap_or(0), h.load_u64(pb).unwrap_or(0));
            if ta != tb {
                return Ok(false);
            }
            let Some(dt) = prog.rtypes.from_word(ta) else {
                return Ok(true);
            };
            let (da, db) = (
                h.load_u64(pa + 8).unwrap_or(0),
                h.load_u64(pb + 8).unwrap_or(0),
            );
            let mk = |d| {
                if prog.rtypes.get(dt).kind.is_pointer_shaped() {
                    Val::Word(d)
                } else {
                    Val::Mem(d)
                }
            };
            return values_equal(prog, dt, mk(da), mk(db));
        }
        K::Array => {
            let e = rt.elem.unwrap_or(0);
            let es = prog.rtypes.get(e).size;
            for i in 0..rt.len {
                if !values_equal(prog, e, Val::Mem(pa + i * es), Val::Mem(pb + i * es))? {
                    return Ok(false);
                }
            }
            true
        }
        K::Struct => {
            for f in &rt.fields {
                if f.name == "_" {
                    continue;
                }
                if !values_equal(prog, f.ty, Val::Mem(pa + f.offset), Val::Mem(pb + f.offset))? {
                    return Ok(false);
                }
            }
            true
        }
        K::Slice | K::Map | K::Func => return Err(rt.name.clone()),
        _ => rt.size == 0 || h.memequal(pa, pb, rt.size).unwrap_or(false),
    })
}

/// Puts `b` in a fresh heap array (pointer-free); returns its address (0 when empty).
fn new_bytes(cache: &mut Mcache, b: &[u8]) -> Result<u64, Fault> {
    if b.is_empty() {
        return Ok(0);
    }
    let p = heap().alloc(cache, b.len() as u64, None);
    heap().write_bytes(p, b)?;
    Ok(p)
}

/// The string conversions; writes the result words at `out`.
fn convert(cache: &mut Mcache, kind: ConvKind, src: &[u64], out: &mut [u64]) -> Result<(), Fault> {
    use crate::stdlib::utf8;
    match kind {
        ConvKind::StrToBytes | ConvKind::ConstStrToBytes => {
            let b = str_bytes(src[0], src[1])?;
            // Go rounds the capacity up to the allocation's size class (a constant's bytes
            // get exactly their length).
            let cap = if b.is_empty() {
                0
            } else if kind == ConvKind::ConstStrToBytes {
                b.len() as u64
            } else {
                class_size(b.len() as u64)
            };
            let p = if b.is_empty() {
                0
            } else {
                heap().alloc(cache, cap, None)
            };
            if !b.is_empty() {
                heap().write_bytes(p, &b)?;
            }
            out[0] = p;
            out[1] = b.len() as u64;
            out[2] = cap;
        }
        ConvKind::BytesToStr => {
            let b = str_bytes(src[0], src[1])?;
            out[0] = new_bytes(cache, &b)?;
            out[1] = b.len() as u64;
        }
        ConvKind::StrToRunes => {
            let rs = utf8::runes(&str_bytes(src[0], src[1])?);
            let n = rs.len() as u64;
            let cap = if n == 0 { 0 } else { class_size(4 * n) / 4 };
            let p = if n == 0 {
                0
            } else {
                heap().alloc(cache, 4 * cap, None)
            };
            for (i, r) in rs.iter().enumerate() {
                heap().store_u32(p + 4 * i as u64, *r as u32)?;
            }
            out[0] = p;
            out[1] = n;
            out[2] = cap;
        }
        ConvKind::RunesToStr => {
            let mut b = Vec::new();
            for i in 0..src[1] {
                utf8::encode_rune(&mut b, heap().load_u32(src[0] + 4 * i)? as i32);
            }
            out[0] = new_bytes(cache, &b)?;
            out[1] = b.len() as u64;
        }
        ConvKind::IntToStr | ConvKind::UintToStr => {
            let v = if kind == ConvKind::UintToStr && src[0] > i64::MAX as u64 {
                -1
            } else {
                src[0] as i64
            };
            let b = utf8::string_from_int(v);
            out[0] = new_bytes(cache, &b)?;
            out[1] = b.len() as u64;
        }
    }
    Ok(())
}

/// Go's `complex128div` (runtime/complex.go): Smith's algorithm, then C99's rules for
/// infinities and zeros when both parts came out NaN.
fn complex_div(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf2one = |x: f64| {
            if x.is_infinite() {
                1f64.copysign(x)
            } else {
                0f64.copysign(x)
            }
        };
        let (mut a, mut b, mut c, mut d) = (a, b, c, d);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = f64::INFINITY.copysign(c) * a;
            f = f64::INFINITY.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = inf2one(a);
            b = inf2one(b);
            e = f64::INFINITY * (a * c + b * d);
            f = f64::INFINITY * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = inf2one(c);
            d = inf2one(d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

fn str_bytes(ptr: u64, len: u64) -> Result<Vec<u8>, Fault> {
    if len == 0 {
        Ok(Vec::new())
    } else {
        heap().read_bytes(ptr, len)
    }
}

/// Runs `g` until its outermost frame returns, it is preempted, or an instruction traps.
pub fn run(prog: &Program, g: &mut Goroutine, env: &mut Env) -> Exit {
    drive(prog, g, env, 0)
}

/// Runs `g` until its frames are back to `stop` (a function called from Rust returned),
/// it panics past them, it is preempted, or it hits a fatal error; re-entrant natives are
/// run here, with the whole goroutine.
pub fn drive(prog: &Program, g: &mut Goroutine, env: &mut Env, stop: usize) -> Exit {
    loop {
        match run_to(prog, g, env, stop) {
            Exit::Reentrant {
                id,
                base,
                then_unwind,
            } => {
                let super::natives::NativeImpl::Reentrant(f) = prog.natives[id as usize] else {
                    unreachable!("a plain native exited the loop")
                };
                let mut call = super::natives::ReentrantCall {
                    g: &mut *g,
                    env: &mut *env,
                    prog,
                    base,
                    failed: None,
                };
                match f(&mut call) {
                    Err(t) => g.pending_trap = Some(t),
                    Ok(()) => g.pending_unwind = then_unwind,
                }
            }
            // Inside a native (a nested run), a goroutine cannot leave its thread: a park
            // blocks the thread (its P goes to another M), and preemption is ignored.
            Exit::Park if stop > 0 => {
                let me = env.me.clone().expect("a parked goroutine has a handle");
                // Blocked with its thread, the goroutine leaves its roots for the collector
                // and gives back its allocation cache.
                let mut words = Vec::new();
                goroutine_roots(prog, g, &mut |w| words.push(w));
                *me.roots.lock() = Some(words);
                heap().release_mcache(env.cache);
                crate::runtime::barrier::flush_current_thread();
                let m = env.m.as_mut().expect("a parked goroutine has a scheduler");
                let woke = m.wait_nested(&me);
                *me.roots.lock() = None;
                if !woke {
                    return Exit::Trap(Trap::Exit(0));
                }
                g.preempt = m.preempt_flag();
            }
            Exit::Preempted if stop > 0 => {
                if env.m.as_ref().is_some_and(|m| m.sched().exiting()) {
                    return Exit::Trap(Trap::Exit(0));
                }
                // The goroutine cannot leave its thread, so it takes part in a collection
                // here: its roots go where the collector looks for them.
                let stw = env.m.as_ref().is_some_and(|m| m.sched().stw_pending());
                let gc_due = crate::runtime::gc::gc().wanted();
                if let Some(me) = env.me.as_ref() {
                    super::collect::self_scan(prog, me, g);
                }
                if stw || gc_due {
                    if let Some(me) = env.me.clone() {
                        let mut words = Vec::new();
                        goroutine_roots(prog, g, &mut |w| words.push(w));
                        *me.roots.lock() = Some(words);
                        heap().release_mcache(env.cache);
                        crate::runtime::barrier::flush_current_thread();
                        if stw {
                            if let Some(m) = env.m.as_ref() {
                                m.sched().park_for_stw();
                            }
                        } else {
                            super::collect::collect(prog, env);
                        }
                        *me.roots.lock() = None;
                    }
                }
                g.preempt.store(false, Ordering::Relaxed);
            }
            other => return other,
        }
    }
}

/// Where a goroutine is being started: the running frame's function and the `go`
/// statement (`pc` is just past it), by goroutine `me` (1 before the scheduler runs).
fn creator(frames: &[Frame], pc: usize, me: &Option<GoRef>) -> Creator {
    Creator::Go {
        func: frames.last().map_or(0, |f| f.func),
        pc: pc as u32,
        goid: me.as_ref().map_or(1, |g| g.id),
    }
}

/// The method an interface method call `x.M(args)` reaches, and its argument words with
/// the receiver first (loaded from the interface's box for a value receiver).
fn iface_call_args(
    prog: &Program,
    tw: u64,
    data: u64,
    name: u32,
    args: &[u64],
) -> Result<(bool, u32, Vec<u64>), Trap> {
    let Some(ty) = prog.rtypes.from_word(tw) else {
        return Err(Trap::Fault(Fault::Nil { addr: 0 }));
    };
    let mname = &prog.method_names[name as usize];
    let Some(m) = prog.rtypes.get(ty).method(mname) else {
        return Err(Trap::Fault(Fault::Invalid { addr: tw }));
    };
    let mut out = Vec::with_capacity(args.len() + 2);
    match m.recv_load {
        None => out.push(data),
        Some(lay) => {
            let l = &prog.layouts[lay as usize];
            let w = l.reg_words();
            out.resize(w, 0);
            l.load(data, &mut out).map_err(Trap::Fault)?;
        }
    }
    out.extend_from_slice(args);
    Ok((m.native, m.func, out))
}

/// Stops the goroutine after a native call at `pc - 1` asked to (see [`Suspend`]).
fn suspend(frames: &mut [Frame], pc: usize, sp: Suspend) -> Exit {
    let f = frames.last_mut().expect("a frame");
    match sp {
        Suspend::Park { retry } => {
            f.pc = if retry { pc - 1 } else { pc } as u32;
            Exit::Park
        }
        Suspend::Yield => {
            f.pc = pc as u32;
            Exit::Preempted
        }
    }
}

/// A resumed goroutine takes the outcome of the channel operation it parked in.
fn apply_pending(prog: &Program, g: &mut Goroutine, p: Pending) {
    match p {
        Pending::Recv { sg, dst, ok } => {
            let e = sg.elem.lock();
            g.regs[dst..dst + e.len()].copy_from_slice(&e);
            if let Some(ok) = ok {
                g.regs[ok] = sg.success.load(Ordering::SeqCst) as u64;
            }
        }
        Pending::Send { sg } => {
            if !sg.success.load(Ordering::SeqCst) {
                g.pending_trap = Some(Trap::Plain("send on closed channel"));
            }
        }
        Pending::Select { parked, base, sel } => {
            let d = &prog.selects[sel as usize];
            let Some(sg) = crate::runtime::chan::select_done(&parked) else {
                // Woken without a case firing cannot happen; run the select again.
                return;
            };
            let case = &d.cases[sg.case];
            g.regs[base + d.result as usize] = sg.case as u64;
            if case.send {
                if !sg.success.load(Ordering::SeqCst) {
                    g.pending_trap = Some(Trap::Plain("send on closed channel"));
                }
            } else {
                let e = sg.elem.lock();
                let dst = base + case.val as usize;
                g.regs[dst..dst + e.len()].copy_from_slice(&e);
                if let Some(ok) = case.ok {
                    g.regs[base + ok as usize] = sg.success.load(Ordering::SeqCst) as u64;
                }
            }
        }
    }
}

/// The dispatch loop (see [`drive`]).
fn run_to(prog: &Program, g: &mut Goroutine, env: &mut Env, stop: usize) -> Exit {
    let Some(top) = g.frames.last().copied() else {
        return Exit::Returned;
    };
    if let Some(p) = g.pending.take() {
        apply_pending(prog, g, p);
    }
    env.nested = stop > 0;
    let mut pending_trap = g.pending_trap.take();
    let mut pending_unwind = std::mem::take(&mut g.pending_unwind);
    let regs = &mut g.regs;
    let frames = &mut g.frames;
    let defers = &mut g.defers;
    let panics = &mut g.panics;
    let pending = &mut g.pending;
    let preempt: &AtomicBool = &g.preempt;
    let me = env.me.clone();
    let mut func = &prog.funcs[top.func as usize];
    let mut code: &[Op] = &func.code;
    let mut pc = top.pc as usize;
    let mut base = top.base as usize;

    macro_rules! r {
        ($x:expr) => {
            regs[base + $x as usize]
        };
    }
    macro_rules! bin {
        ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {{
            let $x = r!($a);
            let $y = r!($b);
            r!($dst) = $e;
        }};
    }
    macro_rules! jump {
        ($off:expr) => {{
            let off = $off;
            pc = (pc as isize + off as isize) as usize;
            if off < 0 && preempt.load(Ordering::Relaxed) {
                frames.last_mut().unwrap().pc = pc as u32;
                return Exit::Preempted;
            }
        }};
    }
    // An allocation is a safepoint: stop after it (the instruction is complete) when
    // the scheduler or the collector asked.
    macro_rules! safepoint {
        () => {{
            if preempt.load(Ordering::Relaxed)
                || crate::runtime::gc::gc().poll(crate::runtime::heap::heap())
            {
                frames.last_mut().unwrap().pc = pc as u32;
                return Exit::Preempted;
            }
        }};
    }
    // Pushes a frame for `callee` at register `nb` (the arguments are there), growing the
    // register file, and continues in it; a call is a safepoint.
    macro_rules! enter {
        ($callee:expr, $nb:expr, $ctx:expr) => {{
            let callee: FuncId = $callee;
            let nb: usize = $nb;
            let cf = &prog.funcs[callee as usize];
            let need = nb + cf.nregs as usize;
            if need > regs.len() {
                if need > MAX_STACK_WORDS {
                    trap!(Trap::StackOverflow);
                }
                regs.resize(need.max(regs.len() * 2), 0);
            }
            frames.push(Frame {
                func: callee,
                pc: 0,
                base: nb as u32,
                ctx: $ctx,
                flag: 0,
            });
            super::liveness::zero_entry(prog, callee, regs, nb);
            func = cf;
            code = &func.code;
            pc = 0;
            base = nb;
            if preempt.load(Ordering::Relaxed) {
                return Exit::Preempted;
            }
        }};
    }
    macro_rules! reload {
        () => {{
            let f = frames.last().expect("a frame to resume");
            func = &prog.funcs[f.func as usize];
            code = &func.code;
            pc = f.pc as usize;
            base = f.base as usize;
        }};
    }
    // Calls deferred record `d` on top of the deferring frame (the innermost one);
    // evaluates to true when a Go frame was pushed (reload and continue), false when a
    // native ran to completion.
    macro_rules! invoke {
        ($d:expr, $flag:expr) => {{
            let d: DeferRec = $d;
            let top = *frames.last().expect("the deferring frame");
            let nb = top.base as usize + prog.funcs[top.func as usize].nregs as usize;
            if regs.len() < nb + d.args.len() + 16 {
                regs.resize(nb + d.args.len() + 16, 0);
            }
            regs[nb..nb + d.args.len()].copy_from_slice(&d.args);
            let (callee, ctx) = match d.target {
                DeferTarget::Func(f) => (Some(f), 0),
                DeferTarget::Closure(c) => match heap().load_u64(c) {
                    Ok(v) if (v as usize) < prog.funcs.len() => (Some(v as FuncId), c),
                    Ok(_) => (None, 0),
                    Err(_) => (None, 0),
                },
                DeferTarget::Native(id) => match prog.natives[id as usize] {
                    super::natives::NativeImpl::Plain(f) => {
                        // Only a native method deferred through an interface could get
                        // here, and no method is native today: the compiler defers plain
                        // natives through a `.deferwrapN` function, where a native's
                        // traps and parking are handled as in any call.
                        let mut call = super::natives::NativeCall {
                            regs: &mut regs[nb..],
                            env,
                            prog,
                        };
                        let _ = f(&mut call);
                        (None, 1)
                    }
                    super::natives::NativeImpl::Reentrant(_) => {
                        // The driver runs it with the whole goroutine, then resumes here:
                        // at RunDefers (whose pc is already set), or unwinding.
                        let unwinding = $flag == DEFERRED_IN_PANIC;
                        return Exit::Reentrant {
                            id,
                            base: nb,
                            then_unwind: unwinding,
                        };
                    }
                },
            };
            match callee {
                Some(cf) => {
                    let need = nb + prog.funcs[cf as usize].nregs as usize;
                    if need > regs.len() {
                        regs.resize(need.max(regs.len() * 2), 0);
                    }
                    frames.push(Frame {
                        func: cf,
                        pc: 0,
                        base: nb as u32,
                        ctx,
                        flag: $flag,
                    });
                    super::liveness::zero_entry(prog, cf, regs, nb);
                    true
                }
                // A nil deferred func value panics when it is called, as in Go.
                None if ctx == 0 => {
                    let (tw, data) = runtime_error_value(
                        prog,
                        env.cache,
                        super::bytecode::RuntimeErrorKind::ErrorString,
                        "runtime error: invalid memory address or nil pointer dereference",
                    );
                    panics.push(PanicRec {
                        tw,
                        data,
                        recovered: false,
                        fault: Some(0),
                        trace: trace(prog, frames),
                        goexit: false,
                    });
                    false
                }
                None => false,
            }
        }};
    }
    // Runs deferred calls for the newest panic, innermost frame first; continues the
    // dispatch loop in the first deferred Go function, or ends the goroutine.
    macro_rules! unwind {
        () => {{
            loop {
                // Deferred calls below `stop` belong to Rust's caller: stop there.
                if defers.last().is_none_or(|d| (d.depth as usize) <= stop) {
                    // A nested call's frames are dropped; a goroutine's own stay for its report.
                    if stop > 0 {
                        frames.truncate(stop);
                    }
                    return Exit::Panicked;
                }
                let d = defers.pop().unwrap();
                frames.truncate(d.depth as usize);
                if invoke!(d, DEFERRED_IN_PANIC) {
                    reload!();
                    break;
                }
            }
        }};
    }
    macro_rules! panic_start {
        ($tw:expr, $data:expr, $fault:expr) => {{
            panics.push(PanicRec {
                tw: $tw,
                data: $data,
                recovered: false,
                fault: $fault,
                trace: trace(prog, frames),
                goexit: false,
            });
            unwind!();
            continue;
        }};
    }
    macro_rules! map_trap {
        ($e:expr) => {{
            match $e {
                hmap::MapError::Fatal(f) => trap!(Trap::Fatal(f.message())),
                hmap::MapError::Panic(p) => trap!(Trap::MapPanic(p)),
                hmap::MapError::Fault(f) => trap!(Trap::Fault(f)),
            }
        }};
    }
    macro_rules! trap {
        ($t:expr) => {{
            let t: Trap = $t;
            frames.last_mut().unwrap().pc = (pc - 1) as u32;
            match t {
                Trap::Exit(_) | Trap::StackOverflow | Trap::Fatal(_) => return Exit::Trap(t),
                Trap::Goexit => {
                    panics.push(PanicRec {
                        tw: 0,
                        data: 0,
                        recovered: false,
                        fault: None,
                        trace: Vec::new(),
                        goexit: true,
                    });
                    unwind!();
                    continue;
                }
                t => {
                    let kind = match &t {
                        Trap::Bounds(_) => super::bytecode::RuntimeErrorKind::Bounds,
                        Trap::MapPanic(crate::runtime::hmap::MapPanic::AssignmentToNilMap)
                        | Trap::Plain(_) => super::bytecode::RuntimeErrorKind::Plain,
                        Trap::TypeAssert(_) => super::bytecode::RuntimeErrorKind::TypeAssertion,
                        Trap::Panic(_) => super::bytecode::RuntimeErrorKind::GoString,
                        _ => super::bytecode::RuntimeErrorKind::ErrorString,
                    };
                    let (tw, data) = runtime_error_value(prog, env.cache, kind, &t.message());
                    let fault = match &t {
                        Trap::Fault(Fault::Nil { addr } | Fault::Invalid { addr }) => Some(*addr),
                        _ => None,
                    };
                    panic_start!(tw, data, fault);
                }
            }
        }};
    }

    loop {
        // A trap or an unfinished unwinding handed over by the driver (re-entrant natives).
        if let Some(t) = pending_trap.take() {
            trap!(t);
        }
        if std::mem::take(&mut pending_unwind) {
            unwind!();
            continue;
        }
        loop {
            let op = code[pc];
            pc += 1;
            match op {
                Op::Nop => {}
                Op::Mov { dst, src } => r!(dst) = r!(src),
                Op::MovN { dst, src, n } => {
                    let (d, s) = (base + dst as usize, base + src as usize);
                    regs.copy_within(s..s + n as usize, d);
                }
                Op::LoadInt { dst, imm } => r!(dst) = imm as i64 as u64,
                Op::LoadConst { dst, idx } => r!(dst) = prog.consts[idx as usize],

                Op::AddI { dst, a, b } => bin!(dst, a, b, |x, y| x.wrapping_add(y)),
                Op::AddIImm { dst, a, imm } => r!(dst) = r!(a).wrapping_add(imm as i64 as u64),
                Op::SubI { dst, a, b } => bin!(dst, a, b, |x, y| x.wrapping_sub(y)),
                Op::MulI { dst, a, b } => bin!(dst, a, b, |x, y| x.wrapping_mul(y)),
                Op::DivI { dst, a, b } => {
                    let y = r!(b) as i64;
                    if y == 0 {
                        trap!(Trap::DivideByZero);
                    }
                    r!(dst) = (r!(a) as i64).wrapping_div(y) as u64;
                }
                Op::RemI { dst, a, b } => {
                    let y = r!(b) as i64;
                    if y == 0 {
                        trap!(Trap::DivideByZero);
                    }
                    r!(dst) = (r!(a) as i64).wrapping_rem(y) as u64;
                }
                Op::DivU { dst, a, b } => {
                    let y = r!(b);
                    if y == 0 {
                        trap!(Trap::DivideByZero);
                    }
                    r!(dst) = r!(a) / y;
                }
                Op::RemU { dst, a, b } => {
                    let y = r!(b);
                    if y == 0 {
                        trap!(Trap::DivideByZero);
                    }
                    r!(dst) = r!(a) % y;
                }
                Op::AndI { dst, a, b } => bin!(dst, a, b, |x, y| x & y),
                Op::OrI { dst, a, b } => bin!(dst, a, b, |x, y| x | y),
                Op::XorI { dst, a, b } => bin!(dst, a, b, |x, y| x ^ y),
                Op::AndNotI { dst, a, b } => bin!(dst, a, b, |x, y| x & !y),
                Op::Shl { dst, a, b } => bin!(dst, a, b, |x, y| if y >= 64 { 0 } else { x << y }),
                Op::ShrI { dst, a, b } => bin!(dst, a, b, |x, y| ((x as i64) >> y.min(63)) as u64),
                Op::ShrU { dst, a, b } => bin!(dst, a, b, |x, y| if y >= 64 { 0 } else { x >> y }),
                Op::NegI { dst, a } => r!(dst) = r!(a).wrapping_neg(),
                Op::ComI { dst, a } => r!(dst) = !r!(a),
                Op::Ext { dst, src, w } => r!(dst) = ext(r!(src), w),
                Op::CheckShift { b } => {
                    if (r!(b) as i64) < 0 {
                        trap!(Trap::NegativeShift);
                    }
                }

                Op::AddF { dst, a, b } => bin!(dst, a, b, |x, y| (f(x) + f(y)).to_bits()),
                Op::SubF { dst, a, b } => bin!(dst, a, b, |x, y| (f(x) - f(y)).to_bits()),
                Op::MulF { dst, a, b } => bin!(dst, a, b, |x, y| (f(x) * f(y)).to_bits()),
                Op::DivF { dst, a, b } => bin!(dst, a, b, |x, y| (f(x) / f(y)).to_bits()),
                Op::NegF { dst, a } => r!(dst) = (-f(r!(a))).to_bits(),

                Op::EqI { dst, a, b } => bin!(dst, a, b, |x, y| (x == y) as u64),
                Op::NeI { dst, a, b } => bin!(dst, a, b, |x, y| (x != y) as u64),
                Op::LtI { dst, a, b } => bin!(dst, a, b, |x, y| ((x as i64) < (y as i64)) as u64),
                Op::LeI { dst, a, b } => bin!(dst, a, b, |x, y| ((x as i64) <= (y as i64)) as u64),
                Op::LtU { dst, a, b } => bin!(dst, a, b, |x, y| (x < y) as u64),
                Op::LeU { dst, a, b } => bin!(dst, a, b, |x, y| (x <= y) as u64),
                Op::EqF { dst, a, b } => bin!(dst, a, b, |x, y| (f(x) == f(y)) as u64),
                Op::NeF { dst, a, b } => bin!(dst, a, b, |x, y| (f(x) != f(y)) as u64),
                Op::LtF { dst, a, b } => bin!(dst, a, b, |x, y| (f(x) < f(y)) as u64),
                Op::LeF { dst, a, b } => bin!(dst, a, b, |x, y| (f(x) <= f(y)) as u64),
                Op::Not { dst, a } => r!(dst) = r!(a) ^ 1,

                Op::IntToF { dst, a } => r!(dst) = (r!(a) as i64 as f64).to_bits(),
                Op::UintToF { dst, a } => r!(dst) = (r!(a) as f64).to_bits(),
                Op::FToInt { dst, a } => r!(dst) = f_to_i(f(r!(a))) as u64,
                Op::FToUint { dst, a } => r!(dst) = f_to_u(f(r!(a))),

                Op::Jmp { off } => jump!(off),
                Op::JmpIf { cond, off } => {
                    if r!(cond) != 0 {
                        jump!(off)
                    }
                }
                Op::JmpIfNot { cond, off } => {
                    if r!(cond) == 0 {
                        jump!(off)
                    }
                }
                Op::JmpLtI { a, b, off } => {
                    if (r!(a) as i64) < (r!(b) as i64) {
                        jump!(off)
                    }
                }
                Op::JmpGeI { a, b, off } => {
                    if (r!(a) as i64) >= (r!(b) as i64) {
                        jump!(off)
                    }
                }
                Op::JmpLtIImm { a, imm, off } => {
                    if (r!(a) as i64) < imm as i64 {
                        jump!(off)
                    }
                }
                Op::JmpGeIImm { a, imm, off } => {
                    if (r!(a) as i64) >= imm as i64 {
                        jump!(off)
                    }
                }

                Op::RoundF32 { dst, a } => r!(dst) = (f(r!(a)) as f32 as f64).to_bits(),
                Op::Print { src, kind } => {
                    let mut s = String::new();
                    let v = r!(src);
                    match kind {
                        PrintKind::Bool => print::bool(&mut s, v != 0),
                        PrintKind::Int => print::int(&mut s, v as i64),
                        PrintKind::Uint => print::uint(&mut s, v),
                        PrintKind::Float => print::float(&mut s, f(v)),
                        PrintKind::Complex => print::complex(&mut s, f(v), f(r!(src + 1))),
                        PrintKind::Pointer => print::hex(&mut s, v),
                        PrintKind::Slice => {
                            print::slice(&mut s, v, r!(src + 1) as i64, r!(src + 2) as i64)
                        }
                        PrintKind::Iface => print::iface(&mut s, v, r!(src + 1)),
                        // Go writes a string's bytes as they are, valid UTF-8 or not.
                        PrintKind::String => match str_bytes(v, r!(src + 1)) {
                            Ok(b) => env.out.stderr(&b),
                            Err(f) => trap!(Trap::Fault(f)),
                        },
                    }
                    env.out.stderr(s.as_bytes());
                }
                Op::PrintByte { byte } => env.out.stderr(&[byte]),

                Op::Load {
                    dst,
                    ptr,
                    off,
                    kind,
                } => match mem::load(kind, r!(ptr).wrapping_add(off as u64)) {
                    Ok(v) => r!(dst) = v,
                    Err(f) => trap!(Trap::Fault(f)),
                },
                Op::Store {
                    ptr,
                    off,
                    src,
                    kind,
                } => {
                    if let Err(f) = mem::store(kind, r!(ptr).wrapping_add(off as u64), r!(src)) {
                        trap!(Trap::Fault(f));
                    }
                }
                Op::LoadVal { dst, ptr, lay } => {
                    let addr = r!(ptr);
                    let d = base + dst as usize;
                    if let Err(f) = prog.layouts[lay as usize].load(addr, &mut regs[d..]) {
                        trap!(Trap::Fault(f));
                    }
                }
                Op::StoreVal { ptr, src, lay } => {
                    let addr = r!(ptr);
                    let sr = base + src as usize;
                    if let Err(f) = prog.layouts[lay as usize].store(addr, &regs[sr..]) {
                        trap!(Trap::Fault(f));
                    }
                }
                Op::New { dst, lay } => {
                    let l = &prog.layouts[lay as usize];
                    let mask = if l.has_pointers() {
                        Some(&l.ptrmask[..])
                    } else {
                        None
                    };
                    r!(dst) = heap().alloc(env.cache, l.size, mask);
                    safepoint!();
                }
                Op::LoadStr { dst, idx } => {
                    r!(dst) = env.strs[idx as usize];
                    r!(dst + 1) = prog.strings[idx as usize].len() as u64;
                }
                Op::StrCat { dst, a, b } => {
                    let (ap, al, bp, bl) = (r!(a), r!(a + 1), r!(b), r!(b + 1));
                    if al == 0 {
                        r!(dst) = bp;
                        r!(dst + 1) = bl;
                    } else if bl == 0 {
                        r!(dst) = ap;
                        r!(dst + 1) = al;
                    } else {
                        let n = al + bl;
                        let p = heap().alloc(env.cache, n, None);
                        if let Err(f) = heap()
                            .memmove(p, ap, al)
                            .and_then(|_| heap().memmove(p + al, bp, bl))
                        {
                            trap!(Trap::Fault(f));
                        }
                        r!(dst) = p;
                        r!(dst + 1) = n;
                    }
                }
                Op::StrCmp { dst, a, b, op } => {
                    let (ap, al, bp, bl) = (r!(a), r!(a + 1), r!(b), r!(b + 1));
                    let res = match op {
                        CmpOp::Eq | CmpOp::Ne => {
                            let eq = al == bl
                                && (al == 0
                                    || ap == bp
                                    || heap().memequal(ap, bp, al).unwrap_or(false));
                            eq == (op == CmpOp::Eq)
                        }
                        CmpOp::Lt | CmpOp::Le => match (str_bytes(ap, al), str_bytes(bp, bl)) {
                            (Ok(x), Ok(y)) => {
                                if op == CmpOp::Lt {
                                    x < y
                                } else {
                                    x <= y
                                }
                            }
                            (Err(f), _) | (_, Err(f)) => trap!(Trap::Fault(f)),
                        },
                    };
                    r!(dst) = res as u64;
                }
                Op::IndexAddr {
                    dst,
                    s,
                    i,
                    esz,
                    unsigned,
                } => {
                    let (idx, len) = (r!(i) as i64, r!(s + 1) as i64);
                    if (idx as u64) >= (len as u64) {
                        trap!(Trap::Bounds(BoundsError {
                            code: BoundsCode::Index,
                            x: idx,
                            signed: !unsigned,
                            y: len
                        }));
                    }
                    r!(dst) = r!(s).wrapping_add(idx as u64 * esz as u64);
                }
                Op::SliceExpr {
                    dst,
                    s,
                    b,
                    esz,
                    kind,
                } => {
                    let (ptr, len) = (r!(s), r!(s + 1) as i64);
                    let (lo, hi) = (r!(b) as i64, r!(b + 1) as i64);
                    match kind {
                        SliceKind::String => {
                            if let Err(e) = check_slice(lo, hi, None, len, false, true) {
                                trap!(Trap::Bounds(e));
                            }
                            let n = hi - lo;
                            r!(dst) = if n == 0 { ptr } else { ptr + lo as u64 };
                            r!(dst + 1) = n as u64;
                        }
                        SliceKind::Array => {
                            if let Err(e) = check_slice(lo, hi, None, len, false, true) {
                                trap!(Trap::Bounds(e));
                            }
                            let newcap = len - lo;
                            r!(dst) = if newcap == 0 {
                                ptr
                            } else {
                                ptr + lo as u64 * esz as u64
                            };
                            r!(dst + 1) = (hi - lo) as u64;
                            r!(dst + 2) = newcap as u64;
                        }
                        SliceKind::Slice | SliceKind::Slice3 => {
                            let cap = r!(s + 2) as i64;
                            let max = if kind == SliceKind::Slice3 {
                                Some(r!(b + 2) as i64)
                            } else {
                                None
                            };
                            if let Err(e) = check_slice(lo, hi, max, cap, true, true) {
                                trap!(Trap::Bounds(e));
                            }
                            let newcap = max.unwrap_or(cap) - lo;
                            r!(dst) = if newcap == 0 {
                                ptr
                            } else {
                                ptr + lo as u64 * esz as u64
                            };
                            r!(dst + 1) = (hi - lo) as u64;
                            r!(dst + 2) = newcap as u64;
                        }
                    }
                }

                Op::DecodeRune { dst, s, i } => {
                    let (ptr, len, at) = (r!(s), r!(s + 1), r!(i));
                    let n = (len - at).min(4);
                    match heap().read_bytes(ptr + at, n) {
                        Ok(b) => {
                            let (rune, w) = crate::stdlib::utf8::decode_rune(&b);
                            r!(dst) = rune as i64 as u64;
                            r!(dst + 1) = w as u64;
                        }
                        Err(f) => trap!(Trap::Fault(f)),
                    }
                }
                Op::MakeIface { dst, src, ty } => {
                    let rt = prog.rtypes.get(ty);
                    let data = if rt.kind.is_pointer_shaped() {
                        r!(src)
                    } else {
                        let l = &prog.layouts[prog.rtype_layout[ty as usize] as usize];
                        if l.size == 0 {
                            crate::runtime::heap::ZEROBASE
                        } else {
                            let mask = if l.has_pointers() {
                                Some(&l.ptrmask[..])
                            } else {
                                None
                            };
                            let p = heap().alloc(env.cache, l.size, mask);
                            let sr = base + src as usize;
                            if let Err(f) = l.store(p, &regs[sr..]) {
                                trap!(Trap::Fault(f));
                            }
                            p
                        }
                    };
                    r!(dst) = super::rtype::TypeTable::word(ty);
                    r!(dst + 1) = data;
                }
                Op::MakeClosure {
                    dst,
                    func: fid,
                    caps,
                    n,
                } => {
                    let n = n as u64;
                    let mut mask = vec![0u64; (n as usize + 1).div_ceil(64)];
                    for i in 1..=n as usize {
                        mask[i / 64] |= 1 << (i % 64);
                    }
                    let p = heap().alloc(
                        env.cache,
                        8 * (n + 1),
                        if n > 0 { Some(&mask) } else { None },
                    );
                    let mut res = heap().store_u64(p, fid as u64);
                    for i in 0..n {
                        res = res
                            .and_then(|_| heap().store_ptr(p + 8 * (i + 1), r!(caps + i as u32)));
                    }
                    if let Err(f) = res {
                        trap!(Trap::Fault(f));
                    }
                    r!(dst) = p;
                }
                Op::LoadCtx { dst, idx } => {
                    let ctx = frames.last().unwrap().ctx;
                    match heap().load_ptr(ctx + 8 * (idx as u64 + 1)) {
                        Ok(v) => r!(dst) = v,
                        Err(f) => trap!(Trap::Fault(f)),
                    }
                }
                Op::CallClosure { fv, base: b, .. } => {
                    let clo = r!(fv);
                    let callee = match heap().load_u64(clo) {
                        Ok(v) if (v as usize) < prog.funcs.len() => v as FuncId,
                        Ok(_) => trap!(Trap::Fault(Fault::Invalid { addr: clo })),
                        Err(f) => trap!(Trap::Fault(f)),
                    };
                    frames.last_mut().unwrap().pc = pc as u32;
                    let nb = base + b as usize;
                    enter!(callee, nb, clo);
                }
                Op::Convert { dst, src, kind } => {
                    let mut out = [0u64; 3];
                    let s0 = base + src as usize;
                    let srcw = [regs[s0], regs[s0 + 1]];
                    if let Err(f) = convert(env.cache, kind, &srcw, &mut out) {
                        trap!(Trap::Fault(f));
                    }
                    let n = if matches!(
                        kind,
                        ConvKind::StrToBytes | ConvKind::ConstStrToBytes | ConvKind::StrToRunes
                    ) {
                        3
                    } else {
                        2
                    };
                    let d = base + dst as usize;
                    regs[d..d + n].copy_from_slice(&out[..n]);
                }
                Op::MakeMap { dst, hint, map } => {
                    let mem = super::maps::HeapMem {
                        cache: std::cell::RefCell::new(&mut *env.cache),
                    };
                    let t = &env.maps.types[map as usize];
                    let h = r!(hint) as i64;
                    let res = if h <= 8 {
                        hmap::makemap_small(&mem)
                    } else {
                        hmap::makemap(t, &mem, h)
                    };
                    match res {
                        Ok(m) => r!(dst) = m,
                        Err(e) => map_trap!(e),
                    }
                }
                Op::MapIndex { dst, m, key, map } | Op::MapIndexOk { dst, m, key, map } => {
                    let d = &prog.map_descs[map as usize];
                    let mem = super::maps::HeapMem {
                        cache: std::cell::RefCell::new(&mut *env.cache),
                    };
                    let t = &env.maps.types[map as usize];
                    let res = if let Some(k) = env.maps.fast[map as usize] {
                        let fk = super::maps::fast_key(k, &regs[base + key as usize..]);
                        hmap::mapaccess2_fast(t, &mem, r!(m), fk)
                    } else {
                        let scratch = env.scratch;
                        if let Err(f) = prog.layouts[d.key_lay as usize]
                            .store(scratch, &regs[base + key as usize..])
                        {
                            trap!(Trap::Fault(f));
                        }
                        hmap::mapaccess2(t, &mem, r!(m), scratch)
                    };
                    match res {
                        Ok((p, ok)) => {
                            let el = &prog.layouts[d.elem_lay as usize];
                            let dd = base + dst as usize;
                            if let Err(f) = el.load(p, &mut regs[dd..]) {
                                trap!(Trap::Fault(f));
                            }
                            if matches!(op, Op::MapIndexOk { .. }) {
                                let w = el.reg_words();
                                regs[dd + w] = ok as u64;
                            }
                        }
                        Err(e) => map_trap!(e),
                    }
                }
                Op::MapAssign { m, key, val, map } => {
                    let d = &prog.map_descs[map as usize];
                    let mem = super::maps::HeapMem {
                        cache: std::cell::RefCell::new(&mut *env.cache),
                    };
                    let t = &env.maps.types[map as usize];
                    let res = if let Some(k) = env.maps.fast[map as usize] {
                        let fk = super::maps::fast_key(k, &regs[base + key as usize..]);
                        hmap::mapassign_fast(t, &mem, r!(m), fk)
                    } else {
                        let scratch = env.scratch;
                        if let Err(f) = prog.layouts[d.key_lay as usize]
                            .store(scratch, &regs[base + key as usize..])
                        {
                            trap!(Trap::Fault(f));
                        }
                        hmap::mapassign(t, &mem, r!(m), scratch)
                    };
                    match res {
                        Ok(slot) => {
                            if let Err(f) = prog.layouts[d.elem_lay as usize]
                                .store(slot, &regs[base + val as usize..])
                            {
                                trap!(Trap::Fault(f));
                            }
                        }
                        Err(e) => map_trap!(e),
                    }
                }
                Op::MapAssignSlot { dst, m, key, map } => {
                    let d = &prog.map_descs[map as usize];
                    let mem = super::maps::HeapMem {
                        cache: std::cell::RefCell::new(&mut *env.cache),
                    };
                    let t = &env.maps.types[map as usize];
                    let res = if let Some(k) = env.maps.fast[map as usize] {
                        let fk = super::maps::fast_key(k, &regs[base + key as usize..]);
                        hmap::mapassign_fast(t, &mem, r!(m), fk)
                    } else {
                        let scratch = env.scratch;
                        if let Err(f) = prog.layouts[d.key_lay as usize]
                            .store(scratch, &regs[base + key as usize..])
                        {
                            trap!(Trap::Fault(f));
                        }
                        hmap::mapassign(t, &mem, r!(m), scratch)
                    };
                    match res {
                        Ok(slot) => r!(dst) = slot,
                        Err(e) => map_trap!(e),
                    }
                }
                Op::MapDelete { m, key, map } => {
                    let d = &prog.map_descs[map as usize];
                    let mem = super::maps::HeapMem {
                        cache: std::cell::RefCell::new(&mut *env.cache),
                    };
                    let t = &env.maps.types[map as usize];
                    let res = if let Some(k) = env.maps.fast[map as usize] {
                        let fk = super::maps::fast_key(k, &regs[base + key as usize..]);
                        hmap::mapdelete_fast(t, &mem, r!(m), fk)
                    } else {
                        let scratch = env.scratch;
                        if let Err(f) = prog.layouts[d.key_lay as usize]
                            .store(scratch, &regs[base + key as usize..])
                        {
                            trap!(Trap::Fault(f));
                        }
                        hmap::mapdelete(t, &mem, r!(m), scratch)
                    };
                    if let Err(e) = res {
                        map_trap!(e);
                    }
                }
                Op::MapLen { dst, m } => {
                    let h = r!(m);
                    r!(dst) = if h == 0 {
                        0
                    } else {
                        heap().load_u64(h).unwrap_or(0)
                    };
                }
                Op::MapClear { m, map } => {
                    let mem = super::maps::HeapMem {
                        cache: std::cell::RefCell::new(&mut *env.cache),
                    };
                    if let Err(e) = hmap::mapclear(&env.maps.types[map as usize], &mem, r!(m)) {
                        map_trap!(e);
                    }
                }
                Op::MapIterInit { it, m, map } => {
                    let mem = super::maps::HeapMem {
                        cache: std::cell::RefCell::new(&mut *env.cache),
                    };
                    let mut hi = hmap::Hiter::default();
                    if let Err(e) =
                        hmap::mapiterinit(&env.maps.types[map as usize], &mem, r!(m), &mut hi)
                    {
                        map_trap!(e);
                    }
                    let i = base + it as usize;
                    regs[i] = 0;
                    regs[i + 1..i + 13].copy_from_slice(&hi.to_words());
                }
                Op::MapIterNext { it, dst, map } => {
                    let d = &prog.map_descs[map as usize];
                    let i = base + it as usize;
                    let mut words = [0u64; 12];
                    words.copy_from_slice(&regs[i + 1..i + 13]);
                    let mut hi = hmap::Hiter::from_words(&words);
                    if regs[i] != 0 {
                        // The previous iteration's body is done: advance, as Go's loop
                        // calls mapiternext at its post statement.
                        let mem = super::maps::HeapMem {
                            cache: std::cell::RefCell::new(&mut *env.cache),
                        };
                        let res = hmap::mapiternext(&env.maps.types[map as usize], &mem, &mut hi);
                        regs[i + 1..i + 13].copy_from_slice(&hi.to_words());
                        if let Err(e) = res {
                            map_trap!(e);
                        }
                    }
                    let (k, e) = (hi.key, hi.elem);
                    if k == 0 {
                        regs[i] = 0;
                    } else {
                        let kl = &prog.layouts[d.key_lay as usize];
                        let kw = kl.reg_words();
                        let dd = base + dst as usize;
                        if let Err(f) = kl.load(k, &mut regs[dd..]).and_then(|_| {
                            prog.layouts[d.elem_lay as usize].load(e, &mut regs[dd + kw..])
                        }) {
                            trap!(Trap::Fault(f));
                        }
                        regs[i] = 1;
                    }
                }
                Op::LoadGlobals { dst } => r!(dst) = env.globals,
                Op::TypeAssert { dst, src, desc, ok } => {
                    let d = &prog.asserts[desc as usize];
                    let (tw, data) = (r!(src), r!(src + 1));
                    let dyn_ty = prog.rtypes.from_word(tw);
                    // For an interface target: the first of its methods the value lacks.
                    let missing = match (&d.iface_methods, dyn_ty) {
                        (Some(ms), Some(t)) => ms
                            .iter()
                            .find(|(m, sig)| {
                                prog.rtypes.get(t).method(m).is_none_or(|rm| &rm.sig != sig)
                            })
                            .map(|(m, _)| m.clone()),
                        _ => None,
                    };
                    let matched = match (&d.iface_methods, dyn_ty) {
                        (_, None) => false,
                        (Some(_), Some(_)) => missing.is_none(),
                        (None, Some(t)) => t == d.target,
                    };
                    let dd = base + dst as usize;
                    if matched {
                        if d.iface_methods.is_some() {
                            regs[dd] = tw;
                            regs[dd + 1] = data;
                        } else if prog.rtypes.get(d.target).kind.is_pointer_shaped() {
                            regs[dd] = data;
                        } else if let Err(f) =
                            prog.layouts[d.lay as usize].load(data, &mut regs[dd..])
                        {
                            trap!(Trap::Fault(f));
                        }
                        if ok {
                            regs[dd + d.words as usize] = 1;
                        }
                    } else if ok {
                        for w in 0..=d.words as usize {
                            regs[dd + w] = 0;
                        }
                    } else {
                        let target = &prog.rtypes.get(d.target).name;
                        let msg = match (dyn_ty, missing) {
                            // Go names the static interface type for a concrete target
                            // (`interface {} is nil`), `interface` for an interface target.
                            (None, _) if d.iface_methods.is_none() => {
                                format!("interface conversion: {} is nil, not {target}", d.src_name)
                            }
                            (None, _) => {
                                format!("interface conversion: interface is nil, not {target}")
                            }
                            (Some(t), Some(m)) => format!(
                                "interface conversion: {} is not {target}: missing method {m}",
                                prog.rtypes.get(t).name
                            ),
                            (Some(t), None) => format!(
                                "interface conversion: {} is {}, not {target}",
                                d.src_name,
                                prog.rtypes.get(t).name
                            ),
                        };
                        trap!(Trap::TypeAssert(msg));
                    }
                }
                Op::SliceToArrayPtr { dst, s, n } => {
                    let len = r!(s + 1) as i64;
                    if len < n as i64 {
                        trap!(Trap::Bounds(BoundsError {
                            code: BoundsCode::Convert,
                            x: n as i64,
                            signed: true,
                            y: len
                        }));
                    }
                    r!(dst) = r!(s);
                }
                Op::MinMaxF { dst, a, b, max } => {
                    let (x, y) = (f(r!(a)), f(r!(b)));
                    let v = if x.is_nan() || y.is_nan() {
                        f64::NAN
                    } else if x == y {
                        // Equal values: only the sign of zero can differ.
                        if max == x.is_sign_negative() { y } else { x }
                    } else if (x < y) != max {
                        x
                    } else {
                        y
                    };
                    r!(dst) = v.to_bits();
                }
                Op::ComplexMul { dst, a, b, f32 } | Op::ComplexDiv { dst, a, b, f32 } => {
                    let (x, y, u, v) = (f(r!(a)), f(r!(a + 1)), f(r!(b)), f(r!(b + 1)));
                    let (re, im) = if matches!(op, Op::ComplexMul { .. }) {
                        (x * u - y * v, x * v + y * u)
                    } else {
                        complex_div(x, y, u, v)
                    };
                    let (re, im) = if f32 {
                        (re as f32 as f64, im as f32 as f64)
                    } else {
                        (re, im)
                    };
                    r!(dst) = re.to_bits();
                    r!(dst + 1) = im.to_bits();
                }
                Op::ClearSlice { s, lay } => {
                    let l = &prog.layouts[lay as usize];
                    let (p, n) = (r!(s), r!(s + 1));
                    if n > 0 && l.size > 0 {
                        let bytes = l.size * n;
                        let res = if l.has_pointers() {
                            let mask = crate::runtime::heap::repeat_ptrmask(
                                &l.ptrmask,
                                l.size.div_ceil(8),
                                n,
                            );
                            heap().typedmemclr(p, bytes, &mask)
                        } else {
                            heap().memclr(p, bytes)
                        };
                        if let Err(f) = res {
                            trap!(Trap::Fault(f));
                        }
                    }
                }
                Op::ArithImm { dst, a, imm, op } => {
                    let x = r!(a);
                    let y = imm as i64;
                    r!(dst) = match op {
                        ImmOp::Sub => x.wrapping_sub(y as u64),
                        ImmOp::Mul => x.wrapping_mul(y as u64),
                        ImmOp::DivI => (x as i64).wrapping_div(y) as u64,
                        ImmOp::RemI => (x as i64).wrapping_rem(y) as u64,
                        ImmOp::DivU => x / (y as u64),
                        ImmOp::RemU => x % (y as u64),
                        ImmOp::And => x & y as u64,
                        ImmOp::Or => x | y as u64,
                        ImmOp::Xor => x ^ y as u64,
                        ImmOp::AndNot => x & !(y as u64),
                        ImmOp::Shl => {
                            if y >= 64 {
                                0
                            } else {
                                x << y
                            }
                        }
                        ImmOp::ShrI => ((x as i64) >> y.min(63)) as u64,
                        ImmOp::ShrU => {
                            if y >= 64 {
                                0
                            } else {
                                x >> y
                            }
                        }
                    };
                }
                Op::JmpEqIImm { a, imm, off } => {
                    if r!(a) as i64 == imm as i64 {
                        jump!(off)
                    }
                }
                Op::JmpNeIImm { a, imm, off } => {
                    if r!(a) as i64 != imm as i64 {
                        jump!(off)
                    }
                }
                Op::IfaceEq { dst, a, b } => {
                    let (ta, tb) = (r!(a), r!(b));
                    let eq = if ta != tb {
                        false
                    } else if ta == 0 {
                        true
                    } else {
                        match prog.rtypes.from_word(ta) {
                            None => r!(a + 1) == r!(b + 1),
                            Some(t) => {
                                let mk = |d| {
                                    if prog.rtypes.get(t).kind.is_pointer_shaped() {
                                        Val::Word(d)
                                    } else {
                                        Val::Mem(d)
                                    }
                                };
                                match values_equal(prog, t, mk(r!(a + 1)), mk(r!(b + 1))) {
                                    Ok(e) => e,
                                    Err(name) => trap!(Trap::Uncomparable(name)),
                                }
                            }
                        }
                    };
                    r!(dst) = eq as u64;
                }
                Op::DeferCall {
                    func: f,
                    base: b,
                    n,
                } => {
                    let a = base + b as usize;
                    defers.push(DeferRec {
                        depth: frames.len() as u32,
                        target: DeferTarget::Func(f),
                        args: regs[a..a + n as usize].to_vec(),
                    });
                }
                Op::DeferNative { id, base: b, n } => {
                    let a = base + b as usize;
                    defers.push(DeferRec {
                        depth: frames.len() as u32,
                        target: DeferTarget::Native(id),
                        args: regs[a..a + n as usize].to_vec(),
                    });
                }
                Op::DeferClosure { fv, base: b, n } => {
                    let a = base + b as usize;
                    defers.push(DeferRec {
                        depth: frames.len() as u32,
                        target: DeferTarget::Closure(r!(fv)),
                        args: regs[a..a + n as usize].to_vec(),
                    });
                }
                Op::RunDefers => {
                    if defers
                        .last()
                        .is_some_and(|d| d.depth as usize == frames.len())
                    {
                        let d = defers.pop().unwrap();
                        // Come back to this instruction for the next one.
                        frames.last_mut().unwrap().pc = (pc - 1) as u32;
                        if invoke!(d, DEFERRED_AT_RETURN) {
                            reload!();
                        } else if panics.last().is_some_and(|p| !p.recovered) {
                            // A nil deferred func value panicked when called.
                            unwind!();
                            continue;
                        } else {
                            pc -= 1;
                        }
                    }
                }
                Op::Panic { src } => {
                    frames.last_mut().unwrap().pc = (pc - 1) as u32;
                    let (mut tw, mut data) = (r!(src), r!(src + 1));
                    if tw == 0 {
                        // panic(nil) panics with a *runtime.PanicNilError (Go 1.21).
                        (tw, data) = runtime_error_value(
                            prog,
                            env.cache,
                            super::bytecode::RuntimeErrorKind::PanicNil,
                            "panic called with nil argument",
                        );
                    }
                    panic_start!(tw, data, None);
                }
                Op::MakeChan { dst, size, words } => {
                    let n = r!(size) as i64;
                    // Go's makechan: the buffer must fit in memory.
                    if n < 0 || n as u64 > (1u64 << 40) / (8 * (words as u64).max(1)) {
                        trap!(Trap::Plain("makechan: size out of range"));
                    }
                    r!(dst) = env.world.make_chan(env.cache, n as usize, words as usize);
                    safepoint!();
                }
                Op::ChanLen { dst, ch } => {
                    r!(dst) = env.world.chan(r!(ch)).map_or(0, |c| c.len() as u64);
                }
                Op::ChanCap { dst, ch } => {
                    r!(dst) = env.world.chan(r!(ch)).map_or(0, |c| c.capacity() as u64);
                }
                Op::ChanClose { ch } => {
                    let Some(c) = env.world.chan(r!(ch)) else {
                        trap!(Trap::Plain("close of nil channel"));
                    };
                    match c.close() {
                        Err(()) => trap!(Trap::Plain("close of closed channel")),
                        Ok(wake) => {
                            let Some(m) = env.m.as_mut() else {
                                trap!(Trap::Fatal("goroutines need the scheduler"));
                            };
                            for w in wake {
                                m.ready(w);
                            }
                        }
                    }
                }
                Op::ChanSend { ch, src, words } => {
                    let (Some(m), Some(me)) = (env.m.as_mut(), me.as_ref()) else {
                        trap!(Trap::Fatal("goroutines need the scheduler"));
                    };
                    let nested = stop > 0;
                    let Some(c) = env.world.chan(r!(ch)) else {
                        // A send on a nil channel blocks forever.
                        m.park(
                            me,
                            crate::runtime::sched::WaitReason::ChanSendNilChan,
                            nested,
                        );
                        frames.last_mut().unwrap().pc = pc as u32;
                        return Exit::Park;
                    };
                    let a = base + src as usize;
                    let v = &regs[a..a + words as usize];
                    match c.send(v, Some(me), &mut || {
                        m.park(me, crate::runtime::sched::WaitReason::ChanSend, nested)
                    }) {
                        crate::runtime::chan::SendRes::Done(w) => {
                            if let Some(w) = w {
                                m.ready(w);
                            }
                        }
                        crate::runtime::chan::SendRes::Closed => {
                            trap!(Trap::Plain("send on closed channel"))
                        }
                        crate::runtime::chan::SendRes::Parked(sg) => {
                            *pending = Some(Pending::Send { sg });
                            frames.last_mut().unwrap().pc = pc as u32;
                            return Exit::Park;
                        }
                        crate::runtime::chan::SendRes::WouldBlock => {}
                    }
                }
                Op::ChanRecv { dst, ch, words, ok } => {
                    let (Some(m), Some(me)) = (env.m.as_mut(), me.as_ref()) else {
                        trap!(Trap::Fatal("goroutines need the scheduler"));
                    };
                    let nested = stop > 0;
                    let Some(c) = env.world.chan(r!(ch)) else {
                        m.park(
                            me,
                            crate::runtime::sched::WaitReason::ChanReceiveNilChan,
                            nested,
                        );
                        frames.last_mut().unwrap().pc = pc as u32;
                        return Exit::Park;
                    };
                    let d = base + dst as usize;
                    let w = words as usize;
                    match c.recv(&mut regs[d..d + w], Some(me), &mut || {
                        m.park(me, crate::runtime::sched::WaitReason::ChanReceive, nested)
                    }) {
                        crate::runtime::chan::RecvRes::Done { ok: got, wake } => {
                            if ok {
                                regs[d + w] = got as u64;
                            }
                            if let Some(w) = wake {
                                m.ready(w);
                            }
                        }
                        crate::runtime::chan::RecvRes::Parked(sg) => {
                            *pending = Some(Pending::Recv {
                                sg,
                                dst: d,
                                ok: ok.then_some(d + w),
                            });
                            frames.last_mut().unwrap().pc = pc as u32;
                            return Exit::Park;
                        }
                        crate::runtime::chan::RecvRes::WouldBlock => {}
                    }
                }
                Op::Select { sel } => {
                    let (Some(m), Some(me)) = (env.m.as_mut(), me.as_ref()) else {
                        trap!(Trap::Fatal("goroutines need the scheduler"));
                    };
                    let nested = stop > 0;
                    let d = &prog.selects[sel as usize];
                    let world = env.world;
                    let cases: Vec<crate::runtime::chan::SelCase<'_, Goroutine>> = d
                        .cases
                        .iter()
                        .map(|c| crate::runtime::chan::SelCase {
                            ch: world.chan(regs[base + c.ch as usize]),
                            send: c.send.then(|| {
                                let a = base + c.val as usize;
                                &regs[a..a + c.words as usize]
                            }),
                        })
                        .collect();
                    let mut out = Vec::new();
                    let rand = &mut *env.rand;
                    let reason = if d.cases.is_empty() {
                        crate::runtime::sched::WaitReason::SelectNoCases
                    } else {
                        crate::runtime::sched::WaitReason::Select
                    };
                    let res = crate::runtime::chan::select(
                        &cases,
                        !d.has_default,
                        me,
                        &mut out,
                        &mut |n| super::goroutines::cheaprandn(rand, n),
                        &mut || m.park(me, reason, nested),
                    );
                    drop(cases);
                    match res {
                        crate::runtime::chan::SelRes::Ready { case, ok, wake } => {
                            let c = &d.cases[case];
                            if !c.send {
                                let a = base + c.val as usize;
                                regs[a..a + out.len()].copy_from_slice(&out);
                                if let Some(o) = c.ok {
                                    regs[base + o as usize] = ok as u64;
                                }
                            }
                            r!(d.result) = case as u64;
                            if let Some(w) = wake {
                                m.ready(w);
                            }
                        }
                        crate::runtime::chan::SelRes::SendClosed { .. } => {
                            trap!(Trap::Plain("send on closed channel"))
                        }
                        crate::runtime::chan::SelRes::Default => {
                            r!(d.result) = d.cases.len() as u64;
                        }
                        crate::runtime::chan::SelRes::Never => {
                            m.park(me, reason, nested);
                            frames.last_mut().unwrap().pc = pc as u32;
                            return Exit::Park;
                        }
                        crate::runtime::chan::SelRes::Parked(parked) => {
                            *pending = Some(Pending::Select { parked, base, sel });
                            frames.last_mut().unwrap().pc = pc as u32;
                            return Exit::Park;
                        }
                    }
                }
                Op::GoCall {
                    func: f,
                    base: b,
                    n,
                } => {
                    let Some(m) = env.m.as_mut() else {
                        trap!(Trap::Fatal("goroutines need the scheduler"));
                    };
                    let a = base + b as usize;
                    m.go(GoStart {
                        func: f,
                        nregs: prog.funcs[f as usize].nregs as usize,
                        ctx: 0,
                        args: &regs[a..a + n as usize],
                        created_by: Some(creator(frames, pc, &me)),
                    });
                }
                Op::GoClosure { fv, base: b, n } => {
                    let Some(m) = env.m.as_mut() else {
                        trap!(Trap::Fatal("goroutines need the scheduler"));
                    };
                    let c = r!(fv);
                    if c == 0 {
                        trap!(Trap::Fatal("go of nil func value"));
                    }
                    let f = match heap().load_u64(c) {
                        Ok(v) if (v as usize) < prog.funcs.len() => v as FuncId,
                        Ok(_) => trap!(Trap::Fault(Fault::Invalid { addr: c })),
                        Err(e) => trap!(Trap::Fault(e)),
                    };
                    let a = base + b as usize;
                    m.go(GoStart {
                        func: f,
                        nregs: prog.funcs[f as usize].nregs as usize,
                        ctx: c,
                        args: &regs[a..a + n as usize],
                        created_by: Some(creator(frames, pc, &me)),
                    });
                }
                Op::GoIface { base: b, name, n } | Op::DeferIface { base: b, name, n } => {
                    let a = base + b as usize;
                    let (native, target, args) = match iface_call_args(
                        prog,
                        regs[a],
                        regs[a + 1],
                        name,
                        &regs[a + 2..a + 2 + n as usize],
                    ) {
                        Ok(x) => x,
                        Err(t) => trap!(t),
                    };
                    if matches!(op, Op::DeferIface { .. }) {
                        defers.push(DeferRec {
                            depth: frames.len() as u32,
                            target: if native {
                                DeferTarget::Native(target)
                            } else {
                                DeferTarget::Func(target)
                            },
                            args,
                        });
                    } else {
                        if native {
                            trap!(Trap::Fatal(
                                "goscope: go statement on a method implemented natively"
                            ));
                        }
                        let Some(m) = env.m.as_mut() else {
                            trap!(Trap::Fatal("goroutines need the scheduler"));
                        };
                        m.go(GoStart {
                            func: target,
                            nregs: prog.funcs[target as usize].nregs as usize,
                            ctx: 0,
                            args: &args,
                            created_by: Some(creator(frames, pc, &me)),
                        });
                    }
                }
                Op::FrameDepth { dst } => {
                    r!(dst) = frames.len() as u64;
                }
                Op::DeferAt { depth } => {
                    let depth = r!(depth) as u32;
                    if let Some(mut d) = defers.pop() {
                        // Keep the records ordered by frame: the new one goes after the
                        // target frame's own, before those of frames called since.
                        d.depth = depth;
                        let at = defers
                            .iter()
                            .rposition(|x| x.depth <= depth)
                            .map_or(0, |i| i + 1);
                        defers.insert(at, d);
                    }
                }
                Op::PanicRange { state } => {
                    let text = match r!(state) {
                        0 => {
                            "range function continued iteration after function for loop body returned false"
                        }
                        2 => "range function continued iteration after loop body panic",
                        3 => "range function continued iteration after whole loop exit",
                        _ => {
                            "range function recovered a loop body panic and did not resume panicking"
                        }
                    };
                    trap!(Trap::Panic(format!("runtime error: {text}")));
                }
                Op::Recover { dst } => {
                    let direct = frames.last().is_some_and(|f| f.flag == DEFERRED_IN_PANIC);
                    match panics.last_mut() {
                        Some(p) if direct && !p.recovered && !p.goexit => {
                            p.recovered = true;
                            r!(dst) = p.tw;
                            r!(dst + 1) = p.data;
                        }
                        _ => {
                            r!(dst) = 0;
                            r!(dst + 1) = 0;
                        }
                    }
                }
                Op::CallIface {
                    iface,
                    name,
                    base: b,
                    ..
                } => {
                    let (tw, data) = (r!(iface), r!(iface + 1));
                    let Some(ty) = prog.rtypes.from_word(tw) else {
                        // A method call on a nil interface is a nil dereference in Go.
                        trap!(Trap::Fault(Fault::Nil { addr: 0 }));
                    };
                    let mname = &prog.method_names[name as usize];
                    let Some(m) = prog.rtypes.get(ty).method(mname) else {
                        trap!(Trap::Fault(Fault::Invalid { addr: tw }));
                    };
                    let nb = base + b as usize;
                    match m.recv_load {
                        None => regs[nb] = data,
                        Some(lay) => {
                            let l = &prog.layouts[lay as usize];
                            let w = l.reg_words();
                            // Make room for a receiver of `w` words: shift the arguments right
                            // by w-1 (the compiler left one word for the receiver).
                            let nargs = if m.native {
                                16usize.saturating_sub(w)
                            } else {
                                (prog.funcs[m.func as usize].nparams as usize).saturating_sub(w)
                            };
                            let need = nb + w + nargs + 16;
                            if regs.len() < need {
                                regs.resize(need, 0);
                            }
                            if w != 1 {
                                regs.copy_within(nb + 1..nb + 1 + nargs, nb + w);
                            }
                            if let Err(f) = l.load(data, &mut regs[nb..]) {
                                trap!(Trap::Fault(f));
                            }
                        }
                    }
                    frames.last_mut().unwrap().pc = pc as u32;
                    if m.native {
                        match prog.natives[m.func as usize] {
                            super::natives::NativeImpl::Plain(f) => {
                                let mut call = super::natives::NativeCall {
                                    regs: &mut regs[nb..],
                                    env,
                                    prog,
                                };
                                if let Err(t) = f(&mut call) {
                                    trap!(t);
                                }
                                if let Some(sp) = env.suspend.take() {
                                    if let (Suspend::Yield, Some(m)) = (&sp, env.m.as_ref()) {
                                        m.request_yield();
                                    }
                                    return suspend(frames, pc, sp);
                                }
                            }
                            super::natives::NativeImpl::Reentrant(_) => {
                                return Exit::Reentrant {
                                    id: m.func,
                                    base: nb,
                                    then_unwind: false,
                                };
                            }
                        }
                    } else {
                        let callee = m.func;
                        enter!(callee, nb, 0);
                    }
                }
                Op::CallNative { id, base: b, .. } => {
                    frames.last_mut().unwrap().pc = pc as u32;
                    let nb = base + b as usize;
                    // Natives see a window of at least 16 words (their results may be wider
                    // than their arguments).
                    if regs.len() < nb + 16 {
                        regs.resize(nb + 16, 0);
                    }
                    match prog.natives[id as usize] {
                        super::natives::NativeImpl::Plain(f) => {
                            let mut call = super::natives::NativeCall {
                                regs: &mut regs[nb..],
                                env,
                                prog,
                            };
                            if let Err(t) = f(&mut call) {
                                trap!(t);
                            }
                            if let Some(sp) = env.suspend.take() {
                                if let (Suspend::Yield, Some(m)) = (&sp, env.m.as_ref()) {
                                    m.request_yield();
                                }
                                return suspend(frames, pc, sp);
                            }
                        }
                        super::natives::NativeImpl::Reentrant(_) => {
                            return Exit::Reentrant {
                                id,
                                base: nb,
                                then_unwind: false,
                            };
                        }
                    }
                }
                Op::UnsafeSlice { dst, src, esize } => {
                    // runtime.unsafeslice, as cmd/compile open-codes it.
                    let (ptr, len) = (r!(src), r!(src + 1) as i64);
                    if len < 0 {
                        trap!(Trap::RuntimeError("unsafe.Slice: len out of range".into()));
                    }
                    if esize == 0 && ptr == 0 && len > 0 {
                        trap!(Trap::RuntimeError(
                            "unsafe.Slice: ptr is nil and len is not zero".into()
                        ));
                    }
                    match (esize as u64).checked_mul(len as u64) {
                        Some(mem) if mem <= ptr.wrapping_neg() || (ptr == 0 && mem == 0) => {}
                        _ => {
                            if ptr == 0 {
                                trap!(Trap::RuntimeError(
                                    "unsafe.Slice: ptr is nil and len is not zero".into()
                                ));
                            }
                            trap!(Trap::RuntimeError("unsafe.Slice: len out of range".into()));
                        }
                    }
                    r!(dst) = ptr;
                    r!(dst + 1) = len as u64;
                    r!(dst + 2) = len as u64;
                }
                Op::UnsafeString { dst, src } => {
                    // runtime.unsafestring.
                    let (ptr, len) = (r!(src), r!(src + 1) as i64);
                    if len < 0 {
                        trap!(Trap::RuntimeError("unsafe.String: len out of range".into()));
                    }
                    if len as u64 > ptr.wrapping_neg() && !(ptr == 0 && len == 0) {
                        if ptr == 0 {
                            trap!(Trap::RuntimeError(
                                "unsafe.String: ptr is nil and len is not zero".into()
                            ));
                        }
                        trap!(Trap::RuntimeError("unsafe.String: len out of range".into()));
                    }
                    r!(dst) = ptr;
                    r!(dst + 1) = len as u64;
                }
                Op::MakeSlice { dst, n, lay } => {
                    let l = &prog.layouts[lay as usize];
                    let (len, cap) = (r!(n) as i64, r!(n + 1) as i64);
                    let max = if l.size == 0 {
                        i64::MAX
                    } else {
                        (1i64 << 48) / l.size as i64
                    };
                    if len < 0 || len > max {
                        trap!(Trap::MakeSliceLen);
                    }
                    if cap < len || cap > max {
                        trap!(Trap::MakeSliceCap);
                    }
                    r!(dst) = if l.size == 0 {
                        crate::runtime::heap::ZEROBASE
                    } else {
                        alloc_array(env.cache, l, cap as u64)
                    };
                    r!(dst + 1) = len as u64;
                    r!(dst + 2) = cap as u64;
                    safepoint!();
                }
                Op::Grow { s, n, lay } => {
                    let l = &prog.layouts[lay as usize];
                    let (ptr, len, cap) = (r!(s), r!(s + 1) as i64, r!(s + 2) as i64);
                    match grow(env.cache, l, ptr, len, cap, r!(n) as i64) {
                        Ok((p, c)) => {
                            r!(s) = p;
                            r!(s + 1) = (len + r!(n) as i64) as u64;
                            r!(s + 2) = c as u64;
                        }
                        Err(t) => trap!(t),
                    }
                }
                Op::AppendSlice { s, t, lay } => {
                    let l = &prog.layouts[lay as usize];
                    let (ptr, len, cap) = (r!(s), r!(s + 1) as i64, r!(s + 2) as i64);
                    let (tp, tl) = (r!(t), r!(t + 1) as i64);
                    match grow(env.cache, l, ptr, len, cap, tl) {
                        Ok((p, c)) => {
                            if let Err(f) = move_elems(l, p + len as u64 * l.size, tp, tl as u64) {
                                trap!(Trap::Fault(f));
                            }
                            r!(s) = p;
                            r!(s + 1) = (len + tl) as u64;
                            r!(s + 2) = c as u64;
                        }
                        Err(t) => trap!(t),
                    }
                }
                Op::Copy { dst, d, s, lay } => {
                    let l = &prog.layouts[lay as usize];
                    let n = r!(d + 1).min(r!(s + 1));
                    if let Err(f) = move_elems(l, r!(d), r!(s), n) {
                        trap!(Trap::Fault(f));
                    }
                    r!(dst) = n;
                }

                Op::Call {
                    func: callee,
                    base: b,
                } => {
                    frames.last_mut().unwrap().pc = pc as u32;
                    let nb = base + b as usize;
                    enter!(callee, nb, 0);
                }
                Op::Ret { src, n } => {
                    if src != 0 {
                        let s = base + src as usize;
                        regs.copy_within(s..s + n as usize, base);
                    }
                    let popped = frames.pop().expect("a frame to return from");
                    if frames.len() <= stop {
                        return Exit::Returned;
                    }
                    if popped.flag == DEFERRED_IN_PANIC {
                        if panics.last().is_some_and(|p| p.recovered) {
                            // Recovered: the deferring function returns normally from its
                            // epilogue, with its named results as they are now.
                            panics.clear();
                            let f = frames.last_mut().unwrap();
                            f.pc = prog.funcs[f.func as usize].recover_pc.unwrap_or(f.pc);
                            reload!();
                        } else {
                            unwind!();
                        }
                    } else {
                        reload!();
                    }
                }
            }
        }
    }
    #[allow(unreachable_code)]
    {
        let _ = func;
        unreachable!()
    }
}

/// An environment with captured output, for unit tests.
#[cfg(test)]
macro_rules! test_env {
    () => {
        Env {
            out: &Capture::default(),
            cache: &mut Mcache::new(),
            scratch: 0,
            rand: &mut 1,
            strs: &[],
            maps: &crate::interp::maps::Maps {
                types: Vec::new(),
                fast: Vec::new(),
                max_key: 0,
                zero: 0,
            },
            globals: 0,
            world: &World::default(),
            m: None,
            me: None,
            suspend: None,
            nested: false,
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::bytecode::{Function, Op::*};
    #[allow(unused_imports)]
    use std::sync::Arc;

    /// `func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }`
    /// compiled by hand the way the compiler will: r0 = n, r1/r2 temporaries, calls at r3.
    pub(super) fn fib_program(n: i32) -> Program {
        let fib = Function {
            code: vec![
                JmpGeIImm {
                    a: 0,
                    imm: 2,
                    off: 1,
                }, // if n >= 2 skip the return
                Ret { src: 0, n: 1 },
                AddIImm {
                    dst: 3,
                    a: 0,
                    imm: -1,
                },
                Call { func: 1, base: 3 },
                AddIImm {
                    dst: 4,
                    a: 0,
                    imm: -2,
                },
                Mov { dst: 1, src: 3 },
                Call { func: 1, base: 4 },
                AddI { dst: 0, a: 1, b: 4 },
                Ret { src: 0, n: 1 },
            ],
            nregs: 5,
            nparams: 1,
            nresults: 1,
            ..Default::default()
        };
        let main = Function {
            code: vec![
                LoadInt { dst: 0, imm: n },
                Call { func: 1, base: 0 },
                Ret { src: 0, n: 1 },
            ],
            nregs: 1,
            ..Default::default()
        };
        Program {
            funcs: vec![main, fib],
            consts: vec![],
            main: 0,
            ..Default::default()
        }
    }

    /// A preemption request stops the goroutine at its next safepoint (a call or a
    /// backward jump); resuming it finishes with the same result.
    #[test]
    fn preempted_goroutine_resumes_where_it_stopped() {
        let stop: Flag = Arc::new(CachePadded::new(AtomicBool::new(true)));
        let prog = fib_program(30);
        let mut g = Goroutine::new(1, &prog, 0);
        g.preempt = stop.clone();
        let mut stops = 0;
        loop {
            match run(&prog, &mut g, &mut test_env!()) {
                Exit::Preempted => {
                    stops += 1;
                    if stops == 1000 {
                        stop.store(false, Ordering::Relaxed);
                    }
                }
                Exit::Returned => break,
                other => panic!("unexpected exit {other:?}"),
            }
        }
        assert_eq!(stops, 1000);
        assert_eq!(g.regs[0], 832040);
    }

    #[test]
    fn recursive_fib_without_rust_recursion() {
        let prog = fib_program(30);
        let mut g = Goroutine::new(1, &prog, 0);
        assert_eq!(run(&prog, &mut g, &mut test_env!()), Exit::Returned);
        assert_eq!(g.regs[0], 832040);
    }

    #[test]
    fn divide_by_zero_panics_with_gos_text() {
        let f = Function {
            code: vec![
                LoadInt { dst: 0, imm: 7 },
                LoadInt { dst: 1, imm: 0 },
                DivI { dst: 2, a: 0, b: 1 },
                Ret { src: 2, n: 1 },
            ],
            nregs: 3,
            ..Default::default()
        };
        let prog = Program {
            funcs: vec![f],
            consts: vec![],
            main: 0,
            ..Default::default()
        };
        let mut g = Goroutine::new(1, &prog, 0);
        let exit = run(&prog, &mut g, &mut test_env!());
        // No deferred call recovers it: the panic ends the goroutine, and its record
        // holds the value and the stack where it happened.
        assert_eq!(exit, Exit::Panicked);
        assert_eq!(
            Trap::DivideByZero.message(),
            "runtime error: integer divide by zero"
        );
        assert_eq!(g.panics.len(), 1);
        assert_eq!(g.panics[0].trace.len(), 1);
        assert_eq!(
            g.frames[0].pc, 2,
            "the trapping instruction is recorded for the traceback"
        );
    }

    #[test]
    fn min_int_divided_by_minus_one_wraps_as_in_go() {
        let f = Function {
            code: vec![
                LoadConst { dst: 0, idx: 0 },
                LoadInt { dst: 1, imm: -1 },
                DivI { dst: 2, a: 0, b: 1 },
                RemI { dst: 3, a: 0, b: 1 },
                Ret { src: 2, n: 2 },
            ],
            nregs: 4,
            ..Default::default()
        };
        let prog = Program {
            funcs: vec![f],
            consts: vec![i64::MIN as u64],
            main: 0,
            ..Default::default()
        };
        let mut g = Goroutine::new(1, &prog, 0);
        assert_eq!(run(&prog, &mut g, &mut test_env!()), Exit::Returned);
        assert_eq!(g.regs[0] as i64, i64::MIN);
        assert_eq!(g.regs[1], 0);
    }

    #[test]
    fn float_to_int_out_of_range_is_amd64s_value() {
        assert_eq!(f_to_i(f64::NAN), i64::MIN);
        assert_eq!(f_to_i(1e300), i64::MIN);
        assert_eq!(f_to_i(-3.9), -3);
        assert_eq!(f_to_u(1.8e19), 18000000000000000000);
    }
}

#[cfg(test)]
mod speed {
    use super::*;

    /// `cargo test --release -- --ignored fib35_speed --nocapture` prints the time of the
    /// hand-compiled fib(35); bench/fib.go measures the real pipeline.
    #[test]
    #[ignore]
    fn fib35_speed() {
        let prog = super::tests::fib_program(35);
        let mut g = Goroutine::new(1, &prog, 0);
        let t = std::time::Instant::now();
        assert_eq!(run(&prog, &mut g, &mut test_env!()), Exit::Returned);
        eprintln!("fib(35) = {} in {:?}", g.regs[0], t.elapsed());
    }
}

/// Calls `sink` with every root word of goroutine `g` (the collector's view of it): each
/// frame's registers where its function's pointer mask is set, and, as words of unknown
/// kind, its deferred calls' arguments, its panic values, the values of the channel
/// operation it is parked in, and its map iterators.
pub fn goroutine_roots(prog: &Program, g: &Goroutine, sink: &mut dyn FnMut(u64)) {
    let nframes = g.frames.len();
    for (i, fr) in g.frames.iter().enumerate() {
        let f = &prog.funcs[fr.func as usize];
        let base = fr.base as usize;
        let pc = fr.pc as usize;
        // A frame below another is in the call before its pc (its arguments are in use);
        // the innermost frame stopped at a safepoint and runs `pc` next, even when the
        // instruction before `pc` is a call (a loop head after one): what is live there is
        // live-in at `pc`, results of that call included.
        let in_call =
            i + 1 < nframes && pc > 0 && f.code.get(pc - 1).is_some_and(super::liveness::is_call);
        // Only the pointer registers the function may still read (Go's stack maps).
        let live: &[u64] = match prog.live.get(fr.func as usize) {
            Some(cell) => cell
                .get_or_init(|| super::liveness::compute(prog, fr.func))
                .at(pc, in_call),
            None => &f.ptr_mask,
        };
        for (wi, &bits) in live.iter().enumerate() {
            let mut b = bits;
            while b != 0 {
                let i = wi * 64 + b.trailing_zeros() as usize;
                b &= b - 1;
                if let Some(&v) = g.regs.get(base + i) {
                    sink(v);
                }
            }
        }
        if fr.ctx != 0 {
            sink(fr.ctx);
        }
    }
    for d in &g.defers {
        d.args.iter().for_each(|&w| sink(w));
        if let DeferTarget::Closure(c) = d.target {
            sink(c);
        }
    }
    for p in &g.panics {
        sink(p.data);
    }
    match &g.pending {
        Some(Pending::Recv { sg, .. }) | Some(Pending::Send { sg }) => {
            sg.elem.lock().iter().for_each(|&w| sink(w));
        }
        Some(Pending::Select { parked, .. }) => {
            for (_, sg) in parked {
                sg.elem.lock().iter().for_each(|&w| sink(w));
            }
        }
        None => {}
    }
}
