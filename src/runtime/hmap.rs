//! Go 1.23's bucketed hash map (`runtime/map.go`), rebuilt over goscope's heap.
//!
//! Every map lives in VM memory laid out exactly as gc lays it out on amd64, so a lesson
//! can show a learner the real `hmap` and its buckets:
//!
//! * the header (`hmap`, 48 bytes): `count` at 0, `flags` at 8, `B` at 9, `noverflow` at
//!   10, `hash0` at 12, `buckets` at 16, `oldbuckets` at 24, `nevacuate` at 32, `extra`
//!   at 40;
//! * a bucket (`bmap`): `tophash [8]u8 | 8 keys | 8 elems | overflow pointer`; keys or
//!   elems larger than 128 bytes are stored indirectly, as a pointer in the slot;
//! * `mapextra` (24 bytes): `overflow *[]*bmap`, `oldoverflow *[]*bmap`, `nextOverflow`.
//!
//! The operations keep Go's names, checks and their order: `makemap_small`, `makemap`,
//! `mapaccess1`/`mapaccess2`/`mapaccessK`, `mapassign` (which returns the address of the
//! elem slot; the caller stores the value), `mapdelete`, `mapclear`, `mapiterinit` /
//! `mapiternext`, and the incremental growth machinery (`hashGrow`, `growWork`,
//! `evacuate`, `advanceEvacuationMark`).
//!
//! Memory is reached through the [`MapMem`] trait, which the heap implements; every
//! access can fail with the heap's fault type, and an impossible state (a map corrupted
//! by a racy program) becomes Go's `fatal error`/`throw` as a [`MapError`] value, never a
//! Rust panic. The `hashWriting` flag is read and written as Go does it, with a plain
//! (relaxed) load followed by a plain store of the new byte, never a read-modify-write
//! atomic, so two racing writers can lose each other's update just as in Go, and the
//! check at the end of each write catches that as Go's does.
//!
//! The iterator [`Hiter`] lives in Rust memory; [`Hiter::to_words`] gives its 12 words in
//! Go's `hiter` order for a VM that keeps it in registers or on the heap (the pointer
//! words must then be GC roots, as they are in Go).

use std::sync::Arc;

use super::alg::{self, AlgError, DynTypes, KeyAlg};

/// Access to the memory the map lives in: goscope's heap, or a test memory.
///
/// Loads and stores are plain Go accesses (relaxed atomics in the heap). Pointer stores go
/// through [`MapMem::store_ptr`] so that the heap can apply its write barrier.
pub trait MapMem {
    /// What a failed access reports (a bad address, an out-of-memory allocation).
    type Fault: Clone + std::fmt::Debug;
    fn load_u8(&self, a: u64) -> Result<u8, Self::Fault>;
    fn load_u16(&self, a: u64) -> Result<u16, Self::Fault>;
    fn load_u32(&self, a: u64) -> Result<u32, Self::Fault>;
    fn load_u64(&self, a: u64) -> Result<u64, Self::Fault>;
    fn store_u8(&self, a: u64, v: u8) -> Result<(), Self::Fault>;
    fn store_u16(&self, a: u64, v: u16) -> Result<(), Self::Fault>;
    fn store_u32(&self, a: u64, v: u32) -> Result<(), Self::Fault>;
    fn store_u64(&self, a: u64, v: u64) -> Result<(), Self::Fault>;
    /// Stores a pointer word, with the write barrier.
    fn store_ptr(&self, slot: u64, v: u64) -> Result<(), Self::Fault>;
    /// Copies `n` bytes (`typedmemmove`/`memmove`); `has_pointers` says the range may
    /// hold pointers, so the heap must apply its bulk write barrier.
    fn memmove(&self, dst: u64, src: u64, n: u64, has_pointers: bool) -> Result<(), Self::Fault>;
    /// Zeroes `n` bytes (`memclrHasPointers` when `has_pointers`, else
    /// `memclrNoHeapPointers`).
    fn memclr(&self, dst: u64, n: u64, has_pointers: bool) -> Result<(), Self::Fault>;
    /// Allocates zeroed memory for `count` values of `elem_size` bytes each, whose
    /// pointer words are given by `elem_ptrmask` (bit i of word i/64 marks word i of one
    /// element), as Go's `newarray(typ, count)`.
    fn alloc(&self, elem_size: u64, count: u64, elem_ptrmask: &[u64]) -> Result<u64, Self::Fault>;
    /// `roundupsize(size, noscan)` (runtime/msize.go): the bytes the allocator really
    /// gives for a request of `size` bytes.
    fn roundupsize(&self, size: u64, noscan: bool) -> u64;
    /// Atomically ORs `v` into the byte at `a` (Go's `atomic.Or8`).
    fn or_u8(&self, a: u64, v: u8) -> Result<(), Self::Fault>;
    /// Reads `buf.len()` bytes starting at `a`.
    fn read_bytes(&self, a: u64, buf: &mut [u8]) -> Result<(), Self::Fault> {
        for (i, b) in buf.iter_mut().enumerate() {
            *b = self.load_u8(a.wrapping_add(i as u64))?;
        }
        Ok(())
    }
    /// Whether the `n` bytes at `a` and at `b` are equal (Go's `memequal`).
    fn memequal(&self, a: u64, b: u64, n: u64) -> Result<bool, Self::Fault> {
        for i in 0..n {
            if self.load_u8(a.wrapping_add(i))? != self.load_u8(b.wrapping_add(i))? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// `abi.MapBucketCount`.
pub const BUCKET_CNT: u64 = 8;
/// `abi.MapMaxKeyBytes` and `abi.MapMaxElemBytes`.
pub const MAX_KEY_BYTES: u64 = 128;
pub const MAX_ELEM_BYTES: u64 = 128;
/// `dataOffset`: where the keys start in a bucket.
pub const DATA_OFFSET: u64 = 8;
/// `loadFactorNum` / `loadFactorDen`: 6.5 entries per bucket.
pub const LOAD_FACTOR_NUM: u64 = 13;
pub const LOAD_FACTOR_DEN: u64 = 2;

/// tophash values with special meaning (map.go:86-91).
pub const EMPTY_REST: u8 = 0;
pub const EMPTY_ONE: u8 = 1;
pub const EVACUATED_X: u8 = 2;
pub const EVACUATED_Y: u8 = 3;
pub const EVACUATED_EMPTY: u8 = 4;
pub const MIN_TOP_HASH: u8 = 5;

/// `hmap.flags` bits (map.go:94-97).
pub const ITERATOR: u8 = 1;
pub const OLD_ITERATOR: u8 = 2;
pub const HASH_WRITING: u8 = 4;
pub const SAME_SIZE_GROW: u8 = 8;

/// `noCheck`: the iterator's "no bucket check" sentinel.
pub const NO_CHECK: u64 = u64::MAX;

/// `maxAlloc` on linux/amd64.
const MAX_ALLOC: u64 = 1 << 48;

/// Offsets of the `hmap` fields.
pub const H_COUNT: u64 = 0;
pub const H_FLAGS: u64 = 8;
pub const H_B: u64 = 9;
pub const H_NOVERFLOW: u64 = 10;
pub const H_HASH0: u64 = 12;
pub const H_BUCKETS: u64 = 16;
pub const H_OLDBUCKETS: u64 = 24;
pub const H_NEVACUATE: u64 = 32;
pub const H_EXTRA: u64 = 40;
/// `unsafe.Sizeof(hmap{})`.
pub const HMAP_SIZE: u64 = 48;
/// Pointer words of `hmap`: buckets, oldbuckets, extra.
const HMAP_PTRMASK: [u64; 1] = [(1 << 2) | (1 << 3) | (1 << 5)];

/// Offsets of the `mapextra` fields.
pub const X_OVERFLOW: u64 = 0;
pub const X_OLDOVERFLOW: u64 = 8;
pub const X_NEXTOVERFLOW: u64 = 16;
const MAPEXTRA_SIZE: u64 = 24;
const MAPEXTRA_PTRMASK: [u64; 1] = [0b111];
/// A `[]*bmap` slice header, and one pointer.
const SLICE_SIZE: u64 = 24;
const SLICE_PTRMASK: [u64; 1] = [0b1];
const PTR_PTRMASK: [u64; 1] = [0b1];

/// A fatal error of the map (Go's `fatal`, or `throw` for runtime-internal states):
/// unrecoverable, prints `fatal error: <message>` and exits with status 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapFatal {
    ConcurrentWrites,
    ConcurrentReadWrite,
    ConcurrentIterationWrite,
    /// `throw("bad map state")` in evacuate: a filled slot with a tophash below 5.
    BadMapState,
    /// `throw("oldoverflow is not nil")` in hashGrow.
    OldOverflowNotNil,
    /// An interface key was hashed with no dynamic-type resolver: a goscope bug, reported
    /// as a runtime throw rather than a Rust panic.
    NoDynTypes,
}

impl MapFatal {
    /// The text after `fatal error: `, as Go prints it.
    pub fn message(self) -> &'static str {
        match self {
            MapFatal::ConcurrentWrites => "concurrent map writes",
            MapFatal::ConcurrentReadWrite => "concurrent map read and map write",
            MapFatal::ConcurrentIterationWrite => "concurrent map iteration and map write",
            MapFatal::BadMapState => "bad map state",
            MapFatal::OldOverflowNotNil => "oldoverflow is not nil",
            MapFatal::NoDynTypes => "map: interface key without dynamic type table",
        }
    }

    /// Whether Go raises this with `throw` (runtime frames shown) rather than `fatal`
    /// (user error: runtime frames hidden, all goroutines printed).
    pub fn is_throw(self) -> bool {
        !matches!(
            self,
            MapFatal::ConcurrentWrites
                | MapFatal::ConcurrentReadWrite
                | MapFatal::ConcurrentIterationWrite
        )
    }
}

/// A Go panic raised by a map operation (recoverable).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapPanic {
    /// `plainError("assignment to entry in nil map")`.
    AssignmentToNilMap,
    /// `errorString("hash of unhashable type T")`.
    UnhashableType(String),
    /// `errorString("comparing uncomparable type T")`.
    UncomparableType(String),
}

