package money_test

import (
	"testing"

	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestFormat(t *testing.T) {
	var (
		fr = language.French
		en = language.English
		pl = language.Polish
		de = language.German
	)
	m := money.MustParse
	tests := []struct {
		name string
		in   money.Amount
		tag  language.Tag
		want string
	}{
		{"French groups with U+202F, U+00A0 before the symbol", m("1234.50", EUR), fr, "1\u202f234,50\u00a0€"},
		{"French negative", m("-1234.50", EUR), fr, "-1\u202f234,50\u00a0€"},
		{"French millions", m("1234567.89", EUR), fr, "1\u202f234\u202f567,89\u00a0€"},
		{"French small", m("0.5", EUR), fr, "0,50\u00a0€"},
		{"French three digits", m("999.99", EUR), fr, "999,99\u00a0€"},
		{"French, Canada uses the French layout", m("1234.50", EUR), language.CanadianFrench, "1\u202f234,50\u00a0€"},
		{"English symbol first", m("1234.50", EUR), en, "€1,234.50"},
		{"English negative", m("-1234.50", EUR), en, "-€1,234.50"},
		{"English dollar", m("1234.5", money.MustCurrency("USD")), en, "$1,234.50"},
		{"English pound", m("20", money.MustCurrency("GBP")), language.BritishEnglish, "£20.00"},
		{"English letter symbol gets a no-break space", m("1234.50", money.MustCurrency("CHF")), en, "CHF\u00a01,234.50"},
		{"English yen: no CLDR symbol kept, the code", m("1234", JPY), en, "JPY\u00a01,234"},
		{"Polish 4 digits are not grouped", m("1234.50", PLN), pl, "1234,50\u00a0zł"},
		{"Polish 5 digits are grouped with U+00A0", m("12345.50", PLN), pl, "12\u00a0345,50\u00a0zł"},
		{"Polish negative", m("-12345.50", PLN), pl, "-12\u00a0345,50\u00a0zł"},
		{"Polish euro", m("1234.50", EUR), pl, "1234,50\u00a0€"},
		{"German", m("1234.50", EUR), de, "1.234,50\u00a0€"},
		{"German negative", m("-1234.50", EUR), de, "-1.234,50\u00a0€"},
		{"Italian does not group 4 digits (CLDR minimumGroupingDigits 2)", m("1234.50", EUR), language.Italian, "1234,50\u00a0€"},
		{"Spanish does not group 4 digits", m("1234.50", EUR), language.Spanish, "1234,50\u00a0€"},
		{"Spanish groups 5 digits", m("12345.50", EUR), language.Spanish, "12.345,50\u00a0€"},
		{"other languages fall back to English", m("1234.50", EUR), language.Japanese, "€1,234.50"},
		{"undetermined language is English", m("1234.50", EUR), language.Und, "€1,234.50"},
		{"rounds half away from zero", money.New(dec("1234.505"), EUR), fr, "1\u202f234,51\u00a0€"},
		{"rounds negative half away from zero", money.New(dec("-0.125"), EUR), en, "-€0.13"},
		{"no negative zero", money.New(dec("-0.001"), EUR), fr, "0,00\u00a0€"},
		{"dinar three digits", m("1234.5", KWD), en, "KWD\u00a01,234.500"},
		{"currency newer than x/text prints its code", m("10", money.MustCurrency("VES")), fr, "10,00\u00a0VES"},
		{"no currency", money.New(dec("1234.5"), money.Currency{}), fr, "1\u202f234,5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.in.Format(tt.tag)); diff != "" {
				t.Errorf("Format(%v, %v) mismatch (-want +got):\n%s", tt.in, tt.tag, diff)
			}
			if diff := cmp.Diff(tt.want, tt.in.Localize(tt.tag)); diff != "" {
				t.Errorf("Localize(%v, %v) mismatch (-want +got):\n%s", tt.in, tt.tag, diff)
			}
		})
	}
}
