//! The fast variants of the map operations (Go 1.23's `map_fast32.go`, `map_fast64.go`
//! and `map_faststr.go`), which gc calls for maps whose keys are 4- or 8-byte plain
//! memory (integers, pointers, channels) or strings, and whose elems are at most 128
//! bytes. They take the key by value instead of by address, and have the same flag
//! protocol, growth and layout as the generic operations; only the key comparisons and
//! hashing are specialised (and a lookup in a one-bucket table does not hash).
//!
//! Which variant applies is [`MapType::fast`]; a caller may always use the generic
//! operations instead (the result is the same).

use super::{
    BUCKET_CNT, DATA_OFFSET, EMPTY_REST, H, H_FLAGS, HASH_WRITING, MResult, MapError, MapFatal,
    MapMem, MapPanic, MapType, alg, bucket_mask, evacuated, grow_work, hash_grow, hdr, is_empty,
    newoverflow, over_load_factor, too_many_overflow_buckets, tophash,
};

/// Which fast variant a map type has (gc's `mapfast`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FastKind {
    /// `mapaccess1_fast32` ...: 4-byte keys without pointers.
    Fast32,
    /// `mapaccess1_fast64` ...: 8-byte keys without pointers.
    Fast64,
    /// `mapassign_fast64ptr`: 8-byte pointer keys (stored with the write barrier).
    Fast64Ptr,
    /// `mapaccess1_faststr` ...: string keys.
    FastStr,
}

/// A key passed by value to a fast variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FastKey {
    /// A 4-byte key (the low 32 bits).
    W32(u32),
    /// An 8-byte key.
    W64(u64),
    /// A string: data pointer and length.
    Str(u64, u64),
}

impl FastKey {
    /// The size of its slot in a bucket.
    #[inline(always)]
    fn slot(self) -> u64 {
        match self {
            FastKey::W32(_) => 4,
            FastKey::W64(_) => 8,
            FastKey::Str(..) => 16,
        }
    }

    /// `t.Hasher(&key, seed)`.
    #[inline(always)]
    fn hash<M: MapMem>(self, m: &M, seed: u64) -> MResult<u64, M> {
        Ok(match self {
            FastKey::W32(v) => alg::memhash32(v, seed),
            FastKey::W64(v) => alg::memhash64(v, seed),
            FastKey::Str(p, n) => strhash(m, p, n, seed)?,
        })
    }

    /// Whether the key stored at `k` equals this one. For strings the tophash has been
    /// compared by the caller where Go does.
    #[inline(always)]
    fn equal_at<M: MapMem>(self, m: &M, k: u64) -> MResult<bool, M> {
        Ok(match self {
            FastKey::W32(v) => m.load_u32(k).map_err(MapError::Fault)? == v,
            FastKey::W64(v) => m.load_u64(k).map_err(MapError::Fault)? == v,
            FastKey::Str(p, n) => {
                let len = m.load_u64(k.wrapping_add(8)).map_err(MapError::Fault)?;
                if len != n {
                    return Ok(false);
                }
                let kp = m.load_u64(k).map_err(MapError::Fault)?;
                kp == p || m.memequal(kp, p, n).map_err(MapError::Fault)?
            }
        })
    }

    /// Stores the key into the slot at `k` (`*(*uint64)(insertk) = key`, or the string
    /// header; pointers through the write barrier).
    #[inline(always)]
    fn store_at<M: MapMem>(self, m: &M, k: u64, ptr: bool) -> MResult<(), M> {
        match self {
            FastKey::W32(v) => m.store_u32(k, v),
            FastKey::W64(v) if ptr => m.store_ptr(k, v),
            FastKey::W64(v) => m.store_u64(k, v),
            FastKey::Str(p, n) => {
                m.store_ptr(k, p).map_err(MapError::Fault)?;
                m.store_u64(k.wrapping_add(8), n)
            }
        }
        .map_err(MapError::Fault)
    }
}

/// `strhash`: the hash of the `n` bytes at `p`.
#[inline]
fn strhash<M: MapMem>(m: &M, p: u64, n: u64, seed: u64) -> MResult<u64, M> {
    if n <= 64 {
        let mut buf = [0u8; 64];
        let s = &mut buf[..n as usize];
        m.read_bytes(p, s).map_err(MapError::Fault)?;
        Ok(alg::memhash(s, seed))
    } else {
        let mut v = vec![0u8; n as usize];
        m.read_bytes(p, &mut v).map_err(MapError::Fault)?;
        Ok(alg::memhash(&v, seed))
    }
}

