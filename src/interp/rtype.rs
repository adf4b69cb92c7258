//! Run-time type descriptors: what the running program knows about its types.
//!
//! The checker's types are the compiler's business; at run time the VM, `fmt`, panics,
//! type assertions, the GC and (later) the hmap need a smaller, frozen description of each
//! type that can appear in an interface or on the heap — what gc calls `_type` / `rtype`
//! (internal/abi/type.go). The compiler registers one [`RType`] per distinct type in a
//! [`TypeTable`]; an interface's type word is [`TypeTable::word`] of its dynamic type (0
//! for a nil interface), so identical types have identical words, as in gc.
//!
//! Kinds carry gc's numbering (`abi.Kind`), so a program reading a type through `unsafe`
//! sees Go's values.

use indexmap::IndexMap;

/// gc's `abi.Kind`, same numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    Invalid = 0,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    Array,
    Chan,
    Func,
    Interface,
    Map,
    Pointer,
    Slice,
    String,
    Struct,
    UnsafePointer,
}

impl Kind {
    /// gc's `reflect.Kind.String()` spelling.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Invalid => "invalid",
            Kind::Bool => "bool",
            Kind::Int => "int",
            Kind::Int8 => "int8",
            Kind::Int16 => "int16",
            Kind::Int32 => "int32",
            Kind::Int64 => "int64",
            Kind::Uint => "uint",
            Kind::Uint8 => "uint8",
            Kind::Uint16 => "uint16",
            Kind::Uint32 => "uint32",
            Kind::Uint64 => "uint64",
            Kind::Uintptr => "uintptr",
            Kind::Float32 => "float32",
            Kind::Float64 => "float64",
            Kind::Complex64 => "complex64",
            Kind::Complex128 => "complex128",
            Kind::Array => "array",
            Kind::Chan => "chan",
            Kind::Func => "func",
            Kind::Interface => "interface",
            Kind::Map => "map",
            Kind::Pointer => "ptr",
            Kind::Slice => "slice",
            Kind::String => "string",
            Kind::Struct => "struct",
            Kind::UnsafePointer => "unsafe.Pointer",
        }
    }

    /// Values of these kinds are stored directly in an interface's data word
    /// (gc's `KindDirectIface` for pointer-shaped types); others are boxed.
    pub fn is_pointer_shaped(self) -> bool {
        matches!(
            self,
            Kind::Pointer | Kind::Map | Kind::Chan | Kind::Func | Kind::UnsafePointer
        )
    }
}

/// Index of a type in the [`TypeTable`].
pub type TypeIdx = u32;

#[derive(Clone, Debug, PartialEq)]
pub struct RField {
    pub name: String,
    pub ty: TypeIdx,
    pub offset: u64,
    pub embedded: bool,
    pub exported: bool,
}

/// A method in a type's method table, for calls through interfaces.
#[derive(Clone, Debug, PartialEq)]
pub struct RMethod {
    pub name: String,
    /// The signature's type string (`func() error`).
    pub sig: String,
    /// The compiled function (or, with `native`, the native) implementing it.
    pub func: u32,
    pub native: bool,
    /// How the receiver is made from the interface's data word: `None` passes the word
    /// itself (pointer receivers, pointer-shaped types); `Some(layout)` loads the value
    /// the word points to (a boxed value, or `*p` for a value method called through `*T`).
    pub recv_load: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RType {
    pub kind: Kind,
    /// The string `%T` and panics print: `int`, `main.Point`, `[]string`, `*main.T`.
    pub name: String,
    /// Whether the type is a defined (named) type; `name` then is its qualified name.
    pub named: bool,
    pub size: u64,
    pub align: u64,
    /// Element of array, slice, pointer, chan, map value.
    pub elem: Option<TypeIdx>,
    /// Key of a map.
    pub key: Option<TypeIdx>,
    /// Length of an array.
    pub len: u64,
    pub fields: Vec<RField>,
    /// Methods of the type's method set, sorted by name (as gc sorts them).
    pub methods: Vec<RMethod>,
    /// One bit per 8-byte word of the value: set where the word holds a pointer.
    pub ptrmask: Vec<u64>,
    /// For an interface type: the methods (name, signature) a value must have.
    pub iface_methods: Vec<(String, String)>,
    /// Whether `==` is defined on values of this type (else the runtime panics
    /// `comparing uncomparable type T` / `hash of unhashable type T`).
    pub comparable: bool,
}

impl RType {
    pub fn basic(kind: Kind, name: &str, size: u64) -> RType {
        RType {
            kind,
            name: name.to_string(),
            named: false,
            size,
            align: size.clamp(1, 8),
            elem: None,
            key: None,
            len: 0,
            fields: Vec::new(),
            methods: Vec::new(),
            ptrmask: Vec::new(),
            iface_methods: Vec::new(),
            comparable: true,
        }
    }

