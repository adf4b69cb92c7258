package main

import (
	"fmt"
	"sort"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	c := make(chan string, 10)
	b.subs[topic] = append(b.subs[topic], c)
	return c
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, c := range b.subs[topic] {
		c <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, cs := range b.subs {
		for _, c := range cs {
			close(c)
		}
	}
	b.subs = nil
}

func main() {
	b := &Broker{subs: map[string][]chan string{}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	listen := func(name string, c <-chan string) {
		defer wg.Done()
		for m := range c {
			mu.Lock()
			lines = append(lines, name+" got "+m)
			mu.Unlock()
		}
	}
	wg.Add(3)
	go listen("alice(news)", b.Subscribe("news"))
	go listen("bob(news)", b.Subscribe("news"))
	go listen("carol(sport)", b.Subscribe("sport"))
	fmt.Println(b.Publish("news", "election"))
	fmt.Println(b.Publish("sport", "final"))
	fmt.Println(b.Publish("news", "weather"))
	fmt.Println(b.Publish("music", "nobody listens"))
	b.Close()
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
