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
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/aftersales/field"
)

// Error is the public field-path error, field.Error: every decoder and
// Validate method returns it, so that errors.As works from any importer.
type Error = field.Error

// Errorf returns an *Error at path with a formatted cause (field.Errorf).
func Errorf(path, format string, args ...any) error { return field.Errorf(path, format, args...) }

// At returns err placed under path (field.At).
func At(path string, err error) error { return field.At(path, err) }

// Join joins a parent path and a child path (field.Join).
func Join(parent, child string) string { return field.Join(parent, child) }

// Index returns the path of element i of the list at path (field.Index).
func Index(path string, i int) string { return field.Index(path, i) }

// Decode decodes the JSON document data into the value v points to.
func Decode(data []byte, v any) error { return DecodeWith(Plan{}, data, v) }

// Plan holds the JSON field names of a struct type and of the struct
// types reachable from it, read from their tags once (PlanOf), so that
// decoding many values of the type does not parse the tags again. A Plan
// is immutable and safe for concurrent use; the zero Plan plans nothing
// (DecodeWith then reads the tags it needs, as Decode does). A Plan never
// changes what a decode accepts or returns, only its cost.
type Plan struct {
	types []reflect.Type
	names [][]string
}

// PlanOf returns the Plan of the type v points to (or of v's type).
func PlanOf(v any) Plan {
	var p Plan
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			walk(t.Elem())
		case reflect.Struct:
			if t == timeType || slices.Contains(p.types, t) {
				return
			}
			pt := reflect.PointerTo(t)
			if pt.Implements(unmarshalerType) || pt.Implements(textUnmarshalerType) {
				return
			}
			p.types = append(p.types, t)
			p.names = append(p.names, namesOf(t))
			for i := range t.NumField() {
				walk(t.Field(i).Type)
			}
		}
	}
	if t := reflect.TypeOf(v); t != nil {
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		walk(t)
	}
	return p
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// decoderFor returns a decoder starting from the plan's tables (clipped:
// what it learns is appended to copies, never to the plan).
func decoderFor(p Plan, track bool) *decoder {
	return &decoder{track: track, types: slices.Clip(p.types), names: slices.Clip(p.names)}
}

// DecodeWith is Decode using the field names of plan p.
func DecodeWith(p Plan, data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("strictjson: Decode needs a non-nil pointer")
	}
	raw := trimSpace(data)
	if len(raw) == 0 {
		return &Error{Err: errors.New("empty document")}
	}
	// The scanner checks the structure as it goes and every leaf is
	// checked when it is decoded; json.Valid runs only to describe a
	// document the scanner cannot split.
	if end, ok := skipValue(raw, 0); !ok || end != len(raw) || !structureOK(raw) {
		var x any
		err := json.Unmarshal(raw, &x)
		if err == nil {
			err = errors.New("unexpected data after the JSON value")
		} else if ok && end < len(raw) && json.Valid(raw[:end]) {
			err = errors.New("unexpected data after the JSON value")
		} else {
			err = syntaxError(err)
		}
		return &Error{Err: err}
	}
	// First pass without field paths (no path strings are built); on an
	// error, decode again from the zero value with paths, so the error
	// names its field. Decoding is deterministic: both passes fail alike.
	d := decoderFor(p, false)
	if err := d.decode("", raw, rv.Elem()); err != nil {
		rv.Elem().SetZero()
		d = decoderFor(p, true)
		if err2 := d.decode("", raw, rv.Elem()); err2 != nil {
			return err2
		}
		return err
	}
	return nil
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

func kindOf(raw json.RawMessage) string {
	raw = trimSpace(raw)
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
	return string(trimSpace(raw)) == "null"
}

// decoder holds what one Decode call has learnt: the JSON names of the
// fields of each struct type it met, so that a list of structs parses the
// tags once. It lives for one call only.
type decoder struct {
	track bool // build field paths (second pass, after an error)
	types []reflect.Type
	names [][]string
}

func (d *decoder) join(path, k string) string {
	if !d.track {
		return ""
	}
	return Join(path, k)
}

func (d *decoder) index(path string, i int) string {
	if !d.track {
		return ""
	}
	return Index(path, i)
}

