package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// manualCtx is a user Context with its own Done channel: children of it are canceled
// through the goroutine that context starts for unknown parents.
type manualCtx struct {
	mu   sync.Mutex
	done chan struct{}
	err  error
}

func newManual() *manualCtx { return &manualCtx{done: make(chan struct{})} }

func (m *manualCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (m *manualCtx) Done() <-chan struct{}       { return m.done }
func (m *manualCtx) Err() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err
}
func (m *manualCtx) Value(key any) any {
	if key == "manual" {
		return "yes"
	}
	return nil
}
func (m *manualCtx) cancel(err error) {
	m.mu.Lock()
	m.err = err
	m.mu.Unlock()
	close(m.done)
}

// afterCtx also implements AfterFunc, which context uses instead of a goroutine.
type afterCtx struct {
	*manualCtx
	calls int
}

func (a *afterCtx) AfterFunc(f func()) func() bool {
	a.calls++
	return context.AfterFunc(plain{a.manualCtx}, f)
}

type plain struct{ *manualCtx }

var errCustom = errors.New("custom stop")

func main() {
	m := newManual()
	child, cancel := context.WithCancel(m)
	defer cancel()
	fmt.Println(child)
	fmt.Println(child.Value("manual"), child.Value("other"))
	m.cancel(errCustom)
	<-child.Done()
	fmt.Println(child.Err(), context.Cause(child))

	a := &afterCtx{manualCtx: newManual()}
	c2, cancel2 := context.WithCancel(a)
	defer cancel2()
	fmt.Println("AfterFunc used:", a.calls)
	a.cancel(context.Canceled)
	<-c2.Done()
	fmt.Println(c2.Err())

	// A wrapper that embeds a real context keeps the fast path.
	type wrapped struct{ context.Context }
	base, cancelBase := context.WithCancel(context.Background())
	w := wrapped{base}
	c3, cancel3 := context.WithCancel(w)
	defer cancel3()
	fmt.Println(c3)
	cancelBase()
	<-c3.Done()
	fmt.Println(c3.Err())
}
