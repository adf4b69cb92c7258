//! Channel semantics without a scheduler: goroutines are bare `G`s, parking is a flag.

use super::*;
use crate::runtime::sched::test_g;

fn g(id: u64) -> GRef<()> {
    test_g(id, ())
}

#[test]
fn buffered_values_come_out_in_order() {
    let c: Chan<()> = Chan::new(3, 2);
    for i in 0..3u64 {
        assert!(matches!(
            c.send(&[i, i * 10], None, &mut || {}),
            SendRes::Done(None)
        ));
    }
    assert!(matches!(
        c.send(&[9, 9], None, &mut || {}),
        SendRes::WouldBlock
    ));
    assert_eq!(c.len(), 3);
    let mut out = [0; 2];
    for i in 0..3u64 {
        assert!(matches!(
            c.recv(&mut out, None, &mut || {}),
            RecvRes::Done {
                ok: true,
                wake: None
            }
        ));
        assert_eq!(out, [i, i * 10]);
    }
    assert!(matches!(
        c.recv(&mut out, None, &mut || {}),
        RecvRes::WouldBlock
    ));
}

#[test]
fn unbuffered_send_hands_over_to_a_parked_receiver() {
    let c: Chan<()> = Chan::new(0, 1);
    let r = g(2);
    let mut parked = false;
    let sg = match c.recv(&mut [0], Some(&r), &mut || parked = true) {
        RecvRes::Parked(sg) => sg,
        _ => panic!("an unbuffered receive with no sender parks"),
    };
    assert!(parked);
    match c.send(&[42], Some(&g(3)), &mut || panic!("must not park")) {
        SendRes::Done(Some(w)) => assert_eq!(w.id, 2),
        _ => panic!("the receiver is woken"),
    }
    assert!(sg.fired.load(Ordering::SeqCst) && sg.success.load(Ordering::SeqCst));
    assert_eq!(*sg.elem.lock(), vec![42]);
}

#[test]
fn receive_from_a_full_buffer_takes_a_waiting_sender() {
    let c: Chan<()> = Chan::new(1, 1);
    assert!(matches!(
        c.send(&[1], None, &mut || {}),
        SendRes::Done(None)
    ));
    let sg = match c.send(&[2], Some(&g(5)), &mut || {}) {
        SendRes::Parked(sg) => sg,
        _ => panic!("a full buffer parks the sender"),
    };
    let mut out = [0];
    match c.recv(&mut out, None, &mut || {}) {
        RecvRes::Done {
            ok: true,
            wake: Some(w),
        } => assert_eq!(w.id, 5),
        _ => panic!("the sender is woken"),
    }
    assert_eq!(out, [1]);
    assert!(sg.success.load(Ordering::SeqCst));
    assert!(matches!(
        c.recv(&mut out, None, &mut || {}),
        RecvRes::Done {
            ok: true,
            wake: None
        }
    ));
    assert_eq!(out, [2]);
}

#[test]
fn close_wakes_receivers_and_senders() {
    let c: Chan<()> = Chan::new(0, 1);
    let rs = match c.recv(&mut [0], Some(&g(2)), &mut || {}) {
        RecvRes::Parked(sg) => sg,
        _ => unreachable!(),
    };
    let c2: Chan<()> = Chan::new(0, 1);
    let ss = match c2.send(&[1], Some(&g(3)), &mut || {}) {
        SendRes::Parked(sg) => sg,
        _ => unreachable!(),
    };
    assert_eq!(c.close().map(|w| w.len()), Ok(1));
    assert_eq!(c2.close().map(|w| w.len()), Ok(1));
    assert!(rs.fired.load(Ordering::SeqCst) && !rs.success.load(Ordering::SeqCst));
    assert!(ss.fired.load(Ordering::SeqCst) && !ss.success.load(Ordering::SeqCst));
    assert!(c.close().is_err());
    assert!(matches!(c.send(&[1], None, &mut || {}), SendRes::Closed));
    let mut out = [7];
    assert!(matches!(
        c.recv(&mut out, None, &mut || {}),
        RecvRes::Done { ok: false, .. }
    ));
    assert_eq!(out, [0]);
}

