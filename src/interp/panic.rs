//! What an unrecovered panic prints: the panic chain and the goroutine's traceback, in
//! the Go runtime's format (runtime/panic.go `printpanics`, runtime/traceback.go).
//!
//! ```text
//! panic: first [recovered]
//! 	panic: second
//! [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]   (nil dereference only)
//!
//! goroutine 1 [running]:
//! main.f(...)
//! 	/abs/path/prog.go:12 +0x1d
//! main.main()
//! 	/abs/path/prog.go:5 +0x9
//! ```
//!
//! goscope prints `(...)` for every frame's arguments (Go prints that for inlined frames;
//! printing argument words would mean faking gc's register ABI) and a synthetic `+0x`
//! offset from the bytecode index. The test harness normalises both, as it does Go's.

use std::fmt::Write;

/// One entry of a goroutine's panic chain, its value already rendered as
/// `printpanicval` renders it (see [`indented`]).
#[derive(Clone, Debug, PartialEq)]
pub struct PanicRecord {
    pub text: String,
    pub recovered: bool,
    /// A `runtime.Goexit` in the chain prints nothing of its own.
    pub goexit: bool,
}

/// `printpanics`: oldest first, each later one after a tab.
pub fn print_panics(out: &mut String, chain: &[PanicRecord]) {
    for (i, p) in chain.iter().enumerate() {
        if i > 0 && !chain[i - 1].goexit {
            out.push('\t');
        }
        if p.goexit {
            continue;
        }
        out.push_str("panic: ");
        out.push_str(&p.text);
        if p.recovered {
            out.push_str(" [recovered]");
        }
        out.push('\n');
    }
}

/// `printindented`: a newline inside a string panic value is followed by a tab, so the
/// message stays inside its block.
pub fn indented(s: &str) -> String {
    s.replace('\n', "\n\t")
}

/// The line printed after the panic chain when the panic came from a fault.
pub fn sigsegv_line(addr: u64, pc: u64) -> String {
    format!("[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc={pc:#x}]\n")
}

/// One logical frame of a traceback.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceFrame {
    /// `main.f(...)`, `main.(*T).M(...)`, `main.main()`: the name with its argument list.
    pub name: String,
    pub file: String,
    pub line: u32,
    /// A synthetic code offset for the `+0x` column.
    pub offset: u32,
}

/// `tracebackInnerFrames` / `tracebackOuterFrames` (runtime/traceback.go).
const INNER_FRAMES: usize = 50;
const OUTER_FRAMES: usize = 50;

/// Where a goroutine was started, printed after its frames.
#[derive(Clone, Debug, PartialEq)]
pub struct CreatedBy {
    pub func: String,
    pub goid: u64,
    pub file: String,
    pub line: u32,
    pub offset: u32,
}

/// `goroutine N [status]:` and the frames, innermost first, eliding the middle of deep
/// stacks as Go does (`...N frames elided...`).
pub fn traceback(
    out: &mut String,
    goid: u64,
    status: &str,
    frames: &[TraceFrame],
    created_by: Option<&CreatedBy>,
) {
    let _ = writeln!(out, "goroutine {goid} [{status}]:");
    let print = |out: &mut String, f: &TraceFrame| {
        let _ = writeln!(out, "{}\n\t{}:{} +{:#x}", f.name, f.file, f.line, f.offset);
    };
    if frames.len() <= INNER_FRAMES + OUTER_FRAMES {
        frames.iter().for_each(|f| print(out, f));
    } else {
        frames[..INNER_FRAMES].iter().for_each(|f| print(out, f));
        let elided = frames.len() - INNER_FRAMES - OUTER_FRAMES;
        let _ = writeln!(out, "...{elided} frames elided...");
        frames[frames.len() - OUTER_FRAMES..]
            .iter()
            .for_each(|f| print(out, f));
    }
    if let Some(c) = created_by {
        // A goroutine the runtime started (time.AfterFunc's, goid 0) names no creator
        // goroutine, as Go's printcreatedby.
        let _ = write!(out, "created by {}", c.func);
        if c.goid != 0 {
            let _ = write!(out, " in goroutine {}", c.goid);
        }
        let _ = writeln!(out, "\n\t{}:{} +{:#x}", c.file, c.line, c.offset);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shapes taken from go1.23.5 output (see go-runtime-1.23.md, 1b).
    #[test]
    fn chains_print_oldest_first_with_tabs() {
        let mut s = String::new();
        print_panics(
            &mut s,
            &[
                PanicRecord {
                    text: "first".into(),
                    recovered: true,
                    goexit: false,
                },
                PanicRecord {
                    text: "first".into(),
                    recovered: false,
                    goexit: false,
                },
            ],
        );
        assert_eq!(s, "panic: first [recovered]\n\tpanic: first\n");
    }

    #[test]
    fn multiline_values_stay_indented() {
        assert_eq!(indented("multi\nline"), "multi\n\tline");
    }

    #[test]
    fn deep_stacks_elide_the_middle() {
        let frames: Vec<_> = (0..152)
            .map(|i| TraceFrame {
                name: format!("main.f{i}(...)"),
                file: "/p.go".into(),
                line: 3,
                offset: 0x10,
            })
            .collect();
        let mut s = String::new();
        traceback(&mut s, 1, "running", &frames, None);
        assert!(s.starts_with("goroutine 1 [running]:\nmain.f0(...)\n\t/p.go:3 +0x10\n"));
        assert!(
            s.contains("main.f49(...)\n\t/p.go:3 +0x10\n...52 frames elided...\nmain.f102(...)")
        );
        assert_eq!(s.lines().count(), 1 + 100 * 2 + 1);
    }
}
