package archtest

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/aftersales/aftersales"

// layer gives each package of the module its place in the package map;
// a package may import only packages of a lower layer, plus the extra
// imports allowed below. Packages not listed (new ones) fail the test
// until they are given a place.
func layer(pkg string) (int, bool) {
	switch {
	case pkg == "field", pkg == "explain", strings.HasPrefix(pkg, "internal/"):
		return 0, true
	case pkg == "calendar/holidays":
		return 0, true
	case pkg == "calendar", pkg == "money":
		return 1, true
	case pkg == "conduct/langid": // below conduct, which imports it
		return 1, true
	case pkg == "conduct/langid/gen": // the profile generator
		return 2, true
	case pkg == "sla", pkg == "refund", pkg == "warranty", pkg == "dispute", pkg == "conduct":
		return 2, true
	case pkg == "platform", pkg == "platform/recall":
		return 2, true
	case pkg == "law" || strings.HasPrefix(pkg, "law/"):
		return 3, true
	case pkg == "policy":
		return 4, true
	case strings.HasPrefix(pkg, "policy/"):
		return 5, true
	case strings.HasPrefix(pkg, "cmd/"), strings.HasPrefix(pkg, "examples/"):
		return 6, true
	}
	return 0, false
}

// allowed lists the imports the map allows within a layer.
func allowed(from, to string) bool {
	switch {
	case from == "dispute" && to == "sla": // dispute reads typed sla results
		return true
	case from == "calendar" && to == "calendar/holidays":
		return true
	case strings.HasPrefix(from, "law/") && (to == "law/statute" || to == "law/eu") && from != to:
		// a market package reads the shape of a statute and the EU
		// defaults; law/eu reads the shape too
		return from != "law/statute" && !(from == "law/eu" && to == "law/eu")
	case from == "law" && strings.HasPrefix(to, "law/"):
		return true
	case strings.HasPrefix(from, "policy/") && strings.HasPrefix(to, "policy/"):
		// preset < replay < policytest, history
		rank := map[string]int{"policy/preset": 0, "policy/replay": 1, "policy/policytest": 2, "policy/history": 2}
		a, okA := rank[from]
		b, okB := rank[to]
		return okA && okB && b < a
	case strings.HasPrefix(from, "internal/") && strings.HasPrefix(to, "internal/"):
		return from != to && to != "internal/archtest"
	case from == "explain" && to == "internal/cldr": // explain.Instant writes dates in prose
		return true
	case (from == "field" || from == "explain") && (to == "field" || to == "explain"):
		return false
	case strings.HasPrefix(from, "internal/") && (to == "field" || to == "explain"):
		return true
	case from == "calendar/holidays" && (to == "field" || strings.HasPrefix(to, "internal/")):
		return true
	}
	return false
}

func TestImportsPointDown(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	imports := map[string][]string{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if p == module || strings.HasPrefix(p, module+"/") {
				to := strings.TrimPrefix(strings.TrimPrefix(p, module), "/")
				if !slices.Contains(imports[pkg], to) {
					imports[pkg] = append(imports[pkg], to)
				}
			}
		}
		if _, ok := imports[pkg]; !ok {
			imports[pkg] = nil
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(imports) < 10 {
		t.Fatalf("found only %d packages under %s", len(imports), root)
	}
	for from, tos := range imports {
		lf, ok := layer(from)
		if !ok {
			t.Errorf("package %s has no place in the package map (internal/archtest)", from)
			continue
		}
		for _, to := range tos {
			lt, ok := layer(to)
			if !ok {
				continue // reported as its own package
			}
			if lt < lf || allowed(from, to) {
				continue
			}
			t.Errorf("%s imports %s: imports must point down the package map (docs/design.md)", from, to)
		}
	}
}

func TestLayersCatchAnUpwardImport(t *testing.T) {
	// The rule the test enforces, on cases that must fail and pass.
	tests := []struct {
		from, to string
		ok       bool
	}{
		{"sla", "policy", false},
		{"refund", "sla", false},
		{"dispute", "sla", true},
		{"platform", "policy", false},
		{"platform", "law", false},
		{"platform/recall", "sla", false},
		{"policy/history", "platform", true},
		{"policy/history", "policy/replay", true},
		{"policy/replay", "policy/history", false},
		{"calendar", "money", false},
		{"policy", "sla", true},
		{"policy/preset", "policy/replay", false},
		{"policy/replay", "policy/preset", true},
		{"law/fr", "policy", false},
		{"field", "explain", false},
	}
	for _, tc := range tests {
		lf, _ := layer(tc.from)
		lt, _ := layer(tc.to)
		got := lt < lf || allowed(tc.from, tc.to)
		if got != tc.ok {
			t.Errorf("%s → %s allowed = %v, want %v", tc.from, tc.to, got, tc.ok)
		}
	}
}
