package main

import "fmt"

func main() {
	for i, r := range "aé😀" {
		fmt.Println(i, r, string(r))
	}
	for i, b := range []byte("aé") {
		fmt.Println(i, b)
	}
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
}
