//! The compiler: checked AST → register bytecode ([`super::bytecode`]).
//!
//! It talks to the checker only through [`facts::Facts`], and describes types for code
//! generation with [`ctypes::CTypes`] (register words, heap layout, pointer masks).
//! [`compile_program`] assigns every declared function an index, compiles each body with
//! [`func::FnCompiler`], and names the result after `main.main`.

pub mod adapter;
pub mod ctypes;
pub mod facts;
pub mod func;

use super::bytecode::{DebugInfo, FuncId, Function, Op, Program};
use crate::diag::Diagnostic;
use crate::fxhash::HashMap;
use crate::source::{FileId, SourceMap, Span};
use crate::syntax::ast;
use ctypes::TyId;
use facts::{Facts, ObjId};
use std::cell::RefCell;

/// What a generated wrapper function calls.
#[derive(Clone, Copy, Debug)]
pub enum WrapTarget {
    Func(FuncId),
    Native(u32),
    /// A method (by `CallIface` name index) of the interface value held in the cell.
    Iface(u32),
}

/// A construct the compiler cannot translate (yet): reported like a compile error.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub file: FileId,
    pub span: Span,
    pub msg: String,
}

impl CompileError {
    pub fn into_diagnostic(self) -> Diagnostic {
        Diagnostic::new(self.file, self.span, self.msg)
    }
}

/// What every function body needs to know about the others.
#[derive(Default)]
pub struct FuncTable {
    /// Declared function object → its index in the program.
    pub by_obj: HashMap<ObjId, FuncId>,
    /// Package-level variables: their offset in the globals block and their type.
    pub globals: HashMap<ObjId, (u32, TyId)>,
    /// Bodiless functions of the standard packages: their qualified names, for natives.
    pub native_names: HashMap<ObjId, String>,
    consts: RefCell<Vec<u64>>,
    strings: RefCell<Vec<Vec<u8>>>,
    layouts: RefCell<(Vec<crate::interp::mem::Layout>, HashMap<TyId, u32>)>,
    rtypes: RefCell<RTypes>,
    method_names: RefCell<Vec<String>>,
    asserts: RefCell<Vec<crate::interp::bytecode::AssertDesc>>,
    map_descs: RefCell<(Vec<crate::interp::bytecode::MapDesc>, HashMap<TyId, u16>)>,
    /// Functions compiled from function literals, numbered after the declared ones.
    extra: RefCell<Vec<Function>>,
    ndeclared: std::cell::Cell<u32>,
    /// The program's `select` statements.
    selects: RefCell<Vec<crate::interp::bytecode::SelectDesc>>,
    /// Natives called by the program, with their qualified names.
    natives: RefCell<(Vec<crate::interp::natives::NativeImpl>, Vec<String>)>,
}

/// The run-time types registered so far.
#[derive(Default)]
struct RTypes {
    table: crate::interp::rtype::TypeTable,
    layout: Vec<u32>,
    by_ty: HashMap<TyId, u32>,
}

impl FuncTable {
    /// Interns a string literal; returns its index in `Program::strings`.
    pub fn string(&self, b: &[u8]) -> u32 {
        let mut c = self.strings.borrow_mut();
        if let Some(i) = c.iter().position(|x| x == b) {
            return i as u32;
        }
        c.push(b.to_vec());
        c.len() as u32 - 1
    }

    /// Adds a compiled function literal; returns its id.
    pub fn add_extra(&self, f: Function) -> FuncId {
        let mut e = self.extra.borrow_mut();
        e.push(f);
        self.ndeclared.get() + e.len() as u32 - 1
    }

    /// The index of map type `t`'s descriptor.
    pub fn map_desc(&self, facts: &dyn Facts, t: TyId) -> u16 {
        if let Some(&i) = self.map_descs.borrow().1.get(&t) {
            return i;
        }
        let ctypes::Shape::Map { key, elem } = facts.types().shape(t).clone() else {
            panic!("map_desc of a non-map type")
        };
        let map = self.rtype(facts, t);
        let (k, e) = (self.rtype(facts, key), self.rtype(facts, elem));
        let (key_lay, elem_lay) = (
            self.layout(facts.types(), key),
            self.layout(facts.types(), elem),
        );
        let mut d = self.map_descs.borrow_mut();
        let i = d.0.len() as u16;
        d.0.push(crate::interp::bytecode::MapDesc {
            map,
            key: k,
            elem: e,
            key_lay,
            elem_lay,
        });
        d.1.insert(t, i);
        i
    }

