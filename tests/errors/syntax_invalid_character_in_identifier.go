package main

func main() {
	price€ := 10
	println(price€)
}
