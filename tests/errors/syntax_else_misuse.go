package main

func main() {
	if true {
	} else for {
	}
	if true {} else {} else {}
}
