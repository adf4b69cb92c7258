//! Loads a program from the command line's path (a `.go` file or a directory holding one
//! `package main`) into a [`SourceMap`], naming files as `go build` does in messages,
//! and builds it as `go build` does: the go command's checks ([`crate::gocmd`]), then
//! the compiler's (parsing, type checking), then the linker's (a `main` function). Each
//! stage reports its errors in its own way ([`Failure`]).

use crate::source::{SourceFile, SourceMap};
use std::path::{Path, PathBuf};

/// How `go build` names a file in messages: relative to the working directory, with a
/// leading `./` when it is inside it (`./prog.go`, `./sub/x.go`), else the path as given.
pub fn display_name(path: &Path) -> String {
    let abs = absolute(path);
    if let Ok(cwd) = std::env::current_dir() {
        if let Ok(rel) = abs.strip_prefix(&cwd) {
            return format!("./{}", rel.display());
        }
    }
    path.display().to_string()
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    }
}

/// Reads the program at `path`. A directory contributes its `.go` files (not
/// `_test.go`), sorted by name as the go command sorts them.
pub fn load(path: &Path) -> Result<SourceMap, String> {
    let mut files = Vec::new();
    if path.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".go") && !name.ends_with("_test.go") {
                files.push(p);
            }
        }
        files.sort();
        if files.is_empty() {
            return Err(format!("no Go files in {}", absolute(path).display()));
        }
    } else {
        files.push(path.to_path_buf());
    }
    let mut sm = SourceMap::default();
    for f in files {
        let text =
            std::fs::read(&f).map_err(|e| format!("open {}: {}", f.display(), io_reason(&e)))?;
        let text = String::from_utf8_lossy(&text).into_owned();
        sm.add(SourceFile::new(
            display_name(&f),
            absolute(&f).display().to_string(),
            text,
        ));
    }
    Ok(sm)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        _ => e.to_string(),
    }
}

/// The parsed files of one program, in `SourceMap` order.
pub struct Parsed {
    pub sources: SourceMap,
    pub files: Vec<(crate::source::FileId, crate::syntax::ast::File)>,
    pub ids: crate::syntax::parser::NodeIds,
}

/// Parses every file; diagnostics come back in the order the parser reported them. A
/// file is in `files` when Go would type-check it (its errors, if any, are lexical or
/// otherwise not `syntax error`s).
pub fn parse(sources: SourceMap) -> (Parsed, Vec<crate::diag::Diagnostic>) {
    let mut ids = crate::syntax::parser::NodeIds::new();
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for (fid, f) in sources.files.iter().enumerate() {
        let (ast, mut d) =
            crate::syntax::parser::parse_file(fid, &f.display_name, &f.text, &mut ids);
        diags.append(&mut d);
        if let Some(ast) = ast {
            files.push((fid, ast));
        }
    }
    (
        Parsed {
            sources,
            files,
            ids,
        },
        diags,
    )
}

/// Why a build failed, by the part of `go build` that reports it.
#[derive(Debug)]
pub enum Failure {
    /// The go command, before compiling: a file header (package clause, imports) that
    /// does not parse, an import that names no package. Go prints the file name
    /// relative to the working directory without `./` (or, when the flag is set, its
    /// absolute path), and no `# command-line-arguments` header.
    Load(Vec<(crate::diag::Diagnostic, bool)>),
    /// cmd/compile: lexical, syntax and type errors, in the order they were reported.
    Compile(Vec<crate::diag::Diagnostic>),
    /// The linker, whose message has no position.
    Link(String),
}

/// A program the front end accepted.
pub type Checked = (crate::types::Package, crate::types::Info);

/// Builds a program as `go build` would, up to code generation: the go command's checks
/// of file headers and imports, parsing, type checking, and the linker's check for
/// `main`.
pub fn build(sources: SourceMap) -> (Parsed, Result<Checked, Failure>) {
    if let Err(diags) = load_checks(&sources) {
        let parsed = Parsed {
            sources,
            files: Vec::new(),
            ids: crate::syntax::parser::NodeIds::new(),
        };
        return (parsed, Err(Failure::Load(diags)));
    }
    let (parsed, mut diags) = parse(sources);
    // cmd/compile stops after parsing when there are syntax errors (or a file it could
    // not read at all); other errors of the parser and scanner are reported together
    // with the type checker's.
    let stop = parsed.files.len() < parsed.sources.files.len()
        || diags.iter().any(|d| d.msg.starts_with("syntax error"));
    if stop {
        return (parsed, Err(Failure::Compile(diags)));
    }
    let (pkg, info, mut type_diags) = check(&parsed);
    diags.append(&mut type_diags);
    if !diags.is_empty() {
        return (parsed, Err(Failure::Compile(diags)));
    }
    let pscope = pkg.world.scope(pkg.scope);
    if pkg.name == "main" && pscope.lookup("main").is_none() {
        return (
            parsed,
            Err(Failure::Link(
                "runtime.main_main·f: function main is undeclared in the main package".into(),
            )),
        );
    }
    (parsed, Ok((pkg, info)))
}

