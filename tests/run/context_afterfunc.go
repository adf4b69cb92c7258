package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 5)
	stop := context.AfterFunc(ctx, func() { ran <- "after cancel" })
	time.Sleep(10 * time.Millisecond)
	fmt.Println("queued before cancel:", len(ran))
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop after run:", stop())

	// Stopped before the context is canceled: f never runs.
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { ran <- "should not run" })
	fmt.Println("stop before cancel:", stop2(), "again:", stop2())
	cancel2()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("queued:", len(ran))

	// On an already-canceled context f runs at once (in its own goroutine).
	var wg sync.WaitGroup
	wg.Add(1)
	context.AfterFunc(ctx, func() {
		fmt.Println("ran for a canceled context")
		wg.Done()
	})
	wg.Wait()

	// With a deadline.
	tctx, tcancel := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer tcancel()
	done := make(chan error)
	context.AfterFunc(tctx, func() { done <- tctx.Err() })
	fmt.Println(<-done)

	// Several AfterFuncs on one context all run.
	ctx3, cancel3 := context.WithCancel(context.Background())
	var mu sync.Mutex
	count := 0
	wg.Add(4)
	for i := 0; i < 4; i++ {
		context.AfterFunc(ctx3, func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg.Done()
		})
	}
	cancel3()
	wg.Wait()
	fmt.Println("all ran:", count)

	// Background is never canceled: stop always succeeds.
	stop4 := context.AfterFunc(context.Background(), func() { fmt.Println("never") })
	fmt.Println(stop4())
}
