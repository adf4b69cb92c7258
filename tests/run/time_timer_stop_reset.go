package main

import (
	"fmt"
	"time"
)

func drained(t *time.Timer) bool {
	select {
	case <-t.C:
		return false
	default:
		return true
	}
}

func main() {
	// Stop before it fires.
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("nothing to receive:", drained(t))

	// Fires and is received: Stop reports false.
	t2 := time.NewTimer(10 * time.Millisecond)
	<-t2.C
	fmt.Println("stop after receive:", t2.Stop())

	// Fires but is not received: in Go 1.23 Stop reports true and no stale value is left.
	t3 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("len/cap of C:", len(t3.C), cap(t3.C))
	fmt.Println("stop after unreceived fire:", t3.Stop())
	fmt.Println("no stale value:", drained(t3))

	// Reset an expired, unreceived timer: the old value is discarded.
	t4 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	fmt.Println("reset after unreceived fire:", t4.Reset(60*time.Millisecond))
	<-t4.C
	fmt.Println("waited for the new duration:", time.Since(start) >= 60*time.Millisecond)

	// Reset an active timer.
	t5 := time.NewTimer(time.Hour)
	fmt.Println("reset active:", t5.Reset(10*time.Millisecond))
	<-t5.C
	fmt.Println("reset timer fired")
	fmt.Println("reset fired+received:", t5.Reset(10*time.Millisecond))
	<-t5.C
	fmt.Println("fired again")

	// A stopped timer can be reset.
	t6 := time.NewTimer(time.Hour)
	t6.Stop()
	fmt.Println("reset stopped:", t6.Reset(5*time.Millisecond))
	v := <-t6.C
	fmt.Println("got a time:", !v.IsZero())

	// Zero and negative durations fire at once.
	t7 := time.NewTimer(0)
	<-t7.C
	t8 := time.NewTimer(-time.Second)
	<-t8.C
	fmt.Println("zero and negative timers fired")

	// Uninitialised timers panic.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z time.Timer
		z.Stop()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z time.Timer
		z.Reset(time.Second)
	}()
}