impl MapPanic {
    /// The panic value's `Error()` text, which `panic: ` is followed by. All three are
    /// `runtime.Error`s; only `plainError` lacks the `runtime error: ` prefix.
    pub fn message(&self) -> String {
        match self {
            MapPanic::AssignmentToNilMap => "assignment to entry in nil map".to_string(),
            MapPanic::UnhashableType(t) => format!("runtime error: hash of unhashable type {t}"),
            MapPanic::UncomparableType(t) => {
                format!("runtime error: comparing uncomparable type {t}")
            }
        }
    }
}

/// How a map operation can fail.
#[derive(Clone, Debug, PartialEq)]
pub enum MapError<F> {
    Fatal(MapFatal),
    Panic(MapPanic),
    /// The heap refused an access or an allocation.
    Fault(F),
}

impl<F> From<AlgError<F>> for MapError<F> {
    fn from(e: AlgError<F>) -> Self {
        match e {
            AlgError::Unhashable(t) => MapError::Panic(MapPanic::UnhashableType(t)),
            AlgError::Uncomparable(t) => MapError::Panic(MapPanic::UncomparableType(t)),
            AlgError::NoDynTypes => MapError::Fatal(MapFatal::NoDynTypes),
            AlgError::Fault(f) => MapError::Fault(f),
        }
    }
}

type MResult<T, M> = Result<T, MapError<<M as MapMem>::Fault>>;

/// Turns a heap fault into a map error.
trait Lift<T, F> {
    fn f(self) -> Result<T, MapError<F>>;
}
impl<T, F> Lift<T, F> for Result<T, F> {
    #[inline(always)]
    fn f(self) -> Result<T, MapError<F>> {
        self.map_err(MapError::Fault)
    }
}

/// The description of one map type (gc's `maptype`, internal/abi/type.go), built by the
/// caller from its type information with [`MapType::new`].
#[derive(Clone)]
pub struct MapType {
    /// Size of a key and of an elem value.
    pub key_size: u64,
    pub elem_size: u64,
    /// Size of a key and elem slot in a bucket (8 when stored indirectly).
    pub key_slot: u64,
    pub elem_slot: u64,
    /// Size of one bucket.
    pub bucket_size: u64,
    pub indirect_key: bool,
    pub indirect_elem: bool,
    /// Pointer words of a key and of an elem value.
    pub key_ptrmask: Vec<u64>,
    pub elem_ptrmask: Vec<u64>,
    pub key_has_pointers: bool,
    pub elem_has_pointers: bool,
    /// Whether the bucket type holds pointers (`t.Bucket.Pointers()`).
    pub bucket_has_pointers: bool,
    pub bucket_ptrmask: Vec<u64>,
    pub need_key_update: bool,
    pub reflexive_key: bool,
    pub hash_might_panic: bool,
    pub key_alg: KeyAlg,
    /// Resolves interface type words for interface keys (and keys containing them).
    pub dyn_types: Option<Arc<dyn DynTypes>>,
    /// Address of at least `elem_size` zero bytes, returned by lookups that miss (Go's
    /// `zeroVal`).
    pub zero_val: u64,
    /// The fast variant gc uses for this map type (`mapfast`), if any.
    pub fast: Option<FastKind>,
}

fn has_bits(mask: &[u64]) -> bool {
    mask.iter().any(|&w| w != 0)
}

fn set_bit(mask: &mut [u64], word: u64) {
    if let Some(w) = mask.get_mut((word / 64) as usize) {
        *w |= 1 << (word % 64);
    }
}

fn bit(mask: &[u64], word: u64) -> bool {
    mask.get((word / 64) as usize)
        .is_some_and(|w| w & (1 << (word % 64)) != 0)
}

impl MapType {
    /// Describes `map[K]E` where K has `key_size` bytes, pointer words `key_ptrmask` and
    /// shape `key_alg`, and E has `elem_size` bytes and pointer words `elem_ptrmask`.
    /// Layout as cmd/compile's `MapBucketType` (reflectdata/reflect.go).
    pub fn new(
        key_size: u64,
        key_ptrmask: Vec<u64>,
        key_alg: KeyAlg,
        elem_size: u64,
        elem_ptrmask: Vec<u64>,
        dyn_types: Option<Arc<dyn DynTypes>>,
        zero_val: u64,
    ) -> MapType {
        let indirect_key = key_size > MAX_KEY_BYTES;
        let indirect_elem = elem_size > MAX_ELEM_BYTES;
        let key_slot = if indirect_key { 8 } else { key_size };
        let elem_slot = if indirect_elem { 8 } else { elem_size };
        let key_has_pointers = has_bits(&key_ptrmask);
        let elem_has_pointers = has_bits(&elem_ptrmask);
        let bucket_has_pointers =
            key_has_pointers || elem_has_pointers || indirect_key || indirect_elem;
        let bucket_size = DATA_OFFSET + BUCKET_CNT * key_slot + BUCKET_CNT * elem_slot + 8;
        let words = bucket_size / 8;
        let mut bucket_ptrmask = vec![0u64; words.div_ceil(64) as usize];
        if bucket_has_pointers {
            for i in 0..BUCKET_CNT {
                let kbase = (DATA_OFFSET + i * key_slot) / 8;
                if indirect_key {
                    set_bit(&mut bucket_ptrmask, kbase);
                } else if key_slot % 8 == 0 {
                    for w in 0..key_slot / 8 {
                        if bit(&key_ptrmask, w) {
                            set_bit(&mut bucket_ptrmask, kbase + w);
                        }
                    }
                }
                let ebase = (DATA_OFFSET + BUCKET_CNT * key_slot + i * elem_slot) / 8;
                if indirect_elem {
                    set_bit(&mut bucket_ptrmask, ebase);
                } else if elem_slot % 8 == 0 {
                    for w in 0..elem_slot / 8 {
                        if bit(&elem_ptrmask, w) {
                            set_bit(&mut bucket_ptrmask, ebase + w);
                        }
                    }
                }
            }
            set_bit(&mut bucket_ptrmask, words - 1);
        }
        // gc's `mapfast`: elems of at most 128 bytes, and keys of plain 4- or 8-byte
        // memory (AMEM32 without pointers, AMEM64) or strings.
        let fast = if elem_size > MAX_ELEM_BYTES {
            None
        } else {
            match key_alg {
                KeyAlg::Mem { size: 4 } if !key_has_pointers => Some(FastKind::Fast32),
                KeyAlg::Mem { size: 8 } if !key_has_pointers => Some(FastKind::Fast64),
                KeyAlg::Mem { size: 8 } => Some(FastKind::Fast64Ptr),
                KeyAlg::String => Some(FastKind::FastStr),
                _ => None,
            }
        };
        MapType {
            fast,
            key_size,
            elem_size,
            key_slot,
            elem_slot,
            bucket_size,
            indirect_key,
            indirect_elem,
            need_key_update: key_alg.need_key_update(),
            reflexive_key: key_alg.reflexive(),
            hash_might_panic: key_alg.hash_might_panic(),
            key_ptrmask,
            elem_ptrmask,
            key_has_pointers,
            elem_has_pointers,
            bucket_has_pointers,
            bucket_ptrmask,
            key_alg,
            dyn_types,
            zero_val,
        }
    }

    #[inline]
    fn hasher<M: MapMem>(&self, m: &M, key: u64, seed: u64) -> MResult<u64, M> {
        Ok(alg::hash(
            m,
            &self.key_alg,
            self.dyn_types.as_deref(),
            key,
            seed,
        )?)
    }