#[test]
fn buffered_values_survive_close() {
    let c: Chan<()> = Chan::new(2, 1);
    let _ = c.send(&[5], None, &mut || {});
    c.close().unwrap();
    let mut out = [0];
    assert!(matches!(
        c.recv(&mut out, None, &mut || {}),
        RecvRes::Done { ok: true, .. }
    ));
    assert_eq!(out, [5]);
    assert!(matches!(
        c.recv(&mut out, None, &mut || {}),
        RecvRes::Done { ok: false, .. }
    ));
}

fn xorshift(state: &mut u64) -> impl FnMut(usize) -> usize + '_ {
    move |n| {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        (*state % n as u64) as usize
    }
}

#[test]
fn select_chooses_uniformly_among_ready_cases() {
    let a: Arc<Chan<()>> = Arc::new(Chan::new(100_000, 1));
    let b: Arc<Chan<()>> = Arc::new(Chan::new(100_000, 1));
    for i in 0..30_000 {
        let _ = a.send(&[i], None, &mut || {});
        let _ = b.send(&[i], None, &mut || {});
    }
    let me = g(1);
    let mut counts = [0; 2];
    let mut seed = 88172645463325252u64;
    let mut out = Vec::new();
    for _ in 0..20_000 {
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
        match select(
            &cases,
            true,
            &me,
            &mut out,
            &mut xorshift(&mut seed),
            &mut || panic!(),
        ) {
            SelRes::Ready { case, ok: true, .. } => counts[case] += 1,
            _ => panic!("a ready case"),
        }
    }
    // Each about 10000: allow 5 standard deviations (about 350).
    assert!((counts[0] as i64 - 10_000).abs() < 400, "{counts:?}");
}

#[test]
fn select_parks_on_every_case_and_the_first_waker_wins() {
    let a: Arc<Chan<()>> = Arc::new(Chan::new(0, 1));
    let b: Arc<Chan<()>> = Arc::new(Chan::new(0, 1));
    let me = g(1);
    let mut seed = 7u64;
    let mut out = Vec::new();
    let mut parked = false;
    let cases = [
        SelCase {
            ch: Some(a.clone()),
            send: None,
        },
        SelCase {
            ch: None,
            send: None,
        },
        SelCase {
            ch: Some(b.clone()),
            send: Some(&[9][..]),
        },
    ];
    let waits = match select(
        &cases,
        true,
        &me,
        &mut out,
        &mut xorshift(&mut seed),
        &mut || parked = true,
    ) {
        SelRes::Parked(w) => w,
        _ => panic!("nothing is ready"),
    };
    assert!(parked);
    assert_eq!(waits.len(), 2);
    assert_eq!(a.waiting(), (1, 0));
    assert_eq!(b.waiting(), (0, 1));
    // A receiver on b takes the select's send; a later sender on a must not wake it.
    let mut v = [0];
    assert!(matches!(
        b.recv(&mut v, None, &mut || {}),
        RecvRes::Done {
            ok: true,
            wake: Some(_)
        }
    ));
    assert_eq!(v, [9]);
    assert!(matches!(
        a.send(&[1], None, &mut || {}),
        SendRes::WouldBlock
    ));
    let fired = select_done(&waits).expect("a fired case");
    assert_eq!(fired.case, 2);
    assert_eq!(a.waiting(), (0, 0));
}

#[test]
fn select_without_channels() {
    let me = g(1);
    let mut seed = 3u64;
    let mut out = Vec::new();
    let cases: [SelCase<'_, ()>; 1] = [SelCase {
        ch: None,
        send: None,
    }];
    assert!(matches!(
        select(
            &cases,
            true,
            &me,
            &mut out,
            &mut xorshift(&mut seed),
            &mut || {}
        ),
        SelRes::Never
    ));
    assert!(matches!(
        select(
            &cases,
            false,
            &me,
            &mut out,
            &mut xorshift(&mut seed),
            &mut || {}
        ),
        SelRes::Default
    ));
}
