package money

import (
	"fmt"

	"golang.org/x/text/currency"
)

// A Currency is an ISO 4217 currency, such as EUR or PLN, together with the
// number of digits of its minor unit (2 for EUR, 0 for JPY, 3 for BHD).
//
// Currency is a small comparable value: use == to compare, or Equal. The
// zero Currency is "no currency": it is not valid, its Code is empty and it
// cannot be marshalled. A Currency is immutable and safe for concurrent
// use. Daylight-saving time does not affect it.
type Currency struct {
	code   [3]byte
	digits uint8
}

// ParseCurrency returns the currency with the ISO 4217 code s.
//
// The code must be three upper-case ASCII letters ("EUR", not "eur"): codes
// are identifiers, and accepting several spellings would let two spellings
// of one policy compare unequal as text. The code must be known to
// golang.org/x/text/currency or be one of the few codes ISO 4217 introduced
// after that package's data (VES, VED, MRU, SLE, ZWG, UYW, XCG). Codes that
// ISO 4217 lists without a minor unit are rejected, because they are not
// currencies in which a refund can be paid: XXX (no currency), XTS
// (testing), the precious metals XAU, XAG, XPD, XPT, and the units XBA, XBB,
// XBC, XBD, XDR, XSU, XUA. ParseCurrency does not judge whether a currency is
// still legal tender.
func ParseCurrency(s string) (Currency, error) {
	if len(s) != 3 || !isUpper(s[0]) || !isUpper(s[1]) || !isUpper(s[2]) {
		return Currency{}, fmt.Errorf("money: currency %q: want an ISO 4217 code of three upper-case letters", s)
	}
	if noMinorUnit(s) {
		return Currency{}, fmt.Errorf("money: currency %q: ISO 4217 gives it no minor unit; it is not a currency of payment", s)
	}
	digits, ok := isoDigits(s)
	if u, err := currency.ParseISO(s); err == nil {
		if !ok {
			digits, _ = currency.Standard.Rounding(u)
		}
	} else if !ok || !newerThanXText(s) {
		return Currency{}, fmt.Errorf("money: currency %q: not an ISO 4217 currency code", s)
	}
	return Currency{code: [3]byte{s[0], s[1], s[2]}, digits: uint8(digits)}, nil
}

// MustCurrency is like ParseCurrency but panics if code is not valid. It is
// meant for literals in code and tests, never for user input.
func MustCurrency(code string) Currency {
	c, err := ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// Code returns the ISO 4217 code of c ("EUR"), or "" for the zero Currency.
func (c Currency) Code() string {
	if c.IsZero() {
		return ""
	}
	return string(c.code[:])
}

// Digits returns the number of decimal digits of c's minor unit: 2 for EUR
// and PLN, 0 for JPY, 3 for BHD and KWD. The zero Currency has 0 digits.
//
// The values are the minor units of ISO 4217. They are taken from the
// CLDR data of golang.org/x/text/currency where CLDR agrees with ISO 4217,
// and from a table in this package where it does not (CLDR gives IDR, COP,
// RSD and a few others 0 digits and IQD 0 where ISO 4217 gives 2 and 3).
func (c Currency) Digits() int { return int(c.digits) }

// String returns the ISO 4217 code of c, or "(no currency)" for the zero
// Currency.
func (c Currency) String() string {
	if c.IsZero() {
		return "(no currency)"
	}
	return string(c.code[:])
}

// IsZero reports whether c is the zero Currency (no currency).
func (c Currency) IsZero() bool { return c == Currency{} }

// Equal reports whether c and d are the same currency. It is the same as
// c == d and lets github.com/google/go-cmp compare values holding a
// Currency.
func (c Currency) Equal(d Currency) bool { return c == d }

// MarshalText implements encoding.TextMarshaler: the ISO 4217 code. The
// zero Currency cannot be marshalled and returns an error; use the json
// "omitzero" option for optional currencies.
func (c Currency) MarshalText() ([]byte, error) {
	if c.IsZero() {
		return nil, ErrNoCurrency
	}
	return c.code[:], nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseCurrency. An
// empty text is an error, not the zero Currency.
func (c *Currency) UnmarshalText(text []byte) error {
	x, err := ParseCurrency(string(text))
	if err != nil {
		return err
	}
	*c = x
	return nil
}

// noMinorUnit reports whether ISO 4217 lists code with minor unit "N.A.".
func noMinorUnit(code string) bool {
	switch code {
	case "XXX", "XTS", "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA":
		return true
	}
	return false
}

// newerThanXText reports whether code is an ISO 4217 code introduced after
// the CLDR data of golang.org/x/text/currency (CLDR 32).
func newerThanXText(code string) bool {
	switch code {
	case "VES", "VED", "MRU", "SLE", "ZWG", "UYW", "XCG":
		return true
	}
	return false
}

// isoDigits returns the ISO 4217 minor unit of code for every current code
// whose minor unit is not 2, and for the codes whose CLDR rounding digits
// (golang.org/x/text/currency) differ from ISO 4217. For any other code it
// returns false and the CLDR value, which then equals ISO 4217, is used.
func isoDigits(code string) (int, bool) {
	switch code {
	case "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
		"UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF":
		return 0, true
	case "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND":
		return 3, true
	case "CLF", "UYW":
		return 4, true
	case "AFN", "ALL", "AMD", "COP", "GYD", "IDR", "IRR", "KPW", "LAK", "LBP",
		"MGA", "MMK", "MNT", "MUR", "PKR", "RSD", "SLL", "SOS", "SYP", "TZS",
		"UZS", "YER",
		"VES", "VED", "MRU", "SLE", "ZWG", "XCG":
		return 2, true
	}
	return 0, false
}
