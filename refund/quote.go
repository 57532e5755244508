package refund

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
	"github.com/shopspring/decimal"
)

// Kind is the kind of a refund component.
type Kind string

// Component kinds, in the order a Quote lists them.
const (
	KindParts             Kind = "parts"              // price of the returned goods
	KindDelivery          Kind = "delivery"           // standard delivery
	KindDeliverySurcharge Kind = "delivery_surcharge" // delivery paid above the standard mode
	KindReturnShipping    Kind = "return_shipping"    // the buyer's cost of sending the goods back
	KindDeduction         Kind = "deduction"          // depreciation deducted (negative or zero)
	KindLateSurcharge     Kind = "late_surcharge"     // increase for a late refund
	// KindEarlierRefunds (negative) appears only when earlier refunds on
	// the order cap the refund at what is left of the price paid.
	KindEarlierRefunds Kind = "earlier_refunds"
)

// Line is one line of an order.
type Line struct {
	// ID identifies the line ("L1").
	ID string
	// Description says what was sold.
	Description string
	// Quantity is the quantity sold, at least 1.
	Quantity int
	// UnitPrice is the price paid per unit, all taxes included.
	UnitPrice money.Amount
	// Returned is the quantity the refund is for: returned goods for a
	// withdrawal or a conformity claim, goods not delivered for a
	// non-delivery. From 0 to Quantity.
	Returned int
	// Exclusion, if set, is the L221-28 exclusion that removes the right of
	// withdrawal for this line.
	Exclusion Exclusion
}

// Case is a refund request: why, for which order lines, what the buyer
// paid and when things happened. Optional amounts may be the zero Amount
// (zero); optional dates the zero Date (unknown).
//
// The zero Case is invalid. A Case is a value; Quote does not keep it.
type Case struct {
	// Reason is withdrawal, conformity or non-delivery.
	Reason Reason
	// Buyer is consumer (the zero value) or professional.
	Buyer Buyer
	// Currency is the currency of every amount.
	Currency money.Currency
	// Delivered is the day the goods were received (required for
	// withdrawal and conformity).
	Delivered calendar.Date
	// Informed is the day the seller learned of the request (required).
	Informed calendar.Date
	// GoodsBack is the day the seller got the goods back.
	GoodsBack calendar.Date
	// ShippedBack is the day the buyer supplied proof of shipment.
	ShippedBack calendar.Date
	// Refunded is the day the refund was paid.
	Refunded calendar.Date
	// NotInformed says the buyer was not told of the right of withdrawal:
	// no depreciation may then be deducted (L221-23).
	NotInformed bool
	// Lines are the order's lines, all of them (also those not returned).
	Lines []Line
	// Delivery is the price of the standard delivery paid.
	Delivery money.Amount
	// DeliverySurcharge is what the buyer paid above the standard delivery
	// for a dearer mode.
	DeliverySurcharge money.Amount
	// ReturnShipping is what the buyer paid to send the goods back.
	ReturnShipping money.Amount
	// Deduction is the depreciation the seller deducts, zero or positive.
	Deduction money.Amount
	// DeductionReason says why (required when Deduction is positive).
	DeductionReason string
	// RefundedBefore is what was already refunded on this order.
	RefundedBefore money.Amount
}

// Component is one part of a refund with its basis.
type Component struct {
	Kind   Kind
	Amount money.Amount
	Basis  explain.Basis
}

// Quote is the refund owed for a Case: its components, their total, the
// day it is due and, when it was paid late, the surcharge band used.
//
// A Quote is a value, safe for concurrent use.
type Quote struct {
	// Reason is the case's reason.
	Reason Reason
	// Eligible is false when the buyer has no right to the refund asked
	// for (a professional buyer's withdrawal under a policy that does not
	// extend the right); every component is then zero.
	Eligible bool
	// Currency is the currency of every amount.
	Currency money.Currency
	// Components lists parts, delivery, delivery_surcharge,
	// return_shipping, deduction, late_surcharge (and earlier_refunds when
	// it is not zero), in that order. They add up to Total.
	Components []Component
	// Total is the amount to refund.
	Total money.Amount
	// Paid is what the buyer paid for the order (goods and delivery).
	Paid money.Amount
	// Due is the last day to refund on time.
	Due calendar.Date
	// Deferred reports that the seller may still defer the refund: neither
	// the goods nor a proof of shipment have reached it; Due is then the
	// day the refund would be due without deferral.
	Deferred bool
	// DaysLate is how many days after Due the refund was paid (0 when on
	// time or not paid).
	DaysLate int
	// Band is the late-surcharge band applied; the zero Band when none.
	Band Band
	// Basis explains every step: the components' bases, then the deadline
	// and the late surcharge.
	Basis explain.Basis
}

