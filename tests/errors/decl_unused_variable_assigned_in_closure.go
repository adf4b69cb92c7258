package main

func main() {
	done := false
	func() {
		done = true
	}()
}