    /// A type assertion from a value of static type `src` to `target`.
    pub fn assert_desc(&self, facts: &dyn Facts, src: TyId, target: TyId) -> u32 {
        let types = facts.types();
        let rt = self.rtype(facts, target);
        let iface_methods = match types.shape(target) {
            ctypes::Shape::Interface(ms) => Some(ms.clone()),
            _ => None,
        };
        let d = crate::interp::bytecode::AssertDesc {
            target: rt,
            iface_methods,
            lay: self.layout(types, target),
            words: types.get(target).words.len() as u32,
            src_name: types.get(src).string.clone(),
        };
        let mut a = self.asserts.borrow_mut();
        a.push(d);
        a.len() as u32 - 1
    }

    /// Interns a method name for `CallIface`.
    pub fn method_name(&self, name: &str) -> u32 {
        let mut n = self.method_names.borrow_mut();
        if let Some(i) = n.iter().position(|x| x == name) {
            return i as u32;
        }
        n.push(name.to_string());
        n.len() as u32 - 1
    }

    /// A function value for native `id`: a function that takes the native's `np`
    /// argument words and returns its `nr` result words.
    pub fn native_wrapper(&self, id: u32, np: u32, nr: u32) -> FuncId {
        use crate::interp::bytecode::Op;
        let f = Function {
            code: vec![
                Op::CallNative {
                    id,
                    base: 0,
                    args: np as u16,
                },
                Op::Ret { src: 0, n: nr },
            ],
            nregs: np.max(nr).max(16),
            nparams: np,
            nresults: nr,
            ptr_mask: vec![u64::MAX],
            debug: DebugInfo {
                name: "native".into(),
                file: String::new(),
                lines: vec![0, 0],
            },
            recover_pc: None,
        };
        self.add_extra(f)
    }

    /// The code of a method value: loads the receiver from the closure's cell (layout
    /// `lay`, `rw` register words), then calls the method with it and the `np` argument
    /// words, returning its `nr` result words.
    pub fn method_wrapper(
        &self,
        target: WrapTarget,
        lay: u32,
        rw: u32,
        np: u32,
        nr: u32,
    ) -> FuncId {
        use crate::interp::bytecode::Op;
        let cellr = np;
        // For an interface: the interface value, then a one-word receiver slot.
        let (val, area) = match target {
            WrapTarget::Iface(_) => (np + 1, np + 1 + rw),
            _ => (np + 1, np + 1),
        };
        let recv_words = if matches!(target, WrapTarget::Iface(_)) {
            1
        } else {
            rw
        };
        let mut code = vec![Op::LoadCtx { dst: cellr, idx: 0 }];
        if rw > 0 {
            code.push(Op::LoadVal {
                dst: val,
                ptr: cellr,
                lay,
            });
        }
        if np > 0 {
            code.push(Op::MovN {
                dst: area + recv_words,
                src: 0,
                n: np,
            });
        }
        code.push(match target {
            WrapTarget::Func(func) => Op::Call { func, base: area },
            WrapTarget::Native(id) => Op::CallNative {
                id,
                base: area,
                args: (recv_words + np) as u16,
            },
            WrapTarget::Iface(name) => Op::CallIface {
                iface: val,
                name,
                base: area,
                args: (recv_words + np) as u16,
            },
        });
        code.push(Op::Ret { src: area, n: nr });
        let n = code.len();
        let f = Function {
            code,
            nregs: area + recv_words + np.max(nr) + 16,
            nparams: np,
            nresults: nr,
            ptr_mask: vec![u64::MAX; 4],
            debug: DebugInfo {
                name: "method value".into(),
                file: String::new(),
                lines: vec![0; n],
            },
            recover_pc: None,
        };
        self.add_extra(f)
    }

