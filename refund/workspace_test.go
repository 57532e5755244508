package refund

import (
	"math/rand/v2"
	"testing"

	"github.com/aftersales/aftersales/money"
	"github.com/google/go-cmp/cmp"
)

// quoteOpts compares quotes field by field, amounts by value, currency
// and written form.
var quoteOpts = cmp.Options{
	cmp.Comparer(func(x, y money.Amount) bool {
		return x.Currency() == y.Currency() && x.String() == y.String()
	}),
}

// TestQuoteInAgreesWithQuote quotes random plain and marketplace cases in
// a row with one Workspace and compares each quote, while it is valid,
// with Quote's; quotes alternate between the two stores and leave their
// scratch dirty for the next.
func TestQuoteInAgreesWithQuote(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	var w Workspace
	n := 1500
	if testing.Short() {
		n = 200
	}
	kinds := map[bool]int{}
	for i := 0; i < n; i++ {
		var e Engine
		var c Case
		if r.IntN(2) == 0 {
			e, c = mustEngine(randomRules(r)), randomCase(r, r.IntN(10) == 0)
		} else {
			e, c = mustEngine(randomMarketRules(r)), randomMarketCase(r)
		}
		want, werr := e.Quote(c)
		got, gerr := e.QuoteIn(&w, c)
		if (werr == nil) != (gerr == nil) || (werr != nil && werr.Error() != gerr.Error()) {
			t.Fatalf("case %d: Quote error %v, QuoteIn error %v", i, werr, gerr)
		}
		if d := cmp.Diff(want, got, quoteOpts); d != "" {
			t.Fatalf("case %d (-Quote +QuoteIn):\n%s", i, d)
		}
		kinds[c.marketplace()]++
	}
	if kinds[true] == 0 || kinds[false] == 0 {
		t.Fatalf("cases by marketplace: %v", kinds)
	}
}

func TestQuoteInAllocations(t *testing.T) {
	e := mustEngine(randomRules(rand.New(rand.NewPCG(1, 1))))
	c := randomCase(rand.New(rand.NewPCG(2, 2)), false)
	var w Workspace
	if _, err := e.QuoteIn(&w, c); err != nil {
		t.Fatal(err)
	}
	quote := testing.AllocsPerRun(50, func() { _, _ = e.Quote(c) })
	in := testing.AllocsPerRun(50, func() { _, _ = e.QuoteIn(&w, c) })
	if in >= quote {
		t.Errorf("QuoteIn makes %v allocations, Quote %v: the workspace saves none", in, quote)
	}
}
