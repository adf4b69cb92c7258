//! goscope's goroutines run in parallel on real threads: a CPU-bound program with two
//! goroutines uses about twice its wall time in CPU time at GOMAXPROCS=2, and about its
//! wall time at GOMAXPROCS=1 (issue 3). Its own test binary, so no other test competes
//! for the cores while it measures.

use std::process::Command;
use std::time::Instant;

/// CPU seconds (user + system) used by waited-for children so far.
fn children_cpu() -> f64 {
    // SAFETY: getrusage fills the zeroed struct it is given.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru) };
    let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    t(ru.ru_utime) + t(ru.ru_stime)
}

/// Runs the CPU-bound program with `procs` Ps: (CPU seconds, wall seconds).
fn measure(procs: &str) -> (f64, f64) {
    let cpu0 = children_cpu();
    let t = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_goscope"))
        .args(["run", "tests/parallel/cpu_bound.go"])
        .env("GOMAXPROCS", procs)
        .output()
        .expect("goscope runs");
    let wall = t.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "true\n");
    (children_cpu() - cpu0, wall)
}

/// CPU time over wall time that two plain Rust threads spinning for 300 ms get right now:
/// what the machine can give a parallel program at this moment.
fn capacity() -> f64 {
    // SAFETY: getrusage fills the zeroed struct it is given.
    let self_cpu = || {
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
        let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
        t(ru.ru_utime) + t(ru.ru_stime)
    };
    let c0 = self_cpu();
    let t = Instant::now();
    let spin = move || {
        let mut x = 1u64;
        while t.elapsed().as_millis() < 300 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
        }
        x
    };
    let h = std::thread::spawn(spin);
    let a = spin();
    let b = h.join().unwrap();
    std::hint::black_box((a, b));
    (self_cpu() - c0) / t.elapsed().as_secs_f64()
}

#[test]
fn two_goroutines_use_two_cores() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (cpu1, wall1) = measure("1");
    let r1 = cpu1 / wall1;
    eprintln!("GOMAXPROCS=1: cpu {cpu1:.2}s wall {wall1:.2}s ratio {r1:.2}");
    assert!(r1 < 1.3, "one P must not use more than one core: {r1:.2}");
    if cores < 2 {
        eprintln!("only {cores} core: the parallel half is skipped");
        return;
    }
    // Other processes may hold a core: compare with what two plain threads get now, and
    // take the best of three runs.
    let mut best = 0.0f64;
    let mut cap = 0.0f64;
    for _ in 0..3 {
        cap = cap.max(capacity());
        let (cpu2, wall2) = measure("2");
        let r2 = cpu2 / wall2;
        eprintln!(
            "GOMAXPROCS=2: cpu {cpu2:.2}s wall {wall2:.2}s ratio {r2:.2} (two threads get {cap:.2})"
        );
        best = best.max(r2);
        if best > 1.6 {
            break;
        }
    }
    if cap < 1.6 {
        eprintln!(
            "the machine gives two threads only {cap:.2} cores: parallelism not measurable now"
        );
        assert!(
            best > 0.8 * cap,
            "two Ps fall short of what two threads get: {best:.2} < {cap:.2}"
        );
        return;
    }
    assert!(best > 1.6, "two Ps should use about two cores: {best:.2}");
}
