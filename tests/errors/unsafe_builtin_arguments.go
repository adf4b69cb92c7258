package main

import "unsafe"

func main() {
	var f float64
	var p *int
	var s string
	_ = unsafe.Add(p, 1)
	_ = unsafe.Add(unsafe.Pointer(p), f)
	_ = unsafe.Slice(s, 1)
	_ = unsafe.Slice(p, -1)
	_ = unsafe.SliceData(s)
	_ = unsafe.String(p, 1)
	_ = unsafe.StringData(p)
	_ = unsafe.Add(unsafe.Pointer(p), 1.5)
}
