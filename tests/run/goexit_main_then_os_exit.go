package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("the program continues without main")
		os.Exit(0)
	}()
	runtime.Goexit()
}
