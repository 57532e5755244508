package money

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"
)

// num is an exact decimal number, coefficient × 10^e. The coefficient is
// held in u when it fits an int64, without allocating, and in b (never
// modified once set) only when it does not: every amount a marketplace
// handles is small, and arithmetic on small amounts is int64 arithmetic
// with overflow checks. Anything the int64 path cannot do exactly (an
// overflow, an exponent gap above 18) is done by shopspring/decimal, the
// slow and obviously correct reference (see num_test.go), whose result is
// then stored small again when it fits.
//
// The zero num is 0 (u = 0, e = 0, b = nil).
type num struct {
	u int64
	b *big.Int // nil unless the coefficient does not fit an int64
	e int32
}

// small reports whether n's coefficient is u.
func (n num) small() bool { return n.b == nil }

// numOf returns n with the coefficient of d, small when it fits.
func numOf(d decimal.Decimal) num {
	if d.NumDigits() <= 18 {
		return num{u: d.CoefficientInt64(), e: d.Exponent()}
	}
	c := d.Coefficient() // a copy: n owns it
	if c.IsInt64() {
		return num{u: c.Int64(), e: d.Exponent()}
	}
	return num{b: c, e: d.Exponent()}
}

// numOfBig returns c × 10^e, small when c fits an int64. It keeps c.
func numOfBig(c *big.Int, e int32) num {
	if c.IsInt64() {
		return num{u: c.Int64(), e: e}
	}
	return num{b: c, e: e}
}

// dec returns n as a decimal. It allocates a new coefficient, so the
// caller may do what it likes with the result.
func (n num) dec() decimal.Decimal {
	if n.small() {
		return decimal.New(n.u, n.e)
	}
	return decimal.NewFromBigInt(n.b, n.e)
}

// coef returns n's coefficient as a new big.Int.
func (n num) coef() *big.Int {
	if n.small() {
		return big.NewInt(n.u)
	}
	return new(big.Int).Set(n.b)
}

// sign returns -1, 0 or +1.
func (n num) sign() int {
	if n.small() {
		switch {
		case n.u < 0:
			return -1
		case n.u > 0:
			return 1
		}
		return 0
	}
	return n.b.Sign()
}

// pow10u holds 10^0 to 10^18.
var pow10u = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// mulPow10 returns u × 10^k, or false if k > 18 or the product overflows.
func mulPow10(u int64, k int64) (int64, bool) {
	if k < 0 || k >= int64(len(pow10u)) {
		return 0, u == 0 && k >= 0
	}
	return mul64(u, pow10u[k])
}

// mul64 returns x × y, or false if the product overflows an int64.
func mul64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	neg := (x < 0) != (y < 0)
	hi, lo := bits.Mul64(absU(x), absU(y))
	switch {
	case hi != 0:
		return 0, false
	case neg && lo <= 1<<63:
		return int64(-lo), true // -(1<<63) is MinInt64
	case !neg && lo <= math.MaxInt64:
		return int64(lo), true
	}
	return 0, false
}

func absU(x int64) uint64 {
	if x < 0 {
		return -uint64(x)
	}
	return uint64(x)
}

// align returns the coefficients of two small numbers at their common
// (smaller) exponent, or false if scaling one of them overflows.
func align(x, y num) (xu, yu int64, e int32, ok bool) {
	switch {
	case x.e == y.e:
		return x.u, y.u, x.e, true
	case x.e > y.e:
		xu, ok = mulPow10(x.u, int64(x.e)-int64(y.e))
		return xu, y.u, y.e, ok
	}
	yu, ok = mulPow10(y.u, int64(y.e)-int64(x.e))
	return x.u, yu, x.e, ok
}

// add returns x + y, exactly, at the smaller of the two exponents (as
// decimal.Decimal.Add does).
func (x num) add(y num) num {
	if x.small() && y.small() {
		if xu, yu, e, ok := align(x, y); ok {
			r := xu + yu // wraps on overflow
			// Signed overflow: both operands have the sign the sum lacks.
			if (xu >= 0) != (yu >= 0) || (r >= 0) == (xu >= 0) {
				return num{u: r, e: e}
			}
		}
	}
	return numOf(x.dec().Add(y.dec()))
}

