package main

import (
	"fmt"
	"math"
	"strconv"
)

// Every math function on a spread of inputs, printed with %v and as exact bits
// (strconv.FormatFloat(x, 'b', -1, 64)): goscope must agree with gc on amd64 bit for bit.

func show(name string, x, r float64) {
	fmt.Printf("%s(%v) = %v %s\n", name, x, r, strconv.FormatFloat(r, 'b', -1, 64))
}

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 0.1, 0.7, 1.5, 2, 2.5, 3, -3.7, 10, 33.5, -33.5,
		100, 171.6, 1e-10, 1e10, 1e300, -1e300, math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, math.E,
		1 << 29, 1<<29 + 0.5, 1e20, 1.7976931348623157e308, 5e-324, math.Inf(1), math.Inf(-1), math.NaN()}
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos},
		{"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh}, {"Exp", math.Exp},
		{"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log}, {"Log2", math.Log2},
		{"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Logb", math.Logb}, {"Cbrt", math.Cbrt},
		{"Sqrt", math.Sqrt}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv},
		{"Erfcinv", math.Erfcinv}, {"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1},
		{"Y0", math.Y0}, {"Y1", math.Y1}, {"Floor", math.Floor}, {"Ceil", math.Ceil},
		{"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
	}
	for _, u := range unary {
		for _, x := range xs {
			show(u.name, x, u.f(x))
		}
	}
	for _, x := range xs {
		lg, sign := math.Lgamma(x)
		fmt.Println("Lgamma", x, lg, sign)
		s, c := math.Sincos(x)
		fmt.Println("Sincos", x, s, c)
		fr, e := math.Frexp(x)
		fmt.Println("Frexp", x, fr, e, math.Ilogb(x))
		ip, fp := math.Modf(x)
		fmt.Println("Modf", x, ip, fp)
		for _, n := range []int{-2, 2, 5, 30} {
			fmt.Println("Jn Yn", n, x, math.Jn(n, x), math.Yn(n, x))
		}
	}
	ys := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, -2, 3, 0.3, -2.5, 10, 1e300, math.Inf(1), math.Inf(-1), math.NaN()}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Mod", math.Mod}, {"Remainder", math.Remainder},
		{"Hypot", math.Hypot}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim},
		{"Nextafter", math.Nextafter}, {"Copysign", math.Copysign},
	}
	for _, b := range binary {
		for _, x := range ys {
			for _, y := range ys {
				r := b.f(x, y)
				fmt.Printf("%s(%v, %v) = %v %s\n", b.name, x, y, r, strconv.FormatFloat(r, 'b', -1, 64))
			}
		}
	}
	for _, n := range []int{-400, -324, -323, -20, -1, 0, 1, 15, 22, 23, 308, 309} {
		fmt.Println("Pow10", n, math.Pow10(n))
	}
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(2, 3, 4), math.FMA(math.Inf(1), 0, 1))
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Nextafter32(float32(math.Inf(1)), 0))
	// Compounded values, as course code computes them.
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		x := float64(i) / 7
		sum += math.Sin(x)*math.Cos(x) + math.Sqrt(x)*math.Log(x) - math.Pow(x, 1.5)/math.Exp(x/100) + math.Atan2(x, 3)
	}
	fmt.Println(sum, strconv.FormatFloat(sum, 'b', -1, 64))
}