/// The go command's checks before compiling: every file's header must parse (the first
/// error of the first file that does not is reported), and every import must name a
/// standard package (reported by import path, at the first import of it).
fn load_checks(sources: &SourceMap) -> Result<(), Vec<(crate::diag::Diagnostic, bool)>> {
    use crate::diag::Diagnostic;
    let mut imports: Vec<(String, crate::source::FileId, u32)> = Vec::new();
    for (fid, f) in sources.files.iter().enumerate() {
        match crate::gocmd::read_header(&f.text) {
            Ok(list) => imports.extend(list.into_iter().map(|i| (i.path, fid, i.pos))),
            Err(e) => return Err(vec![(Diagnostic::at(fid, e.pos, e.msg), e.absolute)]),
        }
    }
    // Sorted by path; the first import of a path (in file order) is where it is reported.
    imports.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    imports.dedup_by(|b, a| a.0 == b.0);
    let diags: Vec<(Diagnostic, bool)> = imports
        .iter()
        .filter_map(|(path, fid, pos)| {
            crate::gocmd::missing_package(path, crate::types::importer::is_std_path)
                .map(|msg| (Diagnostic::at(*fid, *pos, msg), false))
        })
        .collect();
    if diags.is_empty() { Ok(()) } else { Err(diags) }
}

/// Renders a failed build to standard error, as `go build` (with `go_run_header`, as
/// `go run`) prints it in the Go style.
pub fn report_failure(
    sources: &SourceMap,
    failure: &Failure,
    style: ErrorStyle,
    go_run_header: bool,
) {
    use std::io::Write;
    match failure {
        Failure::Compile(diags) => report(sources, diags, style, go_run_header),
        Failure::Load(diags) if style == ErrorStyle::Go => {
            let mut out = String::new();
            for (d, absolute) in diags {
                let f = sources.file(d.file);
                let (line, col) = f.line_col(d.pos);
                let name = if *absolute {
                    &f.abs_path
                } else {
                    f.display_name.strip_prefix("./").unwrap_or(&f.display_name)
                };
                out.push_str(&format!("{name}:{line}:{col}: {}\n", d.msg));
            }
            let _ = std::io::stderr().write_all(out.as_bytes());
        }
        Failure::Load(diags) => {
            let diags: Vec<_> = diags.iter().map(|(d, _)| d.clone()).collect();
            report(sources, &diags, style, false)
        }
        Failure::Link(msg) => {
            let mut out = String::new();
            if style == ErrorStyle::Go {
                if go_run_header {
                    out.push_str("# command-line-arguments\n");
                }
                out.push_str(msg);
            } else {
                // People need no linker symbol: `error: function main is undeclared…`.
                let text = msg.split_once(": ").map_or(msg.as_str(), |(_, t)| t);
                out.push_str("error: ");
                out.push_str(text);
            }
            out.push('\n');
            let _ = std::io::stderr().write_all(out.as_bytes());
        }
    }
}

/// How compile errors are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorStyle {
    /// Source snippets with carets (codespan-reporting), in colour on a terminal.
    Human,
    /// `go build`'s plain lines, byte for byte.
    Go,
}

/// Renders diagnostics to standard error in the chosen style. `go_run_header` adds the
/// `# command-line-arguments` line `go run`/`go build` print first.
pub fn report(
    sources: &SourceMap,
    diags: &[crate::diag::Diagnostic],
    style: ErrorStyle,
    go_run_header: bool,
) {
    use std::io::Write;
    match style {
        ErrorStyle::Go => {
            let mut s = String::new();
            if go_run_header {
                s.push_str("# command-line-arguments\n");
            }
            s.push_str(&crate::diag::render_go(sources, diags));
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
        ErrorStyle::Human => {
            use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
            use std::io::IsTerminal;
            let choice = if std::io::stderr().is_terminal() {
                ColorChoice::Auto
            } else {
                ColorChoice::Never
            };
            let mut out = StandardStream::stderr(choice);
            let _ = crate::diag::render_snippets(sources, diags, &mut out);
        }
    }
}

/// Parses one of goscope's standard-library declaration files for the type checker. Each
/// file gets its own range of node ids, far above any user program's.
fn parse_std(name: &str, src: &str) -> Option<crate::syntax::ast::File> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT_RANGE: AtomicU32 = AtomicU32::new(1 << 30);
    let first = NEXT_RANGE.fetch_add(1 << 20, Ordering::Relaxed);
    let mut ids = crate::syntax::parser::NodeIds::starting_at(first);
    let (ast, diags) = crate::syntax::parser::parse_trusted_file(0, name, src, &mut ids);
    if !diags.is_empty() {
        // goscope's own declaration files must parse; a failure is a goscope bug.
        eprintln!(
            "goscope: internal error: the declarations of package {name} do not parse: {}",
            diags[0].msg
        );
    }
    ast
}

/// Type-checks a parsed program; diagnostics come back in the order they were reported.
pub fn check(
    parsed: &Parsed,
) -> (
    crate::types::Package,
    crate::types::Info,
    Vec<crate::diag::Diagnostic>,
) {
    let files: Vec<crate::syntax::ast::File> =
        parsed.files.iter().map(|(_, f)| f.clone()).collect();
    let mut importer = crate::types::importer::StdImporter::new(parse_std);
    crate::types::check_package(&parsed.sources, &files, &mut importer)
}
