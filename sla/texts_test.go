package sla

import (
	"strings"
	"testing"

	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"

	"github.com/aftersales/aftersales/internal/explaintest"
)

// TestCatalogs: every step text the package emits is translated into every
// catalog's language, with the same placeholders, and no catalog holds a
// text the package no longer emits.
func TestCatalogs(t *testing.T) {
	texts := explaintest.SourceTexts(t, ".", explaintest.Call{Name: "step", Arg: 2})

	explaintest.Check(t, texts, Translations())
}

// TestKindPhraseTranslated: a kind in a step is translated by the
// catalog, as the sentence around it is.
func TestKindPhraseTranslated(t *testing.T) {
	cat, err := explain.NewCatalog(Translations())
	if err != nil {
		t.Fatal(err)
	}
	x, err := mustEngine(t, opistoRules()).Explain(NegativeReview, at("2026-11-20T15:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	got := cat.Lines(x.Basis, language.French)
	if !strings.Contains(got[0], "« avis négatif » : 72 heures ouvrées") {
		t.Errorf("French line: %q", got[0])
	}
	if got := cat.Lines(x.Basis, language.English); !strings.Contains(got[0], "A negative review must be answered within 72 business hours") {
		t.Errorf("English line: %q", got[0])
	}
}
