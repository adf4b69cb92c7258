//! Running a compiled program: start `main.main` on goroutine 1, and turn how it ends into
//! what a Go program prints and its exit status.

use super::bytecode::Program;
use super::panic::{PanicRecord, TraceFrame, print_panics, sigsegv_line, traceback};
use super::vm::{self, Env, Exit, Goroutine, Output, Trap};
use crate::runtime::heap::Mcache;
use std::io::Write;

/// The process's own streams. Standard output is buffered (and flushed before anything is
/// written to standard error, so the two interleave as Go's unbuffered writes do).
pub struct ProcessOutput {
    stdout: std::io::BufWriter<std::io::Stdout>,
}

impl Default for ProcessOutput {
    fn default() -> Self {
        ProcessOutput {
            stdout: std::io::BufWriter::with_capacity(64 << 10, std::io::stdout()),
        }
    }
}

impl ProcessOutput {
    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
    }
}

impl Output for ProcessOutput {
    fn stdout(&mut self, b: &[u8]) {
        let _ = self.stdout.write_all(b);
    }
    fn stderr(&mut self, b: &[u8]) {
        let _ = self.stdout.flush();
        let _ = std::io::stderr().write_all(b);
    }
}

/// The traceback frames of `g`, innermost first.
fn frames(prog: &Program, g: &Goroutine) -> Vec<TraceFrame> {
    let n = g.frames.len();
    g.frames
        .iter()
        .enumerate()
        .rev()
        .map(|(i, fr)| {
            let f = &prog.funcs[fr.func as usize];
            // The innermost frame stopped at its faulting instruction; the others at the
            // instruction after their call.
            let at = if i + 1 == n {
                fr.pc as usize
            } else {
                (fr.pc as usize).saturating_sub(1)
            };
            let line = f.debug.lines.get(at).copied().unwrap_or(0);
            let args = if f.nparams == 0 { "" } else { "..." };
            TraceFrame {
                name: format!("{}({args})", f.debug.name),
                file: f.debug.file.clone(),
                line,
                offset: at as u32 * 4,
            }
        })
        .collect()
}

/// Runs `prog` to completion; returns the process exit status.
pub fn execute(prog: &Program, out: &mut dyn Output) -> i32 {
    let mut cache = Mcache::new();
    let strs = vm::intern_strings(prog, &mut cache);
    let mut g = Goroutine::new(1, prog, prog.main);
    let mut env = Env {
        out,
        cache: &mut cache,
        strs: &strs,
    };
    loop {
        match vm::run(prog, &mut g, &mut env) {
            Exit::Returned => return 0,
            Exit::Preempted => continue,
            Exit::Trap(Trap::Exit(code)) => return code,
            Exit::Trap(t) => {
                let mut s = String::new();
                if t == Trap::StackOverflow {
                    s.push_str("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n");
                } else {
                    print_panics(
                        &mut s,
                        &[PanicRecord {
                            text: t.message(),
                            recovered: false,
                            goexit: false,
                        }],
                    );
                    if let Trap::Fault(f) = &t {
                        let addr = match f {
                            crate::runtime::heap::Fault::Nil { addr }
                            | crate::runtime::heap::Fault::Invalid { addr } => *addr,
                        };
                        s.push_str(&sigsegv_line(addr, 0));
                    }
                    s.push('\n');
                }
                traceback(&mut s, g.id, "running", &frames(prog, &g), None);
                env.out.stderr(s.as_bytes());
                return 2;
            }
        }
    }
}
