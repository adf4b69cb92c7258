package main

type User struct {
	Name string
}

func main() {
	u := User{}
	println(u.name)
}
