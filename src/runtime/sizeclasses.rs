//! Go's malloc size classes, transcribed from `runtime/sizeclasses.go` of go1.23.5.
//!
//! The tables below were generated mechanically from `/usr/lib/go-1.23/src/runtime/sizeclasses.go`
//! (itself the output of Go's `mksizeclasses.go`) by parsing its `class_to_size`,
//! `class_to_allocnpages`, `size_to_class8` and `size_to_class128` arrays. The test
//! `tables_match_go_source` re-parses that file and compares, so the copy cannot drift.
//! Class 0 is reserved for large objects (more than 32 KiB), which get a span of their own.

/// The smallest alignment of a heap object (`minHeapAlign`).
pub const MIN_HEAP_ALIGN: u64 = 8;
/// The largest object that goes into a size-classed span (`_MaxSmallSize`).
pub const MAX_SMALL_SIZE: u64 = 32768;
/// Granularity of `SIZE_TO_CLASS8` (`smallSizeDiv`).
pub const SMALL_SIZE_DIV: u64 = 8;
/// Largest size looked up in `SIZE_TO_CLASS8` (`smallSizeMax`).
pub const SMALL_SIZE_MAX: u64 = 1024;
/// Granularity of `SIZE_TO_CLASS128` (`largeSizeDiv`).
pub const LARGE_SIZE_DIV: u64 = 128;
/// Number of size classes, including the large-object class 0 (`_NumSizeClasses`).
pub const NUM_SIZE_CLASSES: usize = 68;
/// log2 of the page size (`_PageShift`).
pub const PAGE_SHIFT: u64 = 13;
/// The heap page size, 8 KiB (`pageSize`).
pub const PAGE_SIZE: u64 = 1 << PAGE_SHIFT;
/// The most objects one span can hold (`maxObjsPerSpan`).
pub const MAX_OBJS_PER_SPAN: u64 = 1024;
/// Size of the tiny allocator's blocks (`maxTinySize`, malloc.go).
pub const MAX_TINY_SIZE: u64 = 16;
/// Size of the malloc header that pointerful objects above 512 bytes carry (mbitmap.go).
pub const MALLOC_HEADER_SIZE: u64 = 8;
/// Objects with pointers larger than this carry a malloc header (`minSizeForMallocHeader`).
pub const MIN_SIZE_FOR_MALLOC_HEADER: u64 = 512;

pub const CLASS_TO_SIZE: [u16; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

pub const CLASS_TO_ALLOCNPAGES: [u8; 68] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
];

pub const SIZE_TO_CLASS8: [u8; 129] = [
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15,
    16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23,
    23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28,
    28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
    32, 32, 32, 32, 32, 32,
];

pub const SIZE_TO_CLASS128: [u8; 249] = [
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44,
    44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51,
    51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54,
    54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57,
    57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
    66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67,
];

/// The size class for a small object of `size` bytes (1..=32768), as `mallocgc` computes it;
/// `None` for 0 or for sizes that need a large span.
#[inline]
pub fn size_to_class(size: u64) -> Option<u8> {
    if size == 0 || size > MAX_SMALL_SIZE {
        return None;
    }
    if size <= SMALL_SIZE_MAX - 8 {
        Some(SIZE_TO_CLASS8[size.div_ceil(SMALL_SIZE_DIV) as usize])
    } else {
        // Sizes 1017..=1023 make `size - smallSizeMax` wrap in Go's uintptr arithmetic, and
        // `divRoundUp` then wraps back to index 0 (class 32, 1024 bytes); do the same.
        let idx = size
            .wrapping_sub(SMALL_SIZE_MAX)
            .wrapping_add(LARGE_SIZE_DIV - 1)
            / LARGE_SIZE_DIV;
        Some(SIZE_TO_CLASS128[idx as usize])
    }
}

/// The object size of a class.
#[inline]
pub fn class_size(class: u8) -> u64 {
    CLASS_TO_SIZE[class as usize] as u64
}

