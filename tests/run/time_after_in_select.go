package main

import (
	"fmt"
	"time"
)

func slowOp(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("done after ", d)
	}()
	return c
}

func withTimeout(d, limit time.Duration) string {
	select {
	case r := <-slowOp(d):
		return r
	case <-time.After(limit):
		return "timed out"
	}
}

func main() {
	fmt.Println(withTimeout(10*time.Millisecond, 200*time.Millisecond))
	fmt.Println(withTimeout(300*time.Millisecond, 30*time.Millisecond))
	// time.After's value is a time.Time after the start.
	start := time.Now()
	t := <-time.After(20 * time.Millisecond)
	fmt.Println(t.After(start), t.Sub(start) >= 20*time.Millisecond)
	// Heartbeat: a timer reset in a loop.
	events := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(5 * time.Millisecond)
			events <- i
		}
	}()
	idle := time.NewTimer(150 * time.Millisecond)
	for {
		select {
		case e := <-events:
			fmt.Println("event", e)
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(150 * time.Millisecond)
			continue
		case <-idle.C:
			fmt.Println("idle")
		}
		break
	}
}
