package main

func main() {
	const s = "abc"
	println(s[3])
}
