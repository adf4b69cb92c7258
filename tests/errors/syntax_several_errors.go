package main

func a() {
	x := [
}

func b() {
	for {
}

func main() {
	if 1 {
	}
	y := 1 +* 2
}
