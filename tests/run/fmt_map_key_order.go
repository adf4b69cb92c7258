// fmt prints maps in internal/fmtsort's order: numbers by value with NaNs first (equal
// to one another, so same-valued NaN entries print alike whatever the iteration order),
// -0 equal to +0, false before true, complex by real then imaginary part, structs and
// arrays field by field, and interface keys nil first, then by dynamic type (gc orders
// type descriptors by size, then by package and emission order), then by value.
package main

import (
	"fmt"
	"math"
	"os"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type ID int
type Name string

type Point struct{ X, Y int }
type Tagged struct {
	Tag string
	N   float64
}

func main() {
	nan := math.NaN()
	mf := map[float64]string{nan: "nan", 1: "one", -1: "minus one", math.Inf(1): "inf", math.Inf(-1): "-inf"}
	mf[nan] = "nan"
	mf[math.Copysign(0, -1)] = "zero"
	fmt.Println(mf)
	fmt.Println(map[float32]int{float32(nan): 7, 2: 2, float32(nan) + 1: 7, -3: 3})
	fmt.Println(map[complex128]int{complex(1, 2): 1, complex(1, -2): 2, complex(-1, 5): 3, complex(nan, 0): 4})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[uint8]int{255: 1, 0: 2, 128: 3})
	fmt.Println(map[int64]bool{math.MinInt64: true, math.MaxInt64: false, -1: true})
	fmt.Println(map[string]int{"": 0, "Z": 1, "a": 2, "ab": 3, "é": 4, "\x00": 5})
	fmt.Println(map[Point]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a", {-1, 9}: "z"})
	fmt.Println(map[Tagged]int{{"b", nan}: 1, {"a", 2}: 2, {"b", 1}: 3, {"a", nan}: 4})
	fmt.Println(map[[3]string]int{{"b", "a", "c"}: 1, {"a", "z", "z"}: 2, {"a", "b", "c"}: 3})
	fmt.Println(map[Celsius]bool{36.6: true, -40: false, 100: true})
	fmt.Println(map[ID]Name{3: "c", 1: "a", 2: "b"})

	// Interface keys: nil first, then grouped by dynamic type, then by value.
	fmt.Println(map[any]int{1: 1, "a": 2, 2.5: 3, true: 4, nil: 5})
	fmt.Println(map[any]string{
		3: "int", 1: "int", "b": "string", "a": "string", false: "bool", true: "bool",
		2.5: "float64", -1.5: "float64", int8(1): "int8", uint(7): "uint", ID(4): "ID", Name("n"): "Name",
		Point{1, 2}: "Point", Point{0, 5}: "Point", [2]int{1, 2}: "[2]int", struct{}{}: "struct{}",
		complex(1, 1): "complex128", Celsius(20): "Celsius", nil: "nil",
	})
	fmt.Println(map[any]int{nan: 1, 1.0: 2, "x": 3, nil: 4})
	type local struct{ a, b int }
	fmt.Println(map[any]int{local{1, 2}: 1, local{0, 3}: 2, Point{1, 1}: 3, 0: 4})
	var e1, e2 error = os.ErrNotExist, os.ErrExist
	fmt.Println(len(map[any]bool{e1: true, e2: false}), map[error]bool{e1: true}[os.ErrNotExist])

	// The verbs apply to keys and values; %#v prints Go syntax.
	fmt.Printf("%v\n%+v\n%#v\n", map[Point]Tagged{{1, 2}: {"t", 1}}, map[Point]Tagged{{1, 2}: {"t", 1}}, map[Point]Tagged{{1, 2}: {"t", 1}})
	fmt.Printf("%#v\n", map[any]any{1: "x", "k": nil, nil: 2.5})
	fmt.Printf("%x %X %o %q\n", map[int]int{255: 16, 10: 11}, map[string]int{"ab": 171}, map[int]int{8: 8}, map[string]string{"k": "v"})
	fmt.Printf("%5d|%-4v|\n", map[int]int{1: 2}, map[string]bool{"t": true})
	var nilMap map[string]int
	fmt.Printf("%v %#v %d\n", nilMap, nilMap, len(nilMap))
	fmt.Println(map[string]map[string]int{"outer": {"b": 2, "a": 1}, "first": {}})
	fmt.Println(map[string][]int{"s": {3, 1}, "e": nil})
	fmt.Println(map[[2]float64]int{{nan, 1}: 1, {0, 1}: 2, {nan, 0}: 3})
	s := fmt.Sprint(map[string]int{"y": 2, "x": 1})
	fmt.Println(s, len(s))
}
