// Package explaintest checks a package's catalogs of translations: the
// one test every package that emits explanation steps runs, so that a step
// text without a translation, or a translation that drops or adds a
// placeholder, fails where it is written.
package explaintest

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/explain"
)

// All returns the languages every catalog must translate into: every
// supported language but English, the language of the keys (an en.json
// catalog may add plural choices to English keys; it is checked, never
// required).
func All() []string {
	var out []string
	for _, tag := range explain.Languages() {
		if s := tag.String(); s != "en" {
			out = append(out, s)
		}
	}
	return out
}

// A Call names a function or method (by its name alone) whose argument at
// index Arg is a step text, such as a helper step(rule, basis, text, args...)
// (Call{"step", 2}).
type Call struct {
	Name string
	Arg  int
}

// SourceTexts returns the step texts declared in the non-test Go files of
// dir, sorted and without duplicates: every string in the value of a
// constant or variable whose name says it holds texts (text…, Text…,
// …Text, …Texts), every string returned by a function so named, every
// string given or assigned to a field named Text or Key (explain.Msg) or
// assigned to a variable named text, and the text argument of every call to one of calls. A string may be a literal or a concatenation of
// literals.
func SourceTexts(t testing.TB, dir string, calls ...Call) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDecl:
				if isTextName(x.Name.Name) && x.Body != nil {
					ast.Inspect(x.Body, func(n ast.Node) bool {
						if r, ok := n.(*ast.ReturnStmt); ok {
							for _, e := range r.Results {
								if s, ok := stringOf(e); ok {
									out = append(out, s)
								}
							}
						}
						return true
					})
				}
			case *ast.ValueSpec:
				for i, name := range x.Names {
					if i < len(x.Values) && isTextName(name.Name) {
						out = append(out, literals(x.Values[i])...)
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := x.Key.(*ast.Ident); ok && (id.Name == "Text" || id.Name == "Key") {
					if s, ok := stringOf(x.Value); ok {
						out = append(out, s)
					}
				}
			case *ast.AssignStmt:
				for i, l := range x.Lhs {
					if len(x.Rhs) != len(x.Lhs) {
						break
					}
					name := ""
					switch l := l.(type) {
					case *ast.SelectorExpr:
						name = l.Sel.Name
					case *ast.Ident:
						name = l.Name
					}
					if name == "Text" || name == "text" || name == "Key" {
						if s, ok := stringOf(x.Rhs[i]); ok {
							out = append(out, s)
						}
					}
				}
			case *ast.CallExpr:
				name := ""
				switch f := x.Fun.(type) {
				case *ast.Ident:
					name = f.Name
				case *ast.SelectorExpr:
					name = f.Sel.Name
				}
				for _, c := range calls {
					if c.Name == name && c.Arg < len(x.Args) {
						if s, ok := stringOf(x.Args[c.Arg]); ok {
							out = append(out, s)
						}
					}
				}
			}
			return true
		})
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isTextName reports whether a declaration's name says it holds step
// texts: text…, Text…, a name ending in Text or Texts (findingText,
// noLateText), or Phrase (an explain.Phraser's method).
func isTextName(name string) bool {
	return name == "Phrase" || strings.HasPrefix(name, "text") || strings.HasPrefix(name, "Text") ||
		strings.HasSuffix(name, "Text") || strings.HasSuffix(name, "Texts")
}

// literals returns every string (literal or concatenation of literals) in
// e, such as the elements of a table of texts.
func literals(e ast.Expr) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok {
			if s, ok := stringOf(x); ok {
				out = append(out, s)
				return false
			}
		}
		return true
	})
	return out
}

// stringOf evaluates a string literal or a concatenation of literals.
func stringOf(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		a, ok1 := stringOf(x.X)
		b, ok2 := stringOf(x.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return stringOf(x.X)
	}
	return "", false
}

