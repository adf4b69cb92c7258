package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("deferred in main: not printed")
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("exiting from goroutine")
		os.Exit(4)
	}()
	fmt.Println("main blocks forever")
	select {}
}
