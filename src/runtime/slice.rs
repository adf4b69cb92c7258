//! Slice growth as Go 1.23's `growslice` computes it (runtime/slice.go), so that `cap()`
//! after `append` prints what Go prints: the new capacity comes from `nextslicecap`
//! (double below 256 elements, then a smooth transition towards 1.25×) and is then rounded
//! up to the allocator's size class (`roundupsize`, runtime/msize.go), including gc's
//! 8-byte malloc header for pointer-holding objects above 512 bytes.

/// `maxSmallSize` (runtime/malloc.go): larger objects get their own pages.
pub const MAX_SMALL_SIZE: u64 = 32 << 10;
/// `mallocHeaderSize` (runtime/mbitmap.go).
pub const MALLOC_HEADER_SIZE: u64 = 8;
/// `minSizeForMallocHeader` = PtrSize * ptrBits (runtime/mbitmap.go).
pub const MIN_SIZE_FOR_MALLOC_HEADER: u64 = 8 * 64;
/// `pageSize` (8 KiB).
pub const PAGE_SIZE: u64 = 8192;

/// `nextslicecap`: the capacity `append` asks for before size-class rounding.
pub fn next_slice_cap(new_len: i64, old_cap: i64) -> i64 {
    let mut newcap = old_cap;
    let doublecap = newcap.wrapping_add(newcap);
    if new_len > doublecap {
        return new_len;
    }
    const THRESHOLD: i64 = 256;
    if old_cap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap = newcap.wrapping_add((newcap.wrapping_add(3 * THRESHOLD)) >> 2);
        if newcap as u64 >= new_len as u64 {
            break;
        }
    }
    if newcap <= 0 { new_len } else { newcap }
}

/// `roundupsize`: the bytes actually allocated for a request of `size` bytes, given the
/// allocator's `class_size(n)` (the smallest size class holding `n` bytes, for
/// `n <= MAX_SMALL_SIZE`). `noscan` means the object holds no pointers.
pub fn round_up_size(size: u64, noscan: bool, class_size: impl Fn(u64) -> u64) -> u64 {
    let mut req = size;
    if req <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        if !noscan && req > MIN_SIZE_FOR_MALLOC_HEADER {
            req += MALLOC_HEADER_SIZE;
        }
        return class_size(req) - (req - size);
    }
    let r = req.wrapping_add(PAGE_SIZE - 1);
    if r < size {
        return size;
    }
    r & !(PAGE_SIZE - 1)
}

/// `growslice`'s capacity decision: the new capacity (in elements) for appending to a
/// slice of `old_cap` elements of `elem_size` bytes so that it holds `new_len`. Returns
/// None when Go panics `growslice: len out of range`.
pub fn grow_cap(
    new_len: i64,
    old_cap: i64,
    elem_size: u64,
    noscan: bool,
    class_size: impl Fn(u64) -> u64,
) -> Option<i64> {
    if new_len < 0 {
        return None;
    }
    if elem_size == 0 {
        return Some(new_len);
    }
    let newcap = next_slice_cap(new_len, old_cap) as u64;
    // maxAlloc on linux/amd64 is 1<<48.
    const MAX_ALLOC: u64 = 1 << 48;
    let capmem = newcap.checked_mul(elem_size)?;
    if capmem > MAX_ALLOC {
        return None;
    }
    let capmem = round_up_size(capmem, noscan, class_size);
    Some((capmem / elem_size) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// gc's size classes (runtime/sizeclasses.go, column "bytes/obj"); the heap owns the
    /// real table, this copy keeps the growth rule testable on its own.
    fn class_size(n: u64) -> u64 {
        const CLASSES: [u64; 67] = [
            8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288,
            320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408,
            1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784,
            6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480,
            21760, 24576, 27264, 28672, 32768,
        ];
        *CLASSES.iter().find(|&&c| c >= n).expect("small sizes only")
    }

    /// Capacities printed by go1.23.5 appending one element at a time to a nil slice.
    #[test]
    fn int_slice_growth_matches_go() {
        let mut cap = 0;
        let mut seen = vec![];
        for len in 1..=130 {
            if len > cap {
                cap = grow_cap(len, cap, 8, true, class_size).unwrap();
                seen.push(cap);
            }
        }
        assert_eq!(seen, vec![1, 2, 4, 8, 16, 32, 64, 128, 256]);
    }

    /// Expected values printed by go1.23.5 for: `append([]byte(nil), 'x')`,
    /// `append(make([]byte, 8), 1, 2, 3, 4, 5)`, `append([]int{1, 2, 3}, 4, 5, 6, 7)`,
    /// `append(make([]struct{ a, b, c int }, 4), T{})`, `append(make([]*int, 64), nil)`.
    #[test]
    fn capacities_round_to_size_classes_as_go() {
        assert_eq!(grow_cap(1, 0, 1, true, class_size), Some(8));
        assert_eq!(grow_cap(13, 8, 1, true, class_size), Some(16));
        assert_eq!(grow_cap(7, 3, 8, true, class_size), Some(8));
        assert_eq!(grow_cap(5, 4, 24, true, class_size), Some(8));
        // 128 pointers = 1024 bytes + the 8-byte malloc header → class 1152 → 143.
        assert_eq!(grow_cap(65, 64, 8, false, class_size), Some(143));
    }

    #[test]
    fn large_slices_grow_by_about_a_quarter() {
        assert_eq!(next_slice_cap(257, 256), 512);
        assert_eq!(next_slice_cap(513, 512), 832);
        assert_eq!(next_slice_cap(1, 0), 1);
    }
}
