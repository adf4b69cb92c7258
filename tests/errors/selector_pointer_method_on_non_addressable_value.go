package main

type Counter struct{ n int }

func (c *Counter) Incr() { c.n++ }

func main() {
	Counter{}.Incr()
}
