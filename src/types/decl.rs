//! Declarations: collecting package-level objects, resolving them in dependency order
//! with cycle detection, local declarations, and function bodies
//! (types2 `resolver.go`, `decl.go`, `stmt.go: funcBody`, `validtype.go`).

use super::checker::{Checker, Color, DeclInfo, FuncCtx, Mode};
use super::constant::ConstValue;
use super::object::{ObjId, ObjKind};
use super::operand::Operand;
use super::type_::{Type, TypeId};
use crate::syntax::ast::{self, Expr, ExprKind};

fn unquote_path(raw: &str) -> String {
    raw.trim_matches(|c| c == '"' || c == '`').to_string()
}

impl<'a> Checker<'a> {
    pub(crate) fn collect_objects(&mut self, files: &'a [ast::File]) {
        let pscope = self.w.pkg(self.pkg).scope;
        let mut order: Vec<ObjId> = Vec::new();
        for (fidx, file) in files.iter().enumerate() {
            self.file = Some(fidx);
            self.scope = pscope;
            let fscope = self.open_scope(file.span.lo, file.span.hi, "file");
            self.file_scopes.push(fscope);
            self.scope = pscope;
            for spec in &file.imports {
                self.import_spec(spec, fscope, fidx);
            }
            for decl in &file.decls {
                match decl {
                    ast::Decl::Const(specs) => {
                        let mut last: Option<&'a ast::ConstSpec> = None;
                        for spec in specs {
                            let src = if spec.ty.is_none() && spec.values.is_empty() {
                                last.unwrap_or(spec)
                            } else {
                                spec
                            };
                            last = Some(src);
                            for (i, n) in spec.names.iter().enumerate() {
                                let inv = self.w.invalid();
                                let o = self.new_obj(
                                    &n.name,
                                    ObjKind::Const {
                                        val: ConstValue::Unknown,
                                    },
                                    inv,
                                    n.span.lo,
                                );
                                self.declare_pkg_obj(pscope, n, o);
                                self.decls.insert(
                                    o,
                                    DeclInfo::Const {
                                        spec,
                                        index: i,
                                        typ: src.ty.as_ref(),
                                        init: src.values.get(i),
                                        iota: spec.iota,
                                        file: fidx,
                                    },
                                );
                                order.push(o);
                            }
                            let inherited = spec.ty.is_none() && spec.values.is_empty();
                            self.arity(spec.span.lo, &spec.names, &src.values, true, inherited);
                        }
                    }
                    ast::Decl::Var(specs) => {
                        for spec in specs {
                            let mut lhs = Vec::new();
                            for n in &spec.names {
                                let inv = self.w.invalid();
                                let o = self.new_obj(
                                    &n.name,
                                    ObjKind::Var {
                                        used: true,
                                        field: false,
                                        embedded: false,
                                        param: false,
                                    },
                                    inv,
                                    n.span.lo,
                                );
                                self.declare_pkg_obj(pscope, n, o);
                                lhs.push(o);
                            }
                            for (i, &o) in lhs.iter().enumerate() {
                                self.decls.insert(
                                    o,
                                    DeclInfo::Var {
                                        spec,
                                        lhs: lhs.clone(),
                                        index: i,
                                        file: fidx,
                                    },
                                );
                                order.push(o);
                                self.pkg_vars.push(o);
                            }
                            if spec.ty.is_none() || !spec.values.is_empty() {
                                self.arity(spec.span.lo, &spec.names, &spec.values, false, false);
                            }
                        }
                    }
                    ast::Decl::Type(specs) => {
                        for spec in specs {
                            let inv = self.w.invalid();
                            let o = self.new_obj(
                                &spec.name.name,
                                ObjKind::TypeName,
                                inv,
                                spec.name.span.lo,
                            );
                            self.declare_pkg_obj(pscope, &spec.name, o);
                            self.decls.insert(o, DeclInfo::Type { spec, file: fidx });
                            order.push(o);
                        }
                    }
                    ast::Decl::Func(fd) => {
                        if let Some(recv) = &fd.recv {
                            let base = recv_base_name(&recv.ty);
                            self.methods.entry(base).or_default().push(fd);
                            self.method_files.insert(fd as *const _, fidx);
                            continue;
                        }
                        let inv = self.w.invalid();
                        let o = self.new_obj(
                            &fd.name.name,
                            ObjKind::Func {
                                has_body: fd.body.is_some(),
                            },
                            inv,
                            fd.name.span.lo,
                        );
                        let name = fd.name.name.as_str();
                        let is_main_pkg = self.w.pkg(self.pkg).name == "main";
                        if name == "init" || (name == "main" && is_main_pkg) {
                            if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                                self.error(
                                    fd.name.span.lo,
                                    format!(
                                        "func {name} must have no arguments and no return values"
                                    ),
                                );
                            }
                        }
                        if name == "init" {
                            self.info.defs.insert(fd.name.id, o);
                            self.w.obj_mut(o).parent = Some(pscope);
                        } else {
                            self.declare(pscope, Some(&fd.name), o);
                        }
                        if fd.body.is_none() && self.user {
                            self.error(fd.name.span.lo, "missing function body");
                        }
                        self.decls.insert(
                            o,
                            DeclInfo::Func {
                                decl: fd,
                                file: fidx,
                            },
                        );
                        order.push(o);
                    }
                }
            }
        }
        // Objects in the package and file scopes must have different names
        // (types2 collectObjects).
        for fidx in 0..self.file_scopes.len() {
            let fs = self.file_scopes[fidx];
            let elems: Vec<(String, ObjId)> = self
                .w
                .scope(fs)
                .names
                .iter()
                .map(|(n, o)| (n.clone(), *o))
                .collect();
            for (name, obj) in elems {
                let Some(alt) = self.w.scope(pscope).lookup(&name) else {
                    continue;
                };
                let Some(afile) = self.w.obj(alt).file else {
                    continue;
                };
                let saved = self.file;
                self.file = Some(afile);
                let apos = self.w.obj(alt).pos;
                match self.w.obj(obj).kind.clone() {
                    ObjKind::PkgName { pkg, .. } => {
                        let (pn, pp) = (self.w.pkg(pkg).name.clone(), self.w.pkg(pkg).path.clone());
                        let other = self.obj_pos_string(obj);
                        self.error_notes(
                            apos,
                            format!(
                                "{name} already declared through import of package {pn} ({pp:?})"
                            ),
                            vec![format!("{other}: other declaration of {name}")],
                        );
                    }
                    _ => {
                        let pn = self
                            .w
                            .obj(obj)
                            .pkg
                            .map(|p| {
                                let d = self.w.pkg(p);
                                format!("package {} ({:?})", d.name, d.path)
                            })
                            .unwrap_or_default();
                        self.error(
                            apos,
                            format!("{name} already declared through dot-import of {pn}"),
                        );
                    }
                }
                self.file = saved;
            }
        }
        // Types first (as types2 does), then the rest in source order.
        let (types, rest): (Vec<ObjId>, Vec<ObjId>) = order
            .into_iter()
            .partition(|&o| self.w.obj(o).is_type_name());
        self.collected = types.into_iter().chain(rest).collect();
    }

    /// types2 `declarePkgObj`'s checks for a package-level const, var or type: the
    /// names init and (in package main) main are reserved for functions. Declares the
    /// object unless that check fails.
    fn declare_pkg_obj(&mut self, pscope: super::object::ScopeId, id: &'a ast::Ident, o: ObjId) {
        if id.name == "init" {
            self.error(id.span.lo, "cannot declare init - must be func");
            return;
        }
        if id.name == "main" && self.w.pkg(self.pkg).name == "main" {
            self.error(id.span.lo, "cannot declare main - must be func");
            return;
        }
        self.declare(pscope, Some(id), o);
    }

    fn import_spec(
        &mut self,
        spec: &'a ast::ImportSpec,
        fscope: super::object::ScopeId,
        fidx: usize,
    ) {
        let path = unquote_path(&spec.path);
        let pkg = if path == "unsafe" {
            self.w.universe_ids.unsafe_pkg
        } else if super::importer::is_internal(&path)
            && !super::importer::STD_PACKAGES.contains(&self.w.pkg(self.pkg).path.as_str())
        {
            self.error(
                spec.span.lo,
                super::ImportError::Internal(path.clone()).to_string(),
            );
            None
        } else if let Some(&p) = self.w.pkg_by_path.get(&path) {
            Some(p)
        } else {
            match self.importer.import(&path) {
                Ok(src) => {
                    let w = std::mem::take(&mut self.w);
                    let files = src.files.clone();
                    let (mut w, p, info, _diags) = super::checker::check_into(
                        w,
                        self.sources,
                        &files,
                        self.importer,
                        &path,
                        false,
                    );
                    w.imported.push(super::type_::ImportedPackage {
                        path: path.clone(),
                        files: files.clone(),
                        info: std::rc::Rc::new(info),
                    });
                    self.w = w;
                    Some(p)
                }
                Err(e) => {
                    self.error(spec.span.lo, e.to_string());
                    None
                }
            }
        };
        let Some(pkg) = pkg else { return };
        let cur = self.pkg;
        self.w.pkgs[cur.0 as usize].imports.push(pkg);
        let pname = self.w.pkg(pkg).name.clone();
        let (name, pos) = match &spec.name {
            Some(n) => (n.name.clone(), n.span.lo),
            None => (pname.clone(), spec.path_span.lo),
        };
        if name == "_" {
            return;
        }
        if name == "." {
            let ps = self.w.pkg(pkg).scope;
            let names: Vec<(String, ObjId)> = self
                .w
                .scope(ps)
                .names
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect();
            for (n, o) in names {
                if self.w.obj(o).exported() {
                    self.w.scope_mut(fscope).names.insert(n, o);
                }
            }
            return;
        }
        let inv = self.w.invalid();
        let o = self.new_obj(&name, ObjKind::PkgName { pkg, used: false }, inv, pos);
        if let Some(n) = &spec.name {
            self.declare(fscope, Some(n), o);
        } else {
            self.declare(fscope, None, o);
        }
        self.imports_used.push((o, fidx, spec.span.lo, path));
    }

    pub(crate) fn package_objects(&mut self) {
        let objs = self.collected.clone();
        for o in objs {
            self.obj_decl(o);
        }
    }

    /// Resolves a package-level object's type (and value), detecting cycles.
    pub(crate) fn obj_decl(&mut self, o: ObjId) {
        let color = *self.colors.get(&o).unwrap_or(&Color::White);
        match color {
            Color::Black => return,
            Color::Grey => {
                // A type may refer to itself while it is being declared (through a
                // pointer, slice, map, func...): its Named type already exists, and
                // `valid_type` rejects the invalid cycles afterwards (types2 does the same).
                let is_named_type = matches!(self.w.obj(o).kind, super::object::ObjKind::TypeName)
                    && matches!(self.w.ty(self.w.obj(o).ty), Type::Named { .. });
                if !is_named_type {
                    self.cycle_error(o);
                }
                return;
            }
            Color::White => {}
        }
        let Some(d) = self.decls.get(&o).cloned() else {
            return;
        };
        self.colors.insert(o, Color::Grey);
        self.obj_path.push(o);
        let saved = (
            self.file,
            self.scope,
            self.iota.take(),
            self.cur_decl,
            self.fctx.take(),
        );
        match d {
            DeclInfo::Const {
                typ,
                init,
                iota,
                file,
                ..
            } => {
                self.file = Some(file);
                self.scope = self.file_scopes[file];
                self.cur_decl = Some(o);
                self.iota = Some(ConstValue::int(iota as i64));
                self.const_decl(o, typ, init);
            }
            DeclInfo::Var {
                spec,
                lhs,
                index,
                file,
            } => {
                self.file = Some(file);
                self.scope = self.file_scopes[file];
                self.cur_decl = Some(o);
                self.pkg_var_decl(o, spec, &lhs, index);
            }
            DeclInfo::Type { spec, file } => {
                self.file = Some(file);
                self.scope = self.file_scopes[file];
                self.type_decl(o, spec);
            }
            DeclInfo::Func { decl, file } => {
                self.file = Some(file);
                self.scope = self.file_scopes[file];
                let sig = self.func_type(&decl.sig, None);
                self.w.obj_mut(o).ty = sig;
                self.bodies.push((o, decl, file));
            }
        }
        (self.file, self.scope, self.iota, self.cur_decl, self.fctx) = saved;
        self.obj_path.pop();
        self.colors.insert(o, Color::Black);
    }

    fn cycle_error(&mut self, o: ObjId) {
        let Some(start) = self.obj_path.iter().position(|&x| x == o) else {
            return;
        };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        // A cycle through a defined type is fine unless validType says otherwise.
        if cycle.iter().any(|&c| self.w.obj(c).is_type_name()) {
            return;
        }
        let name = self.w.obj(o).name.clone();
        let pos = self.w.obj(o).pos;
        let saved = self.file;
        self.file = self.w.obj(o).file;
        if cycle.len() == 1 {
            self.error(
                pos,
                format!("initialization cycle: {name} refers to itself"),
            );
        } else {
            // types2 initorder.go reportCycle: each object "refers to" the next,
            // then the first again to close the cycle.
            let mut notes = Vec::new();
            for &a in &cycle {
                notes.push(format!(
                    "{}: {} refers to",
                    self.obj_pos_string(a),
                    self.w.obj(a).name
                ));
            }
            notes.push(format!("{}: {name}", self.obj_pos_string(o)));
            self.error_notes(pos, format!("initialization cycle for {name}"), notes);
        }
        self.file = saved;
        self.w.obj_mut(o).ty = self.w.invalid();
    }

    /// Checks that a const or var spec has as many values as names (types2
    /// resolver.go `arity`); `inherited` values come from an earlier const spec.
    pub(crate) fn arity(
        &mut self,
        pos: crate::source::Pos,
        names: &[ast::Ident],
        inits: &[Expr],
        const_decl: bool,
        inherited: bool,
    ) {
        let (l, r) = (names.len(), inits.len());
        if l < r {
            let n = &inits[l];
            if inherited {
                let ps = self.pos_string(n.span.lo);
                self.error(pos, format!("extra init expr at {ps}"));
            } else {
                let es = super::exprstring::expr_string(n);
                self.error(n.span.lo, format!("extra init expr {es}"));
            }
        } else if l > r && (const_decl || r != 1) {
            let n = &names[r];
            self.error(n.span.lo, format!("missing init expr for {}", n.name));
        }
    }

    pub(crate) fn const_decl(&mut self, o: ObjId, typ: Option<&'a Expr>, init: Option<&'a Expr>) {
        let t = typ.map(|t| self.type_expr(t));
        if let Some(t) = t {
            if self.w.is_valid(t) && !self.w.is_const_type(t) {
                let ts = self.ts(t);
                self.error(typ.unwrap().span.lo, format!("invalid constant type {ts}"));
                self.w.obj_mut(o).ty = self.w.invalid();
                return;
            }
        }
        let Some(init) = init else {
            // The missing value is reported by `arity`.
            self.w.obj_mut(o).ty = self.w.invalid();
            return;
        };
        let mut x = self.expr(init, None);
        if x.mode != Mode::Invalid && !matches!(x.mode, Mode::Constant(_)) {
            let xs = self.operand_string(&x);
            self.error(init.span.lo, format!("{xs} is not constant"));
            x.mode = Mode::Invalid;
        }
        if x.mode != Mode::Invalid {
            if let Some(t) = t {
                self.assignment(&mut x, Some(t), "constant declaration");
            }
        }
        match &x.mode {
            Mode::Constant(v) => {
                let v = v.clone();
                self.w.obj_mut(o).ty = x.ty;
                self.w.obj_mut(o).kind = ObjKind::Const { val: v };
            }
            _ => {
                self.w.obj_mut(o).ty = self.w.invalid();
            }
        }
    }

    fn pkg_var_decl(&mut self, o: ObjId, spec: &'a ast::VarSpec, lhs: &[ObjId], index: usize) {
        let t = spec.ty.as_ref().map(|t| self.type_expr(t));
        if spec.values.is_empty() {
            let t = t.unwrap_or_else(|| self.w.invalid());
            self.w.obj_mut(o).ty = t;
            return;
        }
        if spec.values.len() != 1 {
            // One value per variable; a count mismatch was reported by `arity`.
            match spec.values.get(index) {
                Some(e) => {
                    self.var_init(o, t, e, "variable declaration");
                    self.var_inits.insert(o, (vec![o], e.id));
                }
                None => {
                    let t = t.unwrap_or_else(|| self.w.invalid());
                    self.w.obj_mut(o).ty = t;
                }
            }
            return;
        }
        // n:1 — all lhs get their types at once.
        if index != 0 && self.w.is_valid(self.w.obj(lhs[0]).ty) {
            return;
        }
        for &l in lhs {
            self.colors.insert(l, Color::Grey);
        }
        self.init_vars(
            lhs,
            t,
            &spec.values,
            spec.names.first().map(|n| n.span.lo).unwrap_or(0),
            "variable declaration",
            true,
        );
        for &l in lhs {
            if l != o {
                self.colors.insert(l, Color::Black);
            }
        }
        if spec.values.len() == 1 {
            for &l in lhs {
                self.var_inits.insert(l, (lhs.to_vec(), spec.values[0].id));
                if l != o {
                    let d = self.deps.get(&o).cloned().unwrap_or_default();
                    self.deps.insert(l, d);
                }
            }
        }
    }

    /// Initialises one variable from one expression (types2 `initVar`).
    pub(crate) fn var_init(&mut self, o: ObjId, t: Option<TypeId>, e: &'a Expr, context: &str) {
        let mut x = self.expr(e, t);
        self.single_value(&mut x);
        self.init_var(o, t, &mut x, context);
    }

    pub(crate) fn init_var(
        &mut self,
        o: ObjId,
        t: Option<TypeId>,
        x: &mut Operand<'a>,
        context: &str,
    ) {
        if x.mode == Mode::Invalid || !self.w.is_valid(x.ty) {
            let t = t.unwrap_or_else(|| self.w.invalid());
            self.w.obj_mut(o).ty = t;
            return;
        }
        let target = match t {
            Some(t) => t,
            None => {
                let mut tt = x.ty;
                if self.w.is_untyped(tt) {
                    if x.mode == Mode::Nil {
                        let xs = self.operand_string(x);
                        let pos = x.pos();
                        self.error(pos, format!("use of untyped nil in {context}"));
                        let _ = xs;
                        self.w.obj_mut(o).ty = self.w.invalid();
                        return;
                    }
                    tt = self.w.default_type(tt);
                }
                tt
            }
        };
        self.w.obj_mut(o).ty = target;
        self.assignment(x, Some(target), context);
    }

    pub(crate) fn type_decl(&mut self, o: ObjId, spec: &'a ast::TypeSpec) {
        if spec.alias {
            let inv = self.w.invalid();
            let al = self.w.add_type(Type::Alias {
                obj: o,
                target: inv,
            });
            self.w.obj_mut(o).ty = al;
            let t = self.type_expr(&spec.ty);
            if let Type::Alias { target, .. } = self.w.ty_mut(al) {
                *target = t;
            }
            return;
        }
        let inv = self.w.invalid();
        let named = self.w.add_type(Type::Named {
            obj: o,
            underlying: inv,
            methods: vec![],
        });
        self.w.obj_mut(o).ty = named;
        let rhs = self.defined_type(&spec.ty);
        let under = self.w.under(rhs);
        if let Type::Named { underlying, .. } = self.w.ty_mut(named) {
            *underlying = under;
        }
        if !self.valid_type(named, &mut Vec::new()) {
            if let Type::Named { underlying, .. } = self.w.ty_mut(named) {
                *underlying = inv;
            }
        }
        // Methods.
        let name = self.w.obj(o).name.clone();
        if self.w.obj(o).parent == Some(self.w.pkg(self.pkg).scope) {
            if let Some(ms) = self.methods.remove(&name) {
                for fd in ms {
                    self.method_decl(named, fd);
                }
            }
        }
    }

    /// Reports invalid recursive types (types2 `validType`): a type that contains itself
    /// directly (through arrays and struct fields, not pointers, slices, maps, chans or
    /// functions).
    fn valid_type(&mut self, t: TypeId, path: &mut Vec<ObjId>) -> bool {
        let t = self.w.unalias(t);
        match self.w.ty(t).clone() {
            Type::Named {
                obj, underlying, ..
            } => {
                if let Some(i) = path.iter().position(|&p| p == obj) {
                    if i == 0 {
                        let cycle = path[i..].to_vec();
                        self.report_type_cycle(&cycle);
                    }
                    return false;
                }
                path.push(obj);
                let ok = self.valid_type(underlying, path);
                path.pop();
                ok
            }
            Type::Array { elem, .. } => self.valid_type(elem, path),
            Type::Struct { fields } => fields.iter().all(|f| self.valid_type(f.ty, path)),
            _ => true,
        }
    }

    fn report_type_cycle(&mut self, cycle: &[ObjId]) {
        let o = cycle[0];
        let name = self.w.obj(o).name.clone();
        let pos = self.w.obj(o).pos;
        if cycle.len() == 1 {
            self.error(
                pos,
                format!("invalid recursive type: {name} refers to itself"),
            );
            return;
        }
        let mut notes = Vec::new();
        for &c in cycle {
            notes.push(format!(
                "{}: {} refers to",
                self.obj_pos_string(c),
                self.w.obj(c).name
            ));
        }
        notes.push(format!("{}: {}", self.obj_pos_string(o), name));
        self.error_notes(pos, format!("invalid recursive type {name}"), notes);
    }

    fn method_decl(&mut self, named: TypeId, fd: &'a ast::FuncDecl) {
        let file = self.method_files[&(fd as *const _)];
        let saved = (self.file, self.scope);
        self.file = Some(file);
        self.scope = self.file_scopes[file];
        let recv = fd.recv.as_ref().unwrap();
        let sig = self.func_type(&fd.sig, Some(recv));
        let inv = self.w.invalid();
        let _ = inv;
        let m = self.new_obj(
            &fd.name.name,
            ObjKind::Func {
                has_body: fd.body.is_some(),
            },
            sig,
            fd.name.span.lo,
        );
        self.info.defs.insert(fd.name.id, m);
        let name = fd.name.name.clone();
        // Duplicate methods and field/method clashes.
        let existing: Vec<ObjId> = self.w.named_methods(named).to_vec();
        if name != "_" {
            if let Some(&alt) = existing.iter().find(|&&x| self.w.obj(x).name == name) {
                let tn = self.w.obj(self.named_obj(named)).name.clone();
                let other = self.obj_pos_string(alt);
                self.error_notes(
                    fd.name.span.lo,
                    format!("method {tn}.{name} already declared at {other}"),
                    vec![],
                );
            } else {
                let u = self.w.under(named);
                if let Type::Struct { fields } = self.w.ty(u) {
                    if let Some(f) = fields.iter().find(|f| f.name == name) {
                        let tn = self.w.obj(self.named_obj(named)).name.clone();
                        let other = self.obj_pos_string(f.obj);
                        self.error_notes(
                            fd.name.span.lo,
                            format!("field and method with the same name {name}"),
                            vec![format!("{other}: other declaration of {name}")],
                        );
                        let _ = tn;
                    }
                }
                if let Type::Named { methods, .. } = self.w.ty_mut(named) {
                    methods.push(m);
                }
            }
        }
        self.bodies.push((m, fd, file));
        (self.file, self.scope) = saved;
    }

    fn named_obj(&self, t: TypeId) -> ObjId {
        match self.w.ty(t) {
            Type::Named { obj, .. } => *obj,
            _ => unreachable!(),
        }
    }

    /// Checks methods whose receiver base type is not a local defined type: their
    /// signature (which reports the invalid receiver) and their body.
    pub(crate) fn orphan_methods(&mut self) {
        let mut rest: Vec<(String, Vec<&'a ast::FuncDecl>)> = self.methods.drain().collect();
        rest.sort_by_key(|(_, fds)| fds.first().map(|f| f.span.lo));
        for (_, fds) in rest {
            for fd in fds {
                let file = self.method_files[&(fd as *const _)];
                let saved = (self.file, self.scope);
                self.file = Some(file);
                self.scope = self.file_scopes[file];
                let recv = fd.recv.as_ref().unwrap();
                let sig = self.func_type(&fd.sig, Some(recv));
                let m = self.new_obj(
                    &fd.name.name,
                    ObjKind::Func {
                        has_body: fd.body.is_some(),
                    },
                    sig,
                    fd.name.span.lo,
                );
                self.info.defs.insert(fd.name.id, m);
                self.bodies.push((m, fd, file));
                (self.file, self.scope) = saved;
            }
        }
    }

    /// Checks a function body (types2 `funcBody`).
    pub(crate) fn func_body(
        &mut self,
        _name: &ast::Ident,
        recv: Option<&'a ast::Param>,
        ft: &'a ast::FuncType,
        sig: TypeId,
        body: &'a ast::Block,
        scope_key: Option<ast::NodeId>,
    ) {
        let saved_scope = self.scope;
        let fscope = self.open_scope(ft.span.lo, body.rbrace + 1, "function");
        self.w.scope_mut(fscope).is_func = true;
        if let Some(k) = scope_key {
            self.info.func_scopes.insert(k, fscope);
        }
        let saved_fctx = self.fctx.replace(FuncCtx {
            sig,
            scope: fscope,
            has_defer: false,
        });
        // Parameters.
        let Some(s) = self.w.signature(sig).cloned() else {
            self.scope = saved_scope;
            self.fctx = saved_fctx;
            return;
        };
        if let (Some(r), Some(ro)) = (recv, s.recv) {
            if let Some(n) = &r.name {
                self.declare(fscope, Some(n), ro);
            }
        }
        let mut i = 0;
        for p in &ft.params {
            if let Some(n) = &p.name {
                let ty = s
                    .params
                    .get(i)
                    .map(|p| p.ty)
                    .unwrap_or_else(|| self.w.invalid());
                let o = self.new_obj(
                    &n.name,
                    ObjKind::Var {
                        used: true,
                        field: false,
                        embedded: false,
                        param: true,
                    },
                    ty,
                    n.span.lo,
                );
                self.declare(fscope, Some(n), o);
            }
            i += 1;
        }
        for (j, p) in ft.results.iter().enumerate() {
            if let Some(n) = &p.name {
                let ty = s
                    .results
                    .get(j)
                    .map(|p| p.ty)
                    .unwrap_or_else(|| self.w.invalid());
                let o = self.new_obj(
                    &n.name,
                    ObjKind::Var {
                        used: true,
                        field: false,
                        embedded: false,
                        param: true,
                    },
                    ty,
                    n.span.lo,
                );
                self.declare(fscope, Some(n), o);
            }
        }
        self.stmt_list(&body.stmts, super::stmt::StmtCtx::default());
        if !s.results.is_empty() && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
        self.usage(fscope);
        self.fctx = saved_fctx;
        self.scope = saved_scope;
    }

    /// Reports unused variables in a function's scopes, sorted by position.
    fn usage(&mut self, scope: super::object::ScopeId) {
        let mut unused = Vec::new();
        let mut stack = vec![scope];
        while let Some(s) = stack.pop() {
            let sc = self.w.scope(s);
            for &o in sc.names.values() {
                if let ObjKind::Var {
                    used: false,
                    param: false,
                    field: false,
                    ..
                } = self.w.obj(o).kind
                {
                    unused.push(o);
                }
            }
            for &c in &sc.children {
                if !self.w.scope(c).is_func {
                    stack.push(c);
                }
            }
        }
        unused.sort_by_key(|&o| self.w.obj(o).pos);
        for o in unused {
            let name = self.w.obj(o).name.clone();
            let pos = self.w.obj(o).pos;
            self.error(pos, format!("declared and not used: {name}"));
        }
    }

    /// A `const`, `var` or `type` declaration inside a function.
    pub(crate) fn decl_stmt(&mut self, d: &'a ast::Decl) {
        match d {
            ast::Decl::Const(specs) => {
                let mut last: Option<&'a ast::ConstSpec> = None;
                for spec in specs {
                    let src = if spec.ty.is_none() && spec.values.is_empty() {
                        last.unwrap_or(spec)
                    } else {
                        spec
                    };
                    last = Some(src);
                    let mut objs = Vec::new();
                    let saved = self.iota.replace(ConstValue::int(spec.iota as i64));
                    for (i, n) in spec.names.iter().enumerate() {
                        let inv = self.w.invalid();
                        let o = self.new_obj(
                            &n.name,
                            ObjKind::Const {
                                val: ConstValue::Unknown,
                            },
                            inv,
                            n.span.lo,
                        );
                        self.const_decl(o, src.ty.as_ref(), src.values.get(i));
                        objs.push((n, o));
                    }
                    self.iota = saved;
                    let inherited = spec.ty.is_none() && spec.values.is_empty();
                    self.arity(spec.span.lo, &spec.names, &src.values, true, inherited);
                    let scope = self.scope;
                    for (n, o) in objs {
                        self.declare(scope, Some(n), o);
                    }
                }
            }
            ast::Decl::Var(specs) => {
                for spec in specs {
                    let t = spec.ty.as_ref().map(|t| self.type_expr(t));
                    let mut objs = Vec::new();
                    for n in &spec.names {
                        let ty = t.unwrap_or_else(|| self.w.invalid());
                        let o = self.new_obj(
                            &n.name,
                            ObjKind::Var {
                                used: false,
                                field: false,
                                embedded: false,
                                param: false,
                            },
                            ty,
                            n.span.lo,
                        );
                        objs.push(o);
                    }
                    if !spec.values.is_empty() {
                        if spec.values.len() != 1 {
                            for (o, e) in objs.iter().zip(&spec.values) {
                                self.var_init(*o, t, e, "variable declaration");
                            }
                        } else {
                            let pos = spec.names[0].span.lo;
                            self.init_vars(
                                &objs,
                                t,
                                &spec.values,
                                pos,
                                "variable declaration",
                                false,
                            );
                        }
                    }
                    if spec.ty.is_none() || !spec.values.is_empty() {
                        self.arity(spec.span.lo, &spec.names, &spec.values, false, false);
                    }
                    let scope = self.scope;
                    for (n, o) in spec.names.iter().zip(objs) {
                        self.declare(scope, Some(n), o);
                    }
                }
            }
            ast::Decl::Type(specs) => {
                for spec in specs {
                    let inv = self.w.invalid();
                    let o =
                        self.new_obj(&spec.name.name, ObjKind::TypeName, inv, spec.name.span.lo);
                    let scope = self.scope;
                    self.declare(scope, Some(&spec.name), o);
                    self.type_decl(o, spec);
                }
            }
            ast::Decl::Func(_) => {}
        }
    }
}

fn recv_base_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => recv_base_name(x),
        _ => "_".to_string(),
    }
}
