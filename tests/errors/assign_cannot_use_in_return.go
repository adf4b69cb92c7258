package main

func label() string {
	code := 404
	return code
}

func main() {
	println(label())
}
