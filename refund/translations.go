package refund

import (
	"embed"
	"io/fs"

	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/cldr"
	"golang.org/x/text/language"
)

// Localize writes the day of the week in the language of tag, as CLDR
// writes it in a date (internal/cldr).
func (w weekday) Localize(tag language.Tag) string {
	return locale(tag).Weekday(calendar.Date(w).Weekday())
}

// String is the English day of the week.
func (w weekday) String() string { return calendar.Date(w).Weekday().String() }

// Localize writes the rate with the decimal separator of tag's language.
func (r rate) Localize(tag language.Tag) string {
	s := r.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	return string(locale(tag).AppendNumber(nil, neg, intPart, frac))
}

// locale returns the CLDR facts of tag's supported language (English when
// it has none).
func locale(tag language.Tag) cldr.Locale {
	l, _ := cldr.For(lang(tag))
	return l
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
