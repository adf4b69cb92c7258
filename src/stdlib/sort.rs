//! Go's `sort` package algorithms, step for step as Go 1.23's `sort/zsortfunc.go` and
//! `sort/zsortinterface.go` (which are the same code), so that a program observes the same
//! sequence of `Less`/`Swap` calls and unstable sorts leave equal elements in Go's order.
//!
//! `Sort` and `Slice` are pattern-defeating quicksort ([`sort`]); `Stable` and `SliceStable`
//! are insertion-sorted blocks of 20 merged by SymMerge ([`stable`]). `Less` and `Swap` are
//! Go callbacks that may panic, so they return `Result` and the first error stops the sort.

/// The operations a sort needs, as Go's `sort.Interface` (or `lessSwap` for `sort.Slice`).
pub trait Lessable {
    /// What a failed (panicking) callback returns.
    type Error;
    fn len(&self) -> usize;
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Self::Error>;
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Self::Error>;
}

/// `sort.Sort` / `sort.Slice`: pdqsort with a depth limit of `bits.Len(n)`.
pub fn sort<D: Lessable + ?Sized>(data: &mut D) -> Result<(), D::Error> {
    let n = data.len();
    if n <= 1 {
        return Ok(());
    }
    let limit = bits_len(n);
    pdqsort(data, 0, n, limit)
}

/// `sort.Stable` / `sort.SliceStable`.
pub fn stable<D: Lessable + ?Sized>(data: &mut D) -> Result<(), D::Error> {
    let n = data.len();
    stable_n(data, n)
}

/// `sort.IsSorted` / `sort.SliceIsSorted`.
pub fn is_sorted<D: Lessable + ?Sized>(data: &mut D) -> Result<bool, D::Error> {
    let n = data.len();
    for i in (1..n).rev() {
        if data.less(i, i - 1)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `sort.Search`: the smallest index in `[0, n)` for which `f` is true (`n` if none),
/// bisecting exactly as Go does so that `f` sees the same indices.
pub fn search<E>(n: i64, f: &mut dyn FnMut(i64) -> Result<bool, E>) -> Result<i64, E> {
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i as u64 + j as u64) >> 1) as i64;
        if !f(h)? {
            i = h + 1;
        } else {
            j = h;
        }
    }
    Ok(i)
}

/// `bits.Len(uint(n))`.
fn bits_len(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()) as usize
}

/// `sortedHint` of sort.go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

fn insertion_sort<D: Lessable + ?Sized>(data: &mut D, a: usize, b: usize) -> Result<(), D::Error> {
    for i in a + 1..b {
        let mut j = i;
        while j > a && data.less(j, j - 1)? {
            data.swap(j, j - 1)?;
            j -= 1;
        }
    }
    Ok(())
}

fn sift_down<D: Lessable + ?Sized>(
    data: &mut D,
    lo: usize,
    hi: usize,
    first: usize,
) -> Result<(), D::Error> {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return Ok(());
        }
        if child + 1 < hi && data.less(first + child, first + child + 1)? {
            child += 1;
        }
        if !data.less(first + root, first + child)? {
            return Ok(());
        }
        data.swap(first + root, first + child)?;
        root = child;
    }
}

fn heap_sort<D: Lessable + ?Sized>(data: &mut D, a: usize, b: usize) -> Result<(), D::Error> {
    let first = a;
    let hi = b - a;
    // Go's loop runs i from (hi-1)/2 down to 0 with signed ints; hi >= 1 here.
    let mut i = (hi as isize - 1) / 2;
    while i >= 0 {
        sift_down(data, i as usize, hi, first)?;
        i -= 1;
    }
    for i in (0..hi).rev() {
        data.swap(first, first + i)?;
        sift_down(data, 0, i, first)?;
    }
    Ok(())
}

