package explain

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

type euros string

func (e euros) Localize(tag language.Tag) string {
	if tag == language.French {
		return string(e) + " €"
	}
	return "€" + string(e)
}

func testCatalog(t *testing.T) Catalog {
	t.Helper()
	c, err := NewCatalog(Translations{
		"fr": {"refund %s by %s": "rembourser %s avant le %s"},
		"pl": {"refund %s by %s": "zwrot %s do %s"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRender(t *testing.T) {
	b := Of(Step{Rule: "refund.total", Basis: "C. consom. L221-24", Text: "refund %s by %s", Args: []any{euros("84,90"), "2026-11-19"}},
		Step{Rule: "note", Text: "no basis here"})
	tests := []struct {
		name string
		lang language.Tag
		want []string
	}{
		{"English is the key", language.English, []string{"refund €84,90 by 2026-11-19 (C. consom. L221-24)", "no basis here"}},
		{"French", language.French, []string{"rembourser 84,90 € avant le 2026-11-19 (C. consom. L221-24)", "no basis here"}},
		{"regional French matches French", language.MustParse("fr-BE"), []string{"rembourser 84,90 € avant le 2026-11-19 (C. consom. L221-24)", "no basis here"}},
		{"Polish", language.Polish, []string{"zwrot €84,90 do 2026-11-19 (C. consom. L221-24)", "no basis here"}},
		{"German falls back to English", language.German, []string{"refund €84,90 by 2026-11-19 (C. consom. L221-24)", "no basis here"}},
	}
	cat := testCatalog(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, cat.Lines(b, tt.lang)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	var zero Catalog
	if got := zero.Line(b.Steps[0], language.French); got != "refund 84,90 € by 2026-11-19 (C. consom. L221-24)" { // text untranslated, amount localised
		t.Errorf("zero Catalog = %q", got)
	}
}

func TestBasisValueSemantics(t *testing.T) {
	a := Of(Step{Rule: "a", Basis: "X"})
	b := a.Add(Step{Rule: "b", Basis: "Y"})
	c := a.Add(Step{Rule: "c", Basis: "X"})
	if diff := cmp.Diff([]string{"a"}, a.Rules()); diff != "" {
		t.Errorf("Add changed the receiver (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "b"}, b.Rules()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "c"}, c.Rules()); diff != "" {
		t.Errorf("appends share storage (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"X", "Y"}, Join(a, b, c).Sources()); diff != "" {
		t.Errorf("Sources (-want +got):\n%s", diff)
	}
}

func TestJSON(t *testing.T) {
	b := Of(Step{Rule: "r", Basis: "L221-18", Facts: []Fact{F("received", "2026-02-14"), F("days", 14)}, Text: "t %d", Args: []any{14}})
	out, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"steps":[{"rule":"r","basis":"L221-18","facts":[{"name":"received","value":"2026-02-14"},{"name":"days","value":"14"}],"text":"t %d","args":[14]}]}`
	if diff := cmp.Diff(want, string(out)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestBadTranslations(t *testing.T) {
	if _, err := NewCatalog(Translations{"not a language!": {"a": "b"}}); err == nil {
		t.Error("NewCatalog accepted a malformed language tag")
	}
}

func TestConcurrentRender(t *testing.T) {
	cat := testCatalog(t)
	b := Of(Step{Rule: "x", Text: "refund %s by %s", Args: []any{euros("1"), "d"}})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if got := cat.Line(b.Steps[0], language.French); got != "rembourser 1 € avant le d" {
					t.Errorf("got %q", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

type state string

func (s state) Phrase() string { return "state|" + string(s) }

func TestPhrasesWithContext(t *testing.T) {
	cat, err := NewCatalog(Translations{"fr": {"state|open": "ouvert", "the case is %s": "le dossier est %s"}})
	if err != nil {
		t.Fatal(err)
	}
	s := Step{Text: "the case is %s", Args: []any{state("open")}}
	tests := []struct {
		name string
		lang language.Tag
		want string
	}{
		{"French translates the phrase", language.French, "le dossier est ouvert"},
		{"English drops the context", language.English, "the case is open"},
		{"German falls back to English", language.German, "the case is open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, cat.Line(s, tt.lang)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for _, k := range []string{"a|b", "state.x|open", "Not a|context", "|x", "x | y", "plain"} {
		t.Logf("%q → %q", k, English(k))
	}
	if English("Not a|context") != "Not a|context" || English("|x") != "|x" || English("st_1.a-b|ok") != "ok" {
		t.Error("English: context rule")
	}
}

func TestPluralChoices(t *testing.T) {
	key := "Refunded %d days late."
	cat, err := NewCatalog(Translations{
		"en": {key: "Refunded %d {{1:one=day|other=days}} late."},
		"fr": {key: "Remboursé avec %d {{1:one=jour|other=jours}} de retard."},
		"pl": {key: "Zwrócono z opóźnieniem %d {{1:one=dnia|few=dni|many=dni|other=dnia}}."},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang language.Tag
		n    int
		want string
	}{
		{language.English, 1, "Refunded 1 day late."},
		{language.English, 0, "Refunded 0 days late."},
		{language.English, 14, "Refunded 14 days late."},
		{language.French, 0, "Remboursé avec 0 jour de retard."},
		{language.French, 1, "Remboursé avec 1 jour de retard."},
		{language.French, 2, "Remboursé avec 2 jours de retard."},
		{language.Polish, 1, "Zwrócono z opóźnieniem 1 dnia."},
		{language.Polish, 3, "Zwrócono z opóźnieniem 3 dni."},
		{language.Polish, 5, "Zwrócono z opóźnieniem 5 dni."},
		{language.Polish, 22, "Zwrócono z opóźnieniem 22 dni."},
		{language.German, 1, "Refunded 1 day late."}, // English with its choices
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.lang, tt.n), func(t *testing.T) {
			got := cat.Line(Step{Text: key, Args: []any{tt.n}}, tt.lang)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	bad := []struct {
		name string
		tr   Translations
	}{
		{"choice on a string argument", Translations{"fr": {"%s and %d": "%s et %d {{1:one=x|other=y}}"}}},
		{"English changes more than plurals", Translations{"en": {key: "Paid %d {{1:one=day|other=days}} late."}}},
	}
	for _, b := range bad {
		if _, err := NewCatalog(b.tr); err == nil {
			t.Errorf("%s: accepted", b.name)
		}
	}
	for _, s := range []string{"{{1:one=a}}", "{{x:other=a}}", "{{1:one=a|one=b|other=c}}", "{{1:bad=a|other=b}}"} {
		if tpl := compile(s); len(tpl.parts) != 1 || tpl.parts[0].forms != nil {
			t.Errorf("%q parsed as a plural choice", s)
		}
	}
}

// TestOnePeriodAfterAnAbbreviation: an argument ending with a period (an
// abbreviation) at the end of a sentence does not get a second one.
func TestOnePeriodAfterAnAbbreviation(t *testing.T) {
	cat, err := NewCatalog(Translations{"de": {"Due in %s.": "Fällig in %s."}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ arg, want string }{
		{"5 Std.", "Fällig in 5 Std."},
		{"5 Stunden", "Fällig in 5 Stunden."},
		{"", "Fällig in ."},
	} {
		if got := cat.Line(Step{Text: "Due in %s.", Args: []any{tt.arg}}, language.German); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.arg, got, tt.want)
		}
	}
}
