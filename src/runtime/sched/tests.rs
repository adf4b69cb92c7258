//! The scheduler on its own: goroutines are small state machines (closures) instead of
//! VM code.

use super::*;
use std::sync::atomic::AtomicU32;
use std::sync::mpsc;

type Step = Box<dyn for<'a, 'b, 'c> FnMut(&mut MCtx<'a, 'b, TG, ()>, &GRef<TG>) -> Stop + Send>;

struct TG {
    step: Step,
}

fn tg(
    f: impl for<'a, 'b, 'c> FnMut(&mut MCtx<'a, 'b, TG, ()>, &GRef<TG>) -> Stop + Send + 'static,
) -> TG {
    TG { step: Box::new(f) }
}

struct TestRunner {
    deadlocks: AtomicU32,
}

impl Runner<TG, ()> for TestRunner {
    fn new_m(&self) {}
    fn run(&self, m: &mut MCtx<'_, '_, TG, ()>, _md: &mut (), g: &GRef<TG>, data: &mut TG) -> Stop {
        (data.step)(m, g)
    }
    fn deadlock(&self, _sched: &Sched<TG, ()>) -> i32 {
        self.deadlocks.fetch_add(1, Ordering::SeqCst);
        2
    }
}

fn run_main(procs: usize, main: TG) -> (i32, u32) {
    let (sched, ps) = Sched::new(procs);
    let r = TestRunner {
        deadlocks: AtomicU32::new(0),
    };
    let code = run(sched, ps, &r, main);
    (code, r.deadlocks.load(Ordering::SeqCst))
}

/// A wait group for test goroutines: parked waiters are readied by the last `done`.
#[derive(Default)]
struct Wg {
    n: Mutex<(i64, Vec<GRef<TG>>)>,
}

impl Wg {
    fn add(&self, k: i64) {
        self.n.lock().0 += k;
    }
    fn done(&self, m: &mut MCtx<'_, '_, TG, ()>) {
        let ws = {
            let mut n = self.n.lock();
            n.0 -= 1;
            if n.0 == 0 {
                std::mem::take(&mut n.1)
            } else {
                Vec::new()
            }
        };
        for w in ws {
            m.ready(w);
        }
    }
    /// True when the count is zero; otherwise parks `g` (the caller stops with Park).
    fn wait(&self, m: &mut MCtx<'_, '_, TG, ()>, g: &GRef<TG>) -> bool {
        let mut n = self.n.lock();
        if n.0 == 0 {
            return true;
        }
        m.park(g, WaitReason::Semacquire, false);
        n.1.push(g.clone());
        false
    }
}

#[test]
fn main_returning_ends_the_program() {
    let (code, dead) = run_main(2, tg(|_, _| Stop::Exit(0)));
    assert_eq!((code, dead), (0, 0));
}

#[test]
fn newest_goroutine_runs_first_on_one_p() {
    // Go: with GOMAXPROCS=1, `for i := 0; i < 5; i++ { go f(i) }; wg.Wait()` runs 4 0 1 2 3.
    let order = Arc::new(Mutex::new(Vec::new()));
    let wg = Arc::new(Wg::default());
    let (o, w) = (order.clone(), wg.clone());
    let mut spawned = false;
    let (code, _) = run_main(
        1,
        tg(move |m, g| {
            if !spawned {
                spawned = true;
                for i in 0..5 {
                    w.add(1);
                    let (o, w) = (o.clone(), w.clone());
                    m.spawn(move |_| {
                        tg(move |m, _| {
                            o.lock().push(i);
                            w.done(m);
                            Stop::Done
                        })
                    });
                }
            }
            if w.wait(m, g) {
                Stop::Exit(0)
            } else {
                Stop::Park
            }
        }),
    );
    assert_eq!(code, 0);
    assert_eq!(*order.lock(), vec![4, 0, 1, 2, 3]);
}

#[test]
fn many_goroutines_all_finish() {
    for procs in [1, 2, 4] {
        let count = Arc::new(AtomicU32::new(0));
        let wg = Arc::new(Wg::default());
        let (c, w) = (count.clone(), wg.clone());
        let mut spawned = false;
        let (code, dead) = run_main(
            procs,
            tg(move |m, g| {
                if !spawned {
                    spawned = true;
                    for _ in 0..20_000 {
                        w.add(1);
                        let (c, w) = (c.clone(), w.clone());
                        let mut yielded = false;
                        m.spawn(move |_| {
                            tg(move |m, _| {
                                // Each goroutine yields once, then finishes.
                                if !yielded {
                                    yielded = true;
                                    return Stop::Yield;
                                }
                                c.fetch_add(1, Ordering::Relaxed);
                                w.done(m);
                                Stop::Done
                            })
                        });
                    }
                }
                if w.wait(m, g) {
                    Stop::Exit(0)
                } else {
                    Stop::Park
                }
            }),
        );
        assert_eq!((code, dead), (0, 0), "GOMAXPROCS={procs}");
        assert_eq!(count.load(Ordering::Relaxed), 20_000);
    }
}

