package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Namer interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string { return fmt.Sprint("base-", b.id) }

type Service struct {
	*Logger
	Base
	Namer2 Namer
}

type Wrapped struct {
	Namer
}

func main() {
	s := Service{Logger: &Logger{"[svc] "}, Base: Base{7}}
	s.Log("started")
	fmt.Println(s.Name())
	var n Namer = s
	fmt.Println(n.Name())
	w := Wrapped{Base{9}}
	fmt.Println(w.Name())
	var n2 Namer = w
	fmt.Println(n2.Name())
	fmt.Printf("%+v\n", s.Base)
}