    #[inline]
    fn key_equal<M: MapMem>(&self, m: &M, a: u64, b: u64) -> MResult<bool, M> {
        Ok(alg::equal(
            m,
            &self.key_alg,
            self.dyn_types.as_deref(),
            a,
            b,
        )?)
    }

    /// `mapKeyError`.
    fn key_error<M: MapMem>(&self, m: &M, key: u64) -> MResult<(), M> {
        if !self.hash_might_panic {
            return Ok(());
        }
        Ok(alg::key_error(
            m,
            &self.key_alg,
            self.dyn_types.as_deref(),
            key,
        )?)
    }

    #[inline(always)]
    fn key_at(&self, b: u64, i: u64) -> u64 {
        b.wrapping_add(DATA_OFFSET)
            .wrapping_add(i.wrapping_mul(self.key_slot))
    }

    #[inline(always)]
    fn elem_at(&self, b: u64, i: u64) -> u64 {
        b.wrapping_add(DATA_OFFSET)
            .wrapping_add(BUCKET_CNT.wrapping_mul(self.key_slot))
            .wrapping_add(i.wrapping_mul(self.elem_slot))
    }

    #[inline(always)]
    fn bucket_at(&self, base: u64, i: u64) -> u64 {
        base.wrapping_add(i.wrapping_mul(self.bucket_size))
    }

    #[inline(always)]
    fn overflow<M: MapMem>(&self, m: &M, b: u64) -> MResult<u64, M> {
        m.load_u64(b.wrapping_add(self.bucket_size).wrapping_sub(8))
            .f()
    }

    #[inline(always)]
    fn set_overflow<M: MapMem>(&self, m: &M, b: u64, ovf: u64) -> MResult<(), M> {
        m.store_ptr(b.wrapping_add(self.bucket_size).wrapping_sub(8), ovf)
            .f()
    }
}

/// `bucketShift`: 2^b, with the shift masked as Go masks it.
#[inline(always)]
pub fn bucket_shift(b: u8) -> u64 {
    1u64 << (b & 63)
}

/// `bucketMask`.
#[inline(always)]
pub fn bucket_mask(b: u8) -> u64 {
    bucket_shift(b).wrapping_sub(1)
}

/// `tophash`: the top byte of the hash, moved above the special values.
#[inline(always)]
pub fn tophash(hash: u64) -> u8 {
    let top = (hash >> 56) as u8;
    if top < MIN_TOP_HASH {
        top + MIN_TOP_HASH
    } else {
        top
    }
}

/// `isEmpty`.
#[inline(always)]
pub fn is_empty(x: u8) -> bool {
    x <= EMPTY_ONE
}

/// `overLoadFactor`: whether `count` entries in 2^B buckets exceed 6.5 per bucket.
#[inline]
pub fn over_load_factor(count: i64, b: u8) -> bool {
    count > BUCKET_CNT as i64
        && (count as u64) > LOAD_FACTOR_NUM.wrapping_mul(bucket_shift(b) / LOAD_FACTOR_DEN)
}

/// `tooManyOverflowBuckets`.
#[inline]
pub fn too_many_overflow_buckets(noverflow: u16, b: u8) -> bool {
    let b = b.min(15);
    noverflow >= 1u16 << (b & 15)
}

/// Typed accessors of the `hmap` header at `h`.
struct H<'a, M: MapMem> {
    m: &'a M,
    h: u64,
}

impl<M: MapMem> H<'_, M> {
    #[inline(always)]
    fn count(&self) -> MResult<i64, M> {
        Ok(self.m.load_u64(self.h.wrapping_add(H_COUNT)).f()? as i64)
    }
    #[inline(always)]
    fn set_count(&self, v: i64) -> MResult<(), M> {
        self.m.store_u64(self.h.wrapping_add(H_COUNT), v as u64).f()
    }
    #[inline(always)]
    fn flags(&self) -> MResult<u8, M> {
        self.m.load_u8(self.h.wrapping_add(H_FLAGS)).f()
    }
    #[inline(always)]
    fn set_flags(&self, v: u8) -> MResult<(), M> {
        self.m.store_u8(self.h.wrapping_add(H_FLAGS), v).f()
    }
    #[inline(always)]
    fn b(&self) -> MResult<u8, M> {
        self.m.load_u8(self.h.wrapping_add(H_B)).f()
    }
    #[inline(always)]
    fn set_b(&self, v: u8) -> MResult<(), M> {
        self.m.store_u8(self.h.wrapping_add(H_B), v).f()
    }
    #[inline(always)]
    fn noverflow(&self) -> MResult<u16, M> {
        self.m.load_u16(self.h.wrapping_add(H_NOVERFLOW)).f()
    }
    #[inline(always)]
    fn set_noverflow(&self, v: u16) -> MResult<(), M> {
        self.m.store_u16(self.h.wrapping_add(H_NOVERFLOW), v).f()
    }
    #[inline(always)]
    fn hash0(&self) -> MResult<u64, M> {
        Ok(self.m.load_u32(self.h.wrapping_add(H_HASH0)).f()? as u64)
    }
    #[inline(always)]
    fn set_hash0(&self, v: u32) -> MResult<(), M> {
        self.m.store_u32(self.h.wrapping_add(H_HASH0), v).f()
    }
    #[inline(always)]
    fn buckets(&self) -> MResult<u64, M> {
        self.m.load_u64(self.h.wrapping_add(H_BUCKETS)).f()
    }
    #[inline(always)]
    fn set_buckets(&self, v: u64) -> MResult<(), M> {
        self.m.store_ptr(self.h.wrapping_add(H_BUCKETS), v).f()
    }
    #[inline(always)]
    fn oldbuckets(&self) -> MResult<u64, M> {
        self.m.load_u64(self.h.wrapping_add(H_OLDBUCKETS)).f()
    }
    #[inline(always)]
    fn set_oldbuckets(&self, v: u64) -> MResult<(), M> {
        self.m.store_ptr(self.h.wrapping_add(H_OLDBUCKETS), v).f()
    }
    #[inline(always)]
    fn nevacuate(&self) -> MResult<u64, M> {
        self.m.load_u64(self.h.wrapping_add(H_NEVACUATE)).f()
    }
    #[inline(always)]
    fn set_nevacuate(&self, v: u64) -> MResult<(), M> {
        self.m.store_u64(self.h.wrapping_add(H_NEVACUATE), v).f()
    }
    #[inline(always)]
    fn extra(&self) -> MResult<u64, M> {
        self.m.load_u64(self.h.wrapping_add(H_EXTRA)).f()
    }
    #[inline(always)]
    fn set_extra(&self, v: u64) -> MResult<(), M> {
        self.m.store_ptr(self.h.wrapping_add(H_EXTRA), v).f()
    }
    /// `growing`.
    #[inline(always)]
    fn growing(&self) -> MResult<bool, M> {
        Ok(self.oldbuckets()? != 0)
    }
    /// `sameSizeGrow`.
    #[inline(always)]
    fn same_size_grow(&self) -> MResult<bool, M> {
        Ok(self.flags()? & SAME_SIZE_GROW != 0)
    }
    /// `noldbuckets`.
    fn noldbuckets(&self) -> MResult<u64, M> {
        let mut old_b = self.b()?;
        if !self.same_size_grow()? {
            old_b = old_b.wrapping_sub(1);
        }
        Ok(bucket_shift(old_b))
    }
    /// `oldbucketmask`.
    fn oldbucketmask(&self) -> MResult<u64, M> {
        Ok(self.noldbuckets()?.wrapping_sub(1))
    }
    /// `h.flags ^= hashWriting`: a plain load, then a plain store (not an atomic RMW).
    #[inline(always)]
    fn toggle_writing(&self) -> MResult<(), M> {
        // As in Go, a plain (not atomic) read-modify-write of the flags byte. The byte
        // shares its heap word with B, noverflow and hash0, which only the goroutine
        // holding hashWriting changes, so the word is rewritten with a plain store (a heap
        // byte store is a compare-and-swap loop on its word). Racing writers, which the
        // flag exists to catch, can then lose each other's header updates, as racing
        // writers corrupt a map in Go.
        let a = self.h.wrapping_add(H_FLAGS);
        let w = self.m.load_u64(a).f()?;
        self.m.store_u64(a, w ^ HASH_WRITING as u64).f()
    }
    /// The check at `done:`, then `h.flags &^= hashWriting` (the word rewritten as in
    /// [`H::toggle_writing`]).
    #[inline(always)]
    fn finish_writing(&self) -> MResult<(), M> {
        let a = self.h.wrapping_add(H_FLAGS);
        let w = self.m.load_u64(a).f()?;
        if w as u8 & HASH_WRITING == 0 {
            return Err(MapError::Fatal(MapFatal::ConcurrentWrites));
        }
        self.m.store_u64(a, w & !(HASH_WRITING as u64)).f()
    }
}

