package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64},
		{"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 2, 64}, {"9223372036854775808", 10, 64}, {"-1", 10, 0}}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, v, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		u, err := strconv.ParseUint(s, 10, 8)
		u64, err64 := strconv.ParseUint(s, 10, 64)
		fmt.Println(s, u, err, u64, err64)
	}
	_, err := strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
}
