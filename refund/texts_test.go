package refund

import (
	"testing"

	"github.com/aftersales/aftersales/internal/explaintest"
)

// TestCatalogs: every step text the package emits is translated into every
// catalog's language, with the same placeholders, and no catalog holds a
// text the package no longer emits.
func TestCatalogs(t *testing.T) {
	texts := explaintest.SourceTexts(t, ".", explaintest.Call{Name: "step", Arg: 2})
	for _, e := range Exclusions() {
		_, what, _ := exclusionInfo(e)
		texts = append(texts, "No right of withdrawal: "+what+".", "Line %s is not refunded: no right of withdrawal for "+what+".")
	}
	explaintest.Check(t, texts, Translations())
}
