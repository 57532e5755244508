// Package cldr writes dates, times, numbers and money the way the Unicode
// CLDR says each of the 25 supported languages writes them. The facts are
// data (data.go, generated from the CLDR JSON by ./gen); a few house-style
// choices that are not CLDR are kept apart in overrides.go.
//
// The package imports only the standard library and holds no mutable
// state: its tables are never written, and Locale is a small value.
package cldr

import (
	"slices"
	"time"
	"unicode"
	"unicode/utf8"
)

// Locale is the way one language writes dates and numbers. The zero
// Locale is English. A Locale is a small comparable value, safe for
// concurrent use. Locale knows nothing of time zones: it writes the wall
// clock it is given, so daylight-saving time is the caller's concern.
type Locale struct {
	i uint8 // index in locales
}

// localeCodes are the languages of locales, in their order, two bytes
// each, separated by spaces (TestLocaleCodesMatchData keeps them in step
// with the generated data).
const localeCodes = "en bg cs da de el es et fi fr hr hu is it lt lv mt nb nl pl pt ro sk sl sv"

// For returns the Locale of the base language code lang ("fr", "pl"),
// and whether the package has that language. "no" (Norwegian) is written
// as CLDR's "nb". For an unknown language it returns English and false.
func For(lang string) (Locale, bool) {
	if lang == "no" {
		lang = "nb"
	}
	// Compare two bytes per language in a compact string rather than the
	// language field of each locale (one cache line per locale).
	if len(lang) == 2 {
		for i := 0; i+1 < len(localeCodes); i += 3 {
			if localeCodes[i] == lang[0] && localeCodes[i+1] == lang[1] {
				return Locale{i: uint8(i / 3)}, true
			}
		}
	}
	return Locale{}, false
}

// Languages returns the base language codes the package has, sorted, in a
// new slice.
func Languages() []string {
	out := make([]string, len(locales))
	for i := range locales {
		out[i] = locales[i].lang
	}
	slices.Sort(out)
	return out
}

// LanguageName returns the name of the language of base code code ("de")
// as l's language writes it ("allemand" in French, "Deutsch" in German),
// from CLDR's locale display names; code itself when it is not one of
// Languages.
func (l Locale) LanguageName(code string) string {
	if code == "no" {
		code = "nb"
	}
	if len(code) == 2 {
		for i := 0; i+1 < len(localeCodes); i += 3 {
			if localeCodes[i] == code[0] && localeCodes[i+1] == code[1] {
				return l.data().names[i/3]
			}
		}
	}
	return code
}

// Lang returns the base language code of l ("en" for the zero Locale).
func (l Locale) Lang() string { return l.data().lang }

func (l Locale) data() *localeData {
	if int(l.i) >= len(locales) {
		return &locales[0]
	}
	return &locales[l.i]
}

// Month returns the wide stand-alone name of m ("July", "lipiec"), or ""
// for a month outside January to December.
func (l Locale) Month(m time.Month) string {
	if m < time.January || m > time.December {
		return ""
	}
	return l.data().monthsStandAlone[m-1]
}

// Weekday returns the wide name of w in the format context ("Wednesday",
// "mercredi", "keskiviikkona" in Finnish), or "" for an invalid weekday.
func (l Locale) Weekday(w time.Weekday) string {
	if w < time.Sunday || w > time.Saturday {
		return ""
	}
	return l.data().weekdays[w]
}

// AppendDate appends the long date of year-month-day in prose ("15
// juillet 2026", "15. Juli 2026", "July 15, 2026", "15 lipca 2026") to
// dst. It does not check that the date exists.
func (l Locale) AppendDate(dst []byte, year int, month time.Month, day int) []byte {
	v := fields{year: year, month: month, day: day}
	return l.appendPattern(dst, l.data().dateLong, &v)
}

