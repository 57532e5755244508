package refund

import (
	"embed"
	"io/fs"

	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"golang.org/x/text/language"
)

// Localize writes the day of the week in the language of tag.
func (w weekday) Localize(tag language.Tag) string {
	i := int(calendar.Date(w).Weekday())
	switch lang(tag) {
	case "fr":
		return [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}[i]
	case "pl":
		return [...]string{"niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"}[i]
	}
	return calendar.Date(w).Weekday().String()
}

// String is the English day of the week.
func (w weekday) String() string { return calendar.Date(w).Weekday().String() }

// Localize writes the rate with the language's decimal separator.
func (r rate) Localize(tag language.Tag) string {
	s := r.String()
	if l := lang(tag); l == "fr" || l == "pl" {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Phrase names the component in English, the key under which each
// catalog translates it (explain.Phraser).
func (k kindName) Phrase() string {
	if Kind(k) == KindDeliverySurcharge {
		return "the delivery surcharge"
	}
	return "the standard delivery"
}

// String names the component in English.
func (k kindName) String() string { return k.Phrase() }

func lang(tag language.Tag) string {
	b, _ := explain.Match(tag).Base()
	return b.String()
}

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

// MarshalText writes the English day name, for JSON step arguments.
func (w weekday) MarshalText() ([]byte, error) { return []byte(w.String()), nil }
