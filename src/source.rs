//! Source files and positions.
//!
//! Every position in goscope is a byte offset into one file ([`Pos`]); a [`Span`] is a
//! half-open byte range. Go reports positions as `line:column` with columns counted in
//! **bytes** from 1 (cmd/compile's convention), which [`SourceFile::line_col`] computes.
//! The map also implements what codespan-reporting needs to draw snippets (see `diag`).

/// A byte offset into a file.
pub type Pos = u32;

/// A half-open byte range `[lo, hi)` in one file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: Pos,
    pub hi: Pos,
}

impl Span {
    pub fn new(lo: Pos, hi: Pos) -> Span {
        Span { lo, hi }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

/// Index of a file in a [`SourceMap`].
pub type FileId = usize;

/// One source file: the name Go prints for it and its text.
#[derive(Debug)]
pub struct SourceFile {
    /// The name used in messages, as `go build` prints it (`./prog.go`, `sub/x.go`).
    pub display_name: String,
    /// The absolute path, used in tracebacks (which the test harness normalises).
    pub abs_path: String,
    pub text: String,
    line_starts: Vec<Pos>,
}

impl SourceFile {
    pub fn new(
        display_name: impl Into<String>,
        abs_path: impl Into<String>,
        text: impl Into<String>,
    ) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as Pos + 1);
            }
        }
        SourceFile {
            display_name: display_name.into(),
            abs_path: abs_path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and 1-based byte column of `pos`.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, pos - self.line_starts[line] + 1)
    }

    /// Byte offsets where each line starts (line 1 starts at 0).
    pub fn line_starts(&self) -> &[Pos] {
        &self.line_starts
    }
}

/// All files of one program (or of one REPL session).
#[derive(Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        self.files.len() - 1
    }
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_bytes_from_one() {
        let f = SourceFile::new("./a.go", "/x/a.go", "package main\n\tx := \"é\"; y\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(13), (2, 1));
        // 'y' comes after a two-byte 'é': column counts bytes.
        let y = f.text.find('y').unwrap() as Pos;
        assert_eq!(f.line_col(y), (2, 13));
    }
}
