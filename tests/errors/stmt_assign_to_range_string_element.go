package main

func main() {
	for _, c := range "abc" {
		c = "x"
		println(c)
	}
}
