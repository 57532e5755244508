package money

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/shopspring/decimal"
)

// The fast int64 paths of num are checked against shopspring/decimal, the
// slow reference they fall back to: every operation must give the same
// value (and, for add, the same exponent) on small numbers, on numbers at
// the edges of int64 and on numbers that only fit a big.Int.

// edgeCoefs are coefficients where the int64 paths overflow or nearly do.
var edgeCoefs = []int64{0, 1, -1, 9, -10, 99, 1250, -1250, 5, -5, 15, 25, -25,
	math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
	math.MaxInt64 / 10, math.MinInt64 / 10, 999999999999999999, -999999999999999999,
	1e18, -1e18, 3037000499, 3037000500, -3037000500, 4611686018427387904}

// randNum draws a number: mostly small coefficients and exponents, with
// edge coefficients, big coefficients and far exponents mixed in.
func randNum(r *rand.Rand) num {
	e := int32(r.IntN(9) - 6)
	if r.IntN(10) == 0 {
		e = int32(r.IntN(61) - 30)
	}
	switch r.IntN(6) {
	case 0:
		return num{u: edgeCoefs[r.IntN(len(edgeCoefs))], e: e}
	case 1:
		c := new(big.Int).Lsh(big.NewInt(r.Int64()), uint(64+r.IntN(40)))
		if r.IntN(2) == 0 {
			c.Neg(c)
		}
		return numOfBig(c, e)
	case 2:
		return num{u: r.Int64() - math.MaxInt64/2, e: e}
	}
	return num{u: r.Int64N(2_000_000) - 1_000_000, e: e}
}

// same reports whether n holds exactly the value d, and is stored small
// whenever its coefficient fits an int64.
func sameNum(n num, d decimal.Decimal) bool {
	if n.b != nil && n.b.IsInt64() {
		return false // a small value stored big
	}
	return n.dec().Cmp(d) == 0
}

func TestNumAgainstDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	digits := []int{0, 2, 3}
	for i := range 200_000 {
		x, y := randNum(r), randNum(r)
		xd, yd := x.dec(), y.dec()
		if got, want := x.add(y), xd.Add(yd); !sameNum(got, want) || got.e != want.Exponent() {
			t.Fatalf("#%d: %v + %v = %v (e %d), want %v (e %d)", i, xd, yd, got.dec(), got.e, want, want.Exponent())
		}
		if got, want := x.neg(), xd.Neg(); !sameNum(got, want) {
			t.Fatalf("#%d: -%v = %v, want %v", i, xd, got.dec(), want)
		}
		if got, want := x.cmp(y), xd.Cmp(yd); got != want {
			t.Fatalf("#%d: cmp(%v, %v) = %d, want %d", i, xd, yd, got, want)
		}
		if got, want := x.sign(), xd.Sign(); got != want {
			t.Fatalf("#%d: sign(%v) = %d, want %d", i, xd, got, want)
		}
		if got, want := x.numDigits(), xd.NumDigits(); got != want {
			t.Fatalf("#%d: numDigits(%v) = %d, want %d", i, xd, got, want)
		}
		if math.Abs(float64(int64(x.e)+int64(y.e))) < math.MaxInt32 {
			if got, want := x.mul(yd), xd.Mul(yd); !sameNum(got, want) {
				t.Fatalf("#%d: %v × %v = %v, want %v", i, xd, yd, got.dec(), want)
			}
		}
		dg := digits[r.IntN(len(digits))]
		if got, want := x.round(dg), roundRef(xd, dg); !sameNum(got, want) {
			t.Fatalf("#%d: round(%v, %d) = %v, want %v", i, xd, dg, got.dec(), want)
		}
		if v, whole, ok := x.minor64(dg); ok {
			scaled := xd.Shift(int32(dg))
			wantWhole := scaled.IsInteger()
			if whole != wantWhole {
				t.Fatalf("#%d: minor64(%v, %d) whole = %v, want %v", i, xd, dg, whole, wantWhole)
			}
			if whole && !decimal.New(v, 0).Equal(scaled) {
				t.Fatalf("#%d: minor64(%v, %d) = %d, want %v", i, xd, dg, v, scaled)
			}
		}
	}
}

// roundRef rounds half away from zero to places decimals, the slow way.
func roundRef(d decimal.Decimal, places int) decimal.Decimal {
	if d.Exponent() >= -int32(places) {
		return d
	}
	return d.Round(int32(places)) // shopspring rounds half away from zero
}

func FuzzNum(f *testing.F) {
	f.Add(int64(1250), int32(-2), int64(-5), int32(-3), uint8(2))
	f.Add(int64(math.MaxInt64), int32(0), int64(1), int32(0), uint8(2))
	f.Add(int64(math.MinInt64), int32(5), int64(7), int32(-20), uint8(0))
	f.Fuzz(func(t *testing.T, xu int64, xe int32, yu int64, ye int32, dg uint8) {
		xe, ye = xe%40, ye%40
		x, y := num{u: xu, e: xe}, num{u: yu, e: ye}
		xd, yd := x.dec(), y.dec()
		if got, want := x.add(y), xd.Add(yd); !sameNum(got, want) {
			t.Fatalf("%v + %v = %v, want %v", xd, yd, got.dec(), want)
		}
		if got, want := x.cmp(y), xd.Cmp(yd); got != want {
			t.Fatalf("cmp(%v, %v) = %d, want %d", xd, yd, got, want)
		}
		if got, want := x.mul(yd), xd.Mul(yd); !sameNum(got, want) {
			t.Fatalf("%v × %v = %v, want %v", xd, yd, got.dec(), want)
		}
		places := int(dg % 4)
		if got, want := x.round(places), roundRef(xd, places); !sameNum(got, want) {
			t.Fatalf("round(%v, %d) = %v, want %v", xd, places, got.dec(), want)
		}
	})
}

// TestAmountSize keeps an Amount at four words: quotes hold hundreds of
// them. (Flattening num into Amount saves a word but measured slower.)
func TestAmountSize(t *testing.T) {
	if got := unsafe.Sizeof(Amount{}); got != 32 {
		t.Errorf("unsafe.Sizeof(Amount{}) = %d, want 32", got)
	}
}
