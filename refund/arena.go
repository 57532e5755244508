package refund

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
)

// argArena holds the memory of one quote's explanation: the steps, their
// argument lists and facts, and the values the arguments point to (amounts,
// dates, strings, rates), each in one backing array, so that a step costs
// no allocation per argument. A quote allocates one arena (one object for
// an ordinary marketplace quote; a list that outgrows its array continues
// in a new one, leaving what was handed out untouched). The arena belongs
// to the quote being built and nothing else refers to it: it is never
// shared between quotes, kept in a package variable or reused. Every slice
// handed out is a full slice expression, so appending to one never writes
// into the next. A pointer argument formats, localises and marshals as its
// value.
//
// A nil *argArena is valid: its methods then box and allocate as plain
// code would (used by Surcharge, which has no quote).
type argArena struct {
	steps []explain.Step // the quote's main steps (Quote.Basis)
	side  []explain.Step // the splits' steps
	args  []any
	facts []explain.Fact
	amts  []money.Amount
	dates []calendar.Date
	strs  []argStr
	rates []VATRate

	cur  money.Currency
	zero money.Amount
	// unit is the unit price of each line in minor units, kept by the
	// validation (nil when it could not).
	unit []int64
	// sums is the arithmetic core's result in minor units (sums.ok).
	sums sumsMinor
	// memo holds the amounts made from minor units so far, so that a value
	// met twice in one quote is one Amount (amounts are immutable values).
	memo  [12]memoAmount
	nmemo int

	store arenaStore
	// market is the memory of a marketplace quote's arithmetic and
	// splits, nil for other quotes.
	market *marketStore
}

// marketStore is the first backing array of the marketplace parts of a
// quote: the order arithmetic, its int64 scratch (handed out once each,
// never reused within the quote), and the splits with their steps, sized
// for a few lines, rates, shipments and payments; larger orders allocate
// what does not fit.
type marketStore struct {
	calc  orderCalc
	ints  [96]int64
	nints int
	ships [4]shipCalc
	vat   [3]VATPart
	parts [3]ShipmentPart
	means [3]MeansPart
	side  [8]explain.Step
}

// marketArena is the arena of a marketplace quote, allocated as one.
type marketArena struct {
	arena  argArena
	market marketStore
}

// int64s returns n zeroed int64s of scratch for this quote's arithmetic.
func (ar *argArena) int64s(n int) []int64 {
	if m := ar.market; m != nil && m.nints+n <= len(m.ints) {
		out := m.ints[m.nints : m.nints+n : m.nints+n]
		m.nints += n
		return out
	}
	if st := &ar.store; st.nints+n <= len(st.ints) {
		out := st.ints[st.nints : st.nints+n : st.nints+n]
		st.nints += n
		return out
	}
	return make([]int64, n)
}

// memoAmount is an amount made from minor units.
type memoAmount struct {
	v int64
	a money.Amount
}

// arenaStore is the first backing array of each list of an arena, sized
// for a marketplace quote of a few shipments and payments.
type arenaStore struct {
	comps [8]Component
	steps [12]explain.Step
	args  [40]any
	facts [2]explain.Fact
	amts  [20]money.Amount
	dates [6]calendar.Date
	strs  [4]argStr
	rates [2]VATRate
	ints  [16]int64
	nints int
}

// newArena returns an empty arena for a quote in currency cur, with the
// marketplace part when market is set.
func newArena(cur money.Currency, market bool) *argArena {
	var ar *argArena
	if market {
		both := new(marketArena) // one allocation for both parts
		ar = &both.arena
		ar.market = &both.market
		ar.side = ar.market.side[:0]
	} else {
		ar = new(argArena)
	}
	st := &ar.store
	ar.steps, ar.args, ar.facts = st.steps[:0], st.args[:0], st.facts[:0]
	ar.amts, ar.dates, ar.strs, ar.rates = st.amts[:0], st.dates[:0], st.strs[:0], st.rates[:0]
	ar.cur, ar.zero = cur, money.Zero(cur)
	return ar
}

// argStr is a string argument boxed by pointer: fmt prints it through
// String, encoding/json as the string.
type argStr string

// String returns s.
func (s argStr) String() string { return string(s) }

// minor returns v minor units of the arena's currency, the same Amount for
// a value already made in this quote.
func (ar *argArena) minor(v int64) money.Amount {
	if v == 0 {
		return ar.zero
	}
	for i := range ar.memo[:ar.nmemo] {
		if ar.memo[i].v == v {
			return ar.memo[i].a
		}
	}
	a := money.FromMinor(v, ar.cur)
	if ar.nmemo < len(ar.memo) {
		ar.memo[ar.nmemo] = memoAmount{v, a}
		ar.nmemo++
	}
	return a
}

func (ar *argArena) amt(a money.Amount) any {
	if ar == nil {
		return a
	}
	ar.amts = append(ar.amts, a)
	return &ar.amts[len(ar.amts)-1]
}

func (ar *argArena) date(d calendar.Date) any {
	if ar == nil {
		return d
	}
	ar.dates = append(ar.dates, d)
	return &ar.dates[len(ar.dates)-1]
}

func (ar *argArena) str(s string) any {
	if ar == nil {
		return s
	}
	ar.strs = append(ar.strs, argStr(s))
	return &ar.strs[len(ar.strs)-1]
}

func (ar *argArena) rate(r VATRate) any {
	if ar == nil {
		return r
	}
	ar.rates = append(ar.rates, r)
	return &ar.rates[len(ar.rates)-1]
}

// list returns xs as a slice of the arena's argument array.
func (ar *argArena) list(xs ...any) []any {
	if ar == nil {
		return append([]any(nil), xs...)
	}
	from := len(ar.args)
	ar.args = append(ar.args, xs...)
	to := len(ar.args)
	return ar.args[from:to:to]
}

// fact returns fs as a slice of the arena's fact array.
func (ar *argArena) fact(fs ...explain.Fact) []explain.Fact {
	if ar == nil {
		return append([]explain.Fact(nil), fs...)
	}
	from := len(ar.facts)
	ar.facts = append(ar.facts, fs...)
	to := len(ar.facts)
	return ar.facts[from:to:to]
}

// kindArg returns the argument naming component kind k, boxed without
// allocating (a constant in an interface is static data).
func kindArg(k Kind) any {
	switch k {
	case KindDelivery:
		return kindName(KindDelivery)
	case KindDeliverySurcharge:
		return kindName(KindDeliverySurcharge)
	}
	return kindName(k)
}
