package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowWork(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Millisecond)
	defer cancel()
	r, err := slowWork(ctx, 5*time.Millisecond)
	fmt.Println(r, err)
	r, err = slowWork(ctx, 2*time.Second)
	fmt.Printf("%q %v %v\n", r, err, errors.Is(err, context.DeadlineExceeded))

	// Canceled before the deadline: the error is Canceled.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	go func() {
		time.Sleep(10 * time.Millisecond)
		cancel2()
	}()
	_, err = slowWork(ctx2, 2*time.Second)
	fmt.Println(err)

	// A timeout cause.
	errSlow := errors.New("backend too slow")
	ctx3, cancel3 := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errSlow)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), context.Cause(ctx3))

	// A deadline in the past: done immediately.
	ctx4, cancel4 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel4()
	fmt.Println(ctx4.Err())
	ctx5, cancel5 := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errSlow)
	defer cancel5()
	fmt.Println(ctx5.Err(), context.Cause(ctx5))

	// Cancel before the deadline: err is Canceled, and the timer is stopped.
	ctx6, cancel6 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	cancel6()
	time.Sleep(40 * time.Millisecond)
	fmt.Println(ctx6.Err())
}
