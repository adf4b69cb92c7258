package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	for _, d := range []string{"sat", "mon", "sun", "xyz"} {
		switch d {
		case "sat", "sun":
			fmt.Println(d, "weekend")
		case "mon":
			fmt.Println(d, "weekday")
		default:
			fmt.Println(d, "unknown")
		}
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch x := 5; x {
	case 1:
		fmt.Println("one")
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fallthrough)")
		fallthrough
	default:
		fmt.Println("default (fallthrough)")
	case 7:
		fmt.Println("seven")
	}
	switch {
	}
	n := 3
	switch n {
	case 3:
		if n > 2 {
			break
		}
		fmt.Println("not printed")
	}
	fmt.Println("end")
}
