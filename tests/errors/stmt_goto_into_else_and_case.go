package main

func main() {
	x := 1
	goto a
	if x > 0 {
	} else {
	a:
		x++
	}
	goto b
	switch x {
	case 1:
	b:
		x--
		fallthrough
	case 2:
		goto c
	}
c:
	for {
		break c
	}
	var z int
	goto c
	_ = z
}
