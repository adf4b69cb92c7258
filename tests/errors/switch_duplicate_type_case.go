package main

func main() {
	var v any = 1
	switch v.(type) {
	case int, string:
		println("int or string")
	case int:
		println("int again")
	}
}