/// The 4 bytes at `a` (any alignment).
#[inline(always)]
fn load4<M: MapMem>(m: &M, a: u64) -> MResult<[u8; 4], M> {
    let mut b = [0u8; 4];
    lift(m.read_bytes(a, &mut b))?;
    Ok(b)
}

#[inline(always)]
fn lift<T, F>(r: Result<T, F>) -> Result<T, MapError<F>> {
    r.map_err(MapError::Fault)
}

/// The address of elem slot `i` of bucket `b` for keys of `ks` bytes.
#[inline(always)]
fn elem_at(t: &MapType, b: u64, ks: u64, i: u64) -> u64 {
    b.wrapping_add(DATA_OFFSET)
        .wrapping_add(BUCKET_CNT * ks)
        .wrapping_add(i.wrapping_mul(t.elem_slot))
}

/// The bucket a lookup of `hash` must search (the old one while it is not evacuated).
#[inline(always)]
fn lookup_bucket<M: MapMem>(
    t: &MapType,
    m: &M,
    hh: &H<'_, M>,
    bb: u8,
    hash: u64,
) -> MResult<u64, M> {
    let mut mask = bucket_mask(bb);
    let mut b = t.bucket_at(hh.buckets()?, hash & mask);
    let c = hh.oldbuckets()?;
    if c != 0 {
        if !hh.same_size_grow()? {
            mask >>= 1;
        }
        let oldb = t.bucket_at(c, hash & mask);
        if !evacuated(m, oldb)? {
            b = oldb;
        }
    }
    Ok(b)
}

/// `mapaccess2_fast32`, `mapaccess2_fast64` and `mapaccess2_faststr`: the address of
/// `h[key]` (or of the zero value) and whether it was found.
pub fn mapaccess2_fast<M: MapMem>(
    t: &MapType,
    m: &M,
    h: u64,
    key: FastKey,
) -> MResult<(u64, bool), M> {
    if h == 0 || hdr(m, h).count()? == 0 {
        return Ok((t.zero_val, false));
    }
    let hh = hdr(m, h);
    // flags, B, noverflow and hash0 share one word: read them together (Go reads them
    // one by one from the same cache line; this is one of the orders those reads can
    // see).
    let w = lift(m.load_u64(h.wrapping_add(H_FLAGS)))?;
    let (flags, bb, seed) = (w as u8, (w >> 8) as u8, w >> 32);
    if flags & HASH_WRITING != 0 {
        return Err(MapError::Fatal(MapFatal::ConcurrentReadWrite));
    }
    let ks = key.slot();
    if let FastKey::Str(kp, kn) = key {
        return access_str(t, m, &hh, bb, seed, kp, kn);
    }
    // Go compares every slot's key, then whether the slot is in use. Reading a key costs
    // goscope a checked heap access, so it reads the tophash bytes first (one word) and
    // only the keys of slots in use, and where the hash is known (B > 0), only those of
    // slots with the key's tophash: in a consistent table a slot in use that holds the
    // key has that tophash, so the slot found is the same.
    let (mut b, top) = if bb == 0 {
        // One-bucket table: no need to hash.
        (hh.buckets()?, None)
    } else {
        let hash = key.hash(m, seed)?;
        (lookup_bucket(t, m, &hh, bb, hash)?, Some(tophash(hash)))
    };
    while b != 0 {
        let th = lift(m.load_u64(b))?;
        for i in 0..BUCKET_CNT {
            let bt = (th >> (8 * i)) as u8;
            let candidate = match top {
                Some(top) => bt == top,
                None => !is_empty(bt),
            };
            if candidate {
                let k = b.wrapping_add(DATA_OFFSET).wrapping_add(i * ks);
                if key.equal_at(m, k)? {
                    return Ok((elem_at(t, b, ks, i), true));
                }
            }
        }
        b = t.overflow(m, b)?;
    }
    Ok((t.zero_val, false))
}

