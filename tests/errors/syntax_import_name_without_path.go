package main

import fmt Println

func main() {
	Println("hi")
}
