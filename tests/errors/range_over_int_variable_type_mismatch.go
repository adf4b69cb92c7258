package main

func main() {
	var n int64 = 3
	var i int
	for i = range n {
		println(i)
	}
}
