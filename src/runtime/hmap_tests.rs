//! Unit tests of the hmap over a test memory of atomic words (the real heap binds
//! [`MapMem`] later). Expected values come from go1.23.5 runs recorded in
//! `/work/shared/reference/go-runtime-1.23.md` §1a (marked **V** there).

use super::*;
use crate::runtime::alg::{DynType, KeyField};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

const BASE: u64 = 0xc000000000;

#[derive(Clone, Debug, PartialEq)]
pub struct Fault(&'static str, u64);

/// A flat memory of `AtomicU64` words at VM addresses from `BASE`, with a bump
/// allocator. Sub-word stores are compare-and-swap loops on the containing word, as in
/// the heap's option A; every access is bounds- and alignment-checked.
pub struct TestMem {
    words: Box<[AtomicU64]>,
    next: AtomicU64,
}

impl TestMem {
    pub fn new(bytes: u64) -> TestMem {
        let n = (bytes / 8) as usize;
        let layout = std::alloc::Layout::array::<AtomicU64>(n).unwrap();
        // SAFETY: the all-zero bit pattern is a valid AtomicU64, and a Box<[AtomicU64]>
        // of n elements is deallocated with exactly this layout.
        let words = unsafe {
            let p = std::alloc::alloc_zeroed(layout) as *mut AtomicU64;
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, n))
        };
        // The first 16 bytes are the zero-size allocation (`zerobase`).
        TestMem {
            words,
            next: AtomicU64::new(16),
        }
    }

    #[inline]
    fn word(&self, a: u64, size: u64) -> Result<(&AtomicU64, u32), Fault> {
        if a % size != 0 {
            return Err(Fault("misaligned", a));
        }
        let off = a.wrapping_sub(BASE);
        let w = self
            .words
            .get((off / 8) as usize)
            .filter(|_| a >= BASE)
            .ok_or(Fault("bad address", a))?;
        Ok((w, ((off % 8) * 8) as u32))
    }

    fn load_sub(&self, a: u64, size: u64) -> Result<u64, Fault> {
        let (w, sh) = self.word(a, size)?;
        let mask = if size == 8 {
            u64::MAX
        } else {
            (1 << (size * 8)) - 1
        };
        Ok((w.load(Ordering::Relaxed) >> sh) & mask)
    }

    fn store_sub(&self, a: u64, size: u64, v: u64) -> Result<(), Fault> {
        let (w, sh) = self.word(a, size)?;
        if size == 8 {
            w.store(v, Ordering::Relaxed);
            return Ok(());
        }
        let mask = ((1u64 << (size * 8)) - 1) << sh;
        let mut old = w.load(Ordering::Relaxed);
        loop {
            let new = (old & !mask) | ((v << sh) & mask);
            match w.compare_exchange_weak(old, new, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return Ok(()),
                Err(x) => old = x,
            }
        }
    }
}

/// gc's size classes (runtime/sizeclasses.go), for `roundupsize`.
fn class_size(n: u64) -> u64 {
    const CLASSES: [u64; 67] = [
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
        28672, 32768,
    ];
    CLASSES.iter().copied().find(|&c| c >= n).unwrap_or(n)
}

impl MapMem for TestMem {
    type Fault = Fault;
    fn load_u8(&self, a: u64) -> Result<u8, Fault> {
        Ok(self.load_sub(a, 1)? as u8)
    }
    fn load_u16(&self, a: u64) -> Result<u16, Fault> {
        Ok(self.load_sub(a, 2)? as u16)
    }
    fn load_u32(&self, a: u64) -> Result<u32, Fault> {
        Ok(self.load_sub(a, 4)? as u32)
    }
    fn load_u64(&self, a: u64) -> Result<u64, Fault> {
        self.load_sub(a, 8)
    }
    fn store_u8(&self, a: u64, v: u8) -> Result<(), Fault> {
        self.store_sub(a, 1, v as u64)
    }
    fn store_u16(&self, a: u64, v: u16) -> Result<(), Fault> {
        self.store_sub(a, 2, v as u64)
    }
    fn store_u32(&self, a: u64, v: u32) -> Result<(), Fault> {
        self.store_sub(a, 4, v as u64)
    }
    fn store_u64(&self, a: u64, v: u64) -> Result<(), Fault> {
        self.store_sub(a, 8, v)
    }
    fn store_ptr(&self, slot: u64, v: u64) -> Result<(), Fault> {
        self.store_sub(slot, 8, v)
    }
    fn or_u8(&self, a: u64, v: u8) -> Result<(), Fault> {
        let (w, sh) = self.word(a, 1)?;
        w.fetch_or((v as u64) << sh, Ordering::Relaxed);
        Ok(())
    }
    fn memmove(&self, dst: u64, src: u64, n: u64, _ptrs: bool) -> Result<(), Fault> {
        if dst % 8 == 0 && src % 8 == 0 && n % 8 == 0 {
            let idx: Vec<u64> = if dst <= src {
                (0..n / 8).collect()
            } else {
                (0..n / 8).rev().collect()
            };
            for i in idx {
                let v = self.load_u64(src + i * 8)?;
                self.store_u64(dst + i * 8, v)?;
            }
        } else {
            let idx: Vec<u64> = if dst <= src {
                (0..n).collect()
            } else {
                (0..n).rev().collect()
            };
            for i in idx {
                let v = self.load_u8(src + i)?;
                self.store_u8(dst + i, v)?;
            }
        }
        Ok(())
    }
    fn memclr(&self, dst: u64, n: u64, _ptrs: bool) -> Result<(), Fault> {
        for i in 0..n {
            if (dst + i) % 8 == 0 && n - i >= 8 {
                continue;
            }
            self.store_u8(dst + i, 0)?;
        }
        let mut a = dst.next_multiple_of(8);
        while a + 8 <= dst + n {
            self.store_u64(a, 0)?;
            a += 8;
        }
        Ok(())
    }
    fn alloc(&self, elem_size: u64, count: u64, _mask: &[u64]) -> Result<u64, Fault> {
        let size = elem_size
            .checked_mul(count)
            .ok_or(Fault("alloc overflow", 0))?;
        if size == 0 {
            return Ok(BASE);
        }
        let size = size.next_multiple_of(8);
        let off = self.next.fetch_add(size, Ordering::Relaxed);
        if off + size > self.words.len() as u64 * 8 {
            return Err(Fault("out of memory", size));
        }
        Ok(BASE + off)
    }
    fn roundupsize(&self, size: u64, noscan: bool) -> u64 {
        crate::runtime::slice::round_up_size(size, noscan, class_size)
    }
}

/// A map type and a memory, with a scratch slot for keys.
struct Fx {
    m: TestMem,
    t: MapType,
    k: u64,
}

fn zero_val(m: &TestMem) -> u64 {
    m.alloc(1024, 1, &[0]).unwrap()
}

