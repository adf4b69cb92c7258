//! The type checker: Go's rules for the checked subset, with `go build`'s messages.
//!
//! File names mirror cmd/compile/internal/types2 so that a reader can compare.
