//! The syntax front end: source text → tokens → AST.
//!
//! This module is the facade: callers use [`lexer::Lexer`] for tokens and (once the
//! grammar lands) `parse_file` for trees. Nothing outside `syntax/` names lalrpop.

pub mod ast;
pub mod lexer;
pub mod token;
