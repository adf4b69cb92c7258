return x
return
}
goto L
L:
	fallthrough // c