func (d *decoder) fieldNames(t reflect.Type) []string {
	for i, tt := range d.types {
		if tt == t {
			return d.names[i]
		}
	}
	names := namesOf(t)
	d.types = append(d.types, t)
	d.names = append(d.names, names)
	return names
}

// namesOf returns the JSON names of t's fields ("\x00" for a field JSON
// ignores).
func namesOf(t reflect.Type) []string {
	names := make([]string, t.NumField())
	for j := range names {
		name, ok := fieldName(t.Field(j))
		if !ok {
			name = "\x00"
		}
		names[j] = name
	}
	return names
}

func (d *decoder) decode(path string, raw json.RawMessage, v reflect.Value) error {
	if v.Type() == timeType {
		s, err := unquote(trimSpace(raw))
		if err != nil {
			if isNull(raw) {
				return Errorf(path, "null is not allowed")
			}
			return stringError(path, raw, err)
		}
		t, err := ParseInstant(s)
		if err != nil {
			return Errorf(path, "want an RFC 3339 instant such as \"2026-07-15T10:00:00+02:00\": %v", err)
		}
		v.Set(reflect.ValueOf(t))
		return nil
	}
	if v.CanAddr() && v.Kind() != reflect.Pointer && v.Kind() != reflect.Interface {
		switch u := v.Addr().Interface().(type) {
		case json.Unmarshaler:
			if isNull(raw) {
				return Errorf(path, "null is not allowed")
			}
			return At(path, u.UnmarshalJSON(raw))
		case encoding.TextUnmarshaler:
			lit := trimSpace(raw)
			if len(lit) >= 2 && lit[0] == '"' && lit[len(lit)-1] == '"' && plainString(lit[1:len(lit)-1]) {
				// Nothing to unescape: UnmarshalText copies what it keeps.
				return At(path, u.UnmarshalText(lit[1:len(lit)-1]))
			}
			s, err := unquote(lit)
			if err != nil {
				return stringError(path, raw, err)
			}
			return At(path, u.UnmarshalText([]byte(s)))
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(raw) {
			v.SetZero()
			return nil
		}
		p := reflect.New(v.Type().Elem())
		if err := d.decode(path, raw, p.Elem()); err != nil {
			return err
		}
		v.Set(p)
		return nil
	case reflect.Struct:
		return d.decodeStruct(path, raw, v)
	case reflect.Slice:
		if isNull(raw) {
			v.SetZero()
			return nil
		}
		s := reflect.MakeSlice(v.Type(), 0, 4)
		err := eachItem(path, raw, func(i int, it json.RawMessage) error {
			s = reflect.Append(s, reflect.Zero(v.Type().Elem()))
			return d.decode(d.index(path, i), it, s.Index(i))
		})
		if err != nil {
			return err
		}
		v.Set(s)
		return nil
	case reflect.Array:
		items, err := listItems(path, raw)
		if err != nil {
			return err
		}
		if len(items) != v.Len() {
			return Errorf(path, "want a list of %d items, got %d", v.Len(), len(items))
		}
		for i, it := range items {
			if err := d.decode(d.index(path, i), it, v.Index(i)); err != nil {
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
			if err := d.decode(d.join(path, k), vals[i], e); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), e)
		}
		v.Set(m)
		return nil
	case reflect.Interface:
		if !utf8.Valid(raw) {
			return Errorf(path, "invalid UTF-8 in the value")
		}
		if !json.Valid(raw) {
			return Errorf(path, "malformed value")
		}
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
		s, err := unquote(trimSpace(raw))
		if err != nil {
			return stringError(path, raw, err)
		}
		v.SetString(s)
		return nil
	case reflect.Bool:
		switch string(trimSpace(raw)) {
		case "true":
			v.SetBool(true)
		case "false":
			v.SetBool(false)
		default:
			return Errorf(path, "want true or false, got %s", kindOf(raw))
		}
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		lit := trimSpace(raw)
		if !isJSONInteger(lit) {
			if kindOf(raw) == "a number" {
				return Errorf(path, "want a whole number, got %s", lit)
			}
			return Errorf(path, "want a whole number, got %s", kindOf(raw))
		}
		n, err := strconv.ParseInt(string(lit), 10, v.Type().Bits())
		if err != nil {
			if kindOf(raw) == "a number" {
				return Errorf(path, "want a whole number that fits %s, got %s", v.Type(), trimSpace(raw))
			}
			return Errorf(path, "want a whole number, got %s", kindOf(raw))
		}
		v.SetInt(n)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		lit := trimSpace(raw)
		if !isJSONInteger(lit) || lit[0] == '-' {
			if kindOf(raw) == "a number" {
				return Errorf(path, "want a whole number from 0, got %s", lit)
			}
			return Errorf(path, "want a whole number, got %s", kindOf(raw))
		}
		n, err := strconv.ParseUint(string(lit), 10, v.Type().Bits())
		if err != nil {
			if kindOf(raw) == "a number" {
				return Errorf(path, "want a whole number from 0 that fits %s, got %s", v.Type(), trimSpace(raw))
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
	var keys []string
	var vals []json.RawMessage
	err := eachMember(path, raw, func(k []byte, v json.RawMessage) error {
		keys = append(keys, string(k))
		vals = append(vals, v)
		return nil
	})
	return keys, vals, err
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// skipString returns the index just past the string starting at b[i]
// (which is '"').
func skipString(b []byte, i int) (int, bool) {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1, true
		}
	}
	return 0, false
}

// skipValue returns the index just past the JSON value starting at b[i].
// It checks the structure (brackets, strings); leaf values are checked
// when they are decoded.
func skipValue(b []byte, i int) (int, bool) {
	if i >= len(b) {
		return 0, false
	}
	switch c := b[i]; {
	case c == '"':
		return skipString(b, i)
	case c == '{' || c == '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				j, ok := skipString(b, i)
				if !ok {
					return 0, false
				}
				i = j - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1, true
				}
			}
		}
		return 0, false
	default:
		j := i
		for j < len(b) && !isSpace(b[j]) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ':' {
			j++
		}
		return j, j > i
	}
}

