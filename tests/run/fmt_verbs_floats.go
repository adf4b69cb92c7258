package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.14159265358979
	fmt.Printf("%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f\n", f, f, f, f, f, f)
	fmt.Printf("%e|%E|%.2e|%g|%G|%.3g\n", f, f, f, f, f, f)
	fmt.Printf("%F|%v|%10.4v|\n", f, f, f)
	big := 123456789.0
	fmt.Printf("%v %g %e %f\n", big, big, big, big)
	small := 0.000012345
	fmt.Printf("%v %g %e %.3f\n", small, small, small, small)
	fmt.Printf("%v %v %v\n", 1e20, 1e21, 1e-5)
	fmt.Printf("%f %v %.2f %5.1f\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN())
	fmt.Printf("%+f %+v % f\n", math.Inf(1), math.NaN(), 2.5)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%v %v\n", float32(0.1), float32(16777217))
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%x %X\n", 1.5, 255.0)
	fmt.Printf("%6.2f%%\n", 99.5)
}
