package main

import (
	"fmt"
	"time"
)

func main() {
	// A timer nobody waits for does not keep a program alive, but a sleeping goroutine
	// does: sleeping many times must never be mistaken for a deadlock.
	start := time.Now()
	for i := 0; i < 2000; i++ {
		time.Sleep(time.Microsecond)
	}
	forgotten := time.NewTimer(time.Hour)
	_ = forgotten
	for i := 0; i < 2000; i++ {
		time.Sleep(time.Microsecond)
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 500; i++ {
				time.Sleep(time.Microsecond)
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	fmt.Println("slept", time.Since(start) > 3*time.Millisecond)
}
