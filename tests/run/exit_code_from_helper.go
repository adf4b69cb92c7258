package main

import (
	"errors"
	"fmt"
	"os"
)

func run() error {
	fmt.Println("running")
	return errors.New("config missing")
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(5)
	}
}
