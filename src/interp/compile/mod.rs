//! The compiler: checked AST → register bytecode ([`super::bytecode`]).
//!
//! It talks to the checker only through [`facts::Facts`], and describes types for code
//! generation with [`ctypes::CTypes`] (register words, heap layout, pointer masks).

pub mod ctypes;
pub mod facts;
