package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Done() == nil, bg.Err(), bg.Value("k"))
	d, ok := bg.Deadline()
	fmt.Println(d.IsZero(), ok)

	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done yet")
	}
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), ctx.Err() == context.Canceled, context.Cause(ctx))
	cancel() // calling it again is fine
	fmt.Println(ctx.Err())
	_, ok = ctx.Deadline()
	fmt.Println("cancel ctx has deadline:", ok)

	// Done returns the same channel every time.
	c2, cancel2 := context.WithCancel(bg)
	fmt.Println(c2.Done() == c2.Done())
	cancel2()

	// A Done channel made after cancellation is already closed.
	c3, cancel3 := context.WithCancel(bg)
	cancel3()
	_, open := <-c3.Done()
	fmt.Println("closed:", !open)

	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
	var te interface{ Timeout() bool } 
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout())
	tmp, ok := context.DeadlineExceeded.(interface{ Temporary() bool })
	fmt.Println(ok, tmp.Temporary())

	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	start := time.Now()
	<-tctx.Done()
	fmt.Println(tctx.Err(), time.Since(start) >= 20*time.Millisecond)
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded), context.Cause(tctx))
}
