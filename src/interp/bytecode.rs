//! The register bytecode the compiler emits and the VM runs.
//!
//! A function's registers are `u64` words in a window of its goroutine's register file; an
//! operand `r` names word `base + r`. Values wider than a word use consecutive registers
//! (see ARCHITECTURE.md, "Values and frames"). Instructions are typed: the compiler picks
//! `AddI` for integers and `AddF` for float64, so the VM never inspects a value's type.
//!
//! Calling convention: the caller puts the arguments in consecutive registers starting at
//! `base` (relative to its own frame) and executes `Call { func, base }`; the callee's frame
//! starts there, so its parameters are its registers `0..`. `Ret { src, n }` copies `n`
//! result words to the callee's registers `0..n`, where the caller finds them (at its
//! `base`). No argument is copied twice and no Rust recursion happens per Go call.
//!
//! Safepoints: the VM polls at every backward jump and every call (ARCHITECTURE.md,
//! invariant 6); an instruction never polls half-way.
//!
//! Every instruction is at most 16 bytes (checked by a test) so the code stays dense.

/// A register number, relative to the current frame's base.
pub type Reg = u32;

/// Index of a function in [`Program::funcs`].
pub type FuncId = u32;

/// Integer widths for sign/zero extension after arithmetic on sized integers, so that a
/// register always holds the canonical 64-bit form of its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

/// The types of the runtime's own panic values, as Go names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuntimeErrorKind {
    /// `runtime.boundsError` (index and slice bounds).
    Bounds = 0,
    /// `runtime.errorString` (divide by zero, nil dereference, ...).
    ErrorString = 1,
    /// `runtime.plainError` (no "runtime error: " prefix: nil map writes, channels).
    Plain = 2,
    /// `*runtime.PanicNilError` (`panic(nil)`).
    PanicNil = 3,
    /// `*runtime.TypeAssertionError` (failed `x.(T)`).
    TypeAssertion = 4,
    /// Not a runtime error: the plain `string` a standard-library native panics with, as
    /// Go's `panic("strings: negative Repeat count")` does.
    GoString = 5,
}

impl RuntimeErrorKind {
    pub const NAMES: [&'static str; 6] = [
        "runtime.boundsError",
        "runtime.errorString",
        "runtime.plainError",
        "*runtime.PanicNilError",
        "*runtime.TypeAssertionError",
        "string",
    ];
}

/// What a type assertion `x.(T)` checks.
#[derive(Clone, Debug, Default)]
pub struct AssertDesc {
    /// T's run-time type.
    pub target: u32,
    /// For an interface T: its methods (name, signature), sorted by name; the value's
    /// type must have them all.
    pub iface_methods: Option<Vec<(String, String)>>,
    /// The layout of T's value (for unboxing) and its register words.
    pub lay: u32,
    pub words: u32,
    /// The static type of `x`, as the panic message names it (`interface {}`).
    pub src_name: String,
}

/// A map type: the run-time types of its key and elem and their layouts.
#[derive(Clone, Debug, Default)]
pub struct MapDesc {
    pub map: u32,
    pub key: u32,
    pub elem: u32,
    pub key_lay: u32,
    pub elem_lay: u32,
}

/// The string conversions of [`Op::Convert`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvKind {
    StrToBytes,
    /// `[]byte("constant")`: gc allocates exactly the constant's length.
    ConstStrToBytes,
    BytesToStr,
    StrToRunes,
    RunesToStr,
    /// `string(v)` for an integer `v` (signed).
    IntToStr,
    /// `string(v)` for an unsigned integer `v`.
    UintToStr,
}

/// The operators of [`Op::ArithImm`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImmOp {
    Sub,
    Mul,
    DivI,
    RemI,
    DivU,
    RemU,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    ShrI,
    ShrU,
}

/// Comparison operators for non-integer operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
}

/// The operand of a slice expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SliceKind {
    /// A slice `s[lo:hi]`: checked against the capacity.
    Slice,
    /// `s[lo:hi:max]`.
    Slice3,
    /// A string `s[lo:hi]`: checked against the length; the result has 2 words.
    String,
    /// An array `a[lo:hi]` (data pointer and length in `s, s+1`): checked against the
    /// length; the result is a slice.
    Array,
}

