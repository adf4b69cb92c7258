package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := NewQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				q.Put(p*100 + i)
			}
		}()
	}
	sums := make(chan int)
	for c := 0; c < 2; c++ {
		go func() {
			s := 0
			for i := 0; i < 15; i++ {
				s += q.Get()
			}
			sums <- s
		}()
	}
	total := <-sums + <-sums
	wg.Wait()
	fmt.Println("total", total, "left", len(q.items))

	// Broadcast wakes every waiter.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var woke sync.WaitGroup
	for i := 0; i < 5; i++ {
		woke.Add(1)
		go func() {
			defer woke.Done()
			mu.Lock()
			waiting++
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		if waiting == 5 {
			mu.Unlock()
			break
		}
		mu.Unlock()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	woke.Wait()
	fmt.Println("all woke")
	// Signal and Broadcast with no waiters do nothing.
	cond.Signal()
	cond.Broadcast()
	fmt.Println("no waiters ok")
}
