package main

func main() {
	f := func(m map[string]int) {
		m["k"]++
	}
	f(nil)
}
