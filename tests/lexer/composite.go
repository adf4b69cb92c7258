x := []int{
	1,
	2,
}
f(
	a,
	b)
m[k]
