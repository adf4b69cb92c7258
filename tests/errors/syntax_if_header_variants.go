package main

func main() {
	if x := 1 {
	}
	if ; {
	}
	if x := 1;
	{
	}
}
