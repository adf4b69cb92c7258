//! goscope: a Go interpreter you can see inside.
//!
//! The pipeline, front to back: [`syntax`] turns source text into an AST (a logos lexer
//! with Go's semicolon rule, a lalrpop grammar behind a facade); [`types`] checks it and
//! reports errors in `go build`'s words; [`interp`] compiles the checked AST to register
//! bytecode and runs it on [`runtime`], goscope's own Go-shaped runtime (heap, GC,
//! scheduler, hmap, channels). [`diag`] renders diagnostics for people or for graders;
//! [`repl`] is the interactive shell's backend. `ARCHITECTURE.md` at the root says which
//! way the dependencies point and which invariants hold.

pub mod diag;
pub mod driver;
pub mod fxhash;
pub mod gocmd;
pub mod interp;
pub mod repl;
pub mod runtime;
pub mod source;
pub mod stdlib;
pub mod syntax;
pub mod testing;
pub mod types;
