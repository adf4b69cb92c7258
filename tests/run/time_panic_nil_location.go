package main

// time.Date panics on a nil location, as Go's does.

import (
	"fmt"
	"time"
)

func main() {
	var loc *time.Location
	fmt.Println("before")
	t := time.Date(2020, 1, 1, 0, 0, 0, 0, loc)
	fmt.Println(t)
}
