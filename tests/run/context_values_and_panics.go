package main

import (
	"context"
	"fmt"
	"time"
)

type key int

const (
	userKey key = iota
	reqKey
)

type otherKey int

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, "gopher")
	ctx = context.WithValue(ctx, reqKey, 17)
	ctx = context.WithValue(ctx, otherKey(0), "other")
	fmt.Println(ctx.Value(userKey), ctx.Value(reqKey), ctx.Value(otherKey(0)), ctx.Value(0), ctx.Value(key(5)))
	// Shadowing: the nearest value wins.
	inner := context.WithValue(ctx, userKey, "shadow")
	fmt.Println(inner.Value(userKey), ctx.Value(userKey))
	// Values pass through cancel, timer and without-cancel contexts.
	c, cancel := context.WithCancel(inner)
	defer cancel()
	fmt.Println(c.Value(reqKey), context.WithoutCancel(c).Value(userKey))
	// Type assertions on values.
	if u, ok := c.Value(userKey).(string); ok {
		fmt.Println("user is", u)
	}
	if _, ok := c.Value(reqKey).(string); !ok {
		fmt.Println("reqKey is not a string")
	}
	// A pointer key is compared by identity.
	k1, k2 := new(int), new(int)
	pc := context.WithValue(context.Background(), k1, "k1")
	fmt.Println(pc.Value(k1), pc.Value(k2))
	// Struct keys compare by value.
	type sk struct{ a string }
	sc := context.WithValue(context.Background(), sk{"x"}, 1)
	fmt.Println(sc.Value(sk{"x"}), sc.Value(sk{"y"}))

	try("nil key", func() { context.WithValue(context.Background(), nil, 1) })
	try("slice key", func() { context.WithValue(context.Background(), []int{1}, 1) })
	try("map key", func() { context.WithValue(context.Background(), map[int]int{}, 1) })
	try("func key", func() { context.WithValue(context.Background(), func() {}, 1) })
	try("nil parent value", func() { context.WithValue(nil, "k", 1) })
	try("nil parent cancel", func() { context.WithCancel(nil) })
	try("nil parent cause", func() { context.WithCancelCause(nil) })
	try("nil parent deadline", func() { context.WithDeadline(nil, time.Now()) })
	try("nil parent timeout", func() { context.WithTimeout(nil, 1) })
	try("nil parent without", func() { context.WithoutCancel(nil) })
	try("comparable interface key", func() {
		var k any = struct{ n int }{1}
		fmt.Println(context.WithValue(context.Background(), k, 2).Value(k))
	})
}
