//! Compiling one function body: statements and expressions to bytecode.
//!
//! Values live in registers (ARCHITECTURE.md, "Values and frames"); an expression is
//! compiled either into a given destination ([`FnCompiler::expr_into`]) or into whatever
//! register already holds it ([`FnCompiler::expr`], which returns a local variable's own
//! register without copying). Assignments evaluate every right-hand side into temporaries
//! before storing, so `a, b = b, a` swaps.
//!
//! A construct the compiler does not handle yet is reported as a diagnostic
//! (`goscope does not support X yet`), never silently miscompiled.

use super::ctypes::{IntKind, Shape, TyId};
use super::facts::{Builtin, ConstVal, ExprClass, Facts, ObjKind, Selection};
use super::{CompileError, FuncTable};
use crate::fxhash::{HashMap, HashSet};
use crate::interp::bytecode::{
    CmpOp, ConvKind, DebugInfo, Function, ImmOp, MemKind, Op, PrintKind, Reg, SliceKind, Width,
};
use crate::interp::emit::{FuncBuilder, Label, WordKind};
use crate::source::{FileId, SourceFile, Span};
use crate::syntax::ast::{self, AssignOp, BinOp, BranchKind, Expr, ExprKind, Stmt, StmtKind, UnOp};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type R<T> = Result<T, CompileError>;

/// A location a value can be read from or written to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Registers starting here.
    Reg(Reg),
    /// Memory at `regs[ptr] + off`.
    Mem { ptr: Reg, off: u32 },
}

pub use super::WrapTarget;

/// A left side of an assignment, evaluated before the right sides.
#[derive(Clone, Copy, Debug)]
enum Dest {
    Place(Place, TyId),
    Map { m: Reg, key: Reg, map: u16 },
}

/// An argument of a call: an expression, or one result of a multi-value call.
enum ArgSrc<'e> {
    Expr(&'e Expr),
    Reg(Reg, TyId),
}

/// Where a local variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Var {
    /// In registers starting here.
    Reg(Reg),
    /// In a heap cell ("moved to heap"); the register holds the cell's address.
    Heap(Reg),
}

/// How control leaves a range-over-func loop body other than by going on (`continue`)
/// or stopping (`break`) its own loop: the body stores the exit's code in the function's
/// `#next` cell and stops the iteration; the code after each enclosing loop's iterator
/// call finishes the job or passes it outwards (Go's rangefunc rewrite).
#[derive(Clone, Debug, PartialEq, Eq)]
enum RfExit {
    Return,
    Break(String),
    Continue(String),
    Goto(String),
}

/// What a function and the range-over-func loop bodies compiled from it share.
struct RfShared {
    /// The `#next` cell: 0, or the code (index + 1 in `exits`) of a pending exit.
    next: u32,
    /// A cell holding the function's frame depth, for `defer` in loop bodies.
    depth: u32,
    /// Cells for the function's results, assigned by `return` in a loop body.
    results: Vec<u32>,
    result_types: Vec<TyId>,
    exits: RefCell<Vec<RfExit>>,
    /// The next unused synthetic object id.
    synth: Cell<u32>,
}

impl RfShared {
    fn fresh(&self) -> u32 {
        let o = self.synth.get();
        self.synth.set(o + 1);
        o
    }
}

/// How a call expression is compiled: called now, deferred, or started as a goroutine
/// (its function value and arguments are evaluated now in all three).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CallMode {
    Call,
    Defer,
    Go,
}

/// Go's `abi.RF_*` loop states.
const RF_DONE: i32 = 0;
const RF_READY: i32 = 1;
const RF_PANIC: i32 = 2;
const RF_EXHAUSTED: i32 = 3;
const RF_MISSING_PANIC: i32 = 4;

/// The jump targets of an enclosing `for`, `switch` or `select`.
struct Target {
    label: Option<String>,
    brk: Label,
    /// None for switch/select (continue skips them).
    cont: Option<Label>,
}

pub struct FnCompiler<'a> {
    facts: &'a dyn Facts,
    funcs: &'a FuncTable,
    file: FileId,
    src: &'a SourceFile,
    pub b: FuncBuilder,
    /// Register of each local variable (by checker object).
    vars: HashMap<u32, Var>,
    result_types: Vec<TyId>,
    targets: Vec<Target>,
    labels: HashMap<String, Label>,
    /// The type of the function being compiled (its signature), when known.
    pub fn_ty: Option<TyId>,
    /// Whether the builtin call being compiled is `append(s, t...)`.
    append_spread: bool,
    /// The result variables (named results, or hidden ones in a function that defers).
    result_vars: Vec<(Var, TyId)>,
    /// The epilogue label of a function that defers.
    epilogue: Option<Label>,
    /// Whether the call being compiled is the operand of a `defer` or `go` statement.
    call_mode: CallMode,
    /// Expressions already evaluated into registers (the arguments of a deferred or
    /// `go` builtin call, inside the function that performs it later).
    evaluated: HashMap<ast::NodeId, Reg>,
    /// Range-over-func state shared with the enclosing function (and its other loop
    /// bodies), when this function has such loops or is one's body.
    rf: Option<Rc<RfShared>>,
    /// In a range-over-func body compiled as a `yield` closure: the synthetic object of
    /// its loop's `#state` cell.
    rf_state: Option<u32>,
    /// In a range-over-func body: the codes of the exits that leave it (see [`RfExit`]).
    rf_escapes: Vec<usize>,
    /// Labels defined by this function's own statements (not inside loop bodies compiled
    /// as functions of their own): the targets a `goto` can reach directly.
    own_labels: HashSet<String>,
    /// Local arrays indexed by variables (kept in heap cells).
    indexed_arrays: crate::fxhash::HashSet<u32>,
    /// For each `for` being compiled: the variables its init statement declared.
    loop_vars: Vec<Vec<(u32, TyId)>>,
    /// For a function literal: the enclosing variables it captures, in closure-object
    /// order (each is a heap cell; `LoadCtx i` gives cell i's address).
    captures: Vec<u32>,
    /// For a function literal: enclosing variables its body names, whose cell addresses
    /// are loaded once at entry into registers of their own (the others are captured and
    /// loaded where they are used).
    precapture: Vec<u32>,
    is_closure: bool,
    /// The Go name of this function (`main.f`, `main.main.func1`), for closure names; in
    /// a range-over-func body, the enclosing function's (Go names closures after it).
    name: String,
    /// Whether `name` is a closure's (its closures are `.N` rather than `.funcN`).
    name_is_closure: bool,
    /// How many function literals and range-over-func bodies the function has so far (for
    /// `.funcN` / `.N` and `-rangeN`), shared with its loop bodies.
    nclosures: Rc<Cell<u32>>,
    nranges: Rc<Cell<u32>>,
    /// `.gowrapN` / `.deferwrapN` functions (one counter, as gc's `goDeferGen`).
    nwraps: Rc<Cell<u32>>,
}

fn kinds_of(words: &[bool]) -> Vec<WordKind> {
    words
        .iter()
        .map(|&p| {
            if p {
                WordKind::Pointer
            } else {
                WordKind::Scalar
            }
        })
        .collect()
}

