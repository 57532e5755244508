package law_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImportsPointDown checks the part of the package map this package
// sits in: a rule package never imports law or policy, and law never
// imports policy (non-test files).
func TestImportsPointDown(t *testing.T) {
	const mod = "github.com/aftersales/aftersales/"
	forbid := map[string][]string{
		"../sla":      {"law", "policy"},
		"../refund":   {"law", "policy"},
		"../warranty": {"law", "policy"},
		"../dispute":  {"law", "policy"},
		"../conduct":  {"law", "policy"},
		".":           {"policy"},
		"fr":          {"policy", "law"},
	}
	for dir, bad := range forbid {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range af.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				for _, b := range bad {
					if p == mod+b || strings.HasPrefix(p, mod+b+"/") {
						t.Errorf("%s imports %s (imports point down: DESIGN package map)", f, p)
					}
				}
			}
		}
	}
}
