package main

func main() {
	a := 09
	b := 'xy'
	c := "unterminated
	d := 0x
	e := 1__0
	f := 1e
	g := 0b2
	h := '\q'
	i := #
	j := 1 +* 2
	k := 3 $
}