    /// The code of a promoted method of type `t`: takes the receiver as a method table
    /// passes it (a pointer for pointer-shaped `t`, else the value's words) and the
    /// method's arguments, walks `m.path` through the embedded fields, and calls the
    /// method of the embedded value (directly, or through an embedded interface).
    fn promoted_wrapper(
        &self,
        facts: &dyn Facts,
        t: TyId,
        m: &facts::MethodInfo,
    ) -> Option<FuncId> {
        use crate::interp::bytecode::Op;
        use crate::interp::emit::{FuncBuilder, WordKind};
        use ctypes::Shape;
        let types = facts.types();
        let Shape::Func(sig) = types.shape(facts.obj(m.func).ty).clone() else {
            return None;
        };
        let words = |t: TyId| types.get(t).words.len() as u32;
        let np: u32 = sig.params.iter().map(|p| words(*p)).sum();
        let nr: u32 = sig.results.iter().map(|p| words(*p)).sum();
        let (recv_ptr, s_ty) = match types.shape(t) {
            Shape::Pointer(e) => (true, *e),
            _ => (false, t),
        };
        let rw = if recv_ptr { 1 } else { words(t) };
        let mut b = FuncBuilder::new();
        let any = |n: u32| vec![WordKind::Pointer; n as usize];
        b.alloc(&any(rw));
        b.alloc(&any(np));
        #[derive(Clone, Copy)]
        enum P {
            Reg(u32),
            Mem(u32, u32),
        }
        let mut place = if recv_ptr { P::Mem(0, 0) } else { P::Reg(0) };
        let mut cur = s_ty;
        // Loads the pointer held at `place` into a register.
        let load_ptr = |b: &mut FuncBuilder, place: P| -> u32 {
            match place {
                P::Reg(r) => r,
                P::Mem(p, off) => {
                    let d = b.alloc(&[WordKind::Pointer]);
                    b.emit(Op::Load {
                        dst: d,
                        ptr: p,
                        off,
                        kind: crate::interp::mem::MemKind::Ptr,
                    });
                    d
                }
            }
        };
        for &fi in &m.path {
            if let Shape::Pointer(e) = types.shape(cur).clone() {
                let p = load_ptr(&mut b, place);
                place = P::Mem(p, 0);
                cur = e;
            }
            let Shape::Struct(fields) = types.shape(cur).clone() else {
                return None;
            };
            let wordoff: u32 = fields[..fi].iter().map(|f| words(f.ty)).sum();
            let byteoff = types.get(cur).offsets[fi] as u32;
            place = match place {
                P::Reg(r) => P::Reg(r + wordoff),
                P::Mem(p, off) => P::Mem(p, off + byteoff),
            };
            cur = fields[fi].ty;
        }
        // The value (or pointer) that has the method, as the method's receiver.
        let cur_is_ptr = matches!(types.shape(cur), Shape::Pointer(_));
        let value_at = |b: &mut FuncBuilder, place: P, ty: TyId| -> u32 {
            let n = words(ty);
            match place {
                P::Reg(r) => r,
                P::Mem(p, off) => {
                    let d = b.alloc(&any(n.max(1)));
                    let pa = if off == 0 {
                        p
                    } else {
                        let a = b.alloc(&[WordKind::Pointer]);
                        b.emit(Op::AddIImm {
                            dst: a,
                            a: p,
                            imm: off as i32,
                        });
                        a
                    };
                    b.emit(Op::LoadVal {
                        dst: d,
                        ptr: pa,
                        lay: self.layout(types, ty),
                    });
                    d
                }
            }
        };
        let (recv, recv_words, call): (u32, u32, Op) = match m.target {
            facts::MethodTarget::Iface => {
                let iv = value_at(&mut b, place, cur);
                let name = self.method_name(&m.name);
                (
                    iv,
                    1,
                    Op::CallIface {
                        iface: iv,
                        name,
                        base: 0,
                        args: 0,
                    },
                )
            }
            facts::MethodTarget::Direct => {
                let func = match (self.by_obj.get(&m.func), self.native_names.get(&m.func)) {
                    (Some(f), _) => Op::Call { func: *f, base: 0 },
                    (None, Some(q)) => Op::CallNative {
                        id: self.native(q)?,
                        base: 0,
                        args: 0,
                    },
                    _ => return None,
                };
                if m.ptr_recv {
                    let p = if cur_is_ptr {
                        load_ptr(&mut b, place)
                    } else {
                        match place {
                            P::Mem(p, 0) => p,
                            P::Mem(p, off) => {
                                let a = b.alloc(&[WordKind::Pointer]);
                                b.emit(Op::AddIImm {
                                    dst: a,
                                    a: p,
                                    imm: off as i32,
                                });
                                a
                            }
                            P::Reg(_) => return None,
                        }
                    };
                    (p, 1, func)
                } else if cur_is_ptr {
                    let p = load_ptr(&mut b, place);
                    let Shape::Pointer(e) = types.shape(cur).clone() else {
                        return None;
                    };
                    (value_at(&mut b, P::Mem(p, 0), e), words(e), func)
                } else {
                    (value_at(&mut b, place, cur), words(cur), func)
                }
            }
        };
        // The call area: receiver (for an interface call, a slot the VM fills), arguments.
        let area = b.alloc(&any(recv_words + np.max(nr) + 1));
        if !matches!(m.target, facts::MethodTarget::Iface) && recv_words > 0 {
            b.emit(Op::MovN {
                dst: area,
                src: recv,
                n: recv_words,
            });
        }
        if np > 0 {
            b.emit(Op::MovN {
                dst: area + recv_words,
                src: rw,
                n: np,
            });
        }
        b.emit(match call {
            Op::Call { func, .. } => Op::Call { func, base: area },
            Op::CallNative { id, .. } => Op::CallNative {
                id,
                base: area,
                args: (recv_words + np) as u16,
            },
            Op::CallIface { iface, name, .. } => Op::CallIface {
                iface,
                name,
                base: area,
                args: (recv_words + np) as u16,
            },
            other => other,
        });
        b.emit(Op::Ret { src: area, n: nr });
        let f = b.finish(
            rw + np,
            nr,
            DebugInfo {
                name: format!("promoted {}", m.name),
                file: String::new(),
                lines: Vec::new(),
            },
        );
        Some(self.add_extra(f))
    }

