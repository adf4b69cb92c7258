package main

import "fmt"

type Queue struct {
	items []string
}

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() (string, error) {
	if len(q.items) == 0 {
		return "", fmt.Errorf("queue is empty")
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, nil
}

type DNode struct {
	val        int
	prev, next *DNode
}

func main() {
	var q Queue
	q.Enqueue("a")
	q.Enqueue("b")
	for range 3 {
		fmt.Println(q.Dequeue())
	}
	var head, tail *DNode
	for i := 1; i <= 4; i++ {
		n := &DNode{val: i, prev: tail}
		if tail != nil {
			tail.next = n
		} else {
			head = n
		}
		tail = n
	}
	for n := tail; n != nil; n = n.prev {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	head.next = head.next.next
	head.next.prev = head
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
}
