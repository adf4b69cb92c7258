package main

type T struct{}

(t T) String() string {
	return "T"
}

func main() {
}