fn pdqsort<D: Lessable + ?Sized>(
    data: &mut D,
    mut a: usize,
    mut b: usize,
    mut limit: usize,
) -> Result<(), D::Error> {
    const MAX_INSERTION: usize = 12;
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            return insertion_sort(data, a, b);
        }
        // Fall back to heapsort after too many bad pivot choices.
        if limit == 0 {
            return heap_sort(data, a, b);
        }
        if !was_balanced {
            break_patterns(data, a, b)?;
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(data, a, b)?;
        if hint == Hint::Decreasing {
            reverse_range(data, a, b)?;
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced && was_partitioned && hint == Hint::Increasing {
            if partial_insertion_sort(data, a, b)? {
                return Ok(());
            }
        }
        // A pivot equal to the predecessor of the range: put the equal elements first.
        if a > 0 && !data.less(a - 1, pivot)? {
            a = partition_equal(data, a, b, pivot)?;
            continue;
        }
        let (mid, already) = partition(data, a, b, pivot)?;
        was_partitioned = already;
        let (left_len, right_len) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left_len < right_len {
            was_balanced = left_len >= balance_threshold;
            pdqsort(data, a, mid, limit)?;
            a = mid + 1;
        } else {
            was_balanced = right_len >= balance_threshold;
            pdqsort(data, mid + 1, b, limit)?;
            b = mid;
        }
    }
}

fn partition<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    b: usize,
    pivot: usize,
) -> Result<(usize, bool), D::Error> {
    data.swap(a, pivot)?;
    // i and j are the inclusive bounds of the elements left to partition; they are signed
    // as in Go because j ends one below i.
    let (mut i, mut j) = (a as isize + 1, b as isize - 1);
    while i <= j && data.less(i as usize, a)? {
        i += 1;
    }
    while i <= j && !data.less(j as usize, a)? {
        j -= 1;
    }
    if i > j {
        data.swap(j as usize, a)?;
        return Ok((j as usize, true));
    }
    data.swap(i as usize, j as usize)?;
    i += 1;
    j -= 1;
    loop {
        while i <= j && data.less(i as usize, a)? {
            i += 1;
        }
        while i <= j && !data.less(j as usize, a)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i as usize, j as usize)?;
        i += 1;
        j -= 1;
    }
    data.swap(j as usize, a)?;
    Ok((j as usize, false))
}

fn partition_equal<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    b: usize,
    pivot: usize,
) -> Result<usize, D::Error> {
    data.swap(a, pivot)?;
    let (mut i, mut j) = (a as isize + 1, b as isize - 1);
    loop {
        while i <= j && !data.less(a, i as usize)? {
            i += 1;
        }
        while i <= j && data.less(a, j as usize)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i as usize, j as usize)?;
        i += 1;
        j -= 1;
    }
    Ok(i as usize)
}

fn partial_insertion_sort<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    b: usize,
) -> Result<bool, D::Error> {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: usize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !data.less(i, i - 1)? {
            i += 1;
        }
        if i == b {
            return Ok(true);
        }
        if b - a < SHORTEST_SHIFTING {
            return Ok(false);
        }
        data.swap(i, i - 1)?;
        // Shift the smaller one to the left (note: down to index 1, not a, as in Go).
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !data.less(j, j - 1)? {
                    break;
                }
                data.swap(j, j - 1)?;
                j -= 1;
            }
        }
        // Shift the greater one to the right.
        if b - i >= 2 {
            for j in i + 1..b {
                if !data.less(j, j - 1)? {
                    break;
                }
                data.swap(j, j - 1)?;
            }
        }
    }
    Ok(false)
}

fn break_patterns<D: Lessable + ?Sized>(data: &mut D, a: usize, b: usize) -> Result<(), D::Error> {
    let length = b - a;
    if length >= 8 {
        // Go's xorshift, seeded with the length on every call.
        let mut random = length as u64;
        let modulus = 1u64 << bits_len(length);
        let start = a + (length / 4) * 2 - 1;
        for idx in start..=start + 2 {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            let mut other = (random & (modulus - 1)) as usize;
            if other >= length {
                other -= length;
            }
            data.swap(idx, a + other)?;
        }
    }
    Ok(())
}

