//! The universe scope: predeclared types, constants, `nil`, the built-in functions,
//! and package `unsafe` (types2 `universe.go`).

use super::constant::ConstValue;
use super::object::{Builtin, ObjKind, Object, Package, PkgId, Scope};
use super::type_::{BasicKind, Interface, Param, Signature, Type, TypeId, World};

const BASICS: &[(BasicKind, &str)] = &[
    (BasicKind::Invalid, "invalid type"),
    (BasicKind::Bool, "bool"),
    (BasicKind::Int, "int"),
    (BasicKind::Int8, "int8"),
    (BasicKind::Int16, "int16"),
    (BasicKind::Int32, "int32"),
    (BasicKind::Int64, "int64"),
    (BasicKind::Uint, "uint"),
    (BasicKind::Uint8, "uint8"),
    (BasicKind::Uint16, "uint16"),
    (BasicKind::Uint32, "uint32"),
    (BasicKind::Uint64, "uint64"),
    (BasicKind::Uintptr, "uintptr"),
    (BasicKind::Float32, "float32"),
    (BasicKind::Float64, "float64"),
    (BasicKind::Complex64, "complex64"),
    (BasicKind::Complex128, "complex128"),
    (BasicKind::String, "string"),
    (BasicKind::Uint8, "byte"),
    (BasicKind::Int32, "rune"),
    (BasicKind::UnsafePointer, "Pointer"),
    (BasicKind::UntypedBool, "untyped bool"),
    (BasicKind::UntypedInt, "untyped int"),
    (BasicKind::UntypedRune, "untyped rune"),
    (BasicKind::UntypedFloat, "untyped float"),
    (BasicKind::UntypedComplex, "untyped complex"),
    (BasicKind::UntypedString, "untyped string"),
    (BasicKind::UntypedNil, "untyped nil"),
];

const UNIVERSE_FUNCS: &[Builtin] = &[
    Builtin::Append,
    Builtin::Cap,
    Builtin::Clear,
    Builtin::Close,
    Builtin::Complex,
    Builtin::Copy,
    Builtin::Delete,
    Builtin::Imag,
    Builtin::Len,
    Builtin::Make,
    Builtin::Max,
    Builtin::Min,
    Builtin::New,
    Builtin::Panic,
    Builtin::Print,
    Builtin::Println,
    Builtin::Real,
    Builtin::Recover,
];

const UNSAFE_FUNCS: &[Builtin] = &[
    Builtin::Add,
    Builtin::Alignof,
    Builtin::Offsetof,
    Builtin::Sizeof,
    Builtin::Slice,
    Builtin::SliceData,
    Builtin::String,
    Builtin::StringData,
];

fn obj(name: &str, kind: ObjKind, ty: TypeId) -> Object {
    Object {
        name: name.to_string(),
        kind,
        ty,
        pos: 0,
        file: None,
        pkg: None,
        parent: None,
    }
}

/// Fills a fresh world with the universe scope and package unsafe.
pub fn init(w: &mut World) {
    let uni = w.add_scope(Scope {
        what: "universe",
        ..Scope::default()
    });
    w.universe = uni;
    let declare = |w: &mut World, o: Object| {
        let name = o.name.clone();
        let id = w.add_obj(Object {
            parent: Some(uni),
            ..o
        });
        w.scope_mut(uni).names.insert(name, id);
        id
    };
    for &(kind, name) in BASICS {
        let t = w.add_type(Type::Basic { kind, name });
        w.universe_ids.basics.insert(name, t);
        if kind == BasicKind::Invalid {
            w.universe_ids.invalid = t;
        } else if !kind.is_untyped() && kind != BasicKind::UnsafePointer {
            declare(w, obj(name, ObjKind::TypeName, t));
        }
    }
    let invalid = w.universe_ids.invalid;
    // type any = interface{}
    let empty = w.add_type(Type::Interface(Interface {
        complete: true,
        ..Interface::default()
    }));
    w.universe_ids.empty_iface = empty;
    let any_obj = declare(w, obj("any", ObjKind::TypeName, invalid));
    let any = w.add_type(Type::Alias {
        obj: any_obj,
        target: empty,
    });
    w.obj_mut(any_obj).ty = any;
    w.universe_ids.any = any;
    // type error interface { Error() string }
    let err_obj = declare(w, obj("error", ObjKind::TypeName, invalid));
    let string = w.basic("string");
    let sig = w.add_type(Type::Signature(Signature {
        recv: None,
        params: vec![],
        results: vec![Param {
            name: String::new(),
            ty: string,
        }],
        variadic: false,
    }));
    let m = w.add_obj(obj("Error", ObjKind::Func { has_body: false }, sig));
    let iface = w.add_type(Type::Interface(Interface {
        methods: vec![m],
        ..Interface::default()
    }));
    w.complete_interface(iface);
    let err = w.add_type(Type::Named {
        obj: err_obj,
        underlying: iface,
        methods: vec![],
    });
    w.obj_mut(err_obj).ty = err;
    w.universe_ids.error = err;
    let ub = w.basic("untyped bool");
    declare(
        w,
        obj(
            "true",
            ObjKind::Const {
                val: ConstValue::Bool(true),
            },
            ub,
        ),
    );
    declare(
        w,
        obj(
            "false",
            ObjKind::Const {
                val: ConstValue::Bool(false),
            },
            ub,
        ),
    );
    let ui = w.basic("untyped int");
    declare(
        w,
        obj(
            "iota",
            ObjKind::Const {
                val: ConstValue::int(0),
            },
            ui,
        ),
    );
    let un = w.basic("untyped nil");
    declare(w, obj("nil", ObjKind::Nil, un));
    for &b in UNIVERSE_FUNCS {
        declare(w, obj(b.name(), ObjKind::Builtin(b), invalid));
    }
    // package unsafe
    let us = w.add_scope(Scope {
        what: "package unsafe",
        ..Scope::default()
    });
    w.pkgs.push(Package {
        path: "unsafe".into(),
        name: "unsafe".into(),
        scope: us,
        imports: vec![],
    });
    let up = PkgId(w.pkgs.len() as u32 - 1);
    w.universe_ids.unsafe_pkg = Some(up);
    let ptr = w.basic("Pointer");
    let add = |w: &mut World, o: Object| {
        let name = o.name.clone();
        let id = w.add_obj(Object {
            parent: Some(us),
            pkg: Some(up),
            ..o
        });
        w.scope_mut(us).names.insert(name, id);
    };
    add(w, obj("Pointer", ObjKind::TypeName, ptr));
    for &b in UNSAFE_FUNCS {
        add(w, obj(b.name(), ObjKind::Builtin(b), invalid));
    }
}
