//! What the compiler asks the type checker: the adapter between `types::Info` and code
//! generation. Keeping the questions in one trait means the compiler never depends on
//! how the checker represents its types.

use super::ctypes::{CTypes, TyId};
use crate::syntax::ast::NodeId;

/// An exact constant, already converted to the expression's final type by the checker.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    /// Integers of every kind, as their 64-bit two's complement pattern.
    Int(u64),
    Float(f64),
    Complex(f64, f64),
    String(Vec<u8>),
    /// The untyped `nil` converted to a pointer-like, slice, map, chan, func or interface.
    Nil,
}

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
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    Slice,
    String,
    StringData,
    SliceData,
}

/// What an expression is, beyond its type.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprClass {
    /// A value (constant or not); its type is [`Facts::expr_type`].
    Value,
    /// A type expression (a conversion's callee, a composite literal's type).
    Type(TyId),
    Builtin(Builtin),
    /// A package name (the `fmt` of `fmt.Println`).
    Package,
    /// A call of a function without results.
    NoValue,
}

/// Index of an object (a named entity) in the checker's tables.
pub type ObjId = u32;

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A local variable or parameter; `heap` when its address is taken or a closure
    /// captures it (the `-m` "moved to heap" decision).
    Local {
        heap: bool,
    },
    /// A package-level variable; `pkg` is its package path.
    Global {
        pkg: String,
    },
    Const(ConstVal),
    TypeName,
    /// A declared function; `native` when it has no body (a goscope native).
    Func {
        pkg: String,
        native: bool,
    },
    PkgName,
    Nil,
    Label,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ObjInfo {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TyId,
}

/// How `x.f` resolves.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// A field reached through `path` (indices into successive struct types, with the
    /// embedded fields on the way); `indirect[i]` says a pointer is followed before step i.
    Field {
        path: Vec<usize>,
        indirect: Vec<bool>,
    },
    /// A method value or call `x.M`: the embedded-field path to the receiver, the
    /// declared method, and whether it is called through an interface.
    Method {
        path: Vec<usize>,
        indirect: Vec<bool>,
        func: ObjId,
        ptr_recv: bool,
        via_interface: bool,
    },
    /// A method expression `T.M` / `(*T).M`.
    MethodExpr { func: ObjId, ptr_recv: bool },
    /// A package-qualified name `pkg.Name`.
    Qualified(ObjId),
}

/// A method in a type's method set.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodInfo {
    pub name: String,
    pub func: ObjId,
    pub ptr_recv: bool,
    /// The method's signature as a type string (`func() error`).
    pub sig: String,
    /// For a promoted method: the embedded fields leading to the value that has it.
    pub path: Vec<usize>,
    pub target: MethodTarget,
}

/// How a method in a method set is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodTarget {
    /// A declared method (`func` is its object).
    Direct,
    /// A method of an embedded interface (`func` is the interface's method object).
    Iface,
}

pub trait Facts {
    /// The declared methods in the method set of `t` (a defined type or a pointer to one),
    /// sorted by name. Promoted methods are not included yet.
    fn method_set(&self, t: TyId) -> Vec<MethodInfo>;
    fn types(&self) -> &CTypes;
    /// The type of an expression (after untyped constants got their final type).
    fn expr_type(&self, e: NodeId) -> TyId;
    fn expr_class(&self, e: NodeId) -> ExprClass;
    /// The constant value of a constant expression, in its final type.
    fn expr_const(&self, e: NodeId) -> Option<ConstVal>;
    /// The object an identifier declares or uses.
    fn ident_obj(&self, ident: NodeId) -> Option<ObjId>;
    fn obj(&self, o: ObjId) -> &ObjInfo;
    fn selection(&self, selector: NodeId) -> Option<Selection>;
    /// The implicit variable a type-switch clause declares (clause index within the switch
    /// statement whose binding ident is `bind`).
    fn type_switch_var(&self, bind: NodeId, clause: usize) -> Option<ObjId>;
    /// Package-level variable initialisations in execution order: the variables and the
    /// id of their initialising expression (one call for `var a, b = f()`).
    fn init_order(&self) -> Vec<(Vec<ObjId>, NodeId)>;
}
