package main

type Pair struct{ a, b int }

func main() {
	p := Pair{1, 2}
	for _, v := range p {
		println(v)
	}
}
