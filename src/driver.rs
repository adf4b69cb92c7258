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