// Component returns the component of kind k and whether the quote has it.
func (q Quote) Component(k Kind) (Component, bool) {
	for _, c := range q.Components {
		if c.Kind == k {
			return c, true
		}
	}
	return Component{}, false
}

// ErrInvalidCase is wrapped by every error Quote returns for bad input.
var ErrInvalidCase = errors.New("invalid case")

// caseError is a validation error at a field path that also matches
// ErrInvalidCase.
func caseError(path, format string, args ...any) error {
	return &strictjson.Error{Path: path, Err: invalid{fmt.Sprintf(format, args...)}}
}

type invalid struct{ msg string }

func (e invalid) Error() string        { return e.msg }
func (e invalid) Is(target error) bool { return target == ErrInvalidCase }

// checkAmount checks an amount of the case: zero or in currency cur, a
// whole number of minor units, and not negative.
func checkAmount(path string, a money.Amount, cur money.Currency, zero money.Amount) (money.Amount, error) {
	if a.Currency().IsZero() {
		if !a.IsZero() {
			return a, caseError(path, "no currency")
		}
		return zero, nil
	}
	if a.Currency() != cur {
		return a, caseError(path, "currency %s differs from the case currency %s", a.Currency().Code(), cur.Code())
	}
	if _, ok := minorOf(a); !ok && !a.Round().Equal(a) {
		return a, caseError(path, "%s has more decimal places than %s has (%d)", a.Number(), cur.Code(), cur.Digits())
	}
	if a.IsNegative() {
		return a, caseError(path, "must not be negative")
	}
	return a, nil
}

// Validate reports the first problem in c with the path of its JSON field
// ("lines[1].returned: above quantity"). Date order rules: goods_back and
// shipped_back are not before delivered; goods_back is not before
// shipped_back; refunded is not before informed; for a conformity claim,
// informed is not before delivered. A withdrawal may be notified before
// delivery (L221-18), so informed may precede delivered then.
func (c Case) Validate() error {
	_, err := c.normalised()
	return err
}

