package main

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(int8))
		panic(uint64(18446744073709551615))
	}()
	panic(int8(-7))
}
