package main

import "strings"

func helper(a []string) string { return strings.Join(a, "+") }
