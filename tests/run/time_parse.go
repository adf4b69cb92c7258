package main

// time.Parse and time.ParseInLocation: the predefined layouts, custom layouts, fractional
// seconds, zones (numeric, Z, abbreviations, GMT+h), day of year, and Go's ParseError
// texts. Parse's results in Local print as Go's do with TZ=UTC.

import (
	"errors"
	"fmt"
	"time"
)

func try(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		var pe *time.ParseError
		fmt.Printf("%q %q: error %v [%v]\n", layout, value, err, errors.As(err, &pe))
		return
	}
	name, off := t.Zone()
	fmt.Printf("%q %q: %v | %s %d | %v\n", layout, value, t, name, off, t.Location())
}

func main() {
	try(time.RFC3339, "2006-01-02T15:04:05Z")
	try(time.RFC3339, "2006-01-02T15:04:05+07:00")
	try(time.RFC3339, "2006-01-02T15:04:05-00:30")
	try(time.RFC3339, "2006-01-02T15:04:05+00:00")
	try(time.RFC3339, "2006-01-02T15:04:05.123456789Z")
	try(time.RFC3339, "2006-01-02T15:04:05.1Z")
	try(time.RFC3339, "2006-01-02T15:04:05,5Z")
	try(time.RFC3339, "2006-01-02t15:04:05z")
	try(time.RFC3339, "2006-01-02T15:04:05")
	try(time.RFC3339, "2006-01-02T25:04:05Z")
	try(time.RFC3339, "2006-02-30T15:04:05Z")
	try(time.RFC3339, "2006-01-02T15:04:05+24:00")
	try(time.RFC3339, "2006-01-02T15:04:05+23:60")
	try(time.RFC3339, "10000-01-02T15:04:05Z")
	try(time.RFC3339Nano, "2023-10-05T01:02:03.000000001+01:00")
	try(time.RFC3339Nano, "2023-10-05T01:02:03.0000000011+01:00")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 PDT")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 ChST")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT+3")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT-11")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT+24")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 +0300")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 XYZW")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 xyz")
	try(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0800")
	try(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -08:00")
	try(time.RFC1123, "Wed, 10 Nov 2009 23:00:00 UTC")
	try(time.RFC1123, "Tue, 1 Nov 2009 23:00:00 UTC")
	try(time.RFC822, "10 Nov 09 23:00 UTC")
	try(time.RFC850, "Tuesday, 10-Nov-09 23:00:00 UTC")
	try(time.RFC850, "Tues, 10-Nov-09 23:00:00 UTC")
	try(time.ANSIC, "Tue Nov 10 23:00:00 2009")
	try(time.ANSIC, "Tue Nov  1 23:00:00 2009")
	try(time.UnixDate, "Tue Nov 10 23:00:00 EST 2009")
	try(time.RubyDate, "Tue Nov 10 23:00:00 +0530 2009")
	try(time.Kitchen, "3:04PM")
	try(time.Kitchen, "11:59am")
	try(time.Kitchen, "12:00AM")
	try(time.Kitchen, "12:00PM")
	try(time.Kitchen, "13:00PM")
	try(time.Kitchen, "0:00PM")
	try(time.Stamp, "Feb  3 04:05:06")
	try(time.StampMilli, "Feb  3 04:05:06.789")
	try(time.StampMicro, "Feb  3 04:05:06.789")
	try(time.StampNano, "Feb  3 04:05:06.123456789")
	try(time.DateTime, "2024-02-29 23:59:59")
	try(time.DateTime, "2023-02-29 23:59:59")
	try(time.DateTime, "2024-02-29 23:59:60")
	try(time.DateTime, "2024-13-01 00:00:00")
	try(time.DateTime, "2024-00-01 00:00:00")
	try(time.DateTime, "2024-01-32 00:00:00")
	try(time.DateTime, "2024-01-00 00:00:00")
	try(time.DateTime, "2024-01-01 00:60:00")
	try(time.DateTime, "2024-01-01 24:00:00")
	try(time.DateTime, "2024-01-01 00:00:00 extra")
	try(time.DateTime, "2024-01-01")
	try(time.DateTime, "")
	try(time.DateOnly, "0000-01-01")
	try(time.DateOnly, "9999-12-31")
	try(time.DateOnly, "999-12-31")
	try(time.DateOnly, "-001-12-31")
	try(time.DateOnly, "2024-1-5")
	try(time.TimeOnly, "23:59:59")
	try(time.TimeOnly, "23:59:59.999")
	try(time.TimeOnly, "7:5:3")

	// Custom layouts.
	try("2006-01-02 15:04:05.000", "2021-06-07 08:09:10.123")
	try("2006-01-02 15:04:05.000", "2021-06-07 08:09:10.12")
	try("2006-01-02 15:04:05.000", "2021-06-07 08:09:10.1234")
	try("2006-01-02 15:04:05.999", "2021-06-07 08:09:10.12")
	try("2006-01-02 15:04:05.999", "2021-06-07 08:09:10")
	try("2006-01-02 15:04:05", "2021-06-07 08:09:10.987654321")
	try("2006-01-02 15:04:05", "2021-06-07 08:09:10,5")
	try("2006-01-02 15:04:05,000", "2021-06-07 08:09:10,500")
	try("2006-01-02 15:04:05,000", "2021-06-07 08:09:10.500")
	try("02/01/2006", "31/12/1999")
	try("1/2/06", "7/4/76")
	try("1/2/06", "7/4/68")
	try("1/2/06", "7/4/69")
	try("January 2, 2006", "March 15, 2017")
	try("January 2, 2006", "march 15, 2017")
	try("January 2, 2006", "Mar 15, 2017")
	try("Jan 2 2006", "SEP 9 2010")
	try("Monday Jan 2 2006", "Friday Sep 9 2011")
	try("Monday Jan 2 2006", "Fri Sep 9 2011")
	try("2006-002", "2024-060")
	try("2006-002", "2023-060")
	try("2006-__2", "2024-  6")
	try("2006-002", "2023-366")
	try("2006-002", "2024-366")
	try("2006-002 01-02", "2024-060 02-29")
	try("2006-002 01-02", "2024-060 03-01")
	try("__2 2006", "365 2021")
	try("_2 Jan 2006", " 5 Jan 2006")
	try("_2 Jan 2006", "15 Jan 2006")
	try("3:04:05 pm", "12:30:00 am")
	try("3:04:05 PM", "12:30:00 XM")
	try("15h04m", "7h3m")
	try("2006 MST", "2020 JST")
	try("2006 MST", "2020 UTC")
	try("2006 -0700", "2020 +1234")
	try("2006 -0700", "2020 +12")
	try("2006 -07", "2020 -03")
	try("2006 -07:00:00", "2020 -03:04:05")
	try("2006 -070000", "2020 +030405")
	try("2006 Z07:00", "2020 Z")
	try("2006 Z07:00", "2020 +01:00")
	try("2006 Z0700", "2020 -0130")
	try("2006 Z07", "2020 Z")
	try("2006 Z07:00:00", "2020 +01:02:03")
	try("2006 -07:00", "2020 Z")
	try("15:04:05", "1:2:3")
	try("15:04:05", "01:02")
	try("15:04:05 2006", "01:02:03 abcd")
	try("06", "7")
	try("2006", "20x6")
	try("2006", "+2006")
	try("01", "1")
	try("1", "13")
	try("02", "2")
	try("Jan", "Jun2")
	try("hello 2006", "hello 2010")
	try("hello 2006", "Hello 2010")
	try("2006  01", "2006 01")
	try("2006 01", "2006  01")
	try("2006\t01", "2006 01")
	try("", "")
	try("", "x")
	try("15:04:05.9", "10:11:12.")
	try("15:04:05.0", "10:11:12.")
	try("15:04:05.999999999", "10:11:12.1234567891")
	try(".000", ".123")
	try("05.000", "5.123")

	// ParseInLocation: zone-less values are in the given location.
	locs := []*time.Location{time.UTC, time.FixedZone("CET", 3600), time.FixedZone("", -4*3600)}
	for _, loc := range locs {
		for _, v := range []string{"2012-07-09 05:02:00", "2012-07-09 05:02:00 +0100 CET",
			"2012-07-09 05:02:00 +0200 CET", "2012-07-09 05:02:00 -0400 EDT", "2012-07-09 05:02:00 -0400 -0400"} {
			layout := "2006-01-02 15:04:05"
			if len(v) > len(layout) {
				layout += " -0700 MST"
			}
			t, err := time.ParseInLocation(layout, v, loc)
			fmt.Println(loc, v, "=>", t, err, t.Location() == loc)
		}
		t, err := time.ParseInLocation("2006-01-02 MST", "2012-07-09 CET", loc)
		fmt.Println(t, err, t.Location() == loc)
	}

	// Round trips.
	orig := time.Date(2031, time.October, 20, 21, 22, 23, 456789000, time.FixedZone("", -150*60))
	for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, "2006-01-02T15:04:05.000000-07:00"} {
		s := orig.Format(l)
		back, err := time.Parse(l, s)
		fmt.Println(s, back, err, back.Equal(orig))
	}

	// The ParseError's fields.
	_, err := time.Parse("2006-01-02", "2006-13-02")
	pe := err.(*time.ParseError)
	fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	_, err = time.Parse("2006-01-02", "2006-1x-02")
	pe = err.(*time.ParseError)
	fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	_, err = time.Parse("Jan", "\x00\t\xff\u00e9\"\\")
	fmt.Println(err)
}