impl<'a> FnCompiler<'a> {
    pub fn new(
        facts: &'a dyn Facts,
        funcs: &'a FuncTable,
        file: FileId,
        src: &'a SourceFile,
    ) -> FnCompiler<'a> {
        FnCompiler {
            facts,
            funcs,
            file,
            src,
            b: FuncBuilder::new(),
            vars: HashMap::default(),
            result_types: Vec::new(),
            targets: Vec::new(),
            labels: HashMap::default(),
            append_spread: false,
            fn_ty: None,
            loop_vars: Vec::new(),
            indexed_arrays: crate::fxhash::HashSet::default(),
            rf: None,
            rf_state: None,
            rf_escapes: Vec::new(),
            own_labels: HashSet::default(),
            result_vars: Vec::new(),
            epilogue: None,
            call_mode: CallMode::Call,
            evaluated: HashMap::default(),
            captures: Vec::new(),
            precapture: Vec::new(),
            is_closure: false,
            name: String::new(),
            name_is_closure: false,
            nclosures: Rc::new(Cell::new(0)),
            nranges: Rc::new(Cell::new(0)),
            nwraps: Rc::new(Cell::new(0)),
        }
    }

    fn unsupported(&self, span: Span, what: &str) -> CompileError {
        CompileError {
            file: self.file,
            span,
            msg: format!("goscope does not support {what} yet"),
        }
    }

    fn line(&mut self, span: Span) {
        let (l, _) = self.src.line_col(span.lo);
        self.b.set_line(l);
    }

    fn words(&self, t: TyId) -> u32 {
        self.facts.types().get(t).words.len() as u32
    }

    fn alloc_ty(&mut self, t: TyId) -> Reg {
        let kinds = kinds_of(&self.facts.types().get(t).words);
        if kinds.is_empty() {
            return self.b.alloc(&[]);
        }
        self.b.alloc(&kinds)
    }

    fn shape(&self, t: TyId) -> Shape {
        self.facts.types().shape(t).clone()
    }

    /// Compiles a function: parameters occupy registers `0..` in order (receiver first),
    /// then named results, then everything else.
    pub fn compile_func(
        mut self,
        recv: Option<&ast::Param>,
        sig: &ast::FuncType,
        body: &ast::Block,
        debug: DebugInfo,
    ) -> R<(Function, Vec<u32>)> {
        let mut nparams = 0;
        let mut param_regs = Vec::new();
        self.find_indexed_arrays(&body.stmts);
        for p in recv.into_iter().chain(sig.params.iter()) {
            let mut ty = self.facts.expr_type(p.ty.id);
            if p.variadic {
                // `...T` is a parameter of type []T: take it from the function's type.
                ty = match self.fn_ty.map(|t| self.shape(t)) {
                    Some(Shape::Func(fs)) => *fs
                        .params
                        .last()
                        .ok_or_else(|| self.unsupported(p.span, "this variadic parameter"))?,
                    _ => return Err(self.unsupported(p.span, "this variadic parameter")),
                };
            }
            let reg = self.alloc_ty(ty);
            nparams += self.words(ty);
            param_regs.push((p, reg, ty));
        }
        // Parameters that escape move to heap cells once the frame is laid out.
        for (p, reg, ty) in param_regs {
            if let Some(name) = &p.name {
                if let Some(o) = self.facts.ident_obj(name.id) {
                    self.bind_var(o, reg, ty, true);
                }
            }
        }
        let mut nresults = 0;
        let named = sig.results.iter().any(|r| r.name.is_some());
        let has_defer = contains_defer(&body.stmts);
        if has_defer {
            self.epilogue = Some(self.b.new_label());
        }
        // Range-over-func loop bodies are closures: a `return x` in one assigns the
        // results through heap cells.
        let mut rf_bodies = Vec::new();
        collect_range_func_bodies(
            &body.stmts,
            &|t| matches!(self.shape(self.facts.expr_type(t)), Shape::Func(_)),
            &mut rf_bodies,
        );
        let body_returns = rf_bodies.iter().any(|b| {
            let mut found = false;
            visit_stmts(&b.stmts, None, &mut |s| {
                found |= matches!(&s.kind, StmtKind::Return(rs) if !rs.is_empty());
            });
            found
        });
        for r in sig.results.iter() {
            let ty = self.facts.expr_type(r.ty.id);
            self.result_types.push(ty);
            nresults += self.words(ty);
            // Named results, and the results of a function that defers (whose deferred
            // calls may run after `return` assigned them), are variables.
            if named || has_defer || body_returns {
                let reg = self.alloc_ty(ty);
                self.zero(reg, ty);
                let o = r.name.as_ref().and_then(|n| self.facts.ident_obj(n.id));
                match o {
                    Some(o) => {
                        if body_returns {
                            self.indexed_arrays.insert(o);
                        }
                        self.bind_var(o, reg, ty, true);
                        let v = self.vars[&o];
                        self.result_vars.push((v, ty));
                    }
                    None if body_returns => {
                        let lay = self.funcs.layout(self.facts.types(), ty);
                        let cell = self.b.alloc(&[WordKind::Pointer]);
                        self.b.emit(Op::New { dst: cell, lay });
                        self.result_vars.push((Var::Heap(cell), ty));
                    }
                    None => self.result_vars.push((Var::Reg(reg), ty)),
                }
            }
        }
        if !rf_bodies.is_empty() {
            self.rf_setup(body_returns);
        }
        self.own_labels = own_labels(&body.stmts, &|t| {
            matches!(self.shape(self.facts.expr_type(t)), Shape::Func(_))
        });
        // A closure's cells for the variables it names: loaded once, here.
        for o in std::mem::take(&mut self.precapture) {
            if self.vars.contains_key(&o) || self.captures.contains(&o) {
                continue;
            }
            self.captures.push(o);
            let r = self.b.alloc(&[WordKind::Pointer]);
            self.b.emit(Op::LoadCtx {
                dst: r,
                idx: (self.captures.len() - 1) as u32,
            });
            self.vars.insert(o, Var::Heap(r));
        }
        self.block(&body.stmts)?;
        // Falling off the end: only possible for functions without results (the checker
        // reports `missing return` otherwise).
        self.b.set_line(self.src.line_col(body.rbrace).0);
        self.ret_named();
        if let Some(l) = self.epilogue {
            // The one way out of a function that defers: run the deferred calls, then
            // return the result variables. A recovered panic resumes here too.
            self.b.bind(l);
            self.b.recover = Some(l);
            self.b.emit(Op::RunDefers);
            self.emit_ret_vars();
        }
        let captures = std::mem::take(&mut self.captures);
        Ok((self.b.finish(nparams, nresults, debug), captures))
    }

    /// The package initialisation function: evaluates each package-level variable's
    /// initialiser in order and stores it, then calls the `init` functions.
    pub fn compile_init(
        mut self,
        items: &[(Vec<u32>, FileId, &Expr)],
        inits: &[u32],
        debug: DebugInfo,
    ) -> R<Function> {
        for (objs, _file, e) in items {
            let mark = self.b.mark();
            self.line(e.span);
            let vals: Vec<(Reg, TyId)> = if objs.len() == 1 {
                let t = self.facts.obj(objs[0]).ty;
                let r = self.alloc_ty(t);
                self.expr_into_typed(e, r, t, e.span)?;
                vec![(r, t)]
            } else {
                let r = self.expr(e)?;
                let Shape::Tuple(ts) = self.shape(self.facts.expr_type(e.id)) else {
                    return Err(self.unsupported(e.span, "this initialisation"));
                };
                let mut off = 0;
                ts.iter()
                    .map(|t| {
                        let v = (r + off, *t);
                        off += self.words(*t);
                        v
                    })
                    .collect()
            };
            for (o, (r, _)) in objs.iter().zip(vals) {
                if let Some(&(off, t)) = self.funcs.globals.get(o) {
                    let g = self.b.alloc(&[WordKind::Pointer]);
                    self.b.emit(Op::LoadGlobals { dst: g });
                    self.write_place(Place::Mem { ptr: g, off }, t, r);
                }
            }
            self.b.release_to(mark);
        }
        for &f in inits {
            let base = self.b.mark();
            let base = self.b.alloc(&[WordKind::Scalar]).max(base);
            self.b.emit(Op::Call { func: f, base });
        }
        self.b.emit(Op::Ret { src: 0, n: 0 });
        Ok(self.b.finish(0, 0, debug))
    }

    /// A compiler for a function literal nested in this function.
    fn child(&mut self) -> FnCompiler<'a> {
        let n = self.nclosures.get() + 1;
        self.nclosures.set(n);
        let name = if self.name_is_closure {
            format!("{}.{n}", self.name)
        } else {
            format!("{}.func{n}", self.name)
        };
        let mut c = FnCompiler::new(self.facts, self.funcs, self.file, self.src);
        c.is_closure = true;
        c.name_is_closure = true;
        c.name = name;
        c
    }

    /// A compiler for the body of a range-over-func loop in this function: a closure
    /// named `F-rangeN` after the enclosing function `F`, whose own closures and loop
    /// bodies are numbered as `F`'s.
    fn range_child(&mut self) -> (FnCompiler<'a>, String) {
        let n = self.nranges.get() + 1;
        self.nranges.set(n);
        let mut c = FnCompiler::new(self.facts, self.funcs, self.file, self.src);
        c.is_closure = true;
        c.name = self.name.clone();
        c.name_is_closure = self.name_is_closure;
        c.nclosures = self.nclosures.clone();
        c.nranges = self.nranges.clone();
        c.nwraps = self.nwraps.clone();
        c.rf = self.rf.clone();
        (c, format!("{}-range{n}", self.name))
    }

    /// Names this function (for the names of its closures).
    pub fn named(mut self, name: &str) -> FnCompiler<'a> {
        self.name = name.to_string();
        self
    }

    /// Where variable `o` lives, capturing it from the enclosing function when this is a
    /// function literal that uses it.
    fn var_of(&mut self, o: u32) -> Option<Var> {
        if let Some(v) = self.vars.get(&o) {
            return Some(*v);
        }
        if let Some(&(off, _)) = self.funcs.globals.get(&o) {
            // A package-level variable: its address in the globals block.
            let r = self.b.alloc(&[WordKind::Pointer]);
            self.b.emit(Op::LoadGlobals { dst: r });
            if off != 0 {
                self.b.emit(Op::AddIImm {
                    dst: r,
                    a: r,
                    imm: off as i32,
                });
            }
            return Some(Var::Heap(r));
        }
        if !self.is_closure
            || (o < SYNTH_OBJ && !matches!(self.facts.obj(o).kind, ObjKind::Local { .. }))
        {
            return None;
        }
        let idx = match self.captures.iter().position(|&c| c == o) {
            Some(i) => i,
            None => {
                self.captures.push(o);
                self.captures.len() - 1
            }
        };
        // The cell's address, loaded once per straight-line stretch of code.
        if let Some(r) = self.b.memo_get(o as u64) {
            return Some(Var::Heap(r));
        }
        let r = self.b.alloc(&[WordKind::Pointer]);
        self.b.emit(Op::LoadCtx {
            dst: r,
            idx: idx as u32,
        });
        self.b.memo_put(o as u64, r);
        Some(Var::Heap(r))
    }

    /// A function literal: compile its body as a function of its own, then build the
    /// closure object from the cells of the variables it captures.
    fn func_lit(&mut self, e: &Expr, sig: &ast::FuncType, body: &ast::Block, dst: Reg) -> R<()> {
        let child = self.child();
        let name = child.name.clone();
        let debug = DebugInfo {
            name: name.clone(),
            file: self.src.abs_path.clone(),
            lines: Vec::new(),
        };
        let mut child = child;
        child.fn_ty = Some(self.facts.expr_type(e.id));
        // The variables of this function, in heap cells, that the body names directly.
        let mut pre = Vec::new();
        walk_stmts(&body.stmts, &mut |x: &Expr| {
            if let ExprKind::Ident(_) = &x.kind {
                if let Some(o) = self.facts.ident_obj(x.id) {
                    if matches!(self.vars.get(&o), Some(Var::Heap(_))) && !pre.contains(&o) {
                        pre.push(o);
                    }
                }
            }
        });
        child.precapture = pre;
        let (f, caps) = child.compile_func(None, sig, body, debug)?;
        let id = self.funcs.add_extra(f);
        let n = u16::try_from(caps.len())
            .map_err(|_| self.unsupported(e.span, "closures capturing this many variables"))?;
        let base = self.b.alloc(&vec![WordKind::Pointer; caps.len()]);
        for (i, o) in caps.iter().enumerate() {
            match self.var_of(*o) {
                Some(Var::Heap(cell)) => {
                    self.b.emit(Op::Mov {
                        dst: base + i as u32,
                        src: cell,
                    });
                }
                _ => {
                    return Err(self.unsupported(
                        e.span,
                        "capturing a variable that does not live in the heap",
                    ));
                }
            }
        }
        self.b.emit(Op::MakeClosure {
            dst,
            func: id,
            caps: base,
            n,
        });
        Ok(())
    }

    fn heap_var(&self, o: u32) -> bool {
        matches!(self.facts.obj(o).kind, ObjKind::Local { heap: true })
            || self.indexed_arrays.contains(&o)
    }

    /// Finds the local variables whose arrays are indexed by a non-constant index: they
    /// live in a heap cell, where indexing is a bounds-checked address computation.
    fn find_indexed_arrays(&mut self, stmts: &[Stmt]) {
        let mut found = Vec::new();
        walk_stmts(stmts, &mut |e: &Expr| {
            if let ExprKind::Index { x, index, .. } = &e.kind {
                if matches!(self.shape(self.facts.expr_type(x.id)), Shape::Array { .. })
                    && self.facts.expr_const(index.id).is_none()
                {
                    let mut root = &**x;
                    loop {
                        match &root.kind {
                            ExprKind::Index { x, .. }
                            | ExprKind::Selector { x, .. }
                            | ExprKind::Paren(x) => root = x,
                            _ => break,
                        }
                    }
                    if let ExprKind::Ident(_) = root.kind {
                        if let Some(o) = self.facts.ident_obj(root.id) {
                            found.push(o);
                        }
                    }
                }
            }
        });
        self.indexed_arrays.extend(found);
        // Variables a range-over-func body uses are captured by its `yield` closure.
        let mut captured = Vec::new();
        let mut bodies = Vec::new();
        collect_range_func_bodies(
            stmts,
            &|t| matches!(self.shape(self.facts.expr_type(t)), Shape::Func(_)),
            &mut bodies,
        );
        // So are the variables a `for k, v = range f` assigns.
        visit_stmts(stmts, None, &mut |s| {
            if let StmtKind::Range {
                key,
                value,
                define: false,
                x,
                ..
            } = &s.kind
            {
                if matches!(self.shape(self.facts.expr_type(x.id)), Shape::Func(_)) {
                    for e in key.iter().chain(value.iter()) {
                        walk_expr_idents(e, &mut |id| {
                            if let Some(o) = self.facts.ident_obj(id) {
                                if matches!(self.facts.obj(o).kind, ObjKind::Local { .. }) {
                                    captured.push(o);
                                }
                            }
                        });
                    }
                }
            }
        });
        for b in bodies {
            walk_stmts(&b.stmts, &mut |e: &Expr| {
                if let ExprKind::Ident(_) = e.kind {
                    if let Some(o) = self.facts.ident_obj(e.id) {
                        if matches!(self.facts.obj(o).kind, ObjKind::Local { .. }) {
                            captured.push(o);
                        }
                    }
                }
            });
        }
        self.indexed_arrays.extend(captured);
    }

    /// `return` with the results already in the result variables (or none).
    fn ret_named(&mut self) {
        if let Some(l) = self.epilogue {
            self.b.emit_jump(l, |off| Op::Jmp { off });
            return;
        }
        self.emit_ret_vars();
    }

    /// Returns the values of the result variables.
    fn emit_ret_vars(&mut self) {
        let n: u32 = self.result_types.iter().map(|t| self.words(*t)).sum();
        if self.result_vars.is_empty() {
            self.b.emit(Op::Ret { src: 0, n: 0 });
            return;
        }
        // Registers in a row can be returned in place.
        if let Some((Var::Reg(first), _)) = self.result_vars.first().copied() {
            let mut next = first;
            let contiguous = self.result_vars.iter().all(|(v, t)| {
                let ok = *v == Var::Reg(next);
                next += self.words(*t);
                ok
            });
            if contiguous {
                self.b.emit(Op::Ret { src: first, n });
                return;
            }
        }
        let kinds: Vec<WordKind> = self
            .result_types
            .iter()
            .flat_map(|t| kinds_of(&self.facts.types().get(*t).words))
            .collect();
        let area = self.b.alloc(&kinds);
        let mut off = 0;
        for (v, t) in self.result_vars.clone() {
            let place = match v {
                Var::Reg(r) => Place::Reg(r),
                Var::Heap(p) => Place::Mem { ptr: p, off: 0 },
            };
            self.read_place(place, t, Some(area + off));
            off += self.words(t);
        }
        self.b.emit(Op::Ret { src: area, n });
    }

    /// Sets the value in `reg` to the zero value of `t`.
    fn zero(&mut self, reg: Reg, t: TyId) {
        for i in 0..self.words(t) {
            self.b.emit(Op::LoadInt {
                dst: reg + i,
                imm: 0,
            });
        }
    }

    fn block(&mut self, stmts: &[Stmt]) -> R<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        self.line(s.span);
        let mark = self.b.mark();
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Bad => return Err(self.unsupported(s.span, "this statement")),
            StmtKind::Expr(e) => {
                self.expr_discard(e)?;
                self.b.release_to(mark);
            }
            StmtKind::IncDec { x, inc, .. }
                if matches!(self.shape(self.facts.expr_type(x.id)), Shape::Int(_))
                    && matches!(&strip_parens(x).kind, ExprKind::Ident(_))
                    && matches!(
                        self.facts
                            .ident_obj(x.id)
                            .and_then(|o| self.vars.get(&o).copied()),
                        Some(Var::Reg(_))
                    ) =>
            {
                // i++ on an integer variable in registers.
                let Some(Var::Reg(r)) = self
                    .facts
                    .ident_obj(x.id)
                    .and_then(|o| self.vars.get(&o).copied())
                else {
                    unreachable!()
                };
                self.b.emit(Op::AddIImm {
                    dst: r,
                    a: r,
                    imm: if *inc { 1 } else { -1 },
                });
                if let Shape::Int(k) = self.shape(self.facts.expr_type(x.id)) {
                    self.canon(r, k);
                }
            }
            StmtKind::IncDec { x, inc, .. } => {
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                self.op_assign(x, op, None, s.span)?;
                self.b.release_to(mark);
            }
            StmtKind::Assign { op, lhs, rhs, .. } => {
                self.assign(*op, lhs, rhs, s.span)?;
            }
            StmtKind::Block(b) => self.block(&b.stmts)?,
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let else_l = self.b.new_label();
                let end = self.b.new_label();
                self.cond_jump(cond, false, else_l)?;
                self.block(&then.stmts)?;
                if els.is_some() {
                    self.b.emit_jump(end, |off| Op::Jmp { off });
                }
                self.b.bind(else_l);
                if let Some(e) = els {
                    self.stmt(e)?;
                }
                self.b.bind(end);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let lv = self.init_vars(init.as_deref());
                self.loop_vars.push(lv);
                self.for_loop(None, cond.as_ref(), post.as_deref(), body)?;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => {
                self.range(
                    None,
                    key.as_deref(),
                    value.as_deref(),
                    *define,
                    x,
                    body,
                    s.span,
                )?;
            }
            StmtKind::Labeled { label, stmt } => {
                let l = self.label(&label.name);
                self.b.bind(l);
                match &stmt.kind {
                    StmtKind::For {
                        init,
                        cond,
                        post,
                        body,
                    } => {
                        if let Some(i) = init {
                            self.stmt(i)?;
                        }
                        let lv = self.init_vars(init.as_deref());
                        self.loop_vars.push(lv);
                        self.for_loop(
                            Some(label.name.clone()),
                            cond.as_ref(),
                            post.as_deref(),
                            body,
                        )?;
                    }
                    StmtKind::Range {
                        key,
                        value,
                        define,
                        x,
                        body,
                        ..
                    } => {
                        self.range(
                            Some(label.name.clone()),
                            key.as_deref(),
                            value.as_deref(),
                            *define,
                            x,
                            body,
                            stmt.span,
                        )?;
                    }
                    StmtKind::Switch {
                        init, tag, clauses, ..
                    } => {
                        self.switch(
                            Some(label.name.clone()),
                            init.as_deref(),
                            tag.as_ref(),
                            clauses,
                        )?;
                    }
                    StmtKind::Select { clauses, .. } => {
                        self.select(Some(label.name.clone()), clauses, stmt.span)?
                    }
                    StmtKind::TypeSwitch {
                        init,
                        bind,
                        x,
                        clauses,
                        ..
                    } => self.type_switch(
                        Some(label.name.clone()),
                        init.as_deref(),
                        bind.as_ref(),
                        x,
                        clauses,
                    )?,
                    _ => self.stmt(stmt)?,
                }
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch(None, init.as_deref(), tag.as_ref(), clauses)?,
            StmtKind::Branch { kind, label } => self.branch(*kind, label.as_ref(), s.span)?,
            StmtKind::Return(results) => {
                self.ret(results, s.span)?;
            }
            StmtKind::Decl(d) => self.local_decl(d, s.span)?,
            StmtKind::Go(call) => {
                let call = strip_parens(call);
                if !matches!(call.kind, ExprKind::Call { .. }) || self.is_conversion(call) {
                    return Err(self.unsupported(s.span, "this go statement"));
                }
                self.call_mode = CallMode::Go;
                let r = self.call(call, None);
                self.call_mode = CallMode::Call;
                r?;
                self.b.release_to(mark);
            }
            StmtKind::Defer(call) => {
                let call = strip_parens(call);
                if !matches!(call.kind, ExprKind::Call { .. }) || self.is_conversion(call) {
                    return Err(self.unsupported(s.span, "deferring this call"));
                }
                self.call_mode = CallMode::Defer;
                let r = self.call(call, None);
                self.call_mode = CallMode::Call;
                r?;
                if let (Some(rf), Some(_)) = (self.rf.clone(), self.rf_state) {
                    // In a range-over-func loop body: defer on the enclosing function.
                    let cell = self.rf_cell(rf.depth, s.span)?;
                    let d = self.load_word(cell);
                    self.b.emit(Op::DeferAt { depth: d });
                }
                self.b.release_to(mark);
            }
            StmtKind::Send { ch, value, .. } => {
                let ct = self.facts.expr_type(ch.id);
                let Shape::Chan { elem } = self.shape(ct) else {
                    return Err(self.unsupported(s.span, "this send"));
                };
                let c = self.expr(ch)?;
                let v = self.alloc_ty(elem);
                self.expr_into_typed(value, v, elem, value.span)?;
                self.line(s.span);
                self.b.emit(Op::ChanSend {
                    ch: c,
                    src: v,
                    words: self.words(elem) as u16,
                });
                self.b.release_to(mark);
            }
            StmtKind::Select { clauses, .. } => self.select(None, clauses, s.span)?,
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => self.type_switch(None, init.as_deref(), bind.as_ref(), x, clauses)?,
        }
        Ok(())
    }

    fn label(&mut self, name: &str) -> Label {
        if let Some(l) = self.labels.get(name) {
            return *l;
        }
        let l = self.b.new_label();
        self.labels.insert(name.to_string(), l);
        l
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&ast::Ident>, span: Span) -> R<()> {
        let find = |ts: &[Target], want_cont: bool| -> Option<Label> {
            ts.iter().rev().find_map(|t| {
                let name_ok = match label {
                    Some(l) => t.label.as_deref() == Some(l.name.as_str()),
                    None => true,
                };
                if !name_ok {
                    return None;
                }
                if want_cont { t.cont } else { Some(t.brk) }
            })
        };
        let target = match kind {
            BranchKind::Break => find(&self.targets, false),
            BranchKind::Continue => find(&self.targets, true),
            BranchKind::Goto => {
                let name = &label.expect("goto has a label").name;
                if self.rf_state.is_some() && !self.own_labels.contains(name) {
                    // Out of a range-over-func loop body.
                    return self.rf_exit(RfExit::Goto(name.clone()), span);
                }
                Some(self.label(name))
            }
            BranchKind::Fallthrough => return Err(self.unsupported(span, "fallthrough")),
        };
        if target.is_none() && self.rf_state.is_some() {
            if let Some(l) = label {
                // A labelled loop outside this range-over-func loop body.
                let exit = match kind {
                    BranchKind::Continue => RfExit::Continue(l.name.clone()),
                    _ => RfExit::Break(l.name.clone()),
                };
                return self.rf_exit(exit, span);
            }
        }
        match target {
            Some(l) => {
                self.b.emit_jump(l, |off| Op::Jmp { off });
                Ok(())
            }
            None => Err(self.unsupported(span, "this branch statement")),
        }
    }

    /// The variables a `for` init statement declares (`i := 0`).
    fn init_vars(&self, init: Option<&Stmt>) -> Vec<(u32, TyId)> {
        let Some(Stmt {
            kind:
                StmtKind::Assign {
                    op: AssignOp::Define,
                    lhs,
                    ..
                },
            ..
        }) = init
        else {
            return Vec::new();
        };
        lhs.iter()
            .filter_map(|l| {
                let o = self.facts.ident_obj(l.id)?;
                Some((o, self.facts.obj(o).ty))
            })
            .collect()
    }

    fn for_loop(
        &mut self,
        label: Option<String>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
    ) -> R<()> {
        let top = self.b.new_label();
        let cont = self.b.new_label();
        let brk = self.b.new_label();
        self.b.bind(top);
        if let Some(c) = cond {
            self.cond_jump(c, false, brk)?;
        }
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block(&body.stmts)?;
        self.targets.pop();
        self.b.bind(cont);
        // Go 1.22: each iteration has its own copy of the variables the init statement
        // declared. That is only observable for variables in the heap (captured or
        // address-taken): give each a fresh cell holding the current value before `post`.
        for (o, ty) in self.loop_vars.pop().unwrap_or_default() {
            if let Some(Var::Heap(cell)) = self.vars.get(&o).copied() {
                let lay = self.funcs.layout(self.facts.types(), ty);
                let mark = self.b.mark();
                let v = self.alloc_ty(ty);
                self.read_place(Place::Mem { ptr: cell, off: 0 }, ty, Some(v));
                let fresh = self.b.alloc(&[WordKind::Pointer]);
                self.b.emit(Op::New { dst: fresh, lay });
                self.write_place(Place::Mem { ptr: fresh, off: 0 }, ty, v);
                self.b.emit(Op::Mov {
                    dst: cell,
                    src: fresh,
                });
                self.b.release_to(mark);
            }
        }
        if let Some(p) = post {
            self.stmt(p)?;
        }
        // The back-edge is a safepoint (the VM polls on backward jumps).
        self.b.emit_jump(top, |off| Op::Jmp { off });
        self.b.bind(brk);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        span: Span,
    ) -> R<()> {
        let xt = self.facts.expr_type(x.id);
        match self.shape(xt) {
            Shape::Int(_) => {}
            Shape::Slice(_) | Shape::Array { .. } | Shape::String => {
                return self.range_seq(label, key, value, define, x, body, span);
            }
            Shape::Map { .. } => {
                return self.range_map(label, key, value, define, x, body, span);
            }
            Shape::Chan { elem } => {
                return self.range_chan(label, key, define, x, elem, body, span);
            }
            Shape::Func(_) => {
                return self.range_func(label, key, value, define, x, body, span);
            }
            Shape::Pointer(p) if matches!(self.shape(p), Shape::Array { .. }) => {
                return self.range_seq(label, key, value, define, x, body, span);
            }
            _ => return Err(self.unsupported(span, "range over this type")),
        }
        if value.is_some() {
            return Err(self.unsupported(span, "two variables in a range over an integer"));
        }
        // for i := range n: evaluate n once; a hidden counter runs 0..n and each iteration
        // gets a fresh i (Go 1.22 per-iteration variables; in registers a copy suffices).
        let n = self.alloc_ty(xt);
        self.expr_into(x, n)?;
        let i = self.alloc_ty(xt);
        self.b.emit(Op::LoadInt { dst: i, imm: 0 });
        let top = self.b.new_label();
        let cont = self.b.new_label();
        let brk = self.b.new_label();
        self.b.bind(top);
        self.b.emit_jump(brk, |off| Op::JmpGeI { a: i, b: n, off });
        if let Some(k) = key {
            if define {
                self.define_var(k, i)?;
            } else {
                self.store(k, i)?;
            }
        }
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block(&body.stmts)?;
        self.targets.pop();
        self.b.bind(cont);
        self.b.emit(Op::AddIImm {
            dst: i,
            a: i,
            imm: 1,
        });
        self.b.emit_jump(top, |off| Op::Jmp { off });
        self.b.bind(brk);
        Ok(())
    }

    /// `for k, v := range x` over a slice, array, pointer to array or string: `x` is
    /// evaluated once; a hidden index walks it; each iteration gets fresh `k`, `v`
    /// (Go 1.22), which matters when a closure captures them (they are then heap cells,
    /// allocated per iteration by `bind_var`).
    #[allow(clippy::too_many_arguments)]
    fn range_seq(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        span: Span,
    ) -> R<()> {
        let xt = self.facts.expr_type(x.id);
        let is_string = matches!(self.shape(xt), Shape::String);
        // A (ptr, len) pair over the elements.
        let (seq, elem, esz) = match self.shape(xt) {
            Shape::String => {
                let s = self.alloc_ty(xt);
                self.expr_into(x, s)?;
                (s, None, 1u16)
            }
            Shape::Slice(elem) => {
                let s = self.alloc_ty(xt);
                self.expr_into(x, s)?;
                (s, Some(elem), self.elem_size(elem, span)?)
            }
            Shape::Pointer(arr) => {
                let Shape::Array { len, elem } = self.shape(arr) else {
                    return Err(self.unsupported(span, "range over this type"));
                };
                let p = self.expr(x)?;
                let s = self.b.alloc(&[WordKind::Pointer, WordKind::Scalar]);
                self.b.emit(Op::Mov { dst: s, src: p });
                self.load_u64(s + 1, len);
                (s, Some(elem), self.elem_size(elem, span)?)
            }
            Shape::Array { len, elem } => {
                // Go ranges over a copy of the array: copy it to the heap once.
                let lay = self.funcs.layout(self.facts.types(), xt);
                let v = self.alloc_ty(xt);
                self.expr_into(x, v)?;
                let s = self.b.alloc(&[WordKind::Pointer, WordKind::Scalar]);
                self.b.emit(Op::New { dst: s, lay });
                self.write_place(Place::Mem { ptr: s, off: 0 }, xt, v);
                self.load_u64(s + 1, len);
                (s, Some(elem), self.elem_size(elem, span)?)
            }
            _ => return Err(self.unsupported(span, "range over this type")),
        };
        let i = self.b.alloc(&[WordKind::Scalar]);
        self.b.emit(Op::LoadInt { dst: i, imm: 0 });
        let rune = self.b.alloc(&[WordKind::Scalar, WordKind::Scalar]);
        let top = self.b.new_label();
        let cont = self.b.new_label();
        let brk = self.b.new_label();
        self.b.bind(top);
        self.b.emit_jump(brk, |off| Op::JmpGeI {
            a: i,
            b: seq + 1,
            off,
        });
        let wants_value = value.is_some_and(|v| !is_blank(v));
        let vreg = if is_string {
            self.b.emit(Op::DecodeRune {
                dst: rune,
                s: seq,
                i,
            });
            Some(rune)
        } else if let (true, Some(elem)) = (wants_value, elem) {
            let a = self.b.alloc(&[WordKind::Pointer]);
            self.b.emit(Op::IndexAddr {
                dst: a,
                s: seq,
                i,
                esz,
                unsigned: false,
            });
            let v = self.alloc_ty(elem);
            self.read_place(Place::Mem { ptr: a, off: 0 }, elem, Some(v));
            Some(v)
        } else {
            None
        };
        let body_mark = self.b.mark();
        if let Some(k) = key {
            if define {
                self.define_var(k, i)?
            } else {
                self.store(k, i)?
            }
        }
        if let (Some(v), Some(vr)) = (value, vreg) {
            if define {
                self.define_var(v, vr)?
            } else {
                self.store(v, vr)?
            }
        }
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block(&body.stmts)?;
        self.targets.pop();
        self.b.release_to(body_mark);
        self.b.bind(cont);
        if is_string {
            self.b.emit(Op::AddI {
                dst: i,
                a: i,
                b: rune + 1,
            });
        } else {
            self.b.emit(Op::AddIImm {
                dst: i,
                a: i,
                imm: 1,
            });
        }
        self.b.emit_jump(top, |off| Op::Jmp { off });
        self.b.bind(brk);
        Ok(())
    }

    /// `for k, v := range m`: Go 1.23's map iteration (random start, fresh variables per
    /// iteration).
    #[allow(clippy::too_many_arguments)]
    fn range_map(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        span: Span,
    ) -> R<()> {
        let xt = self.facts.expr_type(x.id);
        let Shape::Map { key: kt, elem: et } = self.shape(xt) else {
            return Err(self.unsupported(span, "range over this type"));
        };
        let map = self.funcs.map_desc(self.facts, xt);
        let m = self.expr(x)?;
        // The loop's state word, then the 12 words of Go's `hiter` (pointer words as
        // Go's: key, elem, h, buckets, bptr, overflow, oldoverflow).
        use WordKind::{Pointer as P, Scalar as S};
        let it = self.b.alloc(&[S, P, P, S, P, P, P, P, P, S, S, S, S]);
        self.line(span);
        self.b.emit(Op::MapIterInit { it, m, map });
        let mut kinds = kinds_of(&self.facts.types().get(kt).words);
        kinds.extend(kinds_of(&self.facts.types().get(et).words));
        let kv = self.b.alloc(&kinds);
        let top = self.b.new_label();
        let brk = self.b.new_label();
        let done = self.b.new_label();
        self.b.bind(top);
        self.b.emit(Op::MapIterNext { it, dst: kv, map });
        self.b.emit_jump(done, |off| Op::JmpIfNot { cond: it, off });
        let body_mark = self.b.mark();
        if let Some(k) = key {
            if define {
                self.define_var(k, kv)?
            } else {
                self.store(k, kv)?
            }
        }
        if let Some(v) = value {
            let vr = kv + self.words(kt);
            if define {
                self.define_var(v, vr)?
            } else {
                self.store(v, vr)?
            }
        }
        self.targets.push(Target {
            label,
            brk,
            cont: Some(top),
        });
        self.block(&body.stmts)?;
        self.targets.pop();
        self.b.release_to(body_mark);
        self.b.emit_jump(top, |off| Op::Jmp { off });
        self.b.bind(brk);
        self.b.bind(done);
        Ok(())
    }

    /// `for v := range ch`: receive until the channel is closed and drained.
    #[allow(clippy::too_many_arguments)]
    fn range_chan(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        define: bool,
        x: &Expr,
        elem: TyId,
        body: &ast::Block,
        span: Span,
    ) -> R<()> {
        let c = self.alloc_ty(self.facts.expr_type(x.id));
        self.expr_into(x, c)?;
        let mut kinds = kinds_of(&self.facts.types().get(elem).words);
        kinds.push(WordKind::Scalar);
        let v = self.b.alloc(&kinds);
        let w = self.words(elem);
        let top = self.b.new_label();
        let brk = self.b.new_label();
        self.b.bind(top);
        self.line(span);
        self.b.emit(Op::ChanRecv {
            dst: v,
            ch: c,
            words: w as u16,
            ok: true,
        });
        self.b
            .emit_jump(brk, |off| Op::JmpIfNot { cond: v + w, off });
        let body_mark = self.b.mark();
        if let Some(k) = key {
            if !is_blank(k) {
                if define {
                    self.define_var(k, v)?
                } else {
                    self.store(k, v)?
                }
            }
        }
        self.targets.push(Target {
            label,
            brk,
            cont: Some(top),
        });
        self.block(&body.stmts)?;
        self.targets.pop();
        self.b.release_to(body_mark);
        self.b.emit_jump(top, |off| Op::Jmp { off });
        self.b.bind(brk);
        Ok(())
    }

    /// `select { case ...: ... }`: every channel and value to send is evaluated first, in
    /// source order; one `Select` instruction picks a case (or parks); the chosen case's
    /// receive assignment and body follow.
    fn select(&mut self, label: Option<String>, clauses: &[ast::CommClause], span: Span) -> R<()> {
        enum Recv<'e> {
            None,
            Define(&'e [Expr]),
            Assign(&'e [Expr]),
        }
        let result = self.b.alloc(&[WordKind::Scalar]);
        let mut cases = Vec::new();
        let mut recvs = Vec::new();
        let mut has_default = false;
        // Which clause each case (or the default) belongs to.
        let mut clause_of = Vec::new();
        let mut default_clause = None;
        for (ci, c) in clauses.iter().enumerate() {
            let Some(comm) = &c.comm else {
                has_default = true;
                default_clause = Some(ci);
                continue;
            };
            let (ch, send, recv) = match &comm.kind {
                StmtKind::Send { ch, value, .. } => (ch, Some(value), Recv::None),
                StmtKind::Expr(e) => match &strip_parens(e).kind {
                    ExprKind::Unary {
                        op: UnOp::Recv, x, ..
                    } => (&**x, None, Recv::None),
                    _ => return Err(self.unsupported(comm.span, "this select case")),
                },
                StmtKind::Assign { op, lhs, rhs, .. } if rhs.len() == 1 => {
                    let ExprKind::Unary {
                        op: UnOp::Recv, x, ..
                    } = &strip_parens(&rhs[0]).kind
                    else {
                        return Err(self.unsupported(comm.span, "this select case"));
                    };
                    let r = if *op == AssignOp::Define {
                        Recv::Define(lhs)
                    } else {
                        Recv::Assign(lhs)
                    };
                    (&**x, None, r)
                }
                _ => return Err(self.unsupported(comm.span, "this select case")),
            };
            let ct = self.facts.expr_type(ch.id);
            let Shape::Chan { elem } = self.shape(ct) else {
                return Err(self.unsupported(comm.span, "this select case"));
            };
            let chr = self.alloc_ty(ct);
            self.expr_into(ch, chr)?;
            let w = self.words(elem);
            let (val, ok) = match send {
                Some(v) => {
                    let r = self.alloc_ty(elem);
                    self.expr_into_typed(v, r, elem, v.span)?;
                    (r, None)
                }
                None => {
                    let mut kinds = kinds_of(&self.facts.types().get(elem).words);
                    kinds.push(WordKind::Scalar);
                    let r = self.b.alloc(&kinds);
                    (r, Some(r + w))
                }
            };
            cases.push(crate::interp::bytecode::SelectCase {
                ch: chr,
                send: send.is_some(),
                val,
                words: w,
                ok,
            });
            recvs.push((recv, val, ok, elem));
            clause_of.push(ci);
        }
        let ncases = cases.len();
        let sel = self.funcs.add_select(crate::interp::bytecode::SelectDesc {
            cases,
            has_default,
            result,
        });
        self.line(span);
        self.b.emit(Op::Select { sel });
        let brk = self.b.new_label();
        let bodies: Vec<Label> = clauses.iter().map(|_| self.b.new_label()).collect();
        for (i, &ci) in clause_of.iter().enumerate() {
            self.b.emit_jump(bodies[ci], |off| Op::JmpEqIImm {
                a: result,
                imm: i as i32,
                off,
            });
        }
        match default_clause {
            Some(d) => {
                self.b.emit_jump(bodies[d], |off| Op::Jmp { off });
            }
            None => {
                let _ = ncases;
                self.b.emit_jump(brk, |off| Op::Jmp { off });
            }
        }
        self.targets.push(Target {
            label,
            brk,
            cont: None,
        });
        let mut case_of_clause = vec![None; clauses.len()];
        for (i, &ci) in clause_of.iter().enumerate() {
            case_of_clause[ci] = Some(i);
        }
        let mut recvs: Vec<Option<(Recv, Reg, Option<Reg>, TyId)>> =
            recvs.into_iter().map(Some).collect();
        for (ci, c) in clauses.iter().enumerate() {
            self.b.bind(bodies[ci]);
            let mark = self.b.mark();
            if let Some(i) = case_of_clause[ci] {
                if let Some((recv, val, ok, _elem)) = recvs[i].take() {
                    let targets: Vec<(Option<&Expr>, Reg)> = match recv {
                        Recv::None => Vec::new(),
                        Recv::Define(l) | Recv::Assign(l) => {
                            let mut t = vec![(l.first(), val)];
                            if let (Some(o), Some(okr)) = (l.get(1), ok) {
                                t.push((Some(o), okr));
                            }
                            t
                        }
                    };
                    let define = matches!(recv, Recv::Define(_));
                    for (l, r) in targets {
                        let Some(l) = l else { continue };
                        if is_blank(l) {
                            continue;
                        }
                        if define {
                            self.define_var(l, r)?;
                        } else {
                            self.store(l, r)?;
                        }
                    }
                }
            }
            self.block(&c.body)?;
            self.b.release_to(mark);
            self.b.emit_jump(brk, |off| Op::Jmp { off });
        }
        self.targets.pop();
        self.b.bind(brk);
        Ok(())
    }

    /// `go f(args)` / `defer f(args)` where `f` is a builtin or (for `go`) a native: the
    /// arguments are evaluated now, and a small function of them (gc's `.gowrapN` /
    /// `.deferwrapN`) makes the call later, compiled by `body` with those values in place of
    /// the argument expressions.
    fn spawn_thunk(
        &mut self,
        e: &Expr,
        args: &[Expr],
        mode: CallMode,
        body: impl FnOnce(&mut FnCompiler<'a>, &Expr) -> R<()>,
    ) -> R<Option<Reg>> {
        let mut vals = Vec::new();
        for a in args {
            if self.facts.expr_const(a.id).is_some() {
                continue;
            }
            let t = self.facts.expr_type(a.id);
            let r = self.alloc_ty(t);
            self.expr_into(a, r)?;
            vals.push((a.id, r, t));
        }
        let n = self.nwraps.get() + 1;
        self.nwraps.set(n);
        let name = format!(
            "{}.{}{n}",
            self.name,
            if mode == CallMode::Go {
                "gowrap"
            } else {
                "deferwrap"
            }
        );
        let mut c = FnCompiler::new(self.facts, self.funcs, self.file, self.src);
        c.name = name.clone();
        c.name_is_closure = true;
        let mut nparams = 0;
        for (id, _, t) in &vals {
            let r = c.alloc_ty(*t);
            nparams += c.words(*t);
            c.evaluated.insert(*id, r);
        }
        c.line(e.span);
        // `defer recover()` recovers nothing: recover must be called by a deferred function.
        if self.builtin_of(e) != Some(Builtin::Recover) {
            body(&mut c, e)?;
        }
        c.b.emit(Op::Ret { src: 0, n: 0 });
        let debug = DebugInfo {
            name,
            file: self.src.abs_path.clone(),
            lines: Vec::new(),
        };
        let f = c.b.finish(nparams, 0, debug);
        let func = self.funcs.add_extra(f);
        let kinds: Vec<WordKind> = vals
            .iter()
            .flat_map(|(_, _, t)| kinds_of(&self.facts.types().get(*t).words))
            .collect();
        let base = self.b.alloc(&kinds);
        let mut off = 0;
        for (_, r, t) in &vals {
            let w = self.words(*t);
            if w > 0 {
                self.b.emit(Op::MovN {
                    dst: base + off,
                    src: *r,
                    n: w,
                });
            }
            off += w;
        }
        let n = u16::try_from(off)
            .map_err(|_| self.unsupported(e.span, "a call with this many arguments"))?;
        self.line(e.span);
        if mode == CallMode::Go {
            self.b.emit(Op::GoCall { func, base, n });
        } else {
            self.b.emit(Op::DeferCall { func, base, n });
        }
        Ok(None)
    }

    /// `switch v := x.(type) { case T1: ... case T2, T3: ... case nil: ... default: ... }`.
    fn type_switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::CaseClause],
    ) -> R<()> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let xt = self.facts.expr_type(x.id);
        let xv = self.alloc_ty(xt);
        self.expr_into(x, xv)?;
        let brk = self.b.new_label();
        let bodies: Vec<Label> = clauses.iter().map(|_| self.b.new_label()).collect();
        // Each clause's value register: the asserted value for a one-type clause,
        // the interface itself otherwise.
        let mut clause_vals: Vec<(Reg, TyId)> = vec![(xv, xt); clauses.len()];
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            if c.default {
                default = Some(bodies[ci]);
                continue;
            }
            for t in &c.list {
                let is_nil = self
                    .facts
                    .ident_obj(t.id)
                    .is_some_and(|o| self.facts.obj(o).kind == ObjKind::Nil)
                    || self.shape(self.facts.expr_type(t.id)) == Shape::UntypedNil;
                if is_nil {
                    // case nil: the interface's type word is 0.
                    let z = self.b.alloc(&[WordKind::Scalar]);
                    self.b.emit(Op::LoadInt { dst: z, imm: 0 });
                    let r = self.b.alloc(&[WordKind::Scalar]);
                    self.b.emit(Op::EqI {
                        dst: r,
                        a: xv,
                        b: z,
                    });
                    self.b
                        .emit_jump(bodies[ci], |off| Op::JmpIf { cond: r, off });
                    continue;
                }
                let ExprClass::Type(target) = self.facts.expr_class(t.id) else {
                    return Err(self.unsupported(t.span, "this case"));
                };
                let desc = self.funcs.assert_desc(self.facts, xt, target);
                let mut kinds = kinds_of(&self.facts.types().get(target).words);
                kinds.push(WordKind::Scalar);
                let d = self.b.alloc(&kinds);
                self.b.emit(Op::TypeAssert {
                    dst: d,
                    src: xv,
                    desc,
                    ok: true,
                });
                if c.list.len() == 1 {
                    clause_vals[ci] = (d, target);
                }
                let okr = d + self.words(target);
                self.b
                    .emit_jump(bodies[ci], |off| Op::JmpIf { cond: okr, off });
            }
        }
        match default {
            Some(d) => self.b.emit_jump(d, |off| Op::Jmp { off }),
            None => self.b.emit_jump(brk, |off| Op::Jmp { off }),
        };
        self.targets.push(Target {
            label,
            brk,
            cont: None,
        });
        for (ci, c) in clauses.iter().enumerate() {
            self.b.bind(bodies[ci]);
            if bind.is_some() {
                if let Some(o) = self.facts.type_switch_var(x.id, ci) {
                    let (v, t) = clause_vals[ci];
                    self.bind_var(o, v, t, false);
                }
            }
            self.block(&c.body)?;
            self.b.emit_jump(brk, |off| Op::Jmp { off });
        }
        self.targets.pop();
        self.b.bind(brk);
        Ok(())
    }

    /// `for k, v := range f` over an iterator function (Go 1.23): the body becomes a
    /// `yield` closure (`continue` returns true, `break` false); a `return` in the body
    /// sets a flag the enclosing function checks after `f` returns.
    /// Creates the cells a function with range-over-func loops shares with their bodies:
    /// `#next`, its frame depth (for `defer` in bodies), and its results' cells.
    fn rf_setup(&mut self, body_returns: bool) {
        let shared = RfShared {
            next: 0,
            depth: 0,
            results: Vec::new(),
            result_types: self.result_types.clone(),
            exits: RefCell::new(Vec::new()),
            synth: Cell::new(SYNTH_OBJ),
        };
        let next = shared.fresh();
        let depth = shared.fresh();
        let word = self.funcs.word_layout();
        let cell = self.b.alloc(&[WordKind::Pointer]);
        self.b.emit(Op::New {
            dst: cell,
            lay: word,
        });
        self.vars.insert(next, Var::Heap(cell));
        let cell = self.b.alloc(&[WordKind::Pointer]);
        self.b.emit(Op::New {
            dst: cell,
            lay: word,
        });
        let d = self.b.alloc(&[WordKind::Scalar]);
        self.b.emit(Op::FrameDepth { dst: d });
        self.b.emit(Op::Store {
            ptr: cell,
            off: 0,
            src: d,
            kind: MemKind::W64,
        });
        self.vars.insert(depth, Var::Heap(cell));
        let mut results = Vec::new();
        if body_returns {
            for (v, _) in self.result_vars.clone() {
                let o = shared.fresh();
                self.vars.insert(o, v);
                results.push(o);
            }
        }
        self.rf = Some(Rc::new(RfShared {
            next,
            depth,
            results,
            ..shared
        }));
    }

    /// The address of synthetic cell `o` (a range-over-func cell) in a register.
    fn rf_cell(&mut self, o: u32, span: Span) -> R<Reg> {
        match self.var_of(o) {
            Some(Var::Heap(cell)) => Ok(cell),
            _ => Err(self.unsupported(span, "this range-over-func loop")),
        }
    }

    fn store_word(&mut self, cell: Reg, v: i32) {
        let r = self.b.alloc(&[WordKind::Scalar]);
        self.b.emit(Op::LoadInt { dst: r, imm: v });
        self.b.emit(Op::Store {
            ptr: cell,
            off: 0,
            src: r,
            kind: MemKind::W64,
        });
    }

    fn load_word(&mut self, cell: Reg) -> Reg {
        let r = self.b.alloc(&[WordKind::Scalar]);
        self.b.emit(Op::Load {
            dst: r,
            ptr: cell,
            off: 0,
            kind: MemKind::W64,
        });
        r
    }

    /// In a range-over-func body: stop the iteration (`#state = DONE; return false`).
    fn rf_stop(&mut self, span: Span) -> R<()> {
        let state = self.rf_state.expect("a range-over-func body");
        let cell = self.rf_cell(state, span)?;
        self.store_word(cell, RF_DONE);
        let r = self.b.alloc(&[WordKind::Scalar]);
        self.b.emit(Op::LoadInt { dst: r, imm: 0 });
        self.b.emit(Op::Ret { src: r, n: 1 });
        Ok(())
    }

    /// In a range-over-func body: leave the loop by `exit`, which the code after the
    /// iterator calls carries out.
    fn rf_exit(&mut self, exit: RfExit, span: Span) -> R<()> {
        let rf = self.rf.clone().expect("a range-over-func body");
        let code = {
            let mut exits = rf.exits.borrow_mut();
            match exits.iter().position(|e| *e == exit) {
                Some(i) => i + 1,
                None => {
                    exits.push(exit);
                    exits.len()
                }
            }
        };
        if !self.rf_escapes.contains(&code) {
            self.rf_escapes.push(code);
        }
        let next = self.rf_cell(rf.next, span)?;
        self.store_word(next, code as i32);
        self.rf_stop(span)
    }

    /// `for k, v := range f { body }` with a function `f`: `body` becomes the `yield`
    /// function `f` is called with (Go's rangefunc rewrite, with its state checks).
    #[allow(clippy::too_many_arguments)]
    fn range_func(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        span: Span,
    ) -> R<()> {
        let xt = self.facts.expr_type(x.id);
        let Shape::Func(sig) = self.shape(xt) else {
            unreachable!()
        };
        let Some(&yt) = sig.params.first() else {
            return Err(self.unsupported(span, "range over this function"));
        };
        let Shape::Func(ysig) = self.shape(yt) else {
            return Err(self.unsupported(span, "range over this function"));
        };
        let Some(rf) = self.rf.clone() else {
            return Err(self.unsupported(span, "this range-over-func loop"));
        };
        let fv = self.b.alloc(&[WordKind::Pointer]);
        self.expr_into(x, fv)?;
        // This loop's #state cell, READY before the iterator runs.
        let state_obj = rf.fresh();
        let state = self.b.alloc(&[WordKind::Pointer]);
        self.b.emit(Op::New {
            dst: state,
            lay: self.funcs.word_layout(),
        });
        self.store_word(state, RF_READY);
        self.vars.insert(state_obj, Var::Heap(state));
        let (mut child, name) = self.range_child();
        child.rf_state = Some(state_obj);
        let debug = DebugInfo {
            name,
            file: self.src.abs_path.clone(),
            lines: Vec::new(),
        };
        let (f, caps, escapes) = child.compile_range_body(
            &ysig.params,
            [key, value],
            define,
            label,
            body,
            span.lo,
            debug,
        )?;
        let id = self.funcs.add_extra(f);
        let n = u16::try_from(caps.len()).map_err(|_| self.unsupported(span, "this loop"))?;
        let cbase = self.b.alloc(&vec![WordKind::Pointer; caps.len()]);
        for (i, o) in caps.iter().enumerate() {
            let cell = self.rf_cell(*o, span)?;
            self.b.emit(Op::Mov {
                dst: cbase + i as u32,
                src: cell,
            });
        }
        let area = self.b.alloc(&[WordKind::Pointer]);
        self.b.emit(Op::MakeClosure {
            dst: area,
            func: id,
            caps: cbase,
            n,
        });
        self.line(span);
        self.b.emit(Op::CallClosure {
            fv,
            base: area,
            args: 1,
        });
        self.b.set_line(self.src.line_col(body.rbrace).0);
        // The iterator returned: a body still "running" means the iterator recovered
        // the body's panic; from now on a call of the body is a misbehaving iterator.
        let st = self.load_word(state);
        let ok = self.b.new_label();
        self.b.emit_jump(ok, |off| Op::JmpNeIImm {
            a: st,
            imm: RF_PANIC,
            off,
        });
        self.b.emit(Op::LoadInt {
            dst: st,
            imm: RF_MISSING_PANIC,
        });
        self.b.emit(Op::PanicRange { state: st });
        self.b.bind(ok);
        self.store_word(state, RF_EXHAUSTED);
        // Carry out the exits the body (or a loop nested in it) asked for.
        if escapes.is_empty() {
            return Ok(());
        }
        let next = self.rf_cell(rf.next, span)?;
        let code = self.load_word(next);
        let done = self.b.new_label();
        self.b.emit_jump(done, |off| Op::JmpEqIImm {
            a: code,
            imm: 0,
            off,
        });
        let mut passes_on = false;
        for k in escapes {
            let c = k as i32;
            let exit = rf.exits.borrow()[k - 1].clone();
            let target = match &exit {
                RfExit::Return if self.rf_state.is_none() => None,
                RfExit::Return => {
                    passes_on = true;
                    if !self.rf_escapes.contains(&k) {
                        self.rf_escapes.push(k);
                    }
                    continue;
                }
                RfExit::Break(l) | RfExit::Continue(l) => {
                    let cont = matches!(exit, RfExit::Continue(_));
                    match self
                        .targets
                        .iter()
                        .rev()
                        .find(|t| t.label.as_deref() == Some(l.as_str()))
                    {
                        Some(t) if cont => t.cont,
                        Some(t) => Some(t.brk),
                        None => {
                            passes_on = true;
                            if !self.rf_escapes.contains(&k) {
                                self.rf_escapes.push(k);
                            }
                            continue;
                        }
                    }
                }
                RfExit::Goto(l) => {
                    if self.own_labels.contains(l) {
                        Some(self.label(l))
                    } else {
                        passes_on = true;
                        if !self.rf_escapes.contains(&k) {
                            self.rf_escapes.push(k);
                        }
                        continue;
                    }
                }
            };
            let skip = self.b.new_label();
            self.b.emit_jump(skip, |off| Op::JmpNeIImm {
                a: code,
                imm: c,
                off,
            });
            self.store_word(next, 0);
            match target {
                Some(l) => {
                    self.b.emit_jump(l, |off| Op::Jmp { off });
                }
                None => self.ret_named(),
            }
            self.b.bind(skip);
        }
        if passes_on {
            // An exit to somewhere outside this body: stop this loop too.
            self.rf_stop(span)?;
        }
        self.b.bind(done);
        Ok(())
    }

    /// The body of a range-over-func loop as a `yield` function: parameters are the
    /// loop variables; it returns true to go on.
    #[allow(clippy::too_many_arguments)]
    fn compile_range_body(
        mut self,
        params: &[TyId],
        vars: [Option<&Expr>; 2],
        define: bool,
        label: Option<String>,
        body: &ast::Block,
        range_pos: u32,
        debug: DebugInfo,
    ) -> R<(Function, Vec<u32>, Vec<usize>)> {
        self.find_indexed_arrays(&body.stmts);
        let mut regs = Vec::new();
        let mut nparams = 0;
        for t in params {
            let r = self.alloc_ty(*t);
            nparams += self.words(*t);
            regs.push((r, *t));
        }
        // A call after the loop stopped, or while the body runs, is the iterator's bug.
        let span = Span {
            lo: body.lbrace,
            hi: body.rbrace,
        };
        self.line(Span {
            lo: range_pos,
            hi: range_pos,
        });
        let state = self.rf_cell(self.rf_state.expect("a loop body"), span)?;
        let st = self.load_word(state);
        let ok = self.b.new_label();
        self.b.emit_jump(ok, |off| Op::JmpEqIImm {
            a: st,
            imm: RF_READY,
            off,
        });
        self.b.emit(Op::PanicRange { state: st });
        self.b.bind(ok);
        self.store_word(state, RF_PANIC);
        for (v, (r, _)) in vars.iter().zip(&regs) {
            let Some(v) = v else { continue };
            if is_blank(v) {
                continue;
            }
            if define {
                self.define_var(v, *r)?;
            } else {
                self.store(v, *r)?;
            }
        }
        self.own_labels = own_labels(&body.stmts, &|t| {
            matches!(self.shape(self.facts.expr_type(t)), Shape::Func(_))
        });
        let brk = self.b.new_label();
        let cont = self.b.new_label();
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block(&body.stmts)?;
        self.targets.pop();
        self.b.bind(cont);
        let state = self.rf_cell(self.rf_state.expect("a loop body"), span)?;
        self.store_word(state, RF_READY);
        let r = self.b.alloc(&[WordKind::Scalar]);
        self.b.emit(Op::LoadInt { dst: r, imm: 1 });
        self.b.emit(Op::Ret { src: r, n: 1 });
        self.b.bind(brk);
        self.rf_stop(span)?;
        let captures = std::mem::take(&mut self.captures);
        let escapes = std::mem::take(&mut self.rf_escapes);
        Ok((self.b.finish(nparams, 1, debug), captures, escapes))
    }

    fn switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
    ) -> R<()> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let brk = self.b.new_label();
        let tag_reg = match tag {
            Some(t) => {
                let ty = self.facts.expr_type(t.id);
                let r = self.alloc_ty(ty);
                self.expr_into(t, r)?;
                Some((r, ty))
            }
            None => None,
        };
        let bodies: Vec<Label> = clauses.iter().map(|_| self.b.new_label()).collect();
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            if c.default {
                default = Some(bodies[ci]);
                continue;
            }
            for e in &c.list {
                let mark = self.b.mark();
                match tag_reg {
                    Some((tr, ty)) => {
                        let v = self.expr(e)?;
                        let res = self.b.alloc(&[WordKind::Scalar]);
                        self.compare(BinOp::Eql, ty, res, tr, v, e.span)?;
                        self.b
                            .emit_jump(bodies[ci], |off| Op::JmpIf { cond: res, off });
                    }
                    None => self.cond_jump(e, true, bodies[ci])?,
                }
                self.b.release_to(mark);
            }
        }
        match default {
            Some(d) => self.b.emit_jump(d, |off| Op::Jmp { off }),
            None => self.b.emit_jump(brk, |off| Op::Jmp { off }),
        };
        self.targets.push(Target {
            label,
            brk,
            cont: None,
        });
        for (ci, c) in clauses.iter().enumerate() {
            self.b.bind(bodies[ci]);
            let falls = matches!(
                c.body.last().map(|s| &s.kind),
                Some(StmtKind::Branch {
                    kind: BranchKind::Fallthrough,
                    ..
                })
            );
            let body = if falls {
                &c.body[..c.body.len() - 1]
            } else {
                &c.body[..]
            };
            self.block(body)?;
            if falls {
                if let Some(next) = bodies.get(ci + 1) {
                    self.b.emit_jump(*next, |off| Op::Jmp { off });
                    continue;
                }
            }
            self.b.emit_jump(brk, |off| Op::Jmp { off });
        }
        self.targets.pop();
        self.b.bind(brk);
        Ok(())
    }

    fn ret(&mut self, results: &[Expr], span: Span) -> R<()> {
        if self.rf_state.is_some() {
            // `return` in a range-over-func body: assign the enclosing function's results,
            // stop the iteration, and let the function return.
            let rf = self.rf.clone().expect("a range-over-func body");
            if !results.is_empty() {
                let types = rf.result_types.clone();
                let vals: Vec<Reg> = if results.len() == 1 && types.len() > 1 {
                    let r = self.expr(&results[0])?;
                    let mut off = 0;
                    types
                        .iter()
                        .map(|t| {
                            let v = r + off;
                            off += self.words(*t);
                            v
                        })
                        .collect()
                } else {
                    let mut vals = Vec::new();
                    for (e, t) in results.iter().zip(&types) {
                        let r = self.alloc_ty(*t);
                        self.expr_into_typed(e, r, *t, span)?;
                        vals.push(r);
                    }
                    vals
                };
                for ((o, t), val) in rf.results.iter().zip(&types).zip(vals) {
                    let cell = self.rf_cell(*o, span)?;
                    self.write_place(Place::Mem { ptr: cell, off: 0 }, *t, val);
                }
            }
            return self.rf_exit(RfExit::Return, span);
        }
        if results.is_empty() {
            self.ret_named();
            return Ok(());
        }
        if !self.result_vars.is_empty() {
            // Evaluate every result, then assign the result variables, then return.
            let types = self.result_types.clone();
            let vals: Vec<Reg> = if results.len() == 1 && types.len() > 1 {
                let r = self.expr(&results[0])?;
                let mut off = 0;
                types
                    .iter()
                    .map(|t| {
                        let v = r + off;
                        off += self.words(*t);
                        v
                    })
                    .collect()
            } else {
                let mut vals = Vec::new();
                for (e, t) in results.iter().zip(&types) {
                    let r = self.alloc_ty(*t);
                    self.expr_into_typed(e, r, *t, span)?;
                    vals.push(r);
                }
                vals
            };
            for ((v, t), val) in self.result_vars.clone().into_iter().zip(vals) {
                let place = match v {
                    Var::Reg(r) => Place::Reg(r),
                    Var::Heap(p) => Place::Mem { ptr: p, off: 0 },
                };
                self.write_place(place, t, val);
            }
            self.ret_named();
            return Ok(());
        }
        if results.len() == 1 && self.result_types.len() > 1 {
            // return f() with a multi-value f: its results are already laid out.
            let r = self.expr(&results[0])?;
            let n = self.result_types.iter().map(|t| self.words(*t)).sum();
            self.b.emit(Op::Ret { src: r, n });
            return Ok(());
        }
        let types = self.result_types.clone();
        let kinds: Vec<WordKind> = types
            .iter()
            .flat_map(|t| kinds_of(&self.facts.types().get(*t).words))
            .collect();
        let area = self.b.alloc(&kinds);
        let mut off = 0;
        for (e, t) in results.iter().zip(&types) {
            self.expr_into_typed(e, area + off, *t, span)?;
            off += self.words(*t);
        }
        self.b.emit(Op::Ret { src: area, n: off });
        Ok(())
    }

    fn local_decl(&mut self, d: &ast::Decl, span: Span) -> R<()> {
        match d {
            ast::Decl::Var(specs) => {
                for spec in specs {
                    if spec.values.is_empty() {
                        for name in &spec.names {
                            let Some(o) = self.facts.ident_obj(name.id) else {
                                continue;
                            };
                            let ty = self.facts.obj(o).ty;
                            let r = self.alloc_ty(ty);
                            self.zero(r, ty);
                            self.bind_var(o, r, ty, true);
                        }
                    } else if spec.values.len() == spec.names.len() {
                        let mut regs = Vec::new();
                        for (name, v) in spec.names.iter().zip(&spec.values) {
                            let ty = match self.facts.ident_obj(name.id) {
                                Some(o) => self.facts.obj(o).ty,
                                None => self.facts.expr_type(v.id),
                            };
                            let r = self.alloc_ty(ty);
                            self.expr_into_typed(v, r, ty, span)?;
                            regs.push(r);
                        }
                        for (name, r) in spec.names.iter().zip(regs) {
                            if let Some(o) = self.facts.ident_obj(name.id) {
                                let ty = self.facts.obj(o).ty;
                                self.bind_var(o, r, ty, true);
                            }
                        }
                    } else {
                        // var a, b = f() (or a comma-ok form): as `a, b := f()`.
                        let lhs: Vec<Expr> = spec
                            .names
                            .iter()
                            .map(|n| Expr {
                                id: n.id,
                                kind: ExprKind::Ident(n.name.clone()),
                                span: n.span,
                            })
                            .collect();
                        self.assign(AssignOp::Define, &lhs, &spec.values, span)?;
                    }
                }
                Ok(())
            }
            ast::Decl::Const(_) | ast::Decl::Type(_) => Ok(()),
            ast::Decl::Func(_) => Err(self.unsupported(span, "nested function declarations")),
        }
    }

    /// `x := v` for one new variable already evaluated into `val`.
    fn define_var(&mut self, name: &Expr, val: Reg) -> R<()> {
        self.define_var_own(name, val, false)
    }

    /// [`FnCompiler::define_var`]; with `own`, the variable takes over `val`'s registers
    /// (a temporary nobody else uses) instead of copying.
    fn define_var_own(&mut self, name: &Expr, val: Reg, own: bool) -> R<()> {
        let ExprKind::Ident(n) = &name.kind else {
            return Err(self.unsupported(name.span, "this definition"));
        };
        if n == "_" {
            return Ok(());
        }
        let Some(o) = self.facts.ident_obj(name.id) else {
            return Ok(());
        };
        let ty = self.facts.obj(o).ty;
        self.bind_var(o, val, ty, own);
        Ok(())
    }

    /// Makes `o` a variable whose initial value is in `val`. With `own`, the variable may
    /// keep `val`'s registers; otherwise it gets registers of its own (a copy). A variable
    /// that escapes gets a heap cell holding the value instead.
    fn bind_var(&mut self, o: u32, val: Reg, ty: TyId, own: bool) {
        if self.heap_var(o) {
            let lay = self.funcs.layout(self.facts.types(), ty);
            let cell = self.b.alloc(&[WordKind::Pointer]);
            self.b.emit(Op::New { dst: cell, lay });
            if self.words(ty) > 0 {
                self.b.emit(Op::StoreVal {
                    ptr: cell,
                    src: val,
                    lay,
                });
            }
            self.vars.insert(o, Var::Heap(cell));
            return;
        }
        let r = if own {
            val
        } else {
            let r = self.alloc_ty(ty);
            self.b.emit(Op::MovN {
                dst: r,
                src: val,
                n: self.words(ty),
            });
            r
        };
        self.vars.insert(o, Var::Reg(r));
    }

    fn assign(&mut self, op: AssignOp, lhs: &[Expr], rhs: &[Expr], span: Span) -> R<()> {
        let mark = self.b.mark();
        if let AssignOp::Op(bop) = op {
            self.op_assign(&lhs[0], bop, Some(&rhs[0]), span)?;
            self.b.release_to(mark);
            return Ok(());
        }
        // Phase one (Go spec, Assignments): the operands of index expressions and
        // indirections on the left, then the right sides, are evaluated in order.
        let mut dests: Vec<Option<Dest>> = Vec::new();
        // One left side is evaluated after the right one unless that would change what
        // runs first (`a[f()] = g()` calls f, then g).
        let lhs_calls = lhs.iter().any(|l| {
            let mut calls = false;
            walk_expr(l, &mut |x| calls |= matches!(x.kind, ExprKind::Call { .. }));
            calls
        });
        if op == AssignOp::Assign && (lhs.len() > 1 || lhs_calls) {
            for l in lhs {
                dests.push(self.dest(l)?);
            }
        }
        let mut vals = Vec::new();
        if rhs.len() == lhs.len() {
            for (l, r) in lhs.iter().zip(rhs) {
                let ty = if is_blank(l) {
                    self.facts.expr_type(r.id)
                } else {
                    self.lhs_type(l, op)
                };
                let reg = self.alloc_ty(ty);
                self.expr_into_typed(r, reg, ty, span)?;
                vals.push(reg);
            }
        } else if let (2, Some(ExprKind::TypeAssert { x, ty: Some(_), .. })) =
            (lhs.len(), rhs.first().map(|r| &strip_parens(r).kind))
        {
            // v, ok := x.(T)
            let xt = self.facts.expr_type(x.id);
            // The checker types a comma-ok assertion as its value type (mode comma-ok).
            let rt = self.facts.expr_type(rhs[0].id);
            let target = match self.shape(rt) {
                Shape::Tuple(ts) => ts[0],
                _ => rt,
            };
            let desc = self.funcs.assert_desc(self.facts, xt, target);
            let src = self.expr(x)?;
            let mut kinds = kinds_of(&self.facts.types().get(target).words);
            kinds.push(WordKind::Scalar);
            let d = self.b.alloc(&kinds);
            self.line(span);
            self.b.emit(Op::TypeAssert {
                dst: d,
                src,
                desc,
                ok: true,
            });
            vals.push(d);
            vals.push(d + self.words(target));
        } else if let (
            2,
            Some(ExprKind::Unary {
                op: UnOp::Recv, x, ..
            }),
        ) = (lhs.len(), rhs.first().map(|r| &strip_parens(r).kind))
        {
            // v, ok := <-ch
            let Shape::Chan { elem } = self.shape(self.facts.expr_type(x.id)) else {
                return Err(self.unsupported(span, "this assignment"));
            };
            let c = self.expr(x)?;
            let mut kinds = kinds_of(&self.facts.types().get(elem).words);
            kinds.push(WordKind::Scalar);
            let d = self.b.alloc(&kinds);
            self.line(span);
            self.b.emit(Op::ChanRecv {
                dst: d,
                ch: c,
                words: self.words(elem) as u16,
                ok: true,
            });
            vals.push(d);
            vals.push(d + self.words(elem));
        } else if let (2, Some(ExprKind::Index { x, index, .. })) =
            (lhs.len(), rhs.first().map(|r| &strip_parens(r).kind))
        {
            // v, ok := m[k]
            let xt = self.facts.expr_type(x.id);
            let Shape::Map { key, elem } = self.shape(xt) else {
                return Err(self.unsupported(span, "this assignment"));
            };
            let map = self.funcs.map_desc(self.facts, xt);
            let m = self.expr(x)?;
            let k = self.map_key(index, key)?;
            let mut kinds = kinds_of(&self.facts.types().get(elem).words);
            kinds.push(WordKind::Scalar);
            let d = self.b.alloc(&kinds);
            self.line(span);
            self.b.emit(Op::MapIndexOk {
                dst: d,
                m,
                key: k,
                map,
            });
            vals.push(d);
            vals.push(d + self.words(elem));
        } else if rhs.len() == 1 {
            // a, b := f()
            let base = self.expr(&rhs[0])?;
            let tt = self.facts.expr_type(rhs[0].id);
            let Shape::Tuple(ts) = self.shape(tt) else {
                return Err(self.unsupported(span, "this assignment"));
            };
            let mut off = 0;
            for t in ts {
                vals.push(base + off);
                off += self.words(t);
            }
        } else {
            return Err(self.unsupported(span, "this assignment"));
        }
        if op == AssignOp::Define {
            // Keep the temporaries: new variables take them over.
            for (l, v) in lhs.iter().zip(vals) {
                let existing = match &l.kind {
                    ExprKind::Ident(_) => self
                        .facts
                        .ident_obj(l.id)
                        .and_then(|o| self.vars.get(&o).copied()),
                    _ => None,
                };
                match existing {
                    // Redeclared in `a, b := ...`: an assignment to the old variable, of
                    // the variable's type (the checker records no type for this ident).
                    Some(_) => {
                        let ty = self.lhs_type(l, op);
                        let (place, _) = self.place(l)?;
                        self.write_place(place, ty, v);
                    }
                    None => self.define_var_own(l, v, true)?,
                }
            }
            return Ok(());
        }
        // Phase two: the assignments, left to right.
        for (i, (l, v)) in lhs.iter().zip(vals).enumerate() {
            match dests.get(i).cloned().flatten() {
                Some(Dest::Place(p, t)) => self.write_place(p, t, v),
                Some(Dest::Map { m, key, map }) => {
                    self.b.emit(Op::MapAssign {
                        m,
                        key,
                        val: v,
                        map,
                    });
                }
                None => self.store(l, v)?,
            }
        }
        self.b.release_to(mark);
        Ok(())
    }

    /// `x op= y`, and `x++`/`x--` (`y` None: the constant 1), as gc compiles them: the
    /// operands of `x` are evaluated once, then `y`, then `x` is read, combined and
    /// written. A map element is reached with a single `mapassign` (gc's `*mapassign(m,
    /// k) op= y`), except for `/` and `%`, which read with mapaccess first so that a
    /// division by zero panics before the entry is made.
    fn op_assign(&mut self, lhs: &Expr, bop: BinOp, rhs: Option<&Expr>, span: Span) -> R<()> {
        let ty = self.facts.expr_type(lhs.id);
        // A variable in registers is updated in place (no call can change it).
        let in_reg = match &strip_parens(lhs).kind {
            ExprKind::Ident(_) if !is_blank(lhs) => {
                self.facts.ident_obj(lhs.id).and_then(|o| self.var_of(o))
            }
            _ => None,
        };
        let dest = match in_reg {
            Some(Var::Reg(_)) => None,
            // A variable in a heap cell: its address first, so that `y` reads it from
            // the same register (`seed ^= seed << 13`).
            Some(Var::Heap(p)) => Some(Dest::Place(Place::Mem { ptr: p, off: 0 }, ty)),
            None => self.dest(lhs)?,
        };
        if let (Some(Var::Heap(p)), Some(r)) = (in_reg, rhs) {
            // `seed ^= seed << 13`: when y reads x and can run nothing that changes it
            // (no call, no receive), reading x before y is the same as after, so x is read
            // once and y's reads of it use that value (as gc's code does).
            let o = self.facts.ident_obj(strip_parens(lhs).id);
            let mut ids = Vec::new();
            if let Some(o) = o {
                if self.pure_reads(r, o, &mut ids) && !ids.is_empty() {
                    let place = Place::Mem { ptr: p, off: 0 };
                    let cur = self.read_place(place.clone(), ty, None);
                    for id in &ids {
                        self.evaluated.insert(*id, cur);
                    }
                    let y = self.op_assign_rhs(ty, bop, rhs);
                    for id in &ids {
                        self.evaluated.remove(id);
                    }
                    let y = y?;
                    self.check_shift_count(bop, rhs, y);
                    let res = self.alloc_ty(ty);
                    self.binary_op(bop, ty, res, cur, y, span)?;
                    self.write_place(place, ty, res);
                    return Ok(());
                }
            }
        }
        let y = self.op_assign_rhs(ty, bop, rhs)?;
        if let Some(Var::Reg(r)) = in_reg {
            self.check_shift_count(bop, rhs, y);
            self.binary_op(bop, ty, r, r, y, span)?;
            return Ok(());
        }
        self.check_shift_count(bop, rhs, y);
        let res = self.alloc_ty(ty);
        match dest {
            Some(Dest::Map { m, key, map }) if !matches!(bop, BinOp::Quo | BinOp::Rem) => {
                let slot = self.b.alloc(&[WordKind::Pointer]);
                self.line(span);
                self.b.emit(Op::MapAssignSlot {
                    dst: slot,
                    m,
                    key,
                    map,
                });
                let place = Place::Mem { ptr: slot, off: 0 };
                let cur = self.read_place(place.clone(), ty, None);
                self.binary_op(bop, ty, res, cur, y, span)?;
                self.write_place(place, ty, res);
            }
            Some(Dest::Map { m, key, map }) => {
                let cur = self.alloc_ty(ty);
                self.line(span);
                self.b.emit(Op::MapIndex {
                    dst: cur,
                    m,
                    key,
                    map,
                });
                self.binary_op(bop, ty, res, cur, y, span)?;
                self.line(span);
                self.b.emit(Op::MapAssign {
                    m,
                    key,
                    val: res,
                    map,
                });
            }
            Some(Dest::Place(p, t)) => {
                let cur = self.read_place(p.clone(), t, None);
                self.binary_op(bop, ty, res, cur, y, span)?;
                self.write_place(p, t, res);
            }
            None => {
                let cur = self.expr(lhs)?;
                self.binary_op(bop, ty, res, cur, y, span)?;
                self.store(lhs, res)?;
            }
        }
        Ok(())
    }

    /// Whether `e` only reads variables and constants through operators that run no Go
    /// code and cannot block (no call, receive, index, dereference or address-of), adding
    /// the ids of its uses of variable `o` to `ids`.
    fn pure_reads(&self, e: &Expr, o: u32, ids: &mut Vec<ast::NodeId>) -> bool {
        if self.facts.expr_const(e.id).is_some() {
            return true;
        }
        match &e.kind {
            ExprKind::Ident(_) => {
                if self.facts.ident_obj(e.id) == Some(o) {
                    ids.push(e.id);
                }
                true
            }
            ExprKind::BasicLit { .. } => true,
            ExprKind::Paren(x) => self.pure_reads(x, o, ids),
            ExprKind::Unary { op, x, .. } => {
                !matches!(op, UnOp::Recv | UnOp::Addr) && self.pure_reads(x, o, ids)
            }
            ExprKind::Binary { x, y, .. } => {
                self.pure_reads(x, o, ids) && self.pure_reads(y, o, ids)
            }
            _ => false,
        }
    }

    /// A signed shift count of `x <<= y` is checked before the shift.
    fn check_shift_count(&mut self, bop: BinOp, rhs: Option<&Expr>, y: Reg) {
        if let (BinOp::Shl | BinOp::Shr, Some(r)) = (bop, rhs) {
            if self.facts.expr_const(r.id).is_none() {
                if let Shape::Int(k) = self.shape(self.facts.expr_type(r.id)) {
                    if k.signed() {
                        self.b.emit(Op::CheckShift { b: y });
                    }
                }
            }
        }
    }

    /// The right operand of `x op= y` (None: the 1 of `x++`), in `x`'s type when it is an
    /// untyped constant (shift counts keep their own).
    fn op_assign_rhs(&mut self, ty: TyId, bop: BinOp, rhs: Option<&Expr>) -> R<Reg> {
        let Some(rhs) = rhs else {
            let one = self.alloc_ty(ty);
            match self.shape(ty) {
                Shape::Float32 | Shape::Float64 => {
                    let c = self.const_reg_f(1.0);
                    self.b.emit(Op::Mov { dst: one, src: c });
                }
                Shape::Complex64 | Shape::Complex128 => {
                    self.load_const(one, &ConstVal::Complex(1.0, 0.0));
                }
                _ => {
                    self.b.emit(Op::LoadInt { dst: one, imm: 1 });
                }
            }
            return Ok(one);
        };
        Ok(match self.facts.expr_const(rhs.id) {
            Some(c)
                if !matches!(bop, BinOp::Shl | BinOp::Shr) && !matches!(c, ConstVal::String(_)) =>
            {
                let r = self.alloc_ty(ty);
                // The checker vouched that the value is representable in the type
                // (`x += 1e9` for an integer x, `f += 2+0i` for a float f).
                let c = match (c, self.shape(ty)) {
                    (ConstVal::Int(i), Shape::Float32) => ConstVal::Float(i as i64 as f32 as f64),
                    (ConstVal::Int(i), Shape::Float64) => ConstVal::Float(i as i64 as f64),
                    (ConstVal::Int(i), Shape::Complex64 | Shape::Complex128) => {
                        ConstVal::Complex(i as i64 as f64, 0.0)
                    }
                    (ConstVal::Float(f) | ConstVal::Complex(f, _), Shape::Int(k)) => {
                        ConstVal::Int(if k.signed() {
                            f as i64 as u64
                        } else {
                            f as u64
                        })
                    }
                    (ConstVal::Float(f) | ConstVal::Complex(f, _), Shape::Float32) => {
                        ConstVal::Float(f as f32 as f64)
                    }
                    (ConstVal::Complex(f, _), Shape::Float64) => ConstVal::Float(f),
                    (ConstVal::Float(f), Shape::Complex64 | Shape::Complex128) => {
                        ConstVal::Complex(f, 0.0)
                    }
                    (c, _) => c,
                };
                self.load_const(r, &c);
                r
            }
            // A constant shift count written as a float or complex (`x <<= 2.0`):
            // the checker vouched that it is a non-negative integer.
            Some(ConstVal::Float(f) | ConstVal::Complex(f, _)) => {
                let r = self.b.alloc(&[WordKind::Scalar]);
                self.load_u64(r, f as u64);
                r
            }
            _ => self.expr(rhs)?,
        })
    }

    /// Where an assignment's left side stores, with its operands evaluated now (None for
    /// names and `_`, which need no evaluation).
    fn dest(&mut self, l: &Expr) -> R<Option<Dest>> {
        match &strip_parens(l).kind {
            ExprKind::Ident(_) => Ok(None),
            ExprKind::Index { x, index, .. }
                if matches!(self.shape(self.facts.expr_type(x.id)), Shape::Map { .. }) =>
            {
                let xt = self.facts.expr_type(x.id);
                let Shape::Map { key, .. } = self.shape(xt) else {
                    unreachable!()
                };
                let map = self.funcs.map_desc(self.facts, xt);
                let m = self.expr(x)?;
                let k = self.alloc_ty(key);
                self.expr_into_typed(index, k, key, index.span)?;
                Ok(Some(Dest::Map { m, key: k, map }))
            }
            _ => {
                let (p, t) = self.place(l)?;
                Ok(Some(Dest::Place(p, t)))
            }
        }
    }

    fn lhs_type(&self, l: &Expr, op: AssignOp) -> TyId {
        if op == AssignOp::Define {
            if let Some(o) = self.facts.ident_obj(l.id) {
                return self.facts.obj(o).ty;
            }
        }
        self.facts.expr_type(l.id)
    }

    /// Stores the value in `val` into the location `target` denotes.
    fn store(&mut self, target: &Expr, val: Reg) -> R<()> {
        if is_blank(target) {
            return Ok(());
        }
        if let ExprKind::Index { x, index, .. } = &strip_parens(target).kind {
            let xt = self.facts.expr_type(x.id);
            if let Shape::Map { key, .. } = self.shape(xt) {
                let map = self.funcs.map_desc(self.facts, xt);
                let m = self.expr(x)?;
                let k = self.map_key(index, key)?;
                self.line(target.span);
                self.b.emit(Op::MapAssign {
                    m,
                    key: k,
                    val,
                    map,
                });
                return Ok(());
            }
        }
        let (place, ty) = self.place(target)?;
        self.write_place(place, ty, val);
        Ok(())
    }

    fn write_place(&mut self, place: Place, ty: TyId, val: Reg) {
        let n = self.words(ty);
        match place {
            Place::Reg(r) => {
                if r != val && n > 0 {
                    self.b.emit(Op::MovN {
                        dst: r,
                        src: val,
                        n,
                    });
                }
            }
            Place::Mem { ptr, off } => {
                if n == 0 {
                    return;
                }
                let lay = self.funcs.layout(self.facts.types(), ty);
                let layout = self.facts.types().mem_layout(ty);
                if layout.moves.len() == 1 && layout.moves[0].off == 0 {
                    self.b.emit(Op::Store {
                        ptr,
                        off,
                        src: val,
                        kind: layout.moves[0].kind,
                    });
                } else {
                    let p = self.offset_ptr(ptr, off);
                    self.b.emit(Op::StoreVal {
                        ptr: p,
                        src: val,
                        lay,
                    });
                }
            }
        }
    }

    /// Reads a place into registers (its own registers for a register place).
    fn read_place(&mut self, place: Place, ty: TyId, dst: Option<Reg>) -> Reg {
        let n = self.words(ty);
        match place {
            Place::Reg(r) => match dst {
                Some(d) if d != r => {
                    if n > 0 {
                        self.b.emit(Op::MovN { dst: d, src: r, n });
                    }
                    d
                }
                _ => r,
            },
            Place::Mem { ptr, off } => {
                let d = match dst {
                    Some(d) => d,
                    None => self.alloc_ty(ty),
                };
                if n == 0 {
                    return d;
                }
                let layout = self.facts.types().mem_layout(ty);
                if layout.moves.len() == 1 && layout.moves[0].off == 0 {
                    self.b.emit(Op::Load {
                        dst: d,
                        ptr,
                        off,
                        kind: layout.moves[0].kind,
                    });
                } else {
                    let lay = self.funcs.layout(self.facts.types(), ty);
                    let p = self.offset_ptr(ptr, off);
                    self.b.emit(Op::LoadVal {
                        dst: d,
                        ptr: p,
                        lay,
                    });
                }
                d
            }
        }
    }

    /// A register holding `ptr + off` (the same register when `off` is 0).
    fn offset_ptr(&mut self, ptr: Reg, off: u32) -> Reg {
        if off == 0 {
            return ptr;
        }
        let p = self.b.alloc(&[WordKind::Pointer]);
        match i32::try_from(off) {
            Ok(imm) => {
                self.b.emit(Op::AddIImm {
                    dst: p,
                    a: ptr,
                    imm,
                });
            }
            Err(_) => {
                let c = self.b.alloc(&[WordKind::Scalar]);
                self.load_u64(c, off as u64);
                self.b.emit(Op::AddI {
                    dst: p,
                    a: ptr,
                    b: c,
                });
            }
        }
        p
    }

    /// Register-word offset of field `i` of struct type `t`.
    fn field_word_offset(&self, t: TyId, i: usize) -> u32 {
        let Shape::Struct(fields) = self.shape(t) else {
            return 0;
        };
        fields[..i].iter().map(|f| self.words(f.ty)).sum()
    }

    /// Where the value an addressable (or register) expression denotes lives.
    fn place(&mut self, e: &Expr) -> R<(Place, TyId)> {
        let ty = self.facts.expr_type(e.id);
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(_) => {
                let o = self
                    .facts
                    .ident_obj(e.id)
                    .ok_or_else(|| self.unsupported(e.span, "this name"))?;
                match self.var_of(o) {
                    Some(Var::Reg(r)) => Ok((Place::Reg(r), ty)),
                    Some(Var::Heap(p)) => Ok((Place::Mem { ptr: p, off: 0 }, ty)),
                    None => Err(self.unsupported(e.span, "package-level variables")),
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)?;
                Ok((Place::Mem { ptr: p, off: 0 }, ty))
            }
            ExprKind::Selector { x, sel }
                if self.facts.expr_class(strip_parens(x).id) == ExprClass::Package =>
            {
                // pkg.Var: a package-level variable of another package.
                let o = self
                    .facts
                    .ident_obj(sel.id)
                    .ok_or_else(|| self.unsupported(e.span, "this name"))?;
                match self.var_of(o) {
                    Some(Var::Heap(p)) => Ok((Place::Mem { ptr: p, off: 0 }, ty)),
                    _ => Err(self.unsupported(e.span, "this package member")),
                }
            }
            ExprKind::Selector { x, .. } => {
                let Some(Selection::Field { path, .. }) = self.facts.selection(e.id) else {
                    return Err(self.unsupported(e.span, "this selector"));
                };
                let xt = self.facts.expr_type(x.id);
                let (mut place, mut cur) = match self.shape(xt) {
                    Shape::Pointer(elem) => {
                        let p = self.expr(x)?;
                        (Place::Mem { ptr: p, off: 0 }, elem)
                    }
                    _ => self.place_or_temp(x)?,
                };
                for &fi in path.iter() {
                    if let Shape::Pointer(elem) = self.shape(cur) {
                        // An embedded pointer field on the way: follow it.
                        let p = self.read_place(place, cur, None);
                        place = Place::Mem { ptr: p, off: 0 };
                        cur = elem;
                    }
                    let Shape::Struct(fields) = self.shape(cur) else {
                        return Err(self.unsupported(e.span, "this selector"));
                    };
                    let fty = fields[fi].ty;
                    place = match place {
                        Place::Reg(r) => Place::Reg(r + self.field_word_offset(cur, fi)),
                        Place::Mem { ptr, off } => Place::Mem {
                            ptr,
                            off: off + self.facts.types().get(cur).offsets[fi] as u32,
                        },
                    };
                    cur = fty;
                }
                Ok((place, ty))
            }
            ExprKind::Index { x, index, .. } => {
                let xt = self.facts.expr_type(x.id);
                match self.shape(xt) {
                    Shape::Slice(elem) => {
                        let s = self.expr(x)?;
                        let i = self.expr(index)?;
                        let esz = self.elem_size(elem, e.span)?;
                        let a = self.b.alloc(&[WordKind::Pointer]);
                        self.line(e.span);
                        self.b.emit(Op::IndexAddr {
                            dst: a,
                            s,
                            i,
                            esz,
                            unsigned: self.unsigned_expr(index),
                        });
                        Ok((Place::Mem { ptr: a, off: 0 }, ty))
                    }
                    Shape::Array { len, elem } => {
                        let (base, _) = self.place_or_temp(x)?;
                        self.array_elem(base, len, elem, index, e.span)
                            .map(|p| (p, ty))
                    }
                    Shape::Pointer(arr) => {
                        let Shape::Array { len, elem } = self.shape(arr) else {
                            return Err(self.unsupported(e.span, "this index expression"));
                        };
                        let p = self.expr(x)?;
                        self.array_elem(Place::Mem { ptr: p, off: 0 }, len, elem, index, e.span)
                            .map(|p| (p, ty))
                    }
                    _ => Err(self.unsupported(e.span, "this index expression")),
                }
            }
            _ => Err(self.unsupported(e.span, "this kind of location")),
        }
    }

    /// The place of `x` if it has one, else `x` evaluated into temporaries.
    fn place_or_temp(&mut self, x: &Expr) -> R<(Place, TyId)> {
        match &x.kind {
            ExprKind::Ident(_)
            | ExprKind::Paren(_)
            | ExprKind::Selector { .. }
            | ExprKind::Index { .. }
            | ExprKind::Star(_) => {
                if let Ok(p) = self.place(x) {
                    return Ok(p);
                }
            }
            _ => {}
        }
        let r = self.expr(x)?;
        Ok((Place::Reg(r), self.facts.expr_type(x.id)))
    }

    fn elem_size(&self, elem: TyId, span: Span) -> R<u16> {
        u16::try_from(self.facts.types().get(elem).size)
            .map_err(|_| self.unsupported(span, "elements larger than 64 KiB"))
    }

    /// Element `index` of an array at `base` (`len` elements of type `elem`).
    fn array_elem(
        &mut self,
        base: Place,
        len: u64,
        elem: TyId,
        index: &Expr,
        span: Span,
    ) -> R<Place> {
        let ew = self.words(elem);
        match base {
            Place::Reg(r) => match self.facts.expr_const(index.id) {
                // Constant indices are checked by the checker.
                Some(ConstVal::Int(i)) => Ok(Place::Reg(r + i as u32 * ew)),
                _ => Err(self.unsupported(span, "variable indices into arrays held in registers")),
            },
            Place::Mem { ptr, off } => {
                // (data pointer, length) for IndexAddr's bounds check.
                let sl = self.b.alloc(&[WordKind::Pointer, WordKind::Scalar]);
                let p = self.offset_ptr(ptr, off);
                self.b.emit(Op::Mov { dst: sl, src: p });
                self.load_u64(sl + 1, len);
                let i = self.expr(index)?;
                let esz = self.elem_size(elem, span)?;
                let a = self.b.alloc(&[WordKind::Pointer]);
                self.line(span);
                self.b.emit(Op::IndexAddr {
                    dst: a,
                    s: sl,
                    i,
                    esz,
                    unsigned: self.unsigned_expr(index),
                });
                Ok(Place::Mem { ptr: a, off: 0 })
            }
        }
    }

    /// Evaluates `e` for its side effects.
    fn expr_discard(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Call { .. } => {
                self.call(e, None)?;
                Ok(())
            }
            ExprKind::Paren(x) => self.expr_discard(x),
            _ => {
                self.expr(e)?;
                Ok(())
            }
        }
    }

    fn const_reg_f(&mut self, v: f64) -> Reg {
        let r = self.b.alloc(&[WordKind::Scalar]);
        self.load_const(r, &ConstVal::Float(v));
        r
    }

    fn load_const(&mut self, dst: Reg, c: &ConstVal) {
        match c {
            ConstVal::Bool(b) => {
                self.b.emit(Op::LoadInt {
                    dst,
                    imm: *b as i32,
                });
            }
            ConstVal::Int(v) => self.load_u64(dst, *v),
            ConstVal::Float(f) => self.load_u64(dst, f.to_bits()),
            ConstVal::Complex(re, im) => {
                self.load_u64(dst, re.to_bits());
                self.load_u64(dst + 1, im.to_bits());
            }
            ConstVal::Nil => {
                self.b.emit(Op::LoadInt { dst, imm: 0 });
            }
            ConstVal::String(_) => unreachable!("string constants are rejected before load_const"),
        }
    }

    fn load_u64(&mut self, dst: Reg, v: u64) {
        if let Ok(i) = i32::try_from(v as i64) {
            self.b.emit(Op::LoadInt { dst, imm: i });
        } else {
            let idx = self.funcs.konst(v);
            self.b.emit(Op::LoadConst { dst, idx });
        }
    }

    /// Compiles `e` and returns the register holding its value: a variable's own register,
    /// or a fresh temporary.
    fn expr(&mut self, e: &Expr) -> R<Reg> {
        if let Some(&r) = self.evaluated.get(&e.id) {
            return Ok(r);
        }
        if let ExprKind::Ident(_) = &e.kind {
            if let Some(o) = self.facts.ident_obj(e.id) {
                if let Some(v) = self.var_of(o) {
                    let ty = self.facts.expr_type(e.id);
                    return Ok(match v {
                        Var::Reg(r) => r,
                        Var::Heap(p) => self.read_place(Place::Mem { ptr: p, off: 0 }, ty, None),
                    });
                }
            }
        }
        if let ExprKind::Paren(x) = &e.kind {
            return self.expr(x);
        }
        if let ExprKind::Call { .. } = &e.kind {
            if self.facts.expr_class(e.id) != ExprClass::Value
                || self.is_conversion(e)
                || self.builtin_of(e).is_some()
            {
                // fall through to expr_into below
            } else {
                return self
                    .call(e, None)
                    .map(|r| r.expect("a value-producing call"));
            }
        }
        let ty = self.facts.expr_type(e.id);
        let r = self.alloc_ty(ty);
        self.expr_into(e, r)?;
        Ok(r)
    }

    /// Compiles `e` converted to `want` (an assignment's implicit conversion) into `dst`.
    /// The register holding map key `index` as type `key`, for a map operation that reads
    /// it at once: a local variable's own register (no copy) when the types are the same,
    /// else a new register.
    fn map_key(&mut self, index: &Expr, key: TyId) -> R<Reg> {
        let direct = self.facts.expr_type(index.id) == key
            && !matches!(self.shape(key), Shape::Interface(_))
            && self.facts.expr_const(index.id).is_none();
        if direct {
            return self.expr(index);
        }
        let k = self.alloc_ty(key);
        self.expr_into_typed(index, k, key, index.span)?;
        Ok(k)
    }

    fn expr_into_typed(&mut self, e: &Expr, dst: Reg, want: TyId, span: Span) -> R<()> {
        let have = self.facts.expr_type(e.id);
        let (hs, ws) = (self.shape(have), self.shape(want));
        // `nil` where a slice, map, interface... is wanted: all of its words are zero.
        if hs == Shape::UntypedNil || self.facts.expr_const(e.id) == Some(ConstVal::Nil) {
            self.zero(dst, want);
            return Ok(());
        }
        if matches!(ws, Shape::Interface(_)) && !matches!(hs, Shape::Interface(_)) {
            if hs == Shape::UntypedNil {
                self.zero(dst, want);
                return Ok(());
            }
            let _ = span;
            let mark = self.b.mark();
            let v = self.expr(e)?;
            let ty = self.funcs.rtype(self.facts, have);
            self.b.emit(Op::MakeIface { dst, src: v, ty });
            self.b.release_to(mark.max(dst + 2).min(self.b.mark()));
            return Ok(());
        }
        self.expr_into(e, dst)
    }

    fn builtin_of(&self, call: &Expr) -> Option<Builtin> {
        let ExprKind::Call { fun, .. } = &call.kind else {
            return None;
        };
        match self.facts.expr_class(strip_parens(fun).id) {
            ExprClass::Builtin(b) => Some(b),
            _ => None,
        }
    }

    fn is_conversion(&self, call: &Expr) -> bool {
        let ExprKind::Call { fun, .. } = &call.kind else {
            return false;
        };
        matches!(
            self.facts.expr_class(strip_parens(fun).id),
            ExprClass::Type(_)
        )
    }

    /// Compiles `e` into the registers starting at `dst`.
    fn expr_into(&mut self, e: &Expr, dst: Reg) -> R<()> {
        let ty = self.facts.expr_type(e.id);
        if let Some(&r) = self.evaluated.get(&e.id) {
            if r != dst && self.words(ty) > 0 {
                self.b.emit(Op::MovN {
                    dst,
                    src: r,
                    n: self.words(ty),
                });
            }
            return Ok(());
        }
        if let Some(c) = self.facts.expr_const(e.id) {
            if c == ConstVal::Nil {
                self.zero(dst, ty);
                return Ok(());
            }
            if let ConstVal::String(b) = &c {
                let idx = self.funcs.string(b);
                self.b.emit(Op::LoadStr { dst, idx });
                return Ok(());
            }
            self.load_const(dst, &c);
            return Ok(());
        }
        let mark = self.b.mark();
        match &e.kind {
            ExprKind::Ident(_)
                if self
                    .facts
                    .ident_obj(e.id)
                    .and_then(|o| self.funcs.by_obj.get(&o).copied())
                    .is_some() =>
            {
                let func = self
                    .facts
                    .ident_obj(e.id)
                    .and_then(|o| self.funcs.by_obj.get(&o).copied())
                    .unwrap_or(0);
                self.b.emit(Op::MakeClosure {
                    dst,
                    func,
                    caps: 0,
                    n: 0,
                });
            }
            ExprKind::Ident(_)
                if self
                    .facts
                    .ident_obj(e.id)
                    .is_some_and(|o| self.facts.obj(o).kind == ObjKind::Nil) =>
            {
                self.zero(dst, ty);
            }
            ExprKind::Ident(_) => {
                let o = self.facts.ident_obj(e.id);
                if o.is_none_or(|o| self.var_of(o).is_none()) {
                    return Err(
                        self.unsupported(e.span, "this use of a name (package-level variables?)")
                    );
                }
                let r = self.expr(e)?;
                if r != dst {
                    self.b.emit(Op::MovN {
                        dst,
                        src: r,
                        n: self.words(ty),
                    });
                }
            }
            ExprKind::Paren(x) => self.expr_into(x, dst)?,
            ExprKind::Binary {
                op: BinOp::LAnd | BinOp::LOr,
                ..
            } => {
                let f = self.b.new_label();
                let end = self.b.new_label();
                self.cond_jump(e, false, f)?;
                self.b.emit(Op::LoadInt { dst, imm: 1 });
                self.b.emit_jump(end, |off| Op::Jmp { off });
                self.b.bind(f);
                self.b.emit(Op::LoadInt { dst, imm: 0 });
                self.b.bind(end);
            }
            ExprKind::Binary { op, x, y, .. } if self.imm_op(*op, ty, y).is_some() => {
                // Integer arithmetic with a small constant right operand.
                let (iop, imm) = self.imm_op(*op, ty, y).unwrap();
                let a = self.expr(x)?;
                match iop {
                    None => {
                        self.b.emit(Op::AddIImm { dst, a, imm });
                    }
                    Some(op) => {
                        self.b.emit(Op::ArithImm { dst, a, imm, op });
                    }
                }
                if let Shape::Int(k) = self.shape(ty) {
                    // The constant is in the type's range (sign- or zero-extended as the
                    // operand is), so these results need no re-extension.
                    let keeps = matches!(
                        iop,
                        Some(
                            ImmOp::And
                                | ImmOp::Or
                                | ImmOp::Xor
                                | ImmOp::AndNot
                                | ImmOp::ShrU
                                | ImmOp::ShrI
                                | ImmOp::RemU
                                | ImmOp::RemI
                                | ImmOp::DivU
                        )
                    );
                    if !keeps {
                        self.canon(dst, k);
                    }
                }
            }
            ExprKind::Binary { op, x, y, .. } => {
                let mut xt = self.facts.expr_type(x.id);
                let yt = self.facts.expr_type(y.id);
                let is_iface = |c: &Self, t| matches!(c.shape(t), Shape::Interface(_));
                // `iface == value`: the value is compared as an interface holding it.
                let (a, b) = if matches!(op, BinOp::Eql | BinOp::Neq)
                    && is_iface(self, xt) != is_iface(self, yt)
                {
                    let (it, cx, cy) = if is_iface(self, xt) {
                        (xt, x, y)
                    } else {
                        (yt, y, x)
                    };
                    let iv = self.expr(cx)?;
                    let other = self.iface_of(cy, it)?;
                    xt = it;
                    (iv, other)
                } else {
                    (self.expr(x)?, self.expr(y)?)
                };
                match op {
                    BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq => {
                        self.compare(*op, xt, dst, a, b, e.span)?
                    }
                    BinOp::Shl | BinOp::Shr => {
                        let yt = self.facts.expr_type(y.id);
                        if let Shape::Int(k) = self.shape(yt) {
                            if k.signed() {
                                self.b.emit(Op::CheckShift { b });
                            }
                        }
                        self.binary_op(*op, ty, dst, a, b, e.span)?
                    }
                    _ => self.binary_op(*op, ty, dst, a, b, e.span)?,
                }
            }
            ExprKind::Unary {
                op: UnOp::Addr, x, ..
            } => self.address_of(x, dst)?,
            ExprKind::Unary {
                op: UnOp::Recv, x, ..
            } => {
                let c = self.expr(x)?;
                self.line(e.span);
                self.b.emit(Op::ChanRecv {
                    dst,
                    ch: c,
                    words: self.words(ty) as u16,
                    ok: false,
                });
            }
            ExprKind::Unary { op, x, .. } => {
                let a = self.expr(x)?;
                match (op, self.shape(ty)) {
                    (UnOp::Plus, _) => {
                        self.b.emit(Op::MovN {
                            dst,
                            src: a,
                            n: self.words(ty),
                        });
                    }
                    (UnOp::Neg, Shape::Int(k)) => {
                        self.b.emit(Op::NegI { dst, a });
                        self.canon(dst, k);
                    }
                    (UnOp::Neg, Shape::Complex64 | Shape::Complex128) => {
                        self.b.emit(Op::NegF { dst, a });
                        self.b.emit(Op::NegF {
                            dst: dst + 1,
                            a: a + 1,
                        });
                    }
                    (UnOp::Neg, Shape::Float64 | Shape::Float32) => {
                        self.b.emit(Op::NegF { dst, a });
                    }
                    (UnOp::Xor, Shape::Int(k)) => {
                        self.b.emit(Op::ComI { dst, a });
                        self.canon(dst, k);
                    }
                    (UnOp::Not, Shape::Bool) => {
                        self.b.emit(Op::Not { dst, a });
                    }
                    _ => return Err(self.unsupported(e.span, "this unary operation")),
                }
            }
            ExprKind::Call { .. } => {
                if self.is_conversion(e) {
                    self.conversion(e, dst)?;
                } else if let Some(r) = self.call(e, Some(dst))? {
                    if r != dst {
                        self.b.emit(Op::MovN {
                            dst,
                            src: r,
                            n: self.words(ty),
                        });
                    }
                }
            }
            ExprKind::Selector { x, sel }
                if self.facts.expr_class(strip_parens(x).id) == ExprClass::Package
                    && self.facts.ident_obj(sel.id).is_some_and(|o| {
                        matches!(self.facts.obj(o).kind, ObjKind::Func { .. })
                    }) =>
            {
                // A package function as a value.
                let o = self.facts.ident_obj(sel.id).unwrap_or(0);
                let func = match (
                    self.funcs.by_obj.get(&o),
                    self.funcs.native_names.get(&o).cloned(),
                ) {
                    (Some(f), _) => *f,
                    (None, Some(q)) => {
                        let id = self.funcs.native(&q).ok_or_else(|| {
                            self.unsupported(e.span, &format!("the function {q}"))
                        })?;
                        let Shape::Func(sig) = self.shape(ty) else {
                            return Err(self.unsupported(e.span, "this function value"));
                        };
                        let np: u32 = sig.params.iter().map(|t| self.words(*t)).sum();
                        let nr: u32 = sig.results.iter().map(|t| self.words(*t)).sum();
                        self.funcs.native_wrapper(id, np, nr)
                    }
                    _ => return Err(self.unsupported(e.span, "this function value")),
                };
                self.b.emit(Op::MakeClosure {
                    dst,
                    func,
                    caps: 0,
                    n: 0,
                });
            }
            ExprKind::Selector { .. }
                if matches!(
                    self.facts.selection(e.id),
                    Some(Selection::MethodExpr { .. })
                ) =>
            {
                // T.M: the method's function, receiver first.
                let Some(Selection::MethodExpr { func, ptr_recv }) = self.facts.selection(e.id)
                else {
                    unreachable!()
                };
                let Some(&f) = self.funcs.by_obj.get(&func) else {
                    return Err(self.unsupported(e.span, "this method expression"));
                };
                let Shape::Func(sig) = self.shape(ty) else {
                    return Err(self.unsupported(e.span, "this method expression"));
                };
                let recv_t = sig.params.first().copied();
                let f = match recv_t.map(|t| self.shape(t)) {
                    // (*T).M for a value method M: dereference, then call.
                    Some(Shape::Pointer(elem)) if !ptr_recv => {
                        let np: u32 = sig.params.iter().map(|t| self.words(*t)).sum();
                        let nr: u32 = sig.results.iter().map(|t| self.words(*t)).sum();
                        let lay = self.funcs.layout(self.facts.types(), elem);
                        self.funcs.deref_wrapper(f, lay, self.words(elem), np, nr)
                    }
                    _ => f,
                };
                self.b.emit(Op::MakeClosure {
                    dst,
                    func: f,
                    caps: 0,
                    n: 0,
                });
            }
            ExprKind::Selector { x, .. }
                if matches!(self.facts.selection(e.id), Some(Selection::Method { .. })) =>
            {
                self.method_value(e, x, ty, dst)?;
            }
            ExprKind::Selector { .. } | ExprKind::Star(_) => {
                let (place, _) = self.place(e)?;
                self.read_place(place, ty, Some(dst));
            }
            ExprKind::Index { x, index, .. }
                if matches!(self.shape(self.facts.expr_type(x.id)), Shape::Map { .. }) =>
            {
                let xt = self.facts.expr_type(x.id);
                let Shape::Map { key, .. } = self.shape(xt) else {
                    unreachable!()
                };
                let map = self.funcs.map_desc(self.facts, xt);
                let m = self.expr(x)?;
                let k = self.map_key(index, key)?;
                self.line(e.span);
                self.b.emit(Op::MapIndex {
                    dst,
                    m,
                    key: k,
                    map,
                });
            }
            ExprKind::Index { x, index, .. } => {
                let xt = self.facts.expr_type(x.id);
                if matches!(self.shape(xt), Shape::String) {
                    let s = self.expr(x)?;
                    let i = self.expr(index)?;
                    let a = self.b.alloc(&[WordKind::Pointer]);
                    self.line(e.span);
                    self.b.emit(Op::IndexAddr {
                        dst: a,
                        s,
                        i,
                        esz: 1,
                        unsigned: self.unsigned_expr(index),
                    });
                    self.b.emit(Op::Load {
                        dst,
                        ptr: a,
                        off: 0,
                        kind: MemKind::U8,
                    });
                } else {
                    let (place, _) = self.place(e)?;
                    self.read_place(place, ty, Some(dst));
                }
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                full,
                ..
            } => self.slice_expr(
                e,
                x,
                lo.as_deref(),
                hi.as_deref(),
                max.as_deref(),
                *full,
                dst,
            )?,
            ExprKind::TypeAssert { x, ty: Some(_), .. } => {
                let xt = self.facts.expr_type(x.id);
                let desc = self.funcs.assert_desc(self.facts, xt, ty);
                let src = self.expr(x)?;
                self.line(e.span);
                self.b.emit(Op::TypeAssert {
                    dst,
                    src,
                    desc,
                    ok: false,
                });
            }
            ExprKind::CompositeLit { .. } => self.composite(e, ty, dst)?,
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body, dst)?,
            _ => return Err(self.unsupported(e.span, "this expression")),
        }
        self.b
            .release_to(mark.max(dst + self.words(ty)).min(self.b.mark()));
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        full: bool,
        dst: Reg,
    ) -> R<()> {
        let xt = self.facts.expr_type(x.id);
        let (src, esz, kind) = match self.shape(xt) {
            Shape::String => (self.expr(x)?, 1, SliceKind::String),
            Shape::Slice(elem) => (
                self.expr(x)?,
                self.elem_size(elem, e.span)?,
                if full {
                    SliceKind::Slice3
                } else {
                    SliceKind::Slice
                },
            ),
            Shape::Pointer(arr) => {
                let Shape::Array { len, elem } = self.shape(arr) else {
                    return Err(self.unsupported(e.span, "this slice expression"));
                };
                let p = self.expr(x)?;
                let s = self
                    .b
                    .alloc(&[WordKind::Pointer, WordKind::Scalar, WordKind::Scalar]);
                self.b.emit(Op::Mov { dst: s, src: p });
                self.load_u64(s + 1, len);
                self.load_u64(s + 2, len);
                (
                    s,
                    self.elem_size(elem, e.span)?,
                    if full {
                        SliceKind::Slice3
                    } else {
                        SliceKind::Array
                    },
                )
            }
            Shape::Array { len, elem } => {
                // Slicing an addressable array: it lives in memory.
                let (place, _) = self.place(x)?;
                let Place::Mem { ptr, off } = place else {
                    return Err(self.unsupported(e.span, "slicing arrays held in registers"));
                };
                let p = self.offset_ptr(ptr, off);
                let s = self
                    .b
                    .alloc(&[WordKind::Pointer, WordKind::Scalar, WordKind::Scalar]);
                self.b.emit(Op::Mov { dst: s, src: p });
                self.load_u64(s + 1, len);
                self.load_u64(s + 2, len);
                (
                    s,
                    self.elem_size(elem, e.span)?,
                    if full {
                        SliceKind::Slice3
                    } else {
                        SliceKind::Array
                    },
                )
            }
            _ => return Err(self.unsupported(e.span, "this slice expression")),
        };
        let b = self
            .b
            .alloc(&[WordKind::Scalar, WordKind::Scalar, WordKind::Scalar]);
        match lo {
            Some(l) => self.expr_into(l, b)?,
            None => {
                self.b.emit(Op::LoadInt { dst: b, imm: 0 });
            }
        }
        match hi {
            Some(h) => self.expr_into(h, b + 1)?,
            None => {
                self.b.emit(Op::Mov {
                    dst: b + 1,
                    src: src + 1,
                });
            }
        }
        if let Some(m) = max {
            self.expr_into(m, b + 2)?;
        }
        self.line(e.span);
        self.b.emit(Op::SliceExpr {
            dst,
            s: src,
            b,
            esz,
            kind,
        });
        Ok(())
    }

    fn address_of(&mut self, x: &Expr, dst: Reg) -> R<()> {
        if let ExprKind::CompositeLit { .. } = &strip_parens(x).kind {
            let t = self.facts.expr_type(x.id);
            let lay = self.funcs.layout(self.facts.types(), t);
            let v = self.alloc_ty(t);
            self.composite(strip_parens(x), t, v)?;
            self.b.emit(Op::New { dst, lay });
            self.write_place(Place::Mem { ptr: dst, off: 0 }, t, v);
            return Ok(());
        }
        match self.place(x)? {
            (Place::Mem { ptr, off }, _) => {
                let p = self.offset_ptr(ptr, off);
                self.b.emit(Op::Mov { dst, src: p });
                Ok(())
            }
            (Place::Reg(_), _) => {
                Err(self.unsupported(x.span, "taking the address of this variable"))
            }
        }
    }

    /// A composite literal's value into `dst`.
    fn composite(&mut self, e: &Expr, ty: TyId, dst: Reg) -> R<()> {
        self.composite_as(e, ty, dst)
    }

    /// The literal `e` built as a value of type `ty`.
    fn composite_as(&mut self, e: &Expr, ty: TyId, dst: Reg) -> R<()> {
        let ExprKind::CompositeLit { elems, .. } = &e.kind else {
            unreachable!()
        };
        match self.shape(ty) {
            Shape::Struct(fields) => {
                self.zero(dst, ty);
                for (i, el) in elems.iter().enumerate() {
                    let (fi, v) = match &el.kind {
                        ExprKind::KeyValue { key, value, .. } => {
                            let ExprKind::Ident(name) = &key.kind else {
                                return Err(self.unsupported(el.span, "this struct literal"));
                            };
                            let fi = fields
                                .iter()
                                .position(|f| &f.name == name)
                                .ok_or_else(|| self.unsupported(el.span, "this struct literal"))?;
                            (fi, &**value)
                        }
                        _ => (i, el),
                    };
                    let off = self.field_word_offset(ty, fi);
                    self.elem_into(v, dst + off, fields[fi].ty)?;
                }
                Ok(())
            }
            Shape::Array { elem, .. } => {
                self.zero(dst, ty);
                let ew = self.words(elem);
                let mut idx = 0u64;
                for el in elems {
                    let v = match &el.kind {
                        ExprKind::KeyValue { key, value, .. } => {
                            let Some(ConstVal::Int(k)) = self.facts.expr_const(key.id) else {
                                return Err(self.unsupported(el.span, "this array literal"));
                            };
                            idx = k;
                            &**value
                        }
                        _ => el,
                    };
                    self.elem_into(v, dst + idx as u32 * ew, elem)?;
                    idx += 1;
                }
                Ok(())
            }
            Shape::Slice(elem) => {
                // The length is one past the largest index.
                let mut idx = 0u64;
                let mut len = 0u64;
                let mut items = Vec::new();
                for el in elems {
                    let v = match &el.kind {
                        ExprKind::KeyValue { key, value, .. } => {
                            let Some(ConstVal::Int(k)) = self.facts.expr_const(key.id) else {
                                return Err(self.unsupported(el.span, "this slice literal"));
                            };
                            idx = k;
                            &**value
                        }
                        _ => el,
                    };
                    items.push((idx, v));
                    idx += 1;
                    len = len.max(idx);
                }
                let n = self.b.alloc(&[WordKind::Scalar, WordKind::Scalar]);
                self.load_u64(n, len);
                self.load_u64(n + 1, len);
                let lay = self.funcs.layout(self.facts.types(), elem);
                self.b.emit(Op::MakeSlice { dst, n, lay });
                let esz = self.facts.types().get(elem).size;
                for (i, v) in items {
                    let mark = self.b.mark();
                    let r = self.alloc_ty(elem);
                    self.elem_into(v, r, elem)?;
                    let off = u32::try_from(i * esz)
                        .map_err(|_| self.unsupported(e.span, "literals this large"))?;
                    self.write_place(Place::Mem { ptr: dst, off }, elem, r);
                    self.b.release_to(mark);
                }
                Ok(())
            }
            Shape::Map { key, elem } => {
                let map = self.funcs.map_desc(self.facts, ty);
                let hint = self.b.alloc(&[WordKind::Scalar]);
                self.load_u64(hint, elems.len() as u64);
                self.b.emit(Op::MakeMap { dst, hint, map });
                for el in elems {
                    let ExprKind::KeyValue { key: ke, value, .. } = &el.kind else {
                        return Err(self.unsupported(el.span, "this map literal"));
                    };
                    let mark = self.b.mark();
                    let k = self.alloc_ty(key);
                    self.elem_into(ke, k, key)?;
                    let v = self.alloc_ty(elem);
                    self.elem_into(value, v, elem)?;
                    self.b.emit(Op::MapAssign {
                        m: dst,
                        key: k,
                        val: v,
                        map,
                    });
                    self.b.release_to(mark);
                }
                Ok(())
            }
            Shape::Pointer(elem) => {
                // An elided `&T{...}` inside an outer literal.
                let lay = self.funcs.layout(self.facts.types(), elem);
                let v = self.alloc_ty(elem);
                self.composite_as(e, elem, v)?;
                self.b.emit(Op::New { dst, lay });
                self.write_place(Place::Mem { ptr: dst, off: 0 }, elem, v);
                Ok(())
            }
            _ => Err(self.unsupported(e.span, "this composite literal")),
        }
    }

    /// One element of a composite literal, whose type may be elided (`{1, 2}` inside
    /// `[]Point{...}`, `&T{}` elided to `{}` for pointer elements).
    fn elem_into(&mut self, v: &Expr, dst: Reg, want: TyId) -> R<()> {
        self.expr_into_typed(v, dst, want, v.span)
    }

    /// `e` (of a non-interface type, or an untyped constant) as a value of interface type
    /// `it`, in fresh registers.
    fn iface_of(&mut self, e: &Expr, it: TyId) -> R<Reg> {
        let et = self.facts.expr_type(e.id);
        let r = self.alloc_ty(it);
        if !matches!(self.shape(et), Shape::Interface(_)) {
            self.expr_into_typed(e, r, it, e.span)?;
            return Ok(r);
        }
        // A constant the checker typed as the interface: box it with its default type.
        let c = self
            .facts
            .expr_const(e.id)
            .ok_or_else(|| self.unsupported(e.span, "this comparison"))?;
        let name = match c {
            ConstVal::Bool(_) => "bool",
            ConstVal::Int(_) => "int",
            ConstVal::Float(_) => "float64",
            ConstVal::Complex(..) => "complex128",
            ConstVal::String(_) => "string",
            ConstVal::Nil => {
                self.zero(r, it);
                return Ok(r);
            }
        };
        let types = self.facts.types();
        let Some(dt) = (0..types.types.len() as TyId)
            .find(|t| types.get(*t).string == name && types.get(*t).name.is_none())
        else {
            return Err(self.unsupported(e.span, "this comparison"));
        };
        let v = self.alloc_ty(dt);
        self.expr_into(e, v)?;
        let ty = self.funcs.rtype(self.facts, dt);
        self.b.emit(Op::MakeIface { dst: r, src: v, ty });
        Ok(r)
    }

    /// The immediate form of `x <op> y` for integers when `y` is a small constant:
    /// `Some((None, imm))` for an addition (`AddIImm`), `Some((Some(op), imm))` otherwise.
    fn imm_op(&self, op: BinOp, ty: TyId, y: &Expr) -> Option<(Option<ImmOp>, i32)> {
        let Shape::Int(k) = self.shape(ty) else {
            return None;
        };
        let Some(ConstVal::Int(c)) = self.facts.expr_const(y.id) else {
            return None;
        };
        // Shift counts keep their own type; only take them when non-negative and small.
        let imm = i32::try_from(c as i64).ok()?;
        let signed = k.signed();
        let iop = match op {
            BinOp::Add => return Some((None, imm)),
            BinOp::Sub => ImmOp::Sub,
            BinOp::Mul => ImmOp::Mul,
            BinOp::Quo | BinOp::Rem if imm == 0 => return None,
            // Unsigned operands: the constant must be read as unsigned too.
            BinOp::Quo | BinOp::Rem if !signed && imm < 0 => return None,
            BinOp::Quo => {
                if signed {
                    ImmOp::DivI
                } else {
                    ImmOp::DivU
                }
            }
            BinOp::Rem => {
                if signed {
                    ImmOp::RemI
                } else {
                    ImmOp::RemU
                }
            }
            BinOp::And => ImmOp::And,
            BinOp::Or => ImmOp::Or,
            BinOp::Xor => ImmOp::Xor,
            BinOp::AndNot => ImmOp::AndNot,
            BinOp::Shl | BinOp::Shr if imm < 0 => return None,
            BinOp::Shl => ImmOp::Shl,
            BinOp::Shr => {
                if signed {
                    ImmOp::ShrI
                } else {
                    ImmOp::ShrU
                }
            }
            _ => return None,
        };
        Some((Some(iop), imm))
    }

    /// Whether an index expression has an unsigned type (panics then print it unsigned).
    fn unsigned_expr(&self, e: &Expr) -> bool {
        matches!(self.shape(self.facts.expr_type(e.id)), Shape::Int(k) if !k.signed())
    }

    fn canon(&mut self, r: Reg, k: IntKind) {
        let w = match k {
            IntKind::Int8 => Width::I8,
            IntKind::Int16 => Width::I16,
            IntKind::Int32 => Width::I32,
            IntKind::Uint8 => Width::U8,
            IntKind::Uint16 => Width::U16,
            IntKind::Uint32 => Width::U32,
            _ => return,
        };
        self.b.emit(Op::Ext { dst: r, src: r, w });
    }

    fn conversion(&mut self, e: &Expr, dst: Reg) -> R<()> {
        let ExprKind::Call { args, .. } = &e.kind else {
            unreachable!()
        };
        let to = self.facts.expr_type(e.id);
        let arg = &args[0];
        let from = self.facts.expr_type(arg.id);
        let a = self.expr(arg)?;
        match (self.shape(from), self.shape(to)) {
            (Shape::Int(_), Shape::Int(k)) => {
                self.b.emit(Op::Mov { dst, src: a });
                self.canon(dst, k);
            }
            (Shape::Int(k), Shape::Float64 | Shape::Float32) => {
                if k.signed() {
                    self.b.emit(Op::IntToF { dst, a });
                } else {
                    self.b.emit(Op::UintToF { dst, a });
                }
                if self.shape(to) == Shape::Float32 {
                    self.b.emit(Op::RoundF32 { dst, a: dst });
                }
            }
            (Shape::Float64 | Shape::Float32, Shape::Int(k)) => {
                if k.signed() {
                    self.b.emit(Op::FToInt { dst, a });
                } else {
                    self.b.emit(Op::FToUint { dst, a });
                }
                self.canon(dst, k);
            }
            (Shape::Float64 | Shape::Float32, Shape::Float32) => {
                self.b.emit(Op::RoundF32 { dst, a });
            }
            (Shape::Float64 | Shape::Float32, Shape::Float64) | (Shape::Bool, Shape::Bool) => {
                self.b.emit(Op::Mov { dst, src: a });
            }
            (Shape::UntypedNil, _) => self.zero(dst, to),
            (Shape::Complex128 | Shape::Complex64, t @ (Shape::Complex64 | Shape::Complex128)) => {
                self.b.emit(Op::MovN { dst, src: a, n: 2 });
                if t == Shape::Complex64 {
                    self.b.emit(Op::RoundF32 { dst, a: dst });
                    self.b.emit(Op::RoundF32 {
                        dst: dst + 1,
                        a: dst + 1,
                    });
                }
            }
            (Shape::Slice(_), Shape::Pointer(arr)) => {
                let Shape::Array { len, .. } = self.shape(arr) else {
                    return Err(self.unsupported(e.span, "this conversion"));
                };
                let n =
                    u32::try_from(len).map_err(|_| self.unsupported(e.span, "this conversion"))?;
                self.line(e.span);
                self.b.emit(Op::SliceToArrayPtr { dst, s: a, n });
            }
            (Shape::Slice(_), Shape::Array { len, .. }) => {
                let n =
                    u32::try_from(len).map_err(|_| self.unsupported(e.span, "this conversion"))?;
                let p = self.b.alloc(&[WordKind::Pointer]);
                self.line(e.span);
                self.b.emit(Op::SliceToArrayPtr { dst: p, s: a, n });
                self.read_place(Place::Mem { ptr: p, off: 0 }, to, Some(dst));
            }
            (Shape::String, Shape::Slice(el)) => {
                let kind = if self.shape(el) == Shape::Int(IntKind::Uint8) {
                    let arg = match &e.kind {
                        ExprKind::Call { args, .. } => args.first(),
                        _ => None,
                    };
                    if arg.is_some_and(|a| self.facts.expr_const(a.id).is_some()) {
                        ConvKind::ConstStrToBytes
                    } else {
                        ConvKind::StrToBytes
                    }
                } else {
                    ConvKind::StrToRunes
                };
                self.b.emit(Op::Convert { dst, src: a, kind });
            }
            (Shape::Slice(el), Shape::String) => {
                let kind = if self.shape(el) == Shape::Int(IntKind::Uint8) {
                    ConvKind::BytesToStr
                } else {
                    ConvKind::RunesToStr
                };
                self.b.emit(Op::Convert { dst, src: a, kind });
            }
            (Shape::Int(k), Shape::String) => {
                let kind = if k.signed() {
                    ConvKind::IntToStr
                } else {
                    ConvKind::UintToStr
                };
                self.b.emit(Op::Convert { dst, src: a, kind });
            }
            (_, Shape::Interface(_)) if !matches!(self.shape(from), Shape::Interface(_)) => {
                let ty = self.funcs.rtype(self.facts, from);
                self.b.emit(Op::MakeIface { dst, src: a, ty });
            }
            // Same representation (identical underlying types, pointers, interfaces,
            // unsafe.Pointer <-> pointers): the words are the value.
            (f, t)
                if self.words(from) == self.words(to)
                    && (f == t
                        || matches!(
                            (&f, &t),
                            (
                                Shape::Pointer(_) | Shape::UnsafePointer,
                                Shape::Pointer(_) | Shape::UnsafePointer
                            ) | (Shape::Interface(_), Shape::Interface(_))
                                | (Shape::UnsafePointer, Shape::Int(IntKind::Uintptr))
                                | (Shape::Int(IntKind::Uintptr), Shape::UnsafePointer)
                        )) =>
            {
                if self.words(to) > 0 {
                    self.b.emit(Op::MovN {
                        dst,
                        src: a,
                        n: self.words(to),
                    });
                }
            }
            _ => return Err(self.unsupported(e.span, "this conversion")),
        }
        Ok(())
    }

    fn compare(&mut self, op: BinOp, ty: TyId, dst: Reg, a: Reg, b: Reg, span: Span) -> R<()> {
        if matches!(op, BinOp::Eql | BinOp::Neq)
            && matches!(
                self.shape(ty),
                Shape::Struct(_)
                    | Shape::Array { .. }
                    | Shape::Slice(_)
                    | Shape::Map { .. }
                    | Shape::Func(_)
                    | Shape::Complex64
                    | Shape::Complex128
            )
        {
            self.equal(ty, dst, a, b, span)?;
            if op == BinOp::Neq {
                self.b.emit(Op::Not { dst, a: dst });
            }
            return Ok(());
        }
        if let Shape::Interface(_) = self.shape(ty) {
            self.b.emit(Op::IfaceEq { dst, a, b });
            match op {
                BinOp::Eql => {}
                BinOp::Neq => {
                    self.b.emit(Op::Not { dst, a: dst });
                }
                _ => return Err(self.unsupported(span, "this comparison")),
            }
            return Ok(());
        }
        if let Shape::String = self.shape(ty) {
            let (a, b, op) = match op {
                BinOp::Eql => (a, b, CmpOp::Eq),
                BinOp::Neq => (a, b, CmpOp::Ne),
                BinOp::Lss => (a, b, CmpOp::Lt),
                BinOp::Leq => (a, b, CmpOp::Le),
                BinOp::Gtr => (b, a, CmpOp::Lt),
                _ => (b, a, CmpOp::Le),
            };
            self.b.emit(Op::StrCmp { dst, a, b, op });
            return Ok(());
        }
        let (a, b, op) = match op {
            BinOp::Gtr => (b, a, BinOp::Lss),
            BinOp::Geq => (b, a, BinOp::Leq),
            _ => (a, b, op),
        };
        let o = match (self.shape(ty), op) {
            (
                Shape::Int(_)
                | Shape::Bool
                | Shape::Pointer(_)
                | Shape::UnsafePointer
                | Shape::Map { .. }
                | Shape::Chan { .. }
                | Shape::Func(_)
                | Shape::UntypedNil,
                BinOp::Eql,
            ) => Op::EqI { dst, a, b },
            (
                Shape::Int(_)
                | Shape::Bool
                | Shape::Pointer(_)
                | Shape::UnsafePointer
                | Shape::Map { .. }
                | Shape::Chan { .. }
                | Shape::Func(_)
                | Shape::UntypedNil,
                BinOp::Neq,
            ) => Op::NeI { dst, a, b },
            (Shape::Int(k), BinOp::Lss) if k.signed() => Op::LtI { dst, a, b },
            (Shape::Int(k), BinOp::Leq) if k.signed() => Op::LeI { dst, a, b },
            (Shape::Int(_), BinOp::Lss) => Op::LtU { dst, a, b },
            (Shape::Int(_), BinOp::Leq) => Op::LeU { dst, a, b },
            (Shape::Float64 | Shape::Float32, BinOp::Eql) => Op::EqF { dst, a, b },
            (Shape::Float64 | Shape::Float32, BinOp::Neq) => Op::NeF { dst, a, b },
            (Shape::Float64 | Shape::Float32, BinOp::Lss) => Op::LtF { dst, a, b },
            (Shape::Float64 | Shape::Float32, BinOp::Leq) => Op::LeF { dst, a, b },
            _ => return Err(self.unsupported(span, "this comparison")),
        };
        self.b.emit(o);
        Ok(())
    }

    /// `dst = a == b` for values of type `ty` in registers, field by field (Go's
    /// struct and array equality); slices, maps and funcs can only be compared with nil,
    /// which compares their data word.
    fn equal(&mut self, ty: TyId, dst: Reg, a: Reg, b: Reg, span: Span) -> R<()> {
        match self.shape(ty) {
            Shape::Slice(_) | Shape::Map { .. } | Shape::Func(_) => {
                self.b.emit(Op::EqI { dst, a, b });
            }
            Shape::Complex64 | Shape::Complex128 => {
                let t = self.b.alloc(&[WordKind::Scalar]);
                self.b.emit(Op::EqF { dst, a, b });
                self.b.emit(Op::EqF {
                    dst: t,
                    a: a + 1,
                    b: b + 1,
                });
                self.b.emit(Op::AndI { dst, a: dst, b: t });
            }
            Shape::Struct(fields) => {
                self.b.emit(Op::LoadInt { dst, imm: 1 });
                let t = self.b.alloc(&[WordKind::Scalar]);
                let mut off = 0;
                for f in fields {
                    let w = self.words(f.ty);
                    if f.name != "_" {
                        self.equal(f.ty, t, a + off, b + off, span)?;
                        self.b.emit(Op::AndI { dst, a: dst, b: t });
                    }
                    off += w;
                }
            }
            Shape::Array { len, elem } => {
                self.b.emit(Op::LoadInt { dst, imm: 1 });
                let t = self.b.alloc(&[WordKind::Scalar]);
                let w = self.words(elem);
                for i in 0..len as u32 {
                    self.equal(elem, t, a + i * w, b + i * w, span)?;
                    self.b.emit(Op::AndI { dst, a: dst, b: t });
                }
            }
            _ => self.compare(BinOp::Eql, ty, dst, a, b, span)?,
        }
        Ok(())
    }

    fn binary_op(&mut self, op: BinOp, ty: TyId, dst: Reg, a: Reg, b: Reg, span: Span) -> R<()> {
        match self.shape(ty) {
            Shape::String if op == BinOp::Add => {
                self.b.emit(Op::StrCat { dst, a, b });
            }
            Shape::Int(k) => {
                let o = match op {
                    BinOp::Add => Op::AddI { dst, a, b },
                    BinOp::Sub => Op::SubI { dst, a, b },
                    BinOp::Mul => Op::MulI { dst, a, b },
                    BinOp::Quo if k.signed() => Op::DivI { dst, a, b },
                    BinOp::Quo => Op::DivU { dst, a, b },
                    BinOp::Rem if k.signed() => Op::RemI { dst, a, b },
                    BinOp::Rem => Op::RemU { dst, a, b },
                    BinOp::And => Op::AndI { dst, a, b },
                    BinOp::Or => Op::OrI { dst, a, b },
                    BinOp::Xor => Op::XorI { dst, a, b },
                    BinOp::AndNot => Op::AndNotI { dst, a, b },
                    BinOp::Shl => Op::Shl { dst, a, b },
                    BinOp::Shr if k.signed() => Op::ShrI { dst, a, b },
                    BinOp::Shr => Op::ShrU { dst, a, b },
                    _ => return Err(self.unsupported(span, "this operator")),
                };
                self.b.emit(o);
                // Small integers are kept sign- or zero-extended: bitwise operations, right
                // shifts, remainders and unsigned quotients of such values stay so; the
                // others may leave the type's width (int8(-128) / -1 too).
                let keeps = matches!(
                    op,
                    BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot | BinOp::Shr | BinOp::Rem
                ) || (op == BinOp::Quo && !k.signed());
                if !keeps {
                    self.canon(dst, k);
                }
            }
            s @ (Shape::Complex128 | Shape::Complex64) => {
                let f32 = s == Shape::Complex64;
                match op {
                    BinOp::Add | BinOp::Sub => {
                        for w in 0..2 {
                            let o = if op == BinOp::Add {
                                Op::AddF {
                                    dst: dst + w,
                                    a: a + w,
                                    b: b + w,
                                }
                            } else {
                                Op::SubF {
                                    dst: dst + w,
                                    a: a + w,
                                    b: b + w,
                                }
                            };
                            self.b.emit(o);
                            if f32 {
                                self.b.emit(Op::RoundF32 {
                                    dst: dst + w,
                                    a: dst + w,
                                });
                            }
                        }
                    }
                    BinOp::Mul => {
                        self.b.emit(Op::ComplexMul { dst, a, b, f32 });
                    }
                    BinOp::Quo => {
                        self.b.emit(Op::ComplexDiv { dst, a, b, f32 });
                    }
                    _ => return Err(self.unsupported(span, "this operator")),
                }
            }
            s @ (Shape::Float64 | Shape::Float32) => {
                let o = match op {
                    BinOp::Add => Op::AddF { dst, a, b },
                    BinOp::Sub => Op::SubF { dst, a, b },
                    BinOp::Mul => Op::MulF { dst, a, b },
                    BinOp::Quo => Op::DivF { dst, a, b },
                    _ => return Err(self.unsupported(span, "this operator")),
                };
                self.b.emit(o);
                if s == Shape::Float32 {
                    self.b.emit(Op::RoundF32 { dst, a: dst });
                }
            }
            _ => return Err(self.unsupported(span, "this operation")),
        }
        Ok(())
    }

    /// Jumps to `target` when `e` evaluates to `when`, with `&&`/`||` short-circuiting.
    fn cond_jump(&mut self, e: &Expr, when: bool, target: Label) -> R<()> {
        match &e.kind {
            ExprKind::Paren(x) => return self.cond_jump(x, when, target),
            ExprKind::Unary {
                op: UnOp::Not, x, ..
            } => return self.cond_jump(x, !when, target),
            ExprKind::Binary {
                op: BinOp::LAnd,
                x,
                y,
                ..
            } => {
                if when {
                    let skip = self.b.new_label();
                    self.cond_jump(x, false, skip)?;
                    self.cond_jump(y, true, target)?;
                    self.b.bind(skip);
                } else {
                    self.cond_jump(x, false, target)?;
                    self.cond_jump(y, false, target)?;
                }
                return Ok(());
            }
            ExprKind::Binary {
                op: BinOp::LOr,
                x,
                y,
                ..
            } => {
                if when {
                    self.cond_jump(x, true, target)?;
                    self.cond_jump(y, true, target)?;
                } else {
                    let skip = self.b.new_label();
                    self.cond_jump(x, true, skip)?;
                    self.cond_jump(y, false, target)?;
                    self.b.bind(skip);
                }
                return Ok(());
            }
            ExprKind::Binary {
                op: op @ (BinOp::Eql | BinOp::Neq | BinOp::Gtr | BinOp::Leq),
                x,
                y,
                ..
            } if self.facts.expr_const(e.id).is_none()
                && matches!(self.shape(self.facts.expr_type(x.id)), Shape::Int(k) if k.signed() || matches!(op, BinOp::Eql | BinOp::Neq))
                && matches!(self.facts.expr_const(y.id), Some(ConstVal::Int(c)) if i32::try_from(c as i64).is_ok_and(|c| c < i32::MAX)) =>
            {
                // Compare with a constant, fused into the branch: == and != directly,
                // a > c as a >= c+1, a <= c as a < c+1.
                let Some(ConstVal::Int(c)) = self.facts.expr_const(y.id) else {
                    unreachable!()
                };
                let c = c as i64 as i32;
                let mark = self.b.mark();
                let a = self.expr(x)?;
                let (eq_like, jump_if) = match op {
                    BinOp::Eql => (true, when),
                    BinOp::Neq => (true, !when),
                    BinOp::Gtr => (false, !when),
                    _ => (false, when),
                };
                match (eq_like, jump_if) {
                    (true, true) => {
                        self.b
                            .emit_jump(target, |off| Op::JmpEqIImm { a, imm: c, off })
                    }
                    (true, false) => {
                        self.b
                            .emit_jump(target, |off| Op::JmpNeIImm { a, imm: c, off })
                    }
                    // jump_if here means "jump when a <= c" (a < c+1).
                    (false, true) => {
                        self.b
                            .emit_jump(target, |off| Op::JmpLtIImm { a, imm: c + 1, off })
                    }
                    (false, false) => {
                        self.b
                            .emit_jump(target, |off| Op::JmpGeIImm { a, imm: c + 1, off })
                    }
                };
                self.b.release_to(mark);
                return Ok(());
            }
            ExprKind::Binary {
                op: op @ (BinOp::Lss | BinOp::Geq),
                x,
                y,
                ..
            } if self.facts.expr_const(e.id).is_none() => {
                // Fused compare-and-branch for signed integer loop conditions.
                let xt = self.facts.expr_type(x.id);
                if let Shape::Int(k) = self.shape(xt) {
                    if k.signed() {
                        let mark = self.b.mark();
                        let a = self.expr(x)?;
                        let lt = (*op == BinOp::Lss) == when;
                        if let Some(ConstVal::Int(c)) = self.facts.expr_const(y.id) {
                            if let Ok(imm) = i32::try_from(c as i64) {
                                if lt {
                                    self.b
                                        .emit_jump(target, |off| Op::JmpLtIImm { a, imm, off });
                                } else {
                                    self.b
                                        .emit_jump(target, |off| Op::JmpGeIImm { a, imm, off });
                                }
                                self.b.release_to(mark);
                                return Ok(());
                            }
                        }
                        let b = self.expr(y)?;
                        if lt {
                            self.b.emit_jump(target, |off| Op::JmpLtI { a, b, off });
                        } else {
                            self.b.emit_jump(target, |off| Op::JmpGeI { a, b, off });
                        }
                        self.b.release_to(mark);
                        return Ok(());
                    }
                }
            }
            _ => {}
        }
        let mark = self.b.mark();
        let r = self.expr(e)?;
        if when {
            self.b.emit_jump(target, |off| Op::JmpIf { cond: r, off });
        } else {
            self.b
                .emit_jump(target, |off| Op::JmpIfNot { cond: r, off });
        }
        self.b.release_to(mark);
        Ok(())
    }

    /// The receiver of a method call `x.M(...)`: walks the embedded fields on `path`, then
    /// takes the address (pointer receiver) or the value (value receiver), following Go's
    /// automatic `&x` / `*p`. Returns the register holding it and its type.
    fn method_receiver(
        &mut self,
        x: &Expr,
        path: &[usize],
        ptr_recv: bool,
        span: Span,
    ) -> R<(Reg, TyId)> {
        let xt = self.facts.expr_type(x.id);
        let (mut place, mut cur) = match self.shape(xt) {
            Shape::Pointer(_) if !path.is_empty() => {
                let p = self.expr(x)?;
                (Place::Reg(p), xt)
            }
            _ => self.place_or_temp(x)?,
        };
        for &fi in path {
            if let Shape::Pointer(elem) = self.shape(cur) {
                let p = self.read_place(place, cur, None);
                place = Place::Mem { ptr: p, off: 0 };
                cur = elem;
            }
            let Shape::Struct(fields) = self.shape(cur) else {
                return Err(self.unsupported(span, "this method call"));
            };
            let fty = fields[fi].ty;
            place = match place {
                Place::Reg(r) => Place::Reg(r + self.field_word_offset(cur, fi)),
                Place::Mem { ptr, off } => Place::Mem {
                    ptr,
                    off: off + self.facts.types().get(cur).offsets[fi] as u32,
                },
            };
            cur = fty;
        }
        let is_ptr = matches!(self.shape(cur), Shape::Pointer(_));
        match (ptr_recv, is_ptr) {
            (true, true) | (false, false) => Ok((self.read_place(place, cur, None), cur)),
            (true, false) => match place {
                Place::Mem { ptr, off } => {
                    let p = self.offset_ptr(ptr, off);
                    // The receiver's type is *T; find it among the known types.
                    Ok((p, cur))
                }
                Place::Reg(_) => Err(self.unsupported(
                    span,
                    "calling a pointer method on a value held in registers",
                )),
            },
            (false, true) => {
                let Shape::Pointer(elem) = self.shape(cur) else {
                    unreachable!()
                };
                let p = self.read_place(place, cur, None);
                Ok((
                    self.read_place(Place::Mem { ptr: p, off: 0 }, elem, None),
                    elem,
                ))
            }
        }
    }

    /// `x.M(args)` where `x` is an interface: dynamic dispatch on the value's type.

    /// An interface method call on the interface value in `recv` (evaluated from `x`
    /// when None).
    #[allow(clippy::too_many_arguments)]
    fn iface_call_on(
        &mut self,
        e: &Expr,
        recv: Option<Reg>,
        x: &Expr,
        func: u32,
        args: &[Expr],
        spread: bool,
        mode: CallMode,
    ) -> R<Option<Reg>> {
        let ExprKind::Call { fun, .. } = &e.kind else {
            unreachable!()
        };
        let ft = self.facts.expr_type(strip_parens(fun).id);
        let Shape::Func(sig) = self.shape(ft) else {
            return Err(self.unsupported(e.span, "this call"));
        };
        let iface = match recv {
            Some(r) => r,
            None => self.expr(x)?,
        };
        let vals = self.eval_args(args, spread, &sig, e.span)?;
        let rt = self.facts.expr_type(e.id);
        let result_kinds: Vec<WordKind> = match self.facts.expr_class(e.id) {
            ExprClass::NoValue => vec![],
            _ => kinds_of(&self.facts.types().get(rt).words),
        };
        let mut arg_kinds = vec![WordKind::Pointer];
        for (_, t) in &vals {
            arg_kinds.extend(kinds_of(&self.facts.types().get(*t).words));
        }
        let n = arg_kinds.len().max(result_kinds.len());
        let kinds: Vec<WordKind> = (0..n)
            .map(|i| {
                if arg_kinds.get(i) == Some(&WordKind::Pointer)
                    || result_kinds.get(i) == Some(&WordKind::Pointer)
                {
                    WordKind::Pointer
                } else {
                    WordKind::Scalar
                }
            })
            .collect();
        let name = self.funcs.method_name(&self.facts.obj(func).name);
        if mode != CallMode::Call {
            // go/defer x.M(args): the interface, then the arguments.
            let mut k = vec![WordKind::Scalar, WordKind::Pointer];
            k.extend(arg_kinds[1..].iter().copied());
            let area = self.b.alloc(&k);
            self.b.emit(Op::MovN {
                dst: area,
                src: iface,
                n: 2,
            });
            let mut off = 2;
            for (r, t) in vals {
                let w = self.words(t);
                if w > 0 {
                    self.b.emit(Op::MovN {
                        dst: area + off,
                        src: r,
                        n: w,
                    });
                }
                off += w;
            }
            let n = u16::try_from(off - 2)
                .map_err(|_| self.unsupported(e.span, "a call with this many arguments"))?;
            self.line(e.span);
            if mode == CallMode::Go {
                self.b.emit(Op::GoIface {
                    base: area,
                    name,
                    n,
                });
            } else {
                self.b.emit(Op::DeferIface {
                    base: area,
                    name,
                    n,
                });
            }
            return Ok(None);
        }
        let base = self.b.alloc(&kinds);
        let mut off = 1;
        for (r, t) in vals {
            let w = self.words(t);
            if w > 0 {
                self.b.emit(Op::MovN {
                    dst: base + off,
                    src: r,
                    n: w,
                });
            }
            off += w;
        }
        self.line(e.span);
        let args = u16::try_from(off)
            .map_err(|_| self.unsupported(e.span, "a call with this many arguments"))?;
        self.b.emit(Op::CallIface {
            iface,
            name,
            base,
            args,
        });
        if result_kinds.is_empty() {
            Ok(None)
        } else {
            Ok(Some(base))
        }
    }

    /// One argument converted to the parameter type `want`, into `dst`.
    fn arg_into(&mut self, a: &ArgSrc, dst: Reg, want: TyId) -> R<()> {
        match a {
            ArgSrc::Expr(e) => self.expr_into_typed(e, dst, want, e.span),
            ArgSrc::Reg(r, have) => {
                let (hs, ws) = (self.shape(*have), self.shape(want));
                if matches!(ws, Shape::Interface(_)) && !matches!(hs, Shape::Interface(_)) {
                    let ty = self.funcs.rtype(self.facts, *have);
                    self.b.emit(Op::MakeIface { dst, src: *r, ty });
                } else if self.words(want) > 0 {
                    self.b.emit(Op::MovN {
                        dst,
                        src: *r,
                        n: self.words(want),
                    });
                }
                Ok(())
            }
        }
    }

    /// `x.M` as a value: a closure over a heap cell holding the receiver (evaluated now,
    /// as Go does), whose code calls the method with it.
    fn method_value(&mut self, e: &Expr, x: &Expr, ty: TyId, dst: Reg) -> R<()> {
        let Some(Selection::Method {
            path,
            func,
            ptr_recv,
            via_interface,
            ..
        }) = self.facts.selection(e.id)
        else {
            unreachable!()
        };
        let Shape::Func(sig) = self.shape(ty) else {
            return Err(self.unsupported(e.span, "this method value"));
        };
        let np: u32 = sig.params.iter().map(|t| self.words(*t)).sum();
        let nr: u32 = sig.results.iter().map(|t| self.words(*t)).sum();
        let (recv, rt) = if via_interface {
            (self.expr(x)?, self.facts.expr_type(x.id))
        } else {
            self.method_receiver(x, &path, ptr_recv, e.span)?
        };
        // The receiver's type as stored in the cell: a pointer for pointer receivers.
        let (rw, lay) = if via_interface || !ptr_recv {
            (self.words(rt), self.funcs.layout(self.facts.types(), rt))
        } else {
            (
                1,
                self.funcs
                    .layout(self.facts.types(), self.funcs.pointer_layout_ty(self.facts)),
            )
        };
        let cell = self.b.alloc(&[WordKind::Pointer]);
        self.b.emit(Op::New { dst: cell, lay });
        if rw > 0 {
            self.b.emit(Op::StoreVal {
                ptr: cell,
                src: recv,
                lay,
            });
        }
        let target = if via_interface {
            WrapTarget::Iface(self.funcs.method_name(&self.facts.obj(func).name))
        } else {
            match (
                self.funcs.by_obj.get(&func),
                self.funcs.native_names.get(&func).cloned(),
            ) {
                (Some(f), _) => WrapTarget::Func(*f),
                (None, Some(q)) => WrapTarget::Native(
                    self.funcs
                        .native(&q)
                        .ok_or_else(|| self.unsupported(e.span, &format!("the method {q}")))?,
                ),
                _ => return Err(self.unsupported(e.span, "this method value")),
            }
        };
        let w = self.funcs.method_wrapper(target, lay, rw, np, nr);
        self.b.emit(Op::MakeClosure {
            dst,
            func: w,
            caps: cell,
            n: 1,
        });
        Ok(())
    }

    /// Compiles a call; returns the register of its results (None without results).
    fn call(&mut self, e: &Expr, _dst: Option<Reg>) -> R<Option<Reg>> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            unreachable!()
        };
        // Only this call is deferred (or started): its callee and arguments are evaluated
        // now.
        let mode = std::mem::replace(&mut self.call_mode, CallMode::Call);
        if let Some(b) = self.builtin_of(e) {
            if mode != CallMode::Call {
                return self.spawn_thunk(e, args, mode, |c, e| {
                    let ExprKind::Call { args, ellipsis, .. } = &e.kind else {
                        unreachable!()
                    };
                    c.append_spread = ellipsis.is_some();
                    c.builtin(b, args, e.span).map(|_| ())
                });
            }
            self.append_spread = ellipsis.is_some();
            return self.builtin(b, args, e.span);
        }
        if self.is_conversion(e) {
            let ty = self.facts.expr_type(e.id);
            let r = self.alloc_ty(ty);
            self.conversion(e, r)?;
            return Ok(Some(r));
        }
        let callee = strip_parens(fun);
        enum Target {
            Func(u32),
            Native(u32),
            Closure(Reg),
        }
        // A method call: receiver first, then the arguments.
        let mut recv: Option<(Reg, u32)> = None;
        // The receiver's word kinds: it comes first in the call area.
        let mut recv_kinds: Vec<WordKind> = Vec::new();
        let mut method_obj = None;
        if let ExprKind::Selector { x, .. } = &callee.kind {
            if let Some(Selection::Method {
                path,
                func,
                ptr_recv,
                via_interface,
                ..
            }) = self.facts.selection(callee.id)
            {
                if via_interface {
                    return self.iface_call_on(e, None, x, func, args, ellipsis.is_some(), mode);
                }
                if !self.funcs.by_obj.contains_key(&func)
                    && !self.funcs.native_names.contains_key(&func)
                {
                    // A method promoted from an embedded interface: call it on that field.
                    let (iv, _) = self.method_receiver(x, &path, false, e.span)?;
                    return self.iface_call_on(
                        e,
                        Some(iv),
                        x,
                        func,
                        args,
                        ellipsis.is_some(),
                        mode,
                    );
                }
                let (r, rt) = self.method_receiver(x, &path, ptr_recv, e.span)?;
                let words = if ptr_recv { 1 } else { self.words(rt) };
                recv_kinds = if ptr_recv {
                    vec![WordKind::Pointer]
                } else {
                    kinds_of(&self.facts.types().get(rt).words)
                };
                recv = Some((r, words));
                method_obj = Some(func);
            }
        }
        // A declared function (of any package) or a native.
        let obj = match &callee.kind {
            _ if method_obj.is_some() => method_obj,
            ExprKind::Ident(_) => self.facts.ident_obj(callee.id),
            ExprKind::Selector { x, sel }
                if self.facts.expr_class(strip_parens(x).id) == ExprClass::Package =>
            {
                self.facts.ident_obj(sel.id)
            }
            _ => None,
        };
        let target = match obj {
            Some(o) if self.funcs.by_obj.contains_key(&o) => {
                Some(Target::Func(self.funcs.by_obj[&o]))
            }
            Some(o) if self.funcs.native_names.contains_key(&o) && mode == CallMode::Go => {
                // A goroutine cannot start in a native: it starts in a function that calls it.
                return self.spawn_thunk(e, args, mode, |c, e| c.call(e, None).map(|_| ()));
            }
            Some(o)
                if mode == CallMode::Defer
                    && self.funcs.native_names.get(&o).is_some_and(|q| {
                        matches!(
                            crate::interp::natives::lookup(q),
                            Some(crate::interp::natives::NativeImpl::Plain(_))
                        )
                    }) =>
            {
                // A deferred plain native may end the goroutine or the program
                // (runtime.Goexit, os.Exit), panic, or park (time.Sleep, a semaphore): it
                // is called from a `.deferwrapN` function, where a native call behaves as
                // it does anywhere else. (Re-entrant natives, fmt's, are deferred directly:
                // the driver runs them.)
                return self.spawn_thunk(e, args, mode, |c, e| c.call(e, None).map(|_| ()));
            }
            Some(o) if self.funcs.native_names.contains_key(&o) => {
                let q = self.funcs.native_names[&o].clone();
                match self.funcs.native(&q) {
                    Some(id) => Some(Target::Native(id)),
                    None => return Err(self.unsupported(e.span, &format!("the function {q}"))),
                }
            }
            _ => None,
        };
        let target = match target {
            Some(t) => t,
            None if matches!(callee.kind, ExprKind::Selector { .. })
                && self.facts.selection(callee.id).is_some_and(|s| {
                    !matches!(s, Selection::Field { .. } | Selection::MethodExpr { .. })
                }) =>
            {
                return Err(self.unsupported(e.span, "method calls"));
            }
            None => {
                // A func value in a local variable's register is called from there (the
                // arguments cannot change it: only variables in heap cells are shared).
                let fv = self.expr(callee)?;
                Target::Closure(fv)
            }
        };
        let ft = self.facts.expr_type(callee.id);
        let Shape::Func(sig) = self.shape(ft) else {
            return Err(self.unsupported(e.span, "this call"));
        };
        let rt = self.facts.expr_type(e.id);
        let result_kinds: Vec<WordKind> = match self.facts.expr_class(e.id) {
            ExprClass::NoValue => vec![],
            _ => kinds_of(&self.facts.types().get(rt).words),
        };
        // The call area holds the receiver and the arguments, then the results; a word
        // that is a pointer in either is marked as a pointer.
        let arg_kinds: Vec<WordKind> = recv_kinds
            .into_iter()
            .chain(
                sig.params
                    .iter()
                    .flat_map(|t| kinds_of(&self.facts.types().get(*t).words)),
            )
            .collect();
        let n = arg_kinds.len().max(result_kinds.len());
        let kinds: Vec<WordKind> = (0..n)
            .map(|i| {
                let p = arg_kinds.get(i) == Some(&WordKind::Pointer)
                    || result_kinds.get(i) == Some(&WordKind::Pointer);
                if p {
                    WordKind::Pointer
                } else {
                    WordKind::Scalar
                }
            })
            .collect();
        // Evaluate arguments into temporaries first (an argument may itself be a call),
        // then move them into the call area at the top of the frame. `f(g())` with a
        // multi-value `g` passes g's results as the arguments.
        let vals = self.eval_args(args, ellipsis.is_some(), &sig, e.span)?;
        let base = self.b.alloc(&kinds);
        let mut off = 0;
        if let Some((r, w)) = recv {
            self.b.emit(Op::MovN {
                dst: base,
                src: r,
                n: w,
            });
            off = w;
        }
        for (r, t) in vals {
            let w = self.words(t);
            if w > 0 {
                self.b.emit(Op::MovN {
                    dst: base + off,
                    src: r,
                    n: w,
                });
            }
            off += w;
        }
        self.line(e.span);
        if mode != CallMode::Call {
            let n = u16::try_from(off).map_err(|_| {
                self.unsupported(e.span, "deferring a call with this many arguments")
            })?;
            match (mode, target) {
                (CallMode::Go, Target::Func(func)) => self.b.emit(Op::GoCall { func, base, n }),
                (CallMode::Go, Target::Closure(fv)) => self.b.emit(Op::GoClosure { fv, base, n }),
                (_, Target::Func(func)) => self.b.emit(Op::DeferCall { func, base, n }),
                (_, Target::Native(id)) => self.b.emit(Op::DeferNative { id, base, n }),
                (_, Target::Closure(fv)) => self.b.emit(Op::DeferClosure { fv, base, n }),
            };
            return Ok(None);
        }
        match target {
            Target::Func(func) => self.b.emit(Op::Call { func, base }),
            Target::Native(id) => self.b.emit(Op::CallNative {
                id,
                base,
                args: u16::try_from(off)
                    .map_err(|_| self.unsupported(e.span, "a call with this many arguments"))?,
            }),
            Target::Closure(fv) => self.b.emit(Op::CallClosure {
                fv,
                base,
                args: u16::try_from(off)
                    .map_err(|_| self.unsupported(e.span, "a call with this many arguments"))?,
            }),
        };
        if result_kinds.is_empty() {
            Ok(None)
        } else {
            Ok(Some(base))
        }
    }

    /// Evaluates a call's arguments converted to the parameter types of `sig`, in order:
    /// `f(g())` with a multi-value `g` passes g's results; a variadic call without `...`
    /// packs the extra arguments into a new slice.
    fn eval_args(
        &mut self,
        args: &[Expr],
        spread: bool,
        sig: &super::ctypes::CSig,
        span: Span,
    ) -> R<Vec<(Reg, TyId)>> {
        let e_span = span;
        let mut srcs: Vec<ArgSrc> = args.iter().map(ArgSrc::Expr).collect();
        if args.len() == 1 {
            if let Shape::Tuple(ts) = self.shape(self.facts.expr_type(args[0].id)) {
                let r = self.expr(&args[0])?;
                let mut off = 0;
                srcs = ts
                    .iter()
                    .map(|t| {
                        let v = ArgSrc::Reg(r + off, *t);
                        off += self.words(*t);
                        v
                    })
                    .collect();
            }
        }
        let mut vals = Vec::new();
        let fixed = if sig.variadic && !spread {
            sig.params.len() - 1
        } else {
            sig.params.len()
        };
        for (i, a) in srcs.iter().enumerate().take(fixed) {
            let want = sig.params[i];
            let r = self.alloc_ty(want);
            self.arg_into(a, r, want)?;
            vals.push((r, want));
        }
        if sig.variadic && !spread {
            let st = *sig.params.last().expect("variadic has a last parameter");
            let Shape::Slice(elem) = self.shape(st) else {
                unreachable!("variadic parameter is a slice")
            };
            let s = self.alloc_ty(st);
            let extra = &srcs[fixed.min(srcs.len())..];
            if extra.is_empty() {
                self.zero(s, st);
            } else {
                let nreg = self.b.alloc(&[WordKind::Scalar, WordKind::Scalar]);
                self.load_u64(nreg, extra.len() as u64);
                self.load_u64(nreg + 1, extra.len() as u64);
                let lay = self.funcs.layout(self.facts.types(), elem);
                self.b.emit(Op::MakeSlice {
                    dst: s,
                    n: nreg,
                    lay,
                });
                let esz = self.facts.types().get(elem).size;
                for (i, a) in extra.iter().enumerate() {
                    let mark = self.b.mark();
                    let r = self.alloc_ty(elem);
                    self.arg_into(a, r, elem)?;
                    let off = u32::try_from(i as u64 * esz)
                        .map_err(|_| self.unsupported(e_span, "this many arguments"))?;
                    self.write_place(Place::Mem { ptr: s, off }, elem, r);
                    self.b.release_to(mark);
                }
            }
            vals.push((s, st));
        }
        Ok(vals)
    }

    fn builtin(&mut self, b: Builtin, args: &[Expr], span: Span) -> R<Option<Reg>> {
        match b {
            Builtin::Print | Builtin::Println => {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.b.emit(Op::PrintByte { byte: b' ' });
                    }
                    let ty = self.facts.expr_type(a.id);
                    let kind = match self.shape(ty) {
                        Shape::Bool => PrintKind::Bool,
                        Shape::Int(k) if k.signed() => PrintKind::Int,
                        Shape::Int(_) => PrintKind::Uint,
                        Shape::Float32 | Shape::Float64 => PrintKind::Float,
                        Shape::Complex64 | Shape::Complex128 => PrintKind::Complex,
                        Shape::Pointer(_)
                        | Shape::UnsafePointer
                        | Shape::Map { .. }
                        | Shape::Chan { .. }
                        | Shape::Func(_)
                        | Shape::UntypedNil => PrintKind::Pointer,
                        Shape::Slice(_) => PrintKind::Slice,
                        Shape::Interface(_) => PrintKind::Iface,
                        Shape::String => PrintKind::String,
                        _ => {
                            return Err(
                                self.unsupported(a.span, "printing this type with print/println")
                            );
                        }
                    };
                    let mark = self.b.mark();
                    let r = self.expr(a)?;
                    self.b.emit(Op::Print { src: r, kind });
                    self.b.release_to(mark);
                }
                if b == Builtin::Println {
                    self.b.emit(Op::PrintByte { byte: b'\n' });
                }
                Ok(None)
            }
            Builtin::Panic => {
                let at = self.facts.expr_type(args[0].id);
                let v = self.b.alloc(&[WordKind::Scalar, WordKind::Pointer]);
                if matches!(self.shape(at), Shape::Interface(_)) {
                    self.expr_into(&args[0], v)?;
                } else if self.shape(at) == Shape::UntypedNil {
                    self.zero(v, at);
                } else {
                    let x = self.expr(&args[0])?;
                    let ty = self.funcs.rtype(self.facts, at);
                    self.b.emit(Op::MakeIface { dst: v, src: x, ty });
                }
                self.line(span);
                self.b.emit(Op::Panic { src: v });
                Ok(None)
            }
            Builtin::Close => {
                let c = self.expr(&args[0])?;
                self.line(span);
                self.b.emit(Op::ChanClose { ch: c });
                Ok(None)
            }
            Builtin::Recover => {
                let d = self.b.alloc(&[WordKind::Scalar, WordKind::Pointer]);
                self.b.emit(Op::Recover { dst: d });
                Ok(Some(d))
            }
            Builtin::Delete => {
                let mt = self.facts.expr_type(args[0].id);
                let Shape::Map { key, .. } = self.shape(mt) else {
                    return Err(self.unsupported(span, "delete"));
                };
                let map = self.funcs.map_desc(self.facts, mt);
                let m = self.expr(&args[0])?;
                let k = self.map_key(&args[1], key)?;
                self.line(span);
                self.b.emit(Op::MapDelete { m, key: k, map });
                Ok(None)
            }
            Builtin::Clear => {
                let t = self.facts.expr_type(args[0].id);
                match self.shape(t) {
                    Shape::Map { .. } => {
                        let map = self.funcs.map_desc(self.facts, t);
                        let m = self.expr(&args[0])?;
                        self.b.emit(Op::MapClear { m, map });
                        Ok(None)
                    }
                    Shape::Slice(elem) => {
                        let lay = self.funcs.layout(self.facts.types(), elem);
                        let sr = self.expr(&args[0])?;
                        self.b.emit(Op::ClearSlice { s: sr, lay });
                        Ok(None)
                    }
                    _ => Err(self.unsupported(span, "clear of this type")),
                }
            }
            Builtin::Len
                if matches!(
                    self.shape(self.facts.expr_type(args[0].id)),
                    Shape::Map { .. }
                ) =>
            {
                let m = self.expr(&args[0])?;
                let d = self.b.alloc(&[WordKind::Scalar]);
                self.b.emit(Op::MapLen { dst: d, m });
                Ok(Some(d))
            }
            Builtin::Real | Builtin::Imag => {
                let c = self.expr(&args[0])?;
                let d = self.b.alloc(&[WordKind::Scalar]);
                self.b.emit(Op::Mov {
                    dst: d,
                    src: c + if b == Builtin::Real { 0 } else { 1 },
                });
                Ok(Some(d))
            }
            Builtin::Complex => {
                let d = self.b.alloc(&[WordKind::Scalar, WordKind::Scalar]);
                self.expr_into(&args[0], d)?;
                self.expr_into(&args[1], d + 1)?;
                Ok(Some(d))
            }
            Builtin::Min | Builtin::Max => {
                let ty = self.facts.expr_type(args[0].id);
                let d = self.alloc_ty(ty);
                self.expr_into(&args[0], d)?;
                let is_max = b == Builtin::Max;
                for a in &args[1..] {
                    let mark = self.b.mark();
                    let v = self.expr(a)?;
                    match self.shape(ty) {
                        Shape::Float32 | Shape::Float64 => {
                            self.b.emit(Op::MinMaxF {
                                dst: d,
                                a: d,
                                b: v,
                                max: is_max,
                            });
                        }
                        Shape::Int(_) | Shape::String => {
                            // d = v if v < d (min) or d < v (max).
                            let t = self.b.alloc(&[WordKind::Scalar]);
                            let (x, y) = if is_max { (d, v) } else { (v, d) };
                            self.compare(BinOp::Lss, ty, t, x, y, span)?;
                            let skip = self.b.new_label();
                            self.b.emit_jump(skip, |off| Op::JmpIfNot { cond: t, off });
                            self.b.emit(Op::MovN {
                                dst: d,
                                src: v,
                                n: self.words(ty),
                            });
                            self.b.bind(skip);
                        }
                        _ => return Err(self.unsupported(span, "min or max of this type")),
                    }
                    self.b.release_to(mark);
                }
                Ok(Some(d))
            }
            Builtin::Len | Builtin::Cap => {
                let at = self.facts.expr_type(args[0].id);
                let w = if b == Builtin::Len { 1 } else { 2 };
                match self.shape(at) {
                    Shape::String | Shape::Slice(_) => {
                        let r = self.expr(&args[0])?;
                        let d = self.b.alloc(&[WordKind::Scalar]);
                        self.b.emit(Op::Mov { dst: d, src: r + w });
                        Ok(Some(d))
                    }
                    Shape::Chan { .. } => {
                        let c = self.expr(&args[0])?;
                        let d = self.b.alloc(&[WordKind::Scalar]);
                        if b == Builtin::Len {
                            self.b.emit(Op::ChanLen { dst: d, ch: c });
                        } else {
                            self.b.emit(Op::ChanCap { dst: d, ch: c });
                        }
                        Ok(Some(d))
                    }
                    _ => Err(self.unsupported(span, "len or cap of this type")),
                }
            }
            Builtin::New => {
                let ExprClass::Type(t) = self.facts.expr_class(args[0].id) else {
                    return Err(self.unsupported(span, "new"));
                };
                let lay = self.funcs.layout(self.facts.types(), t);
                let d = self.b.alloc(&[WordKind::Pointer]);
                self.b.emit(Op::New { dst: d, lay });
                Ok(Some(d))
            }
            Builtin::Make => {
                let ExprClass::Type(t) = self.facts.expr_class(args[0].id) else {
                    return Err(self.unsupported(span, "make"));
                };
                if let Shape::Map { .. } = self.shape(t) {
                    let map = self.funcs.map_desc(self.facts, t);
                    let hint = self.b.alloc(&[WordKind::Scalar]);
                    match args.get(1) {
                        Some(h) => self.expr_into(h, hint)?,
                        None => {
                            self.b.emit(Op::LoadInt { dst: hint, imm: 0 });
                        }
                    }
                    let d = self.b.alloc(&[WordKind::Pointer]);
                    self.b.emit(Op::MakeMap { dst: d, hint, map });
                    return Ok(Some(d));
                }
                if let Shape::Chan { elem } = self.shape(t) {
                    let size = self.b.alloc(&[WordKind::Scalar]);
                    match args.get(1) {
                        Some(h) => self.expr_into(h, size)?,
                        None => {
                            self.b.emit(Op::LoadInt { dst: size, imm: 0 });
                        }
                    }
                    let d = self.b.alloc(&[WordKind::Pointer]);
                    self.line(span);
                    self.b.emit(Op::MakeChan {
                        dst: d,
                        size,
                        words: self.words(elem) as u16,
                    });
                    return Ok(Some(d));
                }
                let Shape::Slice(elem) = self.shape(t) else {
                    return Err(self.unsupported(span, "make of this type"));
                };
                let n = self.b.alloc(&[WordKind::Scalar, WordKind::Scalar]);
                self.expr_into(&args[1], n)?;
                match args.get(2) {
                    Some(c) => self.expr_into(c, n + 1)?,
                    None => {
                        self.b.emit(Op::Mov { dst: n + 1, src: n });
                    }
                }
                let lay = self.funcs.layout(self.facts.types(), elem);
                let d = self.alloc_ty(t);
                self.line(span);
                self.b.emit(Op::MakeSlice { dst: d, n, lay });
                Ok(Some(d))
            }
            Builtin::Append => {
                // Read the flag before the arguments are compiled: a call inside them
                // (`append([]byte{byte(len(s))}, t...)`) sets it for itself.
                let spread = std::mem::take(&mut self.append_spread);
                let st = self.facts.expr_type(args[0].id);
                let Shape::Slice(elem) = self.shape(st) else {
                    return Err(self.unsupported(span, "append"));
                };
                let lay = self.funcs.layout(self.facts.types(), elem);
                let s = self.alloc_ty(st);
                self.expr_into(&args[0], s)?;
                if args.len() == 1 {
                    return Ok(Some(s));
                }
                if spread {
                    // A string's (ptr, len) reads as a slice's first two words, so
                    // append([]byte, string...) needs nothing special.
                    let t = self.expr(&args[1])?;
                    self.line(span);
                    self.b.emit(Op::AppendSlice { s, t, lay });
                    return Ok(Some(s));
                }
                // Evaluate the new elements first (they may refer to s), then grow and store.
                let vals: Vec<Reg> = args[1..]
                    .iter()
                    .map(|a| {
                        let r = self.alloc_ty(elem);
                        self.expr_into_typed(a, r, elem, a.span).map(|_| r)
                    })
                    .collect::<R<_>>()?;
                let n = self.b.alloc(&[WordKind::Scalar]);
                self.load_u64(n, vals.len() as u64);
                self.line(span);
                self.b.emit(Op::Grow { s, n, lay });
                let esz = self.elem_size(elem, span)?;
                // The first new element's index is len - n.
                let i = self.b.alloc(&[WordKind::Scalar]);
                self.b.emit(Op::SubI {
                    dst: i,
                    a: s + 1,
                    b: n,
                });
                for v in vals {
                    let a = self.b.alloc(&[WordKind::Pointer]);
                    self.b.emit(Op::IndexAddr {
                        dst: a,
                        s,
                        i,
                        esz,
                        unsigned: false,
                    });
                    self.write_place(Place::Mem { ptr: a, off: 0 }, elem, v);
                    self.b.emit(Op::AddIImm {
                        dst: i,
                        a: i,
                        imm: 1,
                    });
                }
                Ok(Some(s))
            }
            Builtin::Copy => {
                let dt = self.facts.expr_type(args[0].id);
                let Shape::Slice(elem) = self.shape(dt) else {
                    return Err(self.unsupported(span, "copy"));
                };
                let lay = self.funcs.layout(self.facts.types(), elem);
                let lay =
                    u16::try_from(lay).map_err(|_| self.unsupported(span, "this many types"))?;
                let d = self.expr(&args[0])?;
                let s = self.expr(&args[1])?;
                let n = self.b.alloc(&[WordKind::Scalar]);
                self.b.emit(Op::Copy { dst: n, d, s, lay });
                Ok(Some(n))
            }
            Builtin::Add => {
                // unsafe.Add: pointer arithmetic on the address.
                let d = self.b.alloc(&[WordKind::Pointer]);
                let p = if self.facts.expr_const(args[0].id) == Some(ConstVal::Nil) {
                    let z = self.b.alloc(&[WordKind::Scalar]);
                    self.b.emit(Op::LoadInt { dst: z, imm: 0 });
                    z
                } else {
                    self.expr(&args[0])?
                };
                let n = self.expr(&args[1])?;
                self.b.emit(Op::AddI { dst: d, a: p, b: n });
                Ok(Some(d))
            }
            Builtin::SliceData | Builtin::StringData => {
                let s = self.expr(&args[0])?;
                let d = self.b.alloc(&[WordKind::Pointer]);
                self.b.emit(Op::Mov { dst: d, src: s });
                Ok(Some(d))
            }
            Builtin::Slice | Builtin::String => {
                let src = self.b.alloc(&[WordKind::Pointer, WordKind::Scalar]);
                if self.facts.expr_const(args[0].id) == Some(ConstVal::Nil) {
                    self.b.emit(Op::LoadInt { dst: src, imm: 0 });
                } else {
                    self.expr_into(&args[0], src)?;
                }
                self.expr_into(&args[1], src + 1)?;
                if b == Builtin::String {
                    let d = self.b.alloc(&[WordKind::Pointer, WordKind::Scalar]);
                    self.b.emit(Op::UnsafeString { dst: d, src });
                    return Ok(Some(d));
                }
                let pt = self.facts.expr_type(args[0].id);
                let Shape::Pointer(elem) = self.shape(pt) else {
                    return Err(self.unsupported(span, "unsafe.Slice of this type"));
                };
                let esize = u32::try_from(self.facts.types().get(elem).size)
                    .map_err(|_| self.unsupported(span, "unsafe.Slice of an element this large"))?;
                let d = self
                    .b
                    .alloc(&[WordKind::Pointer, WordKind::Scalar, WordKind::Scalar]);
                self.b.emit(Op::UnsafeSlice { dst: d, src, esize });
                Ok(Some(d))
            }
            _ => Err(self.unsupported(span, "this builtin")),
        }
    }
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(n) if n == "_")
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

