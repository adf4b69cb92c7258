package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "c", "a"), MaxOf(1.5, -2.0))
	s := Set[string]{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	fmt.Println(Keys(map[string]int{"z": 1, "a": 2, "m": 3}))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.0, 2.0))
	fmt.Println(strings.Compare("a", "a"))
}