/// The string lookup of `mapaccess2_faststr` after the checks.
fn access_str<M: MapMem>(
    t: &MapType,
    m: &M,
    hh: &H<'_, M>,
    bb: u8,
    seed: u64,
    kp: u64,
    kn: u64,
) -> MResult<(u64, bool), M> {
    let found = |b: u64, i: u64| Ok((elem_at(t, b, 16, i), true));
    if bb == 0 {
        // One-bucket table.
        let b = hh.buckets()?;
        let th = lift(m.load_u64(b))?;
        let key_at = |i: u64| b.wrapping_add(DATA_OFFSET).wrapping_add(i * 16);
        if kn < 32 {
            // Short key: doing lots of comparisons is fine.
            for i in 0..BUCKET_CNT {
                let top = (th >> (8 * i)) as u8;
                let k = key_at(i);
                if lift(m.load_u64(k.wrapping_add(8)))? != kn || is_empty(top) {
                    if top == EMPTY_REST {
                        break;
                    }
                    continue;
                }
                let sp = lift(m.load_u64(k))?;
                if sp == kp || lift(m.memequal(sp, kp, kn))? {
                    return found(b, i);
                }
            }
            return Ok((t.zero_val, false));
        }
        // Long key: try not to do more comparisons than necessary.
        let mut keymaybe = BUCKET_CNT;
        let mut dohash = false;
        for i in 0..BUCKET_CNT {
            let top = (th >> (8 * i)) as u8;
            let k = key_at(i);
            if lift(m.load_u64(k.wrapping_add(8)))? != kn || is_empty(top) {
                if top == EMPTY_REST {
                    break;
                }
                continue;
            }
            let sp = lift(m.load_u64(k))?;
            if sp == kp {
                return found(b, i);
            }
            // Check the first 4 bytes, then the last 4.
            if load4(m, kp)? != load4(m, sp)? {
                continue;
            }
            if load4(m, kp.wrapping_add(kn - 4))? != load4(m, sp.wrapping_add(kn - 4))? {
                continue;
            }
            if keymaybe != BUCKET_CNT {
                // Two keys are potential matches: use the hash to tell them apart.
                dohash = true;
                break;
            }
            keymaybe = i;
        }
        if !dohash {
            if keymaybe != BUCKET_CNT {
                let sp = lift(m.load_u64(key_at(keymaybe)))?;
                if lift(m.memequal(sp, kp, kn))? {
                    return found(b, keymaybe);
                }
            }
            return Ok((t.zero_val, false));
        }
    }
    let hash = strhash(m, kp, kn, seed)?;
    let mut b = lookup_bucket(t, m, hh, bb, hash)?;
    let top = tophash(hash);
    while b != 0 {
        let th = lift(m.load_u64(b))?;
        for i in 0..BUCKET_CNT {
            let k = b.wrapping_add(DATA_OFFSET).wrapping_add(i * 16);
            if lift(m.load_u64(k.wrapping_add(8)))? != kn || (th >> (8 * i)) as u8 != top {
                continue;
            }
            let sp = lift(m.load_u64(k))?;
            if sp == kp || lift(m.memequal(sp, kp, kn))? {
                return found(b, i);
            }
        }
        b = t.overflow(m, b)?;
    }
    Ok((t.zero_val, false))
}

