package main

import (
	"fmt"
	"sort"
	"sync"
)

type fakeFetcher map[string][]string

func (f fakeFetcher) Fetch(url string) ([]string, error) {
	if links, ok := f[url]; ok {
		return links, nil
	}
	return nil, fmt.Errorf("not found: %s", url)
}

type visited struct {
	mu   sync.Mutex
	seen map[string]string
}

func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, ok := v.seen[url]; ok {
		return false
	}
	v.seen[url] = "pending"
	return true
}

func (v *visited) set(url, s string) {
	v.mu.Lock()
	v.seen[url] = s
	v.mu.Unlock()
}

func crawl(url string, depth int, f fakeFetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	links, err := f.Fetch(url)
	if err != nil {
		v.set(url, err.Error())
		return
	}
	v.set(url, fmt.Sprintf("found %d links", len(links)))
	for _, u := range links {
		wg.Add(1)
		go crawl(u, depth-1, f, v, wg)
	}
}

func main() {
	f := fakeFetcher{
		"https://golang.org/":         {"https://golang.org/pkg/", "https://golang.org/cmd/"},
		"https://golang.org/pkg/":     {"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
		"https://golang.org/pkg/fmt/": {"https://golang.org/", "https://golang.org/pkg/"},
		"https://golang.org/pkg/os/":  {"https://golang.org/", "https://golang.org/pkg/"},
	}
	v := &visited{seen: map[string]string{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go crawl("https://golang.org/", 4, f, v, &wg)
	wg.Wait()
	var urls []string
	for u := range v.seen {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		fmt.Println(u, "-", v.seen[u])
	}
}