/// The number of pages in one span of a class.
#[inline]
pub fn class_npages(class: u8) -> u64 {
    CLASS_TO_ALLOCNPAGES[class as usize] as u64
}

/// The number of objects in one span of a class (the "objects" column of sizeclasses.go).
#[inline]
pub fn class_nobjs(class: u8) -> u64 {
    if class == 0 {
        return 1;
    }
    class_npages(class) * PAGE_SIZE / class_size(class)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_matches_go() {
        let size_of = |n| class_size(size_to_class(n).unwrap());
        assert_eq!(size_of(1), 8);
        assert_eq!(size_of(8), 8);
        assert_eq!(size_of(9), 16);
        assert_eq!(size_of(24), 24);
        assert_eq!(size_of(25), 32);
        assert_eq!(size_of(33), 48);
        assert_eq!(size_of(1016), 1024);
        assert_eq!(size_of(1017), 1024);
        assert_eq!(size_of(1023), 1024);
        assert_eq!(size_of(1024), 1024);
        assert_eq!(size_of(1025), 1152);
        assert_eq!(size_of(32768), 32768);
        assert_eq!(size_to_class(32769), None);
        assert_eq!(size_to_class(0), None);
    }

    #[test]
    fn every_size_gets_the_smallest_fitting_class() {
        // Check the lookup tables against the class sizes themselves.
        for size in 1..=MAX_SMALL_SIZE {
            let c = size_to_class(size).unwrap() as usize;
            assert!(CLASS_TO_SIZE[c] as u64 >= size, "size {size}");
            assert!((CLASS_TO_SIZE[c - 1] as u64) < size, "size {size}");
        }
    }

    #[test]
    fn objects_per_span_column() {
        // A few rows of the comment table in sizeclasses.go.
        assert_eq!(class_nobjs(1), 1024);
        assert_eq!(class_nobjs(3), 341);
        assert_eq!(class_nobjs(35), 11);
        assert_eq!(class_nobjs(52), 6);
        assert_eq!(class_nobjs(67), 1);
        for c in 1..NUM_SIZE_CLASSES as u8 {
            assert!(class_nobjs(c) <= MAX_OBJS_PER_SPAN);
        }
    }

    /// Re-parses Go's own file, when the reference toolchain is installed, and compares.
    #[test]
    fn tables_match_go_source() {
        let path = "/usr/lib/go-1.23/src/runtime/sizeclasses.go";
        let Ok(src) = std::fs::read_to_string(path) else {
            eprintln!("skipping: {path} not found");
            return;
        };
        let parse = |name: &str| -> Vec<u64> {
            let start = src.find(&format!("var {name} = ")).expect(name);
            let open = start + src[start..].find('{').unwrap() + 1;
            let close = open + src[open..].find('}').unwrap();
            src[open..close]
                .split(',')
                .map(|s| s.trim().parse().unwrap())
                .collect()
        };
        let widen = |v: &[u8]| v.iter().map(|&x| x as u64).collect::<Vec<_>>();
        let sizes: Vec<u64> = CLASS_TO_SIZE.iter().map(|&x| x as u64).collect();
        assert_eq!(parse("class_to_size"), sizes);
        assert_eq!(parse("class_to_allocnpages"), widen(&CLASS_TO_ALLOCNPAGES));
        assert_eq!(parse("size_to_class8"), widen(&SIZE_TO_CLASS8));
        assert_eq!(parse("size_to_class128"), widen(&SIZE_TO_CLASS128));
        // The "objects" column of the comment table.
        for line in src.lines().filter(|l| l.starts_with("//  ")) {
            let cols: Vec<&str> = line[2..].split_whitespace().collect();
            if cols.len() == 7 && cols[0].parse::<u8>().is_ok() {
                let c: u8 = cols[0].parse().unwrap();
                assert_eq!(class_nobjs(c), cols[3].parse::<u64>().unwrap(), "class {c}");
            }
        }
    }
}
