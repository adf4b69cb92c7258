package main

import "fmt"

type P struct{ X int }

func (p P) Show() string   { return fmt.Sprint("P", p.X) }
func (p *P) Add(d int)     { p.X += d }
func (p P) Plus(d int) int { return p.X + d }

func main() {
	p := P{1}
	show := p.Show
	p.X = 2
	fmt.Println(show(), p.Show())
	add := p.Add
	add(10)
	add(10)
	fmt.Println(p.X)
	f := P.Plus
	fmt.Println(f(P{5}, 3))
	g := (*P).Add
	g(&p, 100)
	fmt.Println(p.X)
	h := (*P).Show
	fmt.Println(h(&p))
	fs := []func() string{p.Show, P{9}.Show}
	for _, fn := range fs {
		fmt.Println(fn())
	}
	fmt.Printf("%T\n%T\n", f, g)
}
