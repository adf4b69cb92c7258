package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	ran := make(chan string, 3)
	t := time.AfterFunc(20*time.Millisecond, func() {
		ran <- "fired"
		wg.Done()
	})
	wg.Wait()
	fmt.Println(<-ran)
	fmt.Println("stop after run:", t.Stop())
	// Stopped before it fires: f never runs.
	t2 := time.AfterFunc(50*time.Millisecond, func() { ran <- "should not run" })
	fmt.Println("stop before fire:", t2.Stop())
	time.Sleep(100 * time.Millisecond)
	fmt.Println("queued:", len(ran))
	// Reset runs it again.
	done := make(chan bool)
	count := 0
	var t3 *time.Timer
	t3 = time.AfterFunc(5*time.Millisecond, func() {
		count++
		if count < 3 {
			t3.Reset(5 * time.Millisecond)
			return
		}
		done <- true
	})
	<-done
	fmt.Println("ran", count, "times")
	// AfterFunc timers have a nil C.
	fmt.Println("C is nil:", t.C == nil)
	// Several AfterFuncs run in deadline order.
	order := make(chan int, 3)
	for _, d := range []int{3, 1, 2} {
		time.AfterFunc(time.Duration(d)*30*time.Millisecond, func() { order <- d })
	}
	fmt.Println(<-order, <-order, <-order)
	// Each AfterFunc runs in its own goroutine: one blocking does not delay another.
	block := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { <-block })
	other := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { other <- true })
	<-other
	close(block)
	fmt.Println("independent goroutines")
}
