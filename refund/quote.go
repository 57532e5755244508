package refund

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
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
	// KindCouponClawback (negative, a deduction) appears only when the
	// rules revoke a coupon whose minimum order the goods kept no longer
	// reach (Components.CouponMinimum "revoke").
	KindCouponClawback Kind = "coupon_clawback"
	// KindFreeShippingClawback (negative, a deduction) appears only when
	// the rules charge a free delivery whose threshold the goods kept no
	// longer reach (Components.FreeShippingCharge).
	KindFreeShippingClawback Kind = "free_shipping_clawback"
)

// Line is one line of an order.
//
// Its JSON form is its fields with the tags below. UnmarshalJSON decodes
// strictly and validates what a line can check alone (see Case.Validate);
// inside a case, unit_price may also be a bare decimal string in the case
// currency ("120.00"). The zero Line is invalid (quantity 0). A Line is a
// value, safe for concurrent use; daylight-saving time does not affect it.
type Line struct {
	// ID identifies the line ("L1"): valid UTF-8, at most MaxTextLen
	// bytes; optional.
	ID string `json:"id"`
	// Description says what was sold: valid UTF-8, at most MaxTextLen
	// bytes; optional.
	Description string `json:"description,omitempty"`
	// Quantity is the quantity sold, from 1 to MaxQuantity.
	Quantity int `json:"quantity"`
	// UnitPrice is the price paid per unit, all taxes included: from 0 to
	// MaxAmount units of the case currency, in whole minor units.
	UnitPrice money.Amount `json:"unit_price"`
	// Returned is the quantity the refund is for: returned goods for a
	// withdrawal or a conformity claim, goods not delivered for a
	// non-delivery. From 0 to Quantity.
	Returned int `json:"returned"`
	// Exclusion, if set, is the L221-28 exclusion that removes the right of
	// withdrawal for this line.
	Exclusion Exclusion `json:"exclusion,omitempty"`
	// Discount is a discount on the whole line (all its units), zero when
	// none; never above quantity × unit price.
	Discount money.Amount `json:"discount,omitzero"`
	// VATRate is the line's VAT rate (prices stay VAT-inclusive); give it
	// on every line or on none.
	VATRate VATRate `json:"vat_rate,omitzero"`
	// Shipment is the ID of the shipment the line was delivered in;
	// required on every line when the case lists shipments.
	Shipment string `json:"shipment,omitempty"`
}

// Bounds of a Case, enforced by Case.Validate.
const (
	MaxLines    = 1000      // lines in a case
	MaxQuantity = 1_000_000 // Line.Quantity
	MaxTextLen  = 1000      // bytes of Line.ID, Line.Description, Case.DeductionReason
)

// MaxAmount is the largest amount a case may hold, in units of its
// currency (10^12: one trillion euros, yen, dinars…).
const MaxAmount = 1_000_000_000_000

// Case is a refund request: why, for which order lines, what the buyer
// paid and when things happened. Optional amounts may be the zero Amount
// (zero); optional dates the zero Date (unknown).
//
// Its JSON form (the case file of `aftersales quote`, documented in the
// package README) groups the delivery amounts under "delivery" and the
// deduction under "deduction"; amounts are money objects
// {"amount":"12.50","currency":"EUR"} or, as a shorthand, decimal strings
// in the case currency. UnmarshalJSON decodes strictly and validates, so
// json.Unmarshal returns a *field.Error naming the field; MarshalJSON
// writes the form UnmarshalJSON reads (money objects).
//
// The zero Case is invalid. A Case is a value; Engine.Quote does not keep
// it. Dates are calendar days: daylight-saving time does not affect a
// Case.
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
	// Lines are the order's lines, all of them (also those not returned):
	// 1 to MaxLines.
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
	// DeductionReason says why (required when Deduction is positive; at
	// most MaxTextLen bytes of valid UTF-8).
	DeductionReason string
	// RefundedBefore is what was already refunded on this order.
	RefundedBefore money.Amount

	// The marketplace parts (order.go); each is optional and its zero
	// value changes nothing.

	// Ordered is the day the order was placed; no date of the case may
	// precede it.
	Ordered calendar.Date
	// Seller is trader (the zero value) or consumer (a private seller).
	Seller Seller
	// Discounts are order-level coupons and discounts, allocated to the
	// lines by value.
	Discounts []Discount
	// Shipments are the order's deliveries; when given, every line names
	// its shipment and Delivery and DeliverySurcharge stay zero.
	Shipments []Shipment
	// Payments are what the buyer paid, by means; when given they add up
	// to the order's cost (goods after discounts, delivery and surcharge).
	Payments []Payment
	// RefundTo is a means the buyer expressly agreed to be refunded on
	// instead of the means he paid with.
	RefundTo Means
	// Instalments are the parts of this refund paid so far, in date order
	// (instead of Refunded).
	Instalments []Instalment
	// Commission is the platform's commission on the order (for the
	// settlement).
	Commission money.Amount
	// PlatformTookOver says the platform took the case over from the
	// seller.
	PlatformTookOver bool
	// WithdrawalSent is the instant the buyer sent the withdrawal notice
	// (through the platform's withdrawal function, CRD art. 11a); read in
	// the calendar's time zone. Zero when unknown.
	WithdrawalSent time.Time
	// SellerCollects says the seller offered to collect the goods itself:
	// the buyer has no return deadline, bears no return cost, and the
	// refund cannot be deferred (L221-23, L221-24).
	SellerCollects bool
	// ReturnCostNotStated says the seller did not tell the buyer that he
	// bears the return cost: the seller bears it (L221-23).
	ReturnCostNotStated bool
	// FreeShipping says the delivery was free because the order reached a
	// threshold: what the delivery would have cost and the threshold.
	FreeShipping FreeShipping
}

