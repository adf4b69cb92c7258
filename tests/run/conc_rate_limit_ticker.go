package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(10 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	served := 0
	for req := range requests {
		<-limiter.C
		served++
		_ = req
	}
	el := time.Since(start)
	fmt.Println("served", served, "took at least 40ms:", el >= 40*time.Millisecond)

	// Bursty limiter: 3 immediate, then one per tick.
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	stop := make(chan bool)
	go func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case v := <-t.C:
				select {
				case bursty <- v:
				case <-stop:
					return
				}
			case <-stop:
				return
			}
		}
	}()
	// The burst is what can be taken without waiting.
	burst := 0
	for taking := true; taking; {
		select {
		case <-bursty:
			burst++
		default:
			taking = false
		}
	}
	for i := burst; i < 6; i++ {
		<-bursty
	}
	close(stop)
	fmt.Println("burst", burst, "total", 6)
}
