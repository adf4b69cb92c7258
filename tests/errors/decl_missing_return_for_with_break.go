package main

func find(s []int) int {
	for i := range s {
		if s[i] == 0 {
			break
		}
		return i
	}
}

func main() {
	println(find(nil))
}
