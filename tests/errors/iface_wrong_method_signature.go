package main

type Resizer interface{ Resize(factor int) }

type Image struct{}

func (Image) Resize() {}

func main() {
	var r Resizer = Image{}
	r.Resize(2)
}
