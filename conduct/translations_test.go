package conduct

import (
	"os"
	"regexp"
	"testing"
)

// TestTranslationsCoverEveryText checks that every step text the package
// emits has a French translation, and every translation is used.
func TestTranslationsCoverEveryText(t *testing.T) {
	fr := Translations()["fr"]
	var texts []string
	for _, k := range Kinds() {
		texts = append(texts, findingText(k))
	}
	texts = append(texts, listingTexts()...)
	texts = append(texts, languageTexts()...)
	re := regexp.MustCompile(`Text:\s+"([^"]+)"`)
	for _, f := range []string{"screen.go", "listing.go", "canned.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllSubmatch(src, -1) {
			texts = append(texts, string(m[1]))
		}
	}
	used := map[string]bool{}
	for _, s := range texts {
		used[s] = true
		if _, ok := fr[s]; !ok {
			t.Errorf("no French translation for %q", s)
		}
	}
	for k := range fr {
		if !used[k] {
			t.Errorf("French translation for unknown text %q", k)
		}
	}
}
