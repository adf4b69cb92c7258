//! Hashing and equality for map keys, as Go 1.23's `runtime/alg.go` and `runtime/hash64.go`
//! define them, plus the random numbers the map needs.
//!
//! The hash is the wyhash-style `memhashFallback` of hash64.go (gc uses AES instructions
//! when the CPU has them; the fallback is the portable algorithm with the same contract),
//! keyed by a process-wide random `hashkey[4]` read once from the OS (`/dev/urandom`,
//! falling back to std's `RandomState`), as `alginit` does. The per-map seed `hash0` and
//! every other random choice of the map (iteration start, NaN hashes, `incrnoverflow`)
//! come from [`rand`], a per-thread wyrand generator (Go uses a per-M ChaCha8 generator,
//! runtime/rand.go; any good generator gives the same observable behaviour).
//!
//! Keys live in goscope's heap, so hashing and comparing read them through [`MapMem`].
//! The shape of a key type is a [`KeyAlg`] tree built by the caller (the compiler knows
//! the types); interface keys hold a type word and a data word, and the dynamic type of
//! the value is described by the caller's [`DynTypes`] resolver.

use std::cell::Cell;
use std::io::Read;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use super::hmap::MapMem;

/// `c0` of alg.go for 64-bit pointers.
pub const C0: u64 = 33054211828000289;
/// `c1` of alg.go for 64-bit pointers.
pub const C1: u64 = 23344194077549503;
/// `m5` of hash64.go.
const M5: u64 = 0x1d8e4e27c47d124f;

static HASHKEY: OnceLock<[u64; 4]> = OnceLock::new();

/// 64 bits from the operating system (`bootstrapRand` in Go reads the auxv random bytes
/// or `/dev/urandom`).
fn os_random_u64() -> u64 {
    let mut buf = [0u8; 8];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom")
        && f.read_exact(&mut buf).is_ok()
    {
        return u64::from_le_bytes(buf);
    }
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0),
    );
    h.finish()
}

/// The process-wide hash key (`hashkey` in alg.go), set once.
#[inline]
fn hashkey() -> &'static [u64; 4] {
    HASHKEY.get_or_init(|| {
        [
            os_random_u64(),
            os_random_u64(),
            os_random_u64(),
            os_random_u64(),
        ]
    })
}

static THREAD_SEEDS: AtomicU64 = AtomicU64::new(0);

thread_local! {
    static RAND_STATE: Cell<u64> = const { Cell::new(0) };
}

/// A random 64-bit value from this thread's generator (Go's `rand()`, runtime/rand.go).
///
/// The generator is wyrand: a Weyl sequence with increment `0xa0761d6478bd642f`, mixed by
/// a 128-bit multiply. Each thread seeds its own state from the OS key and a thread
/// counter, so no state is shared between threads.
#[inline]
pub fn rand() -> u64 {
    RAND_STATE.with(|s| {
        let mut st = s.get();
        if st == 0 {
            let n = THREAD_SEEDS.fetch_add(1, Ordering::Relaxed);
            let k = hashkey();
            st = mix(k[0] ^ n.wrapping_mul(0x9e3779b97f4a7c15), k[2] ^ M5) | 1;
        }
        st = st.wrapping_add(0xa0761d6478bd642f);
        s.set(st);
        mix(st, st ^ 0xe7037ed1a0b428db)
    })
}

/// `mix` of hash64.go: the two halves of the 128-bit product, XORed.
#[inline(always)]
pub fn mix(a: u64, b: u64) -> u64 {
    let p = (a as u128).wrapping_mul(b as u128);
    ((p >> 64) as u64) ^ (p as u64)
}

#[inline(always)]
fn r4(p: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&p[at..at + 4]);
    u32::from_le_bytes(b) as u64
}

#[inline(always)]
fn r8(p: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&p[at..at + 8]);
    u64::from_le_bytes(b)
}