/// `map[int]int`.
fn int_map() -> Fx {
    let m = TestMem::new(64 << 20);
    let z = zero_val(&m);
    let t = MapType::new(8, vec![0], KeyAlg::Mem { size: 8 }, 8, vec![0], None, z);
    let k = m.alloc(8, 1, &[0]).unwrap();
    Fx { m, t, k }
}

/// `map[float64]int`.
fn float_map() -> Fx {
    let m = TestMem::new(16 << 20);
    let z = zero_val(&m);
    let t = MapType::new(8, vec![0], KeyAlg::Float64, 8, vec![0], None, z);
    let k = m.alloc(8, 1, &[0]).unwrap();
    Fx { m, t, k }
}

impl Fx {
    fn set(&self, h: u64, k: u64, v: u64) {
        self.m.store_u64(self.k, k).unwrap();
        let e = mapassign(&self.t, &self.m, h, self.k).unwrap();
        self.m.store_u64(e, v).unwrap();
    }
    fn get(&self, h: u64, k: u64) -> Option<u64> {
        self.m.store_u64(self.k, k).unwrap();
        let (e, ok) = mapaccess2(&self.t, &self.m, h, self.k).unwrap();
        let v = self.m.load_u64(e).unwrap();
        if !ok {
            assert_eq!(v, 0, "a miss returns the zero value");
        }
        ok.then_some(v)
    }
    fn del(&self, h: u64, k: u64) {
        self.m.store_u64(self.k, k).unwrap();
        mapdelete(&self.t, &self.m, h, self.k).unwrap();
    }
    fn len(&self, h: u64) -> i64 {
        maplen(&self.m, h).unwrap()
    }
    fn hdr(&self, h: u64) -> MapView {
        inspect(&self.t, &self.m, h).unwrap()
    }
    /// The keys of one full range over the map, in iteration order.
    fn keys(&self, h: u64) -> Vec<u64> {
        let mut it = Hiter::default();
        let mut out = vec![];
        mapiterinit(&self.t, &self.m, h, &mut it).unwrap();
        while it.key != 0 {
            out.push(self.m.load_u64(it.key).unwrap());
            mapiternext(&self.t, &self.m, &mut it).unwrap();
        }
        out
    }
}

/// Growth points for keys 0,1,2,… inserted one at a time: the B-becomes column and
/// the still-growing column of the brief's table (§1a "growth thresholds", measured
/// with go1.23.5 by reading hmap through unsafe).
#[test]
fn growth_points_match_go() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    // (insert #, B becomes, still growing after that insert)
    let expect = [
        (9, 1, false),
        (14, 2, false),
        (27, 3, true),
        (53, 4, true),
        (105, 5, true),
        (209, 6, true),
        (417, 7, true),
        (833, 8, true),
        (1665, 9, true),
    ];
    let mut b = 0u8;
    let mut grow_started = 0u64;
    let mut seen = vec![];
    for n in 1..=2000u64 {
        fx.set(h, n - 1, n * 10);
        let v = fx.hdr(h);
        if v.b != b {
            assert_eq!(v.b, b + 1, "B grows by one");
            b = v.b;
            grow_started = n;
            seen.push((n, v.b, v.oldbuckets != 0));
        } else if v.oldbuckets == 0 && grow_started != 0 {
            // Each write evacuates at least one old bucket, so a grow over 2^(B-1) old
            // buckets ends within that many inserts.
            assert!(n - grow_started <= 1 << (b - 1), "grow finished late");
            grow_started = 0;
        }
    }
    assert_eq!(seen, expect.map(|(n, b, g)| (n, b, g)).to_vec());
    assert_eq!(fx.len(h), 2000);
    for k in 0..2000 {
        assert_eq!(fx.get(h, k), Some((k + 1) * 10));
    }
    assert_eq!(fx.get(h, 2000), None);
}

/// `make(map[int]int, hint)` B values from go1.23.5 (brief §1a).
#[test]
fn makemap_hint_b_values_match_go() {
    let fx = int_map();
    for (hint, want) in [
        (0, 0),
        (8, 0),
        (9, 1),
        (13, 1),
        (14, 2),
        (26, 2),
        (27, 3),
        (52, 3),
        (53, 4),
        (100, 4),
        (105, 5),
        (1000, 8),
    ] {
        let h = makemap(&fx.t, &fx.m, hint).unwrap();
        let v = fx.hdr(h);
        assert_eq!(v.b, want, "hint {hint}");
        assert_eq!(
            v.buckets != 0,
            want != 0,
            "buckets allocated eagerly only when B>0"
        );
    }
    // Overflowing hints are treated as 0.
    let h = makemap(&fx.t, &fx.m, i64::MAX).unwrap();
    assert_eq!(fx.hdr(h).b, 0);
}

/// makeBucketArray preallocates 2^(B-4) overflow buckets rounded up to the size class:
/// 17 buckets of 144 bytes = 2448 → class 2688 → 18 buckets, 2 of them spare.
#[test]
fn makemap_preallocates_overflow_buckets() {
    let fx = int_map();
    let h = makemap(&fx.t, &fx.m, 100).unwrap();
    let v = fx.hdr(h);
    assert_eq!(v.b, 4);
    assert_ne!(v.extra, 0);
    assert_eq!(v.extra_next_overflow, v.buckets + 16 * 144);
    let last = v.buckets + 17 * 144;
    assert_eq!(
        fx.m.load_u64(last + 144 - 8).unwrap(),
        v.buckets,
        "end sentinel"
    );
    assert_eq!(fx.t.bucket_size, 144);
}

/// A 3-key map inserted 1,2,3 ranges as `1 2 3` 75%, `2 3 1` 12.5%, `3 1 2` 12.5% (V:
/// go1.23.5, 80,000 ranges).
#[test]
fn three_key_iteration_order_distribution() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 1..=3 {
        fx.set(h, k, k);
    }
    let mut counts: HashMap<Vec<u64>, u32> = HashMap::new();
    let n = 20000;
    for _ in 0..n {
        *counts.entry(fx.keys(h)).or_default() += 1;
    }
    assert_eq!(counts.len(), 3, "{counts:?}");
    let frac = |o: &[u64]| counts.get(o).copied().unwrap_or(0) as f64 / n as f64;
    assert!((frac(&[1, 2, 3]) - 0.75).abs() < 0.02, "{counts:?}");
    assert!((frac(&[2, 3, 1]) - 0.125).abs() < 0.015, "{counts:?}");
    assert!((frac(&[3, 1, 2]) - 0.125).abs() < 0.015, "{counts:?}");
}

/// Eight keys fill one bucket: exactly the 8 rotations of insertion order (V).
#[test]
fn eight_keys_give_the_eight_rotations() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..8 {
        fx.set(h, k, k);
    }
    let mut counts: HashMap<Vec<u64>, u32> = HashMap::new();
    for _ in 0..8000 {
        *counts.entry(fx.keys(h)).or_default() += 1;
    }
    assert_eq!(counts.len(), 8);
    for (order, c) in &counts {
        let r = order[0] as usize;
        let rot: Vec<u64> = (0..8).map(|i| ((i + r) % 8) as u64).collect();
        assert_eq!(order, &rot);
        assert!((700..1300).contains(c), "{counts:?}");
    }
}

