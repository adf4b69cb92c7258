package main

func main() {
	println("hello", 42, true, 3.5)
	print("no", "space", 1, 2, "\n")
	println(-1.5, 1e100, 0.0, float32(0.1))
	var p *int
	println(p == nil, nil == p)
	println(int8(-5), uint64(18446744073709551615), 'x')
	var c complex128 = complex(1, -2)
	println(c)
	println()
	println("done")
}
