package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

func transfer(from, to *Account, amount int) bool {
	// Lock in id order to avoid deadlock.
	a, b := from, to
	if a.id > b.id {
		a, b = b, a
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok, failed := 0, 0
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				from := accts[(g+k)%5]
				to := accts[(g+2*k+1)%5]
				if from == to {
					continue
				}
				r := transfer(from, to, (g*7+k*13)%300)
				mu.Lock()
				if r {
					ok++
				} else {
					failed++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
		if a.balance < 0 {
			fmt.Println("negative balance!")
		}
	}
	fmt.Println("total conserved:", total == 5000, total)
	fmt.Println("attempts", ok+failed)
}
