//! Go's channels (runtime/chan.go, select.go), generic over the goroutine data `T`.
//!
//! A value travels as the register words of its type (`words` of them). A channel is a
//! buffer of `cap` values and two FIFO queues of waiting goroutines (sudogs), behind one
//! mutex, as Go's `hchan`. Operations never block here: one that must wait enqueues a
//! [`Sudog`] and calls the caller's `park` (which marks the goroutine waiting) while still
//! holding the lock, then returns; the caller stops the goroutine. A waker fills in the
//! sudog, marks it [`Sudog::fired`], and hands the goroutine back to the caller to make
//! runnable ([`super::sched::Sched::ready`]). When the woken goroutine runs again it reads
//! the outcome from its sudog.
//!
//! `select` locks every channel of its cases in address order (so two selects cannot
//! deadlock), polls the cases in a random order (Go's `cheaprandn` shuffle), and parks on
//! all of them at once; the first waker wins the goroutine's `sel_done` flag and the others
//! skip its sudogs.

use super::sched::GRef;
use super::sync::{AtomicBool, Mutex, MutexGuard};
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// A goroutine waiting on a channel (Go's `sudog`).
pub struct Sudog<T> {
    pub g: GRef<T>,
    /// The value to send, or the value received.
    pub elem: Mutex<Vec<u64>>,
    /// False when the wakeup came from `close` (receive: the zero value, `ok == false`;
    /// send: a panic).
    pub success: AtomicBool,
    /// Set by the waker: this is the operation that happened.
    pub fired: AtomicBool,
    pub is_select: bool,
    /// The `select` case this sudog stands for.
    pub case: usize,
}

impl<T> Sudog<T> {
    pub fn new(g: GRef<T>, elem: Vec<u64>, is_select: bool, case: usize) -> Arc<Sudog<T>> {
        Arc::new(Sudog {
            g,
            elem: Mutex::new(elem),
            success: AtomicBool::new(false),
            fired: AtomicBool::new(false),
            is_select,
            case,
        })
    }
}

struct State<T> {
    /// `qcount` values of `words` words each.
    buf: VecDeque<u64>,
    qcount: usize,
    closed: bool,
    recvq: VecDeque<Arc<Sudog<T>>>,
    sendq: VecDeque<Arc<Sudog<T>>>,
}

pub struct Chan<T> {
    pub cap: usize,
    pub words: usize,
    /// A timer's channel (Go 1.23): `len` and `cap` report 0, and Stop/Reset discard a
    /// value not yet received.
    pub timer: AtomicBool,
    st: Mutex<State<T>>,
}

/// How a send went.
pub enum SendRes<T> {
    /// Done; a receiver to make runnable, if one was waiting.
    Done(Option<GRef<T>>),
    /// The channel is closed: Go panics `send on closed channel`.
    Closed,
    /// Enqueued and parked: the outcome will be in this sudog.
    Parked(Arc<Sudog<T>>),
    /// Non-blocking and not possible now.
    WouldBlock,
}

/// How a receive went.
pub enum RecvRes<T> {
    /// Done (the value is in `out`); `ok` is false for a closed, drained channel; a sender
    /// to make runnable, if one was waiting.
    Done {
        ok: bool,
        wake: Option<GRef<T>>,
    },
    Parked(Arc<Sudog<T>>),
    WouldBlock,
}

/// Takes the first sudog whose goroutine can still be woken from `q` (a goroutine parked
/// in `select` can be woken only once).
fn dequeue<T>(q: &mut VecDeque<Arc<Sudog<T>>>) -> Option<Arc<Sudog<T>>> {
    while let Some(sg) = q.pop_front() {
        if sg.is_select
            && sg
                .g
                .sel_done
                .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
                .is_err()
        {
            continue;
        }
        return Some(sg);
    }
    None
}

impl<T> Chan<T> {
    pub fn new(cap: usize, words: usize) -> Chan<T> {
        Chan {
            cap,
            words,
            timer: AtomicBool::new(false),
            st: Mutex::new(State {
                buf: VecDeque::with_capacity((cap * words).min(1 << 16)),
                qcount: 0,
                closed: false,
                recvq: VecDeque::new(),
                sendq: VecDeque::new(),
            }),
        }
    }

