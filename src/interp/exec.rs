//! Running a compiled program: start `main.main` on goroutine 1, and turn how it ends into
//! what a Go program prints and its exit status.

use super::bytecode::Program;
use super::panic::{PanicRecord, indented, print_panics, sigsegv_line, traceback};
use super::print;
use super::vm::{self, Env, Exit, Goroutine, Output, Trap};
use crate::runtime::heap::Mcache;
use crate::runtime::heap::heap;
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
    fn flush(&mut self) {
        let _ = self.stdout.flush();
    }
}

/// How the runtime prints a panic value (`printpanicval`, runtime/error.go): error and
/// Stringer values by their method (the runtime's own errors are their text), basic kinds
/// with `print`'s formats (`main.MyInt(3)` when named), anything else as `(T) 0xADDR`.
pub fn panic_value_text(prog: &Program, tw: u64, data: u64) -> String {
    use super::rtype::Kind as K;
    let Some(ty) = prog.rtypes.from_word(tw) else {
        return "nil".into();
    };
    let rt = prog.rtypes.get(ty);
    let h = heap();
    let string_at = |a: u64| -> String {
        let (p, n) = (h.load_u64(a).unwrap_or(0), h.load_u64(a + 8).unwrap_or(0));
        let b = if n == 0 {
            Vec::new()
        } else {
            h.read_bytes(p, n).unwrap_or_default()
        };
        String::from_utf8_lossy(&b).into_owned()
    };
    if prog.runtime_types.contains(&ty) {
        return indented(&string_at(data));
    }
    let mut v = String::new();
    let named = rt.named;
    match rt.kind {
        K::String => {
            let t = indented(&string_at(data));
            return if named {
                format!("{}(\"{t}\")", rt.name)
            } else {
                t
            };
        }
        K::Bool => print::bool(&mut v, h.load_u8(data).unwrap_or(0) != 0),
        K::Int | K::Int64 => print::int(&mut v, h.load_u64(data).unwrap_or(0) as i64),
        K::Int8 => print::int(&mut v, h.load_u8(data).unwrap_or(0) as i8 as i64),
        K::Int16 => print::int(&mut v, h.load_u16(data).unwrap_or(0) as i16 as i64),
        K::Int32 => print::int(&mut v, h.load_u32(data).unwrap_or(0) as i32 as i64),
        K::Uint | K::Uint64 | K::Uintptr => print::uint(&mut v, h.load_u64(data).unwrap_or(0)),
        K::Uint8 => print::uint(&mut v, h.load_u8(data).unwrap_or(0) as u64),
        K::Uint16 => print::uint(&mut v, h.load_u16(data).unwrap_or(0) as u64),
        K::Uint32 => print::uint(&mut v, h.load_u32(data).unwrap_or(0) as u64),
        K::Float32 => print::float(&mut v, f32::from_bits(h.load_u32(data).unwrap_or(0)) as f64),
        K::Float64 => print::float(&mut v, f64::from_bits(h.load_u64(data).unwrap_or(0))),
        K::Complex64 => print::complex(
            &mut v,
            f32::from_bits(h.load_u32(data).unwrap_or(0)) as f64,
            f32::from_bits(h.load_u32(data + 4).unwrap_or(0)) as f64,
        ),
        K::Complex128 => print::complex(
            &mut v,
            f64::from_bits(h.load_u64(data).unwrap_or(0)),
            f64::from_bits(h.load_u64(data + 8).unwrap_or(0)),
        ),
        _ => return format!("({}) {:#x}", rt.name, data),
    }
    match (named, rt.kind) {
        (true, K::Complex64 | K::Complex128) => format!("{}{v}", rt.name),
        (true, _) => format!("{}({v})", rt.name),
        _ => v,
    }
}

