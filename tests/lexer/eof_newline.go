package main
var x = y
