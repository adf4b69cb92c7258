package main

type T struct{}

func main() {
	func (t T) Name() string {
		return "t"
	}
}
