package main

func main() {
	goto done
	x := 3
	println(x)
done:
	println("done")
}
