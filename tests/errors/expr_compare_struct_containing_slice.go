package main

type Bag struct {
	items []string
}

func main() {
	a, b := Bag{}, Bag{}
	println(a == b)
}
