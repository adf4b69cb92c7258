package main

func main() {
	for i := 0..10 {
		println(i)
	}
}
