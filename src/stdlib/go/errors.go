// Package errors: goscope's declarations of Go's errors API (bodies are natives).
package errors

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error
