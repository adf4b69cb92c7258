x /* one */ y /* two */
z /**/
/* lead */ w
