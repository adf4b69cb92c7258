package main

// time.Duration: the unit constants, String (Go's exact format), the unit conversions,
// Truncate, Round, Abs, and fmt's verbs on a Duration.

import (
	"fmt"
	"math"
	"time"
)

func main() {
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond),
		int64(time.Second), int64(time.Minute), int64(time.Hour))

	ds := []time.Duration{
		0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 1234567,
		999999999, time.Second, 1500 * time.Millisecond, 59 * time.Second,
		time.Minute, 61 * time.Second, 3599 * time.Second, time.Hour,
		time.Hour + 2*time.Minute + 3*time.Second + 500*time.Millisecond,
		-(time.Hour + 2*time.Minute + 3*time.Second + 500*time.Millisecond),
		100 * time.Hour, 2*time.Hour + 1, 1e9 + 1, -1500, -999999999,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1,
	}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%q\n", d, d, int64(d), d.String())
	}

	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond + 3*time.Microsecond + 7
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println((-d).Hours(), (-d).Minutes(), (-d).Seconds(), (-d).Milliseconds(), (-d).Microseconds())
	fmt.Println(time.Duration(math.MaxInt64).Hours(), time.Duration(math.MinInt64).Seconds())

	units := []time.Duration{0, -1, 1, 7, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 3 * time.Hour}
	for _, x := range []time.Duration{d, -d, 1500 * time.Millisecond, -1500 * time.Millisecond,
		2500 * time.Millisecond, 45 * time.Minute, math.MaxInt64, math.MinInt64} {
		for _, m := range units {
			fmt.Printf("%v trunc %v = %v, round = %v\n", x, m, x.Truncate(m), x.Round(m))
		}
	}

	for _, x := range []time.Duration{0, 5, -5, time.Hour, -time.Hour, math.MaxInt64, math.MinInt64, math.MinInt64 + 1} {
		fmt.Println(x, x.Abs())
	}

	// fmt's verbs: %v and %s use String, %d and %x the integer, %T the type.
	fmt.Printf("%v %s %d %x %T %5.2v|%-8v|%8v|\n", d, d, d, d, d, time.Second, time.Second, time.Second)
	fmt.Printf("%#v %+v\n", d, d)
	var s fmt.Stringer = 3 * time.Millisecond
	fmt.Println(s, []time.Duration{time.Second, 2 * time.Minute}, map[string]time.Duration{"a": time.Hour})
	type pair struct {
		A time.Duration
		B *time.Duration
	}
	one := time.Minute
	fmt.Printf("%v %+v\n", pair{time.Second, nil}, pair{2 * time.Second, nil})
	fmt.Println(&one == nil, *(&one))

	// Arithmetic stays a Duration.
	n := 3
	fmt.Println(time.Duration(n)*time.Second, time.Second/3, time.Hour/time.Minute, time.Hour%(7*time.Minute))
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Duration(2.5e9))
}
