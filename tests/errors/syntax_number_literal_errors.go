package main

func main() {
	a := 0x1p
	b := 0b
	c := 0o8
	d := 1_
	e := 0x_1
	f := 08.5
	g := 0x1.8
	h := 1.e+
}