    /// Whether the value holds any pointer (gc's `PtrBytes != 0`).
    pub fn has_pointers(&self) -> bool {
        self.ptrmask.iter().any(|w| *w != 0)
    }

    /// Whether this (dynamic) type has every method of the interface type `iface`.
    pub fn implements(&self, iface: &RType) -> bool {
        iface
            .iface_methods
            .iter()
            .all(|(n, sig)| self.method(n).is_some_and(|m| &m.sig == sig))
    }

    pub fn method(&self, name: &str) -> Option<&RMethod> {
        self.methods
            .binary_search_by(|m| m.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.methods[i])
    }
}

/// Whether `t` is one of Go's predeclared named types (`int`, `string`, `error`...) or
/// `unsafe.Pointer`.
fn predeclared(t: &RType) -> bool {
    !t.name.contains('.')
        && !t.name.contains(' ')
        && !t.name.contains('[')
        && !t.name.starts_with('*')
        && (matches!(
            t.kind,
            Kind::Bool
                | Kind::Int
                | Kind::Int8
                | Kind::Int16
                | Kind::Int32
                | Kind::Int64
                | Kind::Uint
                | Kind::Uint8
                | Kind::Uint16
                | Kind::Uint32
                | Kind::Uint64
                | Kind::Uintptr
                | Kind::Float32
                | Kind::Float64
                | Kind::Complex64
                | Kind::Complex128
                | Kind::String
        ) || t.name == "error")
        || t.kind == Kind::UnsafePointer
}

/// Whether gc's type has a name (a defined type, or a predeclared one).
fn go_named(t: &RType) -> bool {
    t.named || predeclared(t)
}

/// Base of the synthetic addresses used as type words, so that a type word printed by
/// `println(any)` or read through `unsafe` looks like gc's (`0x4b2f40`-ish).
const TYPE_WORD_BASE: u64 = 0x4a_0000;
const TYPE_WORD_STRIDE: u64 = 0x40;

/// All run-time types of a program, interned by a structural key the compiler supplies
/// (its own type identity), so one Go type has exactly one index.
#[derive(Clone, Default, Debug)]
pub struct TypeTable {
    types: Vec<RType>,
    by_key: IndexMap<String, TypeIdx>,
    /// [`TypeTable::descriptor_rank`] of every type, computed on first use.
    ranks: std::sync::OnceLock<Vec<DescriptorRank>>,
}

/// Where gc's linker would place a type's descriptor, as a sortable key: its size in
/// bytes, then its group (0: types of package main, 1: of the other packages, 2: the
/// runtime's predeclared types, 3: unnamed types, emitted by main as DUPOK symbols), then
/// its position in that group.
pub type DescriptorRank = (u64, u8, u32);

/// The order in which the runtime package emits the descriptors of the predeclared types
/// (its own `string` and `error` first, then `WriteBasicTypes`' loop in cmd/compile's
/// kind order), each pointer type just before its element.
const RUNTIME_TYPE_ORDER: &[&str] = &[
    "error",
    "string",
    "int8",
    "uint8",
    "int16",
    "uint16",
    "int32",
    "uint32",
    "int64",
    "uint64",
    "int",
    "uint",
    "uintptr",
    "complex64",
    "complex128",
    "float32",
    "float64",
    "bool",
    "unsafe.Pointer",
    "interface {}",
];

impl TypeTable {
    /// Registers `t` under `key` (e.g. the checker's type string with package paths), or
    /// returns the existing index for that key.
    pub fn intern(&mut self, key: &str, make: impl FnOnce() -> RType) -> TypeIdx {
        if let Some(&i) = self.by_key.get(key) {
            return i;
        }
        let i = self.types.len() as TypeIdx;
        self.types.push(make());
        self.by_key.insert(key.to_string(), i);
        self.ranks = std::sync::OnceLock::new();
        i
    }

