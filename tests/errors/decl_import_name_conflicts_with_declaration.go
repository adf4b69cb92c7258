package main

import "strings"

func strings() {}

func main() {
}