// normalised returns c validated, with zero optional amounts in the case
// currency and an explicit buyer.
func (c Case) normalised() (Case, error) {
	var err error
	if c.Reason, err = ParseReason(string(c.Reason)); err != nil {
		return c, caseError("reason", "%v", err)
	}
	if c.Buyer, err = ParseBuyer(string(c.Buyer)); err != nil {
		return c, caseError("buyer", "%v", err)
	}
	cur := c.Currency
	if cur.IsZero() {
		return c, caseError("currency", "missing")
	}
	if c.Informed.IsZero() {
		return c, caseError("informed", "missing")
	}
	if c.Delivered.IsZero() && c.Reason != NonDelivery {
		return c, caseError("delivered", "missing (required for %s)", c.Reason)
	}
	if !c.Delivered.IsZero() {
		if !c.GoodsBack.IsZero() && c.GoodsBack.Before(c.Delivered) {
			return c, caseError("goods_back", "%s is before delivered %s", c.GoodsBack, c.Delivered)
		}
		if !c.ShippedBack.IsZero() && c.ShippedBack.Before(c.Delivered) {
			return c, caseError("shipped_back", "%s is before delivered %s", c.ShippedBack, c.Delivered)
		}
		if c.Reason == Conformity && c.Informed.Before(c.Delivered) {
			return c, caseError("informed", "%s is before delivered %s", c.Informed, c.Delivered)
		}
	}
	if !c.GoodsBack.IsZero() && !c.ShippedBack.IsZero() && c.GoodsBack.Before(c.ShippedBack) {
		return c, caseError("goods_back", "%s is before shipped_back %s", c.GoodsBack, c.ShippedBack)
	}
	if !c.Refunded.IsZero() && c.Refunded.Before(c.Informed) {
		return c, caseError("refunded", "%s is before informed %s", c.Refunded, c.Informed)
	}
	if len(c.Lines) == 0 {
		return c, caseError("lines", "at least one line is required")
	}
	lines := c.Lines
	copied := false
	for i, l := range lines {
		if l.Quantity > 0 && l.Returned >= 0 && l.Returned <= l.Quantity && l.Exclusion == "" && l.UnitPrice.Currency() == cur && !l.UnitPrice.IsNegative() {
			if _, ok := minorOf(l.UnitPrice); ok {
				continue // the common case, checked without building a path
			}
		}
		p := strictjson.Index("lines", i)
		switch {
		case l.Quantity <= 0:
			return c, caseError(p+".quantity", "must be positive")
		case l.Returned < 0:
			return c, caseError(p+".returned", "must not be negative")
		case l.Returned > l.Quantity:
			return c, caseError(p+".returned", "%d is above quantity %d", l.Returned, l.Quantity)
		}
		if l.Exclusion != "" {
			if _, err := ParseExclusion(string(l.Exclusion)); err != nil {
				return c, caseError(p+".exclusion", "%v", err)
			}
		}
		if l.UnitPrice.Currency().IsZero() && l.UnitPrice.IsZero() {
			return c, caseError(p+".unit_price", "missing")
		}
		u, err := checkAmount(p+".unit_price", l.UnitPrice, cur, money.Zero(cur))
		if err != nil {
			return c, err
		}
		if !u.Equal(l.UnitPrice) || u.Currency() != l.UnitPrice.Currency() {
			if !copied {
				lines, copied = append([]Line(nil), lines...), true
			}
			lines[i].UnitPrice = u
		}
	}
	c.Lines = lines
	zero := money.Zero(cur)
	if c.Delivery, err = checkAmount("delivery.standard", c.Delivery, cur, zero); err != nil {
		return c, err
	}
	if c.DeliverySurcharge, err = checkAmount("delivery.surcharge", c.DeliverySurcharge, cur, zero); err != nil {
		return c, err
	}
	if c.ReturnShipping, err = checkAmount("return_shipping", c.ReturnShipping, cur, zero); err != nil {
		return c, err
	}
	if c.Deduction, err = checkAmount("deduction.amount", c.Deduction, cur, zero); err != nil {
		return c, err
	}
	if c.RefundedBefore, err = checkAmount("refunded_before", c.RefundedBefore, cur, zero); err != nil {
		return c, err
	}
	if c.Deduction.IsPositive() && strings.TrimSpace(c.DeductionReason) == "" {
		return c, caseError("deduction.reason", "missing (a deduction must say why)")
	}
	return c, nil
}

// sums is the result of the arithmetic core: the goods-related
// components before any late surcharge.
type sums struct {
	paid, goods, parts, delivery, surcharge, returnShipping, deduction, earlier money.Amount
	whole, any                                                                  bool
}

// coreFlags is what the arithmetic core needs from the rules.
type coreFlags struct {
	comp       Components
	withdrawal bool // excluded lines are not refunded
	deduct     bool // the deduction applies
	eligible   bool
}

// eligibleLine reports whether line l may be refunded.
func (f coreFlags) eligibleLine(l *Line) bool {
	return f.eligible && (!f.withdrawal || l.Exclusion == "")
}

// errAbovePaid and errDeductionAbove are reported by the cores.
var (
	errAbovePaid      = errors.New("above what was paid")
	errDeductionAbove = errors.New("above the price of the returned goods")
	errOverflow       = errors.New("overflow")
)

