package main

import (
	"context"
	"fmt"
)

func main() {
	fmt.Println("creating a context from nil")
	var parent context.Context
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	fmt.Println(ctx)
}
