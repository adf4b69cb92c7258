package main

import "fmt"

type Config struct {
	Name    string `json:"name"`
	Retries int    `json:"retries,omitempty"`
	OnErr   func(error) string
}

func main() {
	c := Config{Name: "svc", OnErr: func(e error) string { return "handled: " + e.Error() }}
	fmt.Println(c.Name, c.Retries, c.OnErr(fmt.Errorf("x")))
	cs := []Config{{Name: "a"}, {Name: "b", Retries: 3}}
	for i := range cs {
		cs[i].Retries++
	}
	fmt.Println(cs[0].Retries, cs[1].Retries)
	for _, c := range cs {
		c.Retries = 100
	}
	fmt.Println(cs[0].Retries)
}
