package platform

import (
	"strings"
	"testing"

	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

// TestCaveatsTranslated: every caveat carries an English text without
// verbs and a step text the catalogs translate, and a rendered procedure
// reads in French.
func TestCaveatsTranslated(t *testing.T) {
	for _, f := range allFacts() {
		c := caveat(f)
		if c.Text == f || strings.Contains(c.Text, "%") {
			t.Errorf("caveat %s: text %q", f, c.Text)
		}
	}
	cat, err := explain.NewCatalog(Translations())
	if err != nil {
		t.Fatal(err)
	}
	st, _ := OrderDue(fr(), Order{Kind: SafetyOrder, Received: at(t, "2026-07-10T09:00:00+02:00")})
	if out := cat.Render(st.Basis, language.French); !strings.Contains(out, "jours ouvrables") || !strings.Contains(out, "[U] Les jours ouvrables sont tous les jours") {
		t.Errorf("French rendering:\n%s", out)
	}
}
