package main

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func main() {
	var s Speaker = Dog{}
	println(s.Speak())
}
