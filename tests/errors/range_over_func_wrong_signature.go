package main

func numbers(yield func(int)) {
	yield(1)
}

func main() {
	for n := range numbers {
		println(n)
	}
}
