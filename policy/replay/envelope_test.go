package replay

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The reference is strictCase: the envelope decoded by the strict
// decoder alone.

func envelopeLines() [][]byte {
	lines := bytes.Split(shardCorpus(300), []byte("\n"))
	return append(lines,
		[]byte(`{}`),
		[]byte(`{}0`),
		[]byte(`{"id":"a","kind":"deadline","input":{}}}`),
		[]byte(` {"id":"a","kind":"deadline","input":{}} `),
		[]byte(`{"id":"a","id":"b","kind":"deadline","input":{}}`),
		[]byte(`{"id":"a","kind":"deadline","input":null}`),
		[]byte(`{"id":"a","kind":"deadline","input":1 2}`),
		[]byte(`{"id":"a","kind":"deadline","input":[1]}`),
		[]byte(`{"id":"a","kind":"deadline","input":{"a":tru}}`),
		[]byte(`{"id":"a","kind":"deadline","input":{}} x`),
		[]byte(`{"id":"a\u0062","kind":"deadline","input":{}}`),
		[]byte(`{"id":"é","kind":"deadline","input":{}}`),
		[]byte(`{"id":1,"kind":"deadline","input":{}}`),
		[]byte(`{"id":"a","kind":"deadline","input":{},"other":1}`),
		[]byte(`{"id":"a","kind":"deadline","input":{},"expect":{"decision":"due"}}`),
		[]byte(`{"id":"a","kind":"deadline","policy":"opisto","group":"o1","input":{"x":"}"}}`),
		[]byte(`{"id":"a","kind":"deadline","input":{},}`),
		[]byte(`{"id":"a" "kind":"deadline"}`),
		[]byte(`{"id":"a","kind":"deadline","input":{"a":[}]}}`),
	)
}

// TestDecodeEnvelopeFast checks that whenever the one-scan envelope
// decoder answers, the strict decoder gives the same case without error,
// and that DecodeCase equals the strict path on every line.
func TestDecodeEnvelopeFast(t *testing.T) {
	fast := 0
	for _, l := range envelopeLines() {
		checkEnvelope(t, l)
		if _, ok := decodeEnvelopeFast(l, true); ok {
			fast++
		}
	}
	if fast < 300 {
		t.Errorf("fast path taken on %d lines only", fast)
	}
}

func checkEnvelope(t *testing.T, l []byte) {
	t.Helper()
	want, werr := strictCase(l)
	if got, ok := decodeEnvelopeFast(l, true); ok {
		if werr != nil {
			t.Fatalf("%s: fast path accepts, strict decoder says %v", l, werr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s: (-strict +fast):\n%s", l, diff)
		}
	}
	if werr != nil {
		if _, err := DecodeCase(l); err == nil || err.Error() != werr.Error() {
			t.Fatalf("%s: DecodeCase err = %v, strict %v", l, err, werr)
		}
	}
}

func FuzzDecodeEnvelopeFast(f *testing.F) {
	for _, l := range envelopeLines()[290:] {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l []byte) { checkEnvelope(t, l) })
}
