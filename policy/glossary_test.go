package policy_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/explaintest"
	"github.com/aftersales/aftersales/platform"
	"github.com/aftersales/aftersales/platform/recall"
	"github.com/aftersales/aftersales/policy"
	"golang.org/x/text/language"
)

// TestGlossaries: every translated text of the library that uses a legal
// concept names it with the term of that language's glossary
// (i18n/glossary/LANG.json), and every glossary covers every concept.
func TestGlossaries(t *testing.T) {
	dir := filepath.Join("..", "i18n", "glossary")
	en := explaintest.ReadGlossary(t, dir, "en")
	tr := explain.Translations{}
	for _, src := range append(policy.Sources(), platform.Texts(), recall.Texts()) {
		set, err := explain.LoadTranslations(src)
		if err != nil {
			t.Fatal(err)
		}
		for lang, msgs := range set {
			if tr[lang] == nil {
				tr[lang] = map[string]string{}
			}
			for k, v := range msgs {
				tr[lang][k] = v
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".json")
		if lang == "en" {
			continue
		}
		t.Run(lang, func(t *testing.T) {
			explaintest.CheckGlossary(t, en, explaintest.ReadGlossary(t, dir, lang), tr)
		})
	}
	for _, lang := range explain.Languages() {
		if lang == language.English {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, lang.String()+".json")); err != nil {
			t.Errorf("no glossary for %s: every supported language has one", lang)
		}
	}
}
