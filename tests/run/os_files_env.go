package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

var dir string

// clean hides the temporary directory's random name.
func clean(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), dir, "$TMP")
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "goscope-test-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(dir)
	name := dir + "/notes.txt"

	fmt.Println(os.WriteFile(name, []byte("line one\nline two\n"), 0644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	n, err := f.WriteString("line three\n")
	fmt.Println(n, err)
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	fmt.Println(f.Close())
	fmt.Println(clean(f.Close()))
	_, err = f.Write([]byte("late"))
	fmt.Println(clean(err), errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))

	f, _ = os.Open(name)
	buf := make([]byte, 9)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	pos, err := f.Seek(5, io.SeekStart)
	fmt.Println(pos, err)
	n, err = f.ReadAt(buf[:3], 14)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 25)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	_, err = f.ReadAt(buf, -1)
	fmt.Println(clean(err))
	_, err = f.Write([]byte("no"))
	fmt.Println(clean(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Err == syscall.EBADF)
	fmt.Println(clean(f.Name()))
	f.Close()

	_, err = os.Open(dir + "/missing")
	fmt.Println(clean(err), os.IsNotExist(err), os.IsExist(err), errors.Is(err, os.ErrNotExist))
	fmt.Printf("%T %T\n", err, errors.Unwrap(err))
	err = os.Mkdir(dir, 0755)
	fmt.Println(clean(err), os.IsExist(err), errors.Is(err, fs.ErrExist))
	fmt.Println(os.MkdirAll(dir+"/a/b/c", 0755), os.MkdirAll(dir+"/a/b", 0755))
	fmt.Println(clean(os.MkdirAll(name+"/sub", 0755)))
	fmt.Println(clean(os.Remove(dir + "/a")))
	fmt.Println(os.Remove(dir+"/a/b/c"), os.Remove(dir+"/a/b"), os.Remove(dir+"/a"))
	fmt.Println(os.Rename(name, dir+"/renamed.txt"))
	fmt.Println(clean(os.Rename(name, dir+"/other.txt")))
	_, err = os.ReadFile(name)
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.Truncate(dir+"/renamed.txt", 4))
	data, _ = os.ReadFile(dir + "/renamed.txt")
	fmt.Printf("%q\n", data)
	fmt.Println(os.Remove(dir + "/renamed.txt"))
	fmt.Println(clean(os.Remove(dir + "/renamed.txt")))

	f, err = os.CreateTemp(dir, "tmp*.txt")
	fmt.Println(err, strings.HasPrefix(f.Name(), dir+"/tmp"), strings.HasSuffix(f.Name(), ".txt"))
	fmt.Fprintf(f, "%d-%s", 7, "seven")
	f.Seek(0, io.SeekStart)
	all, _ := io.ReadAll(f)
	fmt.Println(string(all))
	f.Close()
	os.Remove(f.Name())
	_, err = os.CreateTemp(dir, "a/b*")
	fmt.Println(err)

	// The environment.
	fmt.Println(os.Setenv("GOSCOPE_TEST_VAR", "value 1"))
	v, ok := os.LookupEnv("GOSCOPE_TEST_VAR")
	fmt.Println(v, ok, os.Getenv("GOSCOPE_TEST_VAR"))
	fmt.Println(os.ExpandEnv("[$GOSCOPE_TEST_VAR] [${GOSCOPE_TEST_VAR}] [$GOSCOPE_UNSET_VAR] [${}] [$$]"))
	fmt.Println(os.Expand("$a ${b} $1 ${c", func(s string) string { return "<" + s + ">" }))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOSCOPE_TEST_VAR=value 1" {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.Unsetenv("GOSCOPE_TEST_VAR"))
	v, ok = os.LookupEnv("GOSCOPE_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	err = os.Setenv("", "x")
	var se *os.SyscallError
	fmt.Println(errors.As(err, &se), se.Syscall, se.Err == syscall.EINVAL)
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	fmt.Println(os.Getpid() > 0, os.Getpagesize(), os.PathSeparator, os.PathListSeparator, os.DevNull)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))

	// Modes and errno values.
	fmt.Println(fs.FileMode(0755), os.ModeDir|0700, os.ModeSymlink|os.ModeSetuid|0644, fs.FileMode(0).String())
	fmt.Println((os.ModeDir | 0755).IsDir(), fs.FileMode(0644).IsRegular(), (os.ModeDir | 0755).Perm(), (os.ModeNamedPipe | 0600).Type())
	fmt.Println(syscall.ENOENT, syscall.EACCES, syscall.Errno(0), syscall.Errno(200), syscall.EAGAIN.Timeout(), syscall.EINTR.Temporary())
	fmt.Println(errors.Is(syscall.EACCES, fs.ErrPermission), errors.Is(syscall.ENOTEMPTY, fs.ErrExist), errors.Is(syscall.ENOSYS, errors.ErrUnsupported))
	fmt.Println(os.ErrInvalid, os.ErrPermission, os.ErrExist, os.ErrNotExist, os.ErrClosed)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("a/../b"), fs.ValidPath("/a"), fs.ValidPath("."), fs.SkipDir, fs.SkipAll)
	le := &os.LinkError{Op: "link", Old: "a", New: "b", Err: syscall.EEXIST}
	fmt.Println(le, os.IsExist(le), errors.Unwrap(le) == syscall.EEXIST)
	var nilFile *os.File
	_, err = nilFile.Read(buf)
	fmt.Println(err, nilFile.Close())
}
