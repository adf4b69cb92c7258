package main

func main() {
	x := 1
	p := &x
	f := (*float64)(p)
	println(f)
}
