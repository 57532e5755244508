package policy

import (
	"embed"
	"io/fs"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/sla"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

// Catalog returns one explain.Catalog holding the translations of every
// package (calendar, sla, refund, warranty, dispute, conduct and policy's
// own market and floor steps) in every supported language, so that any
// decision's Basis renders in the reader's language:
//
//	cat, _ := policy.Catalog()
//	fmt.Print(cat.Render(quote.Basis, language.German))
//
// Build it once and share it; it is immutable.
func Catalog() (explain.Catalog, error) { return CatalogFor(nil) }

// CatalogFor is Catalog holding only the languages langs (nil: every
// supported language), with the catalogs of more packages (those above
// policy, such as policy/history.Texts(), or a program's own).
func CatalogFor(langs []language.Tag, more ...fs.FS) (explain.Catalog, error) {
	return explain.LoadCatalog(langs, append(Sources(), more...)...)
}

// CatalogWith is Catalog with more translations (those of packages above
// policy, such as policy/history).
func CatalogWith(more ...explain.Translations) (explain.Catalog, error) {
	sets := make([]explain.Translations, 0, 8+len(more))
	for _, src := range Sources() {
		t, err := explain.LoadTranslations(src)
		if err != nil {
			return explain.Catalog{}, err
		}
		sets = append(sets, t)
	}
	return explain.NewCatalog(append(sets, more...)...)
}

// Sources returns the catalogs, as data, of every package Catalog holds,
// for explain.LoadCatalog. It returns a fresh slice each call.
func Sources() []fs.FS {
	return []fs.FS{calendar.Texts(), sla.Texts(), refund.Texts(), warranty.Texts(), dispute.Texts(), conduct.Texts(), Texts()}
}

// Translations returns the translations of the step texts policy's own
// engines emit (the market engines and the floor report), in every
// supported language, from the catalogs kept as data in texts/. It
// returns a fresh map each call.
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
