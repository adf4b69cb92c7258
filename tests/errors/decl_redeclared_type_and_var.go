package main

type Point struct{ X, Y int }

var Point = 3

func main() {
}
