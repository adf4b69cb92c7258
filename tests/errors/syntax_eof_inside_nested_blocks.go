package main

func main() {
	for i := 0; i < 3; i++ {
		if i > 1 {
			switch i {
			case 2:
				println(i)
