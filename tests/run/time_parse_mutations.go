package main

// Parse and ParseDuration on randomly mutated valid inputs (bytes replaced, deleted,
// inserted) for the predefined layouts and a few custom ones: the results and the error
// texts are Go's. A seeded xorshift generator makes the run the same under Go and goscope.

import (
	"fmt"
	"time"
)

var seed uint64 = 0x9E3779B97F4A7C15

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func rn(n int) int { return int(rnd() % uint64(n)) }

func main() {
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.ANSIC, time.Kitchen, time.DateTime, time.StampMicro, time.RFC850, time.UnixDate, "2006-002", "Z07:00:00 -07 .999 ,000"}
	bases := []string{"2006-01-02T15:04:05Z", "2006-01-02T15:04:05.999999999+07:00", "Mon, 02 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 -0700", "Mon Jan  2 15:04:05 2006", "3:04PM", "2006-01-02 15:04:05", "Jan  2 15:04:05.000000", "Monday, 02-Jan-06 15:04:05 GMT+3", "Mon Jan  2 15:04:05 PST 2006", "2024-366", "Z -07 .5 ,123"}
	alpha := "0123456789 :-+.,ZTzGMTPDSAJanFebMonday\xff\x00é"
	for i := 0; i < 4000; i++ {
		li := rn(len(layouts))
		b := []byte(bases[rn(len(bases))])
		if rn(3) == 0 {
			b = []byte(bases[li])
		}
		for k := rn(4); k > 0 && len(b) > 0; k-- {
			switch rn(3) {
			case 0:
				j := rn(len(b))
				b[j] = alpha[rn(len(alpha))]
			case 1:
				j := rn(len(b))
				b = append(b[:j], b[j+1:]...)
			case 2:
				j := rn(len(b) + 1)
				b = append(b[:j], append([]byte{alpha[rn(len(alpha))]}, b[j:]...)...)
			}
		}
		t, err := time.Parse(layouts[li], string(b))
		if i%7 == 0 || err == nil {
			fmt.Printf("%q %v %v\n", b, t, err)
		}
		d, err := time.ParseDuration(string(b))
		if err == nil {
			fmt.Println(d)
		}
	}
}
