package main

func main() {
	c := make(chan int)
	x := 1
	select {
	case x > 0:
		println("yes")
	case v := <-c:
		println(v)
	}
}
