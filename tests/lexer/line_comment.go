x // trailing comment
y // another
// whole line
z //