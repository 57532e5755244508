package refund

import (
	"testing"

	"github.com/aftersales/aftersales/explain"
)

// BenchmarkRenderQuote renders the explanation of a ten-line quote (every
// component, the deadline and the late surcharge) in each supported
// language, with a catalog built once.
func BenchmarkRenderQuote(b *testing.B) {
	q, err := mustEngine(frenchLaw()).Quote(tenLines())
	if err != nil {
		b.Fatal(err)
	}
	cat, err := explain.NewCatalog(Translations())
	if err != nil {
		b.Fatal(err)
	}
	for _, lang := range explain.Languages() {
		b.Run(lang.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = cat.Render(q.Basis, lang)
			}
		})
	}
}
