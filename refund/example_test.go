package refund_test

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/refund"
	"golang.org/x/text/language"
)

func ExampleRules_Window() {
	cal := calendar.MustForMarket("FR", "")
	w, err := refund.FrenchLaw().Window(cal, refund.Receipt{Delivered: []calendar.Date{calendar.MustParseDate("2026-02-14")}})
	if err != nil {
		panic(err)
	}
	fmt.Println(w.Applies, w.LastDay, w.Closes.Format("2006-01-02T15:04:05Z07:00"))
	fmt.Println(w.OpenOn(calendar.MustParseDate("2026-03-02")), w.OpenOn(calendar.MustParseDate("2026-03-03")))
	// Output:
	// true 2026-03-02 2026-03-03T00:00:00+01:00
	// true false
}

func ExampleRules_Quote() {
	cal := calendar.MustForMarket("FR", "")
	eur := money.MustCurrency("EUR")
	c := refund.Case{
		Reason: refund.Withdrawal, Currency: eur,
		Delivered: calendar.MustParseDate("2026-11-02"), Informed: calendar.MustParseDate("2026-11-05"),
		Lines: []refund.Line{
			{ID: "L1", Quantity: 1, UnitPrice: money.MustParse("45.00", eur), Returned: 1},
			{ID: "L2", Quantity: 1, UnitPrice: money.MustParse("30.00", eur), Returned: 1},
		},
		Delivery: money.MustParse("9.90", eur), DeliverySurcharge: money.MustParse("5.00", eur),
	}
	q, err := refund.FrenchLaw().Quote(cal, c)
	if err != nil {
		panic(err)
	}
	for _, comp := range q.Components {
		fmt.Println(comp.Kind, comp.Amount)
	}
	fmt.Println("total", q.Total, "due", q.Due)
	cat, _ := explain.NewCatalog(refund.Translations())
	fmt.Println(cat.Lines(q.Basis, language.French)[len(q.Basis.Steps)-1])
	// Output:
	// parts 75.00 EUR
	// delivery 9.90 EUR
	// delivery_surcharge 0.00 EUR
	// return_shipping 0.00 EUR
	// deduction 0.00 EUR
	// late_surcharge 0.00 EUR
	// total 84.90 EUR due 2026-11-19
	// Remboursement total : 84,90 €. (C. consom. L221-24)
}

func ExampleSurcharge() {
	eur := money.MustCurrency("EUR")
	due := calendar.MustParseDate("2026-01-19")
	amt, band, _, err := refund.Surcharge(refund.ScaleL2424, refund.Consumer, due, due.AddDays(25), money.MustParse("84.90", eur), money.MustParse("75.00", eur))
	if err != nil {
		panic(err)
	}
	fmt.Println(amt, "-", band)
	// Output:
	// 8.49 EUR - L242-4: more than 20 and up to 30 days late: +10 %
}

func ExampleDecodeCase() {
	c, err := refund.DecodeCase([]byte(`{"reason": "withdrawal", "currency": "EUR", "delivered": "2026-11-02", "informed": "2026-11-05",
	  "lines": [{"id": "L1", "quantity": 1, "unit_price": "120.00", "returned": 2}]}`))
	fmt.Println(c.Reason, err)
	// Output:
	//  lines[0].returned: 2 is above quantity 1
}