/// Whether a function body has a `defer` statement (not counting function literals).
fn contains_defer(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Block(b) => contains_defer(&b.stmts),
        StmtKind::If { then, els, .. } => {
            contains_defer(&then.stmts)
                || els
                    .as_ref()
                    .is_some_and(|e| contains_defer(std::slice::from_ref(e)))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => contains_defer(&body.stmts),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| contains_defer(&c.body))
        }
        StmtKind::Select { clauses, .. } => clauses.iter().any(|c| contains_defer(&c.body)),
        StmtKind::Labeled { stmt, .. } => contains_defer(std::slice::from_ref(stmt)),
        _ => false,
    })
}

/// Calls `f` on every expression of `stmts`, outermost first (function literals' bodies
/// excluded: they are compiled as functions of their own).
fn walk_stmts(stmts: &[Stmt], f: &mut dyn FnMut(&Expr)) {
    for s in stmts {
        walk_stmt(s, f);
    }
}

fn walk_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    let opt = |o: &Option<Box<Stmt>>, f: &mut dyn FnMut(&Expr)| {
        if let Some(s) = o {
            walk_stmt(s, f);
        }
    };
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => walk_expr(e, f),
        StmtKind::Send { ch, value, .. } => {
            walk_expr(ch, f);
            walk_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => walk_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| walk_expr(e, f)),
        StmtKind::Return(es) => es.iter().for_each(|e| walk_expr(e, f)),
        StmtKind::Block(b) => walk_stmts(&b.stmts, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt(init, f);
            walk_expr(cond, f);
            walk_stmts(&then.stmts, f);
            opt(els, f);
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            opt(init, f);
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            for c in clauses {
                c.list.iter().for_each(|e| walk_expr(e, f));
                walk_stmts(&c.body, f);
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            opt(init, f);
            walk_expr(x, f);
            clauses.iter().for_each(|c| walk_stmts(&c.body, f));
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                opt(&c.comm, f);
                walk_stmts(&c.body, f);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt(init, f);
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            opt(post, f);
            walk_stmts(&body.stmts, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter().chain(value.iter()).for_each(|e| walk_expr(e, f));
            walk_expr(x, f);
            walk_stmts(&body.stmts, f);
        }
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f),
        StmtKind::Decl(d) => match &**d {
            ast::Decl::Var(specs) => specs
                .iter()
                .flat_map(|s| s.values.iter())
                .for_each(|e| walk_expr(e, f)),
            _ => {}
        },
        _ => {}
    }
}

fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(|x| walk_expr(x, f)),
        ExprKind::KeyValue { key, value, .. } => {
            walk_expr(key, f);
            walk_expr(value, f);
        }
        ExprKind::Paren(x)
        | ExprKind::Selector { x, .. }
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::TypeAssert { x, .. } => walk_expr(x, f),
        ExprKind::Index { x, index, .. } => {
            walk_expr(x, f);
            walk_expr(index, f);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            walk_expr(x, f);
            for y in [lo, hi, max].into_iter().flatten() {
                walk_expr(y, f);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            walk_expr(fun, f);
            args.iter().for_each(|a| walk_expr(a, f));
        }
        ExprKind::Binary { x, y, .. } => {
            walk_expr(x, f);
            walk_expr(y, f);
        }
        _ => {}
    }
}

/// Synthetic object ids (above any checker object) for the compiler's own variables.
/// Object ids from here up are the compiler's own hidden variables (range-over-func cells).
const SYNTH_OBJ: u32 = u32::MAX - (1 << 20);

/// Calls `f` on the node id of every identifier in `e` that is a plain operand (the base
/// of selectors, index expressions and dereferences included).
fn walk_expr_idents(e: &Expr, f: &mut dyn FnMut(ast::NodeId)) {
    match &e.kind {
        ExprKind::Ident(_) => f(e.id),
        ExprKind::Paren(x) | ExprKind::Selector { x, .. } => walk_expr_idents(x, f),
        ExprKind::Index { x, index, .. } => {
            walk_expr_idents(x, f);
            walk_expr_idents(index, f);
        }
        ExprKind::Unary { x, .. } | ExprKind::Star(x) => walk_expr_idents(x, f),
        _ => {}
    }
}

