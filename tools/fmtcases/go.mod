module fmtcases

go 1.23
