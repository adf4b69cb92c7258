package main

func mian() {
	println("typo")
}