fn choose_pivot<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    b: usize,
) -> Result<(usize, Hint), D::Error> {
    const SHORTEST_NINTHER: usize = 50;
    const MAX_SWAPS: usize = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            // Tukey's ninther.
            i = median_adjacent(data, i, &mut swaps)?;
            j = median_adjacent(data, j, &mut swaps)?;
            k = median_adjacent(data, k, &mut swaps)?;
        }
        j = median(data, i, j, k, &mut swaps)?;
    }
    Ok(match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    })
}

fn order2<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    b: usize,
    swaps: &mut usize,
) -> Result<(usize, usize), D::Error> {
    if data.less(b, a)? {
        *swaps += 1;
        return Ok((b, a));
    }
    Ok((a, b))
}

fn median<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    b: usize,
    c: usize,
    swaps: &mut usize,
) -> Result<usize, D::Error> {
    let (a, b) = order2(data, a, b, swaps)?;
    let (b, c) = order2(data, b, c, swaps)?;
    let _ = c;
    let (_, b) = order2(data, a, b, swaps)?;
    Ok(b)
}

fn median_adjacent<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    swaps: &mut usize,
) -> Result<usize, D::Error> {
    median(data, a - 1, a, a + 1, swaps)
}

fn reverse_range<D: Lessable + ?Sized>(data: &mut D, a: usize, b: usize) -> Result<(), D::Error> {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        data.swap(i, j)?;
        i += 1;
        j -= 1;
    }
    Ok(())
}

fn swap_range<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    b: usize,
    n: usize,
) -> Result<(), D::Error> {
    for i in 0..n {
        data.swap(a + i, b + i)?;
    }
    Ok(())
}

fn stable_n<D: Lessable + ?Sized>(data: &mut D, n: usize) -> Result<(), D::Error> {
    let mut block_size = 20;
    let (mut a, mut b) = (0, block_size);
    while b <= n {
        insertion_sort(data, a, b)?;
        a = b;
        b += block_size;
    }
    insertion_sort(data, a, n)?;
    while block_size < n {
        a = 0;
        b = 2 * block_size;
        while b <= n {
            sym_merge(data, a, a + block_size, b)?;
            a = b;
            b += 2 * block_size;
        }
        let m = a + block_size;
        if m < n {
            sym_merge(data, a, m, n)?;
        }
        block_size *= 2;
    }
    Ok(())
}

/// SymMerge (Kim and Kutzner 2004) of the sorted runs `[a, m)` and `[m, b)`.
fn sym_merge<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    m: usize,
    b: usize,
) -> Result<(), D::Error> {
    if m - a == 1 {
        // Insert data[a] into [m, b) by binary search, then rotate it there.
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) >> 1;
            if data.less(h, a)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        for k in a..i.saturating_sub(1) {
            data.swap(k, k + 1)?;
        }
        return Ok(());
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) >> 1;
            if !data.less(m, h)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            data.swap(k, k - 1)?;
            k -= 1;
        }
        return Ok(());
    }
    let mid = (a + b) >> 1;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) >> 1;
        if !data.less(p - c, c)? {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(data, start, m, end)?;
    }
    if a < start && start < mid {
        sym_merge(data, a, start, mid)?;
    }
    if mid < end && end < b {
        sym_merge(data, mid, end, b)?;
    }
    Ok(())
}

/// Rotates `[a, m)` and `[m, b)` by block swaps.
fn rotate<D: Lessable + ?Sized>(
    data: &mut D,
    a: usize,
    m: usize,
    b: usize,
) -> Result<(), D::Error> {
    let mut i = m - a;
    let mut j = b - m;
    while i != j {
        if i > j {
            swap_range(data, m - i, m, j)?;
            i -= j;
        } else {
            swap_range(data, m - i, m + j - i, i)?;
            j -= i;
        }
    }
    swap_range(data, m - i, m, i)
}

#[cfg(test)]
mod tests;
