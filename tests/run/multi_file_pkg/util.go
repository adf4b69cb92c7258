package main

import "strings"

const version = "v1"

func greet(name string) string { return "hello, " + strings.ToUpper(name) }
