package main

import "fmt"

type S3 struct{ a, b, c byte }
type S12 struct{ a, b, c int32 }
type S24 struct{ a, b, c int64 }
type S40 struct{ a [5]int64 }

func main() {
	var a []S3
	var b []S12
	var c []S24
	var d []S40
	for i := 0; i < 30; i++ {
		a = append(a, S3{})
		b = append(b, S12{})
		c = append(c, S24{})
		d = append(d, S40{})
		fmt.Println(i+1, cap(a), cap(b), cap(c), cap(d))
	}
}
