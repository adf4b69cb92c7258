package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	job    job
	worker int
	value  int
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, id, fib(j.n)}
	}
}

func main() {
	jobs := make(chan job, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 20; i++ {
		jobs <- job{i, i + 5}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job.id < all[j].job.id })
	for _, r := range all {
		fmt.Printf("job %2d fib(%d) = %d\n", r.job.id, r.job.n, r.value)
	}
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("jobs done:", total, "workers used <= 4:", len(perWorker) <= 4)
}