/// How `print`/`println` formats one operand (runtime/print.go).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintKind {
    Bool,
    Int,
    Uint,
    Float,
    /// Two registers: real, imaginary.
    Complex,
    /// Pointers, maps, channels, funcs, unsafe.Pointer: hex.
    Pointer,
    /// Two registers: data pointer, length.
    String,
    /// Three registers: `[len/cap]0xptr`.
    Slice,
    /// Two registers: `(0xtype,0xdata)`.
    Iface,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    /// `dst = src`
    Mov {
        dst: Reg,
        src: Reg,
    },
    /// `dst[0..n] = src[0..n]` (multi-word values; non-overlapping or dst < src).
    MovN {
        dst: Reg,
        src: Reg,
        n: u32,
    },
    /// `dst = imm` (sign-extended).
    LoadInt {
        dst: Reg,
        imm: i32,
    },
    /// `dst = consts[idx]`
    LoadConst {
        dst: Reg,
        idx: u32,
    },

    // 64-bit integer arithmetic, wrapping as Go's does.
    AddI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AddIImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    SubI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Signed division; panics `integer divide by zero`; MinInt64 / -1 wraps.
    DivI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    OrI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    XorI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndNotI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Shifts take the count as unsigned; a count ≥ 64 gives 0 (or the sign for `ShrI`).
    /// A signed negative count is checked by the compiler-emitted `CheckShift`.
    Shl {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    ShrI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    ShrU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NegI {
        dst: Reg,
        a: Reg,
    },
    /// Bitwise complement `^x`.
    ComI {
        dst: Reg,
        a: Reg,
    },
    /// Re-canonicalise a sized integer after arithmetic.
    Ext {
        dst: Reg,
        src: Reg,
        w: Width,
    },
    /// Panics `negative shift amount` if the signed count is negative.
    CheckShift {
        b: Reg,
    },

    // float64 arithmetic on the bit patterns.
    AddF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NegF {
        dst: Reg,
        a: Reg,
    },

    // Comparisons produce 0 or 1.
    EqI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    EqF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Boolean not.
    Not {
        dst: Reg,
        a: Reg,
    },

    // Conversions.
    IntToF {
        dst: Reg,
        a: Reg,
    },
    UintToF {
        dst: Reg,
        a: Reg,
    },
    FToInt {
        dst: Reg,
        a: Reg,
    },
    FToUint {
        dst: Reg,
        a: Reg,
    },

    // Control flow; offsets are relative to the next instruction.
    Jmp {
        off: i32,
    },
    JmpIf {
        cond: Reg,
        off: i32,
    },
    JmpIfNot {
        cond: Reg,
        off: i32,
    },
    /// Fused compare-and-branch for loop conditions: jump if `a < b` (signed).
    JmpLtI {
        a: Reg,
        b: Reg,
        off: i32,
    },
    /// Jump if `!(a < b)` (signed).
    JmpGeI {
        a: Reg,
        b: Reg,
        off: i32,
    },
    JmpLtIImm {
        a: Reg,
        imm: i32,
        off: i32,
    },
    JmpGeIImm {
        a: Reg,
        imm: i32,
        off: i32,
    },

    /// Round a float64 to float32 precision (float32 values live in registers as the
    /// float64 they convert to exactly; +,-,*,/ computed in float64 then rounded give the
    /// float32 result, since float64 has more than 2·24+2 bits of precision).
    RoundF32 {
        dst: Reg,
        a: Reg,
    },

    /// `print`/`println` of one value to standard error (runtime/print.go formats).
    Print {
        src: Reg,
        kind: PrintKind,
    },
    /// `print`'s separators: a space (`println` between operands) or a newline.
    PrintByte {
        byte: u8,
    },

    // Memory. Pointers are heap addresses in registers; every access is checked by the
    // heap (nil → Go's nil-dereference panic).
    /// `dst = *(regs[ptr] + off)` as `kind`.
    Load {
        dst: Reg,
        ptr: Reg,
        off: u32,
        kind: MemKind,
    },
    /// `*(regs[ptr] + off) = src` as `kind` (pointer kinds go through the write barrier).
    Store {
        ptr: Reg,
        off: u32,
        src: Reg,
        kind: MemKind,
    },
    /// Loads a whole value laid out as `Program::layouts[lay]`.
    LoadVal {
        dst: Reg,
        ptr: Reg,
        lay: u32,
    },
    /// Stores a whole value laid out as `Program::layouts[lay]`.
    StoreVal {
        ptr: Reg,
        src: Reg,
        lay: u32,
    },
    /// `dst = new(T)`: a zeroed heap object of layout `lay`. An allocation is a safepoint.
    New {
        dst: Reg,
        lay: u32,
    },
    /// `dst, dst+1 = Program::strings[idx]` (data pointer, length).
    LoadStr {
        dst: Reg,
        idx: u32,
    },
    /// `dst = a + b` for strings (a new heap string unless one side is empty).
    StrCat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// String comparison: `dst = a <op> b`.
    StrCmp {
        dst: Reg,
        a: Reg,
        b: Reg,
        op: CmpOp,
    },
    /// `dst = &s[i]` for a slice or string `s` (data pointer at `s`, length at `s+1`), with
    /// Go's bounds check; `esz` is the element size.
    IndexAddr {
        dst: Reg,
        s: Reg,
        i: Reg,
        esz: u16,
        /// The index has an unsigned type (a failed check prints it unsigned).
        unsigned: bool,
    },
    /// `dst = s[lo:hi]` / `s[lo:hi:max]` for slices (3 words) or strings (2 words): the
    /// bounds are in `b, b+1 (, b+2)`; see [`SliceKind`].
    SliceExpr {
        dst: Reg,
        s: Reg,
        b: Reg,
        esz: u16,
        kind: SliceKind,
    },

    /// `for i, r := range s` step: decodes the rune of string `s` at byte `i` into
    /// `dst` (the rune) and `dst+1` (its width), with Go's U+FFFD rule for invalid bytes.
    DecodeRune {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `dst = unsafe.Slice(ptr, len)` with `ptr` at `src`, `len` at `src+1` and the element
    /// size `esize`: Go's `unsafeslice` checks, then the slice `(ptr, len, len)`.
    UnsafeSlice {
        dst: Reg,
        src: Reg,
        esize: u32,
    },
    /// `dst = unsafe.String(ptr, len)` with `ptr` at `src`, `len` at `src+1`: Go's
    /// `unsafestring` checks, then the string `(ptr, len)`.
    UnsafeString {
        dst: Reg,
        src: Reg,
    },
    /// `dst = make([]T, len, cap)` with `len` at `n`, `cap` at `n+1`; `lay` is T's layout.
    MakeSlice {
        dst: Reg,
        n: Reg,
        lay: u32,
    },
    /// Makes room for `regs[n]` more elements at the end of slice `s` (growing it as Go's
    /// `growslice` does) and adds them to its length; the compiler then stores them.
    Grow {
        s: Reg,
        n: Reg,
        lay: u32,
    },
    /// `append(s, t...)` in place on `s`; `t` is a slice (or a string for `[]byte`).
    AppendSlice {
        s: Reg,
        t: Reg,
        lay: u32,
    },
    /// `dst = copy(d, s)`; `esz` is the element size, `lay` the element layout.
    Copy {
        dst: Reg,
        d: Reg,
        s: Reg,
        lay: u16,
    },

    /// `dst, dst+1 = any(src)`: an interface holding the value in `src` of run-time type
    /// `ty` (the value itself for pointer-shaped types, else a pointer to a heap copy).
    MakeIface {
        dst: Reg,
        src: Reg,
        ty: u32,
    },
    /// Calls native `Program::natives[id]` with its arguments (and results) at `base`.
    CallNative {
        id: u32,
        base: Reg,
        /// The argument words (for liveness).
        args: u16,
    },

    /// `dst = func value`: a closure object `{func id, captured cell pointers...}` (gc's
    /// `funcval`) with the `n` cell pointers in registers `caps..`.
    MakeClosure {
        dst: Reg,
        func: FuncId,
        caps: Reg,
        n: u16,
    },
    /// `dst = ` captured cell pointer `idx` of the running closure.
    LoadCtx {
        dst: Reg,
        idx: u32,
    },
    /// Calls the func value in `fv` (nil panics as in Go); its frame starts at `base`.
    CallClosure {
        fv: Reg,
        base: Reg,
        /// The argument words (for liveness).
        args: u16,
    },

    /// Calls method `Program::method_names[name]` of the interface value in `iface, iface+1`;
    /// the receiver word goes at `base`, the arguments after it.
    CallIface {
        iface: Reg,
        name: u32,
        base: Reg,
        /// The argument words, the receiver's one included (for liveness).
        args: u16,
    },

    /// `defer f(args)` for a compiled function: records the call with the `n` argument
    /// words at `base` (evaluated now, as Go does), to run when the frame returns or panics.
    DeferCall {
        func: FuncId,
        base: Reg,
        n: u16,
    },
    /// `defer` of a native.
    DeferNative {
        id: u32,
        base: Reg,
        n: u16,
    },
    /// `defer` of a func value (closure) in `fv`.
    DeferClosure {
        fv: Reg,
        base: Reg,
        n: u16,
    },
    /// Runs this frame's pending deferred calls (last first); emitted before every `Ret`
    /// of a function that defers.
    RunDefers,
    /// `panic(v)` with the interface value `v` in `src, src+1`.
    Panic {
        src: Reg,
    },
    /// `dst, dst+1 = recover()`.
    Recover {
        dst: Reg,
    },
    // Channels (runtime::chan) and goroutines. A blocking operation parks the goroutine
    // (no other safepoint): like Go's runtime, a channel operation is never preempted.
    /// `dst = make(chan T, regs[size])`; a value of T is `words` registers.
    MakeChan {
        dst: Reg,
        size: Reg,
        words: u16,
    },
    /// `regs[ch] <- regs[src..src+words]`.
    ChanSend {
        ch: Reg,
        src: Reg,
        words: u16,
    },
    /// `regs[dst..dst+words] = <-regs[ch]`; with `ok`, `regs[dst+words]` = whether a value
    /// was sent.
    ChanRecv {
        dst: Reg,
        ch: Reg,
        words: u16,
        ok: bool,
    },
    /// `close(regs[ch])`.
    ChanClose {
        ch: Reg,
    },
    /// `dst = len(ch)` / `cap(ch)`.
    ChanLen {
        dst: Reg,
        ch: Reg,
    },
    ChanCap {
        dst: Reg,
        ch: Reg,
    },
    /// A `select` statement, described by `Program::selects[sel]`.
    Select {
        sel: u32,
    },
    /// `go f(args)`: a new goroutine calls `func` with the `n` argument words at `base`.
    GoCall {
        func: FuncId,
        base: Reg,
        n: u16,
    },
    /// `go` of a func value.
    GoClosure {
        fv: Reg,
        base: Reg,
        n: u16,
    },
    /// `go x.M(args)` through an interface: the interface is at `base`, `base+1`, the
    /// `n` argument words after it; the method is found now, as Go evaluates it now.
    GoIface {
        base: Reg,
        name: u32,
        n: u16,
    },
    /// `defer x.M(args)` through an interface, laid out as for [`Op::GoIface`].
    DeferIface {
        base: Reg,
        name: u32,
        n: u16,
    },

    /// `dst = ` the number of frames on the goroutine's stack, this one included: the
    /// token a range-over-func loop's body uses to defer on its enclosing function.
    FrameDepth {
        dst: Reg,
    },
    /// Moves the deferred call just recorded to the frame `regs[depth]` (a
    /// [`Op::FrameDepth`] token): `defer` in a range-over-func loop body defers on the
    /// function the loop is in (Go's `deferprocat`).
    DeferAt {
        depth: Reg,
    },
    /// Panics with the runtime error for a range-over-func loop whose iterator misbehaved,
    /// as Go's `panicrangestate`; `state` holds the loop's state (Go's `abi.RF_*`).
    PanicRange {
        state: Reg,
    },

    /// `dst = a == b` for interface values (same dynamic type and equal values; panics
    /// on an uncomparable dynamic type, as Go does).
    IfaceEq {
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    /// String conversions: `[]byte(s)`, `string(b)`, `[]rune(s)`, `string(r []rune)`,
    /// `string(rune)`; `dst` gets a fresh heap copy (as Go copies).
    Convert {
        dst: Reg,
        src: Reg,
        kind: ConvKind,
    },

    // Maps (runtime::hmap). `map` indexes `Program::map_descs`. None polls a safepoint:
    // like Go's runtime, a map operation is never preempted half-way.
    /// `dst = make(map[K]V, hint)`.
    MakeMap {
        dst: Reg,
        hint: Reg,
        map: u16,
    },
    /// `dst = m[key]` (the zero value when absent).
    MapIndex {
        dst: Reg,
        m: Reg,
        key: Reg,
        map: u16,
    },
    /// `dst, ok = m[key]`: the value at `dst`, the bool after it.
    MapIndexOk {
        dst: Reg,
        m: Reg,
        key: Reg,
        map: u16,
    },
    /// `m[key] = val`.
    MapAssign {
        m: Reg,
        key: Reg,
        val: Reg,
        map: u16,
    },
    /// `dst = mapassign(m, key)`: the address of the elem slot for `key` (a new zero
    /// entry if absent), which the code then reads and writes: gc's `m[k] op= v` and
    /// `m[k]++`, which call only mapassign.
    MapAssignSlot {
        dst: Reg,
        m: Reg,
        key: Reg,
        map: u16,
    },
    /// `delete(m, key)`.
    MapDelete {
        m: Reg,
        key: Reg,
        map: u16,
    },
    /// `dst = len(m)`.
    MapLen {
        dst: Reg,
        m: Reg,
    },
    /// `clear(m)`.
    MapClear {
        m: Reg,
        map: u16,
    },
    /// Starts a `range` over `m` (`mapiterinit`): `it+1 .. it+13` get the 12 words of Go's
    /// `hiter` (`Hiter::to_words`), positioned at the first entry, and `it` = 0.
    MapIterInit {
        it: Reg,
        m: Reg,
        map: u16,
    },
    /// One step of the loop: unless `it` is 0 (the first step), advances the iterator
    /// (`mapiternext`, after the previous iteration's body, as Go's loop does); then `it`
    /// = 1 and the key and value at `dst` (value after the key's words), or `it` = 0 at
    /// the end.
    MapIterNext {
        it: Reg,
        dst: Reg,
        map: u16,
    },

    /// `dst = ` the address of the package-level variables' block.
    LoadGlobals {
        dst: Reg,
    },

    /// `dst = src.(T)` for the interface in `src, src+1`, as `Program::asserts[desc]`
    /// describes T. With `ok`, a failure gives the zero value and `false` (after the
    /// value's words) instead of Go's `interface conversion` panic.
    TypeAssert {
        dst: Reg,
        src: Reg,
        desc: u32,
        ok: bool,
    },

    /// `(*[n]T)(s)`: `dst` = the slice's data pointer, after checking `len(s) >= n`
    /// (Go's `cannot convert slice with length ...` panic).
    SliceToArrayPtr {
        dst: Reg,
        s: Reg,
        n: u32,
    },
    /// `dst = min(a, b)` / `max(a, b)` for floats: NaN wins, and -0 < +0 (Go 1.21).
    MinMaxF {
        dst: Reg,
        a: Reg,
        b: Reg,
        max: bool,
    },

    /// Complex multiplication and division on (real, imag) register pairs; division is
    /// Go's `complex128div` (Smith's algorithm with C99's infinity rules). With `f32`,
    /// both parts are rounded to float32 (complex64).
    ComplexMul {
        dst: Reg,
        a: Reg,
        b: Reg,
        f32: bool,
    },
    ComplexDiv {
        dst: Reg,
        a: Reg,
        b: Reg,
        f32: bool,
    },

    /// `clear(s)` for a slice: zeroes its `len` elements of layout `lay`.
    ClearSlice {
        s: Reg,
        lay: u32,
    },

    /// `dst = a <op> imm` for 64-bit integers with a constant right operand (the compiler
    /// never emits a zero divisor here).
    ArithImm {
        dst: Reg,
        a: Reg,
        imm: i32,
        op: ImmOp,
    },
    /// Fused compare-with-constant branches: jump if `a == imm` / `a != imm`.
    JmpEqIImm {
        a: Reg,
        imm: i32,
        off: i32,
    },
    JmpNeIImm {
        a: Reg,
        imm: i32,
        off: i32,
    },

    /// Call a compiled function; its frame starts at `base`.
    Call {
        func: FuncId,
        base: Reg,
    },
    /// Return `n` words starting at `src`.
    Ret {
        src: Reg,
        n: u32,
    },
}

pub use super::mem::MemKind;

/// Where a function's code came from, for tracebacks (`main.f(...)` / `file.go:LINE`).
#[derive(Clone, Debug, Default)]
pub struct DebugInfo {
    /// The name Go prints: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    /// Absolute path of the source file.
    pub file: String,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
}

#[derive(Clone, Debug, Default)]
pub struct Function {
    pub code: Vec<Op>,
    /// Register words the frame needs (parameters included).
    pub nregs: u32,
    /// Words of parameters (the receiver first, for methods).
    pub nparams: u32,
    /// Words of results.
    pub nresults: u32,
    /// Where execution resumes after a deferred call of this function recovered a panic:
    /// an epilogue that runs the remaining deferred calls and returns the named results
    /// (or zero values).
    pub recover_pc: Option<u32>,
    /// One bit per register word: set where the word may hold a heap pointer. The GC scans
    /// exactly these words of a frame (precise roots).
    pub ptr_mask: Vec<u64>,
    pub debug: DebugInfo,
}

/// A whole compiled program.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub funcs: Vec<Function>,
    pub consts: Vec<u64>,
    /// Value layouts referred to by `LoadVal`, `StoreVal`, `New`.
    pub layouts: Vec<super::mem::Layout>,
    /// String literals; the VM places them in the heap before running.
    pub strings: Vec<Vec<u8>>,
    /// Run-time types (interface type words, `%T`, fmt's view of values, panics).
    pub rtypes: super::rtype::TypeTable,
    /// The layout (index into `layouts`) of each run-time type.
    pub rtype_layout: Vec<u32>,
    /// Run-time types of the runtime's own panic values (`runtime.boundsError`, ...),
    /// indexed by [`RuntimeErrorKind`].
    pub runtime_types: Vec<u32>,
    /// The size and pointer mask of the package-level variables' block.
    pub globals_size: u64,
    pub globals_ptrmask: Vec<u64>,
    /// Initialises package-level variables and runs the `init` functions, before `main`.
    pub init: Option<FuncId>,
    /// Type assertion targets (operands of `TypeAssert`).
    pub asserts: Vec<AssertDesc>,
    /// The map types of the program (operands of the map instructions).
    pub map_descs: Vec<MapDesc>,
    /// Method names used by `CallIface`.
    pub method_names: Vec<String>,
    /// The natives the program calls, by `CallNative` index.
    pub natives: Vec<super::natives::NativeImpl>,
    /// The function `main.main`.
    pub main: FuncId,
    /// The `select` statements (operands of `Select`).
    pub selects: Vec<SelectDesc>,
    /// `runtime.runfinq`, the finalizer goroutine's function (when runtime is imported).
    pub runfinq: Option<FuncId>,
    /// Each function's register liveness, computed by the first collection that needs it.
    pub live: Vec<std::sync::OnceLock<super::liveness::Liveness>>,
}

/// A `select` statement: its cases in source order (registers are relative to the frame).
/// The chosen case's index goes to `result` (`cases.len()` for `default`).
#[derive(Clone, Debug, Default)]
pub struct SelectDesc {
    pub cases: Vec<SelectCase>,
    pub has_default: bool,
    pub result: Reg,
}

#[derive(Clone, Debug)]
pub struct SelectCase {
    /// The channel value (evaluated before the select).
    pub ch: Reg,
    pub send: bool,
    /// A send's value, or where a receive puts its value.
    pub val: Reg,
    pub words: u32,
    /// Where a receive puts its `ok`.
    pub ok: Option<Reg>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn ops_are_small() {
        assert!(
            std::mem::size_of::<super::Op>() <= 16,
            "Op grew to {} bytes",
            std::mem::size_of::<super::Op>()
        );
    }
}
