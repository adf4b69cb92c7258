//! Tests of `goscope/inspect`, the package that shows a map's header and buckets. Real Go
//! cannot build programs that import it, so these are not golden tests: the programs in
//! `tests/inspect/` check invariants of Go 1.23's maps that hold whatever the hash seed,
//! and compare the package's view with the same map read through unsafe in Go's layout
//! (which `tests/run/hmap_*_unsafe.go` check against real Go).

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goscope"))
        .arg("run")
        .args(args)
        .output()
        .expect("goscope runs")
}

#[test]
fn inspector_agrees_with_the_map() {
    let out = run(&["tests/inspect/invariants.go"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert_eq!(stdout, "PASS true\n", "{stderr}");
}

/// A map corrupted through unsafe ends the program as Go code would end (a listing, or a
/// Go panic for a bad address), never with a crash of goscope.
#[test]
fn corrupted_maps_never_crash_the_inspector() {
    for case in [
        "hugeB",
        "nilBuckets",
        "badBuckets",
        "oldbuckets",
        "cycle",
        "badOverflow",
        "badKey",
    ] {
        let out = run(&["tests/inspect/corrupt.go", case]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => assert_eq!(stdout, "true\n", "{case}: {stderr}"),
            Some(2) => assert!(
                stderr.starts_with("panic: runtime error: ") && stderr.contains("\nmain.main()\n"),
                "{case}: {stderr}"
            ),
            c => panic!("{case}: exit {c:?}\n{stderr}"),
        }
        assert!(!stderr.contains("panicked at"), "{case}: {stderr}");
    }
}
