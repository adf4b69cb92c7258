package main

func main() {
	{
		{
	}
}