/// NaN keys (V): two inserts give len 2, lookups miss, delete removes nothing, clear
/// removes everything.
#[test]
fn nan_keys() {
    let fx = float_map();
    let h = makemap_small(&fx.m).unwrap();
    let nan = f64::NAN.to_bits();
    fx.set(h, nan, 1);
    fx.set(h, nan, 2);
    fx.set(h, 1.0f64.to_bits(), 3);
    assert_eq!(fx.len(h), 3);
    assert_eq!(fx.get(h, nan), None);
    fx.del(h, nan);
    assert_eq!(fx.len(h), 3);
    let ks = fx.keys(h);
    assert_eq!(
        ks.iter().filter(|&&k| f64::from_bits(k).is_nan()).count(),
        2
    );
    // Deleting every key seen in a range leaves the NaNs (the compiler does not turn the
    // loop into mapclear for non-reflexive keys).
    for k in ks {
        fx.del(h, k);
    }
    assert_eq!(fx.len(h), 2);
    mapclear(&fx.t, &fx.m, h).unwrap();
    assert_eq!(fx.len(h), 0);
    assert!(fx.keys(h).is_empty());
}

/// NaN keys survive growth with an iterator running (evacuation uses top&1) and are
/// returned exactly once each.
#[test]
fn nan_keys_across_grow_during_iteration() {
    let fx = float_map();
    let h = makemap_small(&fx.m).unwrap();
    for i in 0..6 {
        fx.set(h, f64::NAN.to_bits(), i);
    }
    let mut it = Hiter::default();
    mapiterinit(&fx.t, &fx.m, h, &mut it).unwrap();
    let mut nans = 0;
    let mut n = 0u64;
    while it.key != 0 {
        if f64::from_bits(fx.m.load_u64(it.key).unwrap()).is_nan() {
            nans += 1;
        }
        for _ in 0..10 {
            n += 1;
            fx.set(h, (n as f64).to_bits(), n);
        }
        mapiternext(&fx.t, &fx.m, &mut it).unwrap();
    }
    assert_eq!(nans, 6);
    assert!(fx.hdr(h).b >= 2, "the map grew during the loop");
}

/// `m[0.0]=1; m[-0.0]=2` gives one entry whose key is -0 (V: prints `map[-0:2]`).
#[test]
fn plus_and_minus_zero_share_one_entry_with_key_update() {
    let fx = float_map();
    let h = makemap_small(&fx.m).unwrap();
    fx.set(h, 0.0f64.to_bits(), 1);
    fx.set(h, (-0.0f64).to_bits(), 2);
    assert_eq!(fx.len(h), 1);
    let mut it = Hiter::default();
    mapiterinit(&fx.t, &fx.m, h, &mut it).unwrap();
    assert_eq!(fx.m.load_u64(it.key).unwrap(), (-0.0f64).to_bits());
    assert_eq!(fx.m.load_u64(it.elem).unwrap(), 2);
    assert_eq!(fx.get(h, 0.0f64.to_bits()), Some(2));
}

/// Deleting during a range: an entry removed before it is reached is not produced, and
/// every other entry is produced exactly once.
#[test]
fn deletion_during_iteration() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..200 {
        fx.set(h, k, k);
    }
    let mut it = Hiter::default();
    mapiterinit(&fx.t, &fx.m, h, &mut it).unwrap();
    let mut seen = HashSet::new();
    let mut deleted = HashSet::new();
    while it.key != 0 {
        let k = fx.m.load_u64(it.key).unwrap();
        assert!(!deleted.contains(&k), "deleted key {k} produced");
        assert!(seen.insert(k), "key {k} produced twice");
        assert_eq!(fx.m.load_u64(it.elem).unwrap(), k);
        // Delete this key and one not yet seen.
        fx.del(h, k);
        let other = (k * 7 + 3) % 200;
        if !seen.contains(&other) {
            fx.del(h, other);
            deleted.insert(other);
        }
        mapiternext(&fx.t, &fx.m, &mut it).unwrap();
    }
    for k in 0..200 {
        assert!(seen.contains(&k) ^ deleted.contains(&k), "key {k}");
    }
    assert_eq!(fx.len(h), 0);
}

/// Inserting during a range, across grows: every key present before the loop and not
/// deleted is produced exactly once (Go spec), whether the iterator started before the
/// grow or in the middle of one.
#[test]
fn insertion_during_iteration_across_grow() {
    for initial in [50u64, 27, 30, 60, 105] {
        let fx = int_map();
        let h = makemap_small(&fx.m).unwrap();
        for k in 0..initial {
            fx.set(h, k, k);
        }
        let start = fx.hdr(h);
        let mut it = Hiter::default();
        mapiterinit(&fx.t, &fx.m, h, &mut it).unwrap();
        let mut seen = HashMap::new();
        let mut next = 1_000_000u64;
        while it.key != 0 {
            let k = fx.m.load_u64(it.key).unwrap();
            *seen.entry(k).or_insert(0) += 1;
            for _ in 0..5 {
                fx.set(h, next, next);
                next += 1;
            }
            // Also update an existing key: the iterator must see the new value.
            fx.set(h, (k + 1) % initial, 7777);
            mapiternext(&fx.t, &fx.m, &mut it).unwrap();
        }
        for k in 0..initial {
            assert_eq!(seen.get(&k), Some(&1), "key {k} with {initial} initial");
        }
        assert!(seen.values().all(|&c| c == 1));
        let end = fx.hdr(h);
        assert!(end.b > start.b, "a grow happened during the loop");
        assert_eq!(fx.len(h), (initial + next - 1_000_000) as i64);
    }
}

/// An iterator started in the middle of a grow sees updated values for keys that were
/// evacuated after it started.
#[test]
fn iterator_started_mid_grow_sees_current_values() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..27 {
        fx.set(h, k, k);
    }
    assert_ne!(fx.hdr(h).oldbuckets, 0, "still growing after insert 27");
    let mut it = Hiter::default();
    mapiterinit(&fx.t, &fx.m, h, &mut it).unwrap();
    let mut seen = HashMap::new();
    while it.key != 0 {
        let k = fx.m.load_u64(it.key).unwrap();
        let v = fx.m.load_u64(it.elem).unwrap();
        assert!(seen.insert(k, v).is_none());
        for j in 0..27 {
            fx.set(h, j, 100 + j);
        }
        mapiternext(&fx.t, &fx.m, &mut it).unwrap();
    }
    assert_eq!(seen.len(), 27);
    assert!(seen.values().filter(|&&v| v >= 100).count() >= 26);
}

