x /* multi
line at eof */