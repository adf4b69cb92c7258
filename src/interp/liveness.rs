//! Register liveness: which pointer registers of a frame may still be read, so that the
//! collector treats only those as roots (Go's stack maps with liveness). An object that
//! a function no longer uses is collectable (and finalizable) while the function is still
//! running, as in Go, and `runtime.KeepAlive(x)` is a use that keeps x alive to that point.
//!
//! A backward dataflow over each function's bytecode: `live_in(i) = uses(i) ∪ (live_out(i)
//! − defs(i))`, `live_out(i) = ∪ live_in(successors)`. It must never miss a register that is
//! read later, so every instruction's `uses` are a superset of what it reads (an
//! instruction reading an unknown number of words — a call — reads everything from its
//! base up) and its `defs` a subset of what it surely overwrites. A recovered panic resumes
//! at the function's epilogue from anywhere, so what the epilogue reads is live everywhere.
//! Computed once per function, on the first collection that needs it.

use super::bytecode::{ConvKind, FuncId, Op, PrintKind, Program, SliceKind};

/// The live pointer registers of a function before each instruction, as bit sets.
#[derive(Clone, Debug, Default)]
pub struct Liveness {
    words: usize,
    bits: Vec<u64>,
    /// Pointer registers live at entry that are not parameters: read on some path before
    /// anything writes them (ambiguously live, as Go calls them). A new frame zeroes them,
    /// as Go's prologue zeroes such stack slots, so that no stale pointer from an earlier
    /// frame is ever a root.
    entry_zero: Box<[u32]>,
}

impl Liveness {
    /// The pointer registers live when the frame resumes at `pc` (or, with `in_call`,
    /// while the call just before `pc` is running: its arguments stay live).
    pub fn at(&self, pc: usize, in_call: bool) -> &[u64] {
        let i = if in_call { pc.saturating_sub(1) } else { pc };
        let n = self.bits.len() / self.words.max(1);
        let i = i.min(n.saturating_sub(1));
        &self.bits[i * self.words..(i + 1) * self.words]
    }
}

struct Sets {
    nregs: usize,
}

impl Sets {
    fn set(&self, v: &mut [u64], r: usize, n: usize) {
        for k in r..(r + n).min(self.nregs) {
            v[k / 64] |= 1 << (k % 64);
        }
    }
}

/// The register words of a value laid out as layout `lay`.
fn lay_words(prog: &Program, lay: u32) -> usize {
    prog.layouts.get(lay as usize).map_or(0, |l| {
        l.moves
            .iter()
            .map(|m| m.reg as usize + 1)
            .max()
            .unwrap_or(0)
    })
}

/// Whether `op` is a call (its frame is inside it while the callee runs).
pub fn is_call(op: &Op) -> bool {
    matches!(
        op,
        Op::Call { .. } | Op::CallClosure { .. } | Op::CallIface { .. } | Op::CallNative { .. }
    )
}

/// Computes the liveness of function `f`.
pub fn compute(prog: &Program, f: FuncId) -> Liveness {
    let func = &prog.funcs[f as usize];
    let nregs = func.nregs as usize;
    let words = nregs.div_ceil(64).max(1);
    let s = Sets { nregs };
    let code = &func.code;
    let n = code.len();
    let all = nregs;
    // uses/defs per instruction.
    let mut uses = vec![0u64; n * words];
    let mut defs = vec![0u64; n * words];
    let mut succ: Vec<[Option<usize>; 2]> = vec![[None, None]; n];
    for (i, op) in code.iter().enumerate() {
        let u = &mut uses[i * words..(i + 1) * words];
        let d = &mut defs[i * words..(i + 1) * words];
        let r = |x: u32| x as usize;
        let use_ = |u: &mut [u64], reg: u32, k: usize| s.set(u, r(reg), k);
        let next = if i + 1 < n { Some(i + 1) } else { None };
        let target = |off: i32| {
            let t = i as i64 + 1 + off as i64;
            (t >= 0 && (t as usize) < n).then_some(t as usize)
        };
        succ[i] = [next, None];
        match *op {
            Op::Nop | Op::PrintByte { .. } | Op::RunDefers => {}
            Op::Mov { dst, src } => {
                s.set(d, r(dst), 1);
                use_(u, src, 1);
            }
            Op::MovN { dst, src, n: k } => {
                s.set(d, r(dst), k as usize);
                use_(u, src, k as usize);
            }
            Op::LoadInt { dst, .. }
            | Op::LoadConst { dst, .. }
            | Op::New { dst, .. }
            | Op::LoadCtx { dst, .. }
            | Op::LoadGlobals { dst }
            | Op::FrameDepth { dst } => s.set(d, r(dst), 1),
            Op::AddI { dst, a, b }
            | Op::SubI { dst, a, b }
            | Op::MulI { dst, a, b }
            | Op::DivI { dst, a, b }
            | Op::RemI { dst, a, b }
            | Op::DivU { dst, a, b }
            | Op::RemU { dst, a, b }
            | Op::AndI { dst, a, b }
            | Op::OrI { dst, a, b }
            | Op::XorI { dst, a, b }
            | Op::AndNotI { dst, a, b }
            | Op::Shl { dst, a, b }
            | Op::ShrI { dst, a, b }
            | Op::ShrU { dst, a, b }
            | Op::AddF { dst, a, b }
            | Op::SubF { dst, a, b }
            | Op::MulF { dst, a, b }
            | Op::DivF { dst, a, b }
            | Op::EqI { dst, a, b }
            | Op::NeI { dst, a, b }
            | Op::LtI { dst, a, b }
            | Op::LeI { dst, a, b }
            | Op::LtU { dst, a, b }
            | Op::LeU { dst, a, b }
            | Op::EqF { dst, a, b }
            | Op::NeF { dst, a, b }
            | Op::LtF { dst, a, b }
            | Op::LeF { dst, a, b }
            | Op::MinMaxF { dst, a, b, .. } => {
                s.set(d, r(dst), 1);
                use_(u, a, 1);
                use_(u, b, 1);
            }
            Op::StrCmp { dst, a, b, .. } | Op::IfaceEq { dst, a, b } => {
                s.set(d, r(dst), 1);
                use_(u, a, 2);
                use_(u, b, 2);
            }
            Op::StrCat { dst, a, b }
            | Op::ComplexMul { dst, a, b, .. }
            | Op::ComplexDiv { dst, a, b, .. } => {
                s.set(d, r(dst), 2);
                use_(u, a, 2);
                use_(u, b, 2);
            }
            Op::AddIImm { dst, a, .. }
            | Op::ArithImm { dst, a, .. }
            | Op::NegI { dst, a }
            | Op::ComI { dst, a }
            | Op::NegF { dst, a }
            | Op::Not { dst, a }
            | Op::IntToF { dst, a }
            | Op::UintToF { dst, a }
            | Op::FToInt { dst, a }
            | Op::FToUint { dst, a }
            | Op::RoundF32 { dst, a } => {
                s.set(d, r(dst), 1);
                use_(u, a, 1);
            }
            Op::Ext { dst, src, .. } => {
                s.set(d, r(dst), 1);
                use_(u, src, 1);
            }
            Op::CheckShift { b } => use_(u, b, 1),
            Op::Jmp { off } => succ[i] = [target(off), None],
            Op::JmpIf { cond, off } | Op::JmpIfNot { cond, off } => {
                use_(u, cond, 1);
                succ[i] = [next, target(off)];
            }
            Op::JmpLtI { a, b, off } | Op::JmpGeI { a, b, off } => {
                use_(u, a, 1);
                use_(u, b, 1);
                succ[i] = [next, target(off)];
            }
            Op::JmpLtIImm { a, off, .. }
            | Op::JmpGeIImm { a, off, .. }
            | Op::JmpEqIImm { a, off, .. }
            | Op::JmpNeIImm { a, off, .. } => {
                use_(u, a, 1);
                succ[i] = [next, target(off)];
            }
            Op::Print { src, kind } => {
                let k = match kind {
                    PrintKind::Complex | PrintKind::String | PrintKind::Iface => 2,
                    PrintKind::Slice => 3,
                    _ => 1,
                };
                use_(u, src, k);
            }
            Op::Load { dst, ptr, .. } => {
                s.set(d, r(dst), 1);
                use_(u, ptr, 1);
            }
            Op::Store { ptr, src, .. } => {
                use_(u, ptr, 1);
                use_(u, src, 1);
            }
            Op::LoadVal { dst, ptr, lay } => {
                s.set(d, r(dst), lay_words(prog, lay));
                use_(u, ptr, 1);
            }
            Op::StoreVal { ptr, src, lay } => {
                use_(u, ptr, 1);
                use_(u, src, lay_words(prog, lay));
            }
            Op::LoadStr { dst, .. } => s.set(d, r(dst), 2),
            Op::IndexAddr {
                dst, s: sl, i: ix, ..
            } => {
                s.set(d, r(dst), 1);
                use_(u, sl, 2);
                use_(u, ix, 1);
            }
            Op::SliceExpr {
                dst,
                s: sl,
                b,
                kind,
                ..
            } => {
                let out = if kind == SliceKind::String { 2 } else { 3 };
                s.set(d, r(dst), out);
                use_(u, sl, 3);
                use_(u, b, 3);
            }
            Op::DecodeRune { dst, s: st, i: ix } => {
                s.set(d, r(dst), 2);
                use_(u, st, 2);
                use_(u, ix, 1);
            }
            Op::MakeSlice { dst, n: nn, .. } => {
                s.set(d, r(dst), 3);
                use_(u, nn, 2);
            }
            Op::Grow { s: sl, n: nn, .. } => {
                use_(u, sl, 3);
                use_(u, nn, 1);
            }
            Op::AppendSlice { s: sl, t, .. } => {
                use_(u, sl, 3);
                use_(u, t, 3);
            }
            Op::Copy {
                dst, d: dd, s: ss, ..
            } => {
                s.set(d, r(dst), 1);
                use_(u, dd, 3);
                use_(u, ss, 3);
            }
            Op::MakeIface { dst, src, ty } => {
                let k = prog
                    .rtype_layout
                    .get(ty as usize)
                    .map_or(all, |&l| lay_words(prog, l));
                s.set(d, r(dst), 2);
                use_(u, src, k);
            }
            Op::Convert { dst, src, kind } => {
                let out = match kind {
                    ConvKind::StrToBytes | ConvKind::ConstStrToBytes | ConvKind::StrToRunes => 3,
                    ConvKind::BytesToStr | ConvKind::RunesToStr => 2,
                    ConvKind::IntToStr | ConvKind::UintToStr => 2,
                };
                s.set(d, r(dst), out);
                use_(u, src, 3);
            }
            // A call reads its arguments and leaves its results at its base; the callee's
            // frame (or a native's results) overwrites the whole call area, so everything
            // from the base up is defined by the call: nothing there is live across it, and
            // a later read of a result does not make its register live before the call.
            Op::Call { func, base } => {
                let k = prog
                    .funcs
                    .get(func as usize)
                    .map_or(all, |f| f.nparams as usize);
                s.set(d, r(base), all);
                use_(u, base, k);
            }
            Op::CallNative { base, args, .. } => {
                s.set(d, r(base), all);
                use_(u, base, args as usize);
            }
            Op::CallClosure { fv, base, args } => {
                s.set(d, r(base), all);
                use_(u, fv, 1);
                use_(u, base, args as usize);
            }
            Op::CallIface {
                iface, base, args, ..
            } => {
                s.set(d, r(base), all);
                use_(u, iface, 2);
                use_(u, base, args as usize);
            }
            Op::MakeClosure {
                dst, caps, n: k, ..
            } => {
                s.set(d, r(dst), 1);
                use_(u, caps, k as usize);
            }
            Op::DeferCall { base, n: k, .. } | Op::DeferNative { base, n: k, .. } => {
                use_(u, base, k as usize)
            }
            Op::DeferClosure { fv, base, n: k } | Op::GoClosure { fv, base, n: k } => {
                use_(u, fv, 1);
                use_(u, base, k as usize);
            }
            Op::GoCall { base, n: k, .. } => use_(u, base, k as usize),
            Op::GoIface { base, n: k, .. } | Op::DeferIface { base, n: k, .. } => {
                use_(u, base, k as usize + 2)
            }
            Op::Panic { src } => {
                use_(u, src, 2);
                succ[i] = [None, None];
            }
            Op::PanicRange { state } => {
                use_(u, state, 1);
                succ[i] = [None, None];
            }
            Op::Recover { dst } => s.set(d, r(dst), 2),
            Op::DeferAt { depth } => use_(u, depth, 1),
            Op::MakeChan { dst, size, .. } => {
                s.set(d, r(dst), 1);
                use_(u, size, 1);
            }
            Op::ChanSend { ch, src, words: k } => {
                use_(u, ch, 1);
                use_(u, src, k as usize);
            }
            Op::ChanRecv {
                dst,
                ch,
                words: k,
                ok,
            } => {
                s.set(d, r(dst), k as usize + ok as usize);
                use_(u, ch, 1);
            }
            Op::ChanClose { ch } => use_(u, ch, 1),
            Op::ChanLen { dst, ch } | Op::ChanCap { dst, ch } => {
                s.set(d, r(dst), 1);
                use_(u, ch, 1);
            }
            Op::Select { sel } => {
                if let Some(desc) = prog.selects.get(sel as usize) {
                    s.set(d, r(desc.result), 1);
                    for c in &desc.cases {
                        use_(u, c.ch, 1);
                        if c.send {
                            use_(u, c.val, c.words as usize);
                        }
                    }
                } else {
                    use_(u, 0, all);
                }
            }
            Op::MakeMap { dst, hint, .. } => {
                s.set(d, r(dst), 1);
                use_(u, hint, 1);
            }
            Op::MapIndex { dst, m, key, map } | Op::MapIndexOk { dst, m, key, map } => {
                let md = &prog.map_descs[map as usize];
                let ew = lay_words(prog, md.elem_lay);
                let ok = matches!(op, Op::MapIndexOk { .. }) as usize;
                s.set(d, r(dst), ew + ok);
                use_(u, m, 1);
                use_(u, key, lay_words(prog, md.key_lay));
            }
            Op::MapAssign { m, key, val, map } => {
                let md = &prog.map_descs[map as usize];
                use_(u, m, 1);
                use_(u, key, lay_words(prog, md.key_lay));
                use_(u, val, lay_words(prog, md.elem_lay));
            }
            Op::MapDelete { m, key, map } => {
                let md = &prog.map_descs[map as usize];
                use_(u, m, 1);
                use_(u, key, lay_words(prog, md.key_lay));
            }
            Op::MapLen { dst, m } => {
                s.set(d, r(dst), 1);
                use_(u, m, 1);
            }
            Op::MapClear { m, .. } => use_(u, m, 1),
            // The iterator is `it` and the 12 words of Go's `hiter` after it (pointers
            // into the map among them): set by the init, read and rewritten by each step.
            Op::MapIterInit { it, m, .. } => {
                s.set(d, r(it), 13);
                use_(u, m, 1);
            }
            Op::MapIterNext { it, .. } => use_(u, it, 13),
            Op::TypeAssert { src, .. } => use_(u, src, 2),
            Op::MapAssignSlot { dst, m, key, map } => {
                let md = &prog.map_descs[map as usize];
                s.set(d, r(dst), 1);
                use_(u, m, 1);
                use_(u, key, lay_words(prog, md.key_lay));
            }
            Op::UnsafeSlice { dst, src, .. } => {
                s.set(d, r(dst), 3);
                use_(u, src, 2);
            }
            Op::UnsafeString { dst, src } => {
                s.set(d, r(dst), 2);
                use_(u, src, 2);
            }
            Op::SliceToArrayPtr { dst, s: sl, .. } => {
                s.set(d, r(dst), 1);
                use_(u, sl, 3);
            }
            Op::ClearSlice { s: sl, .. } => use_(u, sl, 3),
            Op::Ret { src, n: k } => {
                use_(u, src, k as usize);
                succ[i] = [None, None];
            }
        }
    }
    // Backward fixed point.
    let mut live = vec![0u64; n * words];
    let epilogue = func.recover_pc.map(|p| p as usize).filter(|&p| p < n);
    let mut changed = true;
    let mut out = vec![0u64; words];
    while changed {
        changed = false;
        for i in (0..n).rev() {
            out.iter_mut().for_each(|w| *w = 0);
            for t in succ[i].iter().flatten() {
                for k in 0..words {
                    out[k] |= live[t * words + k];
                }
            }
            if let Some(e) = epilogue {
                for k in 0..words {
                    out[k] |= live[e * words + k];
                }
            }
            for k in 0..words {
                let v = uses[i * words + k] | (out[k] & !defs[i * words + k]);
                if v != live[i * words + k] {
                    live[i * words + k] = v;
                    changed = true;
                }
            }
        }
    }
    // Only pointer registers matter to the collector.
    for i in 0..n {
        for k in 0..words {
            live[i * words + k] &= func.ptr_mask.get(k).copied().unwrap_or(0);
        }
    }
    let mut entry_zero = Vec::new();
    if n > 0 {
        for r in func.nparams as usize..nregs {
            if live[r / 64] >> (r % 64) & 1 == 1 {
                entry_zero.push(r as u32);
            }
        }
    }
    Liveness {
        words,
        bits: live,
        entry_zero: entry_zero.into_boxed_slice(),
    }
}

