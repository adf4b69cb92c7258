package main

import (
	"time"
)

func main() {
	time.AfterFunc(10*time.Millisecond, func() {
		panic("boom in AfterFunc")
	})
	time.Sleep(time.Second)
}
