package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "-Inf", "NaN", "1e400", "0x1p-2", "abc", "1.5.5", ".5", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, _ = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	for _, s := range []string{"true", "1", "T", "FALSE", "f", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true))
}
