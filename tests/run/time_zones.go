package main

// Locations: UTC, Local (UTC in goscope, as Go with TZ=UTC), FixedZone (with Go's shared
// unnamed hourly zones), Time.In / UTC / Local / Location / Zone / ZoneBounds / IsDST,
// and how a Time prints in each.

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, time.March, 4, 5, 6, 7, 8, time.UTC)
	fmt.Println(t, t.Location(), t.Location() == time.UTC)
	fmt.Println(time.UTC, time.UTC.String())

	zones := []*time.Location{
		time.FixedZone("", 0), time.FixedZone("", 3600), time.FixedZone("", -7*3600),
		time.FixedZone("", 5*3600+1800), time.FixedZone("", -(9*3600 + 30*60 + 15)),
		time.FixedZone("", 14*3600), time.FixedZone("", 15*3600), time.FixedZone("", -12*3600),
		time.FixedZone("", -13*3600), time.FixedZone("CET", 3600), time.FixedZone("UTC", 0),
		time.FixedZone("X", 59), time.FixedZone("Y", -59), time.FixedZone("LONG", 100*3600),
	}
	for _, z := range zones {
		u := t.In(z)
		name, off := u.Zone()
		start, end := u.ZoneBounds()
		fmt.Printf("%q %q %d | %v | %s | %v %v %v\n", z.String(), name, off, u,
			u.Format(time.RFC3339Nano), start.IsZero(), end.IsZero(), u.IsDST())
		y, m, d := u.Date()
		fmt.Println("  ", y, m, d, u.Hour(), u.Minute(), u.Second(), u.YearDay(), u.Weekday(),
			u.Unix() == t.Unix(), u.Equal(t), u.UTC() == t, u.Location() == z)
	}

	// The unnamed hourly zones are shared; others are fresh each time.
	fmt.Println(time.FixedZone("", 3600) == time.FixedZone("", 3600),
		time.FixedZone("", 1800) == time.FixedZone("", 1800),
		time.FixedZone("A", 3600) == time.FixedZone("A", 3600),
		time.FixedZone("", 15*3600) == time.FixedZone("", 15*3600))

	// Date in a fixed zone: the fields are local to the zone.
	ny := time.FixedZone("EST", -5*3600)
	d := time.Date(2021, time.December, 31, 22, 0, 0, 0, ny)
	fmt.Println(d, d.UTC(), d.Unix(), d.Location(), d.Year(), d.UTC().Year())
	fmt.Println(d.AddDate(0, 0, 1), d.Add(2*time.Hour), d.In(time.UTC).Day())

	// Local is UTC (Go with TZ=UTC): times print with the UTC zone.
	l := t.Local()
	fmt.Println(l, l.Location() == time.Local, l.Equal(t), l.UTC() == t)
	fmt.Println(time.Local, time.Local.String())
	lname, loff := l.Zone()
	fmt.Println(lname, loff, time.Unix(0, 0), time.Unix(1e9, 0), time.Unix(0, 0).Location() == time.Local)
	fmt.Println(time.Date(2020, 1, 2, 3, 4, 5, 6, time.Local))

	// In panics on a nil location, Date too.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		t.In(nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.Date(2020, 1, 1, 0, 0, 0, 0, nil)
	}()
	var nilLoc *time.Location
	fmt.Println(nilLoc.String())
}
