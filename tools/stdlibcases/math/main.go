// Command math prints src/stdlib/math/cases.txt, Go's results (as float64 bits, run on
// amd64) of the math functions for the tests of src/stdlib/math.rs:
//
//	cd tools/stdlibcases/math && go run main.go > ../../../src/stdlib/math/cases.txt
//
// Each line is a function name, its arguments as 16-digit hex bits, "=>" and the results.
package main

import (
	"fmt"
	"math"
)

func b(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

type rng uint64

func (r *rng) next() uint64 {
	*r = *r*6364136223846793005 + 1442695040888963407
	return uint64(*r)
}

func main() {
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2, 3, -3, 0.1, 10, 100, 1e-300, -1e-300,
		math.Pi, math.Pi / 2, -math.Pi / 4, math.E, math.Ln2, 0.7, 710, -745, 709.78, 1e10, 1e22, -1e22, 1 << 29, 1 << 53, 1<<53 + 1,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.Inf(1), math.Inf(-1), math.NaN(),
		0.9999999999999999, 1.0000000000000002, 4503599627370495.5, -0.49999999999999994, 1e300, 3e-5}
	r := rng(12345)
	xs := append([]float64{}, special...)
	for i := 0; i < 200; i++ {
		v := r.next()
		var f float64
		switch i % 4 {
		case 3: // wide magnitudes (gamma, Bessel functions, exp)
			f = (float64(v>>11)/(1<<53) - 0.5) * 400
		case 0: // any bit pattern
			f = math.Float64frombits(v)
		case 1: // moderate magnitudes
			f = (float64(v>>11)/(1<<53) - 0.5) * 40
		case 2: // small magnitudes
			f = (float64(v>>11)/(1<<53) - 0.5) * 2
		}
		xs = append(xs, f)
	}
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"abs", math.Abs}, {"ceil", math.Ceil}, {"floor", math.Floor}, {"trunc", math.Trunc},
		{"round", math.Round}, {"round_to_even", math.RoundToEven}, {"sqrt", math.Sqrt}, {"cbrt", math.Cbrt},
		{"exp", math.Exp}, {"exp2", math.Exp2}, {"expm1", math.Expm1}, {"log", math.Log}, {"log2", math.Log2},
		{"log10", math.Log10}, {"log1p", math.Log1p}, {"logb", math.Logb},
		{"sin", math.Sin}, {"cos", math.Cos}, {"tan", math.Tan}, {"asin", math.Asin}, {"acos", math.Acos},
		{"atan", math.Atan}, {"sinh", math.Sinh}, {"cosh", math.Cosh}, {"tanh", math.Tanh},
		{"asinh", math.Asinh}, {"acosh", math.Acosh}, {"atanh", math.Atanh},
		{"erf", math.Erf}, {"erfc", math.Erfc}, {"erfinv", math.Erfinv}, {"erfcinv", math.Erfcinv},
		{"gamma", math.Gamma}, {"j0", math.J0}, {"j1", math.J1}, {"y0", math.Y0}, {"y1", math.Y1},
	}
	for _, u := range unary {
		for _, x := range xs {
			fmt.Printf("%s\t%s\t=>\t%s\n", u.name, b(x), b(u.f(x)))
		}
	}
	for _, x := range xs {
		fr, e := math.Frexp(x)
		fmt.Printf("frexp\t%s\t=>\t%s\t%d\n", b(x), b(fr), e)
		ip, fp := math.Modf(x)
		fmt.Printf("modf\t%s\t=>\t%s\t%s\n", b(x), b(ip), b(fp))
		fmt.Printf("ilogb\t%s\t=>\t%d\n", b(x), math.Ilogb(x))
		fmt.Printf("signbit\t%s\t=>\t%t\n", b(x), math.Signbit(x))
		for _, s := range []int{1, 0, -1} {
			fmt.Printf("is_inf\t%s\t%d\t=>\t%t\n", b(x), s, math.IsInf(x, s))
		}
		for _, e := range []int{0, 1, -1, 52, -1074, -1075, 1023, 1024, 2000, -2000} {
			fmt.Printf("ldexp\t%s\t%d\t=>\t%s\n", b(x), e, b(math.Ldexp(x, e)))
		}
		fmt.Printf("float32bits\t%s\t=>\t%08x\n", b(x), math.Float32bits(float32(x)))
		lg, sg := math.Lgamma(x)
		fmt.Printf("lgamma\t%s\t=>\t%s\t%d\n", b(x), b(lg), sg)
		s, c := math.Sincos(x)
		fmt.Printf("sincos\t%s\t=>\t%s\t%s\n", b(x), b(s), b(c))
		for _, n := range []int{-3, -2, 2, 3, 5, 17, 100} {
			fmt.Printf("jn\t%s\t%d\t=>\t%s\n", b(x), n, b(math.Jn(n, x)))
			fmt.Printf("yn\t%s\t%d\t=>\t%s\n", b(x), n, b(math.Yn(n, x)))
		}
		y := float32(x)
		for _, z := range []float32{0, 1, -1, float32(math.Inf(1)), y * 2, float32(math.NaN())} {
			fmt.Printf("nextafter32\t%08x\t%08x\t=>\t%08x\n", math.Float32bits(y), math.Float32bits(z), math.Float32bits(math.Nextafter32(y, z)))
		}
	}
	ys := append(append([]float64{}, special[:20]...), math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64,
		math.SmallestNonzeroFloat64, 1e300, 0.7, 1<<53+1, -1e22)
	ys = append(ys, xs[len(special)+1:len(special)+6]...)
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"pow", math.Pow}, {"atan2", math.Atan2}, {"mod", math.Mod}, {"remainder", math.Remainder},
		{"hypot", math.Hypot}, {"max", math.Max}, {"min", math.Min}, {"copysign", math.Copysign},
		{"nextafter", math.Nextafter}, {"dim", math.Dim},
	}
	for n := -330; n <= 320; n++ {
		fmt.Printf("pow10\t%d\t=>\t%s\n", n, b(math.Pow10(n)))
	}
	for i, x := range ys {
		for j, y := range ys {
			z := ys[(i*7+j*3)%len(ys)]
			fmt.Printf("fma\t%s\t%s\t%s\t=>\t%s\n", b(x), b(y), b(z), b(math.FMA(x, y, z)))
		}
	}
	for _, u := range binary {
		for _, x := range ys {
			for _, y := range ys {
				fmt.Printf("%s\t%s\t%s\t=>\t%s\n", u.name, b(x), b(y), b(u.f(x, y)))
			}
		}
	}
}
