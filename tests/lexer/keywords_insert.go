func f() int {
	return
	return 1
	break
	break L
	continue
	continue L
	fallthrough
}
