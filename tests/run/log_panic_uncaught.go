package main

import "log"

func main() {
	log.SetFlags(0)
	log.SetPrefix("svc ")
	log.Panicln("boom", 42)
}
