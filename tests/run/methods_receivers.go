package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	fmt.Println(Temp(100).F())
}
