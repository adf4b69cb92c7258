package main

import (
	"errors"
	"fmt"
	"sync"
)

type jobError struct {
	id  int
	err error
}

func (e *jobError) Error() string { return fmt.Sprintf("job %d: %v", e.id, e.err) }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer fmt.Println("goroutine defer runs before the crash")
		panic(&jobError{7, errors.New("disk full")})
	}()
	wg.Wait()
	fmt.Println("not reached")
}
