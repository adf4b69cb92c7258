package main

func main() {
	a := [3]string{5: "x"}
	println(len(a))
}
