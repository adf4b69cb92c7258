package main

import (
	"errors"
	"fmt"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *store) get(k string) (int, error) {
	s.mu.Lock()
	v, ok := s.data[k]
	if !ok {
		return 0, errors.New("missing " + k) // returns with the lock held
	}
	s.mu.Unlock()
	return v, nil
}

func main() {
	s := &store{data: map[string]int{"a": 1}}
	fmt.Println(s.get("a"))
	fmt.Println(s.get("b"))
	fmt.Println(s.get("a"))
}