    /// Replaces a type registered earlier (for recursive types, filled in after their
    /// index exists).
    pub fn set(&mut self, i: TypeIdx, t: RType) {
        self.types[i as usize] = t;
        self.ranks = std::sync::OnceLock::new();
    }

    pub fn get(&self, i: TypeIdx) -> &RType {
        &self.types[i as usize]
    }

    /// The interface type word for type `i` (never 0).
    pub fn word(i: TypeIdx) -> u64 {
        TYPE_WORD_BASE + i as u64 * TYPE_WORD_STRIDE
    }

    /// The index a type word stands for, without checking it against a table.
    pub fn word_index(w: u64) -> Option<u32> {
        if w < TYPE_WORD_BASE || (w - TYPE_WORD_BASE) % TYPE_WORD_STRIDE != 0 {
            return None;
        }
        u32::try_from((w - TYPE_WORD_BASE) / TYPE_WORD_STRIDE).ok()
    }

    /// The type of an interface type word; None for 0 (nil) or a word that names no type
    /// (possible only through a racy torn read or `unsafe`).
    pub fn from_word(&self, w: u64) -> Option<TypeIdx> {
        if w < TYPE_WORD_BASE || (w - TYPE_WORD_BASE) % TYPE_WORD_STRIDE != 0 {
            return None;
        }
        let i = (w - TYPE_WORD_BASE) / TYPE_WORD_STRIDE;
        (i < self.types.len() as u64).then_some(i as TypeIdx)
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// The size of gc's type descriptor for type `i` (internal/abi/type.go): the common
    /// `Type` (48 bytes) and the kind's fields, then, for a named type or one with methods,
    /// the `UncommonType` (16) and one `Method` (16) per method.
    pub fn descriptor_size(&self, i: TypeIdx) -> u64 {
        let t = self.get(i);
        let base = match t.kind {
            Kind::Array => 72,
            Kind::Chan => 64,
            Kind::Func => 56,
            Kind::Interface => 80 + 8 * t.iface_methods.len() as u64,
            Kind::Map => 88,
            Kind::Pointer | Kind::Slice => 56,
            Kind::Struct => 80 + 24 * t.fields.len() as u64,
            _ => 48,
        };
        if go_named(t) || !t.methods.is_empty() {
            base + 16 + 16 * t.methods.len() as u64
        } else {
            base
        }
    }

    /// The place of type `i`'s descriptor in a gc binary, which `internal/fmtsort` uses to
    /// order interface-typed map keys of different dynamic types (it compares descriptor
    /// addresses). The linker sorts the type section by size, then by symbol index: the
    /// packages' own (non-DUPOK) symbols come first, main's before the others and the
    /// runtime's predeclared types last, then the DUPOK unnamed types in main's emission
    /// order; cmd/compile emits a package's types in rounds sorted by name (named ones
    /// first), each descriptor after its pointer type's and its elements'. This model
    /// gives gc's order for the types a program of one package converts to interfaces.
    pub fn descriptor_rank(&self, i: TypeIdx) -> DescriptorRank {
        let ranks = self.ranks.get_or_init(|| self.compute_ranks());
        ranks.get(i as usize).copied().unwrap_or((u64::MAX, 4, i))
    }

    fn compute_ranks(&self) -> Vec<DescriptorRank> {
        let n = self.types.len();
        let is_predeclared = |t: &RType| {
            predeclared(t) || (t.kind == Kind::Interface && !t.named && t.iface_methods.is_empty())
        };
        // gc's `tbase`: a pointer to a named type belongs with that type.
        let group = |i: usize| -> u8 {
            let t = &self.types[i];
            let base = match (t.kind, go_named(t), t.elem) {
                (Kind::Pointer, false, Some(e))
                    if go_named(self.get(e)) || is_predeclared(self.get(e)) =>
                {
                    self.get(e)
                }
                _ => t,
            };
            if is_predeclared(base) {
                2
            } else if base.named && !base.name.contains('[') {
                if base.name.starts_with("main.") { 0 } else { 1 }
            } else {
                3
            }
        };
        let groups: Vec<u8> = (0..n).map(group).collect();
        // Pointer types by element, to emit `*T` before `T`.
        let mut ptr_to: Vec<Option<usize>> = vec![None; n];
        let mut slice_of: Vec<Option<usize>> = vec![None; n];
        for (i, t) in self.types.iter().enumerate() {
            if let (false, Some(e)) = (t.named, t.elem) {
                let e = e as usize;
                if e < n {
                    match t.kind {
                        Kind::Pointer if ptr_to[e].is_none() => ptr_to[e] = Some(i),
                        Kind::Slice if slice_of[e].is_none() => slice_of[e] = Some(i),
                        _ => {}
                    }
                }
            }
        }
        // main's emission: one round sorted by (named first, name), each type written
        // after its pointer type and its elements (cmd/compile's writeType recursion).
        let mut roots: Vec<usize> = (0..n).filter(|&i| matches!(groups[i], 0 | 3)).collect();
        roots.sort_by(|&a, &b| {
            let (ta, tb) = (&self.types[a], &self.types[b]);
            tb.named.cmp(&ta.named).then_with(|| ta.name.cmp(&tb.name))
        });
        let mut order = vec![u32::MAX; n];
        let mut started = vec![false; n];
        let mut next = 0u32;
        let mut stack: Vec<(usize, bool)> = Vec::new();
        for r in roots {
            stack.push((r, false));
            while let Some((i, children_done)) = stack.pop() {
                if children_done {
                    order[i] = next;
                    next += 1;
                    continue;
                }
                if started[i] || !matches!(groups[i], 0 | 3) {
                    continue;
                }
                started[i] = true;
                stack.push((i, true));
                let t = &self.types[i];
                let mut children: Vec<usize> = Vec::new();
                if t.kind != Kind::Pointer {
                    children.extend(ptr_to[i]);
                }
                match t.kind {
                    Kind::Pointer | Kind::Slice | Kind::Chan => {
                        children.extend(t.elem.map(|e| e as usize))
                    }
                    Kind::Array => {
                        children.extend(t.elem.map(|e| e as usize));
                        children.extend(
                            t.elem
                                .and_then(|e| slice_of.get(e as usize).copied().flatten()),
                        );
                    }
                    Kind::Map => {
                        children.extend(t.key.map(|k| k as usize));
                        children.extend(t.elem.map(|e| e as usize));
                    }
                    Kind::Struct => children.extend(t.fields.iter().map(|f| f.ty as usize)),
                    _ => {}
                }
                // Pushed in reverse so that they are written in order.
                for c in children.into_iter().rev() {
                    if c < n && !started[c] {
                        stack.push((c, false));
                    }
                }
            }
        }
        (0..n)
            .map(|i| {
                let t = &self.types[i];
                let pos = match groups[i] {
                    2 => {
                        let (base, ptr) = match (t.kind, go_named(t), t.elem) {
                            (Kind::Pointer, false, Some(e)) => (self.get(e), 0),
                            _ => (t, 1),
                        };
                        let k = RUNTIME_TYPE_ORDER
                            .iter()
                            .position(|&x| x == base.name)
                            .unwrap_or(RUNTIME_TYPE_ORDER.len())
                            as u32;
                        2 * k + ptr
                    }
                    0 | 3 => order[i],
                    _ => i as u32,
                };
                (self.descriptor_size(i as TypeIdx), groups[i], pos)
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_gives_one_index_per_type_and_words_round_trip() {
        let mut t = TypeTable::default();
        let a = t.intern("int", || RType::basic(Kind::Int, "int", 8));
        let b = t.intern("string", || RType::basic(Kind::String, "string", 16));
        assert_eq!(t.intern("int", || unreachable!()), a);
        assert_ne!(a, b);
        assert_eq!(t.from_word(TypeTable::word(b)), Some(b));
        assert_eq!(t.from_word(0), None);
        assert_eq!(t.from_word(TypeTable::word(b) + 8), None);
        assert_eq!(t.from_word(TypeTable::word(7)), None);
    }

    #[test]
    fn kinds_have_gcs_numbers() {
        assert_eq!(Kind::Bool as u8, 1);
        assert_eq!(Kind::Complex128 as u8, 16);
        assert_eq!(Kind::UnsafePointer as u8, 26);
        assert!(Kind::Map.is_pointer_shaped() && !Kind::String.is_pointer_shaped());
    }
}
