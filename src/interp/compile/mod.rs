//! The compiler: checked AST → register bytecode ([`super::bytecode`]).
//!
//! It talks to the checker only through [`facts::Facts`], and describes types for code
//! generation with [`ctypes::CTypes`] (register words, heap layout, pointer masks).
//! [`compile_program`] assigns every declared function an index, compiles each body with
//! [`func::FnCompiler`], and names the result after `main.main`.

pub mod ctypes;
pub mod facts;
pub mod func;

use super::bytecode::{DebugInfo, FuncId, Function, Program};
use crate::diag::Diagnostic;
use crate::source::{FileId, SourceMap, Span};
use crate::syntax::ast;
use ctypes::TyId;
use facts::{Facts, ObjId};
use std::cell::RefCell;
use std::collections::HashMap;

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
    /// Parameter types of each function (receiver first).
    pub params: HashMap<FuncId, Vec<TyId>>,
    consts: RefCell<Vec<u64>>,
    strings: RefCell<Vec<Vec<u8>>>,
    layouts: RefCell<(Vec<crate::interp::mem::Layout>, HashMap<TyId, u32>)>,
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

    /// The index of type `t`'s layout in `Program::layouts`.
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
pub fn compile_program(
    sources: &SourceMap,
    files: &[(FileId, &ast::File)],
    facts: &dyn Facts,
) -> Result<Program, Vec<Diagnostic>> {
    let mut table = FuncTable::default();
    let mut decls: Vec<(FileId, &ast::FuncDecl)> = Vec::new();
    let mut errors = Vec::new();
    for (fid, f) in files {
        for d in &f.decls {
            match d {
                ast::Decl::Func(fd) => {
                    if fd.recv.is_some() {
                        errors.push(Diagnostic::new(
                            *fid,
                            fd.name.span,
                            "goscope does not support methods yet",
                        ));
                        continue;
                    }
                    let id = decls.len() as FuncId;
                    if let Some(o) = facts.ident_obj(fd.name.id) {
                        table.by_obj.insert(o, id);
                    }
                    let params = fd
                        .sig
                        .params
                        .iter()
                        .map(|p| facts.expr_type(p.ty.id))
                        .collect();
                    table.params.insert(id, params);
                    decls.push((*fid, fd));
                }
                ast::Decl::Var(specs) if !specs.is_empty() => {
                    errors.push(Diagnostic::new(
                        *fid,
                        specs[0].span,
                        "goscope does not support package-level variables yet",
                    ));
                }
                _ => {}
            }
        }
    }
    let mut funcs = Vec::with_capacity(decls.len());
    let mut main = None;
    for (i, (fid, fd)) in decls.iter().enumerate() {
        let src = sources.file(*fid);
        if fd.name.name == "main" {
            main = Some(i as FuncId);
        }
        let Some(body) = &fd.body else {
            errors.push(Diagnostic::new(
                *fid,
                fd.name.span,
                format!("missing function body for {}", fd.name.name),
            ));
            funcs.push(Function::default());
            continue;
        };
        let debug = DebugInfo {
            name: format!("main.{}", fd.name.name),
            file: src.abs_path.clone(),
            lines: Vec::new(),
        };
        let fc = func::FnCompiler::new(facts, &table, *fid, src);
        match fc.compile_func(fd.recv.as_ref(), &fd.sig, body, debug) {
            Ok(f) => funcs.push(f),
            Err(e) => {
                errors.push(e.into_diagnostic());
                funcs.push(Function::default());
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let Some(main) = main else {
        return Err(vec![]);
    };
    let consts = table.consts.into_inner();
    let strings = table.strings.into_inner();
    let layouts = table.layouts.into_inner().0;
    Ok(Program {
        funcs,
        consts,
        main,
        layouts,
        strings,
    })
}
