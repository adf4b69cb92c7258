package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type ctxKey int
type strKey string
type structKey struct{ a, b int }
type named struct{ name string }

func (n named) String() string { return "named<" + n.name + ">" }

// myCtx is a Context without a String method: its type name is used.
type myCtx struct{ context.Context }

type ptrCtx struct{ context.Context }

func main() {
	bg := context.Background()
	todo := context.TODO()
	c1, cancel1 := context.WithCancel(bg)
	defer cancel1()
	fmt.Println(c1)
	fmt.Println(context.WithValue(bg, ctxKey(1), "v"))
	fmt.Println(context.WithValue(todo, strKey("user"), 42))
	fmt.Println(context.WithValue(bg, "plain", []int{1, 2}))
	fmt.Println(context.WithValue(bg, structKey{1, 2}, named{"x"}))
	fmt.Println(context.WithValue(bg, named{"key"}, nil))
	fmt.Println(context.WithValue(bg, 3.5, map[string]int{}))
	fmt.Println(context.WithValue(bg, new(int), &struct{}{}))
	fmt.Println(context.WithValue(c1, true, "s"))
	cc, ccancel := context.WithCancelCause(todo)
	defer ccancel(nil)
	fmt.Println(cc)
	fmt.Println(context.WithoutCancel(cc))
	fmt.Println(context.WithValue(context.WithoutCancel(bg), ctxKey(2), ctxKey(3)))
	m := myCtx{bg}
	fmt.Println(context.WithValue(m, "k", "v"))
	c2, cancel2 := context.WithCancel(&ptrCtx{bg})
	defer cancel2()
	fmt.Println(c2)
	var nilCtx context.Context = myCtx{}
	fmt.Println(context.WithoutCancel(nilCtx))
	// Deadline strings hold times and durations: check their shape.
	dl := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	dctx, dcancel := context.WithDeadline(bg, dl)
	defer dcancel()
	s := fmt.Sprint(dctx)
	fmt.Println(strings.HasPrefix(s, "context.Background.WithDeadline(2009-11-10 23:00:00 +0000 UTC ["), strings.HasSuffix(s, "])"))
	tctx, tcancel := context.WithTimeout(c1, time.Hour)
	defer tcancel()
	s = fmt.Sprint(tctx)
	i := strings.Index(s, "(")
	fmt.Println(s[:i], strings.Contains(s, " m=+"), strings.HasSuffix(s, "])"))
	fmt.Printf("%v|%s\n", bg, todo)
	fmt.Printf("%T %T\n", bg, c1)
}
