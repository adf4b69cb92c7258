package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123.456e10,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Println(v, float32(v), strconv.FormatFloat(v, 'g', -1, 64))
	}
	var f32 float32 = 1.1
	fmt.Println(f32, float64(f32), f32*f32)
	println(math.Inf(1), math.NaN(), -0.0, 1e-300)
}
