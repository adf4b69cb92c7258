pakage main

func main() {
}
