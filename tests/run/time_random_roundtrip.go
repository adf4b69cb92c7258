package main

// Format and Parse (and ParseInLocation) of random layouts built from Go's layout elements
// and random instants in several zones, parsing of mutated strings, Duration String and
// ParseDuration round trips, Truncate/Round/Add/Sub/AddDate and Date on random values:
// a seeded xorshift generator makes the run the same under Go and goscope.

import (
	"fmt"
	"time"
)

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func rn(n int) int { return int(rnd() % uint64(n)) }

var chunks = []string{"2006", "06", "1", "01", "Jan", "January", "2", "02", "_2", "__2", "002",
	"Mon", "Monday", "15", "3", "03", "4", "04", "5", "05", "PM", "pm", "MST",
	"Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00", "-0700", "-07:00", "-07", "-070000",
	"-07:00:00", ".0", ".000", ".999", ".999999999", ",000", ",9", " ", "-", ":", "/", "T", "x", "é", ".", ",", "0", "9", "_", "M", "J", "Z", "+", "20", "2006-01-02", "15:04:05"}

var zones = []*time.Location{time.UTC, time.Local, time.FixedZone("", 3600), time.FixedZone("EST", -5*3600),
	time.FixedZone("X", 5*3600+1800+7), time.FixedZone("", -(12*3600 + 59)), time.FixedZone("GMT", 0)}

func main() {
	for i := 0; i < 300; i++ {
		n := 1 + rn(5)
		layout := ""
		for j := 0; j < n; j++ {
			layout += chunks[rn(len(chunks))]
		}
		sec := int64(rnd()%(1<<36)) - (1 << 35)
		if rn(4) == 0 {
			sec = int64(rnd()%(1<<40)) - (1 << 39)
		}
		t := time.Unix(sec, int64(rn(1e9))).In(zones[rn(len(zones))])
		if rn(5) == 0 {
			t = t.Truncate(time.Second)
		}
		s := t.Format(layout)
		p, err := time.Parse(layout, s)
		p2, err2 := time.ParseInLocation(layout, s, zones[rn(len(zones))])
		fmt.Printf("%q %v | %q | %v %v | %v %v\n", layout, t, s, p, err, p2, err2)
		// Mutate the string and parse again.
		if len(s) > 0 {
			b := []byte(s)
			k := rn(len(b))
			b[k] = "0123456789 :-+.,ZAPMaJ"[rn(22)]
			p, err = time.Parse(layout, string(b))
			fmt.Printf("  %q %v %v\n", b, p, err)
		}
	}
	for i := 0; i < 250; i++ {
		d := time.Duration(rnd())
		if rn(2) == 0 {
			d = d >> uint(rn(64))
		}
		m := time.Duration(rnd() >> uint(rn(64)))
		if rn(3) == 0 {
			m = -m
		}
		back, err := time.ParseDuration(d.String())
		fmt.Println(d, int64(d), back == d, err, d.Truncate(m), d.Round(m), d.Hours(), d.Minutes(), d.Seconds())
		t := time.Unix(int64(rnd()%(1<<34))-(1<<33), int64(rn(1e9))).UTC()
		fmt.Println(t.Truncate(m), t.Round(m), t.Add(d), t.Sub(t.Add(d)), t.AddDate(rn(100)-50, rn(30)-15, rn(1000)-500))
		y, mo, dd, h, mi, s, ns := rn(5000)-1000, rn(30)-10, rn(80)-30, rn(60)-20, rn(200)-100, rn(200)-100, rn(3e9)-1e9
		dt := time.Date(y, time.Month(mo), dd, h, mi, s, ns, zones[rn(len(zones))])
		iy, iw := dt.ISOWeek()
		fmt.Println(dt, dt.YearDay(), dt.Weekday(), iy, iw, dt.Unix(), dt.UnixNano())
	}
	for i := 0; i < 250; i++ {
		n := rn(8)
		s := ""
		for j := 0; j < n; j++ {
			s += []string{"1", "0", "9", ".", "5", "h", "m", "s", "ms", "us", "µs", "ns", "-", "+", "x", "99999999999", "0.000000001"}[rn(17)]
		}
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %v %v\n", s, d, err)
	}
}