#[inline(always)]
fn hdr<M: MapMem>(m: &M, h: u64) -> H<'_, M> {
    H { m, h }
}

/// `b.tophash[i] = v`. The eight tophash bytes of a bucket are one heap word, and only
/// the goroutine holding `hashWriting` writes them, so the byte is stored by rewriting
/// its word with a plain store (a heap byte store is a compare-and-swap on the word,
/// which this single writer does not need). Only racing writers, which Go's flag
/// protocol exists to catch, could tell the difference.
#[inline(always)]
fn set_tophash<M: MapMem>(m: &M, b: u64, i: u64, v: u8) -> MResult<(), M> {
    let sh = (i & 7) * 8;
    let w = m.load_u64(b).f()?;
    m.store_u64(b, (w & !(0xff << sh)) | ((v as u64) << sh)).f()
}

/// `evacuated(b)`: whether the old bucket `b` has been moved (tophash[0] is 2, 3 or 4).
#[inline]
fn evacuated<M: MapMem>(m: &M, b: u64) -> MResult<bool, M> {
    let h = m.load_u8(b).f()?;
    Ok(h > EMPTY_ONE && h < MIN_TOP_HASH)
}

/// `len(m)`: the count field, 0 for a nil map.
pub fn maplen<M: MapMem>(m: &M, h: u64) -> MResult<i64, M> {
    if h == 0 {
        return Ok(0);
    }
    hdr(m, h).count()
}

/// `makemap_small`: a header with only `hash0` set; the buckets come at the first
/// assignment.
pub fn makemap_small<M: MapMem>(m: &M) -> MResult<u64, M> {
    let h = m.alloc(HMAP_SIZE, 1, &HMAP_PTRMASK).f()?;
    hdr(m, h).set_hash0(alg::rand() as u32)?;
    Ok(h)
}

/// `makemap(t, hint)`: the smallest B that holds `hint` entries without exceeding the
/// load factor, with the bucket array allocated at once when B > 0.
pub fn makemap<M: MapMem>(t: &MapType, m: &M, hint: i64) -> MResult<u64, M> {
    let mut hint = hint;
    match (hint as u64).checked_mul(t.bucket_size) {
        Some(mem) if mem <= MAX_ALLOC => {}
        _ => hint = 0,
    }
    let h = m.alloc(HMAP_SIZE, 1, &HMAP_PTRMASK).f()?;
    let hh = hdr(m, h);
    hh.set_hash0(alg::rand() as u32)?;
    let mut b: u8 = 0;
    while over_load_factor(hint, b) {
        b += 1;
    }
    hh.set_b(b)?;
    if b != 0 {
        let (buckets, next_overflow) = make_bucket_array(t, m, b, 0)?;
        hh.set_buckets(buckets)?;
        if next_overflow != 0 {
            let x = m.alloc(MAPEXTRA_SIZE, 1, &MAPEXTRA_PTRMASK).f()?;
            hh.set_extra(x)?;
            m.store_ptr(x.wrapping_add(X_NEXTOVERFLOW), next_overflow)
                .f()?;
        }
    }
    Ok(h)
}

/// `makeBucketArray`: 2^b buckets, plus preallocated overflow buckets when b >= 4 (the
/// number rounded up to fill the allocation's size class). `dirty` reuses and clears an
/// array made earlier with the same b. Returns the array and the first free overflow
/// bucket (0 if none); the last preallocated bucket's overflow field points at the array
/// as an end marker.
fn make_bucket_array<M: MapMem>(t: &MapType, m: &M, b: u8, dirty: u64) -> MResult<(u64, u64), M> {
    let base = bucket_shift(b);
    let mut nbuckets = base;
    if b >= 4 {
        nbuckets = nbuckets.wrapping_add(bucket_shift(b - 4));
        let sz = t.bucket_size.wrapping_mul(nbuckets);
        let up = m.roundupsize(sz, !t.bucket_has_pointers);
        if up != sz {
            nbuckets = up / t.bucket_size;
        }
    }
    let buckets = if dirty == 0 {
        m.alloc(t.bucket_size, nbuckets, &t.bucket_ptrmask).f()?
    } else {
        m.memclr(
            dirty,
            t.bucket_size.wrapping_mul(nbuckets),
            t.bucket_has_pointers,
        )
        .f()?;
        dirty
    };
    let mut next_overflow = 0;
    if base != nbuckets {
        next_overflow = t.bucket_at(buckets, base);
        let last = t.bucket_at(buckets, nbuckets - 1);
        t.set_overflow(m, last, buckets)?;
    }
    Ok((buckets, next_overflow))
}

/// Finds `key` (hash already known) in the table, as mapaccess1/2 and mapaccessK do:
/// returns the addresses of the stored key and of the elem slot's value.
#[inline]
fn lookup<M: MapMem>(
    t: &MapType,
    m: &M,
    hh: &H<'_, M>,
    hash: u64,
    key: u64,
) -> MResult<Option<(u64, u64)>, M> {
    let mut mask = bucket_mask(hh.b()?);
    let mut b = t.bucket_at(hh.buckets()?, hash & mask);
    let c = hh.oldbuckets()?;
    if c != 0 {
        if !hh.same_size_grow()? {
            // There used to be half as many buckets.
            mask >>= 1;
        }
        let oldb = t.bucket_at(c, hash & mask);
        if !evacuated(m, oldb)? {
            b = oldb;
        }
    }
    let top = tophash(hash);
    while b != 0 {
        for i in 0..BUCKET_CNT {
            let th = m.load_u8(b.wrapping_add(i)).f()?;
            if th != top {
                if th == EMPTY_REST {
                    return Ok(None);
                }
                continue;
            }
            let mut k = t.key_at(b, i);
            if t.indirect_key {
                k = m.load_u64(k).f()?;
            }
            if t.key_equal(m, key, k)? {
                let mut e = t.elem_at(b, i);
                if t.indirect_elem {
                    e = m.load_u64(e).f()?;
                }
                return Ok(Some((k, e)));
            }
        }
        b = t.overflow(m, b)?;
    }
    Ok(None)
}

/// `mapaccess2`: the address of `h[key]` (or of the zero value) and whether it was found.
/// `key` is the address of the key value.
pub fn mapaccess2<M: MapMem>(t: &MapType, m: &M, h: u64, key: u64) -> MResult<(u64, bool), M> {
    if h == 0 || hdr(m, h).count()? == 0 {
        t.key_error(m, key)?;
        return Ok((t.zero_val, false));
    }
    let hh = hdr(m, h);
    if hh.flags()? & HASH_WRITING != 0 {
        return Err(MapError::Fatal(MapFatal::ConcurrentReadWrite));
    }
    let hash = t.hasher(m, key, hh.hash0()?)?;
    Ok(match lookup(t, m, &hh, hash, key)? {
        Some((_, e)) => (e, true),
        None => (t.zero_val, false),
    })
}

/// `mapaccess1`: the address of `h[key]`, or of the zero value when it is absent.
pub fn mapaccess1<M: MapMem>(t: &MapType, m: &M, h: u64, key: u64) -> MResult<u64, M> {
    Ok(mapaccess2(t, m, h, key)?.0)
}

/// `mapaccessK`: the stored key and elem for `key`, without the concurrent-write check
/// (used by the iterator).
pub fn mapaccess_k<M: MapMem>(
    t: &MapType,
    m: &M,
    h: u64,
    key: u64,
) -> MResult<Option<(u64, u64)>, M> {
    if h == 0 || hdr(m, h).count()? == 0 {
        return Ok(None);
    }
    let hh = hdr(m, h);
    let hash = t.hasher(m, key, hh.hash0()?)?;
    lookup(t, m, &hh, hash, key)
}

