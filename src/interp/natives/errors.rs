//! Natives of the `errors` package: the reflection that `errors.Is` and `errors.As` need
//! (`internal/reflectlite`'s `Comparable`, `AssignableTo` and `Value.Set`), over the
//! program's run-time types.

use super::{NativeCall, NativeFn};
use crate::interp::bytecode::Program;
use crate::interp::rtype::{Kind, TypeIdx};
use crate::interp::vm::Trap;
use crate::runtime::heap::heap;

/// The natives of `errors`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "errors.comparable" => comparable,
        "errors.asCheck" => as_check,
        "errors.asAssign" => as_assign,
        _ => return None,
    })
}

/// Whether values of type `t` support `==` (reflect's `Comparable`): not slices, maps or
/// funcs, nor structs and arrays containing them.
pub(super) fn type_comparable(prog: &Program, t: TypeIdx) -> bool {
    let rt = prog.rtypes.get(t);
    match rt.kind {
        Kind::Slice | Kind::Map | Kind::Func => false,
        Kind::Array => rt.elem.is_none_or(|e| type_comparable(prog, e)),
        Kind::Struct => rt.fields.iter().all(|f| type_comparable(prog, f.ty)),
        _ => true,
    }
}

/// `comparable(x any) bool`: whether x's dynamic type is comparable.
fn comparable(c: &mut NativeCall) -> Result<(), Trap> {
    let r = c
        .prog
        .rtypes
        .from_word(c.regs[0])
        .is_some_and(|t| type_comparable(c.prog, t));
    c.regs[0] = r as u64;
    Ok(())
}

/// The element type of the pointer `target` holds, after `errors.As`'s checks.
fn target_elem(c: &NativeCall, tw: u64, data: u64) -> Result<TypeIdx, Trap> {
    let Some(t) = c.prog.rtypes.from_word(tw) else {
        return Err(Trap::Panic("errors: target cannot be nil".into()));
    };
    let rt = c.prog.rtypes.get(t);
    if rt.kind != Kind::Pointer || data == 0 {
        return Err(Trap::Panic(
            "errors: target must be a non-nil pointer".into(),
        ));
    }
    let elem = rt.elem.unwrap_or(0);
    let et = c.prog.rtypes.get(elem);
    if et.kind != Kind::Interface && et.method("Error").is_none() {
        return Err(Trap::Panic(
            "errors: *target must be interface or implement error".into(),
        ));
    }
    Ok(elem)
}

/// `asCheck(target any)`: panics like `errors.As` on a bad target.
fn as_check(c: &mut NativeCall) -> Result<(), Trap> {
    target_elem(c, c.regs[0], c.regs[1]).map(|_| ())
}

/// Whether a value of dynamic type `from` (an error) is assignable to `to`: the same
/// type, or an interface type whose methods it has.
fn assignable(prog: &Program, from: TypeIdx, to: TypeIdx) -> bool {
    let tt = prog.rtypes.get(to);
    if tt.kind == Kind::Interface {
        return prog.rtypes.get(from).implements(tt);
    }
    from == to
}

/// `asAssign(err error, target any) bool`: if err's dynamic type is assignable to
/// `*target`'s type, stores err there and returns true.
fn as_assign(c: &mut NativeCall) -> Result<(), Trap> {
    let (etw, edata, ttw, tdata) = (c.regs[0], c.regs[1], c.regs[2], c.regs[3]);
    let elem = target_elem(c, ttw, tdata)?;
    let Some(from) = c.prog.rtypes.from_word(etw) else {
        c.regs[0] = 0;
        return Ok(());
    };
    if !assignable(c.prog, from, elem) {
        c.regs[0] = 0;
        return Ok(());
    }
    let h = heap();
    let et = c.prog.rtypes.get(elem);
    if et.kind == Kind::Interface {
        h.store_u64(tdata, etw).map_err(Trap::Fault)?;
        h.store_ptr(tdata + 8, edata).map_err(Trap::Fault)?;
    } else if et.kind.is_pointer_shaped() {
        h.store_ptr(tdata, edata).map_err(Trap::Fault)?;
    } else {
        h.typedmemmove(tdata, edata, et.size, &et.ptrmask)
            .map_err(Trap::Fault)?;
    }
    c.regs[0] = 1;
    Ok(())
}
