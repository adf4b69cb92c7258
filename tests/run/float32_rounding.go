package main

import "fmt"

func main() {
	var f float32 = 0.1
	var d float64 = 0.1
	fmt.Println(f, d, float64(f))
	fmt.Println(f*3, d*3)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	fmt.Println(float32(1)/3, float64(1)/3)
	var x float32 = 1e38
	fmt.Println(x*10, -x*10)
	fmt.Printf("%v %.10f %g\n", float32(3.14159265), float32(2.5), float32(1e-7))
	h := float32(0.1) + float32(0.2)
	fmt.Println(h, h == 0.3)
}
