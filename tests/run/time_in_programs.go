package main

// time values in ordinary programs: typed duration constants, method values and
// expressions, an embedded time.Time (its String is promoted), Time as a map key,
// sorting by Before, interfaces and type switches, arrays indexed by Weekday.

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

const timeout = 1500 * time.Millisecond

type Event struct {
	time.Time
	Name string
}

type Span struct {
	Start, End time.Time
}

func (s Span) Duration() time.Duration { return s.End.Sub(s.Start) }

func (s Span) String() string {
	return s.Start.Format(time.Kitchen) + "-" + s.End.Format(time.Kitchen) + " (" + s.Duration().String() + ")"
}

func describe(v any) string {
	switch x := v.(type) {
	case time.Duration:
		return "duration " + x.String()
	case time.Time:
		return "time " + x.Format(time.DateOnly)
	case time.Month:
		return "month " + x.String()
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return "other"
}

func main() {
	fmt.Println(timeout, timeout*2, timeout/time.Millisecond, time.Duration(3)*timeout)
	switch d := 90 * time.Second; {
	case d > time.Minute:
		fmt.Println("more than a minute:", d)
	default:
		fmt.Println("short")
	}

	t := time.Date(2022, time.August, 15, 9, 30, 0, 0, time.UTC)
	format := t.Format
	fmt.Println(format(time.Kitchen), format(time.DateOnly))
	year := time.Time.Year
	month, day, minutes := time.Time.Month, (*time.Time).Day, time.Duration.Minutes
	fmt.Println(year(t), month(t), day(&t), minutes(timeout))
	add := t.Add
	fmt.Println(add(time.Hour))
	locString := (*time.Location).String
	fmt.Println(locString(time.UTC), locString(time.FixedZone("ABC", 1)))

	e := Event{t, "standup"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%+v\n", e, e, e.Name)
	fmt.Println(e.Year(), e.Add(time.Minute).Format(time.TimeOnly), e.Before(t.Add(1)))

	s := Span{t, t.Add(45 * time.Minute)}
	fmt.Println(s, s.Duration())
	fmt.Printf("%v %+v\n", []Span{s}, map[string]Span{"a": s})

	// Time as a map key: equal instants in the same location and without monotonic
	// readings are the same key.
	seen := map[time.Time]int{}
	seen[t]++
	seen[t.Add(0)]++
	seen[time.Date(2022, time.August, 15, 9, 30, 0, 0, time.UTC)]++
	seen[t.In(time.FixedZone("", 3600))]++
	fmt.Println(len(seen), seen[t])
	byDay := map[time.Weekday][]string{}
	for i := 0; i < 10; i++ {
		d := t.AddDate(0, 0, i)
		byDay[d.Weekday()] = append(byDay[d.Weekday()], d.Format("Jan 2"))
	}
	fmt.Println(byDay)

	times := []time.Time{
		time.Date(2021, 5, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 4, 30, 23, 0, 0, 0, time.FixedZone("", -3600)),
		time.Date(2021, 5, 1, 0, 0, 0, 1, time.UTC),
	}
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	for _, x := range times {
		fmt.Print(x.Format(time.RFC3339Nano), " ")
	}
	fmt.Println()

	var counts [7]int
	for d := 0; d < 100; d++ {
		counts[t.AddDate(0, 0, d).Weekday()]++
	}
	fmt.Println(counts, time.Saturday, counts[time.Saturday])

	for _, v := range []any{timeout, t, time.March, time.Friday, time.UTC, s, 3} {
		fmt.Println(describe(v))
	}
	var st fmt.Stringer = t
	fmt.Println(st.String() == t.String(), strings.HasSuffix(st.String(), "UTC"))

	durations := []time.Duration{time.Hour, time.Second, 3 * time.Millisecond, -time.Minute}
	sort.Slice(durations, func(i, j int) bool { return durations[i] < durations[j] })
	var total time.Duration
	for _, d := range durations {
		total += d
	}
	fmt.Println(durations, total, total.Round(time.Minute))

	// Pointers to times and locations.
	pt := &t
	*pt = pt.Add(time.Hour)
	fmt.Println(t.Hour(), pt.Hour(), (*pt).Minute())
	var loc *time.Location = time.FixedZone("P", 7200)
	fmt.Println(t.In(loc), loc)
}
