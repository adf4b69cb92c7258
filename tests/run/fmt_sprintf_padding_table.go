package main

import "fmt"

func main() {
	rows := []struct {
		Name  string
		Qty   int
		Price float64
	}{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"kiwi", 12, 0.2}}
	fmt.Printf("%-12s|%5s|%8s\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-12s|%5d|%8.2f\n", r.Name, r.Qty, r.Price)
	}
	line := fmt.Sprintf("%s", "-")
	for i := 0; i < 3; i++ {
		line += line
	}
	fmt.Println(line)
	fmt.Println(fmt.Sprintf("%03d:%02d", 7, 5))
}