// FreeShipping is a delivery offered because the order reached a value.
// The zero FreeShipping is none.
type FreeShipping struct {
	// Threshold is the order value (goods after discounts) from which the
	// delivery is free; positive.
	Threshold money.Amount
	// Price is what the delivery would have cost; positive.
	Price money.Amount
}

// IsZero reports whether f is no free delivery.
func (f FreeShipping) IsZero() bool { return f.Threshold.IsZero() && f.Price.IsZero() }

// Component is one part of a refund with its basis. Amount is in the
// quote's currency; it is negative only for the deduction and
// earlier_refunds kinds. The zero Component is no part (it never appears
// in a Quote). A Component is a value, safe for concurrent use;
// daylight-saving time does not affect it.
type Component struct {
	// Kind says which part of the refund this is.
	Kind Kind `json:"kind"`
	// Amount is the amount of this part.
	Amount money.Amount `json:"amount"`
	// Basis explains the part.
	Basis explain.Basis `json:"basis"`
}

// Quote is the refund owed for a Case: its components, their total, the
// day it is due and, when it was paid late, the surcharge band used.
//
// Its JSON form is its fields with the tags below, in declaration order:
// money as {"amount":"12.50","currency":"EUR"}, dates YYYY-MM-DD, basis
// the common explain.Basis object. A Quote is a value, safe for
// concurrent use; it shares no memory with the Engine that computed it.
// Daylight-saving time does not affect it (its dates are calendar days).
type Quote struct {
	// Reason is the case's reason.
	Reason Reason `json:"reason"`
	// Eligible is false when the buyer has no right to the refund asked
	// for (a professional buyer's withdrawal under a policy that does not
	// extend the right); every component is then zero.
	Eligible bool `json:"eligible"`
	// Currency is the currency of every amount.
	Currency money.Currency `json:"currency"`
	// Components lists parts, delivery, delivery_surcharge,
	// return_shipping, deduction, late_surcharge (and earlier_refunds when
	// it is not zero), in that order. They add up to Total.
	Components []Component `json:"components"`
	// Total is the amount to refund.
	Total money.Amount `json:"total"`
	// Paid is what the buyer paid for the order (goods and delivery).
	Paid money.Amount `json:"paid"`
	// Due is the last day to refund on time.
	Due calendar.Date `json:"due"`
	// Deferred reports that the seller may still defer the refund: neither
	// the goods nor a proof of shipment have reached it; Due is then the
	// day the refund would be due without deferral.
	Deferred bool `json:"deferred"`
	// DaysLate is how many calendar days after Due the refund was paid (0
	// when on time or not paid).
	DaysLate int `json:"days_late"`
	// Band is the late-surcharge band applied; the zero Band (omitted from
	// JSON) when none.
	Band Band `json:"late_band,omitzero"`

	// The fields below are omitted from the JSON when zero or empty.

	// WithdrawalLate reports that the withdrawal reached the seller (or,
	// when the case gives withdrawal_sent, was sent) after the window
	// closed: the buyer must prove he sent it in time (L221-21, L221-22).
	WithdrawalLate bool `json:"withdrawal_late,omitempty"`
	// ReturnBy is the last day for the buyer to send the goods back after
	// a withdrawal (14 days after communicating it, L221-23); the zero
	// Date when the seller collects or for other reasons.
	ReturnBy calendar.Date `json:"return_by,omitzero"`
	// ReturnCosts is who bears the cost of returning the goods: "buyer"
	// or "seller" ("" when no goods go back).
	ReturnCosts string `json:"return_costs,omitempty"`
	// RateUnknown reports that legal interest used the last known rate
	// for a day after the last half-year of the rate table.
	RateUnknown bool `json:"rate_unknown,omitempty"`
	// Instalments are the parts of the refund paid so far, each with its
	// own delay and surcharge.
	Instalments []InstalmentPart `json:"instalments,omitempty"`
	// Outstanding is what is left to refund after the instalments (the
	// zero Amount when the case lists none).
	Outstanding money.Amount `json:"outstanding,omitzero"`
	// VAT splits the total by VAT rate (when the lines carry rates): the
	// parts add up exactly to Total.
	VAT []VATPart `json:"vat,omitempty"`
	// Shipments splits the total by shipment (when the case lists
	// shipments): the parts add up exactly to Total.
	Shipments []ShipmentPart `json:"shipments,omitempty"`
	// Payments splits the total by means of payment (when the case lists
	// payments): the parts add up exactly to Total.
	Payments []MeansPart `json:"payments,omitempty"`
	// Settlement is the marketplace settlement (when the rules define one).
	Settlement SettlementPart `json:"settlement,omitzero"`

	// Basis explains every step: the components' bases, then the deadline
	// and the late surcharge.
	Basis explain.Basis `json:"basis"`
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
	v, ok := minorOf(a)
	if !ok && !a.Round().Equal(a) {
		return a, caseError(path, "%s has more decimal places than %s has (%d)", a.Number(), cur.Code(), cur.Digits())
	}
	if a.IsNegative() {
		return a, caseError(path, "must not be negative")
	}
	if m, okm := maxMinor(cur.Digits()); ok && okm {
		if v > m {
			return a, caseError(path, "%s is above the largest amount accepted (%d)", a.Number(), MaxAmount)
		}
	} else if !withinMax(a) {
		return a, caseError(path, "%s is above the largest amount accepted (%d)", a.Number(), MaxAmount)
	}
	return a, nil
}

