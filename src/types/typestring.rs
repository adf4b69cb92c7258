//! Type strings, as types2 prints them in messages (`typestring.go`) and as reflect
//! prints them for `%T` (`struct { A int }`, `func(int) string`, `main.T`).

use super::constant::go_quote;
use super::object::PkgId;
use super::type_::{Signature, Type, TypeId, World};
use crate::syntax::ast::ChanDir;

/// How package-level names are qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// types2's messages: names from `pkg` unqualified, others by package name.
    Rel(PkgId),
    /// Always qualify (as types2 does with a nil qualifier, by package path).
    Full,
    /// reflect's `%T` form: package names, spaced braces, no parameter names or aliases.
    Reflect,
}

impl World {
    pub fn type_string(&self, t: TypeId, q: Qualifier) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, q, 0);
        s
    }

    /// The signature without its leading `func` (types2 `WriteSignature`).
    pub fn signature_string(&self, sig: &Signature, q: Qualifier) -> String {
        let mut s = String::new();
        self.write_signature(&mut s, sig, q, 0);
        s
    }

    fn write_qualified(&self, out: &mut String, obj: super::object::ObjId, q: Qualifier) {
        let o = self.obj(obj);
        if let Some(p) = o.pkg {
            match q {
                Qualifier::Rel(cur) if cur == p => {}
                Qualifier::Full => {
                    out.push_str(&self.pkg(p).path);
                    out.push('.');
                }
                _ => {
                    out.push_str(&self.pkg(p).name);
                    out.push('.');
                }
            }
        }
        out.push_str(&o.name);
    }

    fn write_type(&self, out: &mut String, t: TypeId, q: Qualifier, depth: usize) {
        if depth > 50 {
            out.push_str("...");
            return;
        }
        let reflect = q == Qualifier::Reflect;
        match self.ty(t) {
            Type::Basic { kind, name } => {
                if *kind == super::type_::BasicKind::UnsafePointer {
                    out.push_str("unsafe.Pointer");
                } else if reflect && *name == "byte" {
                    out.push_str("uint8");
                } else if reflect && *name == "rune" {
                    out.push_str("int32");
                } else {
                    out.push_str(name);
                }
            }
            Type::Named { obj, .. } => self.write_qualified(out, *obj, q),
            Type::Alias { obj, target } => {
                if reflect {
                    self.write_type(out, *target, q, depth + 1)
                } else {
                    self.write_qualified(out, *obj, q)
                }
            }
            Type::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, q, depth + 1);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, q, depth + 1);
            }
            Type::Array { len, elem } => {
                out.push_str(&format!("[{len}]"));
                self.write_type(out, *elem, q, depth + 1);
            }
            Type::Map { key, elem } => {
                out.push_str("map[");
                self.write_type(out, *key, q, depth + 1);
                out.push(']');
                self.write_type(out, *elem, q, depth + 1);
            }
            Type::Chan { dir, elem } => {
                let mut paren = false;
                match dir {
                    ChanDir::Both => {
                        out.push_str("chan ");
                        // chan (<-chan T) needs parentheses.
                        if let Type::Chan {
                            dir: ChanDir::Recv, ..
                        } = self.ty(self.unalias(*elem))
                        {
                            paren = true;
                        }
                    }
                    ChanDir::Send => out.push_str("chan<- "),
                    ChanDir::Recv => out.push_str("<-chan "),
                }
                if paren {
                    out.push('(');
                }
                self.write_type(out, *elem, q, depth + 1);
                if paren {
                    out.push(')');
                }
            }
            Type::Struct { fields } => {
                out.push_str(if reflect { "struct {" } else { "struct{" });
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(';');
                    }
                    if i > 0 || reflect {
                        out.push(' ');
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, q, depth + 1);
                    if let Some(tag) = &f.tag {
                        out.push(' ');
                        out.push_str(&go_quote(tag));
                    }
                }
                if reflect && !fields.is_empty() {
                    out.push(' ');
                }
                out.push('}');
            }
            Type::Signature(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, q, depth + 1);
            }
            Type::Interface(iface) => {
                if reflect {
                    let mut names: Vec<_> = iface.all_methods.clone();
                    if !iface.complete {
                        names = iface.methods.clone();
                    }
                    names.sort_by(|a, b| self.obj(*a).name.cmp(&self.obj(*b).name));
                    out.push_str("interface {");
                    for (i, m) in names.iter().enumerate() {
                        out.push_str(if i > 0 { "; " } else { " " });
                        out.push_str(&self.obj(*m).name);
                        if let Type::Signature(s) = self.ty(self.obj(*m).ty) {
                            self.write_signature(out, s, q, depth + 1);
                        }
                    }
                    out.push_str(if names.is_empty() { "}" } else { " }" });
                    return;
                }
                out.push_str("interface{");
                let mut first = true;
                for m in &iface.methods {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    out.push_str(&self.obj(*m).name);
                    if let Type::Signature(s) = self.ty(self.obj(*m).ty) {
                        self.write_signature(out, s, q, depth + 1);
                    }
                }
                for e in &iface.embeddeds {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    self.write_type(out, *e, q, depth + 1);
                }
                out.push('}');
            }
            Type::Tuple(elems) => {
                out.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *e, q, depth + 1);
                }
                out.push(')');
            }
        }
    }

    fn write_params(
        &self,
        out: &mut String,
        ps: &[super::type_::Param],
        variadic: bool,
        q: Qualifier,
        depth: usize,
    ) {
        out.push('(');
        for (i, p) in ps.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if !p.name.is_empty() && q != Qualifier::Reflect {
                out.push_str(&p.name);
                out.push(' ');
            }
            if variadic && i == ps.len() - 1 {
                out.push_str("...");
                let elem = match self.ty(self.unalias(p.ty)) {
                    Type::Slice(e) => *e,
                    _ => p.ty,
                };
                self.write_type(out, elem, q, depth);
            } else {
                self.write_type(out, p.ty, q, depth);
            }
        }
        out.push(')');
    }

    fn write_signature(&self, out: &mut String, sig: &Signature, q: Qualifier, depth: usize) {
        self.write_params(out, &sig.params, sig.variadic, q, depth);
        if sig.results.is_empty() {
            return;
        }
        out.push(' ');
        if sig.results.len() == 1 && (sig.results[0].name.is_empty() || q == Qualifier::Reflect) {
            self.write_type(out, sig.results[0].ty, q, depth);
            return;
        }
        self.write_params(out, &sig.results, false, q, depth);
    }
}