/// `memhashFallback` (hash64.go): the hash of the bytes `p` with seed `seed`.
pub fn memhash(p: &[u8], seed: u64) -> u64 {
    let key = hashkey();
    let s = p.len();
    let mut seed = seed ^ key[0];
    let (a, b);
    if s == 0 {
        return seed;
    } else if s < 4 {
        let mut x = p[0] as u64;
        x |= (p[s >> 1] as u64) << 8;
        x |= (p[s - 1] as u64) << 16;
        a = x;
        b = 0;
    } else if s == 4 {
        a = r4(p, 0);
        b = a;
    } else if s < 8 {
        a = r4(p, 0);
        b = r4(p, s - 4);
    } else if s == 8 {
        a = r8(p, 0);
        b = a;
    } else if s <= 16 {
        a = r8(p, 0);
        b = r8(p, s - 8);
    } else {
        let mut l = s;
        let mut at = 0usize;
        if l > 48 {
            let mut seed1 = seed;
            let mut seed2 = seed;
            while l > 48 {
                seed = mix(r8(p, at) ^ key[1], r8(p, at + 8) ^ seed);
                seed1 = mix(r8(p, at + 16) ^ key[2], r8(p, at + 24) ^ seed1);
                seed2 = mix(r8(p, at + 32) ^ key[3], r8(p, at + 40) ^ seed2);
                at += 48;
                l -= 48;
            }
            seed ^= seed1 ^ seed2;
        }
        while l > 16 {
            seed = mix(r8(p, at) ^ key[1], r8(p, at + 8) ^ seed);
            at += 16;
            l -= 16;
        }
        a = r8(p, at + l - 16);
        b = r8(p, at + l - 8);
    }
    mix(M5 ^ s as u64, mix(a ^ key[1], b ^ seed))
}

/// `memhash32Fallback`: the hash of a 4-byte value.
#[inline]
pub fn memhash32(v: u32, seed: u64) -> u64 {
    let key = hashkey();
    let a = v as u64;
    mix(M5 ^ 4, mix(a ^ key[1], a ^ seed ^ key[0]))
}

/// `memhash64Fallback`: the hash of an 8-byte value.
#[inline]
pub fn memhash64(v: u64, seed: u64) -> u64 {
    let key = hashkey();
    mix(M5 ^ 8, mix(v ^ key[1], v ^ seed ^ key[0]))
}

/// `f32hash`: +0 and -0 hash alike; every NaN gets a fresh random hash.
#[inline]
pub fn f32hash(bits: u32, seed: u64) -> u64 {
    let f = f32::from_bits(bits);
    if f == 0.0 {
        C1.wrapping_mul(C0 ^ seed)
    } else if f.is_nan() {
        C1.wrapping_mul(C0 ^ seed ^ rand())
    } else {
        memhash32(bits, seed)
    }
}

/// `f64hash`: +0 and -0 hash alike; every NaN gets a fresh random hash.
#[inline]
pub fn f64hash(bits: u64, seed: u64) -> u64 {
    let f = f64::from_bits(bits);
    if f == 0.0 {
        C1.wrapping_mul(C0 ^ seed)
    } else if f.is_nan() {
        C1.wrapping_mul(C0 ^ seed ^ rand())
    } else {
        memhash64(bits, seed)
    }
}

/// How to hash and compare values of one comparable type: what gc's compiler-generated
/// (or `typehash`) functions do for that type. Blank struct fields are left out by the
/// caller, as `typehash` skips them.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyAlg {
    /// Plain memory compared byte for byte (gc's `TFlagRegularMemory`): booleans,
    /// integers, pointers, channels, `unsafe.Pointer`, and arrays or structs of those
    /// without padding. Sizes 4 and 8 use `memhash32`/`memhash64`.
    Mem {
        size: u64,
    },
    Float32,
    Float64,
    Complex64,
    Complex128,
    /// A string header: data pointer, then length (16 bytes). The bytes it points to are
    /// hashed and compared.
    String,
    /// An interface: type word, then data word (16 bytes). The dynamic type comes from
    /// the map type's [`DynTypes`]. Empty and non-empty interfaces behave alike here
    /// (`nilinterhash` and `interhash` differ only in how they find the type).
    Interface,
    Array {
        elem: Box<KeyAlg>,
        elem_size: u64,
        len: u64,
    },
    Struct {
        fields: Vec<KeyField>,
    },
}

/// One non-blank field of a struct key.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyField {
    pub offset: u64,
    pub alg: KeyAlg,
}