/// A 100-entry map churned by insert+delete pairs stays at B=4 and goes through
/// same-size grows (V: 200,000 pairs, sameSizeGrow seen during 1,366 operations).
#[test]
fn churn_triggers_same_size_grow_and_b_stays() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..100 {
        fx.set(h, k, k);
    }
    assert_eq!(fx.hdr(h).b, 4);
    let mut same_size_ops = 0;
    for i in 100..20100u64 {
        fx.set(h, i, i);
        fx.del(h, i - 100);
        let v = fx.hdr(h);
        assert_eq!(v.b, 4);
        if v.flags & SAME_SIZE_GROW != 0 {
            same_size_ops += 1;
            assert_ne!(v.oldbuckets, 0);
        }
    }
    assert!(same_size_ops > 0, "no same-size grow seen");
    assert_eq!(fx.len(h), 100);
    for k in 20000..20100 {
        assert_eq!(fx.get(h, k), Some(k));
    }
}

/// hash0 changes when a delete empties the map and on clear; B never shrinks.
#[test]
fn seed_rerandomised_and_b_never_shrinks() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..100 {
        fx.set(h, k, k);
    }
    let s0 = fx.hdr(h).hash0;
    for k in 0..99 {
        fx.del(h, k);
    }
    assert_eq!(fx.hdr(h).hash0, s0, "unchanged while entries remain");
    fx.del(h, 99);
    let v = fx.hdr(h);
    assert_ne!(v.hash0, s0);
    assert_eq!(v.b, 4);
    for k in 0..10 {
        fx.set(h, k, k);
    }
    let s1 = fx.hdr(h).hash0;
    let buckets = fx.hdr(h).buckets;
    mapclear(&fx.t, &fx.m, h).unwrap();
    let v = fx.hdr(h);
    assert_ne!(v.hash0, s1);
    assert_eq!((v.b, v.count, v.buckets), (4, 0, buckets));
    assert!(
        v.bucket_chains
            .iter()
            .flatten()
            .all(|b| b.tophash == [EMPTY_REST; 8])
    );
    // Two maps with the same contents have different seeds.
    let h2 = makemap_small(&fx.m).unwrap();
    assert_ne!(fx.hdr(h2).hash0, fx.hdr(h).hash0);
}

/// The inspector's bucket view agrees with count, and tophash values are valid.
#[test]
fn inspect_agrees_with_count() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..300 {
        fx.set(h, k, k + 1);
    }
    let v = fx.hdr(h);
    let live = |chains: &Vec<Vec<BucketView>>| {
        let mut n = 0;
        for b in chains.iter().flatten() {
            for i in 0..8 {
                if b.tophash[i] >= MIN_TOP_HASH {
                    n += 1;
                    let k = fx.m.load_u64(b.keys[i]).unwrap();
                    assert_eq!(fx.m.load_u64(b.elems[i]).unwrap(), k + 1);
                }
            }
        }
        n
    };
    let old_live = if v.oldbuckets != 0 {
        let mut n = 0;
        for b in v.old_bucket_chains.iter().flatten() {
            n += b.tophash.iter().filter(|&&t| t >= MIN_TOP_HASH).count();
        }
        n
    } else {
        0
    };
    assert_eq!(live(&v.bucket_chains) + old_live, 300);
    assert_eq!(v.bucket_chains.len(), 1 << v.b);
}

/// The hashWriting protocol: a second writer simulated by setting the flag.
#[test]
fn flags_protocol_reports_go_fatals() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..20 {
        fx.set(h, k, k);
    }
    let flags = h + H_FLAGS;
    let set_writing = || {
        let f = fx.m.load_u8(flags).unwrap();
        fx.m.store_u8(flags, f | HASH_WRITING).unwrap();
    };
    let clear_writing = || {
        let f = fx.m.load_u8(flags).unwrap();
        fx.m.store_u8(flags, f & !HASH_WRITING).unwrap();
    };
    fx.m.store_u64(fx.k, 3).unwrap();
    set_writing();
    let e = mapassign(&fx.t, &fx.m, h, fx.k).unwrap_err();
    assert_eq!(e, MapError::Fatal(MapFatal::ConcurrentWrites));
    let e = mapaccess1(&fx.t, &fx.m, h, fx.k).unwrap_err();
    assert_eq!(e, MapError::Fatal(MapFatal::ConcurrentReadWrite));
    let e = mapdelete(&fx.t, &fx.m, h, fx.k).unwrap_err();
    assert_eq!(e, MapError::Fatal(MapFatal::ConcurrentWrites));
    let e = mapclear(&fx.t, &fx.m, h).unwrap_err();
    assert_eq!(e, MapError::Fatal(MapFatal::ConcurrentWrites));
    // mapaccessK (used by iterators) does not check.
    assert!(mapaccess_k(&fx.t, &fx.m, h, fx.k).unwrap().is_some());
    clear_writing();
    let mut it = Hiter::default();
    mapiterinit(&fx.t, &fx.m, h, &mut it).unwrap();
    assert_eq!(fx.hdr(h).flags & (ITERATOR | OLD_ITERATOR), 3);
    mapiternext(&fx.t, &fx.m, &mut it).unwrap();
    set_writing();
    let e = mapiternext(&fx.t, &fx.m, &mut it).unwrap_err();
    assert_eq!(e, MapError::Fatal(MapFatal::ConcurrentIterationWrite));
    // Lost updates (a writer whose bit another writer's XOR cancelled) are covered by
    // `lost_flag_update_is_caught_at_done`.
    clear_writing();
    assert_eq!(fx.hdr(h).flags & HASH_WRITING, 0);
    // Empty and nil maps are not checked.
    let e2 = makemap_small(&fx.m).unwrap();
    let f = fx.m.load_u8(e2 + H_FLAGS).unwrap();
    fx.m.store_u8(e2 + H_FLAGS, f | HASH_WRITING).unwrap();
    assert!(mapaccess2(&fx.t, &fx.m, e2, fx.k).is_ok());
    assert!(mapdelete(&fx.t, &fx.m, e2, fx.k).is_ok());
    assert_eq!(
        MapFatal::ConcurrentWrites.message(),
        "concurrent map writes"
    );
    assert_eq!(
        MapFatal::ConcurrentReadWrite.message(),
        "concurrent map read and map write"
    );
    assert_eq!(
        MapFatal::ConcurrentIterationWrite.message(),
        "concurrent map iteration and map write"
    );
}

