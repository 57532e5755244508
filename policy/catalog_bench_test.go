package policy_test

import (
	"testing"

	"github.com/aftersales/aftersales/policy"
	"golang.org/x/text/language"
)

// BenchmarkCatalog builds the catalog of every supported language, as
// Compile does.
func BenchmarkCatalog(b *testing.B) {
	for b.Loop() {
		if _, err := policy.Catalog(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCatalogOneLanguage builds the catalog of one language, as a
// command-line process does.
func BenchmarkCatalogOneLanguage(b *testing.B) {
	for b.Loop() {
		if _, err := policy.CatalogFor([]language.Tag{language.French}); err != nil {
			b.Fatal(err)
		}
	}
}
