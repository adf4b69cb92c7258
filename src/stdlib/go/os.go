// Package os: goscope's version of Go's os package (unix), written in Go after os/file.go,
// os/file_posix.go, os/file_unix.go, os/env.go, os/error.go, os/path.go, os/tempfile.go
// and syscall/env_unix.go over system-call natives (src/interp/natives/os.rs). Stat,
// Lstat, ReadDir and File.Stat are missing: their FileInfo needs package time. Writes to
// standard output and error go through the interpreter's output, so that they interleave
// with fmt.Print*.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code at once; deferred
// functions are not run.
func Exit(code int)

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        = fs.ModeDir        // d: is a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file; Plan 9 only
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: Unix character device, when ModeDevice is set
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = fs.ModeType

	ModePerm = fs.ModePerm // Unix permission bits, 0o777
)

// Flags to OpenFile wrapping those of the underlying system.
const (
	// Exactly one of O_RDONLY, O_WRONLY, or O_RDWR must be specified.
	O_RDONLY int = syscall.O_RDONLY // open the file read-only.
	O_WRONLY int = syscall.O_WRONLY // open the file write-only.
	O_RDWR   int = syscall.O_RDWR   // open the file read-write.
	// The remaining values may be or'ed in to control behavior.
	O_APPEND int = syscall.O_APPEND // append data to the file when writing.
	O_CREATE int = syscall.O_CREAT  // create a new file if none exists.
	O_EXCL   int = syscall.O_EXCL   // used with O_CREATE, file must not exist.
	O_SYNC   int = syscall.O_SYNC   // open for synchronous I/O.
	O_TRUNC  int = syscall.O_TRUNC  // truncate regular writable file when opened.
)

// Seek whence values.
//
// Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's “null device.”
const DevNull = "/dev/null"

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// The system calls, on the process's real descriptors. Each returns an errno (0 for
// success).
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)
func sysRead(fd int, b []byte) (n int, errno int)
func sysPread(fd int, b []byte, off int64) (n int, errno int)
func sysWrite(fd int, b []byte) (n int, errno int)
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)
func sysSeek(fd int, offset int64, whence int) (off int64, errno int)
func sysClose(fd int) (errno int)
func sysFsync(fd int) (errno int)
func sysFtruncate(fd int, size int64) (errno int)
func sysFchmod(fd int, mode uint32) (errno int)
func sysFstatSize(fd int) (size int64, errno int)
func sysStat(name string, follow bool) (mode uint32, dev uint64, ino uint64, errno int)
func sysUnlink(name string) (errno int)
func sysRmdir(name string) (errno int)
func sysMkdir(name string, mode uint32) (errno int)
func sysRename(oldname, newname string) (errno int)
func sysChdir(dir string) (errno int)
func sysChmod(name string, mode uint32) (errno int)
func sysTruncate(name string, size int64) (errno int)
func sysLink(oldname, newname string) (errno int)
func sysSymlink(oldname, newname string) (errno int)
func sysReadlink(name string) (target string, errno int)
func sysGetwd() (dir string, errno int)
func sysHostname() (name string, errno int)
func sysEnviron() []string
func sysRandom() uint32

// Getpid returns the process id of the caller.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

// Getuid returns the numeric user id of the caller.
func Getuid() int

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int

// Getgid returns the numeric group id of the caller.
func Getgid() int

// Getegid returns the numeric effective group id of the caller.
func Getegid() int

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int

// errnoErr is the error for a system call's errno, nil for 0.
func errnoErr(e int) error {
	if e == 0 {
		return nil
	}
	return syscall.Errno(e)
}

// File represents an open file descriptor.
type File struct {
	fd         int
	name       string
	appendMode bool // whether file is opened for appending
	closed     bool
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name. The returned value
// will be nil if fd is not a valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	fdi := int(fd)
	if fdi < 0 {
		return nil
	}
	return &File{fd: fdi, name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file. If f is closed,
// the file descriptor becomes invalid.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^(uintptr(0))
	}
	if f.closed {
		return ^(uintptr(0))
	}
	return uintptr(f.fd)
}

