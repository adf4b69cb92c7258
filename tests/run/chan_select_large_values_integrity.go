package main

import (
	"fmt"
	"sync"
)

type big struct {
	id    int
	name  string
	vals  [6]int64
	tags  []string
	inner struct {
		f float64
		b bool
	}
	iface any
}

func mk(id int) big {
	var b big
	b.id = id
	b.name = fmt.Sprint("item-", id)
	for i := range b.vals {
		b.vals[i] = int64(id*10 + i)
	}
	b.tags = []string{b.name, "x"}
	b.inner.f = float64(id) / 2
	b.inner.b = id%2 == 0
	b.iface = id
	return b
}

func check(b big) bool {
	if b.name != fmt.Sprint("item-", b.id) || len(b.tags) != 2 || b.tags[0] != b.name {
		return false
	}
	for i, v := range b.vals {
		if v != int64(b.id*10+i) {
			return false
		}
	}
	return b.inner.f == float64(b.id)/2 && b.inner.b == (b.id%2 == 0) && b.iface == b.id
}

func main() {
	a := make(chan big)
	c := make(chan big, 3)
	out := make(chan [2]big, 2)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				v := mk(p*1000 + i)
				select {
				case a <- v:
				case c <- v:
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(a)
		close(c)
	}()
	bad, n, sum := 0, 0, 0
	var pair [2]big
	k := 0
	for a != nil || c != nil {
		var v big
		var ok bool
		select {
		case v, ok = <-a:
			if !ok {
				a = nil
				continue
			}
		case v, ok = <-c:
			if !ok {
				c = nil
				continue
			}
		}
		if !check(v) {
			bad++
		}
		n++
		sum += v.id
		pair[k] = v
		k++
		if k == 2 {
			out <- pair
			p := <-out
			if !check(p[0]) || !check(p[1]) {
				bad++
			}
			k = 0
		}
	}
	fmt.Println("received", n, "bad", bad, "sum", sum)
}
