//! The collector seen from outside (issue 5): `GODEBUG=gctrace=1` prints Go's line for
//! every cycle, and a program that allocates far more than it keeps stays within a few
//! times its live set. Output that depends on timing is checked by its shape and by
//! invariants, never by one run's numbers.

use std::process::{Command, Stdio};

/// Runs goscope on `args`; returns (stdout, stderr, exit status, peak RSS in KiB).
fn run(args: &[&str], env: &[(&str, &str)]) -> (String, String, i32, u64) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goscope"));
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("goscope starts");
    let mut out = String::new();
    let mut err = String::new();
    use std::io::Read;
    let mut so = child.stdout.take().expect("stdout");
    let mut se = child.stderr.take().expect("stderr");
    let t = std::thread::spawn(move || {
        let mut e = String::new();
        se.read_to_string(&mut e).ok();
        e
    });
    so.read_to_string(&mut out).ok();
    err.push_str(&t.join().expect("stderr reader"));
    // wait4 rather than Child::wait: it reports this child's own peak RSS.
    let mut status = 0;
    // SAFETY: wait4 fills the zeroed rusage and status for the child we spawned.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    assert_eq!(r, pid, "wait4 reaps goscope");
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (out, err, code, ru.ru_maxrss as u64)
}

/// Parses `a+b+c` of numbers.
fn plus3(s: &str) -> Option<[f64; 3]> {
    let v: Vec<f64> = s
        .split('+')
        .map(|x| x.parse().ok())
        .collect::<Option<_>>()?;
    v.try_into().ok()
}

/// Checks one gctrace line against mgc.go's format:
/// `gc N @T s P%: a+b+c ms clock, d+e/f/g+h ms cpu, X->Y->Z MB, G MB goal, S MB stacks,
/// 0 MB globals, P P` and an optional ` (forced)`. Returns (N, forced).
fn check_line(line: &str) -> (u32, bool) {
    let (line, forced) = match line.strip_suffix(" (forced)") {
        Some(l) => (l, true),
        None => (line, false),
    };
    let f: Vec<&str> = line.split(' ').collect();
    assert_eq!(f.len(), 23, "field count of {line:?}");
    assert_eq!(f[0], "gc");
    let n: u32 = f[1].parse().expect("cycle number");
    let at = f[2]
        .strip_prefix('@')
        .and_then(|s| s.strip_suffix('s'))
        .expect("@T s");
    let (secs, millis) = at.split_once('.').expect("seconds with a point");
    assert!(
        secs.parse::<u64>().is_ok() && millis.len() == 3,
        "@T in {line:?}"
    );
    let pct = f[3].strip_suffix("%:").expect("P%:");
    assert!(
        pct.parse::<u32>().is_ok_and(|p| p <= 100),
        "utilisation in {line:?}"
    );
    let clock = plus3(f[4]).expect("a+b+c");
    assert!(clock.iter().all(|&x| x >= 0.0));
    assert_eq!((f[5], f[6]), ("ms", "clock,"));
    let (stw1, rest) = f[7].split_once('+').expect("d+...");
    let (assist, rest) = rest.split_once('/').expect("e/f");
    let (bg, rest) = rest.split_once('/').expect("f/g");
    let (idle, stw2) = rest.split_once('+').expect("g+h");
    for x in [stw1, assist, bg, idle, stw2] {
        assert!(x.parse::<f64>().is_ok(), "cpu field {x:?} in {line:?}");
    }
    assert_eq!((f[8], f[9]), ("ms", "cpu,"));
    let sizes: Vec<u64> = f[10].split("->").map(|x| x.parse().expect("MB")).collect();
    assert_eq!(sizes.len(), 3, "X->Y->Z in {line:?}");
    assert_eq!((f[11], f[13], f[14]), ("MB,", "MB", "goal,"));
    let goal: u64 = f[12].parse().expect("goal");
    assert!(goal >= 4, "the heap goal never goes below 4 MB: {line:?}");
    assert_eq!(&f[15..21], ["0", "MB", "stacks,", "0", "MB", "globals,"]);
    assert!(f[21].parse::<u32>().is_ok_and(|p| p >= 1), "Ps in {line:?}");
    assert_eq!(f[22], "P");
    (n, forced)
}