// checkValid checks whether f is valid for use.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr wraps an error that occurred during an operation on an open file.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// errFileClosing is the error of an operation on a closed file (poll.ErrFileClosing,
// which wrapErr turns into ErrClosed).
func (f *File) closedErr(op string) error {
	return &PathError{Op: op, Path: f.name, Err: ErrClosed}
}

// maxRW is the maximum read or write size in one system call (poll's maxRW).
const maxRW = 1 << 30

// Read reads up to len(b) bytes from the File and stores them in b. It returns the number
// of bytes read and any error encountered. At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.closedErr("read")
	}
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, f.wrapErr("read", syscall.Errno(e))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. ReadAt always
// returns a non-nil error when n < len(b). At end of file, that error is io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.closed {
			err = f.closedErr("read")
			break
		}
		p := b
		if len(p) > maxRW {
			p = p[:maxRW]
		}
		m, e := sysPread(f.fd, p, off)
		if e != 0 {
			err = f.wrapErr("read", syscall.Errno(e))
			break
		}
		if m == 0 {
			err = io.EOF
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// ReadFrom implements io.ReaderFrom.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWriter{f}, r)
}

// fileWriter is a File without its ReadFrom and WriteTo methods.
type fileWriter struct {
	f *File
}

func (w fileWriter) Write(b []byte) (int, error) { return w.f.Write(b) }

type fileReader struct {
	f *File
}

func (r fileReader) Read(b []byte) (int, error) { return r.f.Read(b) }

// WriteTo implements io.WriterTo.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, fileReader{f})
}

// write writes all of b (poll.FD.Write's loop).
func (f *File) write(b []byte) (n int, err error) {
	if f.closed {
		return 0, ErrClosed
	}
	for {
		max := len(b)
		if max-n > maxRW {
			max = n + maxRW
		}
		m, e := sysWrite(f.fd, b[n:max])
		if e != 0 {
			return n, syscall.Errno(e)
		}
		n += m
		if n == len(b) {
			return n, nil
		}
		if m == 0 {
			return n, io.ErrUnexpectedEOF
		}
	}
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written and
// an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.write(b)
	if n < 0 {
		n = 0
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// WriteString is like Write, but writes the contents of string s rather than a slice of
// bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.closed {
			err = f.closedErr("write")
			break
		}
		p := b
		if len(p) > maxRW {
			p = p[:maxRW]
		}
		m, e := sysPwrite(f.fd, p, off)
		if e != 0 {
			err = f.wrapErr("write", syscall.Errno(e))
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted according
// to whence: 0 means relative to the origin of the file, 1 means relative to the current
// offset, and 2 means relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.closedErr("seek")
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, f.wrapErr("seek", syscall.Errno(e))
	}
	return r, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	// The interpreter keeps its own standard streams open.
	if f.fd > 2 {
		if e := sysClose(f.fd); e != 0 {
			return &PathError{Op: "close", Path: f.name, Err: syscall.Errno(e)}
		}
	}
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if f.closed {
		return f.closedErr("sync")
	}
	if e := sysFsync(f.fd); e != 0 {
		return f.wrapErr("sync", syscall.Errno(e))
	}
	return nil
}

// Truncate changes the size of the file. It does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if f.closed {
		return f.closedErr("truncate")
	}
	if e := sysFtruncate(f.fd, size); e != 0 {
		return f.wrapErr("truncate", syscall.Errno(e))
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if f.closed {
		return f.closedErr("chmod")
	}
	if e := sysFchmod(f.fd, syscallMode(mode)); e != 0 {
		return f.wrapErr("chmod", syscall.Errno(e))
	}
	return nil
}

// syscallMode returns the syscall-specific mode bits from Go's portable mode bits.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var fd int
	for {
		r, e := sysOpen(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		if e == 0 {
			fd = r
			break
		}
		if syscall.Errno(e) == syscall.EINTR {
			continue
		}
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(e)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int
	if size64, e := sysFstatSize(f.fd); e == 0 {
		size = int(size64)
	}
	size++ // one byte for final read at EOF
	// If a file claims a small size, read at least 512 bytes.
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	// Both failed: figure out which error to return.
	if syscall.Errno(e1) != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: syscall.Errno(e)}
}

