package main

// time.Month and time.Weekday: constants, String, out-of-range values, fmt.

import (
	"fmt"
	"time"
)

func main() {
	for m := time.Month(-1); m <= 14; m++ {
		fmt.Printf("%d %v %s|", m, m, m.String())
	}
	fmt.Println()
	for d := time.Weekday(-2); d <= 8; d++ {
		fmt.Printf("%d %v|", d, d)
	}
	fmt.Println()
	fmt.Println(time.January, time.December, time.Sunday, time.Saturday)
	fmt.Printf("%v %d %T %T %q %x\n", time.March, time.March, time.March, time.Friday, time.Friday, time.Friday)
	fmt.Println(time.Month(1000000), time.Weekday(-1000000))
	var m time.Month
	var w time.Weekday
	fmt.Println(m, w, time.November-time.February, time.Saturday-time.Monday)
	months := map[time.Month]int{time.May: 31, time.June: 30}
	fmt.Println(months)
}
