package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	b := []byte("héllo")
	fmt.Println(b, len(b))
	fmt.Println(string(b[:3]))
	r := []rune("héllo, 世界")
	fmt.Println(r, len(r))
	fmt.Println(string(r[7:]))
	fmt.Println(string([]byte{72, 105}))
	fmt.Println(string([]rune{0x48, 0x49, 0x1F600}))
	s := "abc"
	bs := []byte(s)
	bs[0] = 'X'
	fmt.Println(s, string(bs))
	fmt.Println([]byte(""), []rune(""), string([]byte(nil)) == "")
}
