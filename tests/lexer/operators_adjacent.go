a+++b
c---d
x<<=y>>=z&^=w&&^v
<-ch
a...
b.c..d
x:=y:z