    /// `(*T).M` for a value method: takes the pointer (1 word) and `np - 1` argument words,
    /// loads `*p` (layout `lay`, `rw` words) and calls `func` with it.
    pub fn deref_wrapper(&self, func: FuncId, lay: u32, rw: u32, np: u32, nr: u32) -> FuncId {
        use crate::interp::bytecode::Op;
        let area = np;
        let mut code = vec![Op::LoadVal {
            dst: area,
            ptr: 0,
            lay,
        }];
        if np > 1 {
            code.push(Op::MovN {
                dst: area + rw,
                src: 1,
                n: np - 1,
            });
        }
        code.push(Op::Call { func, base: area });
        code.push(Op::Ret { src: area, n: nr });
        let n = code.len();
        self.add_extra(Function {
            code,
            nregs: area + rw + np.max(nr) + 16,
            nparams: np,
            nresults: nr,
            ptr_mask: vec![u64::MAX; 4],
            debug: DebugInfo {
                name: "method expression".into(),
                file: String::new(),
                lines: vec![0; n],
            },
            recover_pc: None,
        })
    }

    /// Some pointer type, for the layout of a cell holding one pointer.
    pub fn pointer_layout_ty(&self, facts: &dyn Facts) -> TyId {
        let types = facts.types();
        (0..types.types.len() as TyId)
            .find(|t| {
                matches!(
                    types.shape(*t),
                    ctypes::Shape::Pointer(_) | ctypes::Shape::UnsafePointer
                )
            })
            .unwrap_or(0)
    }

    /// The index of the native implementing `qualified` (`fmt.Println`), if there is one.
    pub fn native(&self, qualified: &str) -> Option<u32> {
        let mut n = self.natives.borrow_mut();
        if let Some(i) = n.1.iter().position(|q| q == qualified) {
            return Some(i as u32);
        }
        let f = crate::interp::natives::lookup(qualified)?;
        n.0.push(f);
        n.1.push(qualified.to_string());
        Some(n.0.len() as u32 - 1)
    }

