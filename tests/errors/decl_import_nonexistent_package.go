package main

import "example.com/does/not/exist"

func main() {
	exist.Do()
}
