package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			c <- i
		}
		close(c)
	}()
	sum := 0
recv:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break recv
			}
			if v%2 == 0 {
				continue recv
			}
			sum += v
			if v == 7 {
				fmt.Println("breaking inside select only")
				break
			}
		}
	}
	fmt.Println("sum of odds", sum)

	// break without a label leaves only the select.
	d := make(chan int, 3)
	d <- 1
	d <- 2
	d <- 3
	close(d)
	iterations := 0
	for i := 0; i < 5; i++ {
		iterations++
		select {
		case v, ok := <-d:
			if !ok {
				break
			}
			fmt.Println("v", v)
		}
	}
	fmt.Println("iterations", iterations)

	// Nested loops and labels with select.
	e := make(chan int, 20)
	for i := 0; i < 20; i++ {
		e <- i
	}
outer:
	for round := 0; ; round++ {
		for j := 0; j < 3; j++ {
			select {
			case v := <-e:
				if v == 11 {
					fmt.Println("stop at round", round, "j", j)
					break outer
				}
			default:
				break outer
			}
		}
	}
	fmt.Println("left", len(e))
	// goto out of a select.
	f := make(chan int, 1)
	f <- 9
	select {
	case v := <-f:
		if v == 9 {
			goto done
		}
		fmt.Println("not reached")
	}
done:
	fmt.Println("done via goto")
}
