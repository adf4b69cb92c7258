package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type traceKey struct{}

func withTrace(ctx context.Context, step string) context.Context {
	prev, _ := ctx.Value(traceKey{}).(string)
	if prev != "" {
		step = prev + "/" + step
	}
	return context.WithValue(ctx, traceKey{}, step)
}

func handler(ctx context.Context, name string, d time.Duration, out chan<- string) {
	ctx = withTrace(ctx, name)
	select {
	case <-time.After(d):
		out <- ctx.Value(traceKey{}).(string) + ": ok"
	case <-ctx.Done():
		out <- ctx.Value(traceKey{}).(string) + ": " + ctx.Err().Error()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(withTrace(context.Background(), "req1"), 100*time.Millisecond)
	defer cancel()
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for _, h := range []struct {
		n string
		d time.Duration
	}{{"db", 5 * time.Millisecond}, {"cache", time.Millisecond}, {"remote", 2 * time.Second}, {"slow", 3 * time.Second}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			handler(ctx, h.n, h.d, out)
		}()
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
}
