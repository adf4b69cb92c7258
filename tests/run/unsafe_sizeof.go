package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	a bool
	c bool
	b int64
}

type C struct {
	x int32
	y string
	z []int
	w interface{}
	m map[int]int
	p *int
	f func()
	e struct{}
}

func main() {
	var a A
	var b B
	var c C
	fmt.Println(unsafe.Sizeof(a), unsafe.Sizeof(b), unsafe.Sizeof(c))
	fmt.Println(unsafe.Alignof(a), unsafe.Alignof(a.a), unsafe.Alignof(c.x))
	fmt.Println(unsafe.Offsetof(a.b), unsafe.Offsetof(a.c), unsafe.Offsetof(b.b))
	fmt.Println(unsafe.Offsetof(c.y), unsafe.Offsetof(c.z), unsafe.Offsetof(c.w), unsafe.Offsetof(c.m), unsafe.Offsetof(c.e))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(uint16(0)), unsafe.Sizeof(complex64(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof([3]int16{}))
	fmt.Println(unsafe.Sizeof(struct {
		a byte
		b int32
		c byte
	}{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof(uintptr(0)))
}
