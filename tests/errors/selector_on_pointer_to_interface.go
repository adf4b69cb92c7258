package main

type Stringer interface{ String() string }

func show(p *Stringer) {
	println((*p).String())
	println(p.String())
}

func main() {
}