/// `mapassign_fast32`, `mapassign_fast64`, `mapassign_fast64ptr` and
/// `mapassign_faststr`: finds or makes the slot for `key` and returns the address where
/// the caller stores the elem.
pub fn mapassign_fast<M: MapMem>(t: &MapType, m: &M, h: u64, key: FastKey) -> MResult<u64, M> {
    if h == 0 {
        return Err(MapError::Panic(MapPanic::AssignmentToNilMap));
    }
    let hh = hdr(m, h);
    if hh.flags()? & HASH_WRITING != 0 {
        return Err(MapError::Fatal(MapFatal::ConcurrentWrites));
    }
    let hash = key.hash(m, hh.hash0()?)?;
    // Set hashWriting after calling the hasher, for consistency with mapassign.
    hh.toggle_writing()?;
    if hh.buckets()? == 0 {
        let b = lift(m.alloc(t.bucket_size, 1, &t.bucket_ptrmask))?;
        hh.set_buckets(b)?;
    }
    let ks = key.slot();
    let is_str = matches!(key, FastKey::Str(..));
    let top = tophash(hash);
    let (insertb, inserti) = 'again: loop {
        let bucket = hash & bucket_mask(hh.b()?);
        if hh.growing()? {
            grow_work(t, m, &hh, bucket)?;
        }
        let mut b = t.bucket_at(hh.buckets()?, bucket);
        let mut insertb = 0u64;
        let mut inserti = 0u64;
        'bucketloop: loop {
            let th = lift(m.load_u64(b))?;
            for i in 0..BUCKET_CNT {
                let bt = (th >> (8 * i)) as u8;
                let k = b.wrapping_add(DATA_OFFSET).wrapping_add(i * ks);
                if is_str {
                    // faststr compares the tophash first.
                    if bt != top {
                        if is_empty(bt) && insertb == 0 {
                            insertb = b;
                            inserti = i;
                        }
                        if bt == EMPTY_REST {
                            break 'bucketloop;
                        }
                        continue;
                    }
                    if !key.equal_at(m, k)? {
                        continue;
                    }
                    // Already have a mapping for key: overwrite the key's pointer (its
                    // length is equal), so that the old string can be collected.
                    if let FastKey::Str(kp, _) = key {
                        lift(m.store_ptr(k, kp))?;
                    }
                    break 'again (b, i);
                }
                if is_empty(bt) {
                    if insertb == 0 {
                        insertb = b;
                        inserti = i;
                    }
                    if bt == EMPTY_REST {
                        break 'bucketloop;
                    }
                    continue;
                }
                // A slot in use holding the key has its tophash: skip the others
                // without reading their keys (the slot found is Go's).
                if bt != top || !key.equal_at(m, k)? {
                    continue;
                }
                break 'again (b, i);
            }
            let ovf = t.overflow(m, b)?;
            if ovf == 0 {
                break;
            }
            b = ovf;
        }
        // Did not find the key: make a new entry, growing first if the table is over the
        // load factor or has too many overflow buckets.
        if !hh.growing()?
            && (over_load_factor(hh.count()?.wrapping_add(1), hh.b()?)
                || too_many_overflow_buckets(hh.noverflow()?, hh.b()?))
        {
            hash_grow(t, m, &hh)?;
            continue 'again;
        }
        if insertb == 0 {
            // The bucket and its overflow chain are full: chain a new one.
            insertb = newoverflow(t, m, &hh, b)?;
            inserti = 0;
        }
        super::set_tophash(m, insertb, inserti & (BUCKET_CNT - 1), top)?;
        let insertk = insertb.wrapping_add(DATA_OFFSET).wrapping_add(inserti * ks);
        key.store_at(m, insertk, t.key_has_pointers)?;
        let c = hh.count()?;
        hh.set_count(c.wrapping_add(1))?;
        break (insertb, inserti);
    };
    let elem = elem_at(t, insertb, ks, inserti);
    hh.finish_writing()?;
    Ok(elem)
}

/// `mapdelete_fast32`, `mapdelete_fast64` and `mapdelete_faststr`: removes `key` if
/// present. Deleting from a nil or empty map is a no-op.
pub fn mapdelete_fast<M: MapMem>(t: &MapType, m: &M, h: u64, key: FastKey) -> MResult<(), M> {
    if h == 0 || hdr(m, h).count()? == 0 {
        return Ok(());
    }
    let hh = hdr(m, h);
    if hh.flags()? & HASH_WRITING != 0 {
        return Err(MapError::Fatal(MapFatal::ConcurrentWrites));
    }
    let hash = key.hash(m, hh.hash0()?)?;
    // Set hashWriting after calling the hasher, for consistency with mapdelete.
    hh.toggle_writing()?;
    let bucket = hash & bucket_mask(hh.b()?);
    if hh.growing()? {
        grow_work(t, m, &hh, bucket)?;
    }
    let ks = key.slot();
    let is_str = matches!(key, FastKey::Str(..));
    let top = tophash(hash);
    let b_orig = t.bucket_at(hh.buckets()?, bucket);
    let mut b = b_orig;
    'search: while b != 0 {
        let th = lift(m.load_u64(b))?;
        for i in 0..BUCKET_CNT {
            let bt = (th >> (8 * i)) as u8;
            let k = b.wrapping_add(DATA_OFFSET).wrapping_add(i * ks);
            if is_str {
                if bt != top || !key.equal_at(m, k)? {
                    continue;
                }
            } else if is_empty(bt) || bt != top || !key.equal_at(m, k)? {
                continue;
            }
            // Clear the key only if it holds pointers (a string's data pointer).
            if is_str || t.key_has_pointers {
                lift(m.store_ptr(k, 0))?;
            }
            let e = elem_at(t, b, ks, i);
            lift(m.memclr(e, t.elem_size, t.elem_has_pointers))?;
            super::delete_slot(t, m, &hh, b_orig, b, i)?;
            break 'search;
        }
        b = t.overflow(m, b)?;
    }
    hh.finish_writing()
}

/// `mapaccess1_fast*` for callers that only need the elem's address.
pub fn mapaccess1_fast<M: MapMem>(t: &MapType, m: &M, h: u64, key: FastKey) -> MResult<u64, M> {
    Ok(mapaccess2_fast(t, m, h, key)?.0)
}
