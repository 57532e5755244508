package money_test

import (
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func newRand(t testing.TB) *rand.Rand {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	return rand.New(rand.NewPCG(seed, 0))
}

func decs(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = dec(s)
	}
	return out
}

func strs(as []money.Amount) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.String()
	}
	return out
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		name    string
		total   money.Amount
		weights []decimal.Decimal
		want    []string
		err     string
	}{
		{"thirds: first index gets the extra cent", money.MustParse("100", EUR), decs("1", "1", "1"),
			[]string{"33.34 EUR", "33.33 EUR", "33.33 EUR"}, ""},
		{"two cents over three", money.MustParse("0.02", EUR), decs("1", "1", "1"),
			[]string{"0.01 EUR", "0.01 EUR", "0.00 EUR"}, ""},
		{"pro rata delivery fee", money.MustParse("4.99", EUR), decs("19.99", "5.00", "25.01"),
			[]string{"1.99 EUR", "0.50 EUR", "2.50 EUR"}, ""},
		{"largest remainder wins", money.MustParse("1.00", EUR), decs("0.333", "0.667"),
			[]string{"0.33 EUR", "0.67 EUR"}, ""},
		{"equal remainders go to the larger weight", money.FromMinor(2, EUR), decs("1", "3"),
			[]string{"0.00 EUR", "0.02 EUR"}, ""},
		{"equal remainders go to the larger weight, permuted", money.FromMinor(2, EUR), decs("3", "1"),
			[]string{"0.02 EUR", "0.00 EUR"}, ""},
		{"negative total mirrors", money.MustParse("-100", EUR), decs("1", "1", "1"),
			[]string{"-33.34 EUR", "-33.33 EUR", "-33.33 EUR"}, ""},
		{"zero weight gets nothing", money.MustParse("10", EUR), decs("0", "1", "0"),
			[]string{"0.00 EUR", "10.00 EUR", "0.00 EUR"}, ""},
		{"zero total", money.Zero(EUR), decs("1", "2"),
			[]string{"0.00 EUR", "0.00 EUR"}, ""},
		{"total is rounded first", money.New(dec("10.005"), EUR), decs("1", "1"),
			[]string{"5.01 EUR", "5.00 EUR"}, ""},
		{"yen", money.MustParse("1000", JPY), decs("1", "1", "1"),
			[]string{"334 JPY", "333 JPY", "333 JPY"}, ""},
		{"dinar", money.MustParse("1", KWD), decs("1", "1", "1"),
			[]string{"0.334 KWD", "0.333 KWD", "0.333 KWD"}, ""},
		{"weights with different exponents", money.MustParse("10", EUR), decs("1e2", "0.5", "50"),
			[]string{"6.65 EUR", "0.03 EUR", "3.32 EUR"}, ""},
		{"beyond int64", money.MustParse("100000000000000000000", EUR), decs("1", "2"),
			[]string{"33333333333333333333.33 EUR", "66666666666666666666.67 EUR"}, ""},
		{"single weight", money.MustParse("3.21", EUR), decs("0.0001"), []string{"3.21 EUR"}, ""},
		{"negative weight", money.MustParse("1", EUR), decs("1", "-1"), nil, "money: allocate: weight[1] is negative"},
		{"all zero", money.MustParse("1", EUR), decs("0", "0"), nil, "money: allocate: all weights are zero; at least one must be positive"},
		{"no weights", money.MustParse("1", EUR), nil, nil, "money: allocate: no weights"},
		{"no currency", money.Amount{}, decs("1"), nil, "money: allocate: money: no currency"},
		{"weights too far apart", money.MustParse("1", EUR), []decimal.Decimal{decimal.New(1, -600), decimal.New(1, 600)}, nil,
			"money: allocate: weight[1]: its exponent is more than 1000 away from another weight's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, err := money.Allocate(tt.total, tt.weights)
			if diff := cmp.Diff(tt.err, errText(err)); diff != "" {
				t.Fatalf("Allocate error mismatch (-want +got):\n%s", diff)
			}
			if err != nil {
				return
			}
			if diff := cmp.Diff(tt.want, strs(parts)); diff != "" {
				t.Errorf("Allocate(%v, %v) mismatch (-want +got):\n%s", tt.total, tt.weights, diff)
			}
			if diff := cmp.Diff(tt.want, strs(refAllocate(tt.total, tt.weights))); diff != "" {
				t.Errorf("refAllocate(%v, %v) mismatch (-want +got):\n%s", tt.total, tt.weights, diff)
			}
		})
	}
}

