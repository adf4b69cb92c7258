//! The parser facade: source text in, AST and diagnostics out.
//!
//! The grammar lives in `grammar/go.lalrpop`; this module feeds it tokens and turns its
//! errors into cmd/compile's messages.

#[allow(clippy::all, unused_parens, unused_imports, dead_code)]
mod go {
    include!(concat!(env!("OUT_DIR"), "/go.rs"));
}
