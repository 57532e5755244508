package money

import (
	"testing"

	"github.com/shopspring/decimal"
)

// FuzzFastDigits checks the allocation-free digits of AppendFormat against
// the slow obvious path, split(a.Round().num(), digits), for any coefficient,
// exponent and currency.
func FuzzFastDigits(f *testing.F) {
	f.Add(int64(123450), int8(-2), uint8(0))
	f.Add(int64(-125), int8(-3), uint8(0))
	f.Add(int64(5), int8(-20), uint8(1))
	f.Add(int64(999999999999999999), int8(-3), uint8(2))
	f.Add(int64(12), int8(3), uint8(3))
	f.Fuzz(func(t *testing.T, v int64, exp int8, ci uint8) {
		c := []Currency{MustCurrency("EUR"), MustCurrency("JPY"), MustCurrency("KWD"), {}}[ci%4]
		a := New(decimal.New(v, int32(exp)), c)
		var buf [64]byte
		neg, digits, cut, ok := a.fastDigits(buf[:0])
		if !ok {
			return // the slow path serves it
		}
		wn, wi, wf := split(a.Round().num(), c.Digits())
		if neg != wn || string(digits[:cut]) != wi || string(digits[cut:]) != wf {
			t.Fatalf("%v (%d e%d): fast %v %q %q, slow %v %q %q", a, v, exp, neg, digits[:cut], digits[cut:], wn, wi, wf)
		}
	})
}
