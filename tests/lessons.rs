//! Runs every lesson (`lessons/*.md`) through the shell's backend and checks the
//! transcripts. The ignored test `lessons_match_real_go` runs each program the shell
//! generated with real Go and compares what the entry would show; with
//! `GOSCOPE_UPDATE_LESSONS=1` it rewrites the lessons' outputs from real Go's.

use goscope::repl::lesson::{self, Block};
use goscope::repl::{Outcome, Session};
use std::path::{Path, PathBuf};
use std::process::Command;

const GO: &str = "/usr/lib/go-1.23/bin/go";

fn lessons() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the lessons directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    v.sort();
    v
}

#[test]
fn every_lesson_replays() {
    let all = lessons();
    assert!(!all.is_empty(), "no lessons found");
    let mut failures = Vec::new();
    for path in all {
        let text = std::fs::read_to_string(&path).unwrap();
        let report = lesson::run(&path.display().to_string(), &text);
        failures.extend(report.failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Real Go's stdout, stderr and exit status for one program.
fn go_run(program: &str, dir: &Path) -> (Vec<u8>, Vec<u8>, i32) {
    let file = dir.join("repl.go");
    std::fs::write(&file, program).unwrap();
    let out = Command::new(GO)
        .arg("run")
        .arg("repl.go")
        .current_dir(dir)
        .output()
        .expect("go run");
    (out.stdout, out.stderr, out.status.code().unwrap_or(-1))
}

#[test]
#[ignore = "needs the Go toolchain; run by hand"]
fn lessons_match_real_go() {
    let dir = std::env::temp_dir().join(format!("goscope-lessons-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let update = std::env::var_os("GOSCOPE_UPDATE_LESSONS").is_some();
    let mut failures = Vec::new();
    for path in lessons() {
        let text = std::fs::read_to_string(&path).unwrap();
        if text.contains("\"goscope/") {
            // A lesson about goscope's own packages (goscope/inspect): real Go cannot
            // build it. Its outputs are checked by `every_lesson_replays`, and the
            // invariants behind them by tests/inspect.rs.
            eprintln!("{}: uses goscope's own packages, skipped", path.display());
            continue;
        }
        let mut session = Session::new();
        session.set_error_style(goscope::driver::ErrorStyle::Go);
        let mut outputs = Vec::new();
        for b in lesson::parse(&text).unwrap() {
            let Block::Transcript(entries) = b else {
                continue;
            };
            for e in entries {
                let outcome = session.input(&e.input);
                let ours = match &outcome {
                    Outcome::Output { stdout, stderr } => {
                        let nl = if stdout.is_empty() || stdout.ends_with('\n') {
                            ""
                        } else {
                            "\n"
                        };
                        format!("{stdout}{nl}{stderr}")
                    }
                    Outcome::Errors(s) => s.clone(),
                    other => panic!("{}:{}: {other:?}", path.display(), e.line),
                };
                let Some(run) = session.last_run() else {
                    // A command or a compile error: real Go has nothing to say.
                    outputs.push(ours);
                    continue;
                };
                let (out, err, code) = go_run(&run.program, &dir);
                let real = run.shown(&out, &err);
                let mut theirs = real.stdout.clone();
                if !theirs.is_empty() && !theirs.ends_with('\n') {
                    theirs.push('\n');
                }
                if code == 0 {
                    theirs.push_str(&real.stderr);
                } else {
                    // Tracebacks name different paths; compare the panic line only.
                    theirs.push_str(real.stderr.lines().next().unwrap_or(""));
                }
                let ours_cmp = if code == 0 {
                    ours.clone()
                } else {
                    let (o, _) = ours.split_at(ours.find("panic:").unwrap_or(ours.len()));
                    format!("{o}{}", ours[o.len()..].lines().next().unwrap_or(""))
                };
                if ours_cmp != theirs {
                    failures.push(format!(
                        "{}:{}: goscope and Go differ on `{}`:\n{}",
                        path.display(),
                        e.line,
                        e.input,
                        lesson::diff(&theirs, &ours_cmp)
                    ));
                }
                outputs.push(if code == 0 { theirs } else { ours });
            }
        }
        if update {
            std::fs::write(&path, lesson::with_outputs(&text, &outputs)).unwrap();
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
