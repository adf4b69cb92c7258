package main

// The log package with deterministic flags: prefixes, Lmsgprefix, a Logger writing to a
// buffer, Output, Flags/Prefix round trips, and log.Fatal's exit status 1.

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")
	log.SetFlags(0)
	log.Print("plain", 1, 2)
	log.Println("line", 3, "words")
	log.Printf("%d%% done\n", 50)
	log.SetPrefix("app: ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix before message")
	fmt.Println(log.Flags(), log.Prefix())

	var buf bytes.Buffer
	l := log.New(&buf, "[buf] ", 0)
	l.Printf("x=%v", []int{1, 2})
	l.Print("")
	l.Output(1, "from Output")
	fmt.Printf("%q\n", buf.String())
	fmt.Println(l.Writer() == &buf, log.Default() != l)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.Panicf("bad %s", "thing")
	}()
	fmt.Printf("%q\n", buf.String())

	log.SetOutput(os.Stderr)
	log.SetFlags(0)
	log.SetPrefix("")
	log.Fatalf("fatal: %d", 7)
	fmt.Println("not reached")
}