/// Two threads assigning to one map through the atomic memory: at least one sees
/// `concurrent map writes` within bounded time, and nothing panics in Rust.
#[test]
fn concurrent_writers_are_detected() {
    let m = TestMem::new(256 << 20);
    let z = zero_val(&m);
    let t = MapType::new(8, vec![0], KeyAlg::Mem { size: 8 }, 8, vec![0], None, z);
    let h = makemap_small(&m).unwrap();
    let stop = AtomicBool::new(false);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let results: Vec<Option<MapError<Fault>>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..2u64)
            .map(|id| {
                let (m, t, stop) = (&m, &t, &stop);
                s.spawn(move || {
                    let kslot = m.alloc(8, 1, &[0]).unwrap();
                    let mut i = 0u64;
                    while !stop.load(Ordering::Relaxed) && std::time::Instant::now() < deadline {
                        i += 1;
                        let key = (i * 2 + id) % 5000;
                        m.store_u64(kslot, key).unwrap();
                        match mapassign(t, m, h, kslot) {
                            Ok(e) => {
                                // A racing grow can hand out a stale slot; a
                                // fault storing through it is an acceptable outcome.
                                let _ = m.store_u64(e, i);
                            }
                            Err(e) => {
                                stop.store(true, Ordering::Relaxed);
                                return Some(e);
                            }
                        }
                        if i % 3 == 0 {
                            let _ = m.store_u64(kslot, key / 2);
                            if let Err(e) = mapdelete(t, m, h, kslot) {
                                stop.store(true, Ordering::Relaxed);
                                return Some(e);
                            }
                        }
                    }
                    None
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    assert!(
        results
            .iter()
            .any(|r| r == &Some(MapError::Fatal(MapFatal::ConcurrentWrites))),
        "{results:?}"
    );
}

/// The nil map: reads give zero, len 0, delete is a no-op, range runs 0 times, and
/// assignment panics with `assignment to entry in nil map` (no "runtime error: ").
#[test]
fn nil_map_behaviour() {
    let fx = int_map();
    assert_eq!(fx.get(0, 5), None);
    assert_eq!(fx.len(0), 0);
    fx.del(0, 5);
    assert!(fx.keys(0).is_empty());
    fx.m.store_u64(fx.k, 1).unwrap();
    let e = mapassign(&fx.t, &fx.m, 0, fx.k).unwrap_err();
    assert_eq!(e, MapError::Panic(MapPanic::AssignmentToNilMap));
    if let MapError::Panic(p) = e {
        assert_eq!(p.message(), "assignment to entry in nil map");
    }
}

/// Dynamic types for interface keys: 1 = int (boxed), 2 = []int (unhashable), 3 = *int
/// (pointer-shaped, stored in the data word), 4 = float64 (boxed).
struct Types {
    int: KeyAlg,
    ptr: KeyAlg,
    f64: KeyAlg,
}

impl DynTypes for Types {
    fn lookup(&self, tw: u64) -> DynType<'_> {
        match tw {
            1 => DynType {
                name: "int",
                alg: Some(&self.int),
                direct: false,
            },
            3 => DynType {
                name: "*int",
                alg: Some(&self.ptr),
                direct: true,
            },
            4 => DynType {
                name: "float64",
                alg: Some(&self.f64),
                direct: false,
            },
            _ => DynType {
                name: "[]int",
                alg: None,
                direct: false,
            },
        }
    }
}

fn iface_map() -> (TestMem, MapType) {
    let m = TestMem::new(16 << 20);
    let z = zero_val(&m);
    let types = Arc::new(Types {
        int: KeyAlg::Mem { size: 8 },
        ptr: KeyAlg::Mem { size: 8 },
        f64: KeyAlg::Float64,
    });
    let t = MapType::new(
        16,
        vec![0b11],
        KeyAlg::Interface,
        8,
        vec![0],
        Some(types),
        z,
    );
    (m, t)
}

/// Interface keys: equal dynamic values are one key; an unhashable dynamic type panics
/// `runtime error: hash of unhashable type []int` on assign, and on lookup and delete even
/// in empty and nil maps (V; golang/go#23734).
#[test]
fn interface_keys_and_unhashable_types() {
    let (m, t) = iface_map();
    assert!(t.need_key_update && !t.reflexive_key && t.hash_might_panic);
    let key = m.alloc(16, 1, &[0b11]).unwrap();
    let boxed = |v: u64| {
        let b = m.alloc(8, 1, &[0]).unwrap();
        m.store_u64(b, v).unwrap();
        b
    };
    let set = |tw: u64, data: u64, v: u64| -> Result<(), MapError<Fault>> {
        m.store_u64(key, tw).unwrap();
        m.store_u64(key + 8, data).unwrap();
        let h = m.load_u64(BASE + 8).unwrap();
        let e = mapassign(&t, &m, h, key)?;
        m.store_u64(e, v).unwrap();
        Ok(())
    };
    let h = makemap_small(&m).unwrap();
    m.store_u64(BASE + 8, h).unwrap();
    let unh = MapError::Panic(MapPanic::UnhashableType("[]int".into()));
    // Lookup and delete on the empty map already panic.
    m.store_u64(key, 2).unwrap();
    assert_eq!(mapaccess2(&t, &m, h, key).unwrap_err(), unh);
    assert_eq!(mapdelete(&t, &m, 0, key).unwrap_err(), unh);
    assert_eq!(mapaccess1(&t, &m, 0, key).unwrap_err(), unh);
    set(1, boxed(5), 50).unwrap();
    set(1, boxed(5), 51).unwrap();
    set(3, 0xc000000100, 60).unwrap();
    set(4, boxed(2.5f64.to_bits()), 70).unwrap();
    set(0, 0, 80).unwrap(); // nil interface
    assert_eq!(maplen(&m, h).unwrap(), 4);
    assert_eq!(set(2, boxed(1), 1).unwrap_err(), unh);
    assert_eq!(maplen(&m, h).unwrap(), 4);
    assert_eq!(fx_msg(&unh), "runtime error: hash of unhashable type []int");
    // A failed assignment leaves the flag clear: the next write works.
    set(1, boxed(6), 90).unwrap();
    m.store_u64(key, 1).unwrap();
    m.store_u64(key + 8, boxed(5)).unwrap();
    let (e, ok) = mapaccess2(&t, &m, h, key).unwrap();
    assert!(ok);
    assert_eq!(m.load_u64(e).unwrap(), 51);
    // Same dynamic value, different type word: a different key.
    m.store_u64(key, 4).unwrap();
    m.store_u64(key + 8, boxed(5)).unwrap();
    assert!(!mapaccess2(&t, &m, h, key).unwrap().1);
}

fn fx_msg(e: &MapError<Fault>) -> String {
    match e {
        MapError::Panic(p) => p.message(),
        MapError::Fatal(f) => f.message().to_string(),
        MapError::Fault(f) => format!("{f:?}"),
    }
}

/// String keys hash and compare the bytes they point to; an equal key with another
/// backing array replaces the stored header (needkeyupdate).
#[test]
fn string_keys() {
    let m = TestMem::new(16 << 20);
    let z = zero_val(&m);
    let t = MapType::new(16, vec![0b01], KeyAlg::String, 8, vec![0], None, z);
    assert!(t.bucket_has_pointers);
    let key = m.alloc(16, 1, &[1]).unwrap();
    let mkstr = |s: &str| {
        let p = m.alloc(s.len() as u64, 1, &[0]).unwrap();
        for (i, b) in s.bytes().enumerate() {
            m.store_u8(p + i as u64, b).unwrap();
        }
        (p, s.len() as u64)
    };
    let h = makemap_small(&m).unwrap();
    let words: Vec<String> = (0..500)
        .map(|i| format!("key-{i}-{}", "x".repeat(i % 70)))
        .collect();
    for (i, w) in words.iter().enumerate() {
        let (p, l) = mkstr(w);
        m.store_u64(key, p).unwrap();
        m.store_u64(key + 8, l).unwrap();
        let e = mapassign(&t, &m, h, key).unwrap();
        m.store_u64(e, i as u64).unwrap();
    }
    assert_eq!(maplen(&m, h).unwrap(), 500);
    for (i, w) in words.iter().enumerate() {
        let (p, l) = mkstr(w);
        m.store_u64(key, p).unwrap();
        m.store_u64(key + 8, l).unwrap();
        let (e, ok) = mapaccess2(&t, &m, h, key).unwrap();
        assert!(ok, "{w}");
        assert_eq!(m.load_u64(e).unwrap(), i as u64);
    }
    // Re-assigning "key-0-" with a new backing array updates the stored pointer.
    let (p, l) = mkstr(&words[0]);
    m.store_u64(key, p).unwrap();
    m.store_u64(key + 8, l).unwrap();
    mapassign(&t, &m, h, key).unwrap();
    let (k, _) = mapaccess_k(&t, &m, h, key).unwrap().unwrap();
    assert_eq!(m.load_u64(k).unwrap(), p);
    let (p, l) = mkstr("absent");
    m.store_u64(key, p).unwrap();
    m.store_u64(key + 8, l).unwrap();
    assert!(!mapaccess2(&t, &m, h, key).unwrap().1);
}

/// Keys and elems above 128 bytes are stored indirectly; struct keys hash field by field.
#[test]
fn indirect_keys_and_elems() {
    let m = TestMem::new(64 << 20);
    let z = m.alloc(256, 1, &[0]).unwrap();
    // struct { a [20]int64; f float64 } = 168 bytes; elem [25]int64 = 200 bytes.
    let kalg = KeyAlg::Struct {
        fields: vec![
            KeyField {
                offset: 0,
                alg: KeyAlg::Mem { size: 160 },
            },
            KeyField {
                offset: 160,
                alg: KeyAlg::Float64,
            },
        ],
    };
    let t = MapType::new(168, vec![0; 3], kalg, 200, vec![0; 4], None, z);
    assert!(t.indirect_key && t.indirect_elem);
    assert_eq!(t.bucket_size, 8 + 64 + 64 + 8);
    let key = m.alloc(168, 1, &[0; 3]).unwrap();
    let put = |i: u64, f: f64| {
        for w in 0..20 {
            m.store_u64(key + w * 8, i * 1000 + w).unwrap();
        }
        m.store_u64(key + 160, f.to_bits()).unwrap();
    };
    let h = makemap_small(&m).unwrap();
    for i in 0..200 {
        put(i, 0.0);
        let e = mapassign(&t, &m, h, key).unwrap();
        m.store_u64(e + 192, i).unwrap();
    }
    assert_eq!(maplen(&m, h).unwrap(), 200);
    for i in 0..200 {
        put(i, -0.0);
        let (e, ok) = mapaccess2(&t, &m, h, key).unwrap();
        assert!(ok);
        assert_eq!(m.load_u64(e + 192).unwrap(), i);
    }
    for i in (0..200).step_by(2) {
        put(i, 0.0);
        mapdelete(&t, &m, h, key).unwrap();
    }
    assert_eq!(maplen(&m, h).unwrap(), 100);
    let mut it = Hiter::default();
    mapiterinit(&t, &m, h, &mut it).unwrap();
    let mut n = 0;
    while it.key != 0 {
        let i = m.load_u64(it.key).unwrap() / 1000;
        assert_eq!(i % 2, 1);
        assert_eq!(m.load_u64(it.elem + 192).unwrap(), i);
        n += 1;
        mapiternext(&t, &m, &mut it).unwrap();
    }
    assert_eq!(n, 100);
}

/// Corrupted state (as a racy program could leave) gives Go's fatal errors or faults,
/// never a Rust panic.
#[test]
fn corrupted_maps_fail_as_go_does() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..8 {
        fx.set(h, k, k);
    }
    // A filled slot marked evacuatedX in a bucket that is not evacuated: the next grow
    // throws "bad map state".
    let b = fx.hdr(h).buckets;
    fx.m.store_u8(b + 1, EVACUATED_X).unwrap();
    fx.m.store_u64(fx.k, 100).unwrap();
    let e = mapassign(&fx.t, &fx.m, h, fx.k).unwrap_err();
    assert_eq!(e, MapError::Fatal(MapFatal::BadMapState));
    assert!(MapFatal::BadMapState.is_throw());
    // Random corruption of header fields and tophash bytes, then every operation.
    let mut seed = 0x1234_5678_9abc_def0u64;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..300 {
        let fx = int_map();
        let h = makemap_small(&fx.m).unwrap();
        for k in 0..(rnd() % 120) {
            fx.set(h, k, k);
        }
        let v = fx.hdr(h);
        for _ in 0..(1 + rnd() % 4) {
            match rnd() % 5 {
                0 => fx.m.store_u8(h + H_B, rnd() as u8).unwrap(),
                1 => fx.m.store_u64(h + H_COUNT, rnd() % 300).unwrap(),
                2 => {
                    fx.m.store_u8(h + H_FLAGS, rnd() as u8 & !HASH_WRITING)
                        .unwrap()
                }
                3 => fx.m.store_u64(h + H_NEVACUATE, rnd() % 64).unwrap(),
                _ => {
                    if v.buckets != 0 {
                        let nb = 1u64 << v.b;
                        let a = v.buckets + (rnd() % nb) * 144 + rnd() % 8;
                        fx.m.store_u8(a, rnd() as u8).unwrap();
                    }
                }
            }
        }
        for op in 0..50u64 {
            fx.m.store_u64(fx.k, rnd() % 200).unwrap();
            let r = match (op + round) % 4 {
                0 => mapassign(&fx.t, &fx.m, h, fx.k).map(|_| ()),
                1 => mapaccess2(&fx.t, &fx.m, h, fx.k).map(|_| ()),
                2 => mapdelete(&fx.t, &fx.m, h, fx.k),
                _ => {
                    let mut it = Hiter::default();
                    let mut r = mapiterinit(&fx.t, &fx.m, h, &mut it);
                    let mut steps = 0;
                    while r.is_ok() && it.key != 0 && steps < 10_000 {
                        r = mapiternext(&fx.t, &fx.m, &mut it);
                        steps += 1;
                    }
                    r
                }
            };
            if r.is_err() {
                break;
            }
        }
    }
}

#[test]
fn hiter_words_round_trip() {
    let it = Hiter {
        key: 1,
        elem: 2,
        h: 3,
        buckets: 4,
        bptr: 5,
        overflow: 6,
        oldoverflow: 7,
        start_bucket: 8,
        offset: 5,
        wrapped: true,
        b: 9,
        i: 7,
        bucket: 10,
        check_bucket: NO_CHECK,
    };
    assert_eq!(Hiter::from_words(&it.to_words()), it);
}

/// Insert and lookup cost on 1M int keys. Run with
/// `cargo test --release --lib hmap::tests::bench_1m -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_1m_int_keys() {
    let m = TestMem::new(1 << 30);
    let z = zero_val(&m);
    let t = MapType::new(8, vec![0], KeyAlg::Mem { size: 8 }, 8, vec![0], None, z);
    let k = m.alloc(8, 1, &[0]).unwrap();
    let h = makemap_small(&m).unwrap();
    let n = 1_000_000u64;
    let t0 = std::time::Instant::now();
    for i in 0..n {
        m.store_u64(k, i).unwrap();
        let e = mapassign(&t, &m, h, k).unwrap();
        m.store_u64(e, i).unwrap();
    }
    let ins = t0.elapsed();
    let t1 = std::time::Instant::now();
    let mut sum = 0u64;
    for i in 0..n {
        m.store_u64(k, i).unwrap();
        sum = sum.wrapping_add(m.load_u64(mapaccess1(&t, &m, h, k).unwrap()).unwrap());
    }
    let look = t1.elapsed();
    assert_eq!(sum, n * (n - 1) / 2);
    println!(
        "insert {:.1} ns/op, lookup {:.1} ns/op",
        ins.as_nanos() as f64 / n as f64,
        look.as_nanos() as f64 / n as f64
    );
}

