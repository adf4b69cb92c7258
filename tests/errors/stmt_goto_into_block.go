package main

func main() {
	goto inside
	{
	inside:
		println("in block")
	}
}
