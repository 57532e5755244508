package replay

import (
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// AppendJSON appends the JSON encoding of c to dst: exactly what
// json.Marshal(c) writes, byte for byte (TestAppendJSONMatchesMarshal,
// FuzzAppendJSON), without reflection. A replay's JSON output is mostly
// changed cases: the command line writes them with it. Its errors are
// json.Marshal's (an amount without a currency, an instant outside years
// 0 to 9999).
func (c CaseChange) AppendJSON(dst []byte) ([]byte, error) {
	b := append(dst, `{"line":`...)
	b = strconv.AppendInt(b, int64(c.Line), 10)
	if c.ID != "" {
		b = appendMember(b, "id", c.ID)
	}
	if c.Kind != "" {
		b = appendMember(b, "kind", string(c.Kind))
	}
	if len(c.Changes) > 0 {
		b = append(b, `,"changes":[`...)
		for i, ch := range c.Changes {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, string(ch))
		}
		b = append(b, ']')
	}
	if c.Diff != "" {
		b = appendMember(b, "diff", c.Diff)
	}
	var err error
	for _, o := range [...]struct {
		name string
		o    *Outcome
	}{{"from", c.From}, {"to", c.To}} {
		if o.o == nil {
			continue
		}
		b = append(b, ',', '"')
		b = append(b, o.name...)
		b = append(b, `":`...)
		if b, err = o.o.appendJSON(b); err != nil {
			return dst, err
		}
	}
	if c.Error != "" {
		b = appendMember(b, "error", c.Error)
	}
	return append(b, '}'), nil
}

// appendJSON appends o as json.Marshal writes it.
func (o *Outcome) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"kind":`...)
	b = appendJSONString(b, string(o.Kind))
	b = append(b, `,"decision":`...)
	b = appendJSONString(b, string(o.Decision))
	var keys [16]string
	if len(o.Instants) > 0 {
		b = append(b, `,"instants":{`...)
		for i, k := range sortedKeys(keys[:0], o.Instants) {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, k)
			b = append(b, ':')
			t := o.Instants[k]
			if _, off := t.Zone(); t.Year() < 0 || t.Year() > 9999 || off <= -24*3600 || off >= 24*3600 {
				tb, err := t.MarshalJSON() // its error
				if err != nil {
					return b, err
				}
				b = append(b, tb...)
				continue
			}
			b = append(b, '"')
			b = t.AppendFormat(b, time.RFC3339Nano)
			b = append(b, '"')
		}
		b = append(b, '}')
	}
	if len(o.Values) > 0 {
		b = append(b, `,"values":{`...)
		for i, k := range sortedKeys(keys[:0], o.Values) {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, k)
			b = append(b, ':')
			b = appendJSONString(b, o.Values[k])
		}
		b = append(b, '}')
	}
	if len(o.Money) > 0 {
		b = append(b, `,"money":{`...)
		for i, k := range sortedKeys(keys[:0], o.Money) {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, k)
			b = append(b, ':')
			var err error
			if b, err = o.Money[k].AppendJSON(b); err != nil {
				return b, err
			}
		}
		b = append(b, '}')
	}
	if len(o.Clauses) > 0 {
		b = append(b, `,"clauses":[`...)
		for i, cl := range o.Clauses {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, cl)
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// sortedKeys appends the keys of m to dst, sorted as encoding/json sorts
// them.
func sortedKeys[V any](dst []string, m map[string]V) []string {
	for k := range m {
		dst = append(dst, k)
	}
	slices.Sort(dst)
	return dst
}

// appendMember appends ,"name":"value".
func appendMember(b []byte, name, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":`...)
	return appendJSONString(b, value)
}

// appendJSONString appends s as encoding/json writes a string (with its
// HTML escaping): quote and backslash escaped, \b \f \n \r \t by name,
// other control bytes and <, >, & as \u00XX, invalid UTF-8 as \ufffd,
// U+2028 and U+2029 as \u2028 and \u2029.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