/// A grow that starts after the iterator: the iterator keeps walking its snapshot (now
/// the old array), whose slots are marked evacuated; it must look each key up again,
/// skipping deleted keys and returning current values (map.go:1024-1049).
#[test]
fn iterator_over_old_array_after_grow_rechecks_keys() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    for k in 0..52 {
        fx.set(h, k, k);
    }
    assert_eq!(fx.hdr(h).oldbuckets, 0);
    let mut it = Hiter::default();
    mapiterinit(&fx.t, &fx.m, h, &mut it).unwrap();
    let first = fx.m.load_u64(it.key).unwrap();
    let b0 = fx.hdr(h).b;
    // Start a bigger grow and finish it with more writes.
    for k in 1000..1040 {
        fx.set(h, k, k);
    }
    let v = fx.hdr(h);
    assert_eq!((v.b, v.oldbuckets), (b0 + 1, 0), "grow done");
    assert_ne!(v.flags & OLD_ITERATOR, 0);
    for k in 0..52 {
        if k == first {
            continue;
        }
        if k % 2 == 0 {
            fx.del(h, k);
        } else {
            fx.set(h, k, k + 500);
        }
    }
    let mut seen = HashSet::new();
    mapiternext(&fx.t, &fx.m, &mut it).unwrap();
    while it.key != 0 {
        let k = fx.m.load_u64(it.key).unwrap();
        let e = fx.m.load_u64(it.elem).unwrap();
        assert!(
            k < 52,
            "a key added after the start may or may not appear: not here"
        );
        assert!(seen.insert(k), "key {k} twice");
        assert_eq!(k % 2, 1, "deleted key {k} produced");
        assert_eq!(e, k + 500, "stale value for {k}");
        mapiternext(&fx.t, &fx.m, &mut it).unwrap();
    }
    let want: HashSet<u64> = (0..52).filter(|k| k % 2 == 1 && *k != first).collect();
    assert_eq!(seen, want);
}