/// Calls `f` on every statement of `stmts` and the statements nested in them (function
/// literals' bodies excluded); with `skip`, not inside the bodies of range loops whose
/// operand `skip` accepts (by node id).
fn visit_stmts<'s>(
    stmts: &'s [Stmt],
    skip: Option<&dyn Fn(ast::NodeId) -> bool>,
    f: &mut dyn FnMut(&'s Stmt),
) {
    for s in stmts {
        visit_stmt(s, skip, f);
    }
}

fn visit_stmt<'s>(
    s: &'s Stmt,
    skip: Option<&dyn Fn(ast::NodeId) -> bool>,
    f: &mut dyn FnMut(&'s Stmt),
) {
    f(s);
    let opt = |o: &'s Option<Box<Stmt>>, f: &mut dyn FnMut(&'s Stmt)| {
        if let Some(s) = o {
            visit_stmt(s, skip, f);
        }
    };
    match &s.kind {
        StmtKind::Block(b) => visit_stmts(&b.stmts, skip, f),
        StmtKind::If {
            init, then, els, ..
        } => {
            opt(init, f);
            visit_stmts(&then.stmts, skip, f);
            opt(els, f);
        }
        StmtKind::Switch { init, clauses, .. } | StmtKind::TypeSwitch { init, clauses, .. } => {
            opt(init, f);
            for c in clauses {
                visit_stmts(&c.body, skip, f);
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                opt(&c.comm, f);
                visit_stmts(&c.body, skip, f);
            }
        }
        StmtKind::For {
            init, post, body, ..
        } => {
            opt(init, f);
            opt(post, f);
            visit_stmts(&body.stmts, skip, f);
        }
        StmtKind::Range { x, body, .. } => {
            if !skip.is_some_and(|k| k(x.id)) {
                visit_stmts(&body.stmts, skip, f);
            }
        }
        StmtKind::Labeled { stmt, .. } => visit_stmt(stmt, skip, f),
        _ => {}
    }
}

