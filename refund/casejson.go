package refund

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
)

// This file holds the wire form of the inputs: Line (its own fields and
// tags, with a bare-string shorthand for unit_price) and Case, whose JSON
// groups the delivery amounts and the deduction.

// caseAmount is an amount as a case file writes it: the money object
// {"amount":"12.50","currency":"EUR"} or, as a shorthand, a decimal
// string "12.50" in the case currency. A shorthand decodes to an Amount
// without a currency, which Case.UnmarshalJSON puts in the case currency.
type caseAmount struct{ a money.Amount }

// maxAmountText bounds the length of an amount written as a string.
const maxAmountText = 40

func (x *caseAmount) UnmarshalJSON(b []byte) error {
	a, err := parseCaseAmount(b)
	if err != nil {
		return err
	}
	x.a = a
	return nil
}

// parseCaseAmount decodes an amount as a case file writes it. (It keeps
// nothing of b, so a caseAmount decodes on the stack.)
func parseCaseAmount(b []byte) (money.Amount, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '"' {
		return moneyObject(b)
	}
	if len(b) >= 2 && b[len(b)-1] == '"' && plainDecimal(b[1:len(b)-1]) {
		// Digits and a point: nothing to unescape.
		return parseDecimal(string(b[1 : len(b)-1]))
	}
	s, err := quotedString(b)
	if err != nil {
		return money.Amount{}, err
	}
	if !plainDecimal(s) {
		return money.Amount{}, fmt.Errorf("%q is not a decimal amount such as \"12.50\" (digits, an optional point and decimals, at most %d characters)", clip(s), maxAmountText)
	}
	return parseDecimal(s)
}

func parseDecimal(s string) (money.Amount, error) {
	a, err := money.ParseNumber(s)
	if err != nil {
		return money.Amount{}, fmt.Errorf("%q: %v", s, err)
	}
	return a, nil
}

func moneyObject(b []byte) (money.Amount, error) {
	var a money.Amount
	err := a.UnmarshalJSON(b)
	return a, err
}

func quotedString(b []byte) (string, error) {
	var s string
	err := strictjson.Decode(b, &s)
	return s, err
}

func (x caseAmount) MarshalJSON() ([]byte, error) { return x.a.MarshalJSON() }

// IsZero reports an amount of zero, omitted from the JSON (an absent
// optional amount decodes to zero).
func (x caseAmount) IsZero() bool { return x.a.IsZero() }

// plainDecimal reports whether s is an optional minus sign, digits, and
// an optional point followed by digits: no plus sign, exponent, spaces or
// separators. (A negative amount is then refused by validation, naming
// the field.)
func plainDecimal[T string | []byte](s T) bool {
	if len(s) == 0 || len(s) > maxAmountText {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
	}
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point && digits > 0 && i < len(s)-1:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}

// inCurrency puts an amount written as a bare string in cur.
func inCurrency(a money.Amount, cur money.Currency) money.Amount {
	if a.Currency().IsZero() && !cur.IsZero() {
		return a.In(cur)
	}
	return a
}

// Decoding plans of the wire forms: field names read from the tags once,
// at start-up (immutable).
var (
	linePlan = strictjson.PlanOf((*lineWire)(nil))
	casePlan = strictjson.PlanOf((*caseWire)(nil))
)

// lineWire is the JSON form of a Line: its fields, with the unit price
// allowed as a bare string.
type lineWire struct {
	ID          string      `json:"id"`
	Description string      `json:"description,omitempty"`
	Quantity    int         `json:"quantity"`
	UnitPrice   *caseAmount `json:"unit_price"`
	Returned    int         `json:"returned"`
	Exclusion   Exclusion   `json:"exclusion,omitempty"`
	Discount    caseAmount  `json:"discount,omitzero"`
	VATRate     VATRate     `json:"vat_rate,omitzero"`
	Shipment    string      `json:"shipment,omitempty"`
}

