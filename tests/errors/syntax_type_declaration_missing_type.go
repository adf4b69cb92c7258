package main

type T = 
type U struct
type V interface

func main() {}