// neg returns -x.
func (x num) neg() num {
	if x.small() && x.u != math.MinInt64 {
		return num{u: -x.u, e: x.e}
	}
	return numOf(x.dec().Neg())
}

// mul returns x × d, exactly. Like decimal.Decimal.Mul it panics if the
// sum of the exponents overflows an int32.
func (x num) mul(d decimal.Decimal) num {
	if x.small() && d.NumDigits() <= 18 {
		e := int64(x.e) + int64(d.Exponent())
		if p, ok := mul64(x.u, d.CoefficientInt64()); ok && e >= math.MinInt32 && e <= math.MaxInt32 {
			return num{u: p, e: int32(e)}
		}
	}
	return numOf(x.dec().Mul(d))
}

// cmp compares x and y.
func (x num) cmp(y num) int {
	if x.small() && y.small() {
		if xu, yu, _, ok := align(x, y); ok {
			switch {
			case xu < yu:
				return -1
			case xu > yu:
				return 1
			}
			return 0
		}
		// Scaling overflowed: the one with the larger exponent is larger
		// in magnitude unless it is zero.
		if xs, ys := x.sign(), y.sign(); xs != ys {
			return cmpInt(xs, ys)
		}
	}
	return x.dec().Cmp(y.dec())
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// numDigits returns the number of digits of the coefficient's absolute
// value (1 for zero).
func (n num) numDigits() int {
	if n.small() {
		u := absU(n.u)
		d := 1
		for u >= 10 {
			u /= 10
			d++
		}
		return d
	}
	return len(new(big.Int).Abs(n.b).String())
}

// round returns n rounded to digits decimal places, halves away from
// zero. A number with digits or fewer places is returned unchanged.
func (n num) round(digits int) num {
	exp := int(n.e)
	if exp >= -digits {
		return n
	}
	// shift > 0 digits are dropped; with more than the coefficient has,
	// |n| < 0.1 unit of the last kept place.
	shift := -digits - exp
	nd := n.numDigits()
	if shift > nd {
		return num{e: int32(-digits)}
	}
	if n.small() && shift <= 18 {
		v := n.u
		p := pow10u[shift]
		q, r := v/p, v%p
		if r < 0 {
			r = -r
		}
		if r >= p-r { // r ≥ p/2 without overflow
			if v < 0 {
				q--
			} else {
				q++
			}
		}
		return num{u: q, e: int32(-digits)}
	}
	v := n.coef()
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shift)), nil)
	q, r := new(big.Int).QuoRem(v, p, new(big.Int))
	r.Abs(r).Lsh(r, 1)
	if r.Cmp(p) >= 0 {
		q.Add(q, big.NewInt(int64(v.Sign())))
	}
	return numOfBig(q, int32(-digits))
}

// minor64 returns n × 10^digits when it is a whole number that fits an
// int64 and n is small; ok is false when it cannot tell (call minorBig).
func (n num) minor64(digits int) (v int64, whole, ok bool) {
	if !n.small() {
		return 0, false, false
	}
	shift := int64(n.e) + int64(digits)
	if shift >= 0 {
		v, ok = mulPow10(n.u, shift)
		return v, true, ok
	}
	if n.u == 0 {
		return 0, true, true
	}
	if -shift > 18 { // 0 < |u| < 10^19 ≤ 10^-shift: not whole
		return 0, false, true
	}
	p := pow10u[-shift]
	if n.u%p != 0 {
		return 0, false, true
	}
	return n.u / p, true, true
}

// absDigits returns the decimal digits of the coefficient's absolute
// value and its sign.
func (n num) absDigits() (neg bool, abs string) {
	if n.small() {
		neg = n.u < 0
		return neg, strconv.FormatUint(absU(n.u), 10)
	}
	v := new(big.Int).Set(n.b)
	neg = v.Sign() < 0
	return neg, v.Abs(v).String()
}