// UnmarshalJSON decodes a line strictly and checks what a line can check
// alone: quantity, returned, texts, exclusion, a non-negative unit price.
// A unit price written as a bare string has no currency until the
// enclosing Case decodes it.
func (l *Line) UnmarshalJSON(b []byte) error {
	var w lineWire
	if err := strictjson.DecodeWith(linePlan, b, &w); err != nil {
		return err
	}
	v, err := w.line()
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// line returns the Line of w, checked.
func (w lineWire) line() (Line, error) {
	if w.UnitPrice == nil {
		return Line{}, caseError("unit_price", "missing")
	}
	return w.lineWith(w.UnitPrice.a)
}

// lineWith returns the Line of w with unit price price, checked.
func (w lineWire) lineWith(price money.Amount) (Line, error) {
	v := Line{ID: w.ID, Description: w.Description, Quantity: w.Quantity, UnitPrice: price, Returned: w.Returned, Exclusion: w.Exclusion,
		Discount: w.Discount.a, VATRate: w.VATRate, Shipment: w.Shipment}
	if err := v.check(""); err != nil {
		return Line{}, err
	}
	return v, nil
}

type caseDelivery struct {
	Standard  caseAmount `json:"standard,omitzero"`
	Surcharge caseAmount `json:"surcharge,omitzero"`
}

func (d caseDelivery) IsZero() bool { return d.Standard.IsZero() && d.Surcharge.IsZero() }

type caseDeduction struct {
	Amount caseAmount `json:"amount,omitzero"`
	Reason string     `json:"reason,omitempty"`
}

func (d caseDeduction) IsZero() bool { return d.Amount.IsZero() && d.Reason == "" }

// caseWire is the JSON form of a Case (the case file), in the order the
// README documents.
type caseWire struct {
	Reason         Reason         `json:"reason"`
	Buyer          Buyer          `json:"buyer,omitempty"`
	Currency       money.Currency `json:"currency"`
	Delivered      calendar.Date  `json:"delivered,omitzero"`
	Informed       calendar.Date  `json:"informed,omitzero"`
	GoodsBack      calendar.Date  `json:"goods_back,omitzero"`
	ShippedBack    calendar.Date  `json:"shipped_back,omitzero"`
	Refunded       calendar.Date  `json:"refunded,omitzero"`
	NotInformed    bool           `json:"not_informed,omitempty"`
	Lines          []Line         `json:"lines"`
	Delivery       caseDelivery   `json:"delivery,omitzero"`
	ReturnShipping caseAmount     `json:"return_shipping,omitzero"`
	Deduction      caseDeduction  `json:"deduction,omitzero"`
	RefundedBefore caseAmount     `json:"refunded_before,omitzero"`

	Ordered             calendar.Date    `json:"ordered,omitzero"`
	Seller              Seller           `json:"seller,omitempty"`
	Discounts           []caseDiscount   `json:"discounts,omitempty"`
	Shipments           []caseShipment   `json:"shipments,omitempty"`
	Payments            []casePayment    `json:"payments,omitempty"`
	RefundTo            Means            `json:"refund_to,omitempty"`
	Instalments         []caseInstalment `json:"instalments,omitempty"`
	Commission          caseAmount       `json:"commission,omitzero"`
	PlatformTookOver    bool             `json:"platform_took_over,omitempty"`
	WithdrawalSent      *time.Time       `json:"withdrawal_sent,omitempty"`
	SellerCollects      bool             `json:"seller_collects,omitempty"`
	ReturnCostNotStated bool             `json:"return_cost_not_stated,omitempty"`
	FreeShipping        caseFreeShipping `json:"free_shipping,omitzero"`
}

type caseFreeShipping struct {
	Threshold caseAmount `json:"threshold"`
	Price     caseAmount `json:"price"`
}

func (f caseFreeShipping) IsZero() bool { return f.Threshold.IsZero() && f.Price.IsZero() }

type caseDiscount struct {
	ID       string     `json:"id,omitempty"`
	Amount   caseAmount `json:"amount"`
	MinOrder caseAmount `json:"min_order,omitzero"`
}

type caseShipment struct {
	ID        string        `json:"id"`
	Delivered calendar.Date `json:"delivered,omitzero"`
	Standard  caseAmount    `json:"standard,omitzero"`
	Surcharge caseAmount    `json:"surcharge,omitzero"`
}

type casePayment struct {
	Means  Means      `json:"means"`
	Amount caseAmount `json:"amount"`
}

type caseInstalment struct {
	Date   calendar.Date `json:"date"`
	Amount caseAmount    `json:"amount"`
}

// UnmarshalJSON decodes a case file strictly (unknown or duplicate
// fields, wrong types, numbers the JSON grammar forbids, invalid UTF-8 and
// trailing data are errors) and validates it (Case.Validate). Errors are
// *field.Error values naming the field path ("lines[1].returned: 3 is
// above quantity 2"). Amounts are money objects in the case currency or
// decimal strings in it, with at most its number of decimal places.
func (c *Case) UnmarshalJSON(data []byte) error {
	var w caseWire
	if !caseFast(data, &w) {
		var err error
		if w, err = strictCase(data); err != nil {
			return err
		}
	}
	if w.Reason == "" {
		return caseError("reason", "missing (want withdrawal, conformity or non-delivery)")
	}
	if w.Currency.IsZero() {
		return caseError("currency", "missing")
	}
	cur := w.Currency
	v := Case{Reason: w.Reason, Buyer: w.Buyer, Currency: cur, Delivered: w.Delivered, Informed: w.Informed,
		GoodsBack: w.GoodsBack, ShippedBack: w.ShippedBack, Refunded: w.Refunded, NotInformed: w.NotInformed,
		Lines:             w.Lines,
		Delivery:          inCurrency(w.Delivery.Standard.a, cur),
		DeliverySurcharge: inCurrency(w.Delivery.Surcharge.a, cur),
		ReturnShipping:    inCurrency(w.ReturnShipping.a, cur),
		Deduction:         inCurrency(w.Deduction.Amount.a, cur),
		DeductionReason:   w.Deduction.Reason,
		RefundedBefore:    inCurrency(w.RefundedBefore.a, cur)}
	for i := range v.Lines {
		v.Lines[i].UnitPrice = inCurrency(v.Lines[i].UnitPrice, cur)
		if v.Lines[i].Discount.IsZero() {
			v.Lines[i].Discount = money.Amount{} // as if omitted
		} else {
			v.Lines[i].Discount = inCurrency(v.Lines[i].Discount, cur)
		}
	}
	v.Ordered, v.Seller, v.RefundTo = w.Ordered, w.Seller, w.RefundTo
	v.Commission = present(w.Commission.a, cur)
	v.PlatformTookOver, v.SellerCollects, v.ReturnCostNotStated = w.PlatformTookOver, w.SellerCollects, w.ReturnCostNotStated
	v.FreeShipping = FreeShipping{Threshold: present(w.FreeShipping.Threshold.a, cur), Price: present(w.FreeShipping.Price.a, cur)}
	if w.WithdrawalSent != nil {
		if w.WithdrawalSent.IsZero() {
			return caseError("withdrawal_sent", "the zero instant is not a sending time")
		}
		v.WithdrawalSent = *w.WithdrawalSent
	}
	for _, x := range w.Discounts {
		v.Discounts = append(v.Discounts, Discount{ID: x.ID, Amount: inCurrency(x.Amount.a, cur), MinOrder: present(x.MinOrder.a, cur)})
	}
	for _, x := range w.Shipments {
		v.Shipments = append(v.Shipments, Shipment{ID: x.ID, Delivered: x.Delivered, Standard: present(x.Standard.a, cur), Surcharge: present(x.Surcharge.a, cur)})
	}
	for _, x := range w.Payments {
		v.Payments = append(v.Payments, Payment{Means: x.Means, Amount: inCurrency(x.Amount.a, cur)})
	}
	for _, x := range w.Instalments {
		v.Instalments = append(v.Instalments, Instalment{Date: x.Date, Amount: inCurrency(x.Amount.a, cur)})
	}
	n, err := v.normalised()
	if err != nil {
		return err
	}
	*c = n
	return nil
}

// strictCase decodes a case file with the strict decoder (its wire form
// lives on the heap; the fast path's on the stack).
func strictCase(data []byte) (caseWire, error) {
	var w caseWire
	err := strictjson.DecodeWith(casePlan, data, &w)
	return w, err
}

// MarshalJSON writes c in the case-file form UnmarshalJSON reads, every
// amount as a money object; zero optional amounts and dates are omitted.
func (c Case) MarshalJSON() ([]byte, error) {
	if c.Currency.IsZero() {
		return nil, fmt.Errorf("refund: case without a currency")
	}
	w := caseWire{Reason: c.Reason, Buyer: c.Buyer, Currency: c.Currency, Delivered: c.Delivered, Informed: c.Informed,
		GoodsBack: c.GoodsBack, ShippedBack: c.ShippedBack, Refunded: c.Refunded, NotInformed: c.NotInformed,
		Lines:          c.Lines,
		Delivery:       caseDelivery{Standard: caseAmount{c.Delivery}, Surcharge: caseAmount{c.DeliverySurcharge}},
		ReturnShipping: caseAmount{c.ReturnShipping},
		Deduction:      caseDeduction{Amount: caseAmount{c.Deduction}, Reason: c.DeductionReason},
		RefundedBefore: caseAmount{c.RefundedBefore},
		Ordered:        c.Ordered, Seller: c.Seller, RefundTo: c.RefundTo, Commission: caseAmount{c.Commission},
		PlatformTookOver: c.PlatformTookOver, SellerCollects: c.SellerCollects, ReturnCostNotStated: c.ReturnCostNotStated,
		FreeShipping: caseFreeShipping{Threshold: caseAmount{c.FreeShipping.Threshold}, Price: caseAmount{c.FreeShipping.Price}}}
	if w.Seller == Trader {
		w.Seller = ""
	}
	if !c.WithdrawalSent.IsZero() {
		t := c.WithdrawalSent
		w.WithdrawalSent = &t
	}
	for _, x := range c.Discounts {
		w.Discounts = append(w.Discounts, caseDiscount{ID: x.ID, Amount: caseAmount{x.Amount}, MinOrder: caseAmount{x.MinOrder}})
	}
	for _, x := range c.Shipments {
		w.Shipments = append(w.Shipments, caseShipment{ID: x.ID, Delivered: x.Delivered, Standard: caseAmount{x.Standard}, Surcharge: caseAmount{x.Surcharge}})
	}
	for _, x := range c.Payments {
		w.Payments = append(w.Payments, casePayment{Means: x.Means, Amount: caseAmount{x.Amount}})
	}
	for _, x := range c.Instalments {
		w.Instalments = append(w.Instalments, caseInstalment{Date: x.Date, Amount: caseAmount{x.Amount}})
	}
	if w.Lines == nil {
		w.Lines = []Line{}
	}
	return json.Marshal(w)
}

// DecodeCase reads a case file strictly and validates it; it is
// json.Unmarshal into a Case.
//
// Deprecated: use json.Unmarshal(data, &c): Case decodes itself strictly.
func DecodeCase(data []byte) (Case, error) {
	var c Case
	if err := c.UnmarshalJSON(data); err != nil {
		return Case{}, err
	}
	return c, nil
}

// clip shortens s for an error message.
func clip(s string) string {
	if len(s) > maxAmountText {
		return s[:maxAmountText] + "…"
	}
	return s
}

// present is inCurrency for the optional amounts of the marketplace keys:
// a zero amount stays the zero Amount, as if omitted, so that a case
// round-trips through its JSON.
func present(a money.Amount, cur money.Currency) money.Amount {
	if a.IsZero() {
		return money.Amount{}
	}
	return inCurrency(a, cur)
}
