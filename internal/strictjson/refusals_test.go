package strictjson

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

// TestRefusesNumbersTheGrammarForbids: strconv alone takes "+1" and "01";
// JSON does not.
func TestRefusesNumbersTheGrammarForbids(t *testing.T) {
	type doc struct {
		N int  `json:"n"`
		U uint `json:"u"`
	}
	tests := []struct {
		name, in, want string
	}{
		{"plus sign", `{"n":+1}`, "n: want a whole number, got +1"},
		{"leading zero", `{"n":01}`, "n: want a whole number, got 01"},
		{"negative leading zero", `{"n":-01}`, "n: want a whole number, got -01"},
		{"underscore", `{"n":1_4}`, "n: want a whole number, got 1_4"},
		{"hex", `{"n":0x10}`, "n: want a whole number, got 0x10"},
		{"exponent", `{"n":1e2}`, "n: want a whole number, got 1e2"},
		{"lone minus", `{"n":-}`, "n: want a whole number, got -"},
		{"unsigned negative", `{"u":-1}`, "u: want a whole number from 0, got -1"},
		{"unsigned plus", `{"u":+1}`, "u: want a whole number from 0, got +1"},
		{"too large", `{"n":9223372036854775808}`, "n: want a whole number that fits int, got 9223372036854775808"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var d doc
			err := Decode([]byte(tc.in), &d)
			if err == nil {
				t.Fatalf("accepted %s as %+v", tc.in, d)
			}
			if diff := cmp.Diff(tc.want, err.Error()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	var d doc
	if err := Decode([]byte(`{"n":-0,"u":0}`), &d); err != nil {
		t.Errorf("-0 and 0 are JSON integers: %v", err)
	}
	if err := Decode([]byte(`{"n":-9223372036854775808,"u":18446744073709551615}`), &d); err != nil || d.N != -9223372036854775808 || d.U != 18446744073709551615 {
		t.Errorf("extremes: %v %+v", err, d)
	}
}

// TestRefusesInvalidUTF8 names the field instead of replacing the bytes
// with U+FFFD.
func TestRefusesInvalidUTF8(t *testing.T) {
	type inner struct {
		S string `json:"s"`
		A any    `json:"a"`
	}
	type doc struct {
		In []inner `json:"in"`
	}
	tests := []struct {
		name string
		in   []byte
		path string
	}{
		{"in a string", []byte("{\"in\":[{\"s\":\"ok\"},{\"s\":\"caf\xe9\"}]}"), "in[1].s"},
		{"overlong", []byte("{\"in\":[{\"s\":\"\xc0\xaf\"}]}"), "in[0].s"},
		{"in an any", []byte("{\"in\":[{\"a\":\"\xff\"}]}"), "in[0].a"},
		{"in a key", []byte("{\"in\":[{\"\xff\":1}]}"), "in[0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var d doc
			err := Decode(tc.in, &d)
			var fe *field.Error
			if !errors.As(err, &fe) {
				t.Fatalf("Decode = %v, want a *field.Error", err)
			}
			if fe.Path != tc.path || !strings.Contains(fe.Error(), "UTF-8") {
				t.Errorf("error %q at %q, want UTF-8 at %q", fe.Error(), fe.Path, tc.path)
			}
		})
	}
	var d doc
	if err := Decode([]byte(`{"in":[{"s":"café \u00e9 ✓"}]}`), &d); err != nil || d.In[0].S != "café é ✓" {
		t.Errorf("valid UTF-8: %v %q", err, d.In[0].S)
	}
}

// TestRefusesDuplicateFieldsInLargeObjectsInLinearTime: duplicate
// detection switches to a set past 16 keys; the duplicate is still found.
func TestRefusesDuplicateFieldsInLargeObjects(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	const n = 50_000
	for i := range n {
		b.WriteString(`"k` + strconv.Itoa(i) + `":1,`)
	}
	b.WriteString(`"k7":2}`)
	var m map[string]int
	err := Decode([]byte(b.String()), &m)
	if err == nil || err.Error() != "k7: duplicate field" {
		t.Fatalf("Decode = %v, want k7: duplicate field", err)
	}
}

// TestRefusesOffsetsOf24Hours: RFC 3339 hours are 00–23, in offsets too.
func TestRefusesOffsetsOf24Hours(t *testing.T) {
	type doc struct {
		At time.Time `json:"at"`
	}
	for _, s := range []string{"2026-01-01T10:00:00+24:00", "2026-01-01T10:00:00-24:00", "2026-01-01T10:00:00+99:00", "2026-01-01 10:00:00Z", "2026-01-01", "10000-01-01T00:00:00Z"} {
		var d doc
		err := Decode([]byte(`{"at":"`+s+`"}`), &d)
		var fe *field.Error
		if !errors.As(err, &fe) || fe.Path != "at" {
			t.Errorf("%s: Decode = %v, want an error at \"at\"", s, err)
		}
	}
	for _, s := range []string{"2026-01-01T10:00:00+23:59", "2026-01-01T10:00:00Z", "2026-01-01T10:00:00.5-05:00", "0000-01-01T00:00:00Z"} {
		var d doc
		if err := Decode([]byte(`{"at":"`+s+`"}`), &d); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	if err := Decode([]byte(`{"at":null}`), &doc{}); err == nil {
		t.Error("null instant accepted")
	}
}

// TestRefusesWhitespaceJSONDoesNotHave: only space, tab, line feed and
// carriage return may surround a JSON value (found by FuzzDecode: "{}\f"
// was accepted).
func TestRefusesWhitespaceJSONDoesNotHave(t *testing.T) {
	type doc struct {
		A int `json:"a"`
	}
	for _, in := range []string{"{}\f", "\v{}", "{}\u00a0", "\u0085{}", "{\"a\":1}\f"} {
		if err := Decode([]byte(in), &doc{}); err == nil {
			t.Errorf("Decode(%q) accepted", in)
		}
	}
	if err := Decode([]byte(" \t\r\n{\"a\":1} \t\r\n"), &doc{}); err != nil {
		t.Errorf("JSON whitespace refused: %v", err)
	}
}