// Mkdir creates a new directory with the specified name and permission bits (before
// umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// fileMode converts a stat mode to a FileMode (fillFileStatFromSys).
func fileMode(m uint32) FileMode {
	mode := FileMode(m & 0777)
	switch m & syscall.S_IFMT {
	case syscall.S_IFBLK:
		mode |= ModeDevice
	case syscall.S_IFCHR:
		mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		mode |= ModeDir
	case syscall.S_IFIFO:
		mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		mode |= ModeSymlink
	case syscall.S_IFSOCK:
		mode |= ModeSocket
	}
	if m&syscall.S_ISGID != 0 {
		mode |= ModeSetgid
	}
	if m&syscall.S_ISUID != 0 {
		mode |= ModeSetuid
	}
	if m&syscall.S_ISVTX != 0 {
		mode |= ModeSticky
	}
	return mode
}

// statMode is what Stat (follow) or Lstat tell of a file: its mode and identity.
func statMode(name string, follow bool) (mode FileMode, dev, ino uint64, err error) {
	m, d, i, e := sysStat(name, follow)
	if e != 0 {
		op := "lstat"
		if follow {
			op = "stat"
		}
		return 0, 0, 0, &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
	}
	return fileMode(m), d, i, nil
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	// Fast path: if we can tell whether path is a directory or file, stop with success or
	// error.
	if mode, _, _, err := statMode(path, true); err == nil {
		if mode.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// Slow path: make sure parent exists and then call Mkdir for path.
	i := len(path) - 1
	for i >= 0 && IsPathSeparator(path[i]) { // Skip trailing path separator.
		i--
	}
	for i >= 0 && !IsPathSeparator(path[i]) { // Scan backward over element.
		i--
	}
	if i < 0 {
		i = 0
	}
	// If there is a parent directory, recurse to ensure it exists.
	if parent := path[:i]; len(parent) > 0 {
		if err := MkdirAll(parent, perm); err != nil {
			return err
		}
	}
	// Parent now exists; invoke Mkdir and use its result.
	err := Mkdir(path, perm)
	if err != nil {
		// Handle arguments like "foo/." by double-checking that directory doesn't exist.
		if mode, _, _, err1 := statMode(path, false); err1 == nil && mode.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	mode, dev, ino, err := statMode(newpath, false)
	if err == nil && mode.IsDir() {
		if _, odev, oino, err := statMode(oldpath, false); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || odev != dev || oino != ino {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: syscall.Errno(e)}
	}
	return s, nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscall.Errno(e)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Getwd returns an absolute path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	// Clumsy but widespread kludge: if $PWD is set and is the same directory as ".", use
	// it.
	_, ddev, dino, err := statMode(".", true)
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		if _, dev, ino, err := statMode(dir, true); err == nil && dev == ddev && ino == dino {
			return dir, nil
		}
	}
	d, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(e))
	}
	return d, nil
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	n, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("hostname", syscall.Errno(e))
	}
	return n, nil
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns, as an error, a new SyscallError with the given system call
// name and error details. As a convenience, if err is nil, NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsExist returns a boolean indicating whether its argument is known to report that a file
// or directory already exists.
func IsExist(err error) bool {
	return underlyingErrorIs(err, ErrExist)
}

// IsNotExist returns a boolean indicating whether its argument is known to report that a
// file or directory does not exist.
func IsNotExist(err error) bool {
	return underlyingErrorIs(err, ErrNotExist)
}

// IsPermission returns a boolean indicating whether its argument is known to report that
// permission is denied.
func IsPermission(err error) bool {
	return underlyingErrorIs(err, ErrPermission)
}

// IsTimeout returns a boolean indicating whether its argument is known to report that a
// timeout occurred.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	// Note that this function is not errors.Is: underlyingError only unwraps the specific
	// error-wrapping types that it historically did, not all errors implementing Unwrap().
	err = underlyingError(err)
	if err == target {
		return true
	}
	// To preserve prior behavior, only examine syscall errors.
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// underlyingError returns the underlying error for known os error types.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// The environment, as syscall/env_unix.go keeps it: a copy of the process's environment
// made on first use; a key's first mention wins.
var (
	envOnce bool
	env     map[string]int // key -> index in envs
	envs    []string
)