// AppendDateTime appends the long date and the short time of a wall
// clock reading in prose ("15 juillet 2026 à 10 h 00", "15. Juli 2026,
// 10:00 Uhr", "July 15, 2026 at 10:00 AM" with U+202F before AM). The
// date part is AppendDate's; the time is CLDR's short time (or the house
// style of overrides.go) and the glue CLDR's "at time" form for long
// dates. It does not check the date or the clock reading.
func (l Locale) AppendDateTime(dst []byte, year int, month time.Month, day, hour, min int) []byte {
	v := fields{year: year, month: month, day: day, hour: hour, min: min}
	d := l.data()
	glue, timePat := d.dateTime, d.timeShort
	if o, ok := houseStyleFor(d.lang); ok {
		if o.timeShort != "" {
			timePat = o.timeShort
		}
		if o.dateTime != "" {
			glue = o.dateTime
		}
	}
	// The glue is a pattern whose only fields are {0} (time) and {1}
	// (date); quoted text in it is literal.
	for i := 0; i < len(glue); {
		c := glue[i]
		switch {
		case c == '{' && i+2 < len(glue) && glue[i+2] == '}' && (glue[i+1] == '0' || glue[i+1] == '1'):
			if glue[i+1] == '0' {
				dst = l.appendPattern(dst, timePat, &v)
			} else {
				dst = l.appendPattern(dst, d.dateLong, &v)
			}
			i += 3
		case c == '\'':
			var n int
			dst, n = appendQuoted(dst, glue[i:])
			i += n
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst
}

// fields are the values a date or time pattern can print.
type fields struct {
	year      int
	month     time.Month
	day       int
	hour, min int
}

// supported reports whether the pattern field made of n letters c is one
// appendPattern prints.
func supported(c byte, n int) bool {
	switch c {
	case 'd', 'H', 'h', 'm':
		return n <= 2
	case 'M':
		return n <= 2 || n == 4
	case 'y':
		return n == 1 || n == 4
	case 'E':
		return n == 4
	case 'a':
		return n == 1
	}
	return false
}

// appendPattern appends v formatted by the CLDR date or time pattern p.
// ASCII letters are fields, text between apostrophes is literal (” is an
// apostrophe), everything else is copied. A field the package does not
// support is copied as its letters (a test keeps the data free of them).
func (l Locale) appendPattern(dst []byte, p string, v *fields) []byte {
	d := l.data()
	for i := 0; i < len(p); {
		c := p[i]
		if c == '\'' {
			var n int
			dst, n = appendQuoted(dst, p[i:])
			i += n
			continue
		}
		if !isLetter(c) {
			dst = append(dst, c)
			i++
			continue
		}
		n := 1
		for i+n < len(p) && p[i+n] == c {
			n++
		}
		field := p[i : i+n]
		i += n
		if !supported(c, n) {
			dst = append(dst, field...)
			continue
		}
		switch c {
		case 'd':
			if o, ok := houseStyleFor(d.lang); ok && n == 1 && v.day == 1 && o.firstDay != "" {
				dst = append(dst, o.firstDay...)
				break
			}
			dst = appendInt(dst, v.day, n)
		case 'M':
			if n == 4 {
				if v.month >= time.January && v.month <= time.December {
					dst = append(dst, d.months[v.month-1]...)
				}
			} else {
				dst = appendInt(dst, int(v.month), n)
			}
		case 'y':
			dst = appendInt(dst, v.year, n)
		case 'E':
			wd := time.Date(v.year, v.month, v.day, 12, 0, 0, 0, time.UTC).Weekday()
			dst = append(dst, d.weekdays[wd]...)
		case 'H':
			dst = appendInt(dst, v.hour, n)
		case 'h':
			h := v.hour % 12
			if h == 0 {
				h = 12
			}
			dst = appendInt(dst, h, n)
		case 'm':
			dst = appendInt(dst, v.min, n)
		case 'a':
			if v.hour < 12 {
				dst = append(dst, d.am...)
			} else {
				dst = append(dst, d.pm...)
			}
		}
	}
	return dst
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// appendQuoted appends the literal that starts with the apostrophe at
// s[0] and returns how many bytes of s it used.
func appendQuoted(dst []byte, s string) ([]byte, int) {
	if len(s) > 1 && s[1] == '\'' {
		return append(dst, '\''), 2
	}
	for i := 1; i < len(s); i++ {
		if s[i] == '\'' {
			if i+1 < len(s) && s[i+1] == '\'' { // '' inside a quote
				dst = append(dst, '\'')
				i++
				continue
			}
			return dst, i + 1
		}
		dst = append(dst, s[i])
	}
	return dst, len(s) // unterminated: the rest is literal
}

// appendInt appends n >= 0 with at least width digits; a negative n is
// written with a hyphen-minus.
func appendInt(dst []byte, n, width int) []byte {
	if n < 0 {
		dst = append(dst, '-')
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n >= 10 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	buf[i] = byte('0' + n)
	for len(buf)-i < width {
		i--
		buf[i] = '0'
	}
	return append(dst, buf[i:]...)
}

// Symbol returns the CLDR symbol ("symbol" form, not narrow) of the
// currency with ISO code code in l's language ("€", "zł" in Polish, "$US"
// in French), or code itself when CLDR has none for the language or the
// package does not carry the currency.
func (l Locale) Symbol(code string) string {
	d := l.data()
	for i, c := range currencyCodes {
		if c == code {
			if s := d.symbols[i]; s != "" {
				return s
			}
			break
		}
	}
	return code
}

// AppendNumber appends the number -intDigits.fracDigits (or without the
// minus when !neg) as l writes it: CLDR's group and decimal symbols,
// groups of three shown only from minimumGroupingDigits+3 integer digits
// on ("1234,50" but "12 345,50" in Polish), and CLDR's minusSign in front.
// Some languages' minus sign is U+2212 MINUS SIGN (Estonian, Finnish,
// Croatian, Lithuanian, Norwegian, Slovenian, Swedish); the others use
// the hyphen-minus. intDigits and fracDigits must be ASCII digits (an
// empty fracDigits writes no decimal separator; an empty intDigits is
// written "0"); the caller rounds.
func (l Locale) AppendNumber(dst []byte, neg bool, intDigits, fracDigits string) []byte {
	d := l.data()
	if neg {
		dst = append(dst, d.minus...)
	}
	return d.appendDigits(dst, intDigits, fracDigits)
}

func (d *localeData) appendDigits(dst []byte, intDigits, fracDigits string) []byte {
	if intDigits == "" {
		intDigits = "0"
	}
	n := len(intDigits)
	grouped := n >= 3+d.minGrouping
	for i := 0; i < n; i++ {
		if grouped && i > 0 && (n-i)%3 == 0 {
			dst = append(dst, d.group...)
		}
		dst = append(dst, intDigits[i])
	}
	if fracDigits != "" {
		dst = append(dst, d.decimal...)
		dst = append(dst, fracDigits...)
	}
	return dst
}

// AppendMoney appends an amount of the currency with ISO code
// currencyCode following l's CLDR standard currency pattern: "1 234,50 €"
// (U+202F between groups, U+00A0 before the symbol) in French,
// "€1,234.50" in English, "€ -1.234,50" in Dutch, whose pattern has its
// own negative form. Without a negative form the minus sign (see
// AppendNumber) goes before the pattern: "-€1,234.50". The number of
// fraction digits is len(fracDigits), not the pattern's. When the
// symbol's character next to the digits is neither a Unicode symbol nor a
// space (a letter, as in "CHF", or a dot, as in "kr."), a no-break space
// sets it apart, as CLDR's currencySpacing says: "CHF 1,234.50" in
// English, but "US$1,234.50" in Maltese. A currency the package does not
// carry, or one CLDR gives no symbol in the language, is written with its
// ISO code.
func (l Locale) AppendMoney(dst []byte, neg bool, intDigits, fracDigits, currencyCode string) []byte {
	d := l.data()
	sym := l.Symbol(currencyCode)
	pat := d.currency
	minusOutside := false
	if semi := indexByte(pat, ';'); semi >= 0 {
		if neg {
			pat = pat[semi+1:]
		} else {
			pat = pat[:semi]
		}
	} else {
		minusOutside = neg
	}
	if minusOutside {
		dst = append(dst, d.minus...)
	}
	// The number is the run of '#', '0', ',' and '.' in the pattern.
	start, end := -1, -1
	for i := 0; i < len(pat); i++ {
		switch pat[i] {
		case '#', '0', ',', '.':
			if start < 0 {
				start = i
			}
			end = i + 1
		}
	}
	if start < 0 { // not a number pattern: cannot happen with the data
		start, end = len(pat), len(pat)
	}
	dst = d.appendAffix(dst, pat[:start], sym, true)
	dst = d.appendDigits(dst, intDigits, fracDigits)
	return d.appendAffix(dst, pat[end:], sym, false)
}

// appendAffix appends a prefix (before the number) or suffix of a
// currency pattern, with sym for '¤' and the minus sign for '-'.
func (d *localeData) appendAffix(dst []byte, affix, sym string, prefix bool) []byte {
	const currencySign = "\u00a4"
	for i := 0; i < len(affix); {
		switch {
		case affix[i] == '-':
			dst = append(dst, d.minus...)
			i++
		case hasPrefixAt(affix, i, currencySign):
			after := i + len(currencySign)
			if !prefix && i == 0 && needsSpace(sym, false) {
				dst = append(dst, "\u00a0"...) // afterCurrency: digits then letters
			}
			dst = append(dst, sym...)
			if prefix && after == len(affix) && needsSpace(sym, true) {
				dst = append(dst, "\u00a0"...) // beforeCurrency: letters then digits
			}
			i = after
		default:
			dst = append(dst, affix[i])
			i++
		}
	}
	return dst
}

// needsSpace reports whether sym's edge next to the digits (its last rune
// when it comes before them) matches CLDR's currencyMatch
// [[:^S:]&[:^Z:]]: neither a symbol nor a separator.
func needsSpace(sym string, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(sym)
	} else {
		r, _ = utf8.DecodeRuneInString(sym)
	}
	if r == utf8.RuneError {
		return false
	}
	return !unicode.IsSymbol(r) && !unicode.In(r, unicode.Z)
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}
