package money

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// ErrCurrencyMismatch is returned, wrapped with both currency codes, when
// an operation combines amounts in different currencies.
var ErrCurrencyMismatch = errors.New("money: currency mismatch")

// ErrNoCurrency is returned, possibly wrapped, when an operation needs a
// currency and is given the zero Currency or an amount without one.
var ErrNoCurrency = errors.New("money: no currency")

// An Amount is an exact decimal amount of money in a currency, such as
// 12.50 EUR. Arithmetic is exact: Add, Sub, Neg and Mul never round. Round
// rounds to the currency's minor unit, half away from zero, and is the only
// place where rounding happens; String, Number, Format and MarshalJSON never
// hide digits.
//
// The zero Amount is zero with no currency. It prints as "0", cannot be
// marshalled, and Add, Sub, Cmp and MinorUnits reject it with
// ErrNoCurrency (or ErrCurrencyMismatch when the other amount has a
// currency); use Zero to start a total.
//
// An amount whose coefficient fits an int64 (every price a marketplace
// handles) is held without a pointer: arithmetic, rounding, comparison,
// MinorUnits and Format on such amounts allocate nothing.
//
// Amount is an immutable value, safe for concurrent use; every method
// returns a new Amount. Do not compare amounts with ==, which compares the
// internal representation (12.5 and 12.50 differ): use Equal or Cmp.
// Daylight-saving time does not affect it.
//
// No result depends on the package-level settings of
// github.com/shopspring/decimal (DivisionPrecision,
// MarshalJSONWithoutQuotes, TrimTrailingZeros, ...): this package never
// divides decimals and formats them itself.
type Amount struct {
	n num
	c Currency
}

// mk returns the amount n in currency c.
func mk(n num, c Currency) Amount { return Amount{n: n, c: c} }

// num returns the value of a.
func (a Amount) num() num { return a.n }

// New returns the amount value in currency c, exactly as given: value is
// not rounded. New(v, Currency{}) is an amount without a currency, which
// most operations reject.
func New(value decimal.Decimal, c Currency) Amount {
	return mk(numOf(value), c)
}

// Zero returns zero in currency c.
func Zero(c Currency) Amount {
	return mk(num{e: -int32(c.Digits())}, c)
}

// FromMinor returns units minor units of currency c: FromMinor(1250, EUR) is
// 12.50 EUR, FromMinor(1250, JPY) is 1250 JPY.
func FromMinor(units int64, c Currency) Amount {
	return mk(num{u: units, e: -int32(c.Digits())}, c)
}

// Parse returns the amount written value in currency c. The value is a
// plain decimal number: an optional minus sign, one or more digits, and
// optionally a point followed by one or more digits ("120.00", "-3.5",
// "0.07"). A plus sign, spaces, digit separators, exponents and a bare point
// (".5", "5.") are rejected, and so is a value with more fraction digits
// than c's minor unit has, even trailing zeros: "1.230" is not a EUR amount.
func Parse(value string, c Currency) (Amount, error) {
	if c.IsZero() {
		return Amount{}, fmt.Errorf("money: amount %q: %w", value, ErrNoCurrency)
	}
	return parse(value, c)
}

// ParseNumber returns the amount written value without a currency, for
// input that gives the currency elsewhere (a case file's bare "12.50" in
// the case currency): the grammar of Parse, with at most MaxIntegerDigits
// digits on either side of the point. Most operations refuse an amount
// without a currency until In gives it one. An amount whose digits fit an
// int64 is parsed without allocating.
func ParseNumber(value string) (Amount, error) { return parse(value, Currency{}) }

// In returns the value of a in currency c, exactly as it is (no rounding):
// ParseNumber's amounts get their currency this way. An amount already in
// another currency is not converted: In only relabels it.
func (a Amount) In(c Currency) Amount { return mk(a.n, c) }

