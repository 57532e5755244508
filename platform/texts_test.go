package platform

import (
	"testing"

	"github.com/aftersales/aftersales/internal/explaintest"
)

// TestCatalogs: every step text the package emits is translated into every
// catalog's language, with the same placeholders, and no catalog holds a
// text the package no longer emits.
func TestCatalogs(t *testing.T) {
	texts := explaintest.SourceTexts(t, ".", explaintest.Call{Name: "step", Arg: 2}, explaintest.Call{Name: "defect", Arg: 3})
	for _, k := range []SanctionKind{Restriction, Suspension, Termination} {
		texts = append(texts, k.Phrase())
	}
	for _, f := range allFacts() {
		texts = append(texts, caveatText(caveat(f)))
	}
	explaintest.Check(t, texts, Translations())
}
