//! The syntax front end: source text → tokens → AST.
//!
//! This module is the facade: callers use [`lexer::Lexer`] for tokens and (once the
//! grammar lands) `parse_file` for trees. Nothing outside `syntax/` names lalrpop.

pub mod actions;
pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod recovery;
pub mod token;
