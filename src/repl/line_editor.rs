//! The terminal front end of the shell, on rustyline: line editing, history in
//! `~/.goscope_history`, and multi-line entries. This is the only file that names
//! rustyline; everything it shows comes from a [`Session`].
//!
//! Multi-line input: when Enter is pressed at the end of an unfinished entry (an open
//! brace, a trailing operator), a newline and the continuation prompt `... ` are inserted
//! into the edit buffer, so the whole entry stays editable; the continuation prompts are
//! removed again before the entry goes to the session. The [`Validator`] asks the same
//! question, so an unfinished entry is never submitted.

use super::{Outcome, Session};
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{
    Cmd, ConditionalEventHandler, Editor, Event, EventContext, EventHandler, Helper, KeyCode,
    KeyEvent, Modifiers, RepeatCount,
};
use std::io::{IsTerminal, Write};

const PROMPT: &str = "go> ";
const CONTINUATION: &str = "... ";

/// The entry without the continuation prompts the editor put in front of its lines.
pub fn strip_continuation(buffer: &str) -> String {
    let mut out = String::with_capacity(buffer.len());
    for (i, line) in buffer.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(line.strip_prefix(CONTINUATION).unwrap_or(line));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// rustyline's helper: only validation is customised.
struct GoHelper;

impl Completer for GoHelper {
    type Candidate = String;
}

impl Hinter for GoHelper {
    type Hint = String;
}

impl Highlighter for GoHelper {}

impl Validator for GoHelper {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        if super::entry_is_complete(&strip_continuation(ctx.input())) {
            Ok(ValidationResult::Valid(None))
        } else {
            Ok(ValidationResult::Incomplete)
        }
    }
}

impl Helper for GoHelper {}

/// Enter at the end of an unfinished entry starts a continuation line.
struct ContinueLine;

impl ConditionalEventHandler for ContinueLine {
    fn handle(
        &self,
        _evt: &Event,
        _n: RepeatCount,
        _positive: bool,
        ctx: &EventContext,
    ) -> Option<Cmd> {
        let line = ctx.line();
        if ctx.pos() == line.len() && !super::entry_is_complete(&strip_continuation(line)) {
            Some(Cmd::Insert(1, format!("\n{CONTINUATION}")))
        } else {
            None
        }
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".goscope_history"))
}

/// Runs the interactive shell until `:quit` or end of input; returns the exit status.
pub fn run() -> u8 {
    let mut session = Session::new();
    session.set_color(std::io::stderr().is_terminal());
    let mut rl: Editor<GoHelper, DefaultHistory> = match Editor::new() {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("goscope: cannot start the line editor: {e}");
            return 1;
        }
    };
    rl.set_helper(Some(GoHelper));
    rl.bind_sequence(
        KeyEvent(KeyCode::Enter, Modifiers::NONE),
        EventHandler::Conditional(Box::new(ContinueLine)),
    );
    let history = history_path();
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    if std::io::stdin().is_terminal() {
        println!(
            "goscope: Go {}, one entry at a time. :help for help, :quit to leave.",
            "1.23"
        );
    }
    let code = loop {
        match rl.readline(PROMPT) {
            Ok(buffer) => {
                let text = strip_continuation(&buffer);
                if text.trim().is_empty() {
                    continue;
                }
                let _ = rl.add_history_entry(buffer.as_str());
                match session.input(&text) {
                    Outcome::NeedMore => {
                        eprintln!("goscope: the input ended inside an unfinished entry");
                    }
                    Outcome::Output { stdout, stderr } => {
                        let mut o = std::io::stdout();
                        let _ = o.write_all(stdout.as_bytes());
                        if !stdout.is_empty() && !stdout.ends_with('\n') {
                            let _ = o.write_all(b"\n");
                        }
                        let _ = o.flush();
                        eprint!("{stderr}");
                    }
                    Outcome::Errors(e) => eprint!("{e}"),
                    Outcome::Quit => break 0,
                }
            }
            // Ctrl-C abandons the entry being typed.
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break 0,
            Err(e) => {
                eprintln!("goscope: {e}");
                break 1;
            }
        }
    };
    if let Some(h) = &history {
        let _ = rl.save_history(h);
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_prompts_are_removed() {
        assert_eq!(
            strip_continuation("func f() {\n... \treturn\n... }"),
            "func f() {\n\treturn\n}"
        );
        assert_eq!(strip_continuation("a\nb"), "a\nb");
    }
}