/// `mapassign`: finds or makes the slot for `key` and returns the address where the
/// caller stores the elem. The write is finished when this returns (as in Go, where the
/// compiled code stores through the returned pointer afterwards).
pub fn mapassign<M: MapMem>(t: &MapType, m: &M, h: u64, key: u64) -> MResult<u64, M> {
    if h == 0 {
        return Err(MapError::Panic(MapPanic::AssignmentToNilMap));
    }
    let hh = hdr(m, h);
    if hh.flags()? & HASH_WRITING != 0 {
        return Err(MapError::Fatal(MapFatal::ConcurrentWrites));
    }
    let hash = t.hasher(m, key, hh.hash0()?)?;
    // Set hashWriting after hashing, since hashing may panic, in which case nothing was
    // written.
    hh.toggle_writing()?;
    if hh.buckets()? == 0 {
        let b = m.alloc(t.bucket_size, 1, &t.bucket_ptrmask).f()?;
        hh.set_buckets(b)?;
    }
    let mut elem;
    'again: loop {
        let bucket = hash & bucket_mask(hh.b()?);
        if hh.growing()? {
            grow_work(t, m, &hh, bucket)?;
        }
        let mut b = t.bucket_at(hh.buckets()?, bucket);
        let top = tophash(hash);
        let mut inserti = 0u64;
        let mut insertk = 0u64;
        elem = 0;
        'bucketloop: loop {
            for i in 0..BUCKET_CNT {
                let th = m.load_u8(b.wrapping_add(i)).f()?;
                if th != top {
                    if is_empty(th) && inserti == 0 {
                        inserti = b.wrapping_add(i);
                        insertk = t.key_at(b, i);
                        elem = t.elem_at(b, i);
                    }
                    if th == EMPTY_REST {
                        break 'bucketloop;
                    }
                    continue;
                }
                let mut k = t.key_at(b, i);
                if t.indirect_key {
                    k = m.load_u64(k).f()?;
                }
                if !t.key_equal(m, key, k)? {
                    continue;
                }
                // Already have a mapping for key: update it.
                if t.need_key_update {
                    m.memmove(k, key, t.key_size, t.key_has_pointers).f()?;
                }
                elem = t.elem_at(b, i);
                break 'again;
            }
            let ovf = t.overflow(m, b)?;
            if ovf == 0 {
                break;
            }
            b = ovf;
        }
        // Not found: allocate a new cell. Start growing if we hit the load factor or
        // have too many overflow buckets and are not already growing.
        if !hh.growing()?
            && (over_load_factor(hh.count()?.wrapping_add(1), hh.b()?)
                || too_many_overflow_buckets(hh.noverflow()?, hh.b()?))
        {
            hash_grow(t, m, &hh)?;
            continue 'again; // Growing invalidates everything, so try again.
        }
        if inserti == 0 {
            // The bucket and its overflow chain are full: chain a new one.
            let newb = newoverflow(t, m, &hh, b)?;
            inserti = newb;
            insertk = t.key_at(newb, 0);
            elem = t.elem_at(newb, 0);
        }
        if t.indirect_key {
            let kmem = m.alloc(t.key_size, 1, &t.key_ptrmask).f()?;
            m.store_ptr(insertk, kmem).f()?;
            insertk = kmem;
        }
        if t.indirect_elem {
            let vmem = m.alloc(t.elem_size, 1, &t.elem_ptrmask).f()?;
            m.store_ptr(elem, vmem).f()?;
        }
        m.memmove(insertk, key, t.key_size, t.key_has_pointers)
            .f()?;
        set_tophash(m, inserti & !7, inserti & 7, top)?;
        let c = hh.count()?;
        hh.set_count(c.wrapping_add(1))?;
        break;
    }
    hh.finish_writing()?;
    if t.indirect_elem {
        elem = m.load_u64(elem).f()?;
    }
    Ok(elem)
}

/// `mapdelete`: removes `key` if present. Deleting from a nil map is a no-op.
pub fn mapdelete<M: MapMem>(t: &MapType, m: &M, h: u64, key: u64) -> MResult<(), M> {
    if h == 0 || hdr(m, h).count()? == 0 {
        t.key_error(m, key)?;
        return Ok(());
    }
    let hh = hdr(m, h);
    if hh.flags()? & HASH_WRITING != 0 {
        return Err(MapError::Fatal(MapFatal::ConcurrentWrites));
    }
    let hash = t.hasher(m, key, hh.hash0()?)?;
    hh.toggle_writing()?;
    let bucket = hash & bucket_mask(hh.b()?);
    if hh.growing()? {
        grow_work(t, m, &hh, bucket)?;
    }
    let mut b = t.bucket_at(hh.buckets()?, bucket);
    let b_orig = b;
    let top = tophash(hash);
    'search: while b != 0 {
        for i in 0..BUCKET_CNT {
            let th = m.load_u8(b.wrapping_add(i)).f()?;
            if th != top {
                if th == EMPTY_REST {
                    break 'search;
                }
                continue;
            }
            let k = t.key_at(b, i);
            let mut k2 = k;
            if t.indirect_key {
                k2 = m.load_u64(k2).f()?;
            }
            if !t.key_equal(m, key, k2)? {
                continue;
            }
            // Only clear the key if it holds pointers.
            if t.indirect_key {
                m.store_ptr(k, 0).f()?;
            } else if t.key_has_pointers {
                m.memclr(k, t.key_size, true).f()?;
            }
            let e = t.elem_at(b, i);
            if t.indirect_elem {
                m.store_ptr(e, 0).f()?;
            } else {
                m.memclr(e, t.elem_size, t.elem_has_pointers).f()?;
            }
            delete_slot(t, m, &hh, b_orig, b, i)?;
            break 'search;
        }
        b = t.overflow(m, b)?;
    }
    hh.finish_writing()
}

/// The end of a delete, shared by `mapdelete` and its fast variants: marks slot `i` of
/// bucket `b` (in the chain that starts at `b_orig`) empty, turns a trailing run of
/// emptyOne slots into emptyRest, decrements the count and, when the map becomes empty,
/// picks a new hash seed.
fn delete_slot<M: MapMem>(
    t: &MapType,
    m: &M,
    hh: &H<'_, M>,
    b_orig: u64,
    b: u64,
    i: u64,
) -> MResult<(), M> {
    let mut b = b;
    set_tophash(m, b, i, EMPTY_ONE)?;
    // If the bucket now ends in a run of emptyOne slots, turn them into
    // emptyRest.
    let last_in_run = if i == BUCKET_CNT - 1 {
        let ovf = t.overflow(m, b)?;
        ovf == 0 || m.load_u8(ovf).f()? == EMPTY_REST
    } else {
        m.load_u8(b.wrapping_add(i + 1)).f()? == EMPTY_REST
    };
    if last_in_run {
        let mut i = i;
        loop {
            set_tophash(m, b, i, EMPTY_REST)?;
            if i == 0 {
                if b == b_orig {
                    break; // Start of the first bucket: done.
                }
                // Find the previous bucket and continue at its last slot.
                let c = b;
                b = b_orig;
                loop {
                    let n = t.overflow(m, b)?;
                    if n == c || n == 0 {
                        break;
                    }
                    b = n;
                }
                i = BUCKET_CNT - 1;
            } else {
                i -= 1;
            }
            if m.load_u8(b.wrapping_add(i)).f()? != EMPTY_ONE {
                break;
            }
        }
    }
    let c = hh.count()?.wrapping_sub(1);
    hh.set_count(c)?;
    // Reset the seed to make collision attacks harder (golang/go#25237).
    if c == 0 {
        hh.set_hash0(alg::rand() as u32)?;
    }
    Ok(())
}

/// `mapclear` (`clear(m)`): removes every entry, keeping B and the bucket array.
pub fn mapclear<M: MapMem>(t: &MapType, m: &M, h: u64) -> MResult<(), M> {
    if h == 0 || hdr(m, h).count()? == 0 {
        return Ok(());
    }
    let hh = hdr(m, h);
    if hh.flags()? & HASH_WRITING != 0 {
        return Err(MapError::Fatal(MapFatal::ConcurrentWrites));
    }
    hh.toggle_writing()?;
    // Mark every bucket empty so that running iterators stop (golang/go#59411).
    let mark_empty = |base: u64, mask: u64| -> MResult<(), M> {
        let mut i = 0u64;
        loop {
            let mut b = t.bucket_at(base, i);
            while b != 0 {
                m.store_u64(b, 0).f()?; // All eight tophash bytes become emptyRest.
                b = t.overflow(m, b)?;
            }
            if i == mask {
                return Ok(());
            }
            i += 1;
        }
    };
    mark_empty(hh.buckets()?, bucket_mask(hh.b()?))?;
    let old = hh.oldbuckets()?;
    if old != 0 {
        mark_empty(old, hh.oldbucketmask()?)?;
    }
    let f = hh.flags()?;
    hh.set_flags(f & !SAME_SIZE_GROW)?;
    hh.set_oldbuckets(0)?;
    hh.set_nevacuate(0)?;
    hh.set_noverflow(0)?;
    hh.set_count(0)?;
    hh.set_hash0(alg::rand() as u32)?;
    // Keep the mapextra allocation but clear its fields.
    let x = hh.extra()?;
    if x != 0 {
        m.store_ptr(x.wrapping_add(X_OVERFLOW), 0).f()?;
        m.store_ptr(x.wrapping_add(X_OLDOVERFLOW), 0).f()?;
        m.store_ptr(x.wrapping_add(X_NEXTOVERFLOW), 0).f()?;
    }
    // Clear the array in place and recover its preallocated overflow buckets.
    let (_, next_overflow) = make_bucket_array(t, m, hh.b()?, hh.buckets()?)?;
    if next_overflow != 0 {
        let x = hh.extra()?;
        if x != 0 {
            m.store_ptr(x.wrapping_add(X_NEXTOVERFLOW), next_overflow)
                .f()?;
        }
    }
    hh.finish_writing()
}

