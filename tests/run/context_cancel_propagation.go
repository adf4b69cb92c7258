package main

import (
	"context"
	"errors"
	"fmt"
)

func state(name string, c context.Context) {
	select {
	case <-c.Done():
		fmt.Printf("%-12s canceled: %v (cause: %v)\n", name, c.Err(), context.Cause(c))
	default:
		fmt.Printf("%-12s active\n", name)
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	grand, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	sibling, cancelSibling := context.WithCancel(root)
	defer cancelSibling()
	val := context.WithValue(child, "k", "v")
	underVal, cancelUV := context.WithCancel(val)
	defer cancelUV()

	cancelChild()
	fmt.Println("after canceling child:")
	for _, x := range []struct {
		n string
		c context.Context
	}{{"root", root}, {"child", child}, {"grand", grand}, {"sibling", sibling}, {"underVal", underVal}} {
		state(x.n, x.c)
	}
	cancelRoot()
	fmt.Println("after canceling root:")
	state("sibling", sibling)

	// Causes.
	base, cancelBase := context.WithCancelCause(context.Background())
	kid, cancelKid := context.WithCancel(base)
	defer cancelKid()
	errDB := errors.New("database down")
	cancelBase(errDB)
	state("base", base)
	state("kid", kid)
	fmt.Println(errors.Is(context.Cause(kid), errDB))
	cancelBase(errors.New("second cause is ignored"))
	fmt.Println(context.Cause(base))

	nilCause, cancelNil := context.WithCancelCause(context.Background())
	cancelNil(nil)
	state("nil cause", nilCause)

	// A child created from an already-canceled parent is canceled at once.
	late, cancelLate := context.WithCancel(base)
	defer cancelLate()
	state("late", late)

	// Cause of a context that is not canceled, and of Background.
	fmt.Println(context.Cause(context.Background()), context.Cause(sibling))
	live, cancelLive := context.WithCancel(context.Background())
	fmt.Println(context.Cause(live))
	cancelLive()

	// Canceling a child does not cancel a WithoutCancel ancestor chain.
	p, cancelP := context.WithCancelCause(context.Background())
	wo := context.WithoutCancel(p)
	wc, cancelWC := context.WithCancel(wo)
	defer cancelWC()
	cancelP(errors.New("parent gone"))
	state("p", p)
	state("withoutCancel", wo)
	state("wc", wc)
	fmt.Println(wo.Value("k"), context.Cause(wo))
}
