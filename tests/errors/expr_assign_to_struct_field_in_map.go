package main

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"o": {}}
	m["o"].X = 3
	println(len(m))
}
