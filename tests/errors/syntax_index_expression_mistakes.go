package main

func main() {
	var a [3]int
	_ = a[]
	_ = a[1,2]
	_ = a[1:2:3:4]
	_ = a[:]
}
