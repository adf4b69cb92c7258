package main

var main = func() {}
