package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string  { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetName(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Dog
	Volume int
}

func (d Dog) Describe() string { return "dog: " + d.Animal.Describe() }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Animal.Describe())
	d.SetName("Max")
	fmt.Println(d.Name)
	l := Loud{&d, 11}
	fmt.Println(l.Name, l.Describe(), l.Volume)
	l.SetName("Bo")
	fmt.Println(d.Name)
	fmt.Printf("%+v\n", d)
}
