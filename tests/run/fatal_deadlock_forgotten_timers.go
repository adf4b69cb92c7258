package main

import (
	"fmt"
	"time"
)

func main() {
	// Timers and tickers nobody waits on do not keep a deadlocked program alive (Go 1.23).
	t := time.NewTimer(time.Hour)
	tk := time.NewTicker(time.Minute)
	tick := time.Tick(time.Second)
	after := time.After(time.Hour)
	_, _, _, _ = t, tk, tick, after
	done := make(chan bool)
	fmt.Println("waiting for nothing")
	<-done
}
