package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.Write([]byte("world"))
	b.WriteRune('!')
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String())
	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p), b.Len(), b.String())
	c, _ := b.ReadByte()
	fmt.Println(string(c))
	line, err := bytes.NewBufferString("l1\nl2").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	nb := bytes.NewBuffer([]byte("init"))
	nb.Truncate(2)
	fmt.Println(nb.String(), string(nb.Bytes()))
	var empty bytes.Buffer
	_, err = empty.Read(p)
	fmt.Println(err)
}
