package strictjson

import "time"

// Fast is a forward-only scanner for the hand-written fast paths of hot
// decoders (a recorded case's input, a conversation, a refund case). It
// reads a subset of JSON: the structure, member names and strings of
// printable ASCII without escapes, whole numbers, true and false; and it
// never makes an error. On anything outside the subset, malformed or not,
// it fails: OK reports false from then on, and every later call is a
// no-op returning zero values. The caller then decodes the document again
// with DecodeWith, which accepts it or refuses it with the error naming
// the field. A fast path built on Fast must therefore never accept a
// document DecodeWith refuses, nor decode one differently: each fast path
// has a differential test and a fuzz target against DecodeWith.
//
// Duplicate members are the caller's to catch (Once). The zero Fast is an
// empty document, which fails at its first read. A Fast is a small value
// used by one goroutine; it does not copy the document, so its results
// (Key, Str, Raw) alias it.
type Fast struct {
	b    []byte
	i    int
	bad  bool
	open bool // just after '{' or '[': no comma before the first member
}

// NewFast returns a Fast over the JSON document b.
func NewFast(b []byte) Fast {
	f := Fast{b: b}
	f.ws()
	return f
}

// OK reports whether nothing failed so far.
func (f *Fast) OK() bool { return !f.bad }

// Fail marks the scan failed (a member the fast path does not handle).
func (f *Fast) Fail() { f.bad = true }

// Done reports whether the scan succeeded and reached the end of the
// document (only whitespace after the value).
func (f *Fast) Done() bool {
	f.ws()
	return !f.bad && f.i == len(f.b)
}

// Once fails when bit is already in *seen and adds it otherwise: the
// duplicate-member check of a fast path (DecodeWith refuses duplicates).
func (f *Fast) Once(seen *uint64, bit uint) {
	if *seen&(1<<bit) != 0 {
		f.bad = true
	}
	*seen |= 1 << bit
}

func (f *Fast) ws() {
	for f.i < len(f.b) && isSpace(f.b[f.i]) {
		f.i++
	}
}

// Enter consumes the opening '{' of an object or '[' of a list.
func (f *Fast) Enter(open byte) bool {
	if f.bad {
		return false
	}
	f.ws()
	if f.i >= len(f.b) || f.b[f.i] != open {
		f.bad = true
		return false
	}
	f.i++
	f.ws()
	f.open = true
	return true
}

// More reports whether another member or item follows in the object or
// list being read, consuming the comma before it; at the closing byte
// ('}' or ']') it consumes it and reports false.
func (f *Fast) More(closing byte) bool {
	if f.bad {
		return false
	}
	f.ws()
	if f.i >= len(f.b) {
		f.bad = true
		return false
	}
	c := f.b[f.i]
	if f.open {
		f.open = false
		if c == closing {
			f.i++
			return false
		}
		return true
	}
	switch c {
	case ',':
		f.i++
		f.ws()
		return true
	case closing:
		f.i++
		return false
	}
	f.bad = true
	return false
}

// plain returns the inside of the string at f.i when it is printable ASCII
// without escapes, consuming it.
func (f *Fast) plain() []byte {
	if f.bad {
		return nil
	}
	f.ws()
	if f.i >= len(f.b) || f.b[f.i] != '"' {
		f.bad = true
		return nil
	}
	start := f.i + 1
	for j := start; j < len(f.b); j++ {
		c := f.b[j]
		if c == '"' {
			f.i = j + 1
			return f.b[start:j:j]
		}
		if c == '\\' || c < 0x20 || c >= 0x80 {
			break
		}
	}
	f.bad = true
	return nil
}

// Key reads a member's name and the colon after it.
func (f *Fast) Key() []byte {
	k := f.plain()
	f.ws()
	if f.bad || f.i >= len(f.b) || f.b[f.i] != ':' {
		f.bad = true
		return nil
	}
	f.i++
	f.ws()
	f.open = false
	return k
}

// Str reads a string of printable ASCII without escapes and returns its
// inside (aliasing the document).
func (f *Fast) Str() []byte {
	s := f.plain()
	f.open = false
	return s
}

// String reads a string as Str does and returns a copy.
func (f *Fast) String() string { return string(f.Str()) }

// Instant reads a string holding an RFC 3339 instant (ParseInstant).
func (f *Fast) Instant() time.Time {
	s := f.Str()
	if f.bad {
		return time.Time{}
	}
	t, err := ParseInstant(string(s))
	if err != nil {
		f.bad = true
		return time.Time{}
	}
	return t
}

// Int reads a whole number (the JSON grammar's: no plus sign, no leading
// zero) that fits bits bits.
func (f *Fast) Int(bits int) int64 {
	if f.bad {
		return 0
	}
	f.ws()
	f.open = false
	j := f.i
	neg := j < len(f.b) && f.b[j] == '-'
	if neg {
		j++
	}
	start := j
	var n uint64
	for j < len(f.b) && f.b[j] >= '0' && f.b[j] <= '9' {
		if j-start >= 18 { // keep within uint64; longer numbers take the slow path
			f.bad = true
			return 0
		}
		n = n*10 + uint64(f.b[j]-'0')
		j++
	}
	if j == start || (f.b[start] == '0' && j-start > 1) || (j < len(f.b) && !isNumberEnd(f.b[j])) {
		f.bad = true
		return 0
	}
	limit := uint64(1) << (bits - 1) // |min|; max is limit-1
	if (!neg && n >= limit) || (neg && n > limit) {
		f.bad = true
		return 0
	}
	f.i = j
	if neg {
		return -int64(n)
	}
	return int64(n)
}

// isNumberEnd reports whether c may follow a number.
func isNumberEnd(c byte) bool { return isSpace(c) || c == ',' || c == '}' || c == ']' }

// Bool reads true or false.
func (f *Fast) Bool() bool {
	if f.bad {
		return false
	}
	f.ws()
	f.open = false
	for _, lit := range [...]string{"true", "false"} {
		j := f.i + len(lit)
		if j <= len(f.b) && string(f.b[f.i:j]) == lit && (j == len(f.b) || isNumberEnd(f.b[j])) {
			f.i = j
			return lit == "true"
		}
	}
	f.bad = true
	return false
}

// Raw reads any value and returns its bytes as DecodeWith hands them to a
// json.Unmarshaler (structure checked, leaves not: the unmarshaler checks
// them). Null fails: DecodeWith refuses it for every field but a pointer.
func (f *Fast) Raw() []byte {
	if f.bad {
		return nil
	}
	f.ws()
	f.open = false
	e, ok := skipValue(f.b, f.i)
	if !ok || (f.b[f.i] == 'n' && string(f.b[f.i:e]) == "null") {
		f.bad = true
		return nil
	}
	if c := f.b[f.i]; c != '{' && c != '[' && c != '"' && !structureOK(f.b[f.i:e]) {
		f.bad = true
		return nil
	}
	start := f.i
	f.i = e
	return f.b[start:e:e]
}

// Enum reads a string that must be one of values, a closed set of names
// (an author, a reason, a device lock), and returns that value without
// allocating; any other string fails the scan, and the strict decoder
// then decides (it refuses the name, or accepts a form Enum does not
// read).
func Enum[T ~string](f *Fast, values ...T) T {
	s := f.Str()
	for _, v := range values {
		if string(s) == string(v) {
			return v
		}
	}
	f.Fail()
	return ""
}
