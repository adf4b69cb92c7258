package main

import (
	"errors"
)

func main() {
	panic(errors.Join(errors.New("e1"), errors.New("e2")))
}
