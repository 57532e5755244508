// Package strictjson decodes JSON strictly into Go values: unknown fields,
// duplicate fields, wrong types and trailing data are errors, and every
// error names the path of the field it is about
// ("calendar.week.mon[0]: end before start").
//
// Struct fields are matched to JSON keys exactly (case-sensitive) by their
// json tag or, without one, by their Go name. Types that implement
// json.Unmarshaler or encoding.TextUnmarshaler decode themselves; an error
// they return is reported at their path. A *Error they return is nested
// under their path.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Error is a decoding or validation error at a field path. The zero Error
// has an empty path and no cause.
type Error struct {
	Path string // "calendar.week.mon[0]"; empty for the document itself
	Err  error
}

func (e *Error) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error at path with a formatted cause.
func Errorf(path, format string, args ...any) error {
	return &Error{Path: path, Err: fmt.Errorf(format, args...)}
}

// At returns err placed under path: an *Error gets path prepended to its
// own path, any other error becomes the cause of an *Error at path. A nil
// err stays nil.
func At(path string, err error) error {
	if err == nil {
		return nil
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

// Index returns the path of element i of the list at path.
func Index(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// Decode decodes the JSON document data into the value v points to.
func Decode(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("strictjson: Decode needs a non-nil pointer")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return &Error{Err: syntaxError(err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return &Error{Err: errors.New("unexpected data after the JSON value")}
	}
	return decode("", raw, rv.Elem())
}

func syntaxError(err error) error {
	if err == io.EOF {
		return errors.New("empty document")
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, se.Error())
	}
	return fmt.Errorf("invalid JSON: %v", err)
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func kindOf(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

func isNull(raw json.RawMessage) bool {
	return string(bytes.TrimSpace(raw)) == "null"
}

func decode(path string, raw json.RawMessage, v reflect.Value) error {
	if v.CanAddr() {
		pt := v.Addr().Type()
		if pt.Implements(unmarshalerType) {
			if isNull(raw) && v.Kind() != reflect.Pointer {
				return Errorf(path, "null is not allowed")
			}
			return At(path, v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw))
		}
		if pt.Implements(textUnmarshalerType) {
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return Errorf(path, "want a string, got %s", kindOf(raw))
			}
			return At(path, v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)))
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(raw) {
			v.SetZero()
			return nil
		}
		p := reflect.New(v.Type().Elem())
		if err := decode(path, raw, p.Elem()); err != nil {
			return err
		}
		v.Set(p)
		return nil
	case reflect.Struct:
		return decodeStruct(path, raw, v)
	case reflect.Slice:
		if isNull(raw) {
			v.SetZero()
			return nil
		}
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return Errorf(path, "want a list, got %s", kindOf(raw))
		}
		s := reflect.MakeSlice(v.Type(), len(items), len(items))
		for i, it := range items {
			if err := decode(Index(path, i), it, s.Index(i)); err != nil {
				return err
			}
		}
		v.Set(s)
		return nil
	case reflect.Array:
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return Errorf(path, "want a list, got %s", kindOf(raw))
		}
		if len(items) != v.Len() {
			return Errorf(path, "want a list of %d items, got %d", v.Len(), len(items))
		}
		for i, it := range items {
			if err := decode(Index(path, i), it, v.Index(i)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		if isNull(raw) {
			v.SetZero()
			return nil
		}
		if v.Type().Key().Kind() != reflect.String {
			return Errorf(path, "maps need string keys")
		}
		keys, vals, err := objectMembers(path, raw)
		if err != nil {
			return err
		}
		m := reflect.MakeMapWithSize(v.Type(), len(keys))
		for i, k := range keys {
			e := reflect.New(v.Type().Elem()).Elem()
			if err := decode(Join(path, k), vals[i], e); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), e)
		}
		v.Set(m)
		return nil
	case reflect.Interface:
		var x any
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		if err := d.Decode(&x); err != nil {
			return At(path, err)
		}
		if x == nil {
			v.SetZero()
			return nil
		}
		if !reflect.TypeOf(x).AssignableTo(v.Type()) {
			return Errorf(path, "want %s, got %s", v.Type(), kindOf(raw))
		}
		v.Set(reflect.ValueOf(x))
		return nil
	case reflect.String:
		var s string
		if err := json.Unmarshal(raw, &s); err != nil || isNull(raw) {
			return Errorf(path, "want a string, got %s", kindOf(raw))
		}
		v.SetString(s)
		return nil
	case reflect.Bool:
		var b bool
		if err := json.Unmarshal(raw, &b); err != nil || isNull(raw) {
			return Errorf(path, "want true or false, got %s", kindOf(raw))
		}
		v.SetBool(b)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(string(bytes.TrimSpace(raw)), 10, v.Type().Bits())
		if err != nil {
			if kindOf(raw) == "a number" {
				return Errorf(path, "want a whole number that fits %s, got %s", v.Type(), bytes.TrimSpace(raw))
			}
			return Errorf(path, "want a whole number, got %s", kindOf(raw))
		}
		v.SetInt(n)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(string(bytes.TrimSpace(raw)), 10, v.Type().Bits())
		if err != nil {
			if kindOf(raw) == "a number" {
				return Errorf(path, "want a whole number from 0 that fits %s, got %s", v.Type(), bytes.TrimSpace(raw))
			}
			return Errorf(path, "want a whole number, got %s", kindOf(raw))
		}
		v.SetUint(n)
		return nil
	}
	return Errorf(path, "cannot decode into %s", v.Type())
}

// objectMembers returns the keys and values of a JSON object in order,
// rejecting duplicate keys.
func objectMembers(path string, raw json.RawMessage) ([]string, []json.RawMessage, error) {
	if kindOf(raw) != "an object" {
		return nil, nil, Errorf(path, "want an object, got %s", kindOf(raw))
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return nil, nil, At(path, err)
	}
	var keys []string
	var vals []json.RawMessage
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, At(path, err)
		}
		k, _ := tok.(string)
		if seen[k] {
			return nil, nil, Errorf(Join(path, k), "duplicate field")
		}
		seen[k] = true
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return nil, nil, At(Join(path, k), err)
		}
		keys = append(keys, k)
		vals = append(vals, val)
	}
	return keys, vals, nil
}

func fieldName(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name, true
}

func decodeStruct(path string, raw json.RawMessage, v reflect.Value) error {
	keys, vals, err := objectMembers(path, raw)
	if err != nil {
		return err
	}
	t := v.Type()
	for i, k := range keys {
		found := false
		for j := 0; j < t.NumField(); j++ {
			name, ok := fieldName(t.Field(j))
			if !ok || name != k {
				continue
			}
			found = true
			if err := decode(Join(path, k), vals[i], v.Field(j)); err != nil {
				return err
			}
			break
		}
		if !found {
			return Errorf(Join(path, k), "unknown field")
		}
	}
	return nil
}