var (
	errNotString   = errors.New("not a string")
	errInvalidUTF8 = errors.New("invalid UTF-8 in a string")
)

// plainString reports whether the inside of a string literal needs no
// decoding: printable ASCII without escapes.
func plainString(inner []byte) bool {
	for _, c := range inner {
		if c == '\\' || c == '"' || c < 0x20 || c >= 0x80 {
			return false
		}
	}
	return true
}

// unquote decodes a JSON string literal, quickly when it has no escapes.
// Invalid UTF-8 is an error (errInvalidUTF8), never silently replaced.
func unquote(b []byte) (string, error) {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return "", errNotString
	}
	inner := b[1 : len(b)-1]
	plain := true
	for _, c := range inner {
		if c == '\\' || c == '"' || c < 0x20 || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return string(inner), nil
	}
	if !utf8.Valid(inner) {
		return "", errInvalidUTF8
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return "", errNotString
	}
	return s, nil
}

// stringError describes why raw is not a string value at path.
func stringError(path string, raw json.RawMessage, err error) error {
	if err == errInvalidUTF8 {
		return Errorf(path, "invalid UTF-8 in the string")
	}
	return Errorf(path, "want a string, got %s", kindOf(raw))
}

// isJSONInteger reports whether b is a JSON number without fraction or
// exponent: -?(0|[1-9][0-9]*). strconv alone would also take "+1" and
// "01", which the JSON grammar forbids.
func isJSONInteger(b []byte) bool {
	if len(b) > 0 && b[0] == '-' {
		b = b[1:]
	}
	if len(b) == 0 || (b[0] == '0' && len(b) > 1) {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// eachMember calls fn with each key (unescaped; only valid during the
// call) and value of the JSON object raw, in order, rejecting duplicate
// keys and malformed objects. A key without escapes costs no allocation.
func eachMember(path string, raw json.RawMessage, fn func(k []byte, v json.RawMessage) error) error {
	b := raw
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return Errorf(path, "want an object, got %s", kindOf(raw))
	}
	bad := func() error { return Errorf(path, "malformed object") }
	var seenBuf [16][]byte // on the stack: most objects have few members
	seen := seenBuf[:0]
	var seenSet map[string]struct{}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return nil
	}
	for {
		if i >= len(b) || b[i] != '"' {
			return bad()
		}
		j, ok := skipString(b, i)
		if !ok {
			return bad()
		}
		var k []byte
		if plainString(b[i+1 : j-1]) {
			k = b[i+1 : j-1]
		} else {
			ks, err := unquote(b[i:j])
			if err != nil {
				if err == errInvalidUTF8 {
					return Errorf(path, "a field name is not valid UTF-8")
				}
				return bad()
			}
			k = []byte(ks)
		}
		if seenSet != nil {
			if _, dup := seenSet[string(k)]; dup {
				return Errorf(Join(path, string(k)), "duplicate field")
			}
			seenSet[string(k)] = struct{}{}
		} else {
			for _, s := range seen {
				if bytes.Equal(s, k) {
					return Errorf(Join(path, string(k)), "duplicate field")
				}
			}
			seen = append(seen, k)
			if len(seen) > 16 { // keep duplicate detection linear on large objects
				seenSet = make(map[string]struct{}, 64)
				for _, s := range seen {
					seenSet[string(s)] = struct{}{}
				}
			}
		}
		i = skipSpace(b, j)
		if i >= len(b) || b[i] != ':' {
			return bad()
		}
		i = skipSpace(b, i+1)
		e, ok := skipValue(b, i)
		if !ok {
			return Errorf(Join(path, string(k)), "malformed value")
		}
		if err := fn(k, json.RawMessage(b[i:e])); err != nil {
			return err
		}
		i = skipSpace(b, e)
		if i >= len(b) {
			return bad()
		}
		if b[i] == '}' {
			return nil
		}
		if b[i] != ',' {
			return bad()
		}
		i = skipSpace(b, i+1)
	}
}