#[test]
fn everyone_asleep_is_a_deadlock() {
    for procs in [1, 2] {
        let (code, dead) = run_main(
            procs,
            tg(|m, g| {
                m.park(g, WaitReason::ChanReceive, false);
                Stop::Park
            }),
        );
        assert_eq!((code, dead), (2, 1));
    }
}

#[test]
fn a_pending_timer_is_not_a_deadlock() {
    let (tx, rx) = mpsc::channel();
    let mut armed = false;
    let (code, dead) = run_main(
        2,
        tg(move |m, g| {
            if armed {
                return Stop::Exit(7);
            }
            armed = true;
            m.park(g, WaitReason::Sleep, false);
            let g2 = g.clone();
            let tx = tx.clone();
            m.sched.add_timer(
                Instant::now() + Duration::from_millis(30),
                Box::new(move |sched| {
                    sched.ready(None, g2);
                    let _ = tx.send(());
                }),
            );
            Stop::Park
        }),
    );
    assert_eq!((code, dead), (7, 0));
    assert!(rx.try_recv().is_ok());
}

#[test]
fn a_long_running_goroutine_is_preempted() {
    // One P: a goroutine that never blocks must not starve main.
    let spins = Arc::new(AtomicU32::new(0));
    let s = spins.clone();
    let mut started = false;
    let (code, _) = run_main(
        1,
        tg(move |m, _| {
            if !started {
                started = true;
                let s = s.clone();
                m.spawn(move |_| {
                    tg(move |m, _| {
                        let flag = m.preempt_flag();
                        loop {
                            s.fetch_add(1, Ordering::Relaxed);
                            if flag.load(Ordering::Relaxed) {
                                return Stop::Preempted;
                            }
                        }
                    })
                });
                // Let the spinner run first.
                return Stop::Yield;
            }
            Stop::Exit(3)
        }),
    );
    assert_eq!(code, 3);
    assert!(spins.load(Ordering::Relaxed) > 0);
}

#[test]
fn two_ps_run_in_parallel() {
    // Two goroutines that each wait (spinning, not parking) until the other has started:
    // only possible when they really run at the same time.
    let flags = Arc::new((AtomicBool::new(false), AtomicBool::new(false)));
    let wg = Arc::new(Wg::default());
    let (f, w) = (flags.clone(), wg.clone());
    let mut spawned = false;
    let (code, _) = run_main(
        2,
        tg(move |m, g| {
            if !spawned {
                spawned = true;
                for me in 0..2 {
                    w.add(1);
                    let (f, w) = (f.clone(), w.clone());
                    m.spawn(move |_| {
                        tg(move |m, _| {
                            let (mine, other) = if me == 0 { (&f.0, &f.1) } else { (&f.1, &f.0) };
                            mine.store(true, Ordering::SeqCst);
                            let t = Instant::now();
                            while !other.load(Ordering::SeqCst) {
                                if t.elapsed() > Duration::from_secs(5) {
                                    panic!("the other goroutine never ran in parallel");
                                }
                                std::hint::spin_loop();
                            }
                            w.done(m);
                            Stop::Done
                        })
                    });
                }
            }
            if w.wait(m, g) {
                Stop::Exit(0)
            } else {
                Stop::Park
            }
        }),
    );
    assert_eq!(code, 0);
}

#[test]
fn a_goroutine_blocked_in_rust_gives_its_p_away() {
    // One P: main blocks its thread waiting for a goroutine that can only run on that P.
    let woke = Arc::new(AtomicBool::new(false));
    let w = woke.clone();
    let (code, dead) = run_main(
        1,
        tg(move |m, g| {
            let w = w.clone();
            let me = g.clone();
            m.spawn(move |_| {
                tg(move |m, _| {
                    w.store(true, Ordering::SeqCst);
                    m.ready(me.clone());
                    Stop::Done
                })
            });
            m.park(g, WaitReason::ChanReceive, true);
            assert!(m.wait_nested(g));
            Stop::Exit(if woke.load(Ordering::SeqCst) { 5 } else { 6 })
        }),
    );
    assert_eq!((code, dead), (5, 0));
}

#[test]
fn goroutine_ids_are_go_like() {
    let ids = Arc::new(Mutex::new(Vec::new()));
    let i2 = ids.clone();
    let wg = Arc::new(Wg::default());
    let w = wg.clone();
    let mut spawned = false;
    run_main(
        1,
        tg(move |m, g| {
            if !spawned {
                spawned = true;
                i2.lock().push(g.id);
                for _ in 0..3 {
                    w.add(1);
                    let w = w.clone();
                    let gid = m.spawn(move |_| {
                        tg(move |m, _| {
                            w.done(m);
                            Stop::Done
                        })
                    });
                    i2.lock().push(gid.id);
                }
            }
            if w.wait(m, g) {
                Stop::Exit(0)
            } else {
                Stop::Park
            }
        }),
    );
    assert_eq!(*ids.lock(), vec![1, 6, 7, 8]);
}
