package money

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"slices"

	"github.com/shopspring/decimal"
)

// Allocate splits total into len(weights) parts proportional to weights,
// such as a delivery fee refunded pro rata to the returned items' prices.
//
// The total is first rounded to its currency's minor unit (Round). Every
// part is a whole number of minor units, the parts add up exactly to the
// rounded total, and each part is within one minor unit of its exact share
// total × weight / Σ weights. The split uses the largest-remainder method:
// each part gets the whole minor units of its exact share, and the minor
// units left over go one each to the parts with the largest remainders.
// Ties between equal remainders go to the larger weight, then to the
// earlier index. Permuting the weights therefore permutes the parts (parts
// with equal weights may trade a unit, earlier index first), and weights
// may be scaled by any positive factor without changing the parts.
//
// A negative total is split like its absolute value and the parts negated,
// so Allocate(-t, w) is the negation of Allocate(t, w).
//
// Weights must be zero or positive, and at least one must be positive; a
// part with weight zero is zero. Allocate returns an error naming the index
// of a bad weight, and an error wrapping ErrNoCurrency if total has no
// currency.
func Allocate(total Amount, weights []decimal.Decimal) ([]Amount, error) {
	if total.c.IsZero() {
		return nil, fmt.Errorf("money: allocate: %w", ErrNoCurrency)
	}
	if len(weights) == 0 {
		return nil, errors.New("money: allocate: no weights")
	}
	minExp, maxExp, first := int32(0), int32(0), -1
	for i, w := range weights {
		switch w.Sign() {
		case -1:
			return nil, fmt.Errorf("money: allocate: weight[%d] is negative", i)
		case 1:
			if first < 0 {
				minExp, maxExp, first = w.Exponent(), w.Exponent(), i
			}
			minExp, maxExp = min(minExp, w.Exponent()), max(maxExp, w.Exponent())
			if int64(maxExp)-int64(minExp) > maxShift {
				return nil, fmt.Errorf("money: allocate: weight[%d]: its exponent is more than %d away from another weight's", i, maxShift)
			}
		}
	}
	if first < 0 {
		return nil, errors.New("money: allocate: all weights are zero; at least one must be positive")
	}
	t, err := total.Round().minor()
	if err != nil {
		return nil, fmt.Errorf("money: allocate: total: %w", err)
	}
	neg := t.Sign() < 0
	t.Abs(t)

	digits := -int32(total.c.Digits())
	parts := make([]Amount, len(weights))
	if t.IsInt64() {
		if ws, sum, ok := scaleUint64(weights, minExp); ok {
			for i, u := range allocateUint64(t.Uint64(), ws, sum) {
				v := int64(u) // u ≤ t ≤ MaxInt64
				if neg {
					v = -v
				}
				parts[i] = mk(num{u: v, e: digits}, total.c)
			}
			return parts, nil
		}
	}
	// Scale the weights to integers with a common exponent.
	w := make([]big.Int, len(weights))
	for i, x := range weights {
		if x.Sign() == 0 {
			continue
		}
		w[i].Mul(x.Coefficient(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(x.Exponent()-minExp)), nil))
	}
	for i, u := range allocateBig(t, w) {
		if neg {
			u.Neg(u)
		}
		parts[i] = mk(numOfBig(u, digits), total.c)
	}
	return parts, nil
}

// scaleUint64 returns the weights as integers with the common exponent
// minExp, and their sum, or false if one of them or the sum does not fit a
// uint64.
func scaleUint64(weights []decimal.Decimal, minExp int32) ([]uint64, uint64, bool) {
	ws := make([]uint64, len(weights))
	var sum uint64
	for i, x := range weights {
		if x.Sign() == 0 {
			continue
		}
		if x.NumDigits() > 18 {
			return nil, 0, false
		}
		v := uint64(x.CoefficientInt64())
		for range x.Exponent() - minExp {
			hi, lo := bits.Mul64(v, 10)
			if hi != 0 {
				return nil, 0, false
			}
			v = lo
		}
		var carry uint64
		if sum, carry = bits.Add64(sum, v, 0); carry != 0 {
			return nil, 0, false
		}
		ws[i] = v
	}
	return ws, sum, true
}

// allocateUint64 splits t units by the weights ws with sum s > 0, largest
// remainder first.
func allocateUint64(t uint64, ws []uint64, s uint64) []uint64 {
	n := len(ws)
	q := make([]uint64, n)
	r := make([]uint64, n)
	left := t
	for i := range ws {
		hi, lo := bits.Mul64(t, ws[i])
		// t·w[i]/s ≤ t because w[i] ≤ s, so hi < s and Div64 cannot panic.
		q[i], r[i] = bits.Div64(hi, lo, s)
		left -= q[i]
	}
	if left == 0 {
		return q
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		switch {
		case r[i] != r[j]:
			return cmpDesc(r[i], r[j])
		case ws[i] != ws[j]:
			return cmpDesc(ws[i], ws[j])
		}
		return i - j
	})
	for _, i := range order[:left] {
		q[i]++
	}
	return q
}

func cmpDesc(a, b uint64) int {
	if a > b {
		return -1
	}
	return 1
}

// allocateBig is allocateUint64 for any size of total and weights.
func allocateBig(t *big.Int, w []big.Int) []*big.Int {
	n := len(w)
	s := new(big.Int)
	for i := range w {
		s.Add(s, &w[i])
	}
	q := make([]*big.Int, n)
	r := make([]big.Int, n)
	left := new(big.Int).Set(t)
	var p big.Int
	for i := range w {
		p.Mul(t, &w[i])
		q[i] = new(big.Int)
		q[i].QuoRem(&p, s, &r[i])
		left.Sub(left, q[i])
	}
	k := int(left.Int64()) // 0 ≤ left < n
	if k == 0 {
		return q
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		if c := r[j].Cmp(&r[i]); c != 0 {
			return c
		}
		if c := w[j].Cmp(&w[i]); c != 0 {
			return c
		}
		return i - j
	})
	one := big.NewInt(1)
	for _, i := range order[:k] {
		q[i].Add(q[i], one)
	}
	return q
}
