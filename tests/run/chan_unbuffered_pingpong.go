package main

import "fmt"

type ball struct{ hits int }

// player receives the ball on in and hits it back on out.
func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits == 9 {
			close(out)
			done <- name + " wins"
			return
		}
		out <- b
	}
	done <- name + " sees the table closed"
}

func main() {
	toPing := make(chan *ball)
	toPong := make(chan *ball)
	done := make(chan string)
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- new(ball)
	fmt.Println(<-done)
	fmt.Println(<-done)
}
