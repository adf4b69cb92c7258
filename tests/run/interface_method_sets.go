package main

import "fmt"

type Mover interface{ Move() string }

type Car struct{ name string }

func (c *Car) Move() string { return c.name + " drives" }

type Bike struct{ name string }

func (b Bike) Move() string { return b.name + " pedals" }

func moveAll(ms ...Mover) {
	for _, m := range ms {
		fmt.Println(m.Move())
	}
}

func main() {
	moveAll(&Car{"car"}, Bike{"bike"}, &Bike{"pbike"})
	var m Mover = &Bike{"x"}
	_, isBike := m.(Bike)
	_, isPtr := m.(*Bike)
	fmt.Println(isBike, isPtr)
	var any interface{} = Car{"value"}
	_, ok := any.(Mover)
	fmt.Println(ok)
}
