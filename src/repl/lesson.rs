//! Lessons: Markdown files whose ```` ```go-repl ```` blocks are shell transcripts, replayed
//! through a [`Session`] and checked.
//!
//! In a transcript, a line starting with `go> ` is an entry, the lines after it starting
//! with `... ` continue it, and the lines up to the next entry are what the entry prints
//! (standard output, then standard error, then compile errors in `go build`'s plain form,
//! which lessons use so that they do not depend on a terminal). One session runs the whole
//! file, so later blocks see what earlier ones declared. Text outside the blocks is prose.

use super::{Outcome, Session};
use crate::driver::ErrorStyle;

const FENCE: &str = "```go-repl";
const PROMPT: &str = "go> ";
const CONTINUATION: &str = "... ";

/// One entry of a transcript and what it should print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The 1-based line of the `go> ` line in the lesson file.
    pub line: usize,
    pub input: String,
    /// The expected output, each line ending in `\n`.
    pub expected: String,
}

/// A piece of a lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Markdown outside the transcripts, kept as written (lines ending in `\n`).
    Prose(String),
    Transcript(Vec<Entry>),
}

/// Splits a lesson into prose and transcripts.
pub fn parse(text: &str) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let mut prose = String::new();
    let mut lines = text.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        if line.trim_end() != FENCE {
            prose.push_str(line);
            prose.push('\n');
            continue;
        }
        if !prose.is_empty() {
            blocks.push(Block::Prose(std::mem::take(&mut prose)));
        }
        let mut entries: Vec<Entry> = Vec::new();
        let mut closed = false;
        let mut in_input = false;
        for (j, line) in lines.by_ref() {
            if line.trim_end() == "```" {
                closed = true;
                break;
            }
            if let Some(input) = line
                .strip_prefix(PROMPT)
                .or(line.strip_prefix("go>").filter(|r| r.is_empty()))
            {
                entries.push(Entry {
                    line: j + 1,
                    input: input.to_string(),
                    expected: String::new(),
                });
                in_input = true;
                continue;
            }
            let Some(e) = entries.last_mut() else {
                return Err(format!(
                    "line {}: a transcript must start with a `go> ` line",
                    j + 1
                ));
            };
            let cont =
                line.strip_prefix(CONTINUATION)
                    .or(if line == "..." { Some("") } else { None });
            match cont {
                Some(c) if in_input => {
                    e.input.push('\n');
                    e.input.push_str(c);
                }
                _ => {
                    in_input = false;
                    e.expected.push_str(line);
                    e.expected.push('\n');
                }
            }
        }
        if !closed {
            return Err(format!("line {}: the go-repl block is not closed", i + 1));
        }
        blocks.push(Block::Transcript(entries));
    }
    if !prose.is_empty() {
        blocks.push(Block::Prose(prose));
    }
    Ok(blocks)
}