/// A memory that plays a second writer: right after the map stores the flags byte
/// with hashWriting set, the "other goroutine" XORs the bit too (its own
/// `h.flags ^= hashWriting`), cancelling ours. Go's check at `done:` must catch it.
struct RacyFlags<'a> {
    inner: &'a TestMem,
    flags: u64,
    armed: std::cell::Cell<bool>,
}

impl MapMem for RacyFlags<'_> {
    type Fault = Fault;
    fn load_u8(&self, a: u64) -> Result<u8, Fault> {
        self.inner.load_u8(a)
    }
    fn load_u16(&self, a: u64) -> Result<u16, Fault> {
        self.inner.load_u16(a)
    }
    fn load_u32(&self, a: u64) -> Result<u32, Fault> {
        self.inner.load_u32(a)
    }
    fn load_u64(&self, a: u64) -> Result<u64, Fault> {
        self.inner.load_u64(a)
    }
    fn store_u8(&self, a: u64, v: u8) -> Result<(), Fault> {
        self.inner.store_u8(a, v)?;
        if a == self.flags && v & HASH_WRITING != 0 && self.armed.replace(false) {
            let f = self.inner.load_u8(a)?;
            self.inner.store_u8(a, f ^ HASH_WRITING)?;
        }
        Ok(())
    }
    fn store_u16(&self, a: u64, v: u16) -> Result<(), Fault> {
        self.inner.store_u16(a, v)
    }
    fn store_u32(&self, a: u64, v: u32) -> Result<(), Fault> {
        self.inner.store_u32(a, v)
    }
    fn store_u64(&self, a: u64, v: u64) -> Result<(), Fault> {
        // The flags byte rewritten with its word (flags is 8-aligned).
        self.inner.store_u64(a, v)?;
        if a == self.flags && v as u8 & HASH_WRITING != 0 && self.armed.replace(false) {
            let f = self.inner.load_u8(a)?;
            self.inner.store_u8(a, f ^ HASH_WRITING)?;
        }
        Ok(())
    }
    fn store_ptr(&self, slot: u64, v: u64) -> Result<(), Fault> {
        self.inner.store_ptr(slot, v)
    }
    fn or_u8(&self, a: u64, v: u8) -> Result<(), Fault> {
        self.inner.or_u8(a, v)
    }
    fn memmove(&self, dst: u64, src: u64, n: u64, p: bool) -> Result<(), Fault> {
        self.inner.memmove(dst, src, n, p)
    }
    fn memclr(&self, dst: u64, n: u64, p: bool) -> Result<(), Fault> {
        self.inner.memclr(dst, n, p)
    }
    fn alloc(&self, size: u64, count: u64, mask: &[u64]) -> Result<u64, Fault> {
        self.inner.alloc(size, count, mask)
    }
    fn roundupsize(&self, size: u64, noscan: bool) -> u64 {
        self.inner.roundupsize(size, noscan)
    }
}

