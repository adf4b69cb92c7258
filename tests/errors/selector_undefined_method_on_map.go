package main

func main() {
	m := map[string]int{}
	m.Update("a", 1)
}
