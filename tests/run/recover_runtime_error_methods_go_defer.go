package main

import (
	"fmt"
	"runtime"
	"sync"
)

func catch(f func()) (err runtime.Error) {
	defer func() { err = recover().(runtime.Error) }()
	f()
	return nil
}

func main() {
	var m map[string]int
	errs := []runtime.Error{
		catch(func() { m["a"] = 1 }),
		catch(func() { _ = []int{}[3] }),
		catch(func() { var c chan int; close(c) }),
		catch(func() { var p *int; _ = *p }),
		catch(func() { var i any = "s"; _ = i.(int) }),
	}
	var wg sync.WaitGroup
	out := make([]string, len(errs))
	for i, e := range errs {
		// The runtime errors' methods can be started as goroutines, deferred, and used as
		// method values like any other method.
		go e.RuntimeError()
		go e.Error()
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer e.RuntimeError()
			f := e.Error
			out[i] = f()
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	var e error = errs[0]
	g := e.Error
	fmt.Println(g())
	h := errs[1].RuntimeError
	h()
	fmt.Println("done")
}
