package main

var x = 1
var y = `a
b`
