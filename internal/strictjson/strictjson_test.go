package strictjson

import (
	"strings"
	"testing"

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
		if err != nil && err.Error() == "" {
			t.Fatal("empty error message")
		}
	})
}
