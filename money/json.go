package money

import "github.com/aftersales/aftersales/internal/strictjson"

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
	if a.c.IsZero() {
		return nil, ErrNoCurrency
	}
	if _, err := a.minor(); err != nil {
		return nil, err
	}
	n := a.Number()
	b := make([]byte, 0, len(n)+len(`{"amount":"","currency":"EUR"}`))
	b = append(b, `{"amount":"`...)
	b = append(b, n...)
	b = append(b, `","currency":"`...)
	b = append(b, a.c.code[:]...)
	b = append(b, `"}`...)
	return b, nil
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
