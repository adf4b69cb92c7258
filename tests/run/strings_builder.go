package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	n, _ := b.Write([]byte("xy"))
	fmt.Println(b.String(), b.Len(), n)
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	var sb strings.Builder
	sb.Grow(64)
	fmt.Println(sb.Cap() >= 64)
	words := []string{"alpha", "beta"}
	for _, w := range words {
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:] + " ")
	}
	fmt.Printf("%q\n", sb.String())
}
