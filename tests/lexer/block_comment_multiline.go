x /* a
b */ y
z /* one line */
w /* c
*/
v