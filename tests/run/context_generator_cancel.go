package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func gen(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := 1; ; n++ {
			select {
			case <-ctx.Done():
				return
			case out <- n:
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	for n := range gen(ctx) {
		fmt.Print(n, " ")
		if n == 5 {
			break
		}
	}
	fmt.Println()
	cancel()
	// The generator sees the cancellation and ends: no goroutine leaks.
	for runtime.NumGoroutine() > 1 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())

	// A ticker loop bounded by a timeout.
	tctx, tcancel := context.WithTimeout(context.Background(), 60*time.Millisecond)
	defer tcancel()
	tk := time.NewTicker(5 * time.Millisecond)
	defer tk.Stop()
	ticks := 0
	func() {
		for {
			select {
			case <-tctx.Done():
				return
			case <-tk.C:
				ticks++
			}
		}
	}()
	fmt.Println("ticked:", ticks > 0, tctx.Err())

	// Heartbeats until the parent is canceled.
	pctx, pcancel := context.WithCancel(context.Background())
	beats := make(chan int)
	go func() {
		defer close(beats)
		for i := 0; ; i++ {
			select {
			case beats <- i:
			case <-pctx.Done():
				return
			}
		}
	}()
	for b := range beats {
		if b == 3 {
			pcancel()
			break
		}
	}
	for range beats {
	}
	fmt.Println("heartbeats stopped:", pctx.Err())
}
