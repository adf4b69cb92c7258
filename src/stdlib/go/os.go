// Package os: goscope's version of the parts of Go's os package that programs use:
// Args, Exit, and the standard files with Write and WriteString. Bodiless functions are
// natives (src/interp/natives/os.rs).
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code at once; deferred
// functions are not run.
func Exit(code int)

// File represents an open file descriptor (goscope has only the standard ones).
type File struct {
	fd   int
	name string
}

// Standard input, output and error.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

func writeFd(fd int, b []byte) int
func writeFdString(fd int, s string) int

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	return writeFd(f.fd, b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return writeFdString(f.fd, s), nil
}
