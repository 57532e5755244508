package langid

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the accuracy table in README.md")

type corpusEntry struct {
	Text string   `json:"text"`
	Lang string   `json:"lang"`
	Tags []string `json:"tags"`
}

func loadCorpus(t testing.TB) []corpusEntry {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusEntry
	for i, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var e corpusEntry
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("corpus line %d: %v", i+1, err)
		}
		if e.Text == "" || !knownLang(e.Lang) {
			t.Fatalf("corpus line %d: empty text or unknown lang %q", i+1, e.Lang)
		}
		for _, tag := range e.Tags {
			if tag != "short" && tag != "mixed" && tag != "product" {
				t.Fatalf("corpus line %d: unknown tag %q", i+1, tag)
			}
		}
		if short := utf8.RuneCountInString(e.Text) < 40; short != hasTag(e, "short") {
			t.Fatalf("corpus line %d: tag short is %v, text has %d characters", i+1, !short, utf8.RuneCountInString(e.Text))
		}
		out = append(out, e)
	}
	return out
}

func knownLang(l string) bool {
	for _, x := range Languages() {
		if x == l {
			return true
		}
	}
	return false
}

func hasTag(e corpusEntry, tag string) bool {
	for _, x := range e.Tags {
		if x == tag {
			return true
		}
	}
	return false
}

// TestCorpusNotInTraining keeps the test corpus honest: no message of it
// appears in the training texts.
func TestCorpusNotInTraining(t *testing.T) {
	corpus := loadCorpus(t)
	if len(corpus) < 500 {
		t.Fatalf("corpus has %d messages, want at least 500", len(corpus))
	}
	per := map[string]int{}
	for _, e := range corpus {
		per[e.Lang]++
		b, err := os.ReadFile(filepath.Join("training", e.Lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), e.Text) {
			t.Errorf("corpus message %q is in training/%s.txt", e.Text, e.Lang)
		}
	}
	for _, l := range Languages() {
		if per[l] < 20 {
			t.Errorf("corpus has %d messages in %s, want at least 20", per[l], l)
		}
	}
}

type tally struct{ ok, n, undetermined int }

func (t *tally) add(correct, undetermined bool) {
	t.n++
	if correct {
		t.ok++
	}
	if undetermined {
		t.undetermined++
	}
}

func (t tally) acc() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.ok) / float64(t.n)
}

func (t tally) cell() string {
	if t.n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f (%d/%d)", t.acc(), t.ok, t.n)
}

// MinAccuracy40 is the accuracy the corpus must reach on messages of 40
// characters or more.
const MinAccuracy40 = 0.95

// TestCorpusAccuracy identifies every message of the labelled corpus and
// fails when the accuracy on messages of 40 characters or more falls below
// MinAccuracy40. The table it computes is the one in README.md (rewrite it
// with go test ./conduct/langid -run TestCorpusAccuracy -update).
func TestCorpusAccuracy(t *testing.T) {
	id, err := New()
	if err != nil {
		t.Fatal(err)
	}
	corpus := loadCorpus(t)
	type row struct{ short, long, all tally }
	per := map[string]*row{}
	var short, long, all, mixed, product tally
	confusion := map[string]int{}
	for _, e := range corpus {
		r := id.Identify(e.Text)
		ok := r.Lang == e.Lang
		und := r.Lang == ""
		if per[e.Lang] == nil {
			per[e.Lang] = &row{}
		}
		p := per[e.Lang]
		if hasTag(e, "short") {
			short.add(ok, und)
			p.short.add(ok, und)
		} else {
			long.add(ok, und)
			p.long.add(ok, und)
		}
		all.add(ok, und)
		p.all.add(ok, und)
		if hasTag(e, "mixed") {
			mixed.add(ok, und)
		}
		if hasTag(e, "product") {
			product.add(ok, und)
		}
		if !ok && !und {
			confusion[e.Lang+" → "+r.Lang]++
			t.Logf("%s read as %s (%.2f): %q", e.Lang, r.Lang, r.Confidence, e.Text)
		}
	}
	var b strings.Builder
	b.WriteString("| language | < 40 characters | ≥ 40 characters | all |\n|---|---|---|---|\n")
	for _, l := range Languages() {
		p := per[l]
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", l, p.short.cell(), p.long.cell(), p.all.cell())
	}
	fmt.Fprintf(&b, "| **all** | %s | %s | %s |\n\n", short.cell(), long.cell(), all.cell())
	fmt.Fprintf(&b, "Short messages left undetermined (fewer than %d letters once cleaned): %d of %d. ", MinLetters, short.undetermined, short.n)
	fmt.Fprintf(&b, "Mixed-language messages (label = dominant language): %s. Messages with product names: %s.\n", mixed.cell(), product.cell())
	if len(confusion) > 0 {
		b.WriteString("\nErrors (expected → identified): ")
		var keys []string
		for k := range confusion {
			keys = append(keys, k)
		}
		sortStrings(keys)
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s ×%d", k, confusion[k])
		}
		b.WriteString(".\n")
	}
	table := b.String()
	t.Logf("\n%s", table)
	if long.acc() < MinAccuracy40 {
		t.Errorf("accuracy on messages of 40 characters or more is %.3f, want at least %.2f", long.acc(), MinAccuracy40)
	}
	checkReadme(t, table)
}

const (
	tableBegin = "<!-- accuracy:begin (generated by TestCorpusAccuracy -update) -->\n"
	tableEnd   = "<!-- accuracy:end -->"
)

func checkReadme(t *testing.T, table string) {
	t.Helper()
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, tableBegin)
	j := strings.Index(s, tableEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md has no accuracy markers")
	}
	if got := s[i+len(tableBegin) : j]; got != table {
		if *update {
			s = s[:i+len(tableBegin)] + table + s[j:]
			if err := os.WriteFile("README.md", []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("README.md accuracy table is stale (run go test ./conduct/langid -run TestCorpusAccuracy -update):\n got:\n%s\nwant:\n%s", got, table)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
