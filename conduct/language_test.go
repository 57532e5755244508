package conduct

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct/langid"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

const testLangClause = "Swapiphone communication rules §Customer communication ¶1 (language of the market)"

func mustLanguageChecker(t testing.TB) LanguageChecker {
	t.Helper()
	c, err := NewLanguageChecker(testLangClause)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCheckLanguage(t *testing.T) {
	c := mustLanguageChecker(t)
	step := func(text string, args []any, facts ...explain.Fact) explain.Basis {
		return explain.Of(explain.Step{Rule: "conduct.language", Basis: testLangClause, Facts: facts, Text: text, Args: args})
	}
	facts := func(want, got string, conf float64) []explain.Fact {
		return []explain.Fact{explain.F("expected", want), explain.F("identified", got), explain.F("confidence", conf)}
	}
	tests := []struct {
		name, message, market string
		want                  LanguageCheck
	}{
		{
			name: "french reply on the French market", message: "Votre iPhone 13 Pro 128 Go est parti ce matin.", market: "fr",
			want: LanguageCheck{Language: "fr", Expected: "fr", Verdict: LanguageOK, Confidence: 1, Basis: step(textLangOK, []any{langName("fr")}, facts("fr", "fr", 1)...)},
		},
		{
			name: "english reply on the German market", message: "Thank you for your order, the parcel left our warehouse this morning.", market: "de-DE",
			want: LanguageCheck{Language: "en", Expected: "de", Verdict: LanguageWrong, Confidence: 1, Basis: step(textLangWrong, []any{langName("en"), langName("de")}, facts("de", "en", 1)...)},
		},
		{
			name: "too short is undetermined", message: "OK merci", market: "fr",
			want: LanguageCheck{Expected: "fr", Verdict: LanguageUndetermined, Basis: step(textLangShort, []any{5, 10}, explain.F("expected", "fr"))},
		},
		{
			name: "only a product and a reference", message: "Samsung Galaxy S23 Ultra CMD-2026-42", market: "pl",
			want: LanguageCheck{Expected: "pl", Verdict: LanguageUndetermined, Basis: step(textLangShort, []any{0, 10}, explain.F("expected", "pl"))},
		},
		{
			name: "norwegian market code no", message: "Hei, takk for meldingen, vi sender pakken i morgen.", market: "no",
			want: LanguageCheck{Language: "nb", Expected: "nb", Verdict: LanguageOK, Confidence: 0.996, Basis: step(textLangOK, []any{langName("nb")}, facts("nb", "nb", 0.996)...)},
		},
		{
			name: "mixed reply, partly in the market's language", message: "Dobar dan, thank you for the help, paket je jutros stigao bez problema.", market: "hr",
			want: LanguageCheck{Language: "en", Expected: "hr", Verdict: LanguageUndetermined, Confidence: 1, Basis: step(textLangMixed, []any{langName("en"), langName("hr"), 62}, append(facts("hr", "en", 1), explain.F("market_language_share_percent", 62))...)},
		},
		{
			name: "greek reply on the Bulgarian market", message: "Το δέμα σας στάλθηκε χθες το πρωί.", market: "bg",
			want: LanguageCheck{Language: "el", Expected: "bg", Verdict: LanguageWrong, Confidence: 1, Basis: step(textLangWrong, []any{langName("el"), langName("bg")}, facts("bg", "el", 1)...)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.Check(tt.message, tt.market)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check (-want +got):\n%s", diff)
			}
			if got.Breach() != (tt.want.Verdict == LanguageWrong) {
				t.Errorf("Breach() = %v for verdict %s", got.Breach(), got.Verdict)
			}
		})
	}
}

// TestCheckLanguageUncertainIsNoBreach: when another language leads
// without being reliable, the check is undetermined, never a breach.
func TestCheckLanguageUncertainIsNoBreach(t *testing.T) {
	c := mustLanguageChecker(t)
	for _, msg := range []string{"Hej tak", "Paket je poslan", "Dobrý den, díky", "Obrigado pela mensagem"} {
		for _, market := range []string{"da", "nb", "sv", "hr", "sl", "cs", "sk", "es", "pt", "it"} {
			got, err := c.Check(msg, market)
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict == LanguageWrong && got.Confidence < 0.9 {
				t.Errorf("%q on %s: breach at confidence %v", msg, market, got.Confidence)
			}
		}
	}
}

func TestCheckLanguageRefusals(t *testing.T) {
	c := mustLanguageChecker(t)
	var fe *field.Error
	if _, err := c.Check("Bonjour", "xx"); !errors.As(err, &fe) || fe.Path != "market_lang" {
		t.Errorf("unknown market language: %v, want a field error at market_lang", err)
	}
	if _, err := c.Check("Bonjour", "ru"); !errors.As(err, &fe) || fe.Path != "market_lang" {
		t.Errorf("language of no market: %v, want a field error at market_lang", err)
	}
	if _, err := c.Check("ab\xff", "fr"); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("invalid UTF-8: %v", err)
	}
	if _, err := c.Check(strings.Repeat("a", MaxMessageBytes+1), "fr"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too large: %v", err)
	}
	if _, err := (LanguageChecker{}).Check("Bonjour", "fr"); !errors.Is(err, ErrNoLanguageChecker) {
		t.Errorf("zero checker: %v", err)
	}
	if _, err := NewLanguageChecker(" "); !errors.As(err, &fe) || fe.Path != "clause" {
		t.Errorf("empty clause: %v, want a field error at clause", err)
	}
}

