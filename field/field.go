// Package field is the public error type of every decoder and Validate
// method in aftersales: an error at a field path such as
// "calendar.week.mon[0]" ("calendar.week.mon[0]: end before start").
//
// Like io/fs.PathError (re-exported as os.PathError), one type serves every
// package, so a service can tell which field of its input was wrong with
//
//	var fe *field.Error
//	if errors.As(err, &fe) { ... fe.Path ... }
//
// whatever package returned err.
package field

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Error is an error at a field path. Path uses dots between object keys
// and [i] for list elements ("sla.targets[1].hours"); it is empty for the
// document (or value) as a whole. Err is the cause.
//
// The zero Error has an empty path and a nil cause; its Error method then
// returns "invalid value". An *Error is immutable once returned and safe
// for concurrent use.
type Error struct {
	Path string
	Err  error
}

// Error returns "path: cause", or the cause alone at the root.
func (e *Error) Error() string {
	msg := "invalid value"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	if e.Path == "" {
		return msg
	}
	return e.Path + ": " + msg
}

// Unwrap returns the cause, so errors.Is sees sentinels through paths.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error at path whose cause is fmt.Errorf(format,
// args...) (so %w wraps).
func Errorf(path, format string, args ...any) error {
	return &Error{Path: path, Err: fmt.Errorf(format, args...)}
}

// At returns err placed under path: an *Error anywhere in err's chain gets
// path prepended to its own path (the chain above it is kept only through
// the returned error's cause), any other error becomes the cause of an
// *Error at path. A nil err stays nil; an empty path returns err as is.
func At(path string, err error) error {
	if err == nil {
		return nil
	}
	if path == "" {
		return err
	}
	var e *Error
	if errors.As(err, &e) {
		return &Error{Path: Join(path, e.Path), Err: e.Err}
	}
	return &Error{Path: path, Err: err}
}

// Join joins a parent path and a child path: Join("a", "b") is "a.b",
// Join("a", "[0]") is "a[0]", and an empty side yields the other.
func Join(parent, child string) string {
	switch {
	case parent == "":
		return child
	case child == "":
		return parent
	case strings.HasPrefix(child, "["):
		return parent + child
	}
	return parent + "." + child
}

// Index returns the path of element i of the list at path: Index("lines",
// 2) is "lines[2]".
func Index(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// PathOf returns the path of the first *Error in err's chain and true, or
// "" and false when there is none.
func PathOf(err error) (string, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e.Path, true
	}
	return "", false
}
