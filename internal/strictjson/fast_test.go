package strictjson

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fastProbe is a struct of every kind Fast reads.
type fastProbe struct {
	S   string          `json:"s"`
	N   int             `json:"n"`
	N8  int8            `json:"n8"`
	B   bool            `json:"b"`
	T   time.Time       `json:"t"`
	L   []string        `json:"l"`
	Sub *fastProbe      `json:"sub"`
	Raw json.RawMessage `json:"raw"`
}

var probePlan = PlanOf((*fastProbe)(nil))

// probeFast decodes a fastProbe with Fast, as a hand-written fast path
// would.
func probeFast(f *Fast) *fastProbe {
	var p fastProbe
	var seen uint64
	f.Enter('{')
	for f.More('}') {
		switch string(f.Key()) {
		case "s":
			f.Once(&seen, 0)
			p.S = f.String()
		case "n":
			f.Once(&seen, 1)
			p.N = int(f.Int(64))
		case "n8":
			f.Once(&seen, 2)
			p.N8 = int8(f.Int(8))
		case "b":
			f.Once(&seen, 3)
			p.B = f.Bool()
		case "t":
			f.Once(&seen, 4)
			p.T = f.Instant()
		case "l":
			f.Once(&seen, 5)
			p.L = []string{}
			f.Enter('[')
			for f.More(']') {
				p.L = append(p.L, f.String())
			}
		case "sub":
			f.Once(&seen, 6)
			p.Sub = probeFast(f)
		case "raw":
			f.Once(&seen, 7)
			p.Raw = append(json.RawMessage(nil), f.Raw()...)
		default:
			f.Fail()
		}
	}
	return &p
}

func checkFast(t *testing.T, doc string) bool {
	t.Helper()
	f := NewFast([]byte(doc))
	got := probeFast(&f)
	if !f.Done() {
		return false
	}
	var want fastProbe
	if err := DecodeWith(probePlan, []byte(doc), &want); err != nil {
		t.Fatalf("Fast accepts %q, DecodeWith refuses it: %v", doc, err)
	}
	if d := cmp.Diff(&want, got); d != "" {
		t.Fatalf("Fast reads %q differently (-DecodeWith +Fast):\n%s", doc, d)
	}
	return true
}

func TestFastAgreesWithDecodeWith(t *testing.T) {
	tests := []struct {
		doc  string
		fast bool
	}{
		{`{"s":"a b","n":-12,"n8":-128,"b":true,"t":"2026-03-29T01:30:00.5+01:00","l":["x","y"],"sub":{"n":0},"raw":{"a":[1,2]}}`, true},
		{" \t{ \"l\" : [ ] , \"raw\" : 1.5e3 }\r\n", true},
		{`{"raw":"x"}`, true},
		{`{}`, true},
		{`{"n8":128}`, false},
		{`{"n8":-129}`, false},
		{`{"n":9223372036854775807}`, false}, // too many digits for the fast path
		{`{"n":-0}`, true},
		{`{"n":01}`, false},
		{`{"n":1.0}`, false},
		{`{"n":+1}`, false},
		{`{"n":1e2}`, false},
		{`{"n":-}`, false},
		{`{"b":tru}`, false},
		{`{"b":truex}`, false},
		{`{"b":null}`, false},
		{`{"s":"a\nb"}`, false},
		{`{"s":"é"}`, false},
		{`{"s":"\u00e9"}`, false},
		{`{"\u0073":"x"}`, false},
		{`{"raw":null}`, false},
		{`{"raw":[1,}`, false},
		{`{"raw":tru}`, false},
		{`{"l":["x",]}`, false},
		{`{,}`, false},
		{`{"s":"x",}`, false},
		{`{"s":"x" "n":1}`, false},
		{`{"s" "x"}`, false},
		{`{"s":"x"}}`, false},
		{`{"s":"x"`, false},
		{`{"t":"2026-02-30T00:00:00Z"}`, false},
		{`{"t":"2026-03-29T01:30:00+24:00"}`, false},
		{`{"s":"x","s":"x"}`, false},
		{`[]`, false},
		{``, false},
	}
	for _, tt := range tests {
		if got := checkFast(t, tt.doc); got != tt.fast {
			t.Errorf("Fast took %q: %v, want %v", tt.doc, got, tt.fast)
		}
	}
}

func FuzzFast(f *testing.F) {
	f.Add(`{"s":"a b","n":-12,"n8":-128,"b":true,"t":"2026-03-29T01:30:00.5+01:00","l":["x","y"],"sub":{"n":0},"raw":{"a":[1,2]}}`)
	f.Add(`{"raw":[1,"2",{"3":null}],"b":false}`)
	f.Fuzz(func(t *testing.T, doc string) { checkFast(t, doc) })
}

func TestEnum(t *testing.T) {
	type color string
	tests := []struct {
		doc  string
		want color
		ok   bool
	}{
		{`"red"`, "red", true},
		{` "blue" `, "blue", true},
		{`"green"`, "", false}, // not among the values
		{`""`, "", false},
		{`"r\u0065d"`, "", false}, // escaped: the strict decoder's
		{`null`, "", false},
	}
	for _, tt := range tests {
		f := NewFast([]byte(tt.doc))
		got := Enum(&f, color("red"), color("blue"))
		if ok := f.Done(); got != tt.want || ok != tt.ok {
			t.Errorf("Enum(%s) = %q, %v; want %q, %v", tt.doc, got, ok, tt.want, tt.ok)
		}
	}
	doc := []byte(`"blue"`)
	if n := testing.AllocsPerRun(100, func() {
		f := NewFast(doc)
		Enum(&f, color("red"), color("blue"))
	}); n != 0 {
		t.Errorf("Enum: %v allocations, want 0", n)
	}
}