// eachItem calls fn with each item of the JSON array raw.
func eachItem(path string, raw json.RawMessage, fn func(i int, v json.RawMessage) error) error {
	b := raw
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		return Errorf(path, "want a list, got %s", kindOf(raw))
	}
	bad := func() error { return Errorf(path, "malformed list") }
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == ']' {
		return nil
	}
	for n := 0; ; n++ {
		e, ok := skipValue(b, i)
		if !ok {
			return Errorf(Index(path, n), "malformed value")
		}
		if err := fn(n, json.RawMessage(b[i:e])); err != nil {
			return err
		}
		i = skipSpace(b, e)
		if i >= len(b) {
			return bad()
		}
		if b[i] == ']' {
			return nil
		}
		if b[i] != ',' {
			return bad()
		}
		i = skipSpace(b, i+1)
	}
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

func (d *decoder) decodeStruct(path string, raw json.RawMessage, v reflect.Value) error {
	names := d.fieldNames(v.Type())
	return eachMember(path, raw, func(k []byte, val json.RawMessage) error {
		for j, name := range names {
			if name == string(k) {
				p := ""
				if d.track {
					p = Join(path, name)
				}
				return d.decode(p, val, v.Field(j))
			}
		}
		return Errorf(Join(path, string(k)), "unknown field")
	})
}

func listItems(path string, raw json.RawMessage) ([]json.RawMessage, error) {
	var items []json.RawMessage
	err := eachItem(path, raw, func(_ int, v json.RawMessage) error {
		items = append(items, v)
		return nil
	})
	return items, err
}

// structureOK reports whether raw, a single value by skipValue, is
// well-formed JSON when it is not an object or a list (whose members are
// checked while decoding).
func structureOK(raw []byte) bool {
	if raw[0] == '{' || raw[0] == '[' {
		return true
	}
	return json.Valid(raw)
}

// trimSpace removes the JSON whitespace (space, tab, line feed, carriage
// return) around b; bytes.TrimSpace would also take form feeds and Unicode
// spaces, which the JSON grammar does not allow around a value.
func trimSpace(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && isSpace(b[i]) {
		i++
	}
	for j > i && isSpace(b[j-1]) {
		j--
	}
	return b[i:j]
}
