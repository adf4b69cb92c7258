// Package fmt: goscope's declarations of Go's fmt API (bodies are natives).
package fmt

type Stringer interface {
	String() string
}

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error
func Sscanf(str string, format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)

// writer is io.Writer (fmt.go does not import io).
type writer interface {
	Write(p []byte) (n int, err error)
}

func Fprintln(w writer, a ...any) (n int, err error)
func Fprintf(w writer, format string, a ...any) (n int, err error)
func Fprint(w writer, a ...any) (n int, err error)