/// `incrnoverflow`: exact below B=16, then probabilistic (probability 2^-(B-15)).
fn incrnoverflow<M: MapMem>(hh: &H<'_, M>) -> MResult<(), M> {
    let b = hh.b()?;
    if b < 16 {
        let n = hh.noverflow()?;
        return hh.set_noverflow(n.wrapping_add(1));
    }
    let mask = (1u32 << ((b - 15) & 31)).wrapping_sub(1);
    if (alg::rand() as u32) & mask == 0 {
        let n = hh.noverflow()?;
        hh.set_noverflow(n.wrapping_add(1))?;
    }
    Ok(())
}

/// `createOverflow`: makes sure `extra` and `extra.overflow` exist.
fn create_overflow<M: MapMem>(m: &M, hh: &H<'_, M>) -> MResult<u64, M> {
    let mut x = hh.extra()?;
    if x == 0 {
        x = m.alloc(MAPEXTRA_SIZE, 1, &MAPEXTRA_PTRMASK).f()?;
        hh.set_extra(x)?;
    }
    if m.load_u64(x.wrapping_add(X_OVERFLOW)).f()? == 0 {
        let s = m.alloc(SLICE_SIZE, 1, &SLICE_PTRMASK).f()?;
        m.store_ptr(x.wrapping_add(X_OVERFLOW), s).f()?;
    }
    Ok(x)
}

/// `*s = append(*s, p)` for the `[]*bmap` whose header is at `s`. Capacity grows as
/// `nextslicecap` computes it (size-class rounding is left to the heap's allocator).
fn append_ptr<M: MapMem>(m: &M, s: u64, p: u64) -> MResult<(), M> {
    let data = m.load_u64(s).f()?;
    let len = m.load_u64(s.wrapping_add(8)).f()?;
    let cap = m.load_u64(s.wrapping_add(16)).f()?;
    let mut data = data;
    if len >= cap {
        let newcap = super::slice::next_slice_cap(len as i64 + 1, cap as i64) as u64;
        let nd = m.alloc(8, newcap, &PTR_PTRMASK).f()?;
        if len > 0 {
            m.memmove(nd, data, len.wrapping_mul(8), true).f()?;
        }
        data = nd;
        m.store_ptr(s, data).f()?;
        m.store_u64(s.wrapping_add(16), newcap).f()?;
    }
    m.store_ptr(data.wrapping_add(len.wrapping_mul(8)), p).f()?;
    m.store_u64(s.wrapping_add(8), len.wrapping_add(1)).f()?;
    Ok(())
}

/// `newoverflow`: chains a new overflow bucket after `b`, taking a preallocated one when
/// there is one left.
fn newoverflow<M: MapMem>(t: &MapType, m: &M, hh: &H<'_, M>, b: u64) -> MResult<u64, M> {
    let x = hh.extra()?;
    let next = if x != 0 {
        m.load_u64(x.wrapping_add(X_NEXTOVERFLOW)).f()?
    } else {
        0
    };
    let ovf;
    if next != 0 {
        ovf = next;
        if t.overflow(m, ovf)? == 0 {
            // Not the last preallocated bucket: bump the pointer.
            m.store_ptr(
                x.wrapping_add(X_NEXTOVERFLOW),
                ovf.wrapping_add(t.bucket_size),
            )
            .f()?;
        } else {
            // The last one: clear its end-marker and the free pointer.
            t.set_overflow(m, ovf, 0)?;
            m.store_ptr(x.wrapping_add(X_NEXTOVERFLOW), 0).f()?;
        }
    } else {
        ovf = m.alloc(t.bucket_size, 1, &t.bucket_ptrmask).f()?;
    }
    incrnoverflow(hh)?;
    if !t.bucket_has_pointers {
        // Pointer-free buckets are invisible to the GC; keep the overflow bucket alive
        // from mapextra.overflow.
        let x = create_overflow(m, hh)?;
        let s = m.load_u64(x.wrapping_add(X_OVERFLOW)).f()?;
        append_ptr(m, s, ovf)?;
    }
    t.set_overflow(m, b, ovf)?;
    Ok(ovf)
}

/// `hashGrow`: starts a grow, bigger when over the load factor, else same-size.
fn hash_grow<M: MapMem>(t: &MapType, m: &M, hh: &H<'_, M>) -> MResult<(), M> {
    let mut bigger = 1u8;
    if !over_load_factor(hh.count()?.wrapping_add(1), hh.b()?) {
        bigger = 0;
        let f = hh.flags()?;
        hh.set_flags(f | SAME_SIZE_GROW)?;
    }
    let oldbuckets = hh.buckets()?;
    let b = hh.b()?;
    let (newbuckets, next_overflow) = make_bucket_array(t, m, b.wrapping_add(bigger), 0)?;
    let f = hh.flags()?;
    let mut flags = f & !(ITERATOR | OLD_ITERATOR);
    if f & ITERATOR != 0 {
        flags |= OLD_ITERATOR;
    }
    // Commit the grow.
    hh.set_b(b.wrapping_add(bigger))?;
    hh.set_flags(flags)?;
    hh.set_oldbuckets(oldbuckets)?;
    hh.set_buckets(newbuckets)?;
    hh.set_nevacuate(0)?;
    hh.set_noverflow(0)?;
    let mut x = hh.extra()?;
    if x != 0 {
        let ovf = m.load_u64(x.wrapping_add(X_OVERFLOW)).f()?;
        if ovf != 0 {
            // Promote the current overflow buckets to the old generation.
            if m.load_u64(x.wrapping_add(X_OLDOVERFLOW)).f()? != 0 {
                return Err(MapError::Fatal(MapFatal::OldOverflowNotNil));
            }
            m.store_ptr(x.wrapping_add(X_OLDOVERFLOW), ovf).f()?;
            m.store_ptr(x.wrapping_add(X_OVERFLOW), 0).f()?;
        }
    }
    if next_overflow != 0 {
        if x == 0 {
            x = m.alloc(MAPEXTRA_SIZE, 1, &MAPEXTRA_PTRMASK).f()?;
            hh.set_extra(x)?;
        }
        m.store_ptr(x.wrapping_add(X_NEXTOVERFLOW), next_overflow)
            .f()?;
    }
    Ok(())
}

/// `growWork`: evacuates the old bucket behind `bucket`, then one more.
fn grow_work<M: MapMem>(t: &MapType, m: &M, hh: &H<'_, M>, bucket: u64) -> MResult<(), M> {
    evacuate(t, m, hh, bucket & hh.oldbucketmask()?)?;
    if hh.growing()? {
        evacuate(t, m, hh, hh.nevacuate()?)?;
    }
    Ok(())
}

/// `typedmemmove` of a key or elem of `n` bytes whose pointer words are `ptrmask`: small
/// word-aligned values move word by word (pointer words through the write barrier), the
/// others through [`MapMem::memmove`].
#[inline]
fn typedmemmove<M: MapMem>(
    m: &M,
    dst: u64,
    src: u64,
    n: u64,
    ptrmask: &[u64],
    has_pointers: bool,
) -> MResult<(), M> {
    if n % 8 == 0 && n <= 32 && dst % 8 == 0 && src % 8 == 0 {
        for w in 0..n / 8 {
            let v = m.load_u64(src.wrapping_add(w * 8)).f()?;
            if has_pointers && bit(ptrmask, w) {
                m.store_ptr(dst.wrapping_add(w * 8), v).f()?;
            } else {
                m.store_u64(dst.wrapping_add(w * 8), v).f()?;
            }
        }
        return Ok(());
    }
    m.memmove(dst, src, n, has_pointers).f()
}

/// An evacuation destination (`evacDst`).
#[derive(Clone, Copy, Default)]
struct EvacDst {
    b: u64,
    i: u64,
    k: u64,
    e: u64,
}