impl KeyAlg {
    /// gc's `needkeyupdate` (cmd/compile/internal/reflectdata/reflect.go): whether a map
    /// assignment that finds an equal key must overwrite the stored key (+0 vs -0, strings
    /// sharing different backing arrays, interfaces).
    pub fn need_key_update(&self) -> bool {
        match self {
            KeyAlg::Mem { .. } => false,
            KeyAlg::Float32
            | KeyAlg::Float64
            | KeyAlg::Complex64
            | KeyAlg::Complex128
            | KeyAlg::String
            | KeyAlg::Interface => true,
            KeyAlg::Array { elem, .. } => elem.need_key_update(),
            KeyAlg::Struct { fields } => fields.iter().any(|f| f.alg.need_key_update()),
        }
    }

    /// gc's `isReflexive`: whether `k == k` holds for every value (false where a float,
    /// complex or interface may hold NaN).
    pub fn reflexive(&self) -> bool {
        match self {
            KeyAlg::Mem { .. } | KeyAlg::String => true,
            KeyAlg::Float32
            | KeyAlg::Float64
            | KeyAlg::Complex64
            | KeyAlg::Complex128
            | KeyAlg::Interface => false,
            KeyAlg::Array { elem, .. } => elem.reflexive(),
            KeyAlg::Struct { fields } => fields.iter().all(|f| f.alg.reflexive()),
        }
    }

    /// gc's `hashMightPanic`: whether the key holds an interface, whose dynamic type may
    /// be unhashable.
    pub fn hash_might_panic(&self) -> bool {
        match self {
            KeyAlg::Interface => true,
            KeyAlg::Array { elem, .. } => elem.hash_might_panic(),
            KeyAlg::Struct { fields } => fields.iter().any(|f| f.alg.hash_might_panic()),
            _ => false,
        }
    }
}

/// The dynamic type behind an interface's type word, as far as hashing needs it.
pub struct DynType<'a> {
    /// The type's name as panics print it (`[]int`, `main.T`).
    pub name: &'a str,
    /// How to hash and compare its values, or None if the type is not comparable
    /// (slices, maps, funcs, and structs or arrays containing them).
    pub alg: Option<&'a KeyAlg>,
    /// Whether the value is stored in the data word itself (pointer-shaped types) rather
    /// than in a box the data word points to.
    pub direct: bool,
}

/// The caller's description of dynamic types, looked up by interface type word (never 0).
pub trait DynTypes: Send + Sync {
    fn lookup(&self, type_word: u64) -> DynType<'_>;
}

/// Why hashing or comparing a key failed.
#[derive(Clone, Debug, PartialEq)]
pub enum AlgError<F> {
    /// `runtime error: hash of unhashable type T`.
    Unhashable(String),
    /// `runtime error: comparing uncomparable type T`.
    Uncomparable(String),
    /// An interface key was used with a map type that has no [`DynTypes`].
    NoDynTypes,
    /// The memory behind the key could not be read.
    Fault(F),
}

impl<F> From<F> for AlgError<F> {
    fn from(f: F) -> Self {
        AlgError::Fault(f)
    }
}

/// Reads `n` bytes at `a` and hands them to `f`, using a stack buffer for small sizes.
#[inline]
fn with_bytes<M: MapMem, R>(
    m: &M,
    a: u64,
    n: u64,
    f: impl FnOnce(&[u8]) -> R,
) -> Result<R, M::Fault> {
    if n <= 128 {
        let mut buf = [0u8; 128];
        let s = &mut buf[..n as usize];
        m.read_bytes(a, s)?;
        Ok(f(s))
    } else {
        let mut v = vec![0u8; n as usize];
        m.read_bytes(a, &mut v)?;
        Ok(f(&v))
    }
}

