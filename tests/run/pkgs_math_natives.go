package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.MaxInt64, math.MinInt64, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Floor(-1.5), math.Ceil(1.2), math.Abs(-3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fr, e := math.Frexp(8)
	fmt.Println(fr, e)
	i, f := math.Modf(3.75)
	fmt.Println(i, f, math.Mod(7, 3), math.Remainder(7, 3), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1), math.Exp(1), math.Log(10))
	fmt.Println(math.Float64bits(1.5), math.Float32bits(1.5), math.Float64frombits(0x3ff8000000000000), math.Float32frombits(0x3fc00000))
	fmt.Println(math.Round(2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Signbit(-0.0), math.Copysign(3, -1), math.Max(1, 2), math.Min(1, 2))
}
