//! The interpreter: compiles checked ASTs to register bytecode and runs it on the runtime.

pub mod bytecode;
pub mod print;
pub mod vm;
