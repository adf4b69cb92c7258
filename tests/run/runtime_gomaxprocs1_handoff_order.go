package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// With one P and no system calls between synchronisation points, Go's scheduling order
// is fixed: a woken goroutine goes to runnext and runs when the current one blocks.
var log []string

func say(a ...any) { log = append(log, strings.TrimSpace(fmt.Sprintln(a...))) }

func flush(title string) {
	fmt.Println(title+":", strings.Join(log, ", "))
	log = nil
}

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	// Settle the scheduler after GOMAXPROCS's stop-the-world.
	go func() { done <- true }()
	<-done

	c := make(chan int)
	go func() {
		for v := range c {
			say("recv", v)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		say("send", i)
		c <- i
	}
	close(c)
	<-done
	flush("unbuffered")

	b := make(chan int, 2)
	go func() {
		for v := range b {
			say("recv", v)
		}
		done <- true
	}()
	for i := 0; i < 5; i++ {
		say("send", i)
		b <- i
	}
	close(b)
	<-done
	flush("buffered")

	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 2; j++ {
				mu.Lock()
				say(i, j)
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	flush("mutex+gosched")

	wg.Add(1)
	go func() {
		defer wg.Done()
		say("outer")
		wg.Add(2)
		go func() { defer wg.Done(); say("inner1") }()
		go func() { defer wg.Done(); say("inner2") }()
		say("outer end")
	}()
	wg.Wait()
	flush("nested go")

	x := make(chan int)
	y := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			select {
			case v := <-x:
				say("x", v)
			case v := <-y:
				say("y", v)
			}
		}
		done <- true
	}()
	x <- 1
	y <- 2
	x <- 3
	y <- 4
	<-done
	flush("select")

	var wg2 sync.WaitGroup
	wg2.Add(1)
	for i := 0; i < 3; i++ {
		go func() { wg2.Wait(); say("waiter", i) }()
	}
	runtime.Gosched()
	wg2.Done()
	runtime.Gosched()
	runtime.Gosched()
	flush("waitgroup waiters")

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			say("pong", v)
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 3; i++ {
		say("ping", v)
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong
	flush("ping-pong")
}
