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
// Errorf formats like Sprintf and returns an error; `%w` verbs wrap their arguments,
// as Go's fmt/errors.go does.
func Errorf(format string, a ...any) error {
	s, wrapped, count := errorf(format, a)
	switch count {
	case 0:
		return &errorString{s}
	case 1:
		w := &wrapError{msg: s}
		if len(wrapped) > 0 {
			w.err, _ = a[wrapped[0]].(error)
		}
		return w
	default:
		errs := make([]error, 0, len(wrapped))
		for _, i := range wrapped {
			if e, ok := a[i].(error); ok {
				errs = append(errs, e)
			}
		}
		return &wrapErrors{s, errs}
	}
}

// errorf formats for Errorf and reports which arguments `%w` wrapped.
func errorf(format string, a []any) (msg string, wrapped []int, count int)

// errorString is errors.New's error (Go's Errorf without %w calls errors.New).
type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }
func Sscanf(str string, format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)

// writer is io.Writer (fmt.go does not import io).
type writer interface {
	Write(p []byte) (n int, err error)
}

func Fprintln(w writer, a ...any) (n int, err error)
func Fprintf(w writer, format string, a ...any) (n int, err error)
func Fprint(w writer, a ...any) (n int, err error)
