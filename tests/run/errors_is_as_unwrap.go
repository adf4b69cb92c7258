package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + ": not found" }

var ErrPermission = errors.New("permission denied")

func find(name string) error {
	if name == "secret" {
		return fmt.Errorf("find %q: %w", name, ErrPermission)
	}
	return fmt.Errorf("lookup: %w", &NotFound{name})
}

func main() {
	err := find("x")
	fmt.Println(err)
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	fmt.Println(errors.Is(err, ErrPermission))
	err = find("secret")
	fmt.Println(err, errors.Is(err, ErrPermission), errors.As(err, &nf))
	fmt.Println(errors.Unwrap(err) == ErrPermission, errors.Unwrap(errors.Unwrap(err)))
	_, err = os.Open("/definitely/not/here")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(errors.Is(nil, ErrPermission), errors.Is(ErrPermission, ErrPermission))
}
