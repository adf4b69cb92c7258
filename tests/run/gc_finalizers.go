package main

// Finalizers as Go runs them: after a collection finds the object unreachable, once, on
// the finalizer goroutine; what the object points to stays alive until then; a
// resurrected object is not finalized again; KeepAlive keeps an object reachable.

import (
	"fmt"
	"runtime"
	"time"
)

type Res struct {
	name string
	peer *Res
}

var revived *Res

func wait(ch chan string) string {
	runtime.GC()
	select {
	case s := <-ch:
		return s
	case <-time.After(2 * time.Second):
		return "no finalizer ran"
	}
}

func main() {
	done := make(chan string, 10)

	// 1. An unreachable object is finalized after a cycle, with its referents intact.
	func() {
		r := &Res{name: "first", peer: &Res{name: "peer of first"}}
		runtime.SetFinalizer(r, func(r *Res) { done <- r.name + " finalized, " + r.peer.name + " intact" })
	}()
	fmt.Println(wait(done))

	// 2. Resurrection: the finalizer stores the object; it is not finalized again.
	func() {
		r := &Res{name: "phoenix"}
		runtime.SetFinalizer(r, func(r *Res) { revived = r; done <- r.name + " revived" })
	}()
	fmt.Println(wait(done))
	revived = nil
	runtime.GC()
	runtime.GC()
	select {
	case s := <-done:
		fmt.Println("unexpected:", s)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("phoenix finalized once")
	}

	// 3. SetFinalizer(obj, nil) removes the finalizer.
	func() {
		r := &Res{name: "cancelled"}
		runtime.SetFinalizer(r, func(r *Res) { done <- "cancelled ran" })
		runtime.SetFinalizer(r, nil)
	}()
	runtime.GC()
	select {
	case s := <-done:
		fmt.Println("unexpected:", s)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("removed finalizer did not run")
	}

	// 4. KeepAlive: the object stays reachable up to the call, even after a cycle.
	k := &Res{name: "kept"}
	runtime.SetFinalizer(k, func(r *Res) { done <- "kept finalized" })
	runtime.GC()
	select {
	case s := <-done:
		fmt.Println("too early:", s)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("kept alive until KeepAlive")
	}
	runtime.KeepAlive(k)
	fmt.Println(wait(done))
}
