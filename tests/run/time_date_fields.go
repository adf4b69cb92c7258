package main

// time.Date and the calendar: normalisation of out-of-range fields, the field accessors
// (Year ... Nanosecond, YearDay, Weekday, Date, Clock, ISOWeek), leap years, far years,
// the zero Time.

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Printf("%v | %d %v %d %d:%d:%d.%09d | %d %d %v | %d-%v-%d %d:%d:%d | iso %d-W%02d | yday %d %v\n",
		t, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(),
		int(t.Month()), t.YearDay(), t.Weekday(), y, mo, d, h, mi, s, iy, iw, t.YearDay(), t.IsZero())
}

func main() {
	utc := time.UTC
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, utc))
	show(time.Date(2024, time.February, 29, 12, 30, 45, 123456789, utc))
	show(time.Date(2023, time.February, 29, 0, 0, 0, 0, utc)) // March 1
	show(time.Date(2023, time.October, 32, 0, 0, 0, 0, utc))  // November 1
	show(time.Date(2023, 13, 1, 0, 0, 0, 0, utc))             // January 2024
	show(time.Date(2023, 0, 1, 0, 0, 0, 0, utc))              // December 2022
	show(time.Date(2023, -11, 1, 0, 0, 0, 0, utc))
	show(time.Date(2023, 1, 0, 0, 0, 0, 0, utc)) // December 31 2022
	show(time.Date(2023, 1, -365, 0, 0, 0, 0, utc))
	show(time.Date(2023, 1, 1, 24, 0, 0, 0, utc))
	show(time.Date(2023, 1, 1, -1, 0, 0, 0, utc))
	show(time.Date(2023, 1, 1, 0, 60, 0, 0, utc))
	show(time.Date(2023, 1, 1, 0, 0, -1, 0, utc))
	show(time.Date(2023, 1, 1, 0, 0, 0, -1, utc))
	show(time.Date(2023, 1, 1, 0, 0, 0, 2e9+5, utc))
	show(time.Date(2023, 1, 1, 1000, 1000, 100000, 0, utc))
	show(time.Date(1970, 1, 1, 0, 0, 0, 0, utc))
	show(time.Date(1969, 12, 31, 23, 59, 59, 999999999, utc))
	show(time.Date(1900, 2, 28, 0, 0, 0, 0, utc))
	show(time.Date(1900, 3, 1, 0, 0, 0, 0, utc))
	show(time.Date(2000, 2, 29, 0, 0, 0, 0, utc))
	show(time.Date(2000, 12, 31, 0, 0, 0, 0, utc))
	show(time.Date(1, 1, 1, 0, 0, 0, 0, utc))
	show(time.Date(0, 12, 31, 23, 59, 59, 0, utc))
	show(time.Date(-1, 3, 1, 0, 0, 0, 0, utc))
	show(time.Date(-4713, 11, 24, 12, 0, 0, 0, utc))
	show(time.Date(9999, 12, 31, 23, 59, 59, 999999999, utc))
	show(time.Date(10000, 1, 1, 0, 0, 0, 0, utc))
	show(time.Date(123456, 7, 8, 9, 10, 11, 12, utc))
	show(time.Date(2262, 4, 11, 23, 47, 16, 854775807, utc))
	show(time.Date(2157, 3, 16, 0, 0, 0, 0, utc))
	show(time.Date(1885, 1, 1, 0, 0, 0, 0, utc))

	// ISO weeks around year ends.
	for _, d := range []int{26, 27, 28, 29, 30, 31} {
		for _, y := range []int{2004, 2005, 2008, 2009, 2010, 2015, 2020, 2021} {
			t := time.Date(y, time.December, d, 0, 0, 0, 0, utc)
			y1, w1 := t.ISOWeek()
			t2 := time.Date(y+1, time.January, d-25, 0, 0, 0, 0, utc)
			y2, w2 := t2.ISOWeek()
			fmt.Printf("%d-12-%d %v W%d-%02d | %d-01-%d %v W%d-%02d\n", y, d, t.Weekday(), y1, w1, y+1, d-25, t2.Weekday(), y2, w2)
		}
	}

	// Every month's length in a leap and a common year, through Date's normalisation.
	for _, y := range []int{2023, 2024, 1900, 2000} {
		for m := time.January; m <= time.December; m++ {
			last := time.Date(y, m+1, 0, 0, 0, 0, 0, utc)
			fmt.Print(last.Day(), " ")
		}
		fmt.Println()
	}

	var zero time.Time
	show(zero)
	fmt.Println(zero.IsZero(), zero.Unix(), zero.Location(), zero.Equal(time.Time{}))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, utc).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 1, utc).IsZero())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, utc) == zero)
}
