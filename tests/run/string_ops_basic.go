package main

import "fmt"

func main() {
	s := "hello"
	t := s + " world"
	fmt.Println(t, len(t), t[4], t[6:])
	fmt.Println(s == "hello", s < "help", "a" < "b", "Z" < "a", "" < "a")
	u := `raw\nstring
with newline`
	fmt.Println(u)
	fmt.Println("tab\there", "quote\"", 'x', "\u00e9\U0001F600", "\x41\101")
	b := s[1:3]
	fmt.Println(b)
	var e string
	fmt.Println(e == "", len(e))
}