// coreMinor is the fast arithmetic core: whole minor units in int64. It
// returns errOverflow when a value does not fit, and the caller then uses
// coreDecimal.
func coreMinor(c *Case, f coreFlags) (sums, error) {
	cur := c.Currency
	var goods, ret int64
	whole, any := true, false
	ok := true
	for i := range c.Lines {
		l := &c.Lines[i]
		u, ok0 := minorOf(l.UnitPrice)
		if !ok0 {
			return sums{}, errOverflow
		}
		g, ok1 := mul64(u, int64(l.Quantity))
		goods, ok = add64(goods, g)
		if !ok || !ok1 {
			return sums{}, errOverflow
		}
		if f.eligibleLine(l) {
			if l.Returned > 0 {
				any = true
				r, ok1 := mul64(u, int64(l.Returned))
				ret, ok = add64(ret, r)
				if !ok || !ok1 {
					return sums{}, errOverflow
				}
			}
			if l.Returned != l.Quantity {
				whole = false
			}
		} else {
			whole = false
		}
	}
	std, ok1 := minorOf(c.Delivery)
	sur, ok2 := minorOf(c.DeliverySurcharge)
	rs, ok3 := minorOf(c.ReturnShipping)
	ded, ok4 := minorOf(c.Deduction)
	before, ok5 := minorOf(c.RefundedBefore)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return sums{}, errOverflow
	}
	paid, ok6 := add64(goods, std)
	paid, ok7 := add64(paid, sur)
	if !ok6 || !ok7 {
		return sums{}, errOverflow
	}
	var s sums
	s.whole, s.any = whole, any
	var parts, dl, sc, rsh, dd int64
	if f.comp.Parts {
		parts = ret
	}
	share := func(x int64, on bool) int64 {
		switch {
		case !on || !any:
			return 0
		case whole:
			return x
		}
		switch f.comp.PartialDelivery {
		case SplitFull:
			return x
		case SplitProRata:
			return proRata64(x, ret, goods)
		}
		return 0
	}
	dl = share(std, f.comp.Delivery)
	sc = share(sur, f.comp.DeliverySurcharge)
	if f.comp.ReturnShipping && f.eligible {
		rsh = rs
	}
	if f.deduct {
		if ded > parts {
			return sums{}, errDeductionAbove
		}
		dd = ded
	}
	sub := parts + dl + sc - dd // each ≤ paid: no overflow
	avail := paid - before
	if avail < 0 {
		return sums{}, errAbovePaid
	}
	var earlier int64
	if sub > avail {
		earlier = avail - sub
	}
	zero := c.Delivery // already normalised: an amount in cur
	if !zero.IsZero() {
		zero = money.Zero(cur)
	}
	mk := func(v int64) money.Amount {
		if v == 0 {
			return zero
		}
		return money.FromMinor(v, cur)
	}
	s.paid, s.goods = mk(paid), mk(goods)
	s.parts, s.delivery, s.surcharge = mk(parts), mk(dl), mk(sc)
	s.returnShipping, s.deduction, s.earlier = mk(rsh), mk(-dd), mk(earlier)
	return s, nil
}

func add64(a, b int64) (int64, bool) {
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return 0, false
	}
	return s, true
}

func mul64(a, b int64) (int64, bool) {
	if a < 0 || b < 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	return int64(lo), hi == 0 && lo <= 1<<63-1
}

// proRata64 is the first part of Allocate(x, [w, total-w]): x×w/total by
// largest remainder, ties to the larger weight, then to the first part.
// 0 ≤ w ≤ total and x ≥ 0.
func proRata64(x, w, total int64) int64 {
	if total == 0 || x == 0 {
		return 0
	}
	w1 := total - w
	hi, lo := bits.Mul64(uint64(x), uint64(w))
	q0, r0 := bits.Div64(hi, lo, uint64(total))
	hi, lo = bits.Mul64(uint64(x), uint64(w1))
	q1, r1 := bits.Div64(hi, lo, uint64(total))
	if uint64(x)-q0-q1 == 1 && (r0 > r1 || (r0 == r1 && w >= w1)) {
		q0++
	}
	return int64(q0)
}

