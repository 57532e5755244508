package money

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

const (
	nbsp      = "\u00a0" // no-break space
	narrowNBS = "\u202f" // narrow no-break space
)

// layout is the CLDR currency format of a language.
type layout struct {
	group, decimal string
	minGrouping    int  // CLDR minimumGroupingDigits
	symbolAfter    bool // "1 234,50 €" rather than "€1,234.50"
}

// layoutFor returns the layout of tag's language, English for languages
// without one.
func layoutFor(tag language.Tag) layout {
	base, _ := tag.Base()
	switch base.String() {
	case "fr":
		return layout{group: narrowNBS, decimal: ",", minGrouping: 1, symbolAfter: true}
	case "de", "it":
		return layout{group: ".", decimal: ",", minGrouping: 1, symbolAfter: true}
	case "es":
		return layout{group: ".", decimal: ",", minGrouping: 2, symbolAfter: true}
	case "pl":
		return layout{group: nbsp, decimal: ",", minGrouping: 2, symbolAfter: true}
	}
	return layout{group: ",", decimal: ".", minGrouping: 1}
}

// Format returns a as people read it in the language of tag, rounded to
// the currency's minor unit (half away from zero) and with the currency
// symbol of that language, following CLDR:
//
//	French   1 234,50 €   (U+202F between groups, U+00A0 before the symbol)
//	English  €1,234.50
//	German   1.234,50 €
//	Polish   1234,50 zł, 12 345,50 zł   (U+00A0; 4-digit integers are not grouped)
//
// Negative amounts start with a hyphen-minus: "-1 234,50 €", "-€1,234.50".
// Italian follows German, Spanish groups like Polish with "." and ",", and
// every other language uses the English layout. Regional variants use the
// layout of their language (de-CH is written like de), but the symbol of
// the region where CLDR has one. Symbols come from
// golang.org/x/text/currency (CLDR standard symbols: "€", "zł" in Polish,
// "$US" in French); currencies it does not know print their ISO code. A
// symbol that ends in a letter is separated from a leading number by a
// no-break space ("CHF 1,234.50"). An amount without a currency is formatted
// as a bare number.
func (a Amount) Format(tag language.Tag) string {
	l := layoutFor(tag)
	neg, intPart, frac := split(a.Round().d, a.c.Digits())
	if intPart == "0" && strings.Trim(frac, "0") == "" {
		neg = false // -0.001 EUR rounds to 0.00 EUR, not -0.00
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	sym := ""
	if !a.c.IsZero() {
		sym = symbol(a.c, tag)
	}
	if sym != "" && !l.symbolAfter {
		b.WriteString(sym)
		if r, _ := utf8.DecodeLastRuneInString(sym); unicode.IsLetter(r) {
			b.WriteString(nbsp)
		}
	}
	n := len(intPart)
	grouped := n >= 3+l.minGrouping
	for i := 0; i < n; i++ {
		if grouped && i > 0 && (n-i)%3 == 0 {
			b.WriteString(l.group)
		}
		b.WriteByte(intPart[i])
	}
	if frac != "" {
		b.WriteString(l.decimal)
		b.WriteString(frac)
	}
	if sym != "" && l.symbolAfter {
		b.WriteString(nbsp)
		b.WriteString(sym)
	}
	return b.String()
}

// Localize is Format. It makes Amount an explain.Localizer, so amounts in
// explanations are written in the reader's language.
func (a Amount) Localize(tag language.Tag) string { return a.Format(tag) }

// symbol returns the CLDR standard symbol of c in the language of tag.
func symbol(c Currency, tag language.Tag) string {
	u, err := currency.ParseISO(c.Code())
	if err != nil {
		return c.Code()
	}
	s := symbolState{tag: tag}
	currency.Symbol(u).Format(&s, 'v')
	if len(s.buf) == 0 {
		return c.Code()
	}
	return string(s.buf)
}

// symbolState is the fmt.State through which golang.org/x/text/currency
// writes a symbol; its Language method selects the language, as
// golang.org/x/text/message does, without going through message's
// package-level default catalog.
type symbolState struct {
	tag language.Tag
	buf []byte
}

func (s *symbolState) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}
func (s *symbolState) Width() (int, bool)     { return 0, false }
func (s *symbolState) Precision() (int, bool) { return 0, false }
func (s *symbolState) Flag(int) bool          { return false }
func (s *symbolState) Language() language.Tag { return s.tag }
