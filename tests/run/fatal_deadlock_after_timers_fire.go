package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(time.Millisecond)
	<-tk.C
	// An AfterFunc and a goroutine waiting on time.After keep the program alive until
	// they have run; then nothing can wake main.
	time.AfterFunc(30*time.Millisecond, func() { fmt.Println("AfterFunc ran") })
	go func() {
		<-time.After(60 * time.Millisecond)
		fmt.Println("time.After fired")
	}()
	go func() {
		time.Sleep(90 * time.Millisecond)
		fmt.Println("sleep ended")
	}()
	fmt.Println("main blocks; the ticker is still running")
	<-make(chan int)
}
