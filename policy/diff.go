package policy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// Change is one clause that differs between two policies: its path in the
// policy JSON, with list elements named by their identifying field where
// they have one ("sla.targets[kind=complaint].hours") and by index
// otherwise ("warranty.conformity.regimes[2].months"), and its old and new
// values as compact JSON. Old is empty when the clause is new, New when it
// was removed. The zero Change is empty.
type Change struct {
	Path string          `json:"path"`
	Old  json.RawMessage `json:"old,omitempty"`
	New  json.RawMessage `json:"new,omitempty"`
}

// String returns "path: old → new" ("(none)" for a missing side).
func (c Change) String() string {
	o, n := string(c.Old), string(c.New)
	if o == "" {
		o = "(none)"
	}
	if n == "" {
		n = "(none)"
	}
	return fmt.Sprintf("%s: %s → %s", c.Path, o, n)
}

// identityKeys are the fields that name an element of a list, tried in
// order: the first one every element of both lists has, as a distinct
// string, names them.
var identityKeys = []string{"kind", "name", "ground", "trigger", "what", "team", "fact", "id"}

// Diff lists the clauses that differ between a and b, comparing their
// schema-2 JSON encodings leaf by leaf, in a stable order: the fields in
// declaration order (a's order, then fields only b has), list elements in
// a's order then those only b has. Identical policies give none. The schema
// version is not a clause (a schema-1 policy and its schema-2 form do not
// differ). A policy that cannot be encoded gives one change at path "".
func Diff(a, b Policy) []Change {
	a.Schema, b.Schema = SchemaVersion, SchemaVersion
	ea, errA := Encode(a)
	eb, errB := Encode(b)
	if errA != nil || errB != nil {
		return []Change{{Path: "", Old: json.RawMessage(strconv.Quote(fmt.Sprint(errA))), New: json.RawMessage(strconv.Quote(fmt.Sprint(errB)))}}
	}
	na, errA := parseNode(ea)
	nb, errB := parseNode(eb)
	if errA != nil || errB != nil {
		return []Change{{Path: "", Old: json.RawMessage(strconv.Quote(fmt.Sprint(errA))), New: json.RawMessage(strconv.Quote(fmt.Sprint(errB)))}}
	}
	var out []Change
	diffNode("", na, nb, &out)
	return out
}

// node is a parsed JSON value that keeps the order of object keys.
type node struct {
	keys []string // object keys in order; nil for a non-object
	obj  map[string]*node
	arr  []*node // for an array (isArr)
	arrT bool
	raw  json.RawMessage // compact text of the whole value
}

func parseNode(data []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return readNode(dec)
}

func readNode(dec *json.Decoder) (*node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	n := &node{}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n.obj = map[string]*node{}
			n.keys = []string{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := readNode(dec)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k)
				n.obj[k] = v
			}
		case '[':
			n.arrT = true
			for dec.More() {
				v, err := readNode(dec)
				if err != nil {
					return nil, err
				}
				n.arr = append(n.arr, v)
			}
		}
		if _, err := dec.Token(); err != nil { // closing delimiter
			return nil, err
		}
	}
	if n.obj == nil && !n.arrT {
		b, err := json.Marshal(tok)
		if err != nil {
			return nil, err
		}
		if num, ok := tok.(json.Number); ok {
			b = []byte(num.String())
		}
		n.raw = b
	}
	return n, nil
}

// text returns the compact JSON of n.
func (n *node) text() json.RawMessage {
	if n == nil {
		return nil
	}
	if n.raw != nil {
		return n.raw
	}
	var b bytes.Buffer
	n.write(&b)
	return b.Bytes()
}

func (n *node) write(w io.Writer) {
	switch {
	case n.obj != nil:
		io.WriteString(w, "{")
		for i, k := range n.keys {
			if i > 0 {
				io.WriteString(w, ",")
			}
			kb, _ := json.Marshal(k)
			w.Write(kb)
			io.WriteString(w, ":")
			n.obj[k].write(w)
		}
		io.WriteString(w, "}")
	case n.arrT:
		io.WriteString(w, "[")
		for i, e := range n.arr {
			if i > 0 {
				io.WriteString(w, ",")
			}
			e.write(w)
		}
		io.WriteString(w, "]")
	default:
		w.Write(n.raw)
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func diffNode(path string, a, b *node, out *[]Change) {
	switch {
	case a == nil && b == nil:
		return
	case a == nil || b == nil:
		*out = append(*out, Change{Path: path, Old: a.text(), New: b.text()})
	case a.obj != nil && b.obj != nil:
		for _, k := range a.keys {
			diffNode(join(path, k), a.obj[k], b.obj[k], out)
		}
		for _, k := range b.keys {
			if _, ok := a.obj[k]; !ok {
				diffNode(join(path, k), nil, b.obj[k], out)
			}
		}
	case a.arrT && b.arrT:
		diffList(path, a.arr, b.arr, out)
	default:
		ta, tb := a.text(), b.text()
		if !bytes.Equal(ta, tb) {
			*out = append(*out, Change{Path: path, Old: ta, New: tb})
		}
	}
}

// diffList matches the elements of two lists by their identifying field
// when they have one, by index otherwise.
func diffList(path string, a, b []*node, out *[]Change) {
	key := identity(a, b)
	if key == "" {
		for i := 0; i < max(len(a), len(b)); i++ {
			var x, y *node
			if i < len(a) {
				x = a[i]
			}
			if i < len(b) {
				y = b[i]
			}
			diffNode(path+"["+strconv.Itoa(i)+"]", x, y, out)
		}
		return
	}
	id := func(n *node) string {
		var s string
		_ = json.Unmarshal(n.obj[key].raw, &s)
		return s
	}
	inB := make(map[string]*node, len(b))
	for _, y := range b {
		inB[id(y)] = y
	}
	seen := make(map[string]bool, len(a))
	for _, x := range a {
		k := id(x)
		seen[k] = true
		diffNode(path+"["+key+"="+k+"]", x, inB[k], out)
	}
	for _, y := range b {
		if k := id(y); !seen[k] {
			diffNode(path+"["+key+"="+k+"]", nil, y, out)
		}
	}
}

// identity returns the first identity key that every element of a and b
// has as a string, distinct within each list; "" when none.
func identity(a, b []*node) string {
	if len(a)+len(b) == 0 {
		return ""
	}
next:
	for _, k := range identityKeys {
		for _, list := range [][]*node{a, b} {
			seen := map[string]bool{}
			for _, n := range list {
				if n.obj == nil {
					return ""
				}
				v, ok := n.obj[k]
				if !ok || v.raw == nil || len(v.raw) == 0 || v.raw[0] != '"' {
					continue next
				}
				s := string(v.raw)
				if seen[s] {
					continue next
				}
				seen[s] = true
			}
		}
		return k
	}
	return ""
}
