package strictjson

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

type inner struct {
	A int      `json:"a"`
	B []string `json:"b,omitempty"`
}

type outer struct {
	Name  string           `json:"name"`
	In    inner            `json:"in"`
	List  []inner          `json:"list"`
	Ptr   *inner           `json:"ptr"`
	M     map[string]int   `json:"m"`
	Flag  bool             `json:"flag"`
	Skip  int              `json:"-"`
	Deep  map[string]inner `json:"deep"`
	NoTag int
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown top field", `{"nam":"x"}`, "nam: unknown field"},
		{"unknown nested field", `{"in":{"c":1}}`, "in.c: unknown field"},
		{"unknown in list", `{"list":[{"a":1},{"z":1}]}`, "list[1].z: unknown field"},
		{"wrong type", `{"in":{"a":"x"}}`, "in.a: want a whole number, got a string"},
		{"fraction for int", `{"in":{"a":1.5}}`, "in.a: want a whole number, got 1.5"},
		{"wrong type in map", `{"m":{"k":true}}`, "m.k: want a whole number, got a boolean"},
		{"string list wrong", `{"in":{"b":[1]}}`, "in.b[0]: want a string, got a number"},
		{"duplicate", `{"name":"a","name":"b"}`, "name: duplicate field"},
		{"trailing", `{} {}`, "unexpected data after the JSON value"},
		{"case sensitive", `{"Name":"x"}`, "Name: unknown field"},
		{"skip field", `{"Skip":1}`, "Skip: unknown field"},
		{"not object", `[1]`, "want an object, got a list"},
		{"empty", ``, "empty document"},
		{"null bool", `{"flag":null}`, "flag: want true or false, got null"},
		{"deep map struct", `{"deep":{"x":{"q":1}}}`, "deep.x.q: unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var o outer
			err := Decode([]byte(tt.in), &o)
			if err == nil {
				t.Fatalf("Decode(%s) = nil error, want %q", tt.in, tt.want)
			}
			if got := err.Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("Decode(%s) error = %q, want prefix %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecodeOK(t *testing.T) {
	var o outer
	in := `{"name":"n","in":{"a":2,"b":["x"]},"list":[{"a":1}],"ptr":{"a":3},"m":{"k":4},"flag":true,"NoTag":5}`
	if err := Decode([]byte(in), &o); err != nil {
		t.Fatal(err)
	}
	want := outer{Name: "n", In: inner{A: 2, B: []string{"x"}}, List: []inner{{A: 1}}, Ptr: &inner{A: 3}, M: map[string]int{"k": 4}, Flag: true, NoTag: 5}
	if d := cmp.Diff(want, o); d != "" {
		t.Errorf("mismatch (-want +got):\n%s", d)
	}
}

func TestAtNests(t *testing.T) {
	err := At("calendar", At("week.mon[0]", Errorf("", "end before start")))
	if got, want := err.Error(), "calendar.week.mon[0]: end before start"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`{"name":"n","in":{"a":2,"b":["x"]},"list":[{"a":1}],"ptr":{"a":3},"m":{"k":4}}`)
	f.Add(`{"in":{"a":1e99}}`)
	f.Add(`[`)
	f.Fuzz(func(t *testing.T, s string) {
		var o outer
		err := Decode([]byte(s), &o)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *field.Error", err)
			}
			return
		}
		// What strict decoding accepts is valid JSON, and decoding its
		// re-encoding gives the same value (a round trip).
		if !json.Valid([]byte(s)) || !utf8.ValidString(s) {
			t.Fatalf("accepted invalid JSON or UTF-8: %q", s)
		}
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		var back outer
		if err := Decode(b, &back); err != nil {
			t.Fatalf("re-encoding %s does not decode: %v", b, err)
		}
		if !reflect.DeepEqual(normalize(o), normalize(back)) {
			t.Fatalf("round trip changed the value:\n%+v\n%+v", o, back)
		}
	})
}

// normalize makes nil and empty collections equal for the round-trip
// comparison (omitempty writes neither).
func normalize(o outer) outer {
	if len(o.In.B) == 0 {
		o.In.B = nil
	}
	if len(o.List) == 0 {
		o.List = nil
	}
	for i := range o.List {
		if len(o.List[i].B) == 0 {
			o.List[i].B = nil
		}
	}
	if o.Ptr != nil && len(o.Ptr.B) == 0 {
		p := *o.Ptr
		p.B = nil
		o.Ptr = &p
	}
	if len(o.M) == 0 {
		o.M = nil
	}
	if len(o.Deep) == 0 {
		o.Deep = nil
	}
	for k, v := range o.Deep {
		if len(v.B) == 0 {
			v.B = nil
			o.Deep[k] = v
		}
	}
	return o
}