// coreDecimal is the exact decimal arithmetic core (money.Amount and
// money.Allocate), used when coreMinor overflows and as its reference in
// tests.
func coreDecimal(c *Case, f coreFlags) (sums, error) {
	cur := c.Currency
	zero := money.Zero(cur)
	goods, ret := zero, zero
	whole, any := true, false
	for i := range c.Lines {
		l := &c.Lines[i]
		goods, _ = goods.Add(l.UnitPrice.Mul(decimal.NewFromInt(int64(l.Quantity))))
		if f.eligibleLine(l) {
			if l.Returned > 0 {
				any = true
				ret, _ = ret.Add(l.UnitPrice.Mul(decimal.NewFromInt(int64(l.Returned))))
			}
			whole = whole && l.Returned == l.Quantity
		} else {
			whole = false
		}
	}
	paid, _ := money.Sum(cur, goods, c.Delivery, c.DeliverySurcharge)
	s := sums{paid: paid, goods: goods, whole: whole, any: any,
		parts: zero, delivery: zero, surcharge: zero, returnShipping: zero, deduction: zero, earlier: zero}
	if f.comp.Parts {
		s.parts = ret
	}
	share := func(x money.Amount, on bool) (money.Amount, error) {
		switch {
		case !on || !any:
			return zero, nil
		case whole:
			return x, nil
		}
		switch f.comp.PartialDelivery {
		case SplitFull:
			return x, nil
		case SplitProRata:
			if goods.IsZero() {
				return zero, nil
			}
			kept, _ := goods.Sub(ret)
			parts, err := money.Allocate(x, []decimal.Decimal{ret.Decimal(), kept.Decimal()})
			if err != nil {
				return zero, err
			}
			return parts[0], nil
		}
		return zero, nil
	}
	var err error
	if s.delivery, err = share(c.Delivery, f.comp.Delivery); err != nil {
		return sums{}, err
	}
	if s.surcharge, err = share(c.DeliverySurcharge, f.comp.DeliverySurcharge); err != nil {
		return sums{}, err
	}
	if f.comp.ReturnShipping && f.eligible {
		s.returnShipping = c.ReturnShipping
	}
	if f.deduct {
		if n, _ := c.Deduction.Cmp(s.parts); n > 0 {
			return sums{}, errDeductionAbove
		}
		s.deduction = c.Deduction.Neg()
	}
	sub, _ := money.Sum(cur, s.parts, s.delivery, s.surcharge, s.deduction)
	avail, _ := paid.Sub(c.RefundedBefore)
	if avail.IsNegative() {
		return sums{}, errAbovePaid
	}
	if n, _ := sub.Cmp(avail); n > 0 {
		s.earlier, _ = avail.Sub(sub)
	}
	return s, nil
}

// Quote computes the refund for case c on calendar cal (used to check the
// withdrawal window). Bad input returns an error wrapping ErrInvalidCase
// whose message starts with the JSON field path.
func (r Rules) Quote(cal calendar.Calendar, c Case) (Quote, error) {
	c, err := c.normalised()
	if err != nil {
		return Quote{}, err
	}
	comp, err := r.For(c.Reason)
	if err != nil {
		return Quote{}, caseError("reason", "%v", err)
	}
	if err := comp.validate(); err != nil {
		return Quote{}, fmt.Errorf("policy: %w", err)
	}
	f := coreFlags{comp: comp, withdrawal: c.Reason == Withdrawal, eligible: true}
	if c.Reason == Withdrawal && c.Buyer == Professional && !r.Withdrawal.Professionals {
		f.eligible = false
	}
	f.deduct = f.eligible && comp.Deduction && !c.NotInformed && c.Deduction.IsPositive()
	s, err := coreMinor(&c, f)
	if err == errOverflow {
		s, err = coreDecimal(&c, f)
	}
	switch err {
	case nil:
	case errAbovePaid:
		return Quote{}, caseError("refunded_before", "%s is above what was paid for the order", c.RefundedBefore)
	case errDeductionAbove:
		return Quote{}, caseError("deduction.amount", "%s is above the price of the returned goods", c.Deduction)
	default:
		return Quote{}, err
	}
	return r.finish(cal, &c, comp, f, s)
}

// minorOf returns a in whole minor units of its currency without
// allocating, or false when a has no currency (and is not zero), is not a
// whole number of minor units, or does not fit an int64.
func minorOf(a money.Amount) (int64, bool) {
	cur := a.Currency()
	if cur.IsZero() {
		return 0, false
	}
	d := a.Decimal()
	if d.NumDigits() > 18 {
		return 0, false
	}
	v := d.CoefficientInt64()
	shift := int(d.Exponent()) + cur.Digits()
	for ; shift > 0; shift-- {
		if v > (1<<63-1)/10 || v < -(1<<63-1)/10 {
			return 0, false
		}
		v *= 10
	}
	for ; shift < 0; shift++ {
		if v%10 != 0 {
			return 0, false
		}
		v /= 10
	}
	return v, true
}

// fact is a Fact whose value is already a string.
func fact(name, value string) explain.Fact { return explain.Fact{Name: name, Value: value} }
