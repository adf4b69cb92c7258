//! The REPL backend, independent of any UI; `line_editor` is the rustyline front end.
