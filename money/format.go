package money

import (
	"strconv"
	"strings"

	"github.com/aftersales/aftersales/internal/cldr"
	"golang.org/x/text/language"
)

// localeFor returns the CLDR locale of tag's base language, English for
// languages package internal/cldr does not have.
func localeFor(tag language.Tag) cldr.Locale {
	base, _ := tag.Base()
	l, _ := cldr.For(base.String())
	return l
}

// Format returns a as people read it in the language of tag, rounded to
// the currency's minor unit (half away from zero), written with the
// standard currency pattern, symbols, group and decimal separators of
// Unicode CLDR 48 (package internal/cldr) for the 25 languages of the
// European markets (bg cs da de el en es et fi fr hr hu is it lt lv mt nb
// nl pl pt ro sk sl sv):
//
//	French   1 234,50 €   (U+202F between groups, U+00A0 before the symbol)
//	English  €1,234.50
//	German   1.234,50 €
//	Polish   1234,50 zł, 12 345,50 zł   (U+00A0; 4-digit integers are not grouped)
//	Dutch    € 1.234,50, € -1.234,50
//
// Negative amounts carry the language's CLDR minus sign where its pattern
// puts it: "-1 234,50 €", "-€1,234.50", "€ -1.234,50" in Dutch, and
// U+2212 MINUS SIGN in the languages whose CLDR minus sign it is (et, fi,
// hr, lt, nb, sl, sv: "−1 234,50 kr"). Other languages, and the
// undetermined one, are written as in English; a regional variant is
// written as its language (de-CH like de, en-GB like en). Symbols are
// CLDR's for EUR, PLN, CZK, HUF, SEK, DKK, NOK, ISK, RON, BGN, CHF, GBP
// and USD in each language; other currencies, and currencies CLDR gives no
// symbol in the language, print their ISO code ("KWD 1,234.500"). A
// symbol of letters before the digits is set apart by a no-break space
// ("CHF 1,234.50"). An amount without a currency is formatted as a bare
// number with all its digits.
func (a Amount) Format(tag language.Tag) string {
	var buf [64]byte
	return string(a.AppendFormat(buf[:0], tag))
}

// AppendLocalized is AppendFormat (an explain.Appender).
func (a Amount) AppendLocalized(dst []byte, tag language.Tag) []byte { return a.AppendFormat(dst, tag) }

// AppendIn appends a formatted in the language of base code lang ("fr"),
// English for a code that is not supported: AppendFormat without deriving
// the language from a tag (an explain.LangAppender, which a catalog uses
// to write amounts into explanations without allocating).
func (a Amount) AppendIn(dst []byte, lang string) []byte {
	l, _ := cldr.For(lang)
	return a.appendIn(dst, l)
}

// AppendFormat appends Format(tag) to dst. It does not allocate when dst
// has room and the amount has at most 18 significant digits.
func (a Amount) AppendFormat(dst []byte, tag language.Tag) []byte {
	return a.appendIn(dst, localeFor(tag))
}

func (a Amount) appendIn(dst []byte, l cldr.Locale) []byte {
	var buf [64]byte
	if neg, digits, cut, ok := a.fastDigits(buf[:0]); ok {
		// The conversions of short non-escaping byte slices to strings
		// do not allocate.
		return a.appendDigits(dst, l, neg, string(digits[:cut]), string(digits[cut:]))
	}
	neg, intPart, frac := split(a.Round().num(), a.c.Digits())
	return a.appendDigits(dst, l, neg, intPart, frac)
}

func (a Amount) appendDigits(dst []byte, l cldr.Locale, neg bool, intPart, frac string) []byte {
	if strings.Trim(intPart, "0") == "" && strings.Trim(frac, "0") == "" {
		neg = false // -0.001 EUR rounds to 0.00 EUR, not -0.00
	}
	if a.c.IsZero() {
		return l.AppendNumber(dst, neg, intPart, frac)
	}
	return l.AppendMoney(dst, neg, intPart, frac, string(a.c.code[:]))
}

// fastDigits is split(a.Round().num(), a.c.Digits()) without allocating, for
// coefficients of up to 18 digits; ok is false when it cannot tell.
// It returns the digits, appended to buf, with the integer part in
// digits[:cut] and the fraction in digits[cut:].
func (a Amount) fastDigits(buf []byte) (neg bool, digits []byte, cut int, ok bool) {
	if !a.num().small() {
		return false, nil, 0, false
	}
	nd := a.num().numDigits()
	if nd > 18 {
		return false, nil, 0, false
	}
	v, exp := a.num().u, int(a.num().e)
	minFrac := a.c.Digits()
	if !a.c.IsZero() && exp < -minFrac {
		shift := -minFrac - exp
		if shift > nd {
			v = 0
		} else { // as in Round: halves away from zero
			p := pow10u[shift]
			q, r := v/p, v%p
			if r < 0 {
				r = -r
			}
			if r >= p-r {
				if v < 0 {
					q--
				} else {
					q++
				}
			}
			v = q
		}
		exp = -minFrac
	}
	if exp > 18 || exp < -40 {
		return false, nil, 0, false
	}
	if v == 0 && exp > 0 {
		exp = 0 // 0e8 is 0, not 000000000
	}
	neg = v < 0
	if neg {
		v = -v
	}
	fracN := 0
	if exp < 0 {
		fracN = -exp
	}
	var tmp [20]byte
	abs := strconv.AppendInt(tmp[:0], v, 10)
	for range fracN + 1 - len(abs) { // leading zeros: 0.05
		buf = append(buf, '0')
	}
	buf = append(buf, abs...)
	for range exp { // trailing zeros: 12e3
		buf = append(buf, '0')
	}
	cut = len(buf) - fracN
	for len(buf)-cut > minFrac && buf[len(buf)-1] == '0' {
		buf = buf[:len(buf)-1]
	}
	for len(buf)-cut < minFrac {
		buf = append(buf, '0')
	}
	return neg, buf, cut, true
}

// Localize is Format. It makes Amount an explain.Localizer, so amounts in
// explanations are written in the reader's language.
func (a Amount) Localize(tag language.Tag) string { return a.Format(tag) }
