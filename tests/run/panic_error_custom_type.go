package main

import (
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("status %d", e.Code) }

func main() {
	panic(&MyErr{404})
}
