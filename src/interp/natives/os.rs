//! Natives of the `os` package: the command line, `Exit`, and writes to the standard
//! files (through the VM's output, so that they interleave with `fmt.Print*`).

use super::{NativeCall, NativeFn, go_string};
use crate::interp::vm::Trap;
use std::sync::OnceLock;

static ARGS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();

/// Sets the program's `os.Args` (the program name first); called once by the driver
/// before the program runs.
pub fn set_args(args: Vec<Vec<u8>>) {
    let _ = ARGS.set(args);
}

/// The natives of `os`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "os.Exit" => exit,
        "os.runtimeArgs" => runtime_args,
        "os.writeFd" | "os.writeFdString" => write_fd,
        _ => return None,
    })
}

fn exit(c: &mut NativeCall) -> Result<(), Trap> {
    Err(Trap::Exit(c.regs[0] as i64 as i32))
}

/// `runtimeArgs() []string`.
fn runtime_args(c: &mut NativeCall) -> Result<(), Trap> {
    let args = ARGS.get().cloned().unwrap_or_default();
    super::ret_strings(c, 0, &args)
}

/// Writes bytes to the standard file `fd` (1 stdout, 2 stderr); returns the count.
pub fn write_to(c: &mut NativeCall, fd: i64, b: &[u8]) -> Result<(), Trap> {
    match fd {
        1 => c.env.out.stdout(b),
        2 => c.env.out.stderr(b),
        _ => {}
    }
    Ok(())
}

/// `writeFd(fd int, b []byte) int` and `writeFdString(fd int, s string) int`.
fn write_fd(c: &mut NativeCall) -> Result<(), Trap> {
    let fd = c.regs[0] as i64;
    let b = go_string(c.regs, 1)?;
    write_to(c, fd, &b)?;
    c.regs[0] = if fd == 1 || fd == 2 {
        b.len() as u64
    } else {
        0
    };
    Ok(())
}
