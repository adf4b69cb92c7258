package main

import (
	"context"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	context.AfterFunc(ctx, func() {
		panic("boom in context.AfterFunc")
	})
	cancel()
	time.Sleep(time.Second)
}
