package main

import "strings"

func (b *strings.Builder) Reset2() {
}

func main() {
}
