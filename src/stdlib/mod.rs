//! Go standard-library behaviour that does not depend on the VM: formatting and parsing
//! (`fmt`'s verb engine, `strconv`), and the Go declarations of the packages goscope
//! provides (`go/*.go`, type-checked like user code; bodiless functions are natives).

pub mod fmt;
mod isprint;
pub mod strconv;
pub mod utf8;
// Pure-Rust algorithms behind the `strings`/`bytes`, `unicode`, `math` and `sort` natives.
pub mod math;
pub mod sort;
pub mod strings;
pub mod unicode;
pub mod unicode_tables;