    /// The run-time type of `t`, registered (with everything it refers to) on first use.
    pub fn rtype(&self, facts: &dyn Facts, t: TyId) -> u32 {
        use crate::interp::rtype::{Kind, RField, RMethod, RType};
        let types = facts.types();
        use ctypes::{IntKind, Shape};
        if let Some(&i) = self.rtypes.borrow().by_ty.get(&t) {
            return i;
        }
        let ct = types.get(t);
        let kind = match &ct.shape {
            Shape::Bool => Kind::Bool,
            Shape::Int(k) => match k {
                IntKind::Int => Kind::Int,
                IntKind::Int8 => Kind::Int8,
                IntKind::Int16 => Kind::Int16,
                IntKind::Int32 => Kind::Int32,
                IntKind::Int64 => Kind::Int64,
                IntKind::Uint => Kind::Uint,
                IntKind::Uint8 => Kind::Uint8,
                IntKind::Uint16 => Kind::Uint16,
                IntKind::Uint32 => Kind::Uint32,
                IntKind::Uint64 => Kind::Uint64,
                IntKind::Uintptr => Kind::Uintptr,
            },
            Shape::Float32 => Kind::Float32,
            Shape::Float64 => Kind::Float64,
            Shape::Complex64 => Kind::Complex64,
            Shape::Complex128 => Kind::Complex128,
            Shape::String => Kind::String,
            Shape::UnsafePointer => Kind::UnsafePointer,
            Shape::Pointer(_) | Shape::UntypedNil => Kind::Pointer,
            Shape::Slice(_) => Kind::Slice,
            Shape::Array { .. } => Kind::Array,
            Shape::Struct(_) | Shape::Tuple(_) => Kind::Struct,
            Shape::Map { .. } => Kind::Map,
            Shape::Chan { .. } => Kind::Chan,
            Shape::Func(_) => Kind::Func,
            Shape::Interface(_) => Kind::Interface,
        };
        // Register first (recursive types refer to themselves), fill in after.
        let idx = {
            let mut r = self.rtypes.borrow_mut();
            // Identical types have one run-time type (the checker may hold several ids
            // for `func() int`): intern by the type's string.
            let key = ct.string.clone();
            let idx = r
                .table
                .intern(&key, || RType::basic(kind, &ct.string, ct.size));
            r.by_ty.insert(t, idx);
            r.layout.push(0);
            idx
        };
        let mut rt = RType::basic(kind, &ct.string, ct.size);
        rt.named = ct.name.is_some();
        rt.align = ct.align;
        rt.ptrmask = types.ptrmask(t);
        match &ct.shape {
            Shape::Pointer(e) | Shape::Slice(e) | Shape::Chan { elem: e } => {
                rt.elem = Some(self.rtype(facts, *e))
            }
            Shape::Array { len, elem } => {
                rt.elem = Some(self.rtype(facts, *elem));
                rt.len = *len;
            }
            Shape::Map { key, elem } => {
                rt.key = Some(self.rtype(facts, *key));
                rt.elem = Some(self.rtype(facts, *elem));
            }
            Shape::Struct(fields) => {
                for (f, off) in fields.iter().zip(ct.offsets.clone()) {
                    let ty = self.rtype(facts, f.ty);
                    let exported = f.name.chars().next().is_some_and(|c| c.is_uppercase());
                    rt.fields.push(RField {
                        name: f.name.clone(),
                        ty,
                        offset: off,
                        embedded: f.embedded,
                        exported,
                    });
                }
            }
            _ => {}
        }
        rt.comparable = !matches!(
            ct.shape,
            Shape::Slice(_) | Shape::Map { .. } | Shape::Func(_)
        );
        if let Shape::Interface(ms) = &ct.shape {
            rt.iface_methods = ms.clone();
        }
        // The method table: how to call each method with an interface's data word.
        let pointer_shaped = matches!(
            ct.shape,
            Shape::Pointer(_)
                | Shape::Map { .. }
                | Shape::Chan { .. }
                | Shape::Func(_)
                | Shape::UnsafePointer
        );
        for m in facts.method_set(t) {
            if !m.path.is_empty() || m.target == facts::MethodTarget::Iface {
                // A promoted method: a wrapper walks the embedded fields first.
                if let Some(func) = self.promoted_wrapper(facts, t, &m) {
                    let recv_load = if pointer_shaped {
                        None
                    } else {
                        Some(self.layout(types, t))
                    };
                    rt.methods.push(RMethod {
                        name: m.name.clone(),
                        sig: m.sig.clone(),
                        func,
                        native: false,
                        recv_load,
                    });
                }
                continue;
            }
            let (func, native) = match (self.by_obj.get(&m.func), self.native_names.get(&m.func)) {
                (Some(id), _) => (*id, false),
                (None, Some(q)) => match self.native(q) {
                    Some(id) => (id, true),
                    None => continue,
                },
                _ => continue,
            };
            let recv_load = match (&ct.shape, m.ptr_recv) {
                // *T with a value method: the method gets *p.
                (Shape::Pointer(elem), false) => Some(self.layout(types, *elem)),
                _ if pointer_shaped => None,
                // A boxed value.
                _ => Some(self.layout(types, t)),
            };
            rt.methods.push(RMethod {
                name: m.name,
                sig: m.sig,
                func,
                native,
                recv_load,
            });
        }
        let lay = self.layout(types, t);
        let mut r = self.rtypes.borrow_mut();
        r.table.set(idx, rt);
        r.layout[idx as usize] = lay;
        idx
    }