// Check fails t, naming the language and the text, when in any of langs
// (every supported language but English when langs is empty):
//   - a text has no translation, or an empty one;
//   - a catalog translates a key that is not among texts (a text that was
//     changed or removed in the code);
//   - a translation drops or adds a placeholder, or changes its verb;
//   - a catalog holds a language that is not supported.
//
// texts are every step text and phrase the package emits, typically
// SourceTexts plus the texts it builds at run time.
func Check(t testing.TB, texts []string, tr explain.Translations, langs ...string) {
	t.Helper()
	if len(langs) == 0 {
		langs = All()
	}
	if len(texts) == 0 {
		t.Fatal("explaintest.Check: no texts: the check would pass on anything")
	}
	known := map[string]bool{}
	for _, s := range texts {
		known[s] = true
	}
	for lang := range tr {
		if _, err := explain.NewCatalog(explain.Translations{lang: {}}); err != nil {
			t.Errorf("catalog %q: %v", lang, err)
		}
	}
	for _, lang := range langs {
		msgs := tr[lang]
		for _, s := range texts {
			m, ok := msgs[s]
			switch {
			case !ok:
				t.Errorf("%s: no translation for %q", lang, s)
				continue
			case strings.TrimSpace(m) == "":
				t.Errorf("%s: empty translation for %q", lang, s)
				continue
			}
			if _, err := explain.NewCatalog(explain.Translations{lang: {s: m}}); err != nil {
				t.Errorf("%s: %v", lang, err)
			}
		}
	}
	for k, m := range tr["en"] {
		if _, err := explain.NewCatalog(explain.Translations{"en": {k: m}}); err != nil {
			t.Errorf("en: %v", err)
		}
	}
	for lang, msgs := range tr {
		keys := make([]string, 0, len(msgs))
		for k := range msgs {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !known[k] {
				t.Errorf("%s: translation of a text the package does not emit: %q", lang, k)
			}
		}
	}
}

// A Glossary is one language's legal terms, kept as data in
// i18n/glossary/LANG.json: for each concept of the English glossary, the
// word that language's statutes use and the article it comes from.
type Glossary struct {
	Language string `json:"language"`
	Source   string `json:"source"`
	Terms    []Term `json:"terms"`
}

// A Term is one concept in one language. EN is the pattern (lower case)
// that marks an English text as using the concept; Match is the stem
// (lower case) every translation of such a text must contain, so that the
// concept is named with the same word everywhere; Term is the statute's
// word, Article where it comes from.
type Term struct {
	ID      string `json:"id"`
	EN      string `json:"en"`
	Term    string `json:"term"`
	Match   string `json:"match"`
	Article string `json:"article"`
	Note    string `json:"note,omitempty"`
}

// ReadGlossary reads the glossary of lang from dir (i18n/glossary).
func ReadGlossary(t testing.TB, dir, lang string) Glossary {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, lang+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var g Glossary
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("%s.json: %v", lang, err)
	}
	if g.Language != lang {
		t.Errorf("%s.json: language %q", lang, g.Language)
	}
	return g
}

// CheckGlossary fails t when a translation into g's language of a text
// whose English contains a term's pattern does not contain the term's
// stem (case-insensitive), or when g lacks a concept of the English
// glossary en or names its article nowhere.
func CheckGlossary(t testing.TB, en, g Glossary, tr explain.Translations) {
	t.Helper()
	have := map[string]Term{}
	for _, term := range g.Terms {
		have[term.ID] = term
		if term.Term == "" || term.Match == "" || term.Article == "" {
			t.Errorf("%s glossary: %s: term, match and article are required", g.Language, term.ID)
		}
		if term.Match != strings.ToLower(term.Match) {
			t.Errorf("%s glossary: %s: match %q must be lower case", g.Language, term.ID, term.Match)
		}
	}
	for _, c := range en.Terms {
		term, ok := have[c.ID]
		if !ok {
			t.Errorf("%s glossary: no term for %q", g.Language, c.ID)
			continue
		}
		msgs := tr[g.Language]
		keys := make([]string, 0, len(msgs))
		for k := range msgs {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !strings.Contains(strings.ToLower(explain.English(k)), c.EN) {
				continue
			}
			if !strings.Contains(strings.ToLower(msgs[k]), term.Match) {
				t.Errorf("%s: %q (%s, %s) not used in the translation of %q: %q", g.Language, term.Term, c.ID, term.Article, k, msgs[k])
			}
		}
	}
}
