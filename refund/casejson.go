package refund

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/internal/strictjson"
	"github.com/aftersales/aftersales/money"
)

// jsonAmount is an amount in a case file: a decimal string ("12.50") in
// the case currency, or an object {"amount": "12.50", "currency": "EUR"}
// whose currency must be the case currency.
type jsonAmount struct {
	value    string
	currency string
	set      bool
}

func (a *jsonAmount) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*a = jsonAmount{value: s, set: true}
		return nil
	}
	if len(b) > 0 && b[0] == '{' {
		var o struct {
			Amount   string `json:"amount"`
			Currency string `json:"currency"`
		}
		if err := strictjson.Decode(b, &o); err != nil {
			return err
		}
		*a = jsonAmount{value: o.Amount, currency: o.Currency, set: true}
		return nil
	}
	return fmt.Errorf("want a decimal string such as \"12.50\"")
}

func (a jsonAmount) MarshalJSON() ([]byte, error) { return json.Marshal(a.value) }

func (a jsonAmount) IsZero() bool { return !a.set }

// amount converts a to an amount in cur; an unset amount is the zero
// Amount.
func (a jsonAmount) amount(path string, cur money.Currency) (money.Amount, error) {
	if !a.set {
		return money.Amount{}, nil
	}
	c := cur
	if a.currency != "" && a.currency != cur.Code() {
		return money.Amount{}, caseError(path, "currency %s differs from the case currency %s", a.currency, cur.Code())
	}
	v, err := money.Parse(a.value, c)
	if err != nil {
		return money.Amount{}, caseError(path, "%v", err)
	}
	return v, nil
}

func fromAmount(a money.Amount) jsonAmount {
	if a.Currency().IsZero() {
		return jsonAmount{}
	}
	return jsonAmount{value: a.Number(), set: true}
}

type jsonLine struct {
	ID          string     `json:"id"`
	Description string     `json:"description,omitempty"`
	Quantity    int        `json:"quantity"`
	UnitPrice   jsonAmount `json:"unit_price"`
	Returned    int        `json:"returned"`
	Exclusion   Exclusion  `json:"exclusion,omitempty"`
}

type jsonDelivery struct {
	Standard  jsonAmount `json:"standard,omitzero"`
	Surcharge jsonAmount `json:"surcharge,omitzero"`
}

type jsonDeduction struct {
	Amount jsonAmount `json:"amount,omitzero"`
	Reason string     `json:"reason"`
}

type jsonCase struct {
	Reason         Reason         `json:"reason"`
	Buyer          Buyer          `json:"buyer,omitempty"`
	Currency       string         `json:"currency"`
	Delivered      calendar.Date  `json:"delivered,omitzero"`
	Informed       calendar.Date  `json:"informed,omitzero"`
	GoodsBack      calendar.Date  `json:"goods_back,omitzero"`
	ShippedBack    calendar.Date  `json:"shipped_back,omitzero"`
	Refunded       calendar.Date  `json:"refunded,omitzero"`
	NotInformed    bool           `json:"not_informed,omitempty"`
	Lines          []jsonLine     `json:"lines"`
	Delivery       jsonDelivery   `json:"delivery"`
	ReturnShipping jsonAmount     `json:"return_shipping,omitzero"`
	Deduction      *jsonDeduction `json:"deduction,omitempty"`
	RefundedBefore jsonAmount     `json:"refunded_before,omitzero"`
}

// DecodeCase reads a case file strictly (unknown fields, wrong types and
// trailing data are errors) and validates it (Case.Validate). Errors name
// the field path: "lines[1].returned: 3 is above quantity 2". Amounts are
// decimal strings in the case currency, with at most its number of
// decimal places, or {"amount", "currency"} objects in that currency.
func DecodeCase(data []byte) (Case, error) {
	var w jsonCase
	if err := strictjson.Decode(data, &w); err != nil {
		return Case{}, err
	}
	if w.Currency == "" {
		return Case{}, caseError("currency", "missing")
	}
	cur, err := money.ParseCurrency(w.Currency)
	if err != nil {
		return Case{}, caseError("currency", "%v", err)
	}
	c := Case{Reason: w.Reason, Buyer: w.Buyer, Currency: cur, Delivered: w.Delivered, Informed: w.Informed,
		GoodsBack: w.GoodsBack, ShippedBack: w.ShippedBack, Refunded: w.Refunded, NotInformed: w.NotInformed}
	if c.Reason == "" {
		return Case{}, caseError("reason", "missing (want withdrawal, conformity or non-delivery)")
	}
	c.Lines = make([]Line, len(w.Lines))
	for i, l := range w.Lines {
		p := strictjson.Index("lines", i)
		if !l.UnitPrice.set {
			return Case{}, caseError(p+".unit_price", "missing")
		}
		u, err := l.UnitPrice.amount(p+".unit_price", cur)
		if err != nil {
			return Case{}, err
		}
		c.Lines[i] = Line{ID: l.ID, Description: l.Description, Quantity: l.Quantity, UnitPrice: u, Returned: l.Returned, Exclusion: l.Exclusion}
	}
	for _, x := range []struct {
		path string
		a    jsonAmount
		to   *money.Amount
	}{
		{"delivery.standard", w.Delivery.Standard, &c.Delivery},
		{"delivery.surcharge", w.Delivery.Surcharge, &c.DeliverySurcharge},
		{"return_shipping", w.ReturnShipping, &c.ReturnShipping},
		{"refunded_before", w.RefundedBefore, &c.RefundedBefore},
	} {
		if *x.to, err = x.a.amount(x.path, cur); err != nil {
			return Case{}, err
		}
	}
	if w.Deduction != nil {
		if c.Deduction, err = w.Deduction.Amount.amount("deduction.amount", cur); err != nil {
			return Case{}, err
		}
		c.DeductionReason = w.Deduction.Reason
	}
	n, err := c.normalised()
	if err != nil {
		return Case{}, err
	}
	return n, nil
}

// MarshalJSON writes c in the case-file format DecodeCase reads.
func (c Case) MarshalJSON() ([]byte, error) {
	if c.Currency.IsZero() {
		return nil, fmt.Errorf("refund: case without a currency")
	}
	w := jsonCase{Reason: c.Reason, Buyer: c.Buyer, Currency: c.Currency.Code(), Delivered: c.Delivered, Informed: c.Informed,
		GoodsBack: c.GoodsBack, ShippedBack: c.ShippedBack, Refunded: c.Refunded, NotInformed: c.NotInformed,
		Lines:          make([]jsonLine, len(c.Lines)),
		Delivery:       jsonDelivery{Standard: fromAmount(c.Delivery), Surcharge: fromAmount(c.DeliverySurcharge)},
		ReturnShipping: fromAmount(c.ReturnShipping), RefundedBefore: fromAmount(c.RefundedBefore)}
	for i, l := range c.Lines {
		w.Lines[i] = jsonLine{ID: l.ID, Description: l.Description, Quantity: l.Quantity, UnitPrice: fromAmount(l.UnitPrice), Returned: l.Returned, Exclusion: l.Exclusion}
	}
	if !c.Deduction.IsZero() || c.DeductionReason != "" {
		w.Deduction = &jsonDeduction{Amount: fromAmount(c.Deduction), Reason: c.DeductionReason}
	}
	return json.Marshal(w)
}
