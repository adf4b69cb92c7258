//! The type checker: Go's rules for the checked subset, with `go build`'s messages.
//!
//! File names mirror cmd/compile/internal/types2 so that a reader can compare.
//!
//! # API
//!
//! [`check_package`] checks one package made of parsed files and returns the
//! [`Package`] (whose [`World`] owns every type, object and scope, those of imported
//! packages included), the side tables in [`Info`] (modelled on go/types' `Info`), and
//! the diagnostics. `files[i]` must be the parse of `sources.file(i)`: the file index is
//! the [`FileId`](crate::source::FileId) used in diagnostics.
//!
//! Imports go through an [`Importer`]: it returns the parsed Go source of the package
//! (see [`PackageSource`]), which is checked into the same world on first use.
//! [`StdImporter`](importer::StdImporter) serves goscope's standard packages from
//! `src/stdlib/go/*.go` (declarations only; bodiless functions are natives).
//! `unsafe` is built in.
//!
//! Messages: the text is types2's, reported at types2's position (`syntax.StartPos` of
//! the node, i.e. `span.lo`, unless types2 says otherwise). Go's continuation lines
//! (`\thave (int)` / `\twant ()`, `\t./p.go:3:6: other declaration of x`) are put in
//! [`Diagnostic::notes`] without the leading tab; `diag::render_go` prints each as
//! `\t` + note, which reproduces Go's output byte for byte.

pub mod assignments;
pub mod builtins;
pub mod call;
pub mod checker;
pub mod constant;
pub mod conversions;
pub mod decl;
pub mod expr;
pub mod exprstring;
pub mod importer;
pub mod lookup;
pub mod object;
pub mod operand;
pub mod predicates;
pub mod sizes;
pub mod stmt;
pub mod type_;
pub mod typestring;
pub mod typexpr;
pub mod universe;

pub use checker::{Info, Mode, Selection, SelectionKind, TypeAndValue, check_package};
pub use constant::ConstValue;
pub use object::{Builtin, ObjId, ObjKind, Object, PkgId, ScopeId};
pub use type_::{BasicKind, Type, TypeId, World};
pub use typestring::Qualifier;

use crate::syntax::ast;
use std::rc::Rc;

/// A package as an importer delivers it: its import path and parsed files.
#[derive(Clone, Debug)]
pub struct PackageSource {
    pub path: String,
    pub files: Rc<Vec<ast::File>>,
}

/// What an importer returns.
pub type PackageRef = PackageSource;

/// Why an import failed; `Display` is the message reported at the import path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not a standard package (`package foo is not in std (GOROOT/src/foo)`).
    NotInStd(String),
    /// A real Go package goscope does not provide.
    Unsupported(String),
    /// An `internal/...` standard package imported from outside the standard library.
    Internal(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotInStd(p) => {
                write!(f, "package {p} is not in std (/usr/lib/go-1.23/src/{p})")
            }
            ImportError::Unsupported(p) => write!(f, "package {p} is not supported by goscope"),
            ImportError::Internal(p) => write!(f, "use of internal package {p} not allowed"),
        }
    }
}

/// Supplies imported packages.
pub trait Importer {
    fn import(&mut self, path: &str) -> Result<PackageRef, ImportError>;
}

/// A checked package: its identity in the world, and the world itself.
#[derive(Debug)]
pub struct Package {
    pub id: PkgId,
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
    pub world: World,
}
