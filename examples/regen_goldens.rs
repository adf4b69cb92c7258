//! Regenerates the golden files under `tests/run/` and `tests/errors/` from the reference
//! Go toolchain (`$GO`, or `/usr/lib/go-1.23/bin/go`). Run it as `tools/regen-goldens
//! [NAME...]`; CI never runs it. See `tests/README.md` for the layout and the rules.
//!
//! For a run test the program is copied into a fresh temporary directory, built there with
//! `go build -o prog`, and run directly with its `// args:` arguments, stdin closed and a
//! 20 s timeout. Its stdout and stderr are normalised with [`goscope::testing`] and written
//! as `NAME.out` (always), `NAME.err` (when non-empty) and `NAME.exit` (when the exit code
//! is not 0). For an errors test, `go build -o /dev/null NAME.go` must fail, and its stderr
//! without the `# command-line-arguments` line becomes `NAME.errors`.
//!
//! No `go.mod` is written: a file built outside a module gets the toolchain's language
//! version (go1.23), so per-iteration loop variables apply; `tests/run/loopvar_*.go`
//! pins that.

use goscope::testing::{
    Captured, go_files_in, normalize_stderr, normalize_stdout, run_captured, test_args,
};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

/// How long a built program may run before it counts as hung.
const RUN_TIMEOUT: Duration = Duration::from_secs(20);
/// How long `go build` may take (a cold build cache is slow on a busy machine).
const BUILD_TIMEOUT: Duration = Duration::from_secs(300);