    /// `len(ch)`.
    pub fn len(&self) -> usize {
        if self.timer.load(Ordering::Relaxed) {
            return 0;
        }
        self.st.lock().qcount
    }

    /// `cap(ch)`.
    pub fn capacity(&self) -> usize {
        if self.timer.load(Ordering::Relaxed) {
            0
        } else {
            self.cap
        }
    }

    /// Empties the buffer; returns how many values were dropped.
    pub fn drain(&self) -> usize {
        let mut st = self.st.lock();
        let n = st.qcount;
        st.buf.clear();
        st.qcount = 0;
        n
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn is_closed(&self) -> bool {
        self.st.lock().closed
    }

    /// `ch <- v`. With `me`, a send that cannot happen now parks `me` (after calling
    /// `park` under the lock); without, it is a non-blocking attempt.
    pub fn send(&self, v: &[u64], me: Option<&GRef<T>>, park: &mut dyn FnMut()) -> SendRes<T> {
        let mut st = self.st.lock();
        send_locked(self, &mut st, v, me, park, false, 0)
    }

    /// `v, ok := <-ch` into `out` (`words` long).
    pub fn recv(
        &self,
        out: &mut [u64],
        me: Option<&GRef<T>>,
        park: &mut dyn FnMut(),
    ) -> RecvRes<T> {
        let mut st = self.st.lock();
        recv_locked(self, &mut st, out, me, park, false, 0)
    }

    /// `close(ch)`: Err when already closed; else the goroutines to make runnable.
    pub fn close(&self) -> Result<Vec<GRef<T>>, ()> {
        let mut st = self.st.lock();
        if st.closed {
            return Err(());
        }
        st.closed = true;
        let mut wake = Vec::new();
        while let Some(sg) = dequeue(&mut st.recvq) {
            sg.elem.lock().iter_mut().for_each(|w| *w = 0);
            sg.success.store(false, Ordering::SeqCst);
            sg.fired.store(true, Ordering::SeqCst);
            wake.push(sg.g.clone());
        }
        while let Some(sg) = dequeue(&mut st.sendq) {
            sg.success.store(false, Ordering::SeqCst);
            sg.fired.store(true, Ordering::SeqCst);
            wake.push(sg.g.clone());
        }
        Ok(wake)
    }

    /// Removes `sg` from this channel's queues (a `select` that was woken elsewhere).
    fn forget(st: &mut State<T>, sg: &Arc<Sudog<T>>) {
        st.recvq.retain(|x| !Arc::ptr_eq(x, sg));
        st.sendq.retain(|x| !Arc::ptr_eq(x, sg));
    }

    /// Every value word the channel holds: its buffer and its waiting senders' values
    /// (roots while the channel is reachable). A waiting receiver's slot is not the
    /// channel's: a value put there belongs to the receiver, which keeps it as a root.
    pub fn value_words(&self) -> Vec<u64> {
        let st = self.st.lock();
        let mut out: Vec<u64> = st.buf.iter().copied().collect();
        for sg in st.sendq.iter() {
            out.extend(sg.elem.lock().iter().copied());
        }
        out
    }

    /// Whether a goroutine waits on this channel (to receive or to send).
    pub fn has_waiters(&self) -> bool {
        let st = self.st.lock();
        !st.recvq.is_empty() || !st.sendq.is_empty()
    }

    /// Goroutines waiting to receive and to send (for the inspector and tests).
    pub fn waiting(&self) -> (usize, usize) {
        let st = self.st.lock();
        (st.recvq.len(), st.sendq.len())
    }
}

fn send_locked<T>(
    c: &Chan<T>,
    st: &mut State<T>,
    v: &[u64],
    me: Option<&GRef<T>>,
    park: &mut dyn FnMut(),
    is_select: bool,
    case: usize,
) -> SendRes<T> {
    if st.closed {
        return SendRes::Closed;
    }
    // The value enters the channel, which the collector does not rescan while it marks.
    super::gc::shade(v);
    if let Some(sg) = dequeue(&mut st.recvq) {
        // A receiver is waiting: hand the value over directly.
        sg.elem.lock().copy_from_slice(v);
        sg.success.store(true, Ordering::SeqCst);
        sg.fired.store(true, Ordering::SeqCst);
        return SendRes::Done(Some(sg.g.clone()));
    }
    if st.qcount < c.cap {
        st.buf.extend(v.iter().copied());
        st.qcount += 1;
        return SendRes::Done(None);
    }
    let Some(me) = me else {
        return SendRes::WouldBlock;
    };
    let sg = Sudog::new(me.clone(), v.to_vec(), is_select, case);
    st.sendq.push_back(sg.clone());
    park();
    SendRes::Parked(sg)
}

fn recv_locked<T>(
    c: &Chan<T>,
    st: &mut State<T>,
    out: &mut [u64],
    me: Option<&GRef<T>>,
    park: &mut dyn FnMut(),
    is_select: bool,
    case: usize,
) -> RecvRes<T> {
    let r = recv_locked_inner(c, st, out, me, park, is_select, case);
    if let RecvRes::Done { ok: true, .. } = r {
        // The value leaves the channel for a stack the collector may have scanned already
        // (the deletion half of the barrier, for a table outside the heap).
        super::gc::shade(out);
    }
    r
}

fn recv_locked_inner<T>(
    c: &Chan<T>,
    st: &mut State<T>,
    out: &mut [u64],
    me: Option<&GRef<T>>,
    park: &mut dyn FnMut(),
    is_select: bool,
    case: usize,
) -> RecvRes<T> {
    if st.closed && st.qcount == 0 {
        out.iter_mut().for_each(|w| *w = 0);
        return RecvRes::Done {
            ok: false,
            wake: None,
        };
    }
    if let Some(sg) = dequeue(&mut st.sendq) {
        if c.cap == 0 {
            out.copy_from_slice(&sg.elem.lock());
        } else {
            // A full buffer: take its head, and the sender's value goes to the tail.
            for w in out.iter_mut() {
                *w = st.buf.pop_front().unwrap_or(0);
            }
            st.buf.extend(sg.elem.lock().iter().copied());
        }
        sg.success.store(true, Ordering::SeqCst);
        sg.fired.store(true, Ordering::SeqCst);
        return RecvRes::Done {
            ok: true,
            wake: Some(sg.g.clone()),
        };
    }
    if st.qcount > 0 {
        for w in out.iter_mut() {
            *w = st.buf.pop_front().unwrap_or(0);
        }
        st.qcount -= 1;
        return RecvRes::Done {
            ok: true,
            wake: None,
        };
    }
    let Some(me) = me else {
        return RecvRes::WouldBlock;
    };
    let sg = Sudog::new(me.clone(), vec![0; c.words], is_select, case);
    st.recvq.push_back(sg.clone());
    park();
    RecvRes::Parked(sg)
}

/// One case of a `select`.
pub struct SelCase<'a, T> {
    /// None for a nil channel (never ready).
    pub ch: Option<Arc<Chan<T>>>,
    /// The value to send; None for a receive.
    pub send: Option<&'a [u64]>,
}

