// Package utf8: goscope's version of Go's unicode/utf8 package. Bodiless functions are
// natives (src/interp/natives/unicode.rs); the rest mirrors unicode/utf8/utf8.go.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func Valid(p []byte) bool
func ValidString(s string) bool

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended
// buffer; an invalid rune is encoded as RuneError.
func AppendRune(p []byte, r rune) []byte {
	return append(p, string(r)...)
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
func EncodeRune(p []byte, r rune) int {
	s := string(r)
	_ = p[len(s)-1]
	copy(p, s)
	return len(s)
}

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune, or -1.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// RuneStart reports whether the byte could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < 0xD800:
		return true
	case 0xDFFF < r && r <= MaxRune:
		return true
	}
	return false
}