/// The hash of the key of shape `alg` at address `p`, with seed `h` (`typehash` and the
/// compiler-generated hash functions).
pub fn hash<M: MapMem>(
    m: &M,
    alg: &KeyAlg,
    dyn_types: Option<&dyn DynTypes>,
    p: u64,
    h: u64,
) -> Result<u64, AlgError<M::Fault>> {
    Ok(match alg {
        KeyAlg::Mem { size } => match *size {
            0 => h,
            4 => memhash32(m.load_u32(p)?, h),
            8 => memhash64(m.load_u64(p)?, h),
            n => with_bytes(m, p, n, |b| memhash(b, h))?,
        },
        KeyAlg::Float32 => f32hash(m.load_u32(p)?, h),
        KeyAlg::Float64 => f64hash(m.load_u64(p)?, h),
        KeyAlg::Complex64 => {
            let h = f32hash(m.load_u32(p)?, h);
            f32hash(m.load_u32(p.wrapping_add(4))?, h)
        }
        KeyAlg::Complex128 => {
            let h = f64hash(m.load_u64(p)?, h);
            f64hash(m.load_u64(p.wrapping_add(8))?, h)
        }
        KeyAlg::String => {
            let data = m.load_u64(p)?;
            let len = m.load_u64(p.wrapping_add(8))?;
            with_bytes(m, data, len, |b| memhash(b, h))?
        }
        KeyAlg::Interface => {
            let tw = m.load_u64(p)?;
            if tw == 0 {
                return Ok(h);
            }
            let dt = dyn_types.ok_or(AlgError::NoDynTypes)?.lookup(tw);
            let Some(talg) = dt.alg else {
                return Err(AlgError::Unhashable(dt.name.to_string()));
            };
            let data_slot = p.wrapping_add(8);
            let at = if dt.direct {
                data_slot
            } else {
                m.load_u64(data_slot)?
            };
            C1.wrapping_mul(hash(m, talg, dyn_types, at, h ^ C0)?)
        }
        KeyAlg::Array {
            elem,
            elem_size,
            len,
        } => {
            let mut h = h;
            for i in 0..*len {
                h = hash(
                    m,
                    elem,
                    dyn_types,
                    p.wrapping_add(i.wrapping_mul(*elem_size)),
                    h,
                )?;
            }
            h
        }
        KeyAlg::Struct { fields } => {
            let mut h = h;
            for f in fields {
                h = hash(m, &f.alg, dyn_types, p.wrapping_add(f.offset), h)?;
            }
            h
        }
    })
}

/// Whether the keys of shape `alg` at `p` and `q` are equal (Go's `==`).
pub fn equal<M: MapMem>(
    m: &M,
    alg: &KeyAlg,
    dyn_types: Option<&dyn DynTypes>,
    p: u64,
    q: u64,
) -> Result<bool, AlgError<M::Fault>> {
    Ok(match alg {
        KeyAlg::Mem { size } => match *size {
            0 => true,
            1 => m.load_u8(p)? == m.load_u8(q)?,
            2 => m.load_u16(p)? == m.load_u16(q)?,
            4 => m.load_u32(p)? == m.load_u32(q)?,
            8 => m.load_u64(p)? == m.load_u64(q)?,
            n => bytes_equal(m, p, q, n)?,
        },
        KeyAlg::Float32 => f32::from_bits(m.load_u32(p)?) == f32::from_bits(m.load_u32(q)?),
        KeyAlg::Float64 => f64::from_bits(m.load_u64(p)?) == f64::from_bits(m.load_u64(q)?),
        KeyAlg::Complex64 => {
            f32::from_bits(m.load_u32(p)?) == f32::from_bits(m.load_u32(q)?)
                && f32::from_bits(m.load_u32(p.wrapping_add(4))?)
                    == f32::from_bits(m.load_u32(q.wrapping_add(4))?)
        }
        KeyAlg::Complex128 => {
            f64::from_bits(m.load_u64(p)?) == f64::from_bits(m.load_u64(q)?)
                && f64::from_bits(m.load_u64(p.wrapping_add(8))?)
                    == f64::from_bits(m.load_u64(q.wrapping_add(8))?)
        }
        KeyAlg::String => {
            let (pd, pl) = (m.load_u64(p)?, m.load_u64(p.wrapping_add(8))?);
            let (qd, ql) = (m.load_u64(q)?, m.load_u64(q.wrapping_add(8))?);
            pl == ql && (pd == qd || bytes_equal(m, pd, qd, pl)?)
        }
        KeyAlg::Interface => {
            // efaceeq (alg.go): the type words must match, then the values compare by
            // the dynamic type; an uncomparable dynamic type panics.
            let (pt, qt) = (m.load_u64(p)?, m.load_u64(q)?);
            if pt != qt {
                return Ok(false);
            }
            if pt == 0 {
                return Ok(true);
            }
            let dt = dyn_types.ok_or(AlgError::NoDynTypes)?.lookup(pt);
            let Some(talg) = dt.alg else {
                return Err(AlgError::Uncomparable(dt.name.to_string()));
            };
            let (pd, qd) = (p.wrapping_add(8), q.wrapping_add(8));
            if dt.direct {
                m.load_u64(pd)? == m.load_u64(qd)?
            } else {
                let (pv, qv) = (m.load_u64(pd)?, m.load_u64(qd)?);
                pv == qv || equal(m, talg, dyn_types, pv, qv)?
            }
        }
        KeyAlg::Array {
            elem,
            elem_size,
            len,
        } => {
            for i in 0..*len {
                let off = i.wrapping_mul(*elem_size);
                if !equal(m, elem, dyn_types, p.wrapping_add(off), q.wrapping_add(off))? {
                    return Ok(false);
                }
            }
            true
        }
        KeyAlg::Struct { fields } => {
            for f in fields {
                if !equal(
                    m,
                    &f.alg,
                    dyn_types,
                    p.wrapping_add(f.offset),
                    q.wrapping_add(f.offset),
                )? {
                    return Ok(false);
                }
            }
            true
        }
    })
}

