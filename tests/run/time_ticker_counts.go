package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks", n)
	// No ticks after Stop.
	time.Sleep(40 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}
	// Reset changes the period and restarts a stopped ticker.
	tk.Reset(15 * time.Millisecond)
	start := time.Now()
	<-tk.C
	<-tk.C
	fmt.Println("two ticks after reset, at least 30ms:", time.Since(start) >= 30*time.Millisecond)
	tk.Stop()
	// A slow receiver misses ticks: the channel holds at most one.
	slow := time.NewTicker(20 * time.Millisecond)
	time.Sleep(110 * time.Millisecond)
	fmt.Println("len(C) of a ticker:", len(slow.C))
	got := 0
	for i := 0; i < 2; i++ {
		select {
		case <-slow.C:
			got++
		default:
		}
	}
	fmt.Println("ticks waiting after five periods:", got)
	slow.Stop()
	// Tick.
	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("Tick works", time.Tick(0) == nil, time.Tick(-1) == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		t := time.NewTicker(time.Second)
		t.Reset(-1)
	}()
	var zt time.Ticker
	zt.Stop()
	fmt.Println("zero Ticker Stop is fine")
}
