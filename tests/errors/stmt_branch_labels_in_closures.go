package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		f := func() {
			break outer
		}
		f()
		select {
		default:
			break
		}
		switch {
		case i > 1:
			continue outer
		}
	}
	goto end
	y := 1
	_ = y
end:
	{
	inner:
		goto inner
	}
}
