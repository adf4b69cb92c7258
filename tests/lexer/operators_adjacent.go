a+++b
c---d
x<<=y>>=z&^=w&&^v
<-ch
a...
b.c..d
..5
1..2
x.5
x:=y:z
a/b/=c//d
e/ /*f*/g