/// The text of a panic value as Go prints it: `Error()` for an error, `String()` for a
/// Stringer (called on the panicking goroutine, as `preprintpanics` does), else
/// [`panic_value_text`].
fn preprint(prog: &Program, g: &mut Goroutine, env: &mut Env, tw: u64, data: u64) -> String {
    use super::natives::{MethodCaller, ReentrantCall};
    if let Some(ty) = prog.rtypes.from_word(tw) {
        if !prog.runtime_types.contains(&ty) {
            for name in ["Error", "String"] {
                if prog.rtypes.get(ty).method(name).is_some() {
                    let mut call = ReentrantCall {
                        g: &mut *g,
                        env: &mut *env,
                        prog,
                        base: 0,
                        failed: None,
                    };
                    if let Ok(b) = call.call_string_method(ty, data, name) {
                        return indented(&String::from_utf8_lossy(&b));
                    }
                }
            }
        }
    }
    panic_value_text(prog, tw, data)
}

/// Runs `prog` to completion; returns the process exit status.
pub fn execute(prog: &Program, out: &mut dyn Output) -> i32 {
    let mut cache = Mcache::new();
    let strs = vm::intern_strings(prog, &mut cache);
    let maps = super::maps::build(prog, &mut cache);
    let mut iters = Vec::new();
    let globals = if prog.globals_size == 0 {
        0
    } else {
        let mask = &prog.globals_ptrmask;
        heap().alloc(
            &mut cache,
            prog.globals_size,
            if mask.iter().any(|w| *w != 0) {
                Some(mask)
            } else {
                None
            },
        )
    };
    let mut env = Env {
        out,
        cache: &mut cache,
        strs: &strs,
        maps: &maps,
        iters: &mut iters,
        globals,
    };
    // Package initialisation (variables, then init functions) runs on goroutine 1 first.
    if let Some(init) = prog.init {
        let mut g0 = Goroutine::new(1, prog, init);
        if let Some(code) = finish(prog, &mut g0, &mut env) {
            return code;
        }
    }
    let mut g = Goroutine::new(1, prog, prog.main);
    finish(prog, &mut g, &mut env).unwrap_or(0)
}

/// Runs `g` to its end: None when its function returned, else the exit status after
/// printing Go's report of the panic or fatal error.
fn finish(prog: &Program, g: &mut Goroutine, env: &mut Env) -> Option<i32> {
    loop {
        match vm::run(prog, g, env) {
            Exit::Returned => return None,
            Exit::Reentrant { .. } => unreachable!("vm::run drives re-entrant natives"),
            Exit::Preempted => continue,
            Exit::Trap(Trap::Exit(code)) => return Some(code),
            Exit::Trap(Trap::Fatal(msg)) => {
                // A fatal error: no deferred call runs and recover cannot stop it.
                let mut s = format!("fatal error: {msg}\n\n");
                traceback(&mut s, g.id, "running", &vm::trace(prog, &g.frames), None);
                env.out.stderr(s.as_bytes());
                return Some(2);
            }
            Exit::Panicked => {
                let records = g.panics.clone();
                let chain: Vec<PanicRecord> = records
                    .iter()
                    .map(|p| PanicRecord {
                        text: preprint(prog, g, env, p.tw, p.data),
                        recovered: p.recovered,
                        goexit: false,
                    })
                    .collect();
                let mut s = String::new();
                print_panics(&mut s, &chain);
                if let Some(addr) = g.panics.last().and_then(|p| p.fault) {
                    s.push_str(&sigsegv_line(addr, 0));
                }
                s.push('\n');
                let frames = g.panics.last().map(|p| p.trace.clone()).unwrap_or_default();
                traceback(&mut s, g.id, "running", &frames, None);
                env.out.stderr(s.as_bytes());
                return Some(2);
            }
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
                    s.push('\n');
                }
                traceback(&mut s, g.id, "running", &vm::trace(prog, &g.frames), None);
                env.out.stderr(s.as_bytes());
                return Some(2);
            }
        }
    }
}
