//! The `goscope` command: argument parsing only; the work is in the library.

use goscope::driver::{self, ErrorStyle};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
goscope: a Go interpreter you can see inside

usage:
  goscope                          start the interactive shell (REPL)
  goscope run [-m] [--errors=go|human] FILE|DIR [ARGS...]
                                   run a Go program, as `go run` does
  goscope check [-m] [--errors=go|human] FILE|DIR
                                   report compile errors without running
  goscope lesson FILE.md           replay a lesson's shell transcripts and check them
";

/// `goscope lesson`: prints the lesson as it ran; exit 1 when an output differs.
fn lesson(file: &str) -> u8 {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("goscope: {file}: {e}");
            return 1;
        }
    };
    let report = goscope::repl::lesson::run(file, &text);
    print!("{}", report.transcript);
    for f in &report.failures {
        eprintln!("{f}");
    }
    if report.failures.is_empty() { 0 } else { 1 }
}

struct Opts {
    escapes: bool,
    style: ErrorStyle,
    path: PathBuf,
    args: Vec<String>,
}

fn parse_opts(args: &[String]) -> Result<Opts, String> {
    let mut escapes = false;
    let mut style = ErrorStyle::Human;
    let mut i = 0;
    while i < args.len() && args[i].starts_with('-') {
        match args[i].as_str() {
            "-m" => escapes = true,
            "--errors=go" => style = ErrorStyle::Go,
            "--errors=human" => style = ErrorStyle::Human,
            other => return Err(format!("unknown flag {other}")),
        }
        i += 1;
    }
    let Some(path) = args.get(i) else {
        return Err("missing FILE or DIR".into());
    };
    Ok(Opts {
        escapes,
        style,
        path: PathBuf::from(path),
        args: args[i + 1..].to_vec(),
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = args.first().map(String::as_str);
    match cmd {
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("check" | "run") => {
            let opts = match parse_opts(&args[1..]) {
                Ok(o) => o,
                Err(e) => {
                    eprintln!("goscope: {e}\n\n{USAGE}");
                    return ExitCode::from(2);
                }
            };
            let code = if cmd == Some("check") {
                check(&opts)
            } else {
                run(&opts)
            };
            ExitCode::from(code)
        }
        None => ExitCode::from(goscope::repl::line_editor::run()),
        Some("lesson") => match args.get(1..) {
            Some([file]) => ExitCode::from(lesson(file)),
            _ => {
                eprintln!("goscope: lesson takes one FILE\n\n{USAGE}");
                ExitCode::from(2)
            }
        },
        Some(other) => {
            eprintln!("goscope: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Parses and type-checks; reports errors (with `go run`'s header when asked) and
/// returns None when there were any.
fn front_end(
    opts: &Opts,
    go_run_header: bool,
) -> Result<
    (
        driver::Parsed,
        goscope::types::Package,
        goscope::types::Info,
    ),
    u8,
> {
    let sources = match driver::load(&opts.path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return Err(1);
        }
    };
    let (parsed, result) = driver::build(sources);
    let (pkg, info) = match result {
        Ok(checked) => checked,
        Err(failure) => {
            driver::report_failure(&parsed.sources, &failure, opts.style, go_run_header);
            return Err(1);
        }
    };
    Ok((parsed, pkg, info))
}

/// `goscope check`: compile errors only. Exit 1 when there are errors, like `go vet`.
fn check(opts: &Opts) -> u8 {
    match front_end(opts, false) {
        Ok((parsed, pkg, info)) => {
            if opts.escapes {
                print_escapes(&parsed, &pkg, &info);
            }
            0
        }
        Err(code) => code,
    }
}

/// `-m`: goscope's decisions to keep local variables in the heap (their address is
/// taken, or a closure captures them), as `go build -gcflags=-m` words them:
/// `./prog.go:5:2: moved to heap: x`. gc's escape analysis is finer (it keeps a variable
/// on the stack when the pointer provably does not escape), so gc may print fewer.
fn print_escapes(
    parsed: &driver::Parsed,
    pkg: &goscope::types::Package,
    info: &goscope::types::Info,
) {
    let mut lines: Vec<(usize, u32, u32, String)> = Vec::new();
    for o in info.captured.iter().chain(info.addr_taken.iter()) {
        let obj = pkg.world.obj(*o);
        let Some(file) = obj.file else { continue };
        if file >= parsed.sources.files.len() {
            continue;
        }
        let f = parsed.sources.file(file);
        let (l, c) = f.line_col(obj.pos);
        lines.push((
            file,
            l,
            c,
            format!("{}:{l}:{c}: moved to heap: {}", f.display_name, obj.name),
        ));
    }
    lines.sort();
    lines.dedup();
    let mut out = String::new();
    for (_, _, _, s) in lines {
        out.push_str(&s);
        out.push('\n');
    }
    eprint!("{out}");
}

/// Gives the memory the allocator holds but no longer uses back to the operating system.
fn release_free_memory() {
    // SAFETY: malloc_trim has no preconditions; it only releases free heap memory.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    unsafe {
        libc::malloc_trim(0);
    }
}

/// `goscope run`: like `go run`, compile errors are reported with Go's header and exit 1;
/// the program's own exit status otherwise.
fn run(opts: &Opts) -> u8 {
    let t0 = std::time::Instant::now();
    let phase = |name: &str| {
        if std::env::var_os("GOSCOPE_TIMES").is_some() {
            eprintln!("goscope: {name} done at {:?}", t0.elapsed());
        }
    };
    let (parsed, pkg, info) = match front_end(opts, true) {
        Ok(x) => x,
        Err(code) => return code,
    };
    phase("parse and check");
    if opts.escapes {
        print_escapes(&parsed, &pkg, &info);
    }
    // The standard packages' Go code is compiled with the program: merge their facts and
    // give their files ids after the program's own.
    let mut parsed = parsed;
    let user_info = info;
    // Imported packages first (dependencies before dependents), so that their variables
    // are initialised before the program's.
    let mut info = goscope::types::Info::default();
    let mut std_files = Vec::new();
    for imp in &pkg.world.imported {
        info.merge(&imp.info);
        let text = goscope::types::importer::go_source(&imp.path).unwrap_or("");
        for f in imp.files.iter() {
            let name = format!(
                "$GOROOT/src/{}/{}.go",
                imp.path,
                imp.path.rsplit('/').next().unwrap_or(&imp.path)
            );
            let id = parsed
                .sources
                .add(goscope::source::SourceFile::new(name.clone(), name, text));
            std_files.push((id, f.clone()));
        }
    }
    info.merge(&user_info);
    let facts = goscope::interp::compile::adapter::CheckedFacts::new(&pkg, &info);
    let mut files: Vec<_> = parsed.files.iter().map(|(id, f)| (*id, f)).collect();
    files.extend(std_files.iter().map(|(id, f)| (*id, f)));
    let prog = match goscope::interp::compile::compile_program(&parsed.sources, &files, &facts) {
        Ok(p) => p,
        Err(diags) => {
            driver::report(&parsed.sources, &diags, opts.style, true);
            return 1;
        }
    };
    phase("compile");
    if let Some(want) = std::env::var_os("GOSCOPE_DISASM") {
        // A developer's view of the bytecode: every function whose name contains the value.
        let want = want.to_string_lossy();
        for f in prog.funcs.iter().filter(|f| f.debug.name.contains(&*want)) {
            eprintln!("{} (nregs {}):", f.debug.name, f.nregs);
            for (pc, op) in f.code.iter().enumerate() {
                eprintln!(
                    "  {pc:4} line {:4}  {op:?}",
                    f.debug.lines.get(pc).unwrap_or(&0)
                );
            }
        }
    }
    // The program runs on its bytecode alone: the syntax trees and type facts of the
    // program and of the standard packages go back to the operating system first, so that
    // they do not add to the run's memory (a few MB for fmt's dependencies).
    drop(files);
    drop(std_files);
    drop(facts);
    drop(info);
    drop(pkg);
    drop(parsed);
    release_free_memory();
    let mut args = vec![opts.path.to_string_lossy().into_owned().into_bytes()];
    args.extend(opts.args.iter().map(|a| a.clone().into_bytes()));
    goscope::interp::natives::set_args(args);
    let mut out = goscope::interp::exec::ProcessOutput::default();
    let code = goscope::interp::exec::execute(&prog, &mut out);
    out.flush();
    phase("run");
    code as u8
}