// maxMinor returns MaxAmount in minor units of a currency with digits
// decimals, for 0 to 4 decimals.
func maxMinor(digits int) (int64, bool) {
	switch digits {
	case 0:
		return MaxAmount, true
	case 1:
		return MaxAmount * 10, true
	case 2:
		return MaxAmount * 100, true
	case 3:
		return MaxAmount * 1000, true
	case 4:
		return MaxAmount * 10000, true
	}
	return 0, false
}

// withinMax reports whether a ≤ MaxAmount units of its currency.
func withinMax(a money.Amount) bool {
	if v, ok := minorOf(a); ok {
		if m, ok := maxMinor(a.Currency().Digits()); ok {
			return v <= m
		}
	}
	return a.Decimal().Cmp(decimal.NewFromInt(MaxAmount)) <= 0
}

// checkText checks a free text of the case: valid UTF-8, at most
// MaxTextLen bytes.
func checkText(path, s string) error {
	if len(s) > MaxTextLen {
		return caseError(path, "%d bytes is too long (at most %d)", len(s), MaxTextLen)
	}
	if !utf8.ValidString(s) {
		return caseError(path, "invalid UTF-8")
	}
	return nil
}

// Validate reports the first problem in c with the path of its JSON field
// ("lines[1].returned: above quantity"), as a *field.Error that also
// matches ErrInvalidCase. Numbers: 1 to MaxLines lines; quantity 1 to
// MaxQuantity; returned 0 to quantity; every amount in the case currency,
// in whole minor units, from 0 to MaxAmount units; texts valid UTF-8 of
// at most MaxTextLen bytes. Date order rules: goods_back and
// shipped_back are not before delivered; goods_back is not before
// shipped_back; refunded is not before informed; for a conformity claim,
// informed is not before delivered. A withdrawal may be notified before
// delivery (L221-18), so informed may precede delivered then.
func (c Case) Validate() error {
	_, err := c.normalised()
	return err
}

