package main

func main() {
	for i := range 2.5 {
		println(i)
	}
}
