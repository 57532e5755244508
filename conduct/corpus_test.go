package conduct

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

type corpusLine struct {
	ID       string `json:"id"`
	Lang     string `json:"lang"`
	Set      string `json:"set,omitempty"` // "holdout": written after the rules were frozen
	Text     string `json:"text"`
	Findings []struct {
		Kind Kind   `json:"kind"`
		Text string `json:"text"`
	} `json:"findings"`
}

func readCorpus(t testing.TB) []corpusLine {
	t.Helper()
	f, err := os.Open("testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusLine
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var l corpusLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("corpus line %d: %v", n, err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// allKinds forbids every kind, citing a test clause.
func allKinds() Rules {
	var r Rules
	for _, k := range Kinds() {
		r.Contact = append(r.Contact, ContactRule{Kind: k, Clause: "test §" + string(k)})
	}
	return r
}

// TestCorpusPrecisionRecall screens the labelled corpus and requires
// precision and recall of at least 0.95, counting per finding: a found
// span is right when a labelled span of the same kind overlaps it; a
// labelled span is found when a found span of the same kind overlaps it.
func TestCorpusPrecisionRecall(t *testing.T) {
	lines := readCorpus(t)
	if len(lines) < 200 {
		t.Fatalf("corpus has %d messages, want at least 200", len(lines))
	}
	s, err := NewScreener(allKinds())
	if err != nil {
		t.Fatal(err)
	}
	type span struct {
		kind       Kind
		start, end int
	}
	var found, right, labelled, hit int
	perKind := map[Kind][4]int{} // found, right, labelled, hit
	clean := 0
	var hold [4]int // found, right, labelled, hit on the held-out lines
	for _, l := range lines {
		ho := l.Set == "holdout"
		var want []span
		for _, f := range l.Findings {
			i := strings.Index(l.Text, f.Text)
			if i < 0 {
				t.Fatalf("%s: labelled text %q not in message", l.ID, f.Text)
			}
			want = append(want, span{f.Kind, i, i + len(f.Text)})
		}
		if len(want) == 0 {
			clean++
		}
		res, err := s.Screen(l.Text)
		if err != nil {
			t.Fatalf("%s: %v", l.ID, err)
		}
		overlap := func(a, b span) bool { return a.kind == b.kind && a.start < b.end && b.start < a.end }
		for _, f := range res.Findings {
			g := span{f.Kind, f.Start, f.End}
			ok := false
			for _, w := range want {
				ok = ok || overlap(g, w)
			}
			found++
			if ho {
				hold[0]++
				if ok {
					hold[1]++
				}
			}
			c := perKind[f.Kind]
			c[0]++
			if ok {
				right++
				c[1]++
			} else {
				t.Logf("false positive %s: %s %q in %q", l.ID, f.Kind, f.Text, l.Text)
			}
			perKind[f.Kind] = c
		}
		for _, w := range want {
			ok := false
			for _, f := range res.Findings {
				ok = ok || overlap(span{f.Kind, f.Start, f.End}, w)
			}
			labelled++
			if ho {
				hold[2]++
				if ok {
					hold[3]++
				}
			}
			c := perKind[w.kind]
			c[2]++
			if ok {
				hit++
				c[3]++
			} else {
				t.Logf("missed %s: %s %q in %q", l.ID, w.kind, l.Text[w.start:w.end], l.Text)
			}
			perKind[w.kind] = c
		}
	}
	precision := float64(right) / float64(found)
	recall := float64(hit) / float64(labelled)
	t.Logf("corpus: %d messages (%d clean), %d labelled findings, %d found", len(lines), clean, labelled, found)
	t.Logf("precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, right, found, recall, hit, labelled)
	t.Logf("held-out lines only: precision %.3f (%d/%d), recall %.3f (%d/%d)",
		float64(hold[1])/float64(max(hold[0], 1)), hold[1], hold[0], float64(hold[3])/float64(max(hold[2], 1)), hold[3], hold[2])
	for _, k := range Kinds() {
		c := perKind[k]
		t.Logf("  %-9s found %3d right %3d labelled %3d hit %3d", k, c[0], c[1], c[2], c[3])
	}
	if clean*10 < len(lines)*4 || clean*10 > len(lines)*6 {
		t.Errorf("corpus has %d clean messages out of %d, want about half", clean, len(lines))
	}
	if precision < 0.95 {
		t.Errorf("precision %.3f below 0.95", precision)
	}
	if recall < 0.95 {
		t.Errorf("recall %.3f below 0.95", recall)
	}
}
