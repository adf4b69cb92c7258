package main

import (
	"fmt"
	"os"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine exits the process")
		os.Exit(6)
	}()
	<-done
}
