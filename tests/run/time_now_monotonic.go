package main

// time.Now carries a monotonic reading: Since, Until, Sub, comparisons use it; String
// prints it as " m=+<seconds>"; Round(0), UTC, In, Local, AddDate, Truncate strip it.
// Only facts that do not depend on the current time are printed.

import (
	"fmt"
	"strings"
	"time"
)

func hasMono(t time.Time) bool {
	return strings.Contains(t.String(), " m=")
}

func main() {
	start := time.Now()
	fmt.Println(hasMono(start), start.Location() == time.Local, start.IsZero())
	fmt.Println(start.Year() >= 2024, start.After(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))

	s := start.String()
	i := strings.Index(s, " m=")
	fmt.Println(i > 0, s[i:i+4], strings.Count(s[i+4:], "."), len(s[strings.LastIndex(s, ".")+1:]))

	sum := 0
	for i := 0; i < 100000; i++ {
		sum += i
	}
	later := time.Now()
	el := later.Sub(start)
	fmt.Println(sum, el >= 0, time.Since(start) >= el, later.Before(start), !later.Before(start))
	fmt.Println(later.Compare(start) >= 0, start.Compare(later) <= 0, start.Equal(start), start.Compare(start))
	fmt.Println(time.Until(start) <= 0, time.Until(later.Add(time.Hour)) > 59*time.Minute)
	fmt.Println(time.Since(start) < time.Minute, time.Since(start.Add(-time.Hour)) >= time.Hour)

	// Add keeps the monotonic reading; the wall-time operations drop it.
	fmt.Println(hasMono(start.Add(time.Second)), hasMono(start.Add(-time.Hour)))
	fmt.Println(hasMono(start.Round(0)), hasMono(start.Truncate(0)), hasMono(start.UTC()),
		hasMono(start.Local()), hasMono(start.In(time.FixedZone("", 3600))), hasMono(start.AddDate(0, 0, 0)),
		hasMono(start.Round(time.Second)), hasMono(start.Truncate(time.Hour)))

	// With the reading stripped the wall clocks are compared; the instants are equal.
	w := start.Round(0)
	fmt.Println(w.Equal(start), start.Equal(w), w == start, w.Sub(start), start.Sub(w))
	fmt.Println(start.Add(time.Second).Sub(start), start.Add(-time.Millisecond).Sub(start))
	fmt.Println(start.Add(time.Second).Sub(w), start.Add(1500*time.Millisecond).Round(0).Sub(start))

	// The wall clock agrees with the Unix clock readings.
	u := start.Unix()
	fmt.Println(u > 1700000000, start.UnixNano()/1e9 == u, start.UnixMilli()/1000 == u,
		time.Unix(u, int64(start.Nanosecond())).Equal(start))

	// The monotonic reading does not count in Format and the accessors.
	fmt.Println(start.Format(time.RFC3339Nano) == w.Format(time.RFC3339Nano), start.YearDay() == w.YearDay())
	fmt.Println(strings.HasPrefix(start.String(), w.String()))
}
