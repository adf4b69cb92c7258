// Deleting and inserting while ranging over a map, checked by the rules Go guarantees
// rather than by one order: an entry deleted before it is reached is never produced;
// every entry present from start to end is produced exactly once; no key is produced
// twice, even when inserts in the body make the table grow (several times) mid-range;
// an entry created during the range may be produced or skipped (over many trials both
// happen); a value updated before it is reached is produced with its new value.
package main

import "fmt"

type stats struct {
	trials, violations      int
	insertedSeen, insertedSkipped int
}

func (s *stats) check(ok bool, what string) {
	if !ok {
		s.violations++
		if s.violations < 5 {
			fmt.Println("violation:", what)
		}
	}
}

func run(size, inserts int, deleteAhead bool, s *stats) {
	m := make(map[int]int)
	for i := 0; i < size; i++ {
		m[i] = i
	}
	deleted := map[int]bool{}
	seen := map[int]int{}
	next := 1000000
	step := 0
	for k, v := range m {
		seen[k]++
		if deleted[k] {
			s.check(false, "deleted key produced")
		}
		if k < size && v != k && v != k+1 {
			s.check(false, "wrong value")
		}
		if k < size && v == k+1 {
			// fine: updated before being reached
		}
		step++
		// Insert new keys (enough to force growth in some trials).
		for j := 0; j < inserts; j++ {
			m[next] = -1
			next++
		}
		if deleteAhead {
			// Delete a key that may not have been reached yet.
			d := (k*7 + step) % size
			if seen[d] == 0 && !deleted[d] {
				delete(m, d)
				deleted[d] = true
			}
		}
		// Update a key that may not be reached yet.
		u := (k*13 + 5) % size
		if seen[u] == 0 && !deleted[u] {
			m[u] = u + 1
		}
	}
	for k, n := range seen {
		s.check(n == 1, "key produced twice")
		_ = k
	}
	for i := 0; i < size; i++ {
		if !deleted[i] {
			s.check(seen[i] == 1, "surviving original key not produced")
		}
	}
	for k := 1000000; k < next; k++ {
		if seen[k] == 1 {
			s.insertedSeen++
		} else {
			s.insertedSkipped++
		}
	}
	s.trials++
}

func main() {
	var s stats
	for trial := 0; trial < 300; trial++ {
		for _, size := range []int{1, 3, 8, 9, 20, 100} {
			run(size, 0, true, &s)
			run(size, 1, false, &s)
			run(size, 3, true, &s)
		}
	}
	fmt.Println("trials:", s.trials, "violations:", s.violations)
	fmt.Println("inserted entries sometimes produced:", s.insertedSeen > 0)
	fmt.Println("inserted entries sometimes skipped:", s.insertedSkipped > 0)

	// Deleting every other key from inside the range: the loop sees each surviving key once.
	m := map[string]int{}
	for i := 0; i < 1000; i++ {
		m[fmt.Sprint(i)] = i
	}
	n := 0
	for k, v := range m {
		n++
		delete(m, k)
		delete(m, fmt.Sprint(v^1))
	}
	fmt.Println("delete pairs: produced", n, "left", len(m))

	// Deleting the current key and re-adding it in the body does not repeat the key forever.
	m2 := map[int]int{1: 1, 2: 2, 3: 3}
	steps := 0
	for k := range m2 {
		delete(m2, k)
		m2[k] = k
		steps++
		if steps > 100 {
			break
		}
	}
	fmt.Println("delete+reinsert terminates:", steps <= 100, len(m2))

	// clear inside the range stops it.
	m3 := map[int]int{}
	for i := 0; i < 100; i++ {
		m3[i] = i
	}
	steps = 0
	for range m3 {
		steps++
		clear(m3)
	}
	fmt.Println("clear during range: steps", steps, "len", len(m3))
}