    /// The index of type `t`'s layout in `Program::layouts`.
    /// Registers a `select` statement; returns its index in `Program::selects`.
    pub fn add_select(&self, d: crate::interp::bytecode::SelectDesc) -> u32 {
        let mut s = self.selects.borrow_mut();
        s.push(d);
        s.len() as u32 - 1
    }

    /// The layout of one 8-byte scalar word (the compiler's own hidden cells: range-over-
    /// func loop states and codes), interned once.
    pub fn word_layout(&self) -> u32 {
        const KEY: TyId = TyId::MAX;
        let mut l = self.layouts.borrow_mut();
        if let Some(&i) = l.1.get(&KEY) {
            return i;
        }
        let i = l.0.len() as u32;
        l.0.push(crate::interp::mem::Layout {
            size: 8,
            moves: vec![crate::interp::mem::Move {
                reg: 0,
                off: 0,
                kind: crate::interp::mem::MemKind::W64,
            }],
            ptrmask: vec![0],
        });
        l.1.insert(KEY, i);
        i
    }

    pub fn layout(&self, types: &ctypes::CTypes, t: TyId) -> u32 {
        let mut l = self.layouts.borrow_mut();
        if let Some(&i) = l.1.get(&t) {
            return i;
        }
        let i = l.0.len() as u32;
        l.0.push(types.mem_layout(t));
        l.1.insert(t, i);
        i
    }

    /// Interns a 64-bit constant in the program's pool.
    pub fn konst(&self, v: u64) -> u32 {
        let mut c = self.consts.borrow_mut();
        if let Some(i) = c.iter().position(|&x| x == v) {
            return i as u32;
        }
        c.push(v);
        c.len() as u32 - 1
    }
}

/// Compiles package main. `files` are the parsed files with their ids.
/// The name Go gives a declared function in tracebacks: `main.f`, `main.T.M`,
/// `main.(*T).M`, `strings.(*Builder).WriteString`.
pub fn func_name(pkg: &str, fd: &ast::FuncDecl) -> String {
    match &fd.recv {
        None => format!("{pkg}.{}", fd.name.name),
        Some(r) => {
            let base = |e: &ast::Expr| match &e.kind {
                ast::ExprKind::Ident(n) => n.clone(),
                _ => "?".to_string(),
            };
            match &r.ty.kind {
                ast::ExprKind::Star(t) => format!("{pkg}.(*{}).{}", base(t), fd.name.name),
                ast::ExprKind::Paren(t) => format!("{pkg}.{}.{}", base(t), fd.name.name),
                _ => format!("{pkg}.{}.{}", base(&r.ty), fd.name.name),
            }
        }
    }
}

/// The import path of a standard package from the name its file is given
/// (`$GOROOT/src/sync/atomic/atomic.go` is `sync/atomic`).
fn std_import_path(file: &str) -> Option<&str> {
    let rest = file.strip_prefix("$GOROOT/src/")?;
    Some(&rest[..rest.rfind('/')?])
}