// refAllocate is the slow, obvious largest-remainder split with exact
// rationals: share_i = T·w_i/Σw in minor units, floor it, then hand the
// leftover units to the largest fractional parts, ties to the larger
// weight, then the earlier index. Weights must be valid.
func refAllocate(total money.Amount, weights []decimal.Decimal) []money.Amount {
	c := total.Currency()
	d := int32(c.Digits())
	t := new(big.Rat).Mul(refRound(total).Decimal().Rat(), new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)))
	neg := t.Sign() < 0
	t.Abs(t)
	sum := new(big.Rat)
	for _, w := range weights {
		sum.Add(sum, w.Rat())
	}
	n := len(weights)
	floor := make([]*big.Int, n)
	frac := make([]*big.Rat, n)
	left := new(big.Int).Set(t.Num()) // t is an integer
	for i, w := range weights {
		share := new(big.Rat).Quo(new(big.Rat).Mul(t, w.Rat()), sum)
		floor[i] = new(big.Int).Quo(share.Num(), share.Denom())
		frac[i] = new(big.Rat).Sub(share, new(big.Rat).SetInt(floor[i]))
		left.Sub(left, floor[i])
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		if c := frac[j].Cmp(frac[i]); c != 0 {
			return c
		}
		return weights[j].Cmp(weights[i])
	})
	for k := 0; k < int(left.Int64()); k++ {
		floor[idx[k]].Add(floor[idx[k]], big.NewInt(1))
	}
	out := make([]money.Amount, n)
	for i, f := range floor {
		if neg {
			f.Neg(f)
		}
		out[i] = money.New(decimal.NewFromBigInt(f, -d), c)
	}
	return out
}

// bruteBest returns the smallest total error Σ|part_i − share_i| over all
// ways of giving each part the floor or the ceiling of its share with parts
// summing to the total: what largest remainder must achieve. Small n only.
func bruteBest(total money.Amount, weights []decimal.Decimal) *big.Rat {
	d := total.Currency().Digits()
	t := new(big.Rat).Mul(refRound(total).Decimal().Rat(), new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)))
	sum := new(big.Rat)
	for _, w := range weights {
		sum.Add(sum, w.Rat())
	}
	shares := make([]*big.Rat, len(weights))
	for i, w := range weights {
		shares[i] = new(big.Rat).Quo(new(big.Rat).Mul(t, w.Rat()), sum)
	}
	var best *big.Rat
	for mask := 0; mask < 1<<len(weights); mask++ {
		got := new(big.Rat)
		errSum := new(big.Rat)
		for i, s := range shares {
			p := new(big.Int).Quo(s.Num(), s.Denom()) // toward zero
			if s.Sign() < 0 && !s.IsInt() {
				p.Sub(p, big.NewInt(1)) // floor
			}
			if mask&(1<<i) != 0 {
				p.Add(p, big.NewInt(1))
			}
			pr := new(big.Rat).SetInt(p)
			got.Add(got, pr)
			errSum.Add(errSum, new(big.Rat).Abs(new(big.Rat).Sub(pr, s)))
		}
		if got.Cmp(t) == 0 && (best == nil || errSum.Cmp(best) < 0) {
			best = errSum
		}
	}
	return best
}

