package money_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/aftersales/aftersales/internal/cldr"
	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// TestFormatEveryLanguage: one row at least per language of the European
// markets; expectations written by hand from the CLDR 48 JSON (standard
// currency pattern, symbols, group/decimal, minimumGroupingDigits,
// minusSign).
func TestFormatEveryLanguage(t *testing.T) {
	c := money.MustCurrency
	m := money.MustParse
	tests := []struct {
		lang string
		in   money.Amount
		want string
	}{
		{"bg", m("1234.5", EUR), "1234,50\u00a0€"},
		{"cs", m("1234.5", EUR), "1\u00a0234,50\u00a0€"},
		{"da", m("1234.5", EUR), "1.234,50\u00a0€"},
		{"de", m("1234.5", EUR), "1.234,50\u00a0€"},
		{"el", m("1234.5", EUR), "1.234,50\u00a0€"},
		{"en", m("1234.5", EUR), "€1,234.50"},
		{"es", m("1234.5", EUR), "1234,50\u00a0€"},
		{"et", m("1234.5", EUR), "1234,50\u00a0€"},
		{"fi", m("1234.5", EUR), "1\u00a0234,50\u00a0€"},
		{"fr", m("1234.5", EUR), "1\u202f234,50\u00a0€"},
		{"hr", m("1234.5", EUR), "1.234,50\u00a0€"},
		{"hu", m("1234.5", EUR), "1234,50\u00a0EUR"},
		{"is", m("1234.5", EUR), "1.234,50\u00a0EUR"},
		{"it", m("1234.5", EUR), "1234,50\u00a0€"},
		{"lt", m("1234.5", EUR), "1\u00a0234,50\u00a0€"},
		{"lv", m("1234.5", EUR), "1234,50\u00a0€"},
		{"mt", m("1234.5", EUR), "€1,234.50"},
		{"nb", m("1234.5", EUR), "1\u00a0234,50\u00a0€"},
		{"no", m("1234.5", EUR), "1\u00a0234,50\u00a0€"},
		{"nl", m("1234.5", EUR), "€\u00a01.234,50"},
		{"pl", m("1234.5", EUR), "1234,50\u00a0€"},
		{"pt", m("1234.5", EUR), "€\u00a01.234,50"},
		{"ro", m("1234.5", EUR), "1.234,50\u00a0EUR"},
		{"sk", m("1234.5", EUR), "1\u00a0234,50\u00a0€"},
		{"sl", m("1234.5", EUR), "1234,50\u00a0€"},
		{"sv", m("1234.5", EUR), "1\u00a0234,50\u00a0€"},
		// own currencies
		{"pl", m("12345.5", PLN), "12\u00a0345,50\u00a0zł"},
		{"cs", m("1234.5", c("CZK")), "1\u00a0234,50\u00a0Kč"},
		{"sv", m("1234.5", c("SEK")), "1\u00a0234,50\u00a0kr"},
		{"hu", m("12345", c("HUF")), "12\u00a0345,00\u00a0Ft"},
		{"da", m("1234.5", c("DKK")), "1.234,50\u00a0kr."},
		{"nb", m("1234.5", c("NOK")), "1\u00a0234,50\u00a0kr"},
		{"is", m("1234", c("ISK")), "1.234\u00a0kr."},
		{"bg", m("1234.5", c("BGN")), "1234,50\u00a0лв."},
		{"ro", m("1234.5", c("RON")), "1.234,50\u00a0RON"},
		// negative
		{"sv", m("-1234.5", c("SEK")), "\u22121\u00a0234,50\u00a0kr"},
		{"nb", m("-1234.5", c("NOK")), "\u22121\u00a0234,50\u00a0kr"},
		{"nl", m("-1234.5", EUR), "€\u00a0-1.234,50"},
		{"fi", m("-0.5", EUR), "\u22120,50\u00a0€"},
		{"de", m("-1234.5", EUR), "-1.234,50\u00a0€"},
		// below the grouping minimum
		{"pl", m("9999.99", PLN), "9999,99\u00a0zł"},
		{"es", m("12.3", EUR), "12,30\u00a0€"},
		{"lv", m("0.05", EUR), "0,05\u00a0€"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.in.String(), func(t *testing.T) {
			tag := language.MustParse(tt.lang)
			if diff := cmp.Diff(tt.want, tt.in.Format(tag)); diff != "" {
				t.Errorf("Format mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, string(tt.in.AppendFormat([]byte("x"), tag)[1:])); diff != "" {
				t.Errorf("AppendFormat mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAppendFormatLargeAmounts covers the slow path (more than 18
// significant digits) against the fast one.
func TestAppendFormatLargeAmounts(t *testing.T) {
	tests := []struct {
		name string
		in   money.Amount
		tag  language.Tag
		want string
	}{
		{"20 digits", money.New(dec("12345678901234567890.125"), EUR), language.French,
			"12\u202f345\u202f678\u202f901\u202f234\u202f567\u202f890,13\u00a0€"},
		{"20 digits negative", money.New(dec("-12345678901234567890.125"), EUR), language.English,
			"-€12,345,678,901,234,567,890.13"},
		{"tiny without currency", money.New(dec("0.000000000000000000000000000000000000000000001"), money.Currency{}), language.English,
			"0.000000000000000000000000000000000000000000001"},
		{"big exponent", money.New(decimal.New(5, 30), EUR), language.German,
			"5.000.000.000.000.000.000.000.000.000.000,00\u00a0€"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.in.Format(tt.tag)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAppendFormatAllocations(t *testing.T) {
	buf := make([]byte, 0, 64)
	for _, tt := range []struct {
		a   money.Amount
		tag language.Tag
	}{
		{money.New(dec("-1234567.891"), EUR), language.French},
		{money.MustParse("1234.5", PLN), language.Polish},
		{money.MustParse("1234.5", money.MustCurrency("CHF")), language.English},
		{money.New(dec("0.5"), money.Currency{}), language.German},
	} {
		if n := testing.AllocsPerRun(100, func() { buf = tt.a.AppendFormat(buf[:0], tt.tag) }); n != 0 {
			t.Errorf("AppendFormat(%v, %v): %v allocations, want 0", tt.a, tt.tag, n)
		}
	}
}

// TestFormatMatchesReference compares Format (fast path) with a slow
// reference built from Round and decimal's own text for random amounts.
func TestFormatMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		c := []money.Currency{EUR, JPY, KWD, money.Currency{}}[r.IntN(4)]
		d := decimal.New(r.Int64N(2e12)-1e12, -int32(r.IntN(8)))
		a := money.New(d, c)
		got := a.Format(language.English)
		// Reference: English layout through decimal's StringFixed.
		want := reference(a)
		if got != want {
			t.Fatalf("Format(%v) = %q, reference %q", a, got, want)
		}
	}
}

func reference(a money.Amount) string {
	var s string
	if a.Currency().IsZero() {
		s = a.Decimal().String()
	} else {
		s = a.Round().Decimal().StringFixed(int32(a.Currency().Digits()))
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	intPart, frac := s, ""
	for i := range s {
		if s[i] == '.' {
			intPart, frac = s[:i], s[i+1:]
		}
	}
	var out string
	for i := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			out += ","
		}
		out += string(intPart[i])
	}
	if frac != "" {
		out += "." + frac
	}
	sym := a.Currency().Code()
	if sym == "EUR" {
		sym = "€"
	}
	if sym != "" && sym != "€" {
		sym += "\u00a0"
	}
	if neg && (intPart != "0" || frac != "" && frac != "000"[:len(frac)]) {
		return "-" + sym + out
	}
	return sym + out
}

// TestSymbolsAgainstXText compares the symbols of internal/cldr (CLDR 48)
// with those of golang.org/x/text/currency (an older CLDR) for every
// language and currency. The known differences are listed with the
// reason; any other difference fails.
func TestSymbolsAgainstXText(t *testing.T) {
	known := map[string]string{
		// x/text carries CLDR 32 (2017); these symbols changed since.
		"hr EUR": "Croatia adopted the euro in 2023; CLDR 42+ gives hr the symbol €, CLDR 32 had the code",
		"is ISK": "CLDR 48 gives Icelandic its own currency the symbol kr.; CLDR 32 printed the code",
		"da USD": "CLDR 48 writes US$ in Danish to tell it from other dollars; CLDR 32 had $",
	}
	langs := []string{"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "is", "it", "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}
	codes := []string{"EUR", "PLN", "CZK", "HUF", "SEK", "DKK", "NOK", "ISK", "RON", "BGN", "CHF", "GBP", "USD"}
	var diffs []string
	for _, lang := range langs {
		tag := language.MustParse(lang)
		for _, code := range codes {
			l, _ := cldr.For(lang)
			ours := l.Symbol(code)
			theirs := xtextSymbol(currency.MustParseISO(code), tag)
			if (ours == theirs) == (known[lang+" "+code] != "") {
				diffs = append(diffs, lang+" "+code+": cldr "+ours+" x/text "+theirs+"; known: "+known[lang+" "+code])
			}
		}
	}
	for _, d := range diffs {
		t.Error(d)
	}
}

// xtextSymbol is the symbol golang.org/x/text/currency writes for u in the
// language of tag.
func xtextSymbol(u currency.Unit, tag language.Tag) string {
	s := symbolState{tag: tag}
	currency.Symbol(u).Format(&s, 'v')
	return string(s.buf)
}

// symbolState is the fmt.State through which x/text/currency writes a
// symbol; its Language method selects the language.
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

// Amounts written into one buffer without allocating, in the languages
// of the markets, following CLDR.
func ExampleAmount_AppendFormat() {
	a := money.MustParse("-1234.50", money.MustCurrency("SEK"))
	var buf []byte
	for _, lang := range []string{"sv", "nl", "en"} {
		buf = a.AppendFormat(buf[:0], language.MustParse(lang))
		fmt.Printf("%s %+q\n", lang, buf)
	}
	// Output:
	// sv "\u22121\u00a0234,50\u00a0kr"
	// nl "SEK\u00a0-1.234,50"
	// en "-SEK\u00a01,234.50"
}

func BenchmarkAppendFormat(b *testing.B) {
	a := money.MustParse("1234567.89", EUR)
	buf := make([]byte, 0, 64)
	for b.Loop() {
		buf = a.AppendFormat(buf[:0], language.French)
	}
}
