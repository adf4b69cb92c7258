package main

func main(args []string) {
	println(len(args))
}
