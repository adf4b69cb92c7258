package main

func main() {
	ch := make(chan int)
	ch <- 1 <- 2
	<-ch = 3
	ch <-
}
