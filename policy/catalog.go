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
)

// Catalog returns one explain.Catalog holding the translations of every
// package (sla, refund, warranty, dispute, conduct and the floor report),
// so that any decision's Basis renders in French or Polish:
//
//	cat, _ := policy.Catalog()
//	fmt.Print(cat.Render(quote.Basis, language.French))
//
// Build it once and share it; it is immutable.
func Catalog() (explain.Catalog, error) { return CatalogWith() }

// CatalogWith is Catalog with more translations (those of packages above
// policy, such as policy/history).
func CatalogWith(more ...explain.Translations) (explain.Catalog, error) {
	return explain.NewCatalog(append([]explain.Translations{
		calendar.Translations(),
		sla.Translations(),
		refund.Translations(),
		warranty.Translations(),
		dispute.Translations(),
		conduct.Translations(),
		Translations(),
	}, more...)...)
}

// Translations returns the translations of the step texts policy's own
// engines emit (the market engines and the floor report), in every
// supported language, from the catalogs kept as data in texts/. It
// returns a fresh map each call.
func Translations() explain.Translations {
	sub, _ := fs.Sub(texts, "texts")
	return explain.MustLoadTranslations(sub)
}

//go:embed texts/*.json
var texts embed.FS