/// `evacuate`: moves the entries of old bucket `oldbucket` (and its overflow chain) to
/// the new array, to the same index (X) or, in a bigger grow, index + newbit (Y).
fn evacuate<M: MapMem>(t: &MapType, m: &M, hh: &H<'_, M>, oldbucket: u64) -> MResult<(), M> {
    let oldbuckets = hh.oldbuckets()?;
    let mut b = t.bucket_at(oldbuckets, oldbucket);
    let newbit = hh.noldbuckets()?;
    if !evacuated(m, b)? {
        let mut xy = [EvacDst::default(); 2];
        let buckets = hh.buckets()?;
        xy[0].b = t.bucket_at(buckets, oldbucket);
        xy[0].k = xy[0].b.wrapping_add(DATA_OFFSET);
        xy[0].e = xy[0].k.wrapping_add(BUCKET_CNT.wrapping_mul(t.key_slot));
        let same_size = hh.same_size_grow()?;
        if !same_size {
            xy[1].b = t.bucket_at(buckets, oldbucket.wrapping_add(newbit));
            xy[1].k = xy[1].b.wrapping_add(DATA_OFFSET);
            xy[1].e = xy[1].k.wrapping_add(BUCKET_CNT.wrapping_mul(t.key_slot));
        }
        while b != 0 {
            for i in 0..BUCKET_CNT {
                let k = t.key_at(b, i);
                let e = t.elem_at(b, i);
                let mut top = m.load_u8(b.wrapping_add(i)).f()?;
                if is_empty(top) {
                    set_tophash(m, b, i, EVACUATED_EMPTY)?;
                    continue;
                }
                if top < MIN_TOP_HASH {
                    return Err(MapError::Fatal(MapFatal::BadMapState));
                }
                let mut k2 = k;
                if t.indirect_key {
                    k2 = m.load_u64(k2).f()?;
                }
                let mut use_y = 0u8;
                if !same_size {
                    // Recompute the hash to choose between X and Y.
                    let hash = t.hasher(m, k2, hh.hash0()?)?;
                    if hh.flags()? & ITERATOR != 0 && !t.reflexive_key && !t.key_equal(m, k2, k2)? {
                        // k != k (NaN): the hash is not reproducible, but an iterator
                        // needs the same decision it assumed, so the low tophash bit
                        // decides, and the key gets a fresh random tophash.
                        use_y = top & 1;
                        top = tophash(hash);
                    } else if hash & newbit != 0 {
                        use_y = 1;
                    }
                }
                set_tophash(m, b, i, EVACUATED_X + use_y)?;
                let dst = &mut xy[use_y as usize];
                if dst.b == 0 {
                    return Err(MapError::Fatal(MapFatal::BadMapState));
                }
                if dst.i == BUCKET_CNT {
                    dst.b = newoverflow(t, m, hh, dst.b)?;
                    dst.i = 0;
                    dst.k = dst.b.wrapping_add(DATA_OFFSET);
                    dst.e = dst.k.wrapping_add(BUCKET_CNT.wrapping_mul(t.key_slot));
                }
                set_tophash(m, dst.b, dst.i & (BUCKET_CNT - 1), top)?;
                if t.indirect_key {
                    m.store_ptr(dst.k, k2).f()?;
                } else {
                    typedmemmove(m, dst.k, k, t.key_size, &t.key_ptrmask, t.key_has_pointers)?;
                }
                if t.indirect_elem {
                    let p = m.load_u64(e).f()?;
                    m.store_ptr(dst.e, p).f()?;
                } else {
                    typedmemmove(
                        m,
                        dst.e,
                        e,
                        t.elem_size,
                        &t.elem_ptrmask,
                        t.elem_has_pointers,
                    )?;
                }
                dst.i += 1;
                dst.k = dst.k.wrapping_add(t.key_slot);
                dst.e = dst.e.wrapping_add(t.elem_slot);
            }
            b = t.overflow(m, b)?;
        }
        // Unlink the overflow buckets and clear keys and elems to help the GC, keeping
        // the tophash bytes, which hold the evacuation state.
        if hh.flags()? & OLD_ITERATOR == 0 && t.bucket_has_pointers {
            let ob = t.bucket_at(hh.oldbuckets()?, oldbucket);
            m.memclr(
                ob.wrapping_add(DATA_OFFSET),
                t.bucket_size - DATA_OFFSET,
                true,
            )
            .f()?;
        }
    }
    if oldbucket == hh.nevacuate()? {
        advance_evacuation_mark(t, m, hh, newbit)?;
    }
    Ok(())
}

/// `advanceEvacuationMark`: moves `nevacuate` past evacuated buckets (at most 1024
/// ahead) and finishes the grow when all are done.
fn advance_evacuation_mark<M: MapMem>(
    t: &MapType,
    m: &M,
    hh: &H<'_, M>,
    newbit: u64,
) -> MResult<(), M> {
    let mut n = hh.nevacuate()?.wrapping_add(1);
    let stop = n.wrapping_add(1024).min(newbit);
    let old = hh.oldbuckets()?;
    while n != stop && n < newbit && evacuated(m, t.bucket_at(old, n))? {
        n += 1;
    }
    hh.set_nevacuate(n)?;
    if n == newbit {
        // Growing is done: drop the old array and its overflow buckets.
        hh.set_oldbuckets(0)?;
        let x = hh.extra()?;
        if x != 0 {
            m.store_ptr(x.wrapping_add(X_OLDOVERFLOW), 0).f()?;
        }
        let f = hh.flags()?;
        hh.set_flags(f & !SAME_SIZE_GROW)?;
    }
    Ok(())
}

/// A map iterator (Go's `hiter`, map.go:158-174), kept in Rust memory. `key` is 0 when
/// the iteration is over; otherwise `key` and `elem` are the addresses of the current
/// entry's key and elem. The map type is passed to each call instead of being stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hiter {
    pub key: u64,
    pub elem: u64,
    pub h: u64,
    pub buckets: u64,
    pub bptr: u64,
    pub overflow: u64,
    pub oldoverflow: u64,
    pub start_bucket: u64,
    pub offset: u8,
    pub wrapped: bool,
    pub b: u8,
    pub i: u8,
    pub bucket: u64,
    pub check_bucket: u64,
}

impl Hiter {
    /// The 12 words of Go's `hiter`, in Go's order (word 2, the type pointer, is 0 here;
    /// offset, wrapped, B and i share word 9 as the bytes 0-3). Words 0, 1, 3-7 are
    /// pointers the GC must trace when the VM stores an iterator.
    pub fn to_words(&self) -> [u64; 12] {
        [
            self.key,
            self.elem,
            0,
            self.h,
            self.buckets,
            self.bptr,
            self.overflow,
            self.oldoverflow,
            self.start_bucket,
            self.offset as u64
                | (self.wrapped as u64) << 8
                | (self.b as u64) << 16
                | (self.i as u64) << 24,
            self.bucket,
            self.check_bucket,
        ]
    }

    /// The inverse of [`Hiter::to_words`].
    pub fn from_words(w: &[u64; 12]) -> Hiter {
        Hiter {
            key: w[0],
            elem: w[1],
            h: w[3],
            buckets: w[4],
            bptr: w[5],
            overflow: w[6],
            oldoverflow: w[7],
            start_bucket: w[8],
            offset: w[9] as u8,
            wrapped: (w[9] >> 8) as u8 != 0,
            b: (w[9] >> 16) as u8,
            i: (w[9] >> 24) as u8,
            bucket: w[10],
            check_bucket: w[11],
        }
    }
}

/// `mapiterinit`: starts iterating over `h` at a random bucket and a random slot offset
/// (both from one random word), and moves to the first entry.
pub fn mapiterinit<M: MapMem>(t: &MapType, m: &M, h: u64, it: &mut Hiter) -> MResult<(), M> {
    *it = Hiter::default();
    if h == 0 || hdr(m, h).count()? == 0 {
        return Ok(());
    }
    let hh = hdr(m, h);
    it.h = h;
    // Snapshot the bucket state.
    it.b = hh.b()?;
    it.buckets = hh.buckets()?;
    if !t.bucket_has_pointers {
        // Keep the current and old overflow buckets alive while iterating.
        let x = create_overflow(m, &hh)?;
        it.overflow = m.load_u64(x.wrapping_add(X_OVERFLOW)).f()?;
        it.oldoverflow = m.load_u64(x.wrapping_add(X_OLDOVERFLOW)).f()?;
    }
    // Decide where to start.
    let r = alg::rand();
    it.start_bucket = r & bucket_mask(it.b);
    it.offset = ((r >> (it.b & 63)) & (BUCKET_CNT - 1)) as u8;
    it.bucket = it.start_bucket;
    // Remember that there is an iterator. Several iterators may start at once, so this
    // is an atomic OR, as Go's atomic.Or8.
    let old = hh.flags()?;
    if old & (ITERATOR | OLD_ITERATOR) != ITERATOR | OLD_ITERATOR {
        m.or_u8(h.wrapping_add(H_FLAGS), ITERATOR | OLD_ITERATOR)
            .f()?;
    }
    mapiternext(t, m, it)
}

