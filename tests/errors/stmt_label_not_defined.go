package main

func main() {
	goto missing
}
