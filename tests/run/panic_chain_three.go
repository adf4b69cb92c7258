package main

import (
	"errors"
)

type MyInt int
type S struct{ n int }

func main() {
	defer func() {
		panic(errors.New("third"))
	}()
	defer func() {
		recover()
		panic(S{2})
	}()
	panic(MyInt(3))
}
