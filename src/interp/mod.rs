//! The interpreter: compiles checked ASTs to register bytecode and runs it on the runtime.

pub mod bytecode;
pub mod collect;
pub mod compile;
pub mod emit;
pub mod exec;
pub mod goroutines;
pub mod liveness;
pub mod maps;
pub mod mem;
pub mod natives;
pub mod panic;
pub mod print;
pub mod rtype;
pub mod vm;
