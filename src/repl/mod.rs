//! The interactive shell's backend, independent of any user interface: a [`Session`]
//! takes one entry at a time and says what to show. [`line_editor`] is the terminal front
//! end and [`lesson`] replays the transcripts of lesson files.
//!
//! The design is simple and honest rather than clever. The session keeps the entries that
//! compiled: imports, package-level declarations (`func`, `type`, and `var`/`const` when
//! they are valid at package level) and statements. For every new entry it writes a whole
//! Go program,
//!
//! ```text
//! package main
//! import (…the packages the program mentions…)
//! …declarations…
//! func main() {
//!     …all statements kept so far…
//!     …the new entry…
//!     _ = x   // for every variable declared so far, so that none is "declared and not used"
//! }
//! ```
//!
//! type-checks it and, when it compiles, runs it from the start with captured output,
//! showing only what was printed after the output of the earlier entries. Re-running
//! everything keeps the semantics exactly Go's (there is no saved interpreter state to get
//! wrong), at the cost of time that grows with the session, and of earlier statements'
//! effects being repeated (their output is not shown again). An entry that fails to compile
//! or panics is not kept. An entry that is a single expression (`1+2`, `s[1:]`, `f(x)`) has
//! its value echoed with `fmt.Sprintln`; the kept statement is `_ = fmt.Sprint(expr)`, which
//! evaluates the expression again on later entries without printing it.
//!
//! Imports are added when the program mentions `fmt.`, `strings.` and the other packages
//! goscope provides; `import` entries add aliases or make a package known by name. Known
//! limits: statements that depend on time or randomness may print differently when re-run,
//! which can shift what is shown; a package-level `var` whose initialiser prints shows that
//! output out of order; functions cannot see variables declared by statements (those live in
//! `main`); a variable cannot be redeclared with `:=` (Go's "no new variables" error); an
//! entry that never finishes blocks the session.

pub mod input;
pub mod lesson;
pub mod line_editor;

use crate::diag::Diagnostic;
use crate::driver::{self, ErrorStyle};
use crate::interp::vm::Captured;
use crate::source::{SourceFile, SourceMap, Span};
use crate::syntax::lexer::Lexer;
use crate::syntax::token::Token;
use input::{Import, Shape};
use std::ops::Range;

/// Whether `text` is a whole entry (or a `:` command), or more lines are needed.
pub fn entry_is_complete(text: &str) -> bool {
    text.trim_start().starts_with(':') || !matches!(input::classify(text), Shape::Incomplete)
}

/// What an entry produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The entry is unfinished (an open block, expression or raw string): read another
    /// line and call [`Session::input`] again with the whole text.
    NeedMore,
    /// The entry ran (or was a command); what it printed. A runtime panic is reported
    /// here too, on `stderr`, and the entry is then not kept.
    Output { stdout: String, stderr: String },
    /// The entry does not compile: the rendered errors. The entry is not kept.
    Errors(String),
    /// `:quit`.
    Quit,
}

const HELP: &str = "\
Type Go statements, expressions or declarations; an expression's value is printed.
Unfinished input (an open brace, a trailing operator) continues on the next line.
Packages such as fmt, strings, strconv, math and sort are imported when you use them.

  :help            this text
  :reset           forget everything entered so far
  :program         show the Go program the session runs
  :map EXPR        show the inside of map EXPR: header, buckets, slots (goscope/inspect)
  :errors go       show compile errors as `go build` prints them
  :errors human    show compile errors with source snippets (the default)
  :quit            leave (Ctrl-D does too)
";

/// Printed by an echo between the expression's side effects and its value.
const ECHO_MARK: &str = "\u{0}goscope:echo\u{0}";
/// The name of the generated program in messages and tracebacks.
const PROGRAM_NAME: &str = "./repl.go";
/// The name of the entry in messages.
const ENTRY_NAME: &str = "input";

#[derive(Clone, Debug)]
struct DeclEntry {
    text: String,
    names: Vec<String>,
}

/// What the session holds: everything that compiled so far.
#[derive(Clone, Debug, Default)]
struct State {
    imports: Vec<Import>,
    decls: Vec<DeclEntry>,
    stmts: Vec<String>,
    vars: Vec<String>,
}