// checkAllocation checks the properties every allocation must have, and
// that it equals the reference.
func checkAllocation(t *testing.T, total money.Amount, weights []decimal.Decimal, parts []money.Amount) {
	t.Helper()
	if len(parts) != len(weights) {
		t.Fatalf("Allocate(%v, %v) returned %d parts", total, weights, len(parts))
	}
	c := total.Currency()
	sum, err := money.Sum(c, parts...)
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Equal(total.Round()) {
		t.Fatalf("Allocate(%v, %v) parts %v sum to %v, want %v", total, weights, strs(parts), sum, total.Round())
	}
	wsum := new(big.Rat)
	for _, w := range weights {
		wsum.Add(wsum, w.Rat())
	}
	unit := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(c.Digits())), nil))
	for i, p := range parts {
		if !p.Round().Equal(p) || p.Currency() != c {
			t.Fatalf("part %d = %v is not in minor units of %v", i, p, c)
		}
		exact := new(big.Rat).Quo(new(big.Rat).Mul(total.Round().Decimal().Rat(), weights[i].Rat()), wsum)
		dist := new(big.Rat).Abs(new(big.Rat).Sub(p.Decimal().Rat(), exact))
		if dist.Cmp(unit) >= 0 {
			t.Fatalf("part %d = %v is %v away from its exact share %v", i, p, dist.FloatString(6), exact.FloatString(6))
		}
	}
	if diff := cmp.Diff(strs(refAllocate(total, weights)), strs(parts)); diff != "" {
		t.Fatalf("Allocate(%v, %v) differs from the reference (-ref +got):\n%s", total, weights, diff)
	}
}

func randomWeights(r *rand.Rand, n int) []decimal.Decimal {
	ws := make([]decimal.Decimal, n)
	for i := range ws {
		switch r.IntN(5) {
		case 4:
			ws[i] = decimal.New(1+r.Int64N(1000), int32(r.IntN(25))) // beyond uint64 once scaled
		case 0:
			ws[i] = decimal.Decimal{}
		case 1:
			ws[i] = decimal.New(r.Int64N(5), 0) // many ties
		default:
			ws[i] = decimal.New(r.Int64N(1_000_000), -int32(r.IntN(6)))
		}
	}
	ws[r.IntN(n)] = decimal.New(1+r.Int64N(1000), -int32(r.IntN(3))) // at least one positive
	return ws
}

// TestAllocateProperties checks random splits: parts sum to the total, each
// is within one minor unit of its exact share, the result equals the
// reference, and permuting the weights permutes the parts.
func TestAllocateProperties(t *testing.T) {
	r := newRand(t)
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		c := []money.Currency{EUR, JPY, BHD}[r.IntN(3)]
		var total money.Amount
		if r.IntN(10) == 0 {
			total = money.New(decimal.New(r.Int64N(1<<62)-1<<61, int32(r.IntN(10))), c) // beyond int64 minor units
		} else {
			total = money.New(decimal.New(r.Int64N(2_000_000)-1_000_000, -int32(r.IntN(5))), c)
		}
		ws := randomWeights(r, 1+r.IntN(8))
		parts, err := money.Allocate(total, ws)
		if err != nil {
			t.Fatal(err)
		}
		checkAllocation(t, total, ws, parts)

		// Order independence: parts follow their weights under a
		// permutation; equal weights may trade units, so compare the
		// sorted (weight, part) pairs.
		perm := r.Perm(len(ws))
		pw := make([]decimal.Decimal, len(ws))
		for i, j := range perm {
			pw[i] = ws[j]
		}
		pparts, err := money.Allocate(total, pw)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(pairs(ws, parts), pairs(pw, pparts)); diff != "" {
			t.Fatalf("Allocate(%v, %v) is not order independent (-original +permuted):\n%s", total, ws, diff)
		}

		// Scaling every weight by the same factor changes nothing.
		sw := make([]decimal.Decimal, len(ws))
		for i, w := range ws {
			sw[i] = w.Mul(decimal.New(7, -3))
		}
		sparts, err := money.Allocate(total, sw)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(strs(parts), strs(sparts)); diff != "" {
			t.Fatalf("scaling weights %v changed the split (-original +scaled):\n%s", ws, diff)
		}

		// Negating the total negates the parts.
		nparts, err := money.Allocate(total.Neg(), ws)
		if err != nil {
			t.Fatal(err)
		}
		for i := range parts {
			if !nparts[i].Equal(parts[i].Neg()) {
				t.Fatalf("Allocate(-%v, %v)[%d] = %v, want %v", total, ws, i, nparts[i], parts[i].Neg())
			}
		}
	}
}

