package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("hello", "bye", "world", "moon")
	fmt.Println(r3.Replace("hello world, hello!"))
	rd := strings.NewReader("some data")
	buf := make([]byte, 4)
	for {
		n, err := rd.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	all, _ := io.ReadAll(strings.NewReader("read all"))
	fmt.Println(string(all), rd.Len())
}