/// `mapiternext`: advances `it` to the next entry, or sets `it.key = 0` at the end.
pub fn mapiternext<M: MapMem>(t: &MapType, m: &M, it: &mut Hiter) -> MResult<(), M> {
    let h = it.h;
    if h == 0 {
        it.key = 0;
        it.elem = 0;
        return Ok(());
    }
    let hh = hdr(m, h);
    if hh.flags()? & HASH_WRITING != 0 {
        return Err(MapError::Fatal(MapFatal::ConcurrentIterationWrite));
    }
    let mut bucket = it.bucket;
    let mut b = it.bptr;
    let mut i = it.i as u64;
    let mut check_bucket = it.check_bucket;
    loop {
        if b == 0 {
            if bucket == it.start_bucket && it.wrapped {
                // End of iteration.
                it.key = 0;
                it.elem = 0;
                return Ok(());
            }
            if hh.growing()? && it.b == hh.b()? {
                // The iterator started during a grow that is not finished: for a
                // bucket whose old bucket is not yet evacuated, walk the old bucket
                // and return only the entries that will move to this bucket.
                let oldbucket = bucket & hh.oldbucketmask()?;
                b = t.bucket_at(hh.oldbuckets()?, oldbucket);
                if !evacuated(m, b)? {
                    check_bucket = bucket;
                } else {
                    b = t.bucket_at(it.buckets, bucket);
                    check_bucket = NO_CHECK;
                }
            } else {
                b = t.bucket_at(it.buckets, bucket);
                check_bucket = NO_CHECK;
            }
            bucket = bucket.wrapping_add(1);
            if bucket == bucket_shift(it.b) {
                bucket = 0;
                it.wrapped = true;
            }
            i = 0;
        }
        while i < BUCKET_CNT {
            let offi = (i + it.offset as u64) & (BUCKET_CNT - 1);
            let th = m.load_u8(b.wrapping_add(offi)).f()?;
            if is_empty(th) || th == EVACUATED_EMPTY {
                i += 1;
                continue;
            }
            let mut k = t.key_at(b, offi);
            if t.indirect_key {
                k = m.load_u64(k).f()?;
            }
            let mut e = t.elem_at(b, offi);
            if check_bucket != NO_CHECK && !hh.same_size_grow()? {
                // Iterating an old bucket during a bigger grow: skip the entries bound
                // for the other new bucket.
                if t.reflexive_key || t.key_equal(m, k, k)? {
                    let hash = t.hasher(m, k, hh.hash0()?)?;
                    if hash & bucket_mask(it.b) != check_bucket {
                        i += 1;
                        continue;
                    }
                } else if check_bucket >> (it.b.wrapping_sub(1) & 63) != (th & 1) as u64 {
                    // k != k (NaN): the low tophash bit decides, as in evacuate.
                    i += 1;
                    continue;
                }
            }
            if (th != EVACUATED_X && th != EVACUATED_Y)
                || !(t.reflexive_key || t.key_equal(m, k, k)?)
            {
                // The golden data, or a NaN key that cannot have been updated or
                // deleted: return it as it is.
                it.key = k;
                if t.indirect_elem {
                    e = m.load_u64(e).f()?;
                }
                it.elem = e;
            } else {
                // The table grew since the iterator started: the current data for this
                // key is elsewhere. Look it up again; skip it if it was deleted.
                match mapaccess_k(t, m, h, k)? {
                    None => {
                        i += 1;
                        continue;
                    }
                    Some((rk, re)) => {
                        it.key = rk;
                        it.elem = re;
                    }
                }
            }
            it.bucket = bucket;
            it.bptr = b;
            it.i = (i + 1) as u8;
            it.check_bucket = check_bucket;
            return Ok(());
        }
        b = t.overflow(m, b)?;
        i = 0;
    }
}

/// One bucket of a [`MapView`] (a main bucket or an overflow bucket).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BucketView {
    pub addr: u64,
    pub tophash: [u8; 8],
    /// Addresses of the key and elem slots.
    pub key_slots: [u64; 8],
    pub elem_slots: [u64; 8],
    /// Where the key and elem values are (the pointer loaded from the slot when stored
    /// indirectly, else the slot itself).
    pub keys: [u64; 8],
    pub elems: [u64; 8],
    pub overflow: u64,
}

/// The state of a map, for the REPL and lessons: the header and every bucket chain.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MapView {
    pub addr: u64,
    pub count: i64,
    pub flags: u8,
    pub b: u8,
    pub noverflow: u16,
    pub hash0: u32,
    pub buckets: u64,
    pub oldbuckets: u64,
    pub nevacuate: u64,
    pub extra: u64,
    /// `extra.overflow`, `extra.oldoverflow`, `extra.nextOverflow` (0 without extra).
    pub extra_overflow: u64,
    pub extra_oldoverflow: u64,
    pub extra_next_overflow: u64,
    /// One chain per bucket of `buckets` (the bucket, then its overflow buckets).
    pub bucket_chains: Vec<Vec<BucketView>>,
    /// The same for `oldbuckets` while growing.
    pub old_bucket_chains: Vec<Vec<BucketView>>,
}

/// The longest overflow chain the inspector follows (a corrupted map may have a cycle).
const INSPECT_MAX_CHAIN: usize = 1 << 16;

/// Reads the bucket at `b` (of a map of type `t`) without changing it: its tophash bytes,
/// where its keys and elems are, and its overflow pointer.
pub fn inspect_bucket<M: MapMem>(t: &MapType, m: &M, b: u64) -> MResult<BucketView, M> {
    let mut v = BucketView {
        addr: b,
        tophash: [0; 8],
        key_slots: [0; 8],
        elem_slots: [0; 8],
        keys: [0; 8],
        elems: [0; 8],
        overflow: t.overflow(m, b)?,
    };
    for i in 0..BUCKET_CNT as usize {
        v.tophash[i] = m.load_u8(b.wrapping_add(i as u64)).f()?;
        v.key_slots[i] = t.key_at(b, i as u64);
        v.elem_slots[i] = t.elem_at(b, i as u64);
        v.keys[i] = if t.indirect_key {
            m.load_u64(v.key_slots[i]).f()?
        } else {
            v.key_slots[i]
        };
        v.elems[i] = if t.indirect_elem {
            m.load_u64(v.elem_slots[i]).f()?
        } else {
            v.elem_slots[i]
        };
    }
    Ok(v)
}

fn inspect_array<M: MapMem>(
    t: &MapType,
    m: &M,
    base: u64,
    n: u64,
) -> MResult<Vec<Vec<BucketView>>, M> {
    let mut out = Vec::new();
    if base == 0 {
        return Ok(out);
    }
    for i in 0..n {
        let mut chain = Vec::new();
        let mut b = t.bucket_at(base, i);
        while b != 0 && chain.len() < INSPECT_MAX_CHAIN {
            let v = inspect_bucket(t, m, b)?;
            b = v.overflow;
            chain.push(v);
        }
        out.push(chain);
    }
    Ok(out)
}

/// Reads the header of the map at `h` (and its `mapextra`) without changing it, leaving
/// the bucket chains empty. A nil map gives a default view with `addr` 0.
pub fn inspect_header<M: MapMem>(m: &M, h: u64) -> MResult<MapView, M> {
    if h == 0 {
        return Ok(MapView::default());
    }
    let hh = hdr(m, h);
    let mut v = MapView {
        addr: h,
        count: hh.count()?,
        flags: hh.flags()?,
        b: hh.b()?,
        noverflow: hh.noverflow()?,
        hash0: hh.hash0()? as u32,
        buckets: hh.buckets()?,
        oldbuckets: hh.oldbuckets()?,
        nevacuate: hh.nevacuate()?,
        extra: hh.extra()?,
        ..MapView::default()
    };
    if v.extra != 0 {
        v.extra_overflow = m.load_u64(v.extra.wrapping_add(X_OVERFLOW)).f()?;
        v.extra_oldoverflow = m.load_u64(v.extra.wrapping_add(X_OLDOVERFLOW)).f()?;
        v.extra_next_overflow = m.load_u64(v.extra.wrapping_add(X_NEXTOVERFLOW)).f()?;
    }
    Ok(v)
}

/// Reads the whole state of the map at `h` without changing it: the header and every
/// bucket chain of both arrays. A nil map gives a default view with `addr` 0.
pub fn inspect<M: MapMem>(t: &MapType, m: &M, h: u64) -> MResult<MapView, M> {
    let mut v = inspect_header(m, h)?;
    if h == 0 {
        return Ok(v);
    }
    // An array of 2^B buckets; B is clamped so a corrupted header cannot make the
    // inspector walk the whole address space.
    let nb = bucket_shift(v.b.min(24));
    v.bucket_chains = inspect_array(t, m, v.buckets, nb)?;
    if v.oldbuckets != 0 {
        let old_b = if v.flags & SAME_SIZE_GROW != 0 {
            v.b
        } else {
            v.b.wrapping_sub(1)
        };
        v.old_bucket_chains = inspect_array(t, m, v.oldbuckets, bucket_shift(old_b.min(24)))?;
    }
    Ok(v)
}

#[path = "hmap_fast.rs"]
mod fast;
pub use fast::{
    FastKey, FastKind, mapaccess1_fast, mapaccess2_fast, mapassign_fast, mapdelete_fast,
};

#[cfg(test)]
#[path = "hmap_tests.rs"]
mod tests;
