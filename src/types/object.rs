//! Objects (named language entities), scopes and packages, after types2's
//! `object.go`, `scope.go` and `package.go`.

use super::constant::ConstValue;
use super::type_::TypeId;
use crate::source::{FileId, Pos};
use indexmap::IndexMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PkgId(pub u32);

/// The predeclared functions (types2 `universe.go: predeclaredFuncs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
        }
    }
    /// (minimum argument count, variadic, is an expression statement allowed).
    pub fn arity(self) -> (usize, bool, bool) {
        use Builtin::*;
        match self {
            Append => (1, true, false),
            Cap | Len | Imag | Real | New | Alignof | Offsetof | Sizeof | SliceData
            | StringData => (1, false, false),
            Clear | Close | Panic => (1, false, true),
            Complex | Add | Slice | String => (2, false, false),
            Copy => (2, false, true),
            Delete => (2, false, true),
            Make => (1, true, false),
            Max | Min => (1, true, false),
            Print | Println => (0, true, true),
            Recover => (0, false, true),
        }
    }
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// An imported package name in a file scope.
    PkgName {
        pkg: PkgId,
        used: bool,
    },
    Const {
        val: ConstValue,
    },
    TypeName,
    Var {
        used: bool,
        field: bool,
        embedded: bool,
        param: bool,
    },
    Func {
        has_body: bool,
    },
    Label {
        used: bool,
    },
    Builtin(Builtin),
    Nil,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// The declaring identifier's position (in `file`); predeclared objects have none.
    pub pos: Pos,
    pub file: Option<FileId>,
    /// None for predeclared (universe) objects.
    pub pkg: Option<PkgId>,
    /// The scope the object is declared in (None for fields and methods).
    pub parent: Option<ScopeId>,
}

impl Object {
    pub fn exported(&self) -> bool {
        self.name.chars().next().is_some_and(|c| c.is_uppercase())
    }
    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var { .. })
    }
    pub fn is_type_name(&self) -> bool {
        matches!(self.kind, ObjKind::TypeName)
    }
    /// The word types2 uses for the object's kind in messages.
    pub fn kind_word(&self) -> &'static str {
        match self.kind {
            ObjKind::PkgName { .. } => "package",
            ObjKind::Const { .. } => "constant",
            ObjKind::TypeName => "type",
            ObjKind::Var { field: true, .. } => "field",
            ObjKind::Var { .. } => "variable",
            ObjKind::Func { .. } => "func",
            ObjKind::Label { .. } => "label",
            ObjKind::Builtin(_) => "builtin",
            ObjKind::Nil => "nil",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: IndexMap<String, super::object::ObjId>,
    pub children: Vec<ScopeId>,
    /// The source range the scope covers (0..0 for package and universe scopes).
    pub lo: Pos,
    pub hi: Pos,
    /// Set for function scopes (the boundary for closure capture).
    pub is_func: bool,
    pub what: &'static str,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.names.get(name).copied()
    }
}

#[derive(Clone, Debug)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
    pub imports: Vec<PkgId>,
}
