//! Concurrent map misuse is caught as real Go catches it (issue 4): the seed programs in
//! `tests/race/` run several times at GOMAXPROCS=2 and 1, and every run must end in one of
//! Go's two outcomes: the program's normal output, or Go's fatal error (its exact first
//! line, tracebacks of every goroutine, exit 2, nothing more on stdout). The rates are
//! checked only where real Go's are all-or-nothing. Figures from go1.23.5 binaries on the
//! 2-CPU machine (`go build`, then the binary run 100 times; several batches, which vary
//! with the machine's load):
//!
//! | program | GOMAXPROCS=2 | GOMAXPROCS=1 |
//! |---|---|---|
//! | writes_2x100k (seed S0-E16) | 100/100 fatal | 49/100 fatal (the writer is descheduled inside mapassign) |
//! | read_write_1000 (seed S2-E1) | 0-3/100 fatal | 0/100 |
//! | iterate_write | 24/100 fatal | 0/100 |
//! | ten_writers (seed S1-E2) | 5-25/100 fatal | 0/100 |
//!
//! goscope never stops a goroutine inside a map operation (one instruction, no safepoint),
//! so at GOMAXPROCS=1 it never catches any of them. Go's 49% for writes_2x100k means its
//! writer can lose the CPU inside mapassign, presumably parked by the collector (a GC
//! assist or a GC start) during a growth's allocation, which goscope does not model. Its own test binary, so no other test competes for the cores.

use std::process::Command;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(prog: &str, procs: &str) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_goscope"))
        .args(["run", &format!("tests/race/{prog}.go")])
        .env("GOMAXPROCS", procs)
        .output()
        .expect("goscope runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `prog` `n` times and returns how many runs died of `fatal`; every run must be
/// either a clean exit printing one of `ok_stdout` or Go's fatal error report.
fn caught(prog: &str, procs: &str, n: usize, ok_stdout: &[&str], fatal: &str) -> usize {
    let mut caught = 0;
    for _ in 0..n {
        let r = run(prog, procs);
        match r.code {
            0 => {
                assert!(
                    ok_stdout.contains(&r.stdout.as_str()),
                    "{prog}: {}",
                    r.stdout
                );
                assert_eq!(r.stderr, "", "{prog}: stderr of a clean run");
            }
            2 => {
                caught += 1;
                // Racing writers can also corrupt the map before the flag check sees
                // them; Go's evacuation then throws "bad map state" (map.go), as here.
                let head = format!("fatal error: {fatal}\n\ngoroutine ");
                let corrupted = "fatal error: bad map state\n\ngoroutine ";
                assert!(
                    r.stderr.starts_with(&head) || r.stderr.starts_with(corrupted),
                    "{prog}: {}",
                    r.stderr
                );
                assert_eq!(
                    r.stdout, "",
                    "{prog}: a fatal error ends the program at once"
                );
                // Every goroutine is listed: the one that died, main waiting in
                // WaitGroup.Wait, and the program's own frames with their lines.
                let gs = r.stderr.matches("\ngoroutine ").count() + 1;
                assert!(gs >= 2, "{prog}: only {gs} goroutine listed:\n{}", r.stderr);
                assert!(r.stderr.contains(" [running]:\n"), "{prog}: {}", r.stderr);
                assert!(r.stderr.contains("\nmain.main()\n"), "{prog}: {}", r.stderr);
                assert!(
                    r.stderr.contains(&format!("tests/race/{prog}.go:")),
                    "{prog}: {}",
                    r.stderr
                );
                assert!(
                    !r.stderr.contains("panic"),
                    "{prog}: not a panic: {}",
                    r.stderr
                );
            }
            c => panic!("{prog}: exit {c}\n{}", r.stderr),
        }
    }
    eprintln!("{prog} GOMAXPROCS={procs}: caught in {caught} of {n} runs");
    caught
}

const WRITES: &str = "concurrent map writes";

/// One test, so that the runs do not compete with each other for the two cores.
#[test]
fn concurrent_map_misuse() {
    let ok = &["len(m) = 100000\n"][..];
    // Go: 100 of 100 at GOMAXPROCS=2 (and 320 of 320 in the seed's runs).
    if std::thread::available_parallelism().map_or(1, |n| n.get()) >= 2 {
        let n = caught("writes_2x100k", "2", 10, ok, WRITES);
        assert!(n >= 8, "caught in only {n} of 10 runs at GOMAXPROCS=2");
    }
    // Go: 49 of 100 at GOMAXPROCS=1 (see the module comment); goscope: never.
    caught("writes_2x100k", "1", 5, ok, WRITES);

    // A lost write that goes unnoticed is possible, as in Go (once in 1000 seed runs).
    let ten = &["len(m) = 10\n", "len(m) = 9\n"][..];
    let cases = [
        (
            "read_write_1000",
            &[""][..],
            "concurrent map read and map write",
        ),
        (
            "iterate_write",
            &["done true\n"][..],
            "concurrent map iteration and map write",
        ),
        ("ten_writers", ten, WRITES),
    ];
    // Go: 0 of 100 for each at GOMAXPROCS=1.
    for (prog, ok, fatal) in cases {
        assert_eq!(
            caught(prog, "1", 10, ok, fatal),
            0,
            "{prog} at GOMAXPROCS=1"
        );
    }
    // Go catches these sometimes at GOMAXPROCS=2 (3%, 24%, 25% of runs): only the
    // outcomes are checked.
    for (prog, ok, fatal) in cases {
        caught(prog, "2", 10, ok, fatal);
    }
}
