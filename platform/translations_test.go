package platform

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

// TestTranslationsCoverEveryText: every text constant has a French
// translation with the same number of verbs.
func TestTranslationsCoverEveryText(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "texts.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	frT := Translations()["fr"]
	n := 0
	ast.Inspect(f, func(x ast.Node) bool {
		vs, ok := x.(*ast.ValueSpec)
		if !ok {
			return true
		}
		for i, name := range vs.Names {
			if !strings.HasPrefix(name.Name, "text") {
				continue
			}
			n++
			lit := vs.Values[i].(*ast.BasicLit).Value
			key := lit[1 : len(lit)-1]
			tr, ok := frT[key]
			if !ok {
				t.Errorf("%s has no French translation", name.Name)
				continue
			}
			if strings.Count(tr, "%") != strings.Count(key, "%") {
				t.Errorf("%s: verbs differ: %q / %q", name.Name, key, tr)
			}
		}
		return true
	})
	for _, f := range allFacts() {
		c := caveat(f)
		if c.Text == f || caveatFR(f) == "" || strings.Contains(c.Text, "%") {
			t.Errorf("caveat %s: text %q, French %q", f, c.Text, caveatFR(f))
		}
		if _, ok := frT[caveatText(c)]; !ok {
			t.Errorf("caveat %s has no French step text", f)
		}
	}
	if n+len(allFacts()) != len(frT) || n < 30 {
		t.Errorf("%d texts and %d caveats, %d translations", n, len(allFacts()), len(frT))
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
