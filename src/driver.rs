//! Loads a program from the command line's path (a `.go` file or a directory holding one
//! `package main`) into a [`SourceMap`], naming files as `go build` does in messages.

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

/// Parses every file; diagnostics come back in the order the parser reported them.
pub fn parse(sources: SourceMap) -> (Parsed, Vec<crate::diag::Diagnostic>) {
    let mut ids = crate::syntax::parser::NodeIds::new();
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for (fid, f) in sources.files.iter().enumerate() {
        let (ast, mut d) = crate::syntax::parser::parse_file(fid, &f.text, &mut ids);
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
    let (ast, diags) = crate::syntax::parser::parse_file(0, src, &mut ids);
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
