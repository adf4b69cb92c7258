package main

# this is not a comment in Go

func main() {
}
