package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Group is a hand-written errgroup: the first error cancels the group's context.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(err)
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

var errFetch = errors.New("fetch failed")

func main() {
	g, ctx := WithContext(context.Background())
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		g.Go(func() error {
			if i == 3 {
				time.Sleep(10 * time.Millisecond)
				return fmt.Errorf("item %d: %w", i, errFetch)
			}
			select {
			case <-ctx.Done():
				results[i] = "canceled"
				return ctx.Err()
			case <-time.After(2 * time.Second):
				results[i] = "finished"
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println("error:", err, errors.Is(err, errFetch))
	fmt.Println(results)
	fmt.Println("ctx:", ctx.Err(), "cause:", context.Cause(ctx))

	// All succeed.
	g2, ctx2 := WithContext(context.Background())
	sum := make([]int, 4)
	for i := range sum {
		g2.Go(func() error {
			sum[i] = i * i
			return nil
		})
	}
	fmt.Println(g2.Wait(), sum, ctx2.Err(), context.Cause(ctx2))
}
