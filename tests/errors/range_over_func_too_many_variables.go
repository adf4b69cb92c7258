package main

func numbers(yield func(int) bool) {
	yield(1)
}

func main() {
	for i, n := range numbers {
		println(i, n)
	}
}
