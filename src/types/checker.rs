//! The checker's state, its side tables ([`Info`]) and the package driver
//! (types2 `check.go`, `errors.go`, `recording.go`, `initorder.go`).

use super::constant::ConstValue;
use super::object::{Builtin, ObjId, ObjKind, Object, Package as PkgData, PkgId, Scope, ScopeId};
use super::type_::{TypeId, World};
use super::typestring::Qualifier;
use super::{Importer, Package};
use crate::diag::Diagnostic;
use crate::fxhash::{HashMap, HashSet};
use crate::source::{FileId, Pos, SourceMap};
use crate::syntax::ast::{self, Expr, NodeId};

/// What an expression is (types2 `operandMode`).
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant(ConstValue),
    /// Addressable.
    Variable,
    MapIndex,
    Value,
    Nil,
    /// A value that may be used in a comma-ok assignment (map index, type assertion,
    /// channel receive).
    CommaOk,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f`, a struct field.
    FieldVal,
    /// `x.m`, a method value (or call).
    MethodVal,
    /// `T.m`, a method expression.
    MethodExpr,
}

/// A resolved `x.sel` (types2 `Selection`): `index` is the path of field indices
/// through embedded fields, the last entry being the field or method itself;
/// `indirect` says a pointer was dereferenced on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub kind: SelectionKind,
    pub recv: TypeId,
    pub obj: ObjId,
    pub index: Vec<usize>,
    pub indirect: bool,
}

/// Facts about a checked package, keyed by AST node ids (go/types `Info`).
#[derive(Debug, Default)]
pub struct Info {
    /// Type and mode of every expression (untyped constants carry their final type).
    pub types: HashMap<NodeId, TypeAndValue>,
    /// Identifiers that declare objects.
    pub defs: HashMap<NodeId, ObjId>,
    /// Identifiers that denote objects.
    pub uses: HashMap<NodeId, ObjId>,
    /// Type switch clause variables, keyed by (the switch operand's id, clause index).
    pub implicits: HashMap<(NodeId, usize), ObjId>,
    /// Selector expressions (not qualified identifiers: those are in `uses`).
    pub selections: HashMap<NodeId, Selection>,
    /// Call expressions that are conversions, with the target type.
    pub conversions: HashMap<NodeId, TypeId>,
    /// Scopes of function literals and declarations (by the FuncLit expression id or
    /// the function name's ident id).
    pub func_scopes: HashMap<NodeId, ScopeId>,
    /// Local variables captured by a closure.
    pub captured: HashSet<ObjId>,
    /// Local variables whose address is taken (explicitly or by a pointer method call
    /// or slicing of an array).
    pub addr_taken: HashSet<ObjId>,
    /// Package-level variable initialisers in execution order: the variables and the
    /// id of the initialising expression (shared by all lhs of `a, b = f()`).
    pub init_order: Vec<(Vec<ObjId>, NodeId)>,
}

impl Info {
    /// Adds another package's facts (node ids of different packages never collide).
    /// Adds another package's facts (node ids of different packages never collide). Its
    /// variable initialisations run after those already here.
    pub fn merge(&mut self, other: &Info) {
        self.init_order.extend(other.init_order.iter().cloned());
        self.types
            .extend(other.types.iter().map(|(k, v)| (*k, v.clone())));
        self.defs.extend(other.defs.iter().map(|(k, v)| (*k, *v)));
        self.uses.extend(other.uses.iter().map(|(k, v)| (*k, *v)));
        self.implicits
            .extend(other.implicits.iter().map(|(k, v)| (*k, *v)));
        self.selections
            .extend(other.selections.iter().map(|(k, v)| (*k, v.clone())));
        self.conversions
            .extend(other.conversions.iter().map(|(k, v)| (*k, *v)));
        self.func_scopes
            .extend(other.func_scopes.iter().map(|(k, v)| (*k, *v)));
        self.captured.extend(other.captured.iter().copied());
        self.addr_taken.extend(other.addr_taken.iter().copied());
    }
}

/// A package-level declaration awaiting checking.
#[derive(Clone)]
pub(crate) enum DeclInfo<'a> {
    #[allow(dead_code)]
    Const {
        spec: &'a ast::ConstSpec,
        index: usize,
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: u32,
        file: FileId,
    },
    Var {
        spec: &'a ast::VarSpec,
        lhs: Vec<ObjId>,
        index: usize,
        file: FileId,
    },
    Type {
        spec: &'a ast::TypeSpec,
        file: FileId,
    },
    Func {
        decl: &'a ast::FuncDecl,
        file: FileId,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Color {
    White,
    Grey,
    Black,
}

/// State of the function being checked.
#[derive(Clone, Debug)]
pub(crate) struct FuncCtx {
    pub sig: TypeId,
    pub scope: ScopeId,
    pub has_defer: bool,
}

pub(crate) struct Checker<'a> {
    pub w: World,
    pub sources: &'a SourceMap,
    pub pkg: PkgId,
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    /// Whether errors are reported (false while checking library declarations).
    pub user: bool,
    pub file: Option<FileId>,
    pub file_scopes: Vec<ScopeId>,
    pub scope: ScopeId,
    pub decls: HashMap<ObjId, DeclInfo<'a>>,
    pub colors: HashMap<ObjId, Color>,
    pub obj_path: Vec<ObjId>,
    /// Dependencies of package-level objects on package-level vars and funcs.
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    pub cur_decl: Option<ObjId>,
    pub fctx: Option<FuncCtx>,
    /// The value of iota in the constant declaration being checked.
    pub iota: Option<ConstValue>,
    /// Untyped expressions whose final type is not known yet.
    pub untyped: HashMap<NodeId, (&'a Expr, TypeId, Option<ConstValue>)>,
    pub importer: &'a mut dyn Importer,
    /// Methods per receiver base type name, collected before type declarations.
    pub methods: HashMap<String, Vec<&'a ast::FuncDecl>>,
    pub method_files: HashMap<*const ast::FuncDecl, FileId>,
    /// Function bodies to check after all package-level declarations.
    pub bodies: Vec<(ObjId, &'a ast::FuncDecl, FileId)>,
    pub pkg_vars: Vec<ObjId>,
    pub var_inits: HashMap<ObjId, (Vec<ObjId>, NodeId)>,
    pub imports_used: Vec<(ObjId, FileId, Pos, String)>,
    pub collected: Vec<ObjId>,
}

impl<'a> Checker<'a> {
    pub fn q(&self) -> Qualifier {
        Qualifier::Rel(self.pkg)
    }

    pub fn ts(&self, t: TypeId) -> String {
        self.w.type_string(t, self.q())
    }

    /// Reports an error at `pos` in the current file.
    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.error_notes(pos, msg, Vec::new());
    }

    pub fn error_notes(&mut self, pos: Pos, msg: impl Into<String>, notes: Vec<String>) {
        if !self.user {
            return;
        }
        let msg = msg.into();
        // types2's "cheap trick" (errors.go, report): once an error is reported, a
        // message about an invalid operand or type is a follow-on error and dropped.
        if !self.diags.is_empty()
            && (msg.find("invalid operand").is_some_and(|i| i > 0)
                || msg.find("invalid type").is_some_and(|i| i > 0))
        {
            return;
        }
        if let Some(f) = self.file {
            let mut d = Diagnostic::at(f, pos, msg);
            d.notes = notes;
            self.diags.push(d);
        }
    }

    /// `file:line:col` of a position in the file being checked, as Go prints it.
    pub fn pos_string(&self, pos: Pos) -> String {
        match self.file {
            Some(f) if f < self.sources.files.len() => {
                let sf = self.sources.file(f);
                let (l, c) = sf.line_col(pos);
                format!("{}:{}:{}", sf.display_name, l, c)
            }
            _ => String::new(),
        }
    }

    /// `file:line:col` of an object's declaration, as Go prints it in notes.
    pub fn obj_pos_string(&self, o: ObjId) -> String {
        let obj = self.w.obj(o);
        match obj.file {
            Some(f) if f < self.sources.files.len() => {
                let sf = self.sources.file(f);
                let (l, c) = sf.line_col(obj.pos);
                format!("{}:{}:{}", sf.display_name, l, c)
            }
            _ => String::new(),
        }
    }

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, pos: Pos) -> ObjId {
        let file = if self.user { self.file } else { None };
        self.w.add_obj(Object {
            name: name.to_string(),
            kind,
            ty,
            pos,
            file,
            pkg: Some(self.pkg),
            parent: None,
        })
    }

    pub fn open_scope(&mut self, lo: Pos, hi: Pos, what: &'static str) -> ScopeId {
        let s = self.w.add_scope(Scope {
            parent: Some(self.scope),
            lo,
            hi,
            what,
            ..Scope::default()
        });
        self.scope = s;
        s
    }

    pub fn close_scope(&mut self) {
        self.scope = self.w.scope(self.scope).parent.expect("scope parent");
    }

    /// Declares `obj` in `scope`, reporting a redeclaration (types2 `declare`).
    pub fn declare(&mut self, scope: ScopeId, ident: Option<&ast::Ident>, obj: ObjId) {
        let name = self.w.obj(obj).name.clone();
        if let Some(id) = ident {
            self.info.defs.insert(id.id, obj);
        }
        if name == "_" {
            self.w.obj_mut(obj).parent = Some(scope);
            return;
        }
        if let Some(alt) = self.w.scope(scope).lookup(&name) {
            let pos = self.w.obj(obj).pos;
            let other = self.obj_pos_string(alt);
            self.error_notes(
                pos,
                format!("{name} redeclared in this block"),
                vec![format!("{other}: other declaration of {name}")],
            );
            return;
        }
        self.w.obj_mut(obj).parent = Some(scope);
        self.w.scope_mut(scope).names.insert(name, obj);
    }

    /// Looks `name` up from the current scope outwards.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            let sc = self.w.scope(id);
            if let Some(o) = sc.lookup(name) {
                return Some(o);
            }
            s = sc.parent;
        }
        None
    }

    /// Records the type and mode of an expression; untyped ones are kept aside until
    /// their final type is known.
    pub fn record(&mut self, e: &'a Expr, mode: &Mode, ty: TypeId) {
        if *mode == Mode::Invalid {
            return;
        }
        if self.w.is_untyped(ty) {
            let val = match mode {
                Mode::Constant(v) => Some(v.clone()),
                _ => None,
            };
            self.untyped.insert(e.id, (e, ty, val));
            return;
        }
        self.info.types.insert(
            e.id,
            TypeAndValue {
                mode: mode.clone(),
                ty,
            },
        );
    }

    /// Sets the final type of an untyped expression and of its untyped operands
    /// (types2 `updateExprType`).
    pub fn update_expr_type(&mut self, e: &'a Expr, new: TypeId, fin: bool) {
        let Some((_, old_ty, old_val)) = self.untyped.get(&e.id).cloned() else {
            return;
        };
        use ast::ExprKind as K;
        match &e.kind {
            K::Paren(x) => self.update_expr_type(x, new, fin),
            K::Unary { x, .. } if old_val.is_none() => self.update_expr_type(x, new, fin),
            K::Unary { x, .. } => {
                // Constant unary operands take the same type.
                self.update_expr_type(x, new, fin);
            }
            K::Binary { op, x, y, .. } => {
                let cmp = matches!(
                    op,
                    ast::BinOp::Eql
                        | ast::BinOp::Neq
                        | ast::BinOp::Lss
                        | ast::BinOp::Leq
                        | ast::BinOp::Gtr
                        | ast::BinOp::Geq
                );
                if cmp {
                    // The operands' types are independent of the result's.
                } else if matches!(op, ast::BinOp::Shl | ast::BinOp::Shr) {
                    self.update_expr_type(x, new, fin);
                } else {
                    self.update_expr_type(x, new, fin);
                    self.update_expr_type(y, new, fin);
                }
            }
            _ => {}
        }
        if !fin && self.w.is_untyped(new) {
            if let Some(entry) = self.untyped.get_mut(&e.id) {
                entry.1 = new;
            }
            return;
        }
        let _ = old_ty;
        self.untyped.remove(&e.id);
        let mode = match old_val {
            Some(v) => Mode::Constant(v),
            None => Mode::Value,
        };
        let ty = if self.w.is_untyped(new) { new } else { new };
        self.info.types.insert(e.id, TypeAndValue { mode, ty });
    }

    pub fn record_use(&mut self, id: &ast::Ident, obj: ObjId) {
        self.info.uses.insert(id.id, obj);
    }

    /// Notes a use of a package-level object for initialisation order.
    pub fn add_dep(&mut self, obj: ObjId) {
        let o = self.w.obj(obj);
        if o.pkg != Some(self.pkg) || o.parent != Some(self.w.pkg(self.pkg).scope) {
            return;
        }
        if !matches!(o.kind, ObjKind::Var { .. } | ObjKind::Func { .. }) {
            return;
        }
        if let Some(d) = self.cur_decl {
            let v = self.deps.entry(d).or_default();
            if !v.contains(&obj) {
                v.push(obj);
            }
        }
    }
}

/// Checks a package; see the module documentation.
pub fn check_package(
    sources: &SourceMap,
    files: &[ast::File],
    importer: &mut dyn Importer,
) -> (Package, Info, Vec<Diagnostic>) {
    let w = World::new();
    let path = "main".to_string();
    let (w, pkg, info, diags) = check_into(w, sources, files, importer, &path, true);
    // Diagnostics stay in the order they were reported: `diag::render_go` picks the
    // first ten of them, as cmd/compile does.
    let p = w.pkg(pkg).clone();
    (
        Package {
            id: pkg,
            path: p.path,
            name: p.name,
            scope: p.scope,
            world: w,
        },
        info,
        diags,
    )
}

/// Checks `files` as package `path` into world `w`.
pub(crate) fn check_into(
    w: World,
    sources: &SourceMap,
    files: &[ast::File],
    importer: &mut dyn Importer,
    path: &str,
    user: bool,
) -> (World, PkgId, Info, Vec<Diagnostic>) {
    let mut w = w;
    let name = files
        .first()
        .map(|f| f.package.name.clone())
        .unwrap_or_default();
    let universe = w.universe;
    let pscope = w.add_scope(Scope {
        parent: Some(universe),
        what: "package",
        ..Scope::default()
    });
    w.pkgs.push(PkgData {
        path: path.to_string(),
        name,
        scope: pscope,
        imports: vec![],
    });
    let pkg = PkgId(w.pkgs.len() as u32 - 1);
    w.pkg_by_path.insert(path.to_string(), pkg);
    let mut c = Checker {
        w,
        sources,
        pkg,
        info: Info::default(),
        diags: Vec::new(),
        user,
        file: None,
        file_scopes: Vec::new(),
        scope: pscope,
        decls: HashMap::default(),
        colors: HashMap::default(),
        obj_path: Vec::new(),
        deps: HashMap::default(),
        cur_decl: None,
        fctx: None,
        iota: None,
        untyped: HashMap::default(),
        importer,
        methods: HashMap::default(),
        method_files: HashMap::default(),
        bodies: Vec::new(),
        pkg_vars: Vec::new(),
        var_inits: HashMap::default(),
        imports_used: Vec::new(),
        collected: Vec::new(),
    };
    c.check_files(files);
    let Checker { w, info, diags, .. } = c;
    (w, pkg, info, diags)
}

impl<'a> Checker<'a> {
    fn check_files(&mut self, files: &'a [ast::File]) {
        // Labels and branch statements are checked by the parser, as in cmd/compile
        // (syntax/branches.go; types2 runs with IgnoreBranchErrors).
        self.collect_objects(files);
        self.package_objects();
        self.orphan_methods();
        self.check_bodies();
        self.init_order();
        self.unused_imports();
        // Remaining untyped expressions keep their untyped types.
        let rest: Vec<_> = self.untyped.drain().collect();
        for (id, (_, ty, val)) in rest {
            let mode = match val {
                Some(v) => Mode::Constant(v),
                None => Mode::Value,
            };
            self.info.types.insert(id, TypeAndValue { mode, ty });
        }
    }

    fn check_bodies(&mut self) {
        let mut i = 0;
        while i < self.bodies.len() {
            let (obj, decl, file) = self.bodies[i];
            i += 1;
            self.file = Some(file);
            self.cur_decl = Some(obj);
            let sig = self.w.obj(obj).ty;
            if let Some(body) = &decl.body {
                let sc = self.file_scopes[file_index(&self.file_scopes, file)];
                self.scope = sc;
                self.func_body(
                    &decl.name,
                    decl.recv.as_deref(),
                    &decl.sig,
                    sig,
                    body,
                    Some(decl.name.id),
                );
            }
            self.cur_decl = None;
        }
    }

    fn unused_imports(&mut self) {
        let list = std::mem::take(&mut self.imports_used);
        for (obj, file, pos, path) in list {
            if let ObjKind::PkgName { used: false, pkg } = self.w.obj(obj).kind {
                self.file = Some(file);
                let name = self.w.obj(obj).name.clone();
                let pname = self.w.pkg(pkg).name.clone();
                if name != pname && name != "." {
                    self.error(
                        pos,
                        format!(
                            "{} imported as {} and not used",
                            super::constant::go_quote(&path),
                            name
                        ),
                    );
                } else {
                    self.error(
                        pos,
                        format!("{} imported and not used", super::constant::go_quote(&path)),
                    );
                }
            }
        }
    }

    /// Orders package-level variable initialisation (spec "Package initialization"):
    /// repeatedly the earliest variable in declaration order whose dependencies are
    /// initialised.
    /// types2 initorder.go `findPath` + `reportCycle`: the dependency path from `v`
    /// back to itself (through variables and functions), each object "refers to" the
    /// next, closed by `v` again.
    fn report_init_cycle(&mut self, v: ObjId) {
        fn find(
            deps: &HashMap<ObjId, Vec<ObjId>>,
            from: ObjId,
            to: ObjId,
            seen: &mut HashSet<ObjId>,
            path: &mut Vec<ObjId>,
        ) -> bool {
            if !seen.insert(from) {
                return false;
            }
            for &d in deps.get(&from).map(|v| v.as_slice()).unwrap_or(&[]) {
                if d == to {
                    return true;
                }
                path.push(d);
                if find(deps, d, to, seen, path) {
                    return true;
                }
                path.pop();
            }
            false
        }
        let mut path = vec![v];
        if !find(&self.deps, v, v, &mut HashSet::default(), &mut path) {
            return;
        }
        let Some(f) = self.w.obj(v).file else { return };
        self.file = Some(f);
        let name = self.w.obj(v).name.clone();
        let pos = self.w.obj(v).pos;
        if path.len() == 1 {
            self.error(
                pos,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut notes: Vec<String> = path
            .iter()
            .map(|&o| {
                format!(
                    "{}: {} refers to",
                    self.obj_pos_string(o),
                    self.w.obj(o).name
                )
            })
            .collect();
        notes.push(format!("{}: {name}", self.obj_pos_string(v)));
        self.error_notes(pos, format!("initialization cycle for {name}"), notes);
    }

    fn init_order(&mut self) {
        // Transitive variable dependencies through functions.
        let vars = self.pkg_vars.clone();
        let mut var_deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::default();
        for &v in &vars {
            let mut seen = HashSet::default();
            let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
            let mut out = HashSet::default();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                if self.w.obj(d).is_var() {
                    out.insert(d);
                } else if let Some(more) = self.deps.get(&d) {
                    stack.extend(more.iter().copied());
                }
            }
            var_deps.insert(v, out);
        }
        let mut done: HashSet<ObjId> = HashSet::default();
        let mut emitted: HashSet<NodeId> = HashSet::default();
        let mut order = Vec::new();
        let mut remaining: Vec<ObjId> = vars.clone();
        while !remaining.is_empty() {
            let pick = remaining
                .iter()
                .position(|v| var_deps[v].iter().all(|d| done.contains(d) || d == v));
            let Some(i) = pick else {
                // A cycle: types2 reports "initialization cycle"; keep source order.

                // A cycle already reported while declaring (cycle_error) left its
                // variables invalid.
                let reported = remaining
                    .iter()
                    .any(|&r| !self.w.is_valid(self.w.obj(r).ty));
                if !reported {
                    if let Some(&c) = remaining.iter().find(|&&r| var_deps[&r].contains(&r)) {
                        self.report_init_cycle(c);
                    }
                }
                for v in remaining.drain(..) {
                    if let Some((lhs, id)) = self.var_inits.get(&v).cloned() {
                        if emitted.insert(id) {
                            order.push((lhs, id));
                        }
                    }
                }
                break;
            };
            let v = remaining.remove(i);
            done.insert(v);
            if let Some((lhs, id)) = self.var_inits.get(&v).cloned() {
                if emitted.insert(id) {
                    for l in &lhs {
                        done.insert(*l);
                    }
                    remaining.retain(|r| !lhs.contains(r));
                    order.push((lhs, id));
                }
            }
            // Variables with self-dependencies are reported by types2 as cycles.
            if var_deps[&v].contains(&v) {
                self.report_init_cycle(v);
            }
        }
        self.info.init_order = order;
    }
}

pub(crate) fn file_index(scopes: &[ScopeId], file: FileId) -> usize {
    file.min(scopes.len().saturating_sub(1))
}
