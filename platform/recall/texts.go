package recall

import (
	"embed"
	"io/fs"

	"github.com/aftersales/aftersales/explain"
)

// Step texts (English message keys).
const (
	textMatch      = "Listing %s matches RappelConso recall %s version %d (by %s); risk: %s."
	textLotUnknown = "The recall names lots and the listing gives none: check the lot."
	textSource     = "Screened against %d recalls of the RappelConso export supplied (C. consom. L423-3); the library never fetches it, so it is as current as the file."
	textNoDuty     = "No French text obliges a marketplace to consult RappelConso as such; screening is good practice and evidence for GPSR art. 22 and DSA arts 31-32 [P]."
)

// Translations returns the translations of every step text and phrase the
// package emits, in every supported language, from the catalogs kept as
// data in texts/ (one JSON object per language, keyed by the English
// text). It returns a fresh map each call.
func Translations() explain.Translations {
	return explain.MustLoadTranslations(Texts())
}

// Texts returns the catalogs of Translations as data: one file LANG.json
// per language (explain.LoadCatalog reads only the languages it is asked
// for).
func Texts() fs.FS {
	sub, _ := fs.Sub(texts, "texts")
	return sub
}

//go:embed texts/*.json
var texts embed.FS

// SourceBasis is the basis every screening report starts with: the
// dataset screened against and the duty it serves.
func SourceBasis(recalls int) explain.Basis {
	return explain.Of(
		explain.Step{Rule: "recall.source", Basis: "C. consom. L423-3", Facts: []explain.Fact{explain.F("recalls", recalls)}, Text: textSource, Args: []any{recalls}},
		explain.Step{Rule: "recall.duty", Basis: "GPSR art. 22; DSA arts 31, 32", Text: textNoDuty},
	)
}
