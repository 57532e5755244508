package money

import (
	"strconv"

	"github.com/aftersales/aftersales/internal/strictjson"
)

// MarshalJSON implements json.Marshaler. An amount is an object with the
// value as a decimal string (so that no JSON reader turns it into a float)
// and the currency code:
//
//	{"amount":"12.50","currency":"EUR"}
//
// It returns an error for an amount without a currency and for an amount
// that is not a whole number of minor units (call Round first), which
// UnmarshalJSON would reject. It never uses decimal's MarshalJSON, whose
// output depends on decimal.MarshalJSONWithoutQuotes.
func (a Amount) MarshalJSON() ([]byte, error) {
	return a.AppendJSON(make([]byte, 0, len(`{"amount":"-0.00","currency":"EUR"}`)+8))
}

// AppendJSON appends what MarshalJSON returns to dst, with its errors (dst
// unchanged then). It does not allocate for an amount whose minor units
// fit an int64.
func (a Amount) AppendJSON(dst []byte) ([]byte, error) {
	if a.c.IsZero() {
		return dst, ErrNoCurrency
	}
	b := append(dst, `{"amount":"`...)
	digits := a.c.Digits()
	if v, whole, ok := a.num().minor64(digits); ok && whole {
		b = appendMinor(b, v, digits)
	} else {
		if _, err := a.minor(); err != nil {
			return dst, err
		}
		b = append(b, a.Number()...)
	}
	b = append(b, `","currency":"`...)
	b = append(b, a.c.code[:]...)
	return append(b, `"}`...), nil
}

// appendMinor appends v minor units with digits decimals, as Number
// writes a whole number of minor units ("-0.05", "1250").
func appendMinor(b []byte, v int64, digits int) []byte {
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = -u
	}
	var buf [24]byte
	s := strconv.AppendUint(buf[:0], u, 10)
	if digits == 0 {
		return append(b, s...)
	}
	if len(s) <= digits { // pad: 5 → 0.05
		b = append(b, '0', '.')
		for range digits - len(s) {
			b = append(b, '0')
		}
		return append(b, s...)
	}
	b = append(b, s[:len(s)-digits]...)
	b = append(b, '.')
	return append(b, s[len(s)-digits:]...)
}

// UnmarshalJSON implements json.Unmarshaler. It accepts exactly the object
// MarshalJSON writes: both fields are required strings, the amount is
// parsed with Parse (so "1.234" is rejected for EUR), the currency with
// ParseCurrency, and unknown or duplicate fields, numbers and null are
// errors. Errors are *strictjson.Error values naming the field.
func (a *Amount) UnmarshalJSON(data []byte) error {
	var v struct {
		Amount   *string `json:"amount"`
		Currency *string `json:"currency"`
	}
	if err := strictjson.Decode(data, &v); err != nil {
		return err
	}
	if v.Amount == nil {
		return strictjson.Errorf("amount", "missing or null")
	}
	if v.Currency == nil {
		return strictjson.Errorf("currency", "missing or null")
	}
	c, err := ParseCurrency(*v.Currency)
	if err != nil {
		return strictjson.At("currency", err)
	}
	x, err := Parse(*v.Amount, c)
	if err != nil {
		return strictjson.At("amount", err)
	}
	*a = x
	return nil
}