// check validates what line l can check alone (not its currency), with
// field paths under p.
func (l Line) check(p string) error {
	switch {
	case l.Quantity <= 0 || l.Quantity > MaxQuantity:
		return caseError(field.Join(p, "quantity"), "%d is out of range (want 1 to %d)", l.Quantity, MaxQuantity)
	case l.Returned < 0:
		return caseError(field.Join(p, "returned"), "must not be negative")
	case l.Returned > l.Quantity:
		return caseError(field.Join(p, "returned"), "%d is above quantity %d", l.Returned, l.Quantity)
	}
	if err := checkText(field.Join(p, "id"), l.ID); err != nil {
		return err
	}
	if err := checkText(field.Join(p, "description"), l.Description); err != nil {
		return err
	}
	if l.Exclusion != "" {
		if _, err := ParseExclusion(string(l.Exclusion)); err != nil {
			return caseError(field.Join(p, "exclusion"), "%v", err)
		}
	}
	if l.UnitPrice.IsNegative() {
		return caseError(field.Join(p, "unit_price"), "must not be negative")
	}
	return nil
}

// normalised returns c validated, with zero optional amounts in the case
// currency and an explicit buyer.
func (c Case) normalised() (Case, error) { return c.normalise(nil) }

// normalise is normalised for a quote being built with arena ar (nil when
// none): with a marketplace arena, the minor units of every line's unit
// price and discount are kept in ar's order arithmetic as they are
// checked, so that no amount is converted twice.
func (c Case) normalise(ar *argArena) (Case, error) {
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
	if c.Delivered.IsZero() {
		// With shipments, the period runs from the last delivery.
		for i := range c.Shipments {
			if c.Shipments[i].Delivered.After(c.Delivered) {
				c.Delivered = c.Shipments[i].Delivered
			}
		}
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
	if len(c.Lines) > MaxLines {
		return c, caseError("lines", "%d lines is too many (at most %d)", len(c.Lines), MaxLines)
	}
	maxU, ok := maxMinor(cur.Digits())
	if !ok {
		maxU = -1 // every line takes the slow path
	}
	lines := c.Lines
	copied := false
	// The unit prices in minor units: for a marketplace quote only the
	// order checks read them (then they stay on this call's stack when
	// few), for another quote the arithmetic core does.
	var units []int64
	var unitBuf [64]int64
	switch {
	case ar == nil || ar.cur != cur:
	case ar.market && len(lines) <= len(unitBuf):
		units = unitBuf[:len(lines)]
	default:
		kept := ar.int64s(len(lines))
		ar.unit = kept
		units = kept
	}
	for i, l := range lines {
		if l.Quantity > 0 && l.Quantity <= MaxQuantity && l.Returned >= 0 && l.Returned <= l.Quantity && l.Exclusion == "" &&
			l.UnitPrice.Currency() == cur && len(l.ID) <= MaxTextLen && len(l.Description) <= MaxTextLen &&
			utf8.ValidString(l.ID) && utf8.ValidString(l.Description) {
			if v, ok := minorOf(l.UnitPrice); ok && v >= 0 && v <= maxU {
				if units != nil {
					units[i] = v
				}
				continue // the common case, checked without building a path
			}
		}
		p := strictjson.Index("lines", i)
		if err := l.check(p); err != nil {
			return c, err
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
		if units != nil {
			units[i], _ = minorOf(u)
		}
	}
	c.Lines = lines
	var zero money.Amount
	if ar != nil && ar.cur == cur {
		zero = ar.zero
	} else {
		zero = money.Zero(cur)
	}
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
	if err := checkText("deduction.reason", c.DeductionReason); err != nil {
		return c, err
	}
	if c.Deduction.IsPositive() && strings.TrimSpace(c.DeductionReason) == "" {
		return c, caseError("deduction.reason", "missing (a deduction must say why)")
	}
	if err := c.checkOrder(zero, ar, units); err != nil {
		return c, err
	}
	return c, nil
}

// sums is the result of the arithmetic core: the goods-related
// components before any late surcharge.
type sums struct {
	paid, goods, parts, delivery, surcharge, returnShipping, deduction, earlier money.Amount
	// clawback is the coupon taken back (≤ 0), the zero Amount when none.
	clawback money.Amount
	// shipClaw is the free delivery charged (≤ 0), the zero Amount when
	// none; belowThreshold reports the goods kept fell below a free
	// delivery's threshold (charged or not).
	shipClaw       money.Amount
	belowThreshold bool
	whole, any     bool
}

// sumsMinor is what the quote needs of sums in int64 minor units: the sums
// due (base) and the parts the splits share out.
type sumsMinor struct {
	ok                           bool
	base, rsh, dd, claw, earlier int64 // dd, claw ≥ 0 (claw: coupon and free delivery); earlier ≤ 0
}

// coreFlags is what the arithmetic core needs from the rules.
type coreFlags struct {
	comp       Components
	withdrawal bool // excluded lines are not refunded
	deduct     bool // the deduction applies
	eligible   bool
	// sellerReturn: the seller bears the return (it collects, or did not
	// say the buyer pays), so return shipping paid is refunded.
	sellerReturn bool
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
	return coreMinorIn(c, f, nil)
}

// coreMinorIn is coreMinor with the arena of the quote being built (nil
// when none): it reads the unit prices the validation kept and records
// the sums in minor units.
func coreMinorIn(c *Case, f coreFlags, ar *argArena) (sums, error) {
	cur := c.Currency
	var goods, ret int64
	whole, any := true, false
	ok := true
	var units []int64
	if ar != nil && len(ar.unit) == len(c.Lines) && ar.cur == cur {
		units = ar.unit
	}
	for i := range c.Lines {
		l := &c.Lines[i]
		var u int64
		if units != nil {
			u = units[i]
		} else {
			var ok0 bool
			if u, ok0 = minorOf(l.UnitPrice); !ok0 {
				return sums{}, errOverflow
			}
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
	if (f.comp.ReturnShipping || f.sellerReturn) && f.eligible {
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
	var mk func(int64) money.Amount
	if ar != nil {
		mk = ar.minor
		// sub + earlier is at most what was paid; return shipping may
		// take it past int64 (then base falls back to decimals).
		if b, okb := add64(sub+earlier, rsh); okb {
			ar.sums = sumsMinor{ok: true, base: b, rsh: rsh, dd: dd, earlier: earlier}
		}
	} else {
		zero := c.Delivery // already normalised: an amount in cur
		if !zero.IsZero() {
			zero = money.Zero(cur)
		}
		mk = func(v int64) money.Amount {
			if v == 0 {
				return zero
			}
			return money.FromMinor(v, cur)
		}
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
	switch {
	case total == 0 || x == 0 || w == 0:
		return 0
	case w == total:
		return x
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
	if (f.comp.ReturnShipping || f.sellerReturn) && f.eligible {
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

// Quote computes the refund for case c on calendar cal.
//
// Deprecated: build an Engine once with New(r, cal) and call
// Engine.Quote, which validates the rules once.
func (r Rules) Quote(cal calendar.Calendar, c Case) (Quote, error) {
	return quote(&r, cal, nil, c, true, nil)
}

// quote computes the refund for c; checkRules validates the components
// used (the Engine validated them in New).
// With w set, the quote's memory is w's (Engine.QuoteIn).
func quote(r *Rules, cal calendar.Calendar, rates []Rate, c Case, checkRules bool, w *Workspace) (Quote, error) {
	market := c.marketplace()
	var arena argArena
	ar := &arena
	ar.init(c.Currency, market, w)
	c, err := c.normalise(ar)
	if err != nil {
		return Quote{}, err
	}
	comp, err := r.For(c.Reason)
	if err != nil {
		return Quote{}, strictjson.At("reason", err)
	}
	if c.Reason == Withdrawal && r.Withdrawal.IsZero() {
		return Quote{}, strictjson.At("reason", noRule("the rules give no right of withdrawal"))
	}
	if checkRules {
		if err := comp.validate(); err != nil {
			return Quote{}, fmt.Errorf("policy: %w", err)
		}
	}
	f := coreFlags{comp: comp, withdrawal: c.Reason == Withdrawal, eligible: true}
	if c.Reason == Withdrawal && c.Buyer == Professional && !r.Withdrawal.Professionals {
		f.eligible = false
	}
	if c.Reason == Withdrawal && c.Seller == PrivateSeller && !comp.PrivateSellers {
		f.eligible = false
	}
	f.sellerReturn = c.Reason == Withdrawal && (c.SellerCollects || c.ReturnCostNotStated)
	f.deduct = f.eligible && comp.Deduction && !c.NotInformed && c.Deduction.IsPositive()
	var s sums
	var o *orderCalc
	if market {
		o = &ar.calc
		s, err = coreOrder(&c, f, o, ar)
	} else {
		s, err = coreMinorIn(&c, f, ar)
		if err == errOverflow {
			ar.sums = sumsMinor{}
			s, err = coreDecimal(&c, f)
		}
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
	return r.finish(cal, &c, comp, f, s, o, rates, ar)
}

// minorOf returns a in whole minor units of its currency without
// allocating, or false when a has no currency (and is not zero), is not a
// whole number of minor units, or does not fit an int64.
func minorOf(a money.Amount) (int64, bool) {
	if a.Currency().IsZero() {
		return 0, false
	}
	v, err := a.MinorUnits() // does not allocate for a whole amount that fits an int64
	return v, err == nil
}

// fact is a Fact whose value is already a string.
func fact(name, value string) explain.Fact { return explain.Fact{Name: name, Value: value} }
