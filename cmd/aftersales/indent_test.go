package main

import (
	"bytes"
	"encoding/json"
	"fmt"
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

// objectMembersRef is the slow reference of objectMembers: the members
// read token by token with encoding/json's decoder.
func objectMembersRef(v any) ([]member, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("%T does not encode as a JSON object", v)
	}
	var out []member
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		k, _ := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		out = append(out, member{k, raw})
	}
	return out, nil
}

// TestObjectMembersIsTheReference: the one-scan split gives the members
// the decoder gives, on every recorded answer and on tricky keys.
func TestObjectMembersIsTheReference(t *testing.T) {
	inputs := []string{`{}`, `{"a":1}`, `{"a\"b":{"c":[1,{"d":"}"}]},"e\\u00e9":"\\\\","<&>":null}`}
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	more, _ := filepath.Glob(filepath.Join("servedata", "examples", "*.response.json"))
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if json.Valid(b) && bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
			inputs = append(inputs, string(b))
		}
	}
	if len(inputs) < 20 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	for _, in := range inputs {
		checkMembers(t, json.RawMessage(in))
	}
}

func checkMembers(t *testing.T, v any) {
	t.Helper()
	want, werr := objectMembersRef(v)
	got, gerr := objectMembers(v)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("%v: error %v, reference %v", v, gerr, werr)
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(member{})); diff != "" {
		t.Errorf("(-reference +objectMembers):\n%s", diff)
	}
}

// FuzzObjectMembers: on any JSON object, the split agrees with the
// decoder.
func FuzzObjectMembers(f *testing.F) {
	f.Add(`{"a":[1,"]"],"b\"":{"c":{}}}`)
	f.Add(`{"\u2028":"\\"}`)
	f.Fuzz(func(t *testing.T, s string) {
		var m map[string]json.RawMessage
		if json.Unmarshal([]byte(s), &m) != nil {
			return
		}
		checkMembers(t, json.RawMessage(s))
	})
}
