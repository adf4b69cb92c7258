package main

func main() {
first:
	for i := 0; i < 2; i++ {
		println(i)
	}
	for j := 0; j < 2; j++ {
		break first
	}
}
