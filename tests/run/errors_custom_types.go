package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return "invalid " + v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

var ErrEmpty = errors.New("empty")

type Temporary interface{ Temporary() bool }
type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

func (v *ValidationError) Is(target error) bool { return target == ErrSentinel }

var ErrSentinel = errors.New("sentinel")

func main() {
	err := fmt.Errorf("save: %w", &ValidationError{"name", ErrEmpty})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrEmpty), errors.Is(err, ErrSentinel))
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field)
	}
	var t Temporary
	e2 := fmt.Errorf("wrap: %w", netErr{})
	fmt.Println(errors.As(e2, &t), t.Temporary())
	fmt.Println(errors.New("a") == errors.New("a"))
}
