x := `raw`
y := ``
z := `multi
line
` + `back\slash`
w := `cr
lf`
v := `"quoted"`
