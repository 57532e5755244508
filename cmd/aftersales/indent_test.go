package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIndentCompactIsJSONIndent: the fast indenter writes what
// json.Indent writes, on every recorded answer and on tricky strings.
func TestIndentCompactIsJSONIndent(t *testing.T) {
	inputs := map[string][]byte{
		"empty object":          []byte(`{}`),
		"empty array in object": []byte(`{"a":[],"b":{},"c":[{}]}`),
		"escapes":               []byte(`{"a\"b":"c\\","d":"{[,:]}","e":"\\\""}`),
		"nested":                []byte(`[1,[2,[3,{"x":null}]],true,"s"]`),
		"scalar":                []byte(`"x"`),
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	more, _ := filepath.Glob(filepath.Join("servedata", "examples", "*.response.json"))
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c bytes.Buffer
		if err := json.Compact(&c, b); err != nil {
			continue // replay's stream is not one object
		}
		inputs[f] = c.Bytes()
	}
	if len(inputs) < 20 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	for name, in := range inputs {
		var want bytes.Buffer
		if err := json.Indent(&want, in, "", "  "); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(want.String(), string(indentCompact(nil, in))); diff != "" {
			t.Errorf("%s (-json.Indent +indentCompact):\n%s", name, diff)
		}
	}
}

// FuzzIndentCompact: on any value encoding/json writes, the fast
// indenter agrees with json.Indent.
func FuzzIndentCompact(f *testing.F) {
	f.Add([]byte(`{"a":[1,2,{"b":"c\"d"}],"e":{}}`))
	f.Add([]byte(`["\\",[],{}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var v any
		if json.Unmarshal(data, &v) != nil {
			return
		}
		in, err := json.Marshal(v)
		if err != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, in, "", "  "); err != nil {
			t.Fatal(err)
		}
		if got := indentCompact(nil, in); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s:\njson.Indent %s\nindentCompact %s", in, want.Bytes(), got)
		}
	})
}

// TestIndentCompactAllocs: with room in dst, indenting allocates nothing.
func TestIndentCompactAllocs(t *testing.T) {
	in := []byte(`{"a":[1,2,{"b":"c\"d"}],"e":{},"f":"g"}`)
	dst := make([]byte, 0, 4*len(in))
	if n := testing.AllocsPerRun(100, func() { dst = indentCompact(dst[:0], in) }); n != 0 {
		t.Errorf("%v allocations a run, want 0", n)
	}
}