fn bytes_equal<M: MapMem>(m: &M, p: u64, q: u64, n: u64) -> Result<bool, M::Fault> {
    m.memequal(p, q, n)
}

/// `mapKeyError2` (alg.go): the panic hashing this key would raise, without hashing it.
/// Lookups and deletes in nil or empty maps call this so that they panic as hashing
/// would (golang/go#23734).
pub fn key_error<M: MapMem>(
    m: &M,
    alg: &KeyAlg,
    dyn_types: Option<&dyn DynTypes>,
    p: u64,
) -> Result<(), AlgError<M::Fault>> {
    match alg {
        KeyAlg::Interface => {
            let tw = m.load_u64(p)?;
            if tw == 0 {
                return Ok(());
            }
            let dt = dyn_types.ok_or(AlgError::NoDynTypes)?.lookup(tw);
            let Some(talg) = dt.alg else {
                return Err(AlgError::Unhashable(dt.name.to_string()));
            };
            let data_slot = p.wrapping_add(8);
            if dt.direct {
                key_error(m, talg, dyn_types, data_slot)
            } else {
                key_error(m, talg, dyn_types, m.load_u64(data_slot)?)
            }
        }
        KeyAlg::Array {
            elem,
            elem_size,
            len,
        } => {
            if elem.hash_might_panic() {
                for i in 0..*len {
                    key_error(
                        m,
                        elem,
                        dyn_types,
                        p.wrapping_add(i.wrapping_mul(*elem_size)),
                    )?;
                }
            }
            Ok(())
        }
        KeyAlg::Struct { fields } => {
            for f in fields {
                key_error(m, &f.alg, dyn_types, p.wrapping_add(f.offset))?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memhash_depends_on_every_byte_and_the_seed() {
        let data: Vec<u8> = (0..200u32).map(|i| (i * 7) as u8).collect();
        for n in [0usize, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33, 48, 49, 97, 200] {
            let h = memhash(&data[..n], 1);
            assert_eq!(h, memhash(&data[..n], 1), "deterministic for n={n}");
            if n > 0 {
                assert_ne!(h, memhash(&data[..n], 2), "seeded for n={n}");
                let mut d2 = data[..n].to_vec();
                d2[n - 1] ^= 1;
                assert_ne!(h, memhash(&d2, 1), "last byte matters for n={n}");
            }
        }
    }

    #[test]
    fn zero_floats_hash_alike_and_nans_randomly() {
        assert_eq!(
            f64hash(0.0f64.to_bits(), 9),
            f64hash((-0.0f64).to_bits(), 9)
        );
        assert_eq!(
            f32hash(0.0f32.to_bits(), 9),
            f32hash((-0.0f32).to_bits(), 9)
        );
        assert_ne!(
            f64hash(f64::NAN.to_bits(), 9),
            f64hash(f64::NAN.to_bits(), 9)
        );
        assert_eq!(f64hash(1.5f64.to_bits(), 9), memhash64(1.5f64.to_bits(), 9));
    }

    #[test]
    fn rand_differs_between_calls_and_threads() {
        let a = rand();
        let b = rand();
        assert_ne!(a, b);
        let c = std::thread::spawn(rand).join().unwrap();
        assert_ne!(c, a);
        assert_ne!(c, b);
    }
}
