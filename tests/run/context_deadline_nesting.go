package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

func kind(c context.Context) string {
	s := fmt.Sprint(c)
	if i := strings.Index(s, "("); i >= 0 {
		s = s[:i]
	}
	return s
}

func main() {
	now := time.Now()
	parent, cancelP := context.WithDeadline(context.Background(), now.Add(time.Hour))
	defer cancelP()
	pd, ok := parent.Deadline()
	fmt.Println(ok, pd.Equal(now.Add(time.Hour)))

	// A later child deadline is ignored: the child is a plain WithCancel.
	later, cancelL := context.WithDeadline(parent, now.Add(2*time.Hour))
	defer cancelL()
	ld, ok := later.Deadline()
	fmt.Println(kind(later), ok, ld.Equal(pd))

	// An earlier child deadline wins.
	earlier, cancelE := context.WithDeadline(parent, now.Add(time.Minute))
	defer cancelE()
	ed, _ := earlier.Deadline()
	fmt.Println(kind(earlier), ed.Equal(now.Add(time.Minute)))

	// Values and cancel contexts pass deadlines through.
	v := context.WithValue(earlier, "k", 1)
	vd, ok := v.Deadline()
	fmt.Println(ok, vd.Equal(ed))
	c, cancelC := context.WithCancel(v)
	defer cancelC()
	cd, ok := c.Deadline()
	fmt.Println(ok, cd.Equal(ed))

	// WithoutCancel drops the deadline.
	_, ok = context.WithoutCancel(earlier).Deadline()
	fmt.Println("WithoutCancel deadline:", ok)

	// The parent's expiry cancels a child with a later deadline.
	short, cancelS := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer cancelS()
	long, cancelLong := context.WithTimeout(short, time.Hour)
	defer cancelLong()
	<-long.Done()
	fmt.Println(long.Err(), short.Err())

	// Canceling a timer context removes it from its parent and stops its timer.
	p2, cancelP2 := context.WithCancel(context.Background())
	for i := 0; i < 3; i++ {
		_, cf := context.WithTimeout(p2, time.Hour)
		cf()
	}
	cancelP2()
	fmt.Println("done")
}