/// One test the tool can regenerate.
enum Test {
    /// `tests/run/NAME.go` or the directory `tests/run/NAME/`.
    Run { name: String, path: PathBuf },
    /// `tests/errors/NAME.go`.
    Errors { name: String, path: PathBuf },
}

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let go = std::env::var("GO").unwrap_or_else(|_| "/usr/lib/go-1.23/bin/go".to_string());
    if !Path::new(&go).exists() && std::env::var("GO").is_err() {
        eprintln!("regen-goldens: the reference Go toolchain is not at {go}; set $GO");
        return ExitCode::FAILURE;
    }
    let all = match discover(&root) {
        Ok(all) => all,
        Err(e) => {
            eprintln!("regen-goldens: {e}");
            return ExitCode::FAILURE;
        }
    };
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    let selected: Vec<&Test> = if wanted.is_empty() {
        all.iter().collect()
    } else {
        let mut sel = Vec::new();
        for w in &wanted {
            let matches: Vec<&Test> = all.iter().filter(|t| t.matches(w)).collect();
            if matches.is_empty() {
                eprintln!("regen-goldens: no test named {w}");
                return ExitCode::FAILURE;
            }
            sel.extend(matches);
        }
        sel
    };
    let mut failures = 0;
    for (i, t) in selected.iter().enumerate() {
        let result = match t {
            Test::Run { name, path } => regen_run(&go, name, path),
            Test::Errors { name, path } => regen_errors(&go, name, path),
        };
        match result {
            Ok(summary) => println!("[{}/{}] {}: {summary}", i + 1, selected.len(), t.trial()),
            Err(e) => {
                failures += 1;
                eprintln!("[{}/{}] {}: FAILED: {e}", i + 1, selected.len(), t.trial());
            }
        }
    }
    if failures > 0 {
        eprintln!("regen-goldens: {failures} test(s) failed to regenerate");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

impl Test {
    fn trial(&self) -> String {
        match self {
            Test::Run { name, .. } => format!("run::{name}"),
            Test::Errors { name, .. } => format!("errors::{name}"),
        }
    }

    /// A name on the command line matches `NAME`, `run::NAME`/`errors::NAME`, or the
    /// test's path (`tests/run/NAME.go`).
    fn matches(&self, w: &str) -> bool {
        let (name, path) = match self {
            Test::Run { name, path } | Test::Errors { name, path } => (name, path),
        };
        let w_trim = w.trim_end_matches('/').trim_end_matches(".go");
        w == self.trial()
            || w_trim == name
            || Path::new(w_trim) == path.with_extension("")
            || path.ends_with(w.trim_end_matches('/'))
    }
}

/// Lists every test under `tests/run/` and `tests/errors/`, sorted by name.
fn discover(root: &Path) -> Result<Vec<Test>, String> {
    let mut tests = Vec::new();
    let run_dir = root.join("tests/run");
    if run_dir.is_dir() {
        for e in std::fs::read_dir(&run_dir).map_err(|e| format!("{}: {e}", run_dir.display()))? {
            let p = e.map_err(|e| e.to_string())?.path();
            let fname = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            if p.is_dir() {
                tests.push(Test::Run {
                    name: fname,
                    path: p,
                });
            } else if let Some(stem) = fname.strip_suffix(".go") {
                tests.push(Test::Run {
                    name: stem.to_string(),
                    path: p,
                });
            }
        }
    }
    let err_dir = root.join("tests/errors");
    if err_dir.is_dir() {
        for e in std::fs::read_dir(&err_dir).map_err(|e| format!("{}: {e}", err_dir.display()))? {
            let p = e.map_err(|e| e.to_string())?.path();
            let fname = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            if let Some(stem) = fname.strip_suffix(".go") {
                if p.is_file() {
                    tests.push(Test::Errors {
                        name: stem.to_string(),
                        path: p,
                    });
                }
            }
        }
    }
    tests.sort_by_key(Test::trial);
    Ok(tests)
}

/// A temporary directory that is removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Result<TempDir, String> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("goscope-regen-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let dir = dir.canonicalize().map_err(|e| e.to_string())?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A `go` command with an environment that cannot change what the program prints.
fn go_command(go: &str, dir: &Path) -> Command {
    let mut cmd = Command::new(go);
    cmd.current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env_remove("GOFLAGS");
    cmd
}

fn describe(c: &Captured) -> String {
    match (c.code, c.signal) {
        (Some(code), _) => format!("exit code {code}"),
        (None, Some(sig)) => format!("killed by signal {sig}"),
        (None, None) => "no exit status".to_string(),
    }
}

fn regen_run(go: &str, name: &str, path: &Path) -> Result<String, String> {
    let tmp = TempDir::new(name)?;
    let sources = if path.is_dir() {
        go_files_in(path).map_err(|e| e.to_string())?
    } else {
        vec![path.to_path_buf()]
    };
    if sources.is_empty() {
        return Err(format!("{}: no Go files", path.display()));
    }
    for s in &sources {
        let dest = tmp.0.join(s.file_name().expect("a file name"));
        std::fs::copy(s, &dest).map_err(|e| format!("copy {}: {e}", s.display()))?;
    }
    let build = run_captured(
        // The files are named explicitly, also for a directory test: without a go.mod
        // the go command will not build the package in the current directory.
        go_command(go, &tmp.0).args(["build", "-o", "prog"]).args(
            sources
                .iter()
                .map(|s| s.file_name().expect("a file name").to_owned()),
        ),
        BUILD_TIMEOUT,
    )
    .map_err(|e| format!("running {go}: {e}"))?;
    if build.code != Some(0) {
        return Err(format!(
            "go build failed ({}):\n{}",
            describe(&build),
            String::from_utf8_lossy(&build.stderr)
        ));
    }
    let args = test_args(path).map_err(|e| e.to_string())?;
    let run = run_captured(
        Command::new(tmp.0.join("prog"))
            .args(&args)
            .current_dir(&tmp.0)
            .env_remove("GOTRACEBACK")
            .env_remove("GODEBUG")
            .env_remove("GOGC")
            .env_remove("GOMAXPROCS")
            // time.Local is UTC in goscope, as in Go with TZ=UTC: the goldens must not
            // depend on the machine's time zone.
            .env("TZ", "UTC"),
        RUN_TIMEOUT,
    )
    .map_err(|e| format!("running the built program: {e}"))?;
    if run.timed_out {
        return Err(format!("the program ran longer than {RUN_TIMEOUT:?}"));
    }
    let Some(code) = run.code else {
        return Err(format!("the program was {}", describe(&run)));
    };
    let dir_str = tmp.0.to_str().ok_or("temporary directory is not UTF-8")?;
    let stdout = normalize_stdout(&String::from_utf8_lossy(&run.stdout));
    let stderr = normalize_stderr(&String::from_utf8_lossy(&run.stderr), dir_str);
    let base = golden_base(path);
    write(&base.with_extension("out"), &stdout)?;
    let err_path = base.with_extension("err");
    if stderr.is_empty() {
        remove_if_present(&err_path)?;
    } else {
        write(&err_path, &stderr)?;
    }
    let exit_path = base.with_extension("exit");
    if code == 0 {
        remove_if_present(&exit_path)?;
    } else {
        write(&exit_path, &format!("{code}\n"))?;
    }
    Ok(format!(
        "exit {code}, {} stdout bytes, {} stderr bytes",
        stdout.len(),
        stderr.len()
    ))
}

fn regen_errors(go: &str, name: &str, path: &Path) -> Result<String, String> {
    let tmp = TempDir::new(name)?;
    let fname = path.file_name().expect("a file name");
    std::fs::copy(path, tmp.0.join(fname)).map_err(|e| format!("copy {}: {e}", path.display()))?;
    let build = run_captured(
        go_command(go, &tmp.0)
            .args(["build", "-o", "/dev/null"])
            .arg(fname),
        BUILD_TIMEOUT,
    )
    .map_err(|e| format!("running {go}: {e}"))?;
    if build.timed_out {
        return Err("go build timed out".to_string());
    }
    if build.code == Some(0) {
        return Err("the program compiles, but an errors test must not".to_string());
    }
    // A file named by its absolute path (go/build's own errors) is in `$DIR/`.
    let dir = std::fs::canonicalize(&tmp.0).unwrap_or_else(|_| tmp.0.clone());
    let stderr =
        String::from_utf8_lossy(&build.stderr).replace(&format!("{}/", dir.display()), "$DIR/");
    let kept: String = stderr
        .split_inclusive('\n')
        .filter(|l| l.trim_end() != "# command-line-arguments")
        .collect();
    if kept.is_empty() {
        return Err(format!(
            "go build failed ({}) without messages",
            describe(&build)
        ));
    }
    write(&path.with_extension("errors"), &kept)?;
    Ok(format!("{} error line(s)", kept.lines().count()))
}

/// `tests/run/NAME.go` and `tests/run/NAME/` both keep their goldens as
/// `tests/run/NAME.{out,err,exit}`; this returns `tests/run/NAME.go`-shaped base whose
/// extension is replaced.
fn golden_base(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.with_extension("go")
    } else {
        path.to_path_buf()
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("write {}: {e}", path.display()))
}

fn remove_if_present(path: &Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("remove {}: {e}", path.display())),
    }
}