// parse is Parse, and ParseNumber when c is the zero Currency.
func parse(value string, c Currency) (Amount, error) {
	s := value
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	if !allDigits(intPart) || hasPoint && !allDigits(frac) {
		return Amount{}, fmt.Errorf("money: amount %q: want a plain decimal number such as 120.00 or -3.5", truncate(value))
	}
	if len(strings.TrimLeft(intPart, "0")) > MaxIntegerDigits {
		return Amount{}, fmt.Errorf("money: amount %q: more than %d digits before the decimal point", truncate(value), MaxIntegerDigits)
	}
	if c.IsZero() && len(frac) > MaxIntegerDigits {
		return Amount{}, fmt.Errorf("money: amount %q: more than %d digits after the decimal point", truncate(value), MaxIntegerDigits)
	}
	if !c.IsZero() && len(frac) > c.Digits() {
		if c.Digits() == 0 {
			return Amount{}, fmt.Errorf("money: amount %q: %s has no decimal places", value, c)
		}
		return Amount{}, fmt.Errorf("money: amount %q: %s has %d decimal places", value, c, c.Digits())
	}
	exp := -int32(len(frac))
	if len(intPart)+len(frac) <= 18 {
		var v int64
		for _, p := range [2]string{intPart, frac} {
			for i := 0; i < len(p); i++ {
				v = v*10 + int64(p[i]-'0')
			}
		}
		if neg {
			v = -v
		}
		return mk(num{u: v, e: exp}, c), nil
	}
	var v big.Int
	v.SetString(intPart+frac, 10) // cannot fail: all digits
	if neg {
		v.Neg(&v)
	}
	return mk(numOfBig(&v, exp), c), nil
}

// MaxIntegerDigits bounds the digits before the decimal point that Parse
// accepts (amounts below 10^30 units): far above any price, and small
// enough that parsing and arithmetic on any accepted amount is bounded
// work (a megabyte of digits is refused, not parsed).
const MaxIntegerDigits = 30

// truncate shortens s for an error message.
func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// MustParse is like Parse but panics on error. It is meant for literals in
// code and tests, never for user input.
func MustParse(value string, c Currency) Amount {
	a, err := Parse(value, c)
	if err != nil {
		panic(err)
	}
	return a
}

// Currency returns the currency of a.
func (a Amount) Currency() Currency { return a.c }

// Decimal returns the exact value of a, without its currency, as a new
// decimal the caller owns.
func (a Amount) Decimal() decimal.Decimal { return a.num().dec() }

// same returns nil if a and b have the same currency, which is not the
// zero Currency.
func same(a, b Currency) error {
	if a != b {
		return fmt.Errorf("%w: %s and %s", ErrCurrencyMismatch, a, b)
	}
	if a.IsZero() {
		return ErrNoCurrency
	}
	return nil
}

// Add returns a + b, exactly. It returns an error wrapping
// ErrCurrencyMismatch if the currencies differ.
func (a Amount) Add(b Amount) (Amount, error) {
	if err := same(a.c, b.c); err != nil {
		return Amount{}, err
	}
	return mk(a.num().add(b.num()), a.c), nil
}

// Sub returns a - b, exactly. It returns an error wrapping
// ErrCurrencyMismatch if the currencies differ.
func (a Amount) Sub(b Amount) (Amount, error) {
	if err := same(a.c, b.c); err != nil {
		return Amount{}, err
	}
	return mk(a.num().add(b.num().neg()), a.c), nil
}

// Neg returns -a.
func (a Amount) Neg() Amount { return mk(a.num().neg(), a.c) }

// Mul returns a × d, exactly: the result keeps every digit (19.99 EUR × 0.2
// is 3.998 EUR). Call Round to get an amount in minor units. Like
// decimal.Decimal.Mul, it panics if the sum of the two exponents overflows
// an int32, which no amount from Parse and no factor below 10^±10⁹ can do.
func (a Amount) Mul(d decimal.Decimal) Amount { return mk(a.num().mul(d), a.c) }

// Round returns a rounded to its currency's minor unit (two decimal places
// for EUR, none for JPY), with halves rounded away from zero: 0.125 EUR is
// 0.13 EUR and -0.125 EUR is -0.13 EUR. An amount that is already a whole
// number of minor units is returned unchanged, without allocating. An
// amount without a currency is returned unchanged.
func (a Amount) Round() Amount {
	if a.c.IsZero() {
		return a
	}
	return mk(a.num().round(a.c.Digits()), a.c)
}

// Cmp compares a and b and returns -1 if a < b, 0 if a == b and +1 if
// a > b. It returns an error wrapping ErrCurrencyMismatch if the currencies
// differ.
func (a Amount) Cmp(b Amount) (int, error) {
	if err := same(a.c, b.c); err != nil {
		return 0, err
	}
	return a.num().cmp(b.num()), nil
}

// Equal reports whether a and b have the same currency and the same value:
// 12.5 EUR equals 12.50 EUR. It lets github.com/google/go-cmp compare
// values holding an Amount.
func (a Amount) Equal(b Amount) bool { return a.c == b.c && a.num().cmp(b.num()) == 0 }

// IsZero reports whether a is zero, in any currency or none. Note that the
// json "omitzero" option calls IsZero and so omits 0.00 EUR too.
func (a Amount) IsZero() bool { return a.num().sign() == 0 }

