package main

import (
	"fmt"
	"sync"
)

type fork struct{ sync.Mutex }

type philosopher struct {
	id          int
	left, right *fork
	meals       int
}

func (p *philosopher) dine(rounds int, host chan struct{}, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{} // at most 4 at the table at once
		// Pick up the lower-numbered fork first: no cycle, no deadlock.
		first, second := p.left, p.right
		if p.id == 4 {
			first, second = p.right, p.left
		}
		first.Lock()
		second.Lock()
		p.meals++
		log <- fmt.Sprintf("philosopher %d eats meal %d", p.id, p.meals)
		second.Unlock()
		first.Unlock()
		<-host
	}
}

func main() {
	forks := make([]*fork, 5)
	for i := range forks {
		forks[i] = new(fork)
	}
	phils := make([]*philosopher, 5)
	for i := range phils {
		phils[i] = &philosopher{id: i, left: forks[i], right: forks[(i+1)%5]}
	}
	host := make(chan struct{}, 4)
	log := make(chan string, 100)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, host, &wg, log)
	}
	wg.Wait()
	close(log)
	perPhil := map[string]int{}
	lines := 0
	for l := range log {
		lines++
		perPhil[l[:13]]++
	}
	fmt.Println("meals logged:", lines)
	for _, p := range phils {
		fmt.Printf("philosopher %d ate %d times\n", p.id, p.meals)
	}
}
