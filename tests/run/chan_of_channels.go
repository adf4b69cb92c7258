package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Println(i, "->", <-reply)
	}
	// Many clients, each with its own reply channel.
	replies := make([]chan int, 4)
	for i := range replies {
		replies[i] = make(chan int, 1)
		go func(i int) { reqs <- request{i + 10, replies[i]} }(i)
	}
	for i, r := range replies {
		fmt.Println("client", i, <-r)
	}
	close(reqs)

	// A channel of channels used as a queue of futures, in order.
	futures := make(chan chan string, 3)
	for _, w := range []string{"x", "y", "z"} {
		f := make(chan string, 1)
		futures <- f
		go func(w string) { f <- w + w + w }(w)
	}
	close(futures)
	for f := range futures {
		fmt.Println(<-f)
	}
	var cc chan chan int = make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	fmt.Println(<-inner)
}
