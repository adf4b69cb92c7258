package main

type T struct{}

func (T) Hello() {}

func main() {
	T.Hello()
}
