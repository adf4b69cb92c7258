//! The golden-test harness: runs the `goscope` binary on every program under `tests/run/`
//! and `tests/errors/` and compares what it prints with the goldens that real Go produced
//! (see `tests/README.md` and `tools/regen-goldens`).
//!
//! Trials are named `run::NAME` and `errors::NAME`. Those listed in
//! `tests/known-failures.txt` are marked ignored; `-- --include-ignored` runs them too.
//! With `GOSCOPE_STRICT_KNOWN=1`, listed trials run and are expected to fail: one that
//! passes fails, so that the list cannot go stale.

use goscope::testing::{Captured, normalize_stderr, normalize_stdout, run_captured, test_args};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// How long goscope may run one program before the trial fails as a hang.
const TIMEOUT: Duration = Duration::from_secs(20);

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let known = read_known_failures(&root.join("known-failures.txt"));
    let strict = std::env::var("GOSCOPE_STRICT_KNOWN").is_ok_and(|v| v == "1");
    let mut trials = Vec::new();
    let mut names = BTreeSet::new();
    for (name, path) in run_tests(&root.join("run")) {
        let trial = format!("run::{name}");
        names.insert(trial.clone());
        trials.push(make_trial(trial, &known, strict, move || run_trial(&path)));
    }
    for (name, path) in error_tests(&root.join("errors")) {
        let trial = format!("errors::{name}");
        names.insert(trial.clone());
        trials.push(make_trial(trial, &known, strict, move || {
            errors_trial(&path)
        }));
    }
    for k in known.difference(&names) {
        eprintln!("warning: tests/known-failures.txt lists {k}, which is not a trial");
    }
    libtest_mimic::run(&args, trials).exit();
}

/// Wraps a check as a trial, applying the known-failures list.
fn make_trial(
    name: String,
    known: &BTreeSet<String>,
    strict: bool,
    check: impl FnOnce() -> Result<(), String> + Send + 'static,
) -> Trial {
    let listed = known.contains(&name);
    if listed && strict {
        Trial::test(name, move || match check() {
            Ok(()) => Err(Failed::from(
                "this trial passes but is listed in tests/known-failures.txt; \
                 remove it (tools/update-known-failures)",
            )),
            Err(_) => Ok(()),
        })
    } else {
        Trial::test(name, move || check().map_err(Failed::from)).with_ignored_flag(listed)
    }
}

/// Reads trial names, one per line; `#` starts a comment and blank lines are skipped.
fn read_known_failures(path: &Path) -> BTreeSet<String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return BTreeSet::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// `tests/run/NAME.go` files and `tests/run/NAME/` directories, sorted by name.
fn run_tests(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut tests = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        let fname = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if p.is_dir() {
            tests.push((fname, p));
        } else if let Some(stem) = fname.strip_suffix(".go") {
            tests.push((stem.to_string(), p));
        }
    }
    tests.sort();
    tests
}

/// `tests/errors/NAME.go` files, sorted by name.
fn error_tests(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut tests = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        let fname = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if let Some(stem) = fname.strip_suffix(".go") {
            if p.is_file() {
                tests.push((stem.to_string(), p));
            }
        }
    }
    tests.sort();
    tests
}

/// Runs goscope and turns a hang or a Rust panic into a failure message.
fn run_goscope(args: &[String], cwd: &Path) -> Result<Captured, String> {
    let exe = env!("CARGO_BIN_EXE_goscope");
    let c = run_captured(Command::new(exe).args(args).current_dir(cwd), TIMEOUT)
        .map_err(|e| format!("cannot run {exe}: {e}"))?;
    let stderr = String::from_utf8_lossy(&c.stderr);
    if c.timed_out {
        return Err(format!(
            "hang: goscope {} did not finish within {TIMEOUT:?} and was killed",
            args.join(" ")
        ));
    }
    if c.code == Some(101) || stderr.contains("panicked at") {
        return Err(format!(
            "goscope itself panicked (a Rust panic, exit code {:?}):\n{}",
            c.code,
            tail(&stderr, 20)
        ));
    }
    if c.code.is_none() {
        return Err(format!("goscope was killed by signal {:?}", c.signal));
    }
    Ok(c)
}

