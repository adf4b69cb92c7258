package main

type MyErr struct{}

func (MyErr) Error() string { return "x" }

func main() {
	var e error = MyErr{}
	_ = e.(*MyErr)
}
