package main

func main() {
unused:
	x := 0x
	println(x)
}

func other() {
alsoUnused:
	println("ok")
}