/// The lesson `text` with the expected output of its entries replaced, in order, by
/// `outputs` (used to write a lesson's outputs from real Go's).
pub fn with_outputs(text: &str, outputs: &[String]) -> String {
    let mut out = String::new();
    let mut next = outputs.iter();
    let mut in_block = false;
    let mut in_input = false;
    for line in text.lines() {
        if !in_block {
            in_block = line.trim_end() == FENCE;
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let is_prompt = line.starts_with(PROMPT) || line == "go>";
        let is_cont = in_input && (line.starts_with(CONTINUATION) || line == "...");
        let is_end = line.trim_end() == "```";
        if in_input && !is_cont {
            // The entry's input ended: its output goes here.
            if let Some(o) = next.next() {
                out.push_str(o);
            }
        }
        if is_prompt || is_cont || is_end {
            out.push_str(line);
            out.push('\n');
        }
        in_input = is_prompt || is_cont;
        in_block = !is_end;
    }
    out
}

/// What replaying a lesson gave.
#[derive(Debug, Default)]
pub struct Report {
    /// The lesson as it ran: prose, and each entry with what it actually printed.
    pub transcript: String,
    /// One message (with a diff) per entry whose output differed.
    pub failures: Vec<String>,
}

/// What an entry shows, as the transcript writes it.
fn shown(outcome: &Outcome) -> String {
    match outcome {
        Outcome::NeedMore => "(unfinished entry: more lines were expected)\n".to_string(),
        Outcome::Output { stdout, stderr } => {
            let mut s = stdout.clone();
            if !s.is_empty() && !s.ends_with('\n') {
                s.push('\n');
            }
            s.push_str(stderr);
            s
        }
        Outcome::Errors(e) => e.clone(),
        Outcome::Quit => String::new(),
    }
}

/// Replays the lesson `text` (named `name` in messages).
pub fn run(name: &str, text: &str) -> Report {
    let mut report = Report::default();
    let blocks = match parse(text) {
        Ok(b) => b,
        Err(e) => {
            report.failures.push(format!("{name}: {e}"));
            return report;
        }
    };
    let mut session = Session::new();
    session.set_error_style(ErrorStyle::Go);
    for b in blocks {
        match b {
            Block::Prose(p) => report.transcript.push_str(&p),
            Block::Transcript(entries) => {
                report.transcript.push_str(FENCE);
                report.transcript.push('\n');
                for e in entries {
                    for (k, l) in e.input.split('\n').enumerate() {
                        report
                            .transcript
                            .push_str(if k == 0 { PROMPT } else { CONTINUATION });
                        report.transcript.push_str(l);
                        report.transcript.push('\n');
                    }
                    let actual = shown(&session.input(&e.input));
                    report.transcript.push_str(&actual);
                    if actual != e.expected {
                        report.failures.push(format!(
                            "{name}:{}: the output of `{}` differs (-expected +actual):\n{}",
                            e.line,
                            e.input.lines().next().unwrap_or(""),
                            diff(&e.expected, &actual)
                        ));
                    }
                }
                report.transcript.push_str("```\n");
            }
        }
    }
    report
}

/// A line diff (longest common subsequence): ` ` common, `-` expected only, `+` actual
/// only.
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push_str(&format!("  {}\n", a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("- {}\n", a[i]));
            i += 1;
        } else {
            out.push_str(&format!("+ {}\n", b[j]));
            j += 1;
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n')
        && !expected.is_empty()
        && !actual.is_empty()
    {
        out.push_str("(the final newline differs)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = "# Title\n\nSome prose.\n\n```go-repl\ngo> x := 2\ngo> for i := 0; i < x; i++ {\n...     fmt.Println(i)\n... }\n0\n1\ngo> x * 10\n20\n```\nMore prose.\n";

    #[test]
    fn parses_prose_and_entries() {
        let blocks = parse(LESSON).unwrap();
        assert_eq!(blocks.len(), 3);
        let Block::Transcript(es) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!(es.len(), 3);
        assert_eq!(
            es[1].input,
            "for i := 0; i < x; i++ {\n    fmt.Println(i)\n}"
        );
        assert_eq!(es[1].expected, "0\n1\n");
        assert_eq!(es[1].line, 7);
        assert_eq!(es[2].expected, "20\n");
    }

    #[test]
    fn replays_and_reports_mismatches() {
        let r = run("t.md", LESSON);
        assert!(r.failures.is_empty(), "{:?}", r.failures);
        assert!(r.transcript.contains("... }\n0\n1\ngo> x * 10\n20\n"));
        let wrong = LESSON.replace("20\n", "21\n");
        let r = run("t.md", &wrong);
        assert_eq!(r.failures.len(), 1);
        assert!(r.failures[0].starts_with("t.md:12:"), "{}", r.failures[0]);
        assert!(r.failures[0].contains("- 21\n+ 20\n"), "{}", r.failures[0]);
    }

    #[test]
    fn outputs_are_replaced() {
        let outs = ["".to_string(), "a\nb\n".to_string(), "c\n".to_string()];
        let new = with_outputs(LESSON, &outs);
        assert!(
            new.contains("... }\na\nb\ngo> x * 10\nc\n```\nMore prose.\n"),
            "{new}"
        );
        assert!(new.starts_with("# Title\n\nSome prose.\n\n```go-repl\ngo> x := 2\ngo> for"));
    }

    #[test]
    fn unclosed_block_is_an_error() {
        assert!(parse("```go-repl\ngo> 1\n").is_err());
    }
}
