package refund

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
)

// argArena is the working memory of one quote. It lives on the stack of
// the call computing the quote (quote declares it and passes its address
// down; nothing keeps it) and holds two kinds of memory:
//
//   - the quote's output: the steps, their argument lists and facts, the
//     values the arguments point to (amounts, dates, strings, rates), the
//     components and the splits, each list backed by an array of one heap
//     object allocated per quote (outStore, or marketOut for a
//     marketplace quote), so that a step costs no allocation per
//     argument; a list that outgrows its array continues in a new one,
//     leaving what was handed out untouched;
//   - the arithmetic's scratch (minor units, the order calculation, the
//     amounts made so far), which never leaves the call.
//
// Nothing of it is kept in a package variable. It is shared between
// quotes only through a caller's Workspace (Engine.QuoteIn), whose store
// each quote clears first. Every slice handed out is a full slice
// expression, so appending to one never writes into the next. A pointer
// argument formats, localises and marshals as its value.
//
// A nil *argArena is valid for the explanation helpers (amt, date, str,
// rate, list, fact): they then box and allocate as plain code would (used
// by Surcharge, which has no quote).
type argArena struct {
	// Output lists, backed by the quote's heap store.
	comps []Component
	steps []explain.Step // the quote's main steps (Quote.Basis)
	side  []explain.Step // the splits' steps
	args  []any
	facts []explain.Fact
	amts  []money.Amount
	dates []calendar.Date
	strs  []argStr
	rates []VATRate
	vat   []VATPart
	parts []ShipmentPart
	means []MeansPart

	cur  money.Currency
	zero money.Amount
	// memo holds the amounts made from minor units so far, so that a value
	// met twice in one quote is one Amount (amounts are immutable values).
	memo  [12]memoAmount
	nmemo int
	// unit is the unit price of each line in minor units, kept by the
	// validation (nil when it could not).
	unit []int64
	// sums is the arithmetic core's result in minor units (sums.ok).
	sums sumsMinor

	// market marks a marketplace quote: calc is its order arithmetic.
	market bool
	calc   orderCalc
	// Scratch for the arithmetic, handed out once each (int64s, int32s,
	// shipCalcs), backed by the heap store: a slice into the arena itself
	// would move the arena to the heap.
	ints    []int64
	int32s_ []int32
	shipBuf []shipCalc
}

// memoAmount is an amount made from minor units.
type memoAmount struct {
	v int64
	a money.Amount
}

// outStore is the first backing array of each output list of a quote,
// sized for an ordinary quote; marketOut adds the splits'.
type outStore struct {
	comps [8]Component
	steps [12]explain.Step
	args  [40]any
	facts [2]explain.Fact
	amts  [20]money.Amount
	dates [6]calendar.Date
	strs  [4]argStr
	rates [2]VATRate
	ints  [16]int64 // scratch
}

// marketOut is the output store of a marketplace quote, allocated as one.
type marketOut struct {
	out   outStore
	vat   [3]VATPart
	parts [3]ShipmentPart
	means [3]MeansPart
	side  [8]explain.Step
	// scratch
	ints  [32]int64
	idx   [16]int32
	ships [4]shipCalc
}

// init prepares ar, the zero argArena, for a quote in currency cur (a
// marketplace quote when market is set): one heap allocation, or none when
// the store is w's (cleared: the scratch must start zeroed, and nothing of
// the previous quote stays reachable).
func (ar *argArena) init(cur money.Currency, market bool, w *Workspace) {
	var st *outStore
	if market {
		var slot **marketOut
		if w != nil {
			slot = &w.market
		}
		m := store(slot)
		st = &m.out
		ar.side, ar.vat, ar.parts, ar.means = m.side[:0], m.vat[:0], m.parts[:0], m.means[:0]
		ar.ints, ar.int32s_, ar.shipBuf = m.ints[:0], m.idx[:0], m.ships[:0]
	} else {
		var slot **outStore
		if w != nil {
			slot = &w.plain
		}
		st = store(slot)
		ar.ints = st.ints[:0]
	}
	ar.market = market
	ar.comps, ar.steps, ar.args, ar.facts = st.comps[:0], st.steps[:0], st.args[:0], st.facts[:0]
	ar.amts, ar.dates, ar.strs, ar.rates = st.amts[:0], st.dates[:0], st.strs[:0], st.rates[:0]
	ar.cur, ar.zero = cur, money.Zero(cur)
}

// store returns a new zeroed T when slot is nil; otherwise the T slot
// holds (made on first use), zeroed.
func store[T any](slot **T) *T {
	switch {
	case slot == nil:
		return new(T)
	case *slot == nil:
		*slot = new(T)
	default:
		var zero T
		**slot = zero
	}
	return *slot
}

// int64s returns n zeroed int64s of scratch for this quote's arithmetic.
func (ar *argArena) int64s(n int) []int64 {
	if k := len(ar.ints); k+n <= cap(ar.ints) {
		ar.ints = ar.ints[:k+n]
		return ar.ints[k : k+n : k+n]
	}
	return make([]int64, n)
}

// int32s returns n zeroed int32s of scratch.
func (ar *argArena) int32s(n int) []int32 {
	if k := len(ar.int32s_); k+n <= cap(ar.int32s_) {
		ar.int32s_ = ar.int32s_[:k+n]
		return ar.int32s_[k : k+n : k+n]
	}
	return make([]int32, n)
}

// shipCalcs returns n zeroed shipments of scratch.
func (ar *argArena) shipCalcs(n int) []shipCalc {
	if k := len(ar.shipBuf); k+n <= cap(ar.shipBuf) {
		ar.shipBuf = ar.shipBuf[:k+n]
		return ar.shipBuf[k : k+n : k+n]
	}
	return make([]shipCalc, n)
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