/// Where the new entry goes in the generated program.
#[derive(Clone)]
enum Placement<'a> {
    Nothing,
    Decl(&'a str),
    Stmt(&'a str),
    /// The expression at this range of the entry, with its value echoed.
    Echo(&'a str, Range<usize>),
}

/// A generated program and where pieces of the entry sit in it.
struct Generated {
    text: String,
    /// (offset in the program, offset in the entry, length).
    segments: Vec<(usize, usize, usize)>,
}

/// Why a run did not happen.
enum Failure {
    /// Rendered compile errors.
    Compile(String),
}

/// An interactive session; see the module documentation for how it works.
pub struct Session {
    state: State,
    /// How many bytes of standard output and standard error the kept entries print.
    printed_out: usize,
    printed_err: usize,
    style: ErrorStyle,
    color: bool,
    last_run: std::cell::RefCell<Option<LastRun>>,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    pub fn new() -> Session {
        Session {
            state: State::default(),
            printed_out: 0,
            printed_err: 0,
            style: ErrorStyle::Human,
            color: false,
            last_run: Default::default(),
        }
    }

    /// Chooses how compile errors are rendered.
    pub fn set_error_style(&mut self, style: ErrorStyle) {
        self.style = style;
    }

    /// Whether error snippets carry ANSI colours (for a terminal).
    pub fn set_color(&mut self, color: bool) {
        self.color = color;
    }

    /// Whether `text` is a whole entry, or more lines are needed.
    pub fn is_complete(&self, text: &str) -> bool {
        entry_is_complete(text)
    }

    /// The Go program the session currently runs.
    pub fn program(&self) -> String {
        generate(&self.state, &Placement::Nothing).text
    }

    /// Takes one entry (possibly several lines) and runs it.
    pub fn input(&mut self, text: &str) -> Outcome {
        *self.last_run.get_mut() = None;
        let trimmed = text.trim();
        if let Some(cmd) = trimmed.strip_prefix(':') {
            return self.command(cmd);
        }
        match input::classify(text) {
            Shape::Empty => Outcome::Output {
                stdout: String::new(),
                stderr: String::new(),
            },
            Shape::Incomplete => Outcome::NeedMore,
            Shape::Invalid { src, offset, diags } => {
                let mut sm = SourceMap::default();
                sm.add(SourceFile::new(PROGRAM_NAME, PROGRAM_NAME, src));
                let segs = [(offset, 0, text.len())];
                Outcome::Errors(self.render(sm, &segs, text, &diags))
            }
            Shape::Imports(imports) => self.imports(text, imports),
            Shape::Decls {
                names,
                movable,
                vars,
            } => self.decls(text, names, movable, vars),
            Shape::Stmts { vars, echo } => self.stmts(text, vars, echo),
        }
    }

    fn command(&mut self, cmd: &str) -> Outcome {
        let words: Vec<&str> = cmd.split_whitespace().collect();
        let out = |s: String| Outcome::Output {
            stdout: s,
            stderr: String::new(),
        };
        match words.as_slice() {
            ["help" | "h" | "?"] => out(HELP.to_string()),
            ["quit" | "q" | "exit"] => Outcome::Quit,
            ["reset"] => {
                self.state = State::default();
                self.printed_out = 0;
                self.printed_err = 0;
                out("(session reset)\n".to_string())
            }
            ["program"] => out(self.program()),
            ["map", ..] => {
                // goscope/inspect's dump of the map the rest of the line denotes.
                // An expression entry, so that later entries re-evaluate it without
                // printing (the dump differs from run to run: hash0, addresses).
                let expr = cmd.trim_start().strip_prefix("map").unwrap_or("").trim();
                match self.input(&format!("inspect.Map({expr})")) {
                    // The echo's newline after the dump's own.
                    Outcome::Output { mut stdout, stderr } => {
                        if stdout.ends_with("\n\n") {
                            stdout.pop();
                        }
                        Outcome::Output { stdout, stderr }
                    }
                    other => other,
                }
            }
            ["errors", "go"] => {
                self.style = ErrorStyle::Go;
                out(String::new())
            }
            ["errors", "human"] => {
                self.style = ErrorStyle::Human;
                out(String::new())
            }
            _ => Outcome::Errors(format!("unknown command :{cmd} (try :help)\n")),
        }
    }

    fn imports(&mut self, text: &str, imports: Vec<Import>) -> Outcome {
        // Check the entry on its own, as the imports of an empty program: that reports
        // unknown packages in the type checker's words. "Imported and not used" is
        // expected here and ignored.
        let src = format!("package main\n{text}\nfunc main() {{}}\n");
        let offset = "package main\n".len();
        let mut sm = SourceMap::default();
        sm.add(SourceFile::new(PROGRAM_NAME, PROGRAM_NAME, src));
        let (parsed, mut diags) = driver::parse(sm);
        if diags.is_empty() {
            let (_, _, d) = driver::check(&parsed);
            diags = d;
        }
        diags.retain(|d| !(d.msg.contains(" imported ") && d.msg.ends_with(" not used")));
        let segs = [(offset, 0, text.len())];
        if !diags.is_empty() {
            return Outcome::Errors(self.render(parsed.sources, &segs, text, &diags));
        }
        if let Some(dot) = imports.iter().find(|i| i.name == ".") {
            return Outcome::Errors(format!(
                "goscope's shell does not support dot imports (import . \"{}\")\n",
                dot.path
            ));
        }
        for i in imports.into_iter().filter(|i| i.name != "_") {
            self.state.imports.retain(|old| old.name != i.name);
            self.state.imports.push(i);
        }
        Outcome::Output {
            stdout: String::new(),
            stderr: String::new(),
        }
    }

    fn decls(
        &mut self,
        text: &str,
        names: Vec<String>,
        movable: bool,
        vars: Vec<String>,
    ) -> Outcome {
        // A declaration that declares again only what an earlier entry declared replaces
        // that entry, so that a function can be fixed by entering it anew.
        let mut cand = self.state.clone();
        cand.decls
            .retain(|d| d.names.is_empty() || !d.names.iter().all(|n| names.contains(n)));
        let first = match self.attempt(&cand, text, Placement::Decl(text)) {
            Ok(outcome) => {
                if matches!(outcome.1, Kept::Yes) {
                    cand.decls.push(DeclEntry {
                        text: text.to_string(),
                        names,
                    });
                    self.commit(cand, &outcome);
                }
                return outcome.0;
            }
            Err(Failure::Compile(e)) => e,
        };
        if movable {
            // Valid inside main: a variable that refers to the statements' variables.
            let mut cand = self.state.clone();
            cand.vars.extend(vars);
            if let Ok(outcome) = self.attempt(&cand, text, Placement::Stmt(text)) {
                if matches!(outcome.1, Kept::Yes) {
                    cand.stmts.push(text.to_string());
                    self.commit(cand, &outcome);
                }
                return outcome.0;
            }
        }
        Outcome::Errors(first)
    }

    fn stmts(&mut self, text: &str, vars: Vec<String>, echo: Option<Range<usize>>) -> Outcome {
        let mut cand = self.state.clone();
        cand.vars.extend(vars);
        if let Some(r) = echo {
            if let Ok(outcome) = self.attempt(&cand, text, Placement::Echo(text, r.clone())) {
                if matches!(outcome.1, Kept::Yes) {
                    cand.stmts
                        .push(format!("_ = fmt.Sprint({})", &text[r.clone()]));
                    self.commit(cand, &outcome);
                }
                return outcome.0;
            }
            // Not a value (a call of a function without results, say): run it as it is.
        }
        match self.attempt(&cand, text, Placement::Stmt(text)) {
            Ok(outcome) => {
                if matches!(outcome.1, Kept::Yes) {
                    cand.stmts.push(text.to_string());
                    self.commit(cand, &outcome);
                }
                outcome.0
            }
            Err(Failure::Compile(e)) => Outcome::Errors(e),
        }
    }

    fn commit(&mut self, cand: State, outcome: &Attempt) {
        self.state = cand;
        self.printed_out = outcome.2;
        self.printed_err = outcome.3;
    }

    /// Builds, checks and runs the program of `cand` with the entry placed as told.
    fn attempt(&self, cand: &State, entry: &str, place: Placement) -> Result<Attempt, Failure> {
        let echo = matches!(place, Placement::Echo(..));
        let generated = generate(cand, &place);
        let (captured, code) = self.build_and_run(&generated, entry)?;
        let run = LastRun {
            program: generated.text,
            printed_out: self.printed_out,
            printed_err: self.printed_err,
            echo,
        };
        let shown = run.shown(&captured.stdout, &captured.stderr);
        *self.last_run.borrow_mut() = Some(run);
        let outcome = Outcome::Output {
            stdout: shown.stdout,
            stderr: shown.stderr,
        };
        let kept = if code == 0 { Kept::Yes } else { Kept::No };
        Ok(Attempt(outcome, kept, shown.printed_out, shown.printed_err))
    }

    /// The program the last entry ran (when it compiled) and how its output is cut, for
    /// checking the session against real Go on the same program.
    pub fn last_run(&self) -> Option<LastRun> {
        self.last_run.borrow().clone()
    }

    fn build_and_run(&self, g: &Generated, entry: &str) -> Result<(Captured, i32), Failure> {
        let mut sm = SourceMap::default();
        sm.add(SourceFile::new(
            PROGRAM_NAME,
            "/goscope/repl.go",
            g.text.clone(),
        ));
        let (parsed, diags) = driver::parse(sm);
        if !diags.is_empty() {
            return Err(Failure::Compile(self.render(
                parsed.sources,
                &g.segments,
                entry,
                &diags,
            )));
        }
        let (pkg, info, diags) = driver::check(&parsed);
        if !diags.is_empty() {
            return Err(Failure::Compile(self.render(
                parsed.sources,
                &g.segments,
                entry,
                &diags,
            )));
        }
        // As `goscope run` does: the standard packages' Go code is compiled with the
        // program, their files numbered after the program's.
        let mut parsed = parsed;
        let mut all = crate::types::Info::default();
        let mut std_files = Vec::new();
        for imp in &pkg.world.imported {
            all.merge(&imp.info);
            let text = crate::types::importer::go_source(&imp.path).unwrap_or("");
            for f in imp.files.iter() {
                let last = imp.path.rsplit('/').next().unwrap_or(&imp.path);
                let name = format!("$GOROOT/src/{}/{last}.go", imp.path);
                let id = parsed
                    .sources
                    .add(SourceFile::new(name.clone(), name, text));
                std_files.push((id, f.clone()));
            }
        }
        all.merge(&info);
        let facts = crate::interp::compile::adapter::CheckedFacts::new(&pkg, &all);
        let mut files: Vec<_> = parsed.files.iter().map(|(id, f)| (*id, f)).collect();
        files.extend(std_files.iter().map(|(id, f)| (*id, f)));
        let prog = match crate::interp::compile::compile_program(&parsed.sources, &files, &facts) {
            Ok(p) => p,
            Err(diags) => {
                return Err(Failure::Compile(self.render(
                    parsed.sources,
                    &g.segments,
                    entry,
                    &diags,
                )));
            }
        };
        crate::interp::natives::set_args(vec![b"repl".to_vec()]);
        let capture = crate::interp::vm::Capture::default();
        let code = crate::interp::exec::execute(&prog, &capture);
        Ok((capture.into_inner(), code))
    }

    /// Renders diagnostics of a generated program; those inside the entry are shown
    /// against the entry itself (file `input`), the others against the program.
    fn render(
        &self,
        mut sources: SourceMap,
        segments: &[(usize, usize, usize)],
        entry: &str,
        diags: &[Diagnostic],
    ) -> String {
        let entry_id = sources.add(SourceFile::new(ENTRY_NAME, ENTRY_NAME, entry));
        let program_id = 0;
        let mapped: Vec<Diagnostic> = diags
            .iter()
            .map(|d| {
                let seg = segments.iter().find(|(p, _, n)| {
                    d.file == program_id && (d.pos as usize) >= *p && (d.pos as usize) <= p + n
                });
                match seg {
                    Some(&(p, e, n)) => {
                        let shift = |x: u32| ((x as usize).clamp(p, p + n) - p + e) as u32;
                        Diagnostic {
                            file: entry_id,
                            pos: shift(d.pos),
                            span: Span::new(shift(d.span.lo), shift(d.span.hi)),
                            msg: d.msg.clone(),
                            notes: d.notes.clone(),
                        }
                    }
                    None => d.clone(),
                }
            })
            .collect();
        match self.style {
            ErrorStyle::Go => crate::diag::render_go(&sources, &mapped),
            ErrorStyle::Human => {
                use codespan_reporting::term::termcolor::Buffer;
                let mut buf = if self.color {
                    Buffer::ansi()
                } else {
                    Buffer::no_color()
                };
                let _ = crate::diag::render_snippets(&sources, &mapped, &mut buf);
                String::from_utf8_lossy(buf.as_slice()).into_owned()
            }
        }
    }
}

/// A program an entry ran, and what the earlier entries had printed.
#[derive(Clone, Debug)]
pub struct LastRun {
    pub program: String,
    pub printed_out: usize,
    pub printed_err: usize,
    /// Whether the program echoes the entry's value after [`ECHO_MARK`].
    pub echo: bool,
}

/// What an entry shows of its program's output, and how much output the program would
/// account for were the entry kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub stdout: String,
    pub stderr: String,
    pub printed_out: usize,
    pub printed_err: usize,
}

impl LastRun {
    /// Cuts the whole program's output: only what follows the earlier entries' output is
    /// shown, and the echo mark separates the entry's side effects from its value.
    pub fn shown(&self, out: &[u8], err: &[u8]) -> Shown {
        let new_out = &out[self.printed_out.min(out.len())..];
        let new_err = &err[self.printed_err.min(err.len())..];
        let mark = ECHO_MARK.as_bytes();
        let (shown_out, printed_out) = match find(new_out, mark) {
            Some(at) if self.echo => {
                let mut shown = new_out[..at].to_vec();
                shown.extend_from_slice(&new_out[at + mark.len()..]);
                (shown, self.printed_out + at)
            }
            _ => (new_out.to_vec(), out.len()),
        };
        Shown {
            stdout: String::from_utf8_lossy(&shown_out).into_owned(),
            stderr: String::from_utf8_lossy(new_err).into_owned(),
            printed_out,
            printed_err: err.len(),
        }
    }
}

/// Whether an entry that ran is kept.
enum Kept {
    Yes,
    No,
}

/// The result of running a candidate: what to show, whether to keep the entry, and the
/// output lengths the kept entries would then account for.
struct Attempt(Outcome, Kept, usize, usize);

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Writes the program for `state` with the new entry placed as told.
fn generate(state: &State, place: &Placement) -> Generated {
    let mut body = String::new();
    let mut segments = Vec::new();
    for d in &state.decls {
        body.push_str(&d.text);
        body.push_str("\n\n");
    }
    if let Placement::Decl(t) = place {
        segments.push((body.len(), 0, t.len()));
        body.push_str(t);
        body.push_str("\n\n");
    }
    body.push_str("func main() {\n");
    for s in &state.stmts {
        body.push_str(s);
        body.push('\n');
    }
    match place {
        Placement::Stmt(t) => {
            segments.push((body.len(), 0, t.len()));
            body.push_str(t);
            body.push('\n');
        }
        Placement::Echo(entry, r) => {
            body.push_str("{\n_goscopeEcho := fmt.Sprintln(");
            segments.push((body.len(), r.start, r.len()));
            body.push_str(&entry[r.clone()]);
            body.push_str(")\n");
            body.push_str("fmt.Print(\"\\x00goscope:echo\\x00\", _goscopeEcho)\n}\n");
        }
        Placement::Nothing | Placement::Decl(_) => {}
    }
    for v in &state.vars {
        body.push_str(&format!("_ = {v}\n"));
    }
    body.push_str("}\n");

    let mut header = String::from("package main\n\n");
    for imp in used_packages(&body, &state.imports) {
        if imp.alias {
            header.push_str(&format!("import {} {:?}\n", imp.name, imp.path));
        } else {
            header.push_str(&format!("import {:?}\n", imp.path));
        }
    }
    header.push('\n');
    let shift = header.len();
    Generated {
        text: header + &body,
        segments: segments
            .into_iter()
            .map(|(p, e, n)| (p + shift, e, n))
            .collect(),
    }
}

/// The packages `body` refers to (`name.` not after a `.`): the session's imports first,
/// then the standard packages goscope provides, by their last path element.
fn used_packages(body: &str, explicit: &[Import]) -> Vec<Import> {
    let toks: Vec<Token> = Lexer::new(body)
        .filter_map(Result::ok)
        .map(|t| t.1)
        .collect();
    let mut names: Vec<&str> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if let Token::Ident(n) = t {
            let after_dot = i > 0 && toks[i - 1] == Token::Period;
            if !after_dot && toks.get(i + 1) == Some(&Token::Period) && !names.contains(&&**n) {
                names.push(n);
            }
        }
    }
    let mut out = Vec::new();
    for n in names {
        if let Some(i) = explicit.iter().find(|i| i.name == n) {
            out.push(i.clone());
        } else if let Some(p) = crate::types::importer::STD_PACKAGES
            .iter()
            .find(|p| !crate::types::importer::is_internal(p) && p.rsplit('/').next() == Some(n))
        {
            out.push(Import {
                name: n.to_string(),
                path: p.to_string(),
                alias: false,
                span: 0..0,
            });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

#[cfg(test)]
mod tests;