fn run_trial(path: &Path) -> Result<(), String> {
    let (cwd, target, base) = if path.is_dir() {
        (
            path.to_path_buf(),
            ".".to_string(),
            path.with_extension("go"),
        )
    } else {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        (
            path.parent().expect("a parent").to_path_buf(),
            name,
            path.to_path_buf(),
        )
    };
    let want_out = std::fs::read_to_string(base.with_extension("out")).map_err(|e| {
        format!(
            "missing golden {}: {e}",
            base.with_extension("out").display()
        )
    })?;
    let want_err = std::fs::read_to_string(base.with_extension("err")).unwrap_or_default();
    let want_exit = match std::fs::read_to_string(base.with_extension("exit")) {
        Ok(s) => s
            .trim()
            .parse::<i32>()
            .map_err(|e| format!("bad .exit file: {e}"))?,
        Err(_) => 0,
    };
    let mut args = vec!["run".to_string(), target];
    args.extend(test_args(path).map_err(|e| e.to_string())?);
    let c = run_goscope(&args, &cwd)?;
    let dir = cwd.canonicalize().unwrap_or(cwd.clone());
    let got_out = normalize_stdout(&String::from_utf8_lossy(&c.stdout));
    let got_err = normalize_stderr(&String::from_utf8_lossy(&c.stderr), &dir.to_string_lossy());
    let mut problems = Vec::new();
    if got_out != want_out {
        problems.push(format!(
            "stdout differs: {}",
            first_difference(&want_out, &got_out)
        ));
    }
    let want_first = want_err.lines().next().unwrap_or("");
    let got_first = got_err.lines().next().unwrap_or("");
    if want_first != got_first {
        problems.push(format!(
            "stderr's first line differs:\n  expected: {want_first:?}\n  actual:   {got_first:?}"
        ));
    }
    let code = c.code.unwrap_or(-1);
    if code != want_exit {
        problems.push(format!("exit code: expected {want_exit}, actual {code}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        if !got_err.is_empty() && want_first == got_first {
            // The stderr line matched; nothing more to show.
        } else if !got_err.is_empty() {
            problems.push(format!(
                "goscope's stderr (last lines):\n{}",
                tail(&got_err, 10)
            ));
        }
        Err(problems.join("\n"))
    }
}

fn errors_trial(path: &Path) -> Result<(), String> {
    let want = std::fs::read_to_string(path.with_extension("errors")).map_err(|e| {
        format!(
            "missing golden {}: {e}",
            path.with_extension("errors").display()
        )
    })?;
    let cwd = path.parent().expect("a parent");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string();
    let c = run_goscope(&["check".into(), "--errors=go".into(), name], cwd)?;
    // The go command names a file by its absolute path in some errors (`invalid import
    // path`); the goldens have `$DIR/` for the program's directory.
    let dir = std::fs::canonicalize(cwd).unwrap_or_else(|_| cwd.to_path_buf());
    let got = String::from_utf8_lossy(&c.stderr).replace(&format!("{}/", dir.display()), "$DIR/");
    let mut problems = Vec::new();
    if got != want {
        problems.push(format!("stderr differs: {}", first_difference(&want, &got)));
    }
    if c.code != Some(1) {
        problems.push(format!("exit code: expected 1, actual {:?}", c.code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Describes the first line where `want` and `got` differ.
fn first_difference(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a != b {
            let show =
                |x: Option<&str>| x.map_or("<end of output>".to_string(), |s| format!("{s:?}"));
            return format!(
                "first difference at line {}\n  expected: {}\n  actual:   {}\n  ({} expected lines, {} actual lines)",
                i + 1,
                show(a),
                show(b),
                w.len(),
                g.len()
            );
        }
    }
    "outputs differ".to_string()
}

/// The last `n` lines of `s`.
fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}
