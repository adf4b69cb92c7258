package main

// Time.Format with every predefined layout and Go's layout elements, Time.String (with
// zones), GoString (%#v), AppendFormat, and fmt's verbs on a Time.

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime,
		time.DateOnly, time.TimeOnly,
	}
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 0, time.UTC),
		time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.FixedZone("MST", -7*3600)),
		time.Date(1999, time.December, 31, 0, 0, 9, 100, time.FixedZone("", 5*3600+45*60)),
		time.Date(2024, time.July, 4, 12, 0, 0, 1000, time.FixedZone("ACDT", 10*3600+30*60)),
		time.Date(10, time.May, 6, 7, 8, 9, 10, time.FixedZone("", -(3*3600 + 25*60 + 7))),
		time.Date(-42, time.March, 1, 13, 59, 59, 999999999, time.UTC),
		time.Date(12345, time.August, 9, 1, 2, 3, 400000000, time.FixedZone("Z9", 3600)),
		{},
	}
	for _, t := range times {
		fmt.Println(t)
		for _, l := range layouts {
			fmt.Printf("  %-36q %s\n", l, t.Format(l))
		}
	}

	custom := []string{
		"", "2006", "06", "1", "01", "Jan", "January", "2", "02", "_2", "__2", "002",
		"Mon", "Monday", "15", "3", "03", "4", "04", "5", "05", "PM", "pm", "MST",
		"Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00", "-0700", "-07:00", "-07", "-070000",
		"-07:00:00", ".0", ".00", ".000", ".000000", ".000000000", ".9", ".99", ".999",
		".999999", ".999999999", ",000", ",999", "05.000", "05,999", "15:04:05.00000",
		"2006-01-02T15:04:05.999999999Z07:00", "Monday, January 2, 2006 at 3:04pm (MST)",
		"Month Mon Monday Janu January", "2006-002 __2 _2 2", "Jan _2 2006 __2",
		"3:04:05 PM", "03PM", "15h04m05s", "y2006 m01 d02", "06/1/2", ".0000000000",
		"hello, world", "%Y-%m-%d", "January2006", "Mon2", "123456", "1 2 3 4 5 6",
		"2006-01-02 15:04:05.000 -0700 MST", "MSTMST", "Z07:00Z0700", "-07:00:00Z07:00:00",
		"2006年01月02日", "µs .9999 é", "stdHour 15 stdZeroHour12 03", ".5", "_", "__",
		"___2", "_0", "__0", "002 __2 _2", "1.000", "05.0.00", "05.9.99",
	}
	for _, t := range times[:7] {
		for _, l := range custom {
			fmt.Printf("%q=%q ", l, t.Format(l))
		}
		fmt.Println()
	}

	// AM/PM across the day.
	for h := 0; h < 24; h += 5 {
		t := time.Date(2020, 1, 1, h, 7, 0, 0, time.UTC)
		fmt.Print(t.Format("3:04PM 03pm 15"), " | ")
	}
	fmt.Println()

	// AppendFormat appends to the given buffer.
	b := []byte("at: ")
	b = times[0].AppendFormat(b, time.Kitchen)
	b = times[0].AppendFormat(b, " "+time.RFC3339)
	b = times[1].AppendFormat(b, " "+time.RFC3339Nano)
	fmt.Println(string(b))
	fmt.Println(string(times[1].AppendFormat(nil, time.RFC3339)), string(times[1].AppendFormat(nil, time.RFC3339Nano)))

	// fmt: %v and %s use String, %#v uses GoString, %d prints the struct's words.
	t := times[1]
	fmt.Printf("%v\n%s\n%q\n%#v\n%#v\n%#v\n%T\n", t, t, t, t, times[0], time.Date(2000, 2, 3, 4, 5, 6, 7, time.Local), t)
	fmt.Printf("%#v\n", time.Time{})
	fmt.Printf("%#v\n", time.Date(2000, 2, 3, 4, 5, 6, 7, time.FixedZone("Q\"\n\x01é", 60)))
	fmt.Println([]time.Time{times[0], times[2]}, &t)
	type event struct {
		Name string
		At   time.Time
		When *time.Time
		For  time.Duration
		Loc  *time.Location
	}
	e := event{"launch", times[0], nil, 90 * time.Second, nil}
	fmt.Printf("%v\n%+v\n", e, e)
	e.When = &times[2]
	e.Loc = time.FixedZone("Z", 0)
	fmt.Printf("%v\n", e)
	fmt.Println(t.String() == fmt.Sprint(t), len(t.String()))
}