// pairs returns "weight:part" strings, sorted.
func pairs(ws []decimal.Decimal, parts []money.Amount) []string {
	out := make([]string, len(ws))
	for i := range ws {
		out[i] = ws[i].Rat().RatString() + ":" + parts[i].String()
	}
	slices.Sort(out)
	return out
}

// TestAllocateIsOptimal checks by brute force that the split has the
// smallest total distance to the exact shares.
func TestAllocateIsOptimal(t *testing.T) {
	r := newRand(t)
	for range 500 {
		total := money.New(decimal.New(r.Int64N(20_001)-10_000, -2), EUR)
		ws := randomWeights(r, 1+r.IntN(6))
		parts, err := money.Allocate(total, ws)
		if err != nil {
			t.Fatal(err)
		}
		unit := total.Round().Decimal().Rat()
		wsum := new(big.Rat)
		for _, w := range ws {
			wsum.Add(wsum, w.Rat())
		}
		got := new(big.Rat)
		for i, p := range parts {
			exact := new(big.Rat).Quo(new(big.Rat).Mul(unit, ws[i].Rat()), wsum)
			got.Add(got, new(big.Rat).Abs(new(big.Rat).Sub(p.Decimal().Rat(), exact)))
		}
		got.Mul(got, big.NewRat(100, 1)) // in minor units, as bruteBest
		if best := bruteBest(total, ws); got.Cmp(best) != 0 {
			t.Fatalf("Allocate(%v, %v) = %v has error %v, best is %v", total, ws, strs(parts), got.FloatString(6), best.FloatString(6))
		}
	}
}

func FuzzAllocate(f *testing.F) {
	f.Add(int64(10000), uint8(2), []byte{1, 0, 1, 0, 1, 0})
	f.Add(int64(-1), uint8(0), []byte{0, 0, 3, 0})
	f.Add(int64(1<<62), uint8(1), []byte{255, 255, 255, 255, 1})
	f.Add(int64(2), uint8(0), []byte{1, 0, 3, 0})
	f.Fuzz(func(t *testing.T, units int64, exp uint8, raw []byte) {
		if len(raw) > 24 {
			raw = raw[:24]
		}
		var ws []decimal.Decimal
		positive := false
		for len(raw) >= 2 {
			v := binary.LittleEndian.Uint16(raw)
			ws = append(ws, decimal.New(int64(v>>3), -int32(v&7)))
			positive = positive || v>>3 > 0
			raw = raw[2:]
		}
		total := money.New(decimal.New(units, -int32(exp%8)), EUR)
		parts, err := money.Allocate(total, ws)
		if len(ws) == 0 || !positive {
			if err == nil {
				t.Fatalf("Allocate(%v, %v) = %v, want an error", total, ws, strs(parts))
			}
			return
		}
		if err != nil {
			t.Fatalf("Allocate(%v, %v): %v", total, ws, err)
		}
		checkAllocation(t, total, ws, parts)
	})
}

func TestAllocateErrorNamesIndex(t *testing.T) {
	_, err := money.Allocate(money.MustParse("1", EUR), decs("1", "2", "-0.01", "3"))
	if err == nil || !strings.Contains(err.Error(), "weight[2]") {
		t.Errorf("error = %v, want it to name weight[2]", err)
	}
}
