package main

func sum(nums ...int) int { return len(nums) }

func main() {
	s := []string{"a"}
	println(sum(s...))
}