/// Compiles package main together with the Go code of the packages it imports. `files`
/// are the parsed files with their ids.
pub fn compile_program(
    sources: &SourceMap,
    files: &[(FileId, &ast::File)],
    facts: &dyn Facts,
) -> Result<Program, Vec<Diagnostic>> {
    let mut table = FuncTable::default();
    let mut decls: Vec<(FileId, &ast::FuncDecl, String)> = Vec::new();
    let mut globals_size = 0u64;
    let mut globals_mask: Vec<u64> = Vec::new();
    let mut init_exprs: HashMap<crate::syntax::ast::NodeId, (FileId, &ast::Expr)> =
        HashMap::default();
    // `init` functions: the standard packages' first, then the program's.
    let mut inits: (Vec<FuncId>, Vec<FuncId>) = (Vec::new(), Vec::new());
    let mut errors = Vec::new();
    for (fid, f) in files {
        let pkg = f.package.name.as_str();
        // Tracebacks name functions by import path (`sync/atomic.(*Value).Store`); natives
        // are looked up by package name (`atomic.valueLock`).
        let path = std_import_path(&sources.file(*fid).abs_path).unwrap_or(pkg);
        for d in &f.decls {
            match d {
                ast::Decl::Func(fd) => {
                    let Some(o) = facts.ident_obj(fd.name.id) else {
                        continue;
                    };
                    if fd.body.is_none() {
                        // A bodiless function of a standard package is a native.
                        table.native_names.insert(o, func_name(pkg, fd));
                        continue;
                    }
                    let name = func_name(path, fd);
                    let id = decls.len() as FuncId;
                    table.by_obj.insert(o, id);
                    if fd.recv.is_none() && fd.name.name == "init" {
                        if pkg == "main" {
                            inits.1.push(id)
                        } else {
                            inits.0.push(id)
                        }
                    }
                    decls.push((*fid, fd, name));
                }
                ast::Decl::Var(specs) => {
                    // Package-level variables live in one heap block, laid out as
                    // gc lays out a struct.
                    for spec in specs {
                        for name in &spec.names {
                            let Some(o) = facts.ident_obj(name.id) else {
                                continue;
                            };
                            let t = facts.obj(o).ty;
                            let ct = facts.types().get(t);
                            globals_size = globals_size.next_multiple_of(ct.align.max(1));
                            table.globals.insert(o, (globals_size as u32, t));
                            for (bit_word, _) in facts
                                .types()
                                .ptrmask(t)
                                .iter()
                                .enumerate()
                                .flat_map(|(w, m)| {
                                    (0..64)
                                        .filter(move |b| m & (1u64 << b) != 0)
                                        .map(move |b| (w * 64 + b, ()))
                                })
                            {
                                let word = (globals_size / 8) as usize + bit_word;
                                if globals_mask.len() <= word / 64 {
                                    globals_mask.resize(word / 64 + 1, 0);
                                }
                                globals_mask[word / 64] |= 1 << (word % 64);
                            }
                            globals_size += ct.size;
                        }
                        for v in &spec.values {
                            init_exprs.insert(v.id, (*fid, v));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    table.ndeclared.set(decls.len() as u32);
    let mut funcs = Vec::with_capacity(decls.len());
    let mut main = None;
    let runfinq = decls
        .iter()
        .position(|(_, _, name)| name == "runtime.runfinq")
        .map(|i| i as FuncId);
    for (i, (fid, fd, name)) in decls.iter().enumerate() {
        let src = sources.file(*fid);
        if name == "main.main" {
            main = Some(i as FuncId);
        }
        let body = fd.body.as_ref().expect("bodiless functions are natives");
        let debug = DebugInfo {
            name: name.clone(),
            file: src.abs_path.clone(),
            lines: Vec::new(),
        };
        let fc = func::FnCompiler::new(facts, &table, *fid, src).named(name);
        let mut fc = fc;
        fc.fn_ty = facts.ident_obj(fd.name.id).map(|o| facts.obj(o).ty);
        match fc.compile_func(fd.recv.as_deref(), &fd.sig, body, debug) {
            Ok((f, _)) => funcs.push(f),
            Err(e) => {
                errors.push(e.into_diagnostic());
                funcs.push(Function::default());
            }
        }
    }
    // The package initialisation function: variables in dependency order, then `init`s.
    let init_items: Vec<(Vec<ObjId>, FileId, &ast::Expr)> = facts
        .init_order()
        .into_iter()
        .filter_map(|(objs, e)| init_exprs.get(&e).map(|(f, x)| (objs, *f, *x)))
        .collect();
    let init_funcs: Vec<FuncId> = inits.0.iter().chain(inits.1.iter()).copied().collect();
    let mut init = None;
    if !init_items.is_empty() || !init_funcs.is_empty() {
        let fid = files.first().map(|(f, _)| *f).unwrap_or(0);
        let src = sources.file(fid);
        let debug = DebugInfo {
            name: "main.init".into(),
            file: src.abs_path.clone(),
            lines: Vec::new(),
        };
        let fc = func::FnCompiler::new(facts, &table, fid, src).named("main.init");
        match fc.compile_init(&init_items, &init_funcs, debug) {
            Ok(f) => {
                init = Some(table.add_extra(f));
            }
            Err(e) => errors.push(e.into_diagnostic()),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let Some(main) = main else {
        return Err(vec![]);
    };
    funcs.extend(table.extra.take());
    // The runtime errors' methods, as small functions (so that they can be deferred or
    // started with `go` like any method): Error() returns the receiver, the message;
    // RuntimeError() only marks runtime.Error.
    let runtime_method = |name: &str, code: Vec<Op>, nresults: u32| Function {
        code,
        nregs: 2,
        nparams: 2,
        nresults,
        recover_pc: None,
        ptr_mask: vec![1],
        debug: DebugInfo {
            name: format!("runtime.errorString.{name}"),
            file: "$GOROOT/src/runtime/error.go".into(),
            lines: vec![0],
        },
    };
    let err_text = funcs.len() as FuncId;
    funcs.push(runtime_method("Error", vec![Op::Ret { src: 0, n: 2 }], 2));
    let err_marker = funcs.len() as FuncId;
    funcs.push(runtime_method(
        "RuntimeError",
        vec![Op::Ret { src: 0, n: 0 }],
        0,
    ));
    let consts = table.consts.into_inner();
    let strings = table.strings.into_inner();
    let layouts = table.layouts.into_inner().0;
    let rt = table.rtypes.into_inner();
    let natives = table.natives.into_inner().0;
    // The runtime's own panic value types: named strings whose value is the Error() text.
    let mut rt = rt;
    let mut layouts = layouts;
    let string_layout = layouts.len() as u32;
    layouts.push(crate::interp::mem::Layout {
        size: 16,
        moves: vec![
            crate::interp::mem::Move {
                reg: 0,
                off: 0,
                kind: crate::interp::mem::MemKind::Ptr,
            },
            crate::interp::mem::Move {
                reg: 1,
                off: 8,
                kind: crate::interp::mem::MemKind::W64,
            },
        ],
        ptrmask: vec![1],
    });
    let runtime_types: Vec<u32> = crate::interp::bytecode::RuntimeErrorKind::NAMES
        .iter()
        .map(|name| {
            if *name == "string" {
                // The predeclared string type itself (the program's own when it has one).
                let before = rt.table.len();
                let idx = rt.table.intern("string", || {
                    let mut t = crate::interp::rtype::RType::basic(
                        crate::interp::rtype::Kind::String,
                        "string",
                        16,
                    );
                    t.align = 8;
                    t.ptrmask = vec![1];
                    t
                });
                if rt.table.len() > before {
                    rt.layout.push(string_layout);
                }
                return idx;
            }
            let idx = rt.table.intern(&format!("#{name}"), || {
                let mut t = crate::interp::rtype::RType::basic(
                    crate::interp::rtype::Kind::String,
                    name,
                    16,
                );
                t.named = true;
                t.ptrmask = vec![1];
                t.methods = vec![
                    crate::interp::rtype::RMethod {
                        name: "Error".into(),
                        sig: "func() string".into(),
                        func: err_text,
                        native: false,
                        recv_load: Some(string_layout),
                    },
                    crate::interp::rtype::RMethod {
                        name: "RuntimeError".into(),
                        sig: "func()".into(),
                        func: err_marker,
                        native: false,
                        recv_load: Some(string_layout),
                    },
                ];
                t
            });
            rt.layout.push(string_layout);
            idx
        })
        .collect();
    let nfuncs = funcs.len();
    Ok(Program {
        funcs,
        consts,
        main,
        layouts,
        strings,
        rtypes: rt.table,
        rtype_layout: rt.layout,
        natives,
        method_names: table.method_names.into_inner(),
        globals_size,
        globals_ptrmask: globals_mask,
        init,
        map_descs: table.map_descs.into_inner().0,
        asserts: table.asserts.into_inner(),
        runtime_types,
        selects: table.selects.into_inner(),
        runfinq,
        live: (0..nfuncs).map(|_| std::sync::OnceLock::new()).collect(),
    })
}