/// Zeroes the ambiguously live registers of a frame of `f` that starts at `base` (see
/// [`Liveness`]); computes the function's liveness on first use.
#[inline]
pub fn zero_entry(prog: &Program, f: FuncId, regs: &mut [u64], base: usize) {
    let Some(cell) = prog.live.get(f as usize) else {
        return;
    };
    let lv = cell.get_or_init(|| compute(prog, f));
    for &r in lv.entry_zero.iter() {
        if let Some(w) = regs.get_mut(base + r as usize) {
            *w = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::bytecode::{Function, Op::*};

    fn program(funcs: Vec<Function>) -> Program {
        let live = funcs.iter().map(|_| std::sync::OnceLock::new()).collect();
        Program {
            funcs,
            live,
            ..Default::default()
        }
    }

    fn live_at(l: &Liveness, pc: usize) -> Vec<usize> {
        let bits = l.at(pc, false);
        (0..bits.len() * 64)
            .filter(|&r| bits[r / 64] >> (r % 64) & 1 == 1)
            .collect()
    }

    /// A call's result is written by the call: reading it afterwards does not make its
    /// register live before the call (it would hold a stale pointer there).
    #[test]
    fn call_results_are_not_live_before_the_call() {
        let caller = Function {
            code: vec![
                Call { func: 1, base: 2 },
                Mov { dst: 0, src: 2 },
                Ret { src: 0, n: 1 },
            ],
            nregs: 4,
            ptr_mask: vec![0b1111],
            ..Default::default()
        };
        let callee = Function {
            code: vec![LoadInt { dst: 0, imm: 0 }, Ret { src: 0, n: 1 }],
            nregs: 1,
            nresults: 1,
            ..Default::default()
        };
        let prog = program(vec![caller, callee]);
        let l = compute(&prog, 0);
        assert_eq!(live_at(&l, 0), Vec::<usize>::new());
        assert_eq!(live_at(&l, 1), vec![2]);
        assert!(l.entry_zero.is_empty());
    }

    /// A register some path reads before any write is zeroed by a new frame (Go's
    /// prologue zeroing of ambiguously live slots); parameters are not.
    #[test]
    fn read_before_write_is_zeroed_at_entry() {
        let f = Function {
            code: vec![
                JmpIfNot { cond: 0, off: 1 },
                Mov { dst: 1, src: 0 },
                Mov { dst: 2, src: 1 },
                Ret { src: 2, n: 1 },
            ],
            nregs: 3,
            nparams: 1,
            ptr_mask: vec![0b111],
            ..Default::default()
        };
        let prog = program(vec![f]);
        let l = compute(&prog, 0);
        assert_eq!(&*l.entry_zero, &[1]);
        let mut regs = vec![7, 0xc000001000, 9];
        zero_entry(&prog, 0, &mut regs, 0);
        assert_eq!(regs, vec![7, 0, 9]);
    }
}
