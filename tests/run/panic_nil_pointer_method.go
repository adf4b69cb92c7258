package main

type T struct{ X int }

func (t *T) Set(v int) { t.X = v }

func main() {
	var p *T
	p.Set(3)
}
