package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(float32(math.MaxFloat32), math.Inf(1), -math.Inf(1), math.NaN())
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, math.Inf(1) > math.MaxFloat64)
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt8)
}