/// The labels `stmts` define outside range-over-func loop bodies (`is_func` tells a
/// func-typed range operand).
fn own_labels(stmts: &[Stmt], is_func: &dyn Fn(ast::NodeId) -> bool) -> HashSet<String> {
    let mut out = HashSet::default();
    visit_stmts(stmts, Some(is_func), &mut |s| {
        if let StmtKind::Labeled { label, .. } = &s.kind {
            out.insert(label.name.clone());
        }
    });
    out
}

/// The bodies of range-over-func loops in `stmts` (`is_func` tells a func-typed range
/// operand by its node id).
fn collect_range_func_bodies<'s>(
    stmts: &'s [Stmt],
    is_func: &dyn Fn(ast::NodeId) -> bool,
    out: &mut Vec<&'s ast::Block>,
) {
    for s in stmts {
        match &s.kind {
            StmtKind::Range { x, body, .. } => {
                if is_func(x.id) {
                    out.push(body);
                }
                collect_range_func_bodies(&body.stmts, is_func, out);
            }
            StmtKind::Block(b) => collect_range_func_bodies(&b.stmts, is_func, out),
            StmtKind::If { then, els, .. } => {
                collect_range_func_bodies(&then.stmts, is_func, out);
                if let Some(e) = els {
                    collect_range_func_bodies(std::slice::from_ref(e), is_func, out);
                }
            }
            StmtKind::For { body, .. } => collect_range_func_bodies(&body.stmts, is_func, out),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses
                    .iter()
                    .for_each(|c| collect_range_func_bodies(&c.body, is_func, out));
            }
            StmtKind::Labeled { stmt, .. } => {
                collect_range_func_bodies(std::slice::from_ref(stmt), is_func, out)
            }
            _ => {}
        }
    }
}
