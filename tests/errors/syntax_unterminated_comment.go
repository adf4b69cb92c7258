package main

func main() {
	println("start")
	/* this comment never ends
	println("end")
}
