package p

type T[P any, Q ~int | ~string] struct{ f P }

func (t *T[P, Q]) M(ch <-chan int, xs ...int) (r int, err error) {
	select {
	case v := <-ch:
		_ = v
	default:
	}
	defer func() { recover() }()
	go t.M(nil)
	return
}
