//! The lexer: logos tokens plus Go's semicolon rule.
