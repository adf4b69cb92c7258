//! Emission helpers for the compiler: register allocation, labels and jump patching,
//! line tables, and the frame's pointer mask.
//!
//! Registers are allocated like a stack: locals stay for their scope, temporaries are
//! released with [`FuncBuilder::release_to`]. A register word's pointer-ness never changes
//! once assigned: a released word is only reused for a word of the same kind (pointer or
//! scalar), so the function's single pointer mask is exact about which words may hold
//! pointers. (Liveness at each safepoint, which the finalizer lessons need, refines this
//! later by clearing dead pointer registers.)

use super::bytecode::{DebugInfo, Function, Op, Reg};

/// What one register word may hold, for the GC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    Scalar,
    Pointer,
}

/// A jump target, bound once with [`FuncBuilder::bind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

pub struct FuncBuilder {
    pub code: Vec<Op>,
    lines: Vec<u32>,
    /// Kind of every register word allocated so far; `kinds.len()` is the frame size.
    kinds: Vec<WordKind>,
    /// First free word (words at or above it may be reused when kinds match).
    top: u32,
    labels: Vec<Option<u32>>,
    /// (instruction index, label) pairs to patch when the label is bound.
    fixups: Vec<(usize, Label)>,
    line: u32,
    /// The epilogue a recovered panic resumes at (`Function::recover_pc`).
    pub recover: Option<Label>,
    /// Registers known to hold a value the compiler may reuse instead of computing it
    /// again (the address of a captured variable's cell), by key. An entry lives while
    /// its register is allocated and no label has been bound since it was made: a
    /// label is a point other paths can reach without having set the register.
    memo: Vec<(u64, Reg)>,
}

impl Default for FuncBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl FuncBuilder {
    pub fn new() -> FuncBuilder {
        FuncBuilder {
            code: Vec::new(),
            lines: Vec::new(),
            kinds: Vec::new(),
            top: 0,
            labels: Vec::new(),
            fixups: Vec::new(),
            line: 0,
            recover: None,
            memo: Vec::new(),
        }
    }

    /// The register remembered under `key`, if it still holds the value.
    pub fn memo_get(&self, key: u64) -> Option<Reg> {
        self.memo.iter().find(|(k, _)| *k == key).map(|&(_, r)| r)
    }

    /// Remembers that register `r` (allocated, and written only by the code just
    /// emitted) holds the value of `key`.
    pub fn memo_put(&mut self, key: u64, r: Reg) {
        self.memo.retain(|(k, _)| *k != key);
        self.memo.push((key, r));
    }

    /// Sets the source line recorded for the instructions emitted next.
    pub fn set_line(&mut self, line: u32) {
        self.line = line;
    }

    /// Allocates consecutive words with the given kinds and returns the first.
    ///
    /// A word above `top` is reused only if its kind matches; otherwise allocation moves
    /// past it (leaving a hole until the frame shrinks back below it).
    pub fn alloc(&mut self, kinds: &[WordKind]) -> Reg {
        let mut start = self.top as usize;
        'search: loop {
            for (i, k) in kinds.iter().enumerate() {
                match self.kinds.get(start + i) {
                    Some(existing) if existing != k => {
                        start += i + 1;
                        continue 'search;
                    }
                    _ => {}
                }
            }
            break;
        }
        for (i, k) in kinds.iter().enumerate() {
            if start + i >= self.kinds.len() {
                self.kinds.push(*k);
            }
        }
        self.top = (start + kinds.len()) as u32;
        start as Reg
    }

    /// The current allocation mark, for [`FuncBuilder::release_to`].
    pub fn mark(&self) -> u32 {
        self.top
    }

    /// Releases every register allocated after `mark`.
    pub fn release_to(&mut self, mark: u32) {
        debug_assert!(mark <= self.top);
        self.top = mark;
        self.memo.retain(|&(_, r)| r < mark);
    }

    pub fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `l` to the next instruction.
    pub fn bind(&mut self, l: Label) {
        debug_assert!(self.labels[l.0 as usize].is_none(), "label bound twice");
        self.labels[l.0 as usize] = Some(self.code.len() as u32);
        self.memo.clear();
    }

    /// Emits a jump-like instruction whose `off` field targets `l`; `make` builds the op
    /// from an offset.
    pub fn emit_jump(&mut self, l: Label, make: impl Fn(i32) -> Op) -> usize {
        let at = self.emit(make(0));
        self.fixups.push((at, l));
        at
    }

    fn patch(op: &mut Op, off: i32) {
        match op {
            Op::Jmp { off: o }
            | Op::JmpIf { off: o, .. }
            | Op::JmpIfNot { off: o, .. }
            | Op::JmpLtI { off: o, .. }
            | Op::JmpGeI { off: o, .. }
            | Op::JmpLtIImm { off: o, .. }
            | Op::JmpGeIImm { off: o, .. }
            | Op::JmpEqIImm { off: o, .. }
            | Op::JmpNeIImm { off: o, .. } => *o = off,
            other => panic!("patching a non-jump instruction {other:?}"),
        }
    }

    /// Resolves jumps and produces the function.
    pub fn finish(mut self, nparams: u32, nresults: u32, debug: DebugInfo) -> Function {
        for (at, l) in std::mem::take(&mut self.fixups) {
            let target = self.labels[l.0 as usize].expect("jump to an unbound label");
            let off = target as i64 - (at as i64 + 1);
            Self::patch(&mut self.code[at], off as i32);
        }
        let nregs = self.kinds.len() as u32;
        let mut ptr_mask = vec![0u64; (self.kinds.len() + 63) / 64];
        for (i, k) in self.kinds.iter().enumerate() {
            if *k == WordKind::Pointer {
                ptr_mask[i / 64] |= 1 << (i % 64);
            }
        }
        Function {
            code: self.code,
            nregs,
            nparams,
            nresults,
            ptr_mask,
            debug: DebugInfo {
                lines: self.lines,
                ..debug
            },
            recover_pc: self.recover.and_then(|l| self.labels[l.0 as usize]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use WordKind::*;

    #[test]
    fn reuse_only_matching_kinds() {
        let mut b = FuncBuilder::new();
        let a = b.alloc(&[Scalar]);
        let m = b.mark();
        let s = b.alloc(&[Pointer, Scalar]); // a string
        assert_eq!((a, s), (0, 1));
        b.release_to(m);
        // A scalar cannot reuse word 1 (a pointer word) but can reuse word 2.
        let x = b.alloc(&[Scalar]);
        assert_eq!(x, 2);
        b.release_to(m);
        let p = b.alloc(&[Pointer]);
        assert_eq!(p, 1);
        let f = b.finish(0, 0, DebugInfo::default());
        assert_eq!(f.nregs, 3);
        assert_eq!(f.ptr_mask, vec![0b010]);
    }

    #[test]
    fn jumps_are_patched_relative_to_the_next_instruction() {
        let mut b = FuncBuilder::new();
        let top = b.new_label();
        let end = b.new_label();
        b.bind(top);
        b.emit_jump(end, |off| Op::JmpIfNot { cond: 0, off });
        b.emit(Op::Nop);
        b.emit_jump(top, |off| Op::Jmp { off });
        b.bind(end);
        let f = b.finish(0, 0, DebugInfo::default());
        assert_eq!(f.code[0], Op::JmpIfNot { cond: 0, off: 2 });
        assert_eq!(f.code[2], Op::Jmp { off: -3 });
    }
}
