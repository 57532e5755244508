package refund_test

import (
	"encoding/json"
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/refund"
)

// A coupon is shared between the lines by value: the refund of a returned
// unit is what was actually paid for it, not its list price (CRD art.
// 13(1), C. consom. L221-24: the payments received).
func ExampleEngine_Quote_couponAllocatedToTheLinesByValue() {
	eng, _ := refund.New(statute(), calendar.MustForMarket("FR", ""))
	var c refund.Case
	err := json.Unmarshal([]byte(`{"reason": "withdrawal", "currency": "EUR", "delivered": "2026-11-02", "informed": "2026-11-05",
	  "lines": [{"id": "A", "quantity": 2, "unit_price": "60.00", "returned": 1},
	            {"id": "B", "quantity": 1, "unit_price": "40.00"}],
	  "discounts": [{"id": "WELCOME", "amount": "16.00"}]}`), &c)
	if err != nil {
		panic(err)
	}
	q, _ := eng.Quote(c)
	p, _ := q.Component(refund.KindParts)
	fmt.Println("refunded for one unit of A:", p.Amount)
	// Output:
	// refunded for one unit of A: 54.00 EUR
}

// Lines at two VAT rates: the quote gives the refund and the VAT inside it
// per rate, the delivery shared over the rates of the goods, so that a
// credit note can be issued; the parts add up exactly to the total.
func ExampleEngine_Quote_vatPerRateForTheCreditNote() {
	eng, _ := refund.New(statute(), calendar.MustForMarket("FR", ""))
	var c refund.Case
	err := json.Unmarshal([]byte(`{"reason": "withdrawal", "currency": "EUR", "delivered": "2026-11-02", "informed": "2026-11-05",
	  "lines": [{"id": "seat", "quantity": 1, "unit_price": "149.00", "vat_rate": "20", "returned": 1},
	            {"id": "atlas", "quantity": 2, "unit_price": "18.50", "vat_rate": "5.5", "returned": 1}],
	  "delivery": {"standard": "7.90"}}`), &c)
	if err != nil {
		panic(err)
	}
	q, _ := eng.Quote(c)
	for _, v := range q.VAT {
		fmt.Printf("%s %%: %s, VAT %s\n", v.Rate, v.Amount, v.VAT)
	}
	fmt.Println("total", q.Total)
	// Output:
	// 5.5 %: 19.91 EUR, VAT 1.04 EUR
	// 20 %: 154.70 EUR, VAT 25.78 EUR
	// total 174.61 EUR
}

// The refund goes back to the means the buyer paid with (C. consom.
// L221-24): pro rata to what each paid unless the policy sets an order.
func ExampleEngine_Quote_refundGoesBackToEachMeansOfPayment() {
	rules := statute()
	rules.OnWithdrawal.PaymentOrder = "card,gift_card"
	eng, _ := refund.New(rules, calendar.MustForMarket("FR", ""))
	var c refund.Case
	err := json.Unmarshal([]byte(`{"reason": "withdrawal", "currency": "EUR", "delivered": "2026-11-02", "informed": "2026-11-05",
	  "lines": [{"id": "A", "quantity": 2, "unit_price": "60.00", "returned": 1}],
	  "payments": [{"means": "gift_card", "amount": "50.00"}, {"means": "card", "amount": "70.00"}]}`), &c)
	if err != nil {
		panic(err)
	}
	q, _ := eng.Quote(c)
	for _, p := range q.Payments {
		fmt.Println(p.Means, p.Amount)
	}
	// Output:
	// gift_card 0.00 EUR
	// card 60.00 EUR
}

// The legal interest table ends with a known half-year; a caller adds the
// rates published since, and the quote no longer flags rate_unknown.
func ExampleWithInterestRates() {
	h2 := refund.Rate{From: calendar.MustParseDate("2026-07-01"), Consumer: 700, Other: 300, Source: "published rate H2 2026"}
	eng, err := refund.New(statute(), calendar.MustForMarket("FR", ""), refund.WithInterestRates(h2))
	if err != nil {
		panic(err)
	}
	var c refund.Case
	_ = json.Unmarshal([]byte(`{"reason": "withdrawal", "currency": "EUR", "delivered": "2026-11-02", "informed": "2026-11-05",
	  "goods_back": "2026-11-09", "refunded": "2026-11-25",
	  "lines": [{"id": "A", "quantity": 1, "unit_price": "1000.00", "returned": 1}]}`), &c)
	q, _ := eng.Quote(c)
	late, _ := q.Component(refund.KindLateSurcharge)
	fmt.Println(late.Amount, "rate unknown:", q.RateUnknown)
	// Output:
	// 1.15 EUR rate unknown: false
}