#[test]
fn lost_flag_update_is_caught_at_done() {
    let fx = int_map();
    let h = makemap_small(&fx.m).unwrap();
    fx.set(h, 1, 1);
    let racy = RacyFlags {
        inner: &fx.m,
        flags: h + H_FLAGS,
        armed: std::cell::Cell::new(true),
    };
    fx.m.store_u64(fx.k, 2).unwrap();
    let e = mapassign(&fx.t, &racy, h, fx.k).unwrap_err();
    assert_eq!(e, MapError::Fatal(MapFatal::ConcurrentWrites));
    for op in 0..2 {
        fx.m.store_u8(h + H_FLAGS, 0).unwrap();
        racy.armed.set(true);
        let e = if op == 0 {
            mapdelete(&fx.t, &racy, h, fx.k).unwrap_err()
        } else {
            mapclear(&fx.t, &racy, h).unwrap_err()
        };
        assert_eq!(e, MapError::Fatal(MapFatal::ConcurrentWrites));
    }
}

/// A key for [`fast_and_generic_agree`]: what the generic operations read from the key
/// slot, and what the fast variant takes by value.
fn fast_key_of(m: &TestMem, slot: u64, kind: FastKind, k: u64, strs: &[(u64, u64)]) -> FastKey {
    match kind {
        FastKind::Fast32 => {
            m.store_u32(slot, k as u32).unwrap();
            FastKey::W32(k as u32)
        }
        FastKind::Fast64 | FastKind::Fast64Ptr => {
            m.store_u64(slot, k).unwrap();
            FastKey::W64(k)
        }
        FastKind::FastStr => {
            let (p, n) = strs[k as usize];
            m.store_u64(slot, p).unwrap();
            m.store_u64(slot + 8, n).unwrap();
            FastKey::Str(p, n)
        }
    }
}

/// The fast variants (gc's `mapaccess2_fast64` and siblings) and the generic operations
/// are interchangeable on one map: a random mix of inserts, lookups and deletes, each
/// done through one or the other at random, agrees with a model after every step, and
/// both give the same header (B, count, noverflow) as a map driven only generically with
/// the same seed.
#[test]
fn fast_and_generic_agree() {
    let m = TestMem::new(256 << 20);
    let z = zero_val(&m);
    // String keys: short ones, and long ones (32 bytes and more) sharing their first and
    // last four bytes, which take faststr's one-bucket comparison paths.
    let mut strs = vec![];
    for i in 0..3000u64 {
        let s = if i % 3 == 0 {
            format!("{}{i}{}", "p".repeat(40), "s".repeat(4))
        } else {
            format!("k{i}")
        };
        let p = m.alloc(s.len().max(1) as u64, 1, &[0]).unwrap();
        for (j, b) in s.bytes().enumerate() {
            m.store_u8(p + j as u64, b).unwrap();
        }
        strs.push((p, s.len() as u64));
    }
    let types = [
        (
            FastKind::Fast32,
            MapType::new(4, vec![0], KeyAlg::Mem { size: 4 }, 8, vec![0], None, z),
        ),
        (
            FastKind::Fast64,
            MapType::new(8, vec![0], KeyAlg::Mem { size: 8 }, 8, vec![0], None, z),
        ),
        (
            FastKind::FastStr,
            MapType::new(16, vec![1], KeyAlg::String, 8, vec![0], None, z),
        ),
    ];
    for (kind, t) in &types {
        assert_eq!(t.fast, Some(*kind));
        let slot = m.alloc(16, 1, &[1]).unwrap();
        for keyspace in [6u64, 40, 3000] {
            let h = makemap_small(&m).unwrap();
            let g = makemap_small(&m).unwrap(); // generic only, same seed
            let seed = hdr(&m, h).hash0().unwrap();
            hdr(&m, g).set_hash0(seed as u32).unwrap();
            let mut model: HashMap<u64, u64> = HashMap::new();
            let mut x = 0x9e3779b97f4a7c15u64 ^ keyspace;
            for step in 0..(keyspace * 12).min(30000) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let k = x % keyspace;
                let fast = (x >> 40) & 1 == 1;
                let op = (x >> 41) % 5;
                let fk = fast_key_of(&m, slot, *kind, k, &strs);
                match op {
                    0 | 1 => {
                        let e = if fast {
                            mapassign_fast(t, &m, h, fk).unwrap()
                        } else {
                            mapassign(t, &m, h, slot).unwrap()
                        };
                        m.store_u64(e, step).unwrap();
                        let e = mapassign(t, &m, g, slot).unwrap();
                        m.store_u64(e, step).unwrap();
                        model.insert(k, step);
                    }
                    2 | 3 => {
                        let (e, ok) = if fast {
                            mapaccess2_fast(t, &m, h, fk).unwrap()
                        } else {
                            mapaccess2(t, &m, h, slot).unwrap()
                        };
                        let v = m.load_u64(e).unwrap();
                        assert_eq!(ok.then_some(v), model.get(&k).copied(), "{kind:?} get {k}");
                        if !ok {
                            assert_eq!(v, 0);
                        }
                        assert_eq!(mapaccess1_fast(t, &m, h, fk).unwrap(), e);
                    }
                    _ => {
                        if fast {
                            mapdelete_fast(t, &m, h, fk).unwrap();
                        } else {
                            mapdelete(t, &m, h, slot).unwrap();
                        }
                        mapdelete(t, &m, g, slot).unwrap();
                        model.remove(&k);
                    }
                }
                assert_eq!(maplen(&m, h).unwrap(), model.len() as i64);
                let fields = |h: u64| {
                    let hh = hdr(&m, h);
                    let f = (
                        hh.b(),
                        hh.count(),
                        hh.noverflow(),
                        hh.flags(),
                        hh.nevacuate(),
                    );
                    (
                        f.0.unwrap(),
                        f.1.unwrap(),
                        f.2.unwrap(),
                        f.3.unwrap(),
                        f.4.unwrap(),
                    )
                };
                assert_eq!(fields(h), fields(g), "{kind:?} step {step}");
                if model.is_empty() {
                    // An emptying delete picks a new seed in both: keep them equal.
                    let s = hdr(&m, h).hash0().unwrap();
                    hdr(&m, g).set_hash0(s as u32).unwrap();
                }
            }
            // Every key in the model is found by both paths; absent ones by neither.
            for k in 0..keyspace {
                let fk = fast_key_of(&m, slot, *kind, k, &strs);
                let (_, a) = mapaccess2_fast(t, &m, h, fk).unwrap();
                let (_, b) = mapaccess2(t, &m, h, slot).unwrap();
                assert_eq!((a, b), (model.contains_key(&k), model.contains_key(&k)));
            }
        }
    }
    // Nil maps: reads miss, deletes do nothing, writes panic as Go's.
    let (kind, t) = &types[1];
    let fk = fast_key_of(&m, m.alloc(8, 1, &[0]).unwrap(), *kind, 1, &strs);
    assert_eq!(mapaccess2_fast(t, &m, 0, fk).unwrap(), (z, false));
    mapdelete_fast(t, &m, 0, fk).unwrap();
    assert!(matches!(
        mapassign_fast(t, &m, 0, fk),
        Err(MapError::Panic(MapPanic::AssignmentToNilMap))
    ));
}