func copyenv() {
	if envOnce {
		return
	}
	envOnce = true
	envs = sysEnviron()
	env = make(map[string]int)
	for i, s := range envs {
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				key := s[:j]
				if _, ok := env[key]; !ok {
					env[key] = i // first mention of key
				} else {
					// Clear duplicate keys.
					envs[i] = ""
				}
				break
			}
		}
	}
}

// LookupEnv retrieves the value of the environment variable named by the key. If the
// variable is present in the environment the value (which may be empty) is returned and
// the boolean is true. Otherwise the returned value will be empty and the boolean will be
// false.
func LookupEnv(key string) (string, bool) {
	copyenv()
	if len(key) == 0 {
		return "", false
	}
	i, ok := env[key]
	if !ok {
		return "", false
	}
	s := envs[i]
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			return s[i+1:], true
		}
	}
	return "", false
}

// Getenv retrieves the value of the environment variable named by the key. It returns the
// value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	copyenv()
	if len(key) == 0 {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	i, ok := env[key]
	kv := key + "=" + value
	if ok {
		envs[i] = kv
	} else {
		i = len(envs)
		envs = append(envs, kv)
	}
	env[key] = i
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	copyenv()
	if i, ok := env[key]; ok {
		envs[i] = ""
		delete(env, key)
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	copyenv()
	env = make(map[string]int)
	envs = []string{}
}

// Environ returns a copy of strings representing the environment, in the form
// "key=value".
func Environ() []string {
	copyenv()
	a := make([]string, 0, len(envs))
	for _, env := range envs {
		if env != "" {
			a = append(a, env)
		}
	}
	return a
}

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// ${} is all ASCII, so bytes are fine for this operation.
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// Encountered invalid syntax; eat the characters.
			} else if name == "" {
				// Valid syntax, but $ was not followed by a name. Leave the dollar
				// character untouched.
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables. References to undefined variables are replaced by the empty
// string.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// isShellSpecialVar reports whether the character identifies a special shell variable
// such as $*.
func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

// isAlphaNum reports whether the byte is an ASCII letter, number, or underscore.
func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName returns the name that begins the string and the number of bytes consumed
// to extract it.
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		// Scan to closing brace
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // Bad syntax; eat "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // Bad syntax; eat "${"
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	// Scan alphanumerics.
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// TempDir returns the default directory to use for temporary files: $TMPDIR if non-empty,
// else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	v := Getenv("HOME")
	if v == "" {
		return "", errors.New("$HOME is not defined")
	}
	return v, nil
}

// UserCacheDir returns the default root directory to use for user-specific cached data:
// $XDG_CACHE_HOME if non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	} else if !isAbs(dir) {
		return "", errors.New("path in $XDG_CACHE_HOME is relative")
	}
	return dir, nil
}

// UserConfigDir returns the default root directory to use for user-specific configuration
// data: $XDG_CONFIG_HOME if non-empty, else $HOME/.config.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	} else if !isAbs(dir) {
		return "", errors.New("path in $XDG_CONFIG_HOME is relative")
	}
	return dir, nil
}

func isAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

func nextRandom() string {
	// itoa.Uitoa
	u := uint(sysRandom())
	if u == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf) - 1
	for u >= 10 {
		q := u / 10
		buf[i] = byte('0' + u - q*10)
		i--
		u = q
	}
	buf[i] = byte('0' + u)
	return string(buf[i:])
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern by the last wildcard "*", if applicable, returning prefix
// as the part before "*" and suffix as the part after "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	pos := -1
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			pos = i
			break
		}
	}
	if pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// CreateTemp creates a new temporary file in the directory dir, opens the file for reading
// and writing, and returns the resulting file.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in the directory dir and returns the
// pathname of the new directory.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, _, _, err := statMode(dir, true); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}
