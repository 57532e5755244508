package dispute

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