func TestCheckLanguageConcurrent(t *testing.T) {
	c := mustLanguageChecker(t)
	msgs := []string{"Votre colis est parti ce matin.", "Ihr Paket ist heute unterwegs.", "Tu paquete ha salido esta mañana.", "ok"}
	want := make([]LanguageCheck, len(msgs))
	for i, m := range msgs {
		want[i], _ = c.Check(m, "fr")
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				k := (g + i) % len(msgs)
				got, err := c.Check(msgs[k], "fr")
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[k], got); diff != "" {
					t.Error(diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

type langCorpusEntry struct {
	Text string   `json:"text"`
	Lang string   `json:"lang"`
	Tags []string `json:"tags"`
}

func loadLangCorpus(t *testing.T) []langCorpusEntry {
	t.Helper()
	b, err := os.ReadFile("langid/testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out []langCorpusEntry
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var e langCorpusEntry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

// TestCheckLanguageCorpus checks langid's labelled corpus: no message
// checked against its own market is a breach, and messages of 40
// characters or more that are not mixed are breaches on a market of
// another language family (the next but two in the list).
func TestCheckLanguageCorpus(t *testing.T) {
	c := mustLanguageChecker(t)
	langs := langid.Languages()
	verdicts := map[LanguageVerdict]int{}
	caught, n := 0, 0
	for _, e := range loadLangCorpus(t) {
		r, err := c.Check(e.Text, e.Lang)
		if err != nil {
			t.Fatal(err)
		}
		verdicts[r.Verdict]++
		if r.Breach() {
			t.Errorf("%q on its own market %s: %s", e.Text, e.Lang, r.Verdict)
		}
		if slices.Contains(e.Tags, "short") || slices.Contains(e.Tags, "mixed") {
			continue
		}
		other := langs[(slices.Index(langs, e.Lang)+3)%len(langs)]
		r, err = c.Check(e.Text, other)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if r.Breach() {
			caught++
		}
	}
	t.Logf("own market: %v; another market: %d of %d breaches found", verdicts, caught, n)
	if caught*100 < n*95 {
		t.Errorf("another market: %d of %d breaches found, want at least 95%%", caught, n)
	}
}

func FuzzCheckLanguage(f *testing.F) {
	for _, s := range []string{"", "Votre colis est parti, thank you so much, merci.", "ab\xff", "Το δέμα σας στάλθηκε χθες", "iPhone 15 Pro Max 256 GB"} {
		f.Add(s, "fr")
	}
	f.Add("Hej, tak for din besked", "nb")
	c := mustLanguageChecker(f)
	f.Fuzz(func(t *testing.T, msg, market string) {
		r, err := c.Check(msg, market)
		if err != nil {
			return
		}
		switch r.Verdict {
		case LanguageOK:
			if r.Language != r.Expected {
				t.Fatalf("ok with %s ≠ %s", r.Language, r.Expected)
			}
		case LanguageWrong:
			if r.Language == "" || r.Language == r.Expected || r.Confidence < 0.9 {
				t.Fatalf("breach without a reliable other language: %+v", r)
			}
		case LanguageUndetermined:
		default:
			t.Fatalf("verdict %q", r.Verdict)
		}
		if len(r.Basis.Steps) != 1 || r.Basis.Steps[0].Basis != testLangClause {
			t.Fatalf("basis %+v", r.Basis)
		}
	})
}

// TestEngineCheckLanguage: the policy's language rule decides whether the
// check runs and which clause it cites; the identifier is shared, never
// built by the engine.
func TestEngineCheckLanguage(t *testing.T) {
	id, err := langid.New()
	if err != nil {
		t.Fatal(err)
	}
	with, err := New(Rules{Language: LanguageRule{Check: true, Clause: testLangClause}}, calendar.Calendar{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := with.CheckLanguage(id, "Thank you for your order, the parcel left our warehouse this morning.", "de")
	if err != nil {
		t.Fatal(err)
	}
	if got.Verdict != LanguageWrong || got.Basis.Steps[0].Basis != testLangClause {
		t.Errorf("got %+v", got)
	}
	without, err := New(Rules{}, calendar.Calendar{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := without.CheckLanguage(id, "Bonjour", "fr"); !errors.Is(err, explain.ErrNoRule) {
		t.Errorf("no rule: err = %v, want explain.ErrNoRule", err)
	}
	if _, err := with.CheckLanguage(langid.Identifier{}, "Bonjour", "fr"); !errors.Is(err, ErrNoLanguageChecker) {
		t.Errorf("zero identifier: err = %v", err)
	}
	for _, tt := range []struct {
		name string
		r    LanguageRule
		path string
	}{
		{"check without clause", LanguageRule{Check: true}, "language.clause"},
		{"clause without check", LanguageRule{Clause: "x"}, "language.check"},
	} {
		err := Rules{Language: tt.r}.Validate()
		if err == nil || !strings.Contains(err.Error(), tt.path) {
			t.Errorf("%s: err = %v, want one naming %s", tt.name, err, tt.path)
		}
	}
}
