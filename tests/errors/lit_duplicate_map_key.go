package main

func main() {
	ages := map[string]int{
		"ann": 31,
		"bob": 42,
		"ann": 30,
	}
	println(len(ages))
}
