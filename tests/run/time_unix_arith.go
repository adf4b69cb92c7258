package main

// Unix times, arithmetic and comparison: time.Unix / UnixMilli / UnixMicro, the Unix*
// methods, Add, Sub (with its overflow clamps), AddDate, Before/After/Equal/Compare,
// Truncate and Round on Time.

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, p := range [][2]int64{{0, 0}, {1, 0}, {-1, 0}, {0, -1}, {0, 1e9}, {0, 1e9 + 1}, {1, -1},
		{1234567890, 123456789}, {-1234567890, -123456789}, {1e10, 5e9}, {0, -3e9 - 7},
		{253402300799, 999999999}, {-62135596800, 0}, {-62135596801, 0}} {
		t := time.Unix(p[0], p[1]).UTC()
		fmt.Println(p[0], p[1], t, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.Nanosecond())
	}
	for _, ms := range []int64{0, 1, -1, 999, -999, 1000, -1001, 1700000000123, -1700000000123} {
		t := time.UnixMilli(ms).UTC()
		fmt.Println(ms, t, t.UnixMilli())
	}
	for _, us := range []int64{0, 1, -1, 1700000000123456, -1700000000123456} {
		t := time.UnixMicro(us).UTC()
		fmt.Println(us, t, t.UnixMicro())
	}

	base := time.Date(2024, time.January, 31, 22, 30, 0, 500, time.UTC)
	fmt.Println(base.Add(0), base.Add(90*time.Minute), base.Add(-24*time.Hour*366))
	fmt.Println(base.Add(time.Duration(math.MaxInt64)), base.Add(time.Duration(math.MinInt64)))
	fmt.Println(base.Add(-500), base.Add(-501), base.Add(999999500))

	for _, a := range [][3]int{{0, 1, 0}, {0, 0, 1}, {1, 0, 0}, {-1, 0, 0}, {0, -1, 0}, {0, 0, -31},
		{0, 13, 0}, {4, 1, -2}, {0, 0, 366}, {-2024, 0, 0}, {0, -24289, 0}} {
		fmt.Println(a, base.AddDate(a[0], a[1], a[2]))
	}
	leap := time.Date(2024, time.February, 29, 1, 2, 3, 4, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(-4, 0, 0), leap.AddDate(0, 12, 0))

	t1 := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	t2 := time.Date(2000, 1, 1, 0, 0, 1, 5, time.UTC)
	fmt.Println(t2.Sub(t1), t1.Sub(t2), t1.Sub(t1), t2.Sub(t1).Nanoseconds())
	fmt.Println(t1.Before(t2), t1.After(t2), t2.After(t1), t1.Equal(t2), t1.Equal(t1), t1.Before(t1))
	fmt.Println(t1.Compare(t2), t2.Compare(t1), t1.Compare(t1))
	far := time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	early := time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(t1), t1.Sub(far), far.Sub(early), early.Sub(far), int64(far.Sub(early)))
	var zero time.Time
	fmt.Println(t1.Sub(zero), zero.Sub(t1), time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Unix(0, 0)))

	// The same instant in different zones is Equal, not ==.
	east := time.FixedZone("EAST", 5*3600+1800)
	t3 := t1.In(east)
	fmt.Println(t3, t1.Equal(t3), t1 == t3, t1 == t3.UTC(), t3.Compare(t1), t3.Sub(t1))

	tt := time.Date(2012, time.December, 7, 12, 15, 30, 918273645, time.UTC)
	ds := []time.Duration{0, -1, time.Nanosecond, 2 * time.Nanosecond, 7, time.Microsecond,
		time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute,
		time.Hour, 5 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1000 * time.Hour, 999999999}
	for _, d := range ds {
		fmt.Printf("%v: %v | %v\n", d, tt.Truncate(d), tt.Round(d))
	}
	half := time.Date(2012, 1, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(half.Round(time.Second), half.Add(-1).Round(time.Second), half.Truncate(time.Second))
	old := time.Date(-5, 6, 7, 8, 9, 10, 11, time.UTC)
	fmt.Println(old.Truncate(time.Hour), old.Round(time.Hour), old.Round(7*time.Second), old.Truncate(24*time.Hour))
	fmt.Println(zero.Truncate(time.Hour), zero.Round(time.Hour), zero.Add(-1).Round(time.Minute))
	inEast := tt.In(east)
	fmt.Println(inEast.Truncate(time.Hour), inEast.Round(24*time.Hour))
}
