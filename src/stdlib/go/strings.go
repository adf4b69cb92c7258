// Package strings: goscope's declarations of Go's strings API (bodies are natives).
package strings

type Builder struct {
	buf []byte
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) Write(p []byte) (int, error)

func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func LastIndex(s, substr string) int
func Split(s, sep string) []string
func Fields(s string) []string
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Title(s string) string