#[test]
fn gctrace_prints_gos_line_for_every_cycle() {
    let (out, err, code, _) = run(
        &["run", "tests/gc/churn.go", "1"],
        &[("GODEBUG", "gctrace=1"), ("GOMAXPROCS", "2")],
    );
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() >= 10, "a 1 GB churn runs many cycles: {err}");
    for (i, l) in lines.iter().enumerate() {
        let (n, forced) = check_line(l);
        assert_eq!(n as usize, i + 1, "cycles are numbered from 1 in order");
        assert!(!forced, "no runtime.GC in this program");
    }
    // The program's own NumGC agrees with the trace.
    let cycles: usize = out
        .split_whitespace()
        .skip_while(|w| *w != "cycles:")
        .nth(1)
        .and_then(|w| w.parse().ok())
        .expect("cycles in the output");
    assert!(
        cycles <= lines.len(),
        "NumGC {cycles} vs {} lines",
        lines.len()
    );
}

#[test]
fn gctrace_marks_runtime_gc_as_forced() {
    let (_, err, code, _) = run(
        &["run", "tests/run/gc_finalizers.go"],
        &[("GODEBUG", "gctrace=1")],
    );
    assert_eq!(code, 0, "{err}");
    let lines: Vec<(u32, bool)> = err.lines().map(check_line).collect();
    assert!(
        lines.iter().filter(|l| l.1).count() >= 6,
        "runtime.GC cycles are (forced): {err}"
    );
}

/// 1 GB allocated, about 8 MB kept: the heap in use stays within a few times the live
/// set and the process's peak RSS stays bounded. `GOSCOPE_CHURN_GB=10` runs the 10 GB
/// version of the issue.
#[test]
fn churn_stays_within_a_few_times_the_live_set() {
    let gb = std::env::var("GOSCOPE_CHURN_GB").unwrap_or_else(|_| "1".into());
    let (out, err, code, rss_kib) = run(&["run", "tests/gc/churn.go", &gb], &[]);
    assert_eq!(code, 0, "{err}");
    let field = |name: &str| -> u64 {
        let mut it = out.split_whitespace();
        while let Some(w) = it.next() {
            if w == name {
                return it.next().and_then(|v| v.parse().ok()).expect("a number");
            }
        }
        panic!("{name} missing from {out:?}")
    };
    assert_eq!(
        field("MB:"),
        gb.parse::<u64>().unwrap() << 10,
        "allocated MB: {out}"
    );
    let inuse = out
        .split("in use MB: ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse::<u64>().ok())
        .expect("in use");
    assert!(
        inuse <= 40,
        "heap in use {inuse} MB for an 8 MB live set: {out}"
    );
    assert!(
        rss_kib < 160 << 10,
        "peak RSS {} MB for an 8 MB live set: {out}",
        rss_kib >> 10
    );
}

/// Goroutines on two Ps allocate and check their data through hundreds of cycles (GOGC=1)
/// with the checkmark walk on: mark, lazy sweeping by allocators and by the background
/// sweeper, and cache flushing all race with each other here.
#[test]
fn parallel_allocators_keep_their_data_through_many_cycles() {
    let (out, err, code, _) = run(
        &["run", "tests/gc/parallel_alloc.go"],
        &[
            ("GOGC", "1"),
            ("GOMAXPROCS", "2"),
            ("GODEBUG", "gctrace=1"),
            ("GOSCOPE_GCCHECK", "1"),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "workers: 4, rounds: 400, bad checks: 0\n");
    let cycles = err.lines().filter(|l| l.starts_with("gc ")).count();
    assert!(cycles >= 100, "only {cycles} cycles:\n{err}");
}

/// Goroutines started during mark (new or reused) hold the only references to lists they
/// check later; with GOGC=1 and the checkmark walk, any value not shaded at their start
/// would be freed or reported.
#[test]
fn goroutines_started_during_mark_keep_what_they_were_given() {
    let (out, err, code, _) = run(
        &["run", "tests/gc/spawn_during_mark.go"],
        &[("GOGC", "1"), ("GOMAXPROCS", "2"), ("GOSCOPE_GCCHECK", "1")],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "bad: 0\n");
}