// IsNegative reports whether a < 0.
func (a Amount) IsNegative() bool { return a.num().sign() < 0 }

// IsPositive reports whether a > 0.
func (a Amount) IsPositive() bool { return a.num().sign() > 0 }

// Sum returns the sum of amounts, all in currency c; Sum(c) is Zero(c). It
// returns an error wrapping ErrCurrencyMismatch naming the index of the
// first amount in another currency.
func Sum(c Currency, amounts ...Amount) (Amount, error) {
	if c.IsZero() {
		return Amount{}, ErrNoCurrency
	}
	total := Zero(c).num()
	for i, a := range amounts {
		if a.c != c {
			return Amount{}, fmt.Errorf("%w: amount[%d] is %s, not %s", ErrCurrencyMismatch, i, a.c, c)
		}
		total = total.add(a.num())
	}
	return mk(total, c), nil
}

// MinorUnits returns a as a whole number of minor units: 12.50 EUR is 1250.
// It returns an error if a has no currency, is not a whole number of minor
// units (12.505 EUR: call Round first) or does not fit an int64.
func (a Amount) MinorUnits() (int64, error) {
	if a.c.IsZero() {
		return 0, ErrNoCurrency
	}
	if v, whole, ok := a.num().minor64(a.c.Digits()); ok {
		if !whole {
			return 0, fmt.Errorf("money: %s is not a whole number of minor units", a)
		}
		return v, nil
	}
	v, err := a.minor()
	if err != nil {
		return 0, err
	}
	if !v.IsInt64() {
		return 0, fmt.Errorf("money: %s: minor units do not fit an int64", a)
	}
	return v.Int64(), nil
}

// maxShift bounds the power of ten minor multiplies by, so that a value
// such as 1e1000000000 cannot make it allocate gigabytes.
const maxShift = 1000

// minor returns a in minor units. It returns an error if a is not a whole
// number of them or is above 10^maxShift of them.
func (a Amount) minor() (*big.Int, error) {
	digits := a.c.Digits()
	v := a.num().coef()
	shift := int(a.num().e) + digits
	switch {
	case v.Sign() == 0:
		return v, nil
	case shift > maxShift:
		return nil, fmt.Errorf("money: %s: too large", a)
	case shift >= 0:
		return v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shift)), nil)), nil
	}
	if -shift > a.num().numDigits() { // 0 < |a| < 1 minor unit
		return nil, fmt.Errorf("money: %s is not a whole number of minor units", a)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-shift)), nil)
	q, r := v.QuoRem(v, p, new(big.Int))
	if r.Sign() != 0 {
		return nil, fmt.Errorf("money: %s is not a whole number of minor units", a)
	}
	return q, nil
}

// Number returns the value of a without its currency: "12.50", "-3.50",
// "1250" for JPY. It always shows the currency's minor-unit digits, and
// more when the value has more nonzero digits ("12.505"). The zero Amount
// is "0".
func (a Amount) Number() string {
	neg, i, f := split(a.num(), a.c.Digits())
	var b strings.Builder
	b.Grow(len(i) + len(f) + 2)
	if neg {
		b.WriteByte('-')
	}
	b.WriteString(i)
	if f != "" {
		b.WriteByte('.')
		b.WriteString(f)
	}
	return b.String()
}

// String returns a with its currency code, for logs and explanations:
// "12.50 EUR", "-3.50 EUR", "1250 JPY", or "12.505 EUR" for an amount that
// is not rounded. The zero Amount is "0". Use Format for text for people.
func (a Amount) String() string {
	if a.c.IsZero() {
		return a.Number()
	}
	return a.Number() + " " + a.c.Code()
}

// split returns the sign, the integer digits and the fraction digits of n,
// with at least minFrac fraction digits and no trailing zeros beyond them.
// It never uses decimal's String, which depends on package-level settings.
func split(n num, minFrac int) (neg bool, intPart, frac string) {
	neg, abs := n.absDigits()
	exp := int(n.e)
	switch {
	case abs == "0":
		intPart = "0"
	case exp >= 0:
		intPart = abs + strings.Repeat("0", exp)
	default:
		k := -exp
		if len(abs) <= k {
			abs = strings.Repeat("0", k-len(abs)+1) + abs
		}
		intPart, frac = abs[:len(abs)-k], abs[len(abs)-k:]
	}
	for len(frac) > minFrac && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	if len(frac) < minFrac {
		frac += strings.Repeat("0", minFrac-len(frac))
	}
	return neg, intPart, frac
}
