package main

func main() {
	print(1, " ", -2, " ", true, " ", "s", " ", 2.5, "\n")
	println(int64(-9223372036854775808), uint8(255))
	println(float32(1.5), 1e-10, -0.5)
	var e error
	var i interface{}
	println(e == nil, i == nil)
	println(complex64(1 + 1i))
	println("multiple", "args", 1, 2)
}
