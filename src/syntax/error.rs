//! Syntax errors: the error type of the grammar and the wording of cmd/compile.
//!
//! The LR parser only knows which token it could not use and which tokens it would
//! have accepted; [`describe_parse_error`] turns that, with the tokens around it, into
//! the message cmd/compile's recursive-descent parser prints at the same place
//! (cmd/compile/internal/syntax/parser.go: `syntaxErrorAt`, `tokstring`, `list`,
//! `header`, `stmtList`, …).

/// One syntax (or lexical) error: a byte position and Go's complete message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: u32,
    pub msg: String,
}
