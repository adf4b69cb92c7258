a; b; c
if x { y }; z
for i := 0; i < 10; i++ {
}
;
