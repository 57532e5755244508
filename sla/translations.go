package sla

import (
	"embed"
	"io/fs"

	"github.com/aftersales/aftersales/explain"
)

// Translations returns the translations of every step text and phrase the
// package emits, in every supported language, from the catalogs kept as
// data in texts/ (one JSON object per language, keyed by the English
// text). It returns a fresh map each call.
func Translations() explain.Translations {
	sub, _ := fs.Sub(texts, "texts")
	return explain.MustLoadTranslations(sub)
}

//go:embed texts/*.json
var texts embed.FS
