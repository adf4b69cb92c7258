//! loom models of the channel core (`tools/loom` runs them): every interleaving of a few
//! goroutines on real threads. A goroutine that parks here waits for its sudog to fire,
//! as the scheduler would run it again once readied.

use super::*;
use crate::runtime::sched::test_g;
use loom::thread;

fn wait_fired(sg: &Sudog<()>) {
    while !sg.fired.load(Ordering::SeqCst) {
        thread::yield_now();
    }
}

/// An unbuffered send and receive meet exactly once, whoever arrives first.
#[test]
fn unbuffered_rendezvous() {
    loom::model(|| {
        let c: Arc<Chan<()>> = Arc::new(Chan::new(0, 1));
        let c2 = c.clone();
        let sender = thread::spawn(move || {
            let g = test_g(2, ());
            match c2.send(&[7], Some(&g), &mut || {}) {
                SendRes::Done(_) => {}
                SendRes::Parked(sg) => {
                    wait_fired(&sg);
                    assert!(sg.success.load(Ordering::SeqCst));
                }
                _ => panic!("an open channel"),
            }
        });
        let g = test_g(1, ());
        let mut out = [0];
        match c.recv(&mut out, Some(&g), &mut || {}) {
            RecvRes::Done { ok, .. } => assert!(ok),
            RecvRes::Parked(sg) => {
                wait_fired(&sg);
                out.copy_from_slice(&sg.elem.lock());
            }
            RecvRes::WouldBlock => panic!("a blocking receive"),
        }
        assert_eq!(out, [7]);
        sender.join().unwrap();
    });
}

/// A close racing with a parked receiver wakes it with ok == false; a receive after close
/// never blocks.
#[test]
fn close_wakes_a_receiver() {
    loom::model(|| {
        let c: Arc<Chan<()>> = Arc::new(Chan::new(0, 1));
        let c2 = c.clone();
        let closer = thread::spawn(move || {
            c2.close().expect("closed once");
        });
        let g = test_g(1, ());
        let mut out = [9];
        let ok = match c.recv(&mut out, Some(&g), &mut || {}) {
            RecvRes::Done { ok, .. } => ok,
            RecvRes::Parked(sg) => {
                wait_fired(&sg);
                sg.success.load(Ordering::SeqCst)
            }
            RecvRes::WouldBlock => unreachable!(),
        };
        assert!(!ok);
        closer.join().unwrap();
    });
}

/// A goroutine parked in `select` on two channels is woken by exactly one of two
/// concurrent senders; the other sender's value is not lost (it stays queued).
#[test]
fn select_is_won_once() {
    loom::model(|| {
        let a: Arc<Chan<()>> = Arc::new(Chan::new(0, 1));
        let b: Arc<Chan<()>> = Arc::new(Chan::new(0, 1));
        let me = test_g(1, ());
        let mut out = Vec::new();
        let cases = [
            SelCase {
                ch: Some(a.clone()),
                send: None,
            },
            SelCase {
                ch: Some(b.clone()),
                send: None,
            },
        ];
        let parked = match select(&cases, true, &me, &mut out, &mut |_| 0, &mut || {}) {
            SelRes::Parked(p) => p,
            _ => panic!("nothing is ready yet"),
        };
        let senders: Vec<_> = [a.clone(), b.clone()]
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                thread::spawn(move || {
                    let g = test_g(10 + i as u64, ());
                    match c.send(&[i as u64], Some(&g), &mut || {}) {
                        SendRes::Done(w) => w.is_some(),
                        SendRes::Parked(_) => false,
                        _ => panic!("an open channel"),
                    }
                })
            })
            .collect();
        let woke: usize = senders
            .into_iter()
            .map(|s| s.join().unwrap() as usize)
            .sum();
        assert_eq!(woke, 1, "exactly one sender wakes the select");
        let fired = select_done(&parked).expect("a case fired");
        assert_eq!(*fired.elem.lock(), vec![fired.case as u64]);
        // The loser is still queued on its channel, waiting for a receiver.
        let (loser, _) = &parked[1 - fired.case];
        assert_eq!(loser.waiting(), (0, 1));
    });
}
