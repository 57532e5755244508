package main

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/explaintest"
	"github.com/aftersales/aftersales/platform"
	"github.com/aftersales/aftersales/platform/recall"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/history"
	"golang.org/x/text/language"
)

// TestCatalog: the one catalog check (internal/explaintest) over the
// texts the commands print in text mode: every headline, label and
// enumeration value (enumTexts) is translated into French, with the same
// placeholders; a printed text without a translation fails here.
func TestCatalog(t *testing.T) {
	texts := explaintest.SourceTexts(t, ".",
		explaintest.Call{Name: "say", Arg: 1},
		explaintest.Call{Name: "tr", Arg: 0},
		explaintest.Call{Name: "add", Arg: 0},
	)
	for _, e := range enumTexts() {
		if !slices.Contains(texts, e) || explain.English(e) == e {
			t.Errorf("enumeration phrase %q: not collected, or without a context", e)
		}
	}
	explaintest.Check(t, texts, explain.MustLoadTranslations(cliTexts()))
}

// TestWarrantyColumns: the warranty block's values start in one column,
// after the longest rendered label: the English block keeps its 15
// columns, and longer French labels ("prescription :") push the column
// rather than break it.
func TestWarrantyColumns(t *testing.T) {
	p := writeWarrantyCase(t, `{"condition":"refurbished","contract":"2025-01-10","delivered":"2025-01-15","appeared":"2026-03-01","category":"smartphone"}`)
	for _, tt := range []struct {
		lang  string
		col   int
		first string
	}{{"en", 15, "conformity:    applies"}, {"fr", 15, "conformité :   s'applique"}} {
		code, out, errs := runCmd(t, "warranty", "--policy", "swapiphone", "--case", p, "--lang", tt.lang)
		if code != 0 {
			t.Fatalf("%s: exit %d %s", tt.lang, code, errs)
		}
		if !strings.Contains(out, tt.first) {
			t.Errorf("%s: no %q in\n%s", tt.lang, tt.first, out)
		}
		rows := 0
		for _, l := range strings.Split(out, "\n") {
			i := strings.Index(l, ":")
			if i < 0 || strings.HasPrefix(l, "- ") || utf8.RuneCountInString(l) <= tt.col {
				continue
			}
			r := []rune(l)
			if r[tt.col-1] == ' ' && r[tt.col] != ' ' && strings.TrimSpace(string(r[:tt.col])) != "" && strings.HasSuffix(strings.TrimSpace(string(r[:tt.col])), ":") {
				rows++
			}
		}
		if rows < 5 {
			t.Errorf("%s: %d rows aligned at column %d, want at least 5:\n%s", tt.lang, rows, tt.col, out)
		}
	}
}

// TestCatalogMergesWithLibrary builds, for every language, the catalogs a
// run builds (useCatalog): the command's texts with the policy packages'
// and with the platform packages'. A key both translate (such as
// calendar's "%d working days") must be translated alike, or every run in
// that language would fail.
func TestCatalogMergesWithLibrary(t *testing.T) {
	for _, lang := range explain.Languages() {
		langs := []language.Tag{lang}
		if _, err := policy.CatalogFor(langs, cliTexts(), history.Texts()); err != nil {
			t.Errorf("%s: policy catalog: %v", lang, err)
		}
		if _, err := explain.LoadCatalog(langs, cliTexts(), calendar.Texts(), platform.Texts(), recall.Texts(), history.Texts()); err != nil {
			t.Errorf("%s: platform catalog: %v", lang, err)
		}
	}
}