/// How a `select` went.
pub enum SelRes<T> {
    /// Case `case` happened. For a receive the value is in `out` and `ok` tells whether
    /// it was sent; a goroutine to make runnable, if one was waiting.
    Ready {
        case: usize,
        ok: bool,
        wake: Option<GRef<T>>,
    },
    /// Case `case` sends on a closed channel: Go panics.
    SendClosed { case: usize },
    /// No case was ready and the select has a default.
    Default,
    /// Parked on every case (channel, sudog per case with a channel).
    Parked(Vec<(Arc<Chan<T>>, Arc<Sudog<T>>)>),
    /// No case has a channel and there is no default: blocks forever.
    Never,
}

/// Go's `selectgo`: `rand(n)` gives a number below n (the poll order's shuffle).
pub fn select<T>(
    cases: &[SelCase<'_, T>],
    block: bool,
    me: &GRef<T>,
    out: &mut Vec<u64>,
    rand: &mut dyn FnMut(usize) -> usize,
    park: &mut dyn FnMut(),
) -> SelRes<T> {
    // Poll order: a random permutation of the cases with channels.
    let mut order: Vec<usize> = Vec::with_capacity(cases.len());
    for (i, c) in cases.iter().enumerate() {
        if c.ch.is_none() {
            continue;
        }
        let j = rand(order.len() + 1);
        order.push(i);
        let last = order.len() - 1;
        order.swap(j, last);
    }
    if order.is_empty() {
        return if block {
            SelRes::Never
        } else {
            SelRes::Default
        };
    }
    // Lock order: by channel address, each channel once.
    let mut chans: Vec<Arc<Chan<T>>> = order.iter().filter_map(|&i| cases[i].ch.clone()).collect();
    chans.sort_by_key(|c| Arc::as_ptr(c) as usize);
    chans.dedup_by(|a, b| Arc::ptr_eq(a, b));
    let mut guards: Vec<MutexGuard<'_, State<T>>> = chans.iter().map(|c| c.st.lock()).collect();
    let slot = |c: &Arc<Chan<T>>| {
        chans
            .iter()
            .position(|x| Arc::ptr_eq(x, c))
            .expect("a locked channel")
    };
    let mut nop = || {};
    // Pass 1: a case that can go now.
    for &i in &order {
        let c = cases[i].ch.as_ref().expect("a channel");
        let st = &mut guards[slot(c)];
        match cases[i].send {
            Some(v) => match send_locked(c, st, v, None, &mut nop, false, i) {
                SendRes::Done(wake) => {
                    return SelRes::Ready {
                        case: i,
                        ok: true,
                        wake,
                    };
                }
                SendRes::Closed => return SelRes::SendClosed { case: i },
                _ => {}
            },
            None => {
                out.clear();
                out.resize(c.words, 0);
                if let RecvRes::Done { ok, wake } =
                    recv_locked(c, st, out, None, &mut nop, false, i)
                {
                    return SelRes::Ready { case: i, ok, wake };
                }
            }
        }
    }
    if !block {
        return SelRes::Default;
    }
    // Pass 2: wait on every case.
    me.sel_done.store(false, Ordering::SeqCst);
    let mut parked = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let Some(c) = &case.ch else { continue };
        let st = &mut guards[slot(c)];
        let sg = match case.send {
            Some(v) => {
                let sg = Sudog::new(me.clone(), v.to_vec(), true, i);
                st.sendq.push_back(sg.clone());
                sg
            }
            None => {
                let sg = Sudog::new(me.clone(), vec![0; c.words], true, i);
                st.recvq.push_back(sg.clone());
                sg
            }
        };
        parked.push((c.clone(), sg));
    }
    park();
    drop(guards);
    SelRes::Parked(parked)
}

/// After a goroutine parked in `select` was woken: takes its sudogs off every channel and
/// returns the one that fired.
pub fn select_done<T>(parked: &[(Arc<Chan<T>>, Arc<Sudog<T>>)]) -> Option<Arc<Sudog<T>>> {
    let mut chans: Vec<Arc<Chan<T>>> = parked.iter().map(|(c, _)| c.clone()).collect();
    chans.sort_by_key(|c| Arc::as_ptr(c) as usize);
    chans.dedup_by(|a, b| Arc::ptr_eq(a, b));
    let mut guards: Vec<MutexGuard<'_, State<T>>> = chans.iter().map(|c| c.st.lock()).collect();
    let mut fired = None;
    for (c, sg) in parked {
        let i = chans
            .iter()
            .position(|x| Arc::ptr_eq(x, c))
            .expect("a locked channel");
        Chan::forget(&mut guards[i], sg);
        if sg.fired.load(Ordering::SeqCst) && fired.is_none() {
            fired = Some(sg.clone());
        }
    }
    fired
}

#[cfg(all(test, loom))]
mod loom_tests;
#[cfg(all(test, not(loom)))]
mod tests;
