package main

func main()
{
	println("brace on next line")
}
