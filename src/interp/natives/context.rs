//! Natives of `context`: the two questions Go's context.go asks `internal/reflectlite`
//! (a value's type name, and whether its type is comparable), over the program's
//! run-time types.

use super::{NativeCall, NativeFn, ret_string};
use crate::interp::vm::Trap;

/// The natives of `context`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "context.typeString" => type_string,
        "context.comparable" => comparable,
        _ => return None,
    })
}

/// `typeString(v any) string`: the dynamic type's name as `%T` prints it
/// (`reflectlite.TypeOf(v).String()`); context only asks about non-nil values.
fn type_string(c: &mut NativeCall) -> Result<(), Trap> {
    let name = match c.prog.rtypes.from_word(c.regs[0]) {
        Some(t) => c.prog.rtypes.get(t).name.clone(),
        None => "<nil>".to_string(),
    };
    ret_string(c, 0, name.as_bytes())
}

/// `comparable(v any) bool`: whether v's dynamic type supports `==`
/// (`reflectlite.TypeOf(v).Comparable()`).
fn comparable(c: &mut NativeCall) -> Result<(), Trap> {
    let r = c
        .prog
        .rtypes
        .from_word(c.regs[0])
        .is_some_and(|t| super::errors::type_comparable(c.prog, t));
    c.regs[0] = r as u64;
    Ok(())
}
