package main

func broken() {
	x := (1
}

func loops() {
	for {
		continue outer
	}
	break
}

func () named() {
L:
	goto L
M:
}

func main() {
	f := func() {
		fallthrough
	}
	f()
}
