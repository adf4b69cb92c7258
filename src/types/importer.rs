//! The standard-library importer: serves goscope's declaration files
//! (`src/stdlib/go/*.go`) as [`PackageSource`]s, parsed once and cached.
//!
//! Parsing needs `syntax::parser::parse_file`, which lands with the parser branch;
//! until then [`StdImporter`] knows which paths exist and reports the right errors,
//! and the caller supplies the parse function.

use super::{ImportError, Importer, PackageSource};
use crate::fxhash::HashMap;
use crate::syntax::ast;
use std::rc::Rc;

/// The packages goscope provides, with their declaration sources.
pub const STD_PACKAGES: &[&str] = &[
    "fmt",
    "errors",
    "strings",
    "strconv",
    "math",
    "sort",
    "unicode",
    "unicode/utf8",
    "os",
    "bytes",
    "io",
    "runtime",
    "runtime/debug",
    "sync",
    "sync/atomic",
    "time",
    "io/fs",
    "bufio",
    "math/bits",
    "unicode/utf16",
    "internal/oserror",
    "syscall",
    "context",
    "log",
    "goscope/inspect",
];

/// Whether `path` is an internal package, which only the standard library may import.
pub fn is_internal(path: &str) -> bool {
    path == "internal"
        || path.starts_with("internal/")
        || path.contains("/internal/")
        || path.ends_with("/internal")
}

/// Real Go standard packages (a selection of well-known ones) that goscope does not
/// provide: importing one gives "not supported by goscope" rather than "not in std".
const REAL_STD: &[&str] = &[
    "crypto",
    "encoding/json",
    "encoding/binary",
    "flag",
    "io/ioutil",
    "math/big",
    "math/rand",
    "net",
    "net/http",
    "net/url",
    "os/exec",
    "path",
    "path/filepath",
    "reflect",
    "regexp",
    "testing",
    "text/template",
    "container/list",
    "container/heap",
    "hash",
    "html",
    "image",
    "slices",
    "maps",
    "iter",
    "cmp",
    "embed",
    "encoding/hex",
    "encoding/base64",
    "math/cmplx",
];

/// A function that parses one Go source text into a file.
pub type ParseFn = fn(name: &str, src: &str) -> Option<ast::File>;

pub struct StdImporter {
    parse: ParseFn,
    cache: HashMap<String, PackageSource>,
}

impl StdImporter {
    pub fn new(parse: ParseFn) -> StdImporter {
        StdImporter {
            parse,
            cache: HashMap::default(),
        }
    }
}

impl Importer for StdImporter {
    fn import(&mut self, path: &str) -> Result<PackageSource, ImportError> {
        if let Some(p) = self.cache.get(path) {
            return Ok(p.clone());
        }
        let Some(src) = go_source(path) else {
            if REAL_STD.contains(&path)
                || std::path::Path::new("/usr/lib/go-1.23/src")
                    .join(path)
                    .is_dir()
            {
                return Err(ImportError::Unsupported(path.to_string()));
            }
            return Err(ImportError::NotInStd(path.to_string()));
        };
        let file =
            (self.parse)(path, src).ok_or_else(|| ImportError::Unsupported(path.to_string()))?;
        let p = PackageSource {
            path: path.to_string(),
            files: Rc::new(vec![file]),
        };
        self.cache.insert(path.to_string(), p.clone());
        Ok(p)
    }
}

/// Whether `path` is a package of Go's standard library (provided by goscope or not).
pub fn is_std_path(path: &str) -> bool {
    go_source(path).is_some()
        || STD_PACKAGES.contains(&path)
        || REAL_STD.contains(&path)
        || std::path::Path::new("/usr/lib/go-1.23/src")
            .join(path)
            .is_dir()
}

/// The declaration source of a package goscope provides, if written yet.
pub fn go_source(path: &str) -> Option<&'static str> {
    match path {
        "fmt" => Some(include_str!("../stdlib/go/fmt.go")),
        "errors" => Some(include_str!("../stdlib/go/errors.go")),
        "strings" => Some(include_str!("../stdlib/go/strings.go")),
        "strconv" => Some(include_str!("../stdlib/go/strconv.go")),
        "sort" => Some(include_str!("../stdlib/go/sort.go")),
        "bytes" => Some(include_str!("../stdlib/go/bytes.go")),
        "io" => Some(include_str!("../stdlib/go/io.go")),
        "runtime" => Some(include_str!("../stdlib/go/runtime.go")),
        "sync" => Some(include_str!("../stdlib/go/sync.go")),
        "runtime/debug" => Some(include_str!("../stdlib/go/debug.go")),
        "sync/atomic" => Some(include_str!("../stdlib/go/atomic.go")),
        "os" => Some(include_str!("../stdlib/go/os.go")),
        "math" => Some(include_str!("../stdlib/go/math.go")),
        "unicode" => Some(include_str!("../stdlib/go/unicode.go")),
        "unicode/utf8" => Some(include_str!("../stdlib/go/utf8.go")),
        "time" => Some(include_str!("../stdlib/go/time.go")),
        "io/fs" => Some(include_str!("../stdlib/go/fs.go")),
        "bufio" => Some(include_str!("../stdlib/go/bufio.go")),
        "math/bits" => Some(include_str!("../stdlib/go/bits.go")),
        "unicode/utf16" => Some(include_str!("../stdlib/go/utf16.go")),
        "internal/oserror" => Some(include_str!("../stdlib/go/oserror.go")),
        "syscall" => Some(include_str!("../stdlib/go/syscall.go")),
        "context" => Some(include_str!("../stdlib/go/context.go")),
        "log" => Some(include_str!("../stdlib/go/log.go")),
        // goscope's own: a map's insides for programs and lessons (not in real Go).
        "goscope/inspect" => Some(include_str!("../stdlib/go/inspect.go")),
        _ => None,
    }
}
