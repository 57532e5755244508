package refund_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/aftersales/aftersales/law/fr"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/refund"
	"golang.org/x/text/language"
)

// statute is the statutory refund section (C. consom.), as a policy would
// hold it.
func statute() refund.Rules {
	return fr.Refund()
}

// A zero Rules has no rule: an engine built from it answers nothing and
// says so with explain.ErrNoRule, never with an implicit statute.
func ExampleNew_zeroRulesHaveNoRule() {
	cal := calendar.MustForMarket("FR", "")
	eng, err := refund.New(refund.Rules{}, cal)
	if err != nil {
		panic(err)
	}
	_, err = eng.Window(refund.Receipt{Delivered: []calendar.Date{calendar.MustParseDate("2026-02-14")}})
	fmt.Println(errors.Is(err, explain.ErrNoRule))
	rules := statute()
	rules.OnWithdrawal.DeadlineDays = 0
	_, err = refund.New(rules, cal)
	var fe *field.Error
	fmt.Println(errors.As(err, &fe), fe.Path)
	// Output:
	// true
	// true on_withdrawal.deadline_days
}

// The withdrawal period of C. consom. L221-18 runs 14 days from the day
// after receipt; a last day on a Saturday, Sunday or public holiday moves
// to the next working day, and the window closes at midnight local time.
func ExampleEngine_Window_lastDayMovesOffTheWeekend() {
	eng, err := refund.New(statute(), calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	w, err := eng.Window(refund.Receipt{Delivered: []calendar.Date{calendar.MustParseDate("2026-02-14")}})
	if err != nil {
		panic(err)
	}
	fmt.Println(w.Applies, w.LastDay, w.Closes.Format("2006-01-02T15:04:05Z07:00"))
	fmt.Println(w.OpenOn(calendar.MustParseDate("2026-03-02")), w.OpenOn(calendar.MustParseDate("2026-03-03")))
	b, _ := json.Marshal(struct {
		LastDay calendar.Date `json:"last_day"`
		Closes  any           `json:"closes"`
	}{w.LastDay, w.Closes})
	fmt.Println(string(b))
	// Output:
	// true 2026-03-02 2026-03-03T00:00:00+01:00
	// true false
	// {"last_day":"2026-03-02","closes":"2026-03-03T00:00:00+01:00"}
}

// A buyer who was not told of the right (L221-20) gets 12 more months,
// counted from the end of the normal period.
func ExampleEngine_Window_notInformedExtendsByTwelveMonths() {
	eng, _ := refund.New(statute(), calendar.MustForMarket("FR", ""))
	w, err := eng.Window(refund.Receipt{Delivered: []calendar.Date{calendar.MustParseDate("2026-02-14")}, NotInformed: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(w.Normal, w.Extended, w.LastDay)
	// Output:
	// 2026-03-02 true 2027-03-02
}

// A withdrawal refunds the goods and the standard delivery, not the extra
// cost of a dearer delivery mode (C. consom. L221-24); json.Marshal gives
// the documented form with money as {"amount","currency"}.
func ExampleEngine_Quote_withdrawalRefundsStandardDelivery() {
	eng, err := refund.New(statute(), calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
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
	q, err := eng.Quote(c)
	if err != nil {
		panic(err)
	}
	for _, comp := range q.Components {
		fmt.Println(comp.Kind, comp.Amount)
	}
	fmt.Println("total", q.Total, "due", q.Due)
	total, _ := json.Marshal(q.Total)
	fmt.Println(string(total))
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
	// {"amount":"84.90","currency":"EUR"}
	// Remboursement total : 84,90 €. (C. consom. L221-24)
}

// Quoting many cases in a row with one Workspace: each quote reuses the
// workspace's memory, so what is kept of a quote (here its total and due
// day, which are values) is taken before the next one.
func ExampleEngine_QuoteIn_bulkQuotesReuseOneWorkspace() {
	eng, err := refund.New(statute(), calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	eur := money.MustCurrency("EUR")
	var w refund.Workspace
	for _, price := range []string{"45.00", "120.00", "9.99"} {
		q, err := eng.QuoteIn(&w, refund.Case{
			Reason: refund.Withdrawal, Currency: eur,
			Delivered: calendar.MustParseDate("2026-11-02"), Informed: calendar.MustParseDate("2026-11-05"),
			Lines:    []refund.Line{{ID: "L1", Quantity: 1, UnitPrice: money.MustParse(price, eur), Returned: 1}},
			Delivery: money.MustParse("4.90", eur),
		})
		if err != nil {
			panic(err)
		}
		fmt.Println(q.Total, "due", q.Due)
	}
	// Output:
	// 49.90 EUR due 2026-11-19
	// 124.90 EUR due 2026-11-19
	// 14.89 EUR due 2026-11-19
}

// On a partial return the delivery is refunded pro rata to the value of
// the returned goods, split by largest remainder so the parts add up.
func ExampleEngine_Quote_partialReturnRefundsDeliveryProRata() {
	eng, _ := refund.New(statute(), calendar.MustForMarket("FR", ""))
	var c refund.Case
	err := json.Unmarshal([]byte(`{"reason": "withdrawal", "currency": "EUR", "delivered": "2026-11-02", "informed": "2026-11-05",
	  "lines": [{"id": "L1", "quantity": 2, "unit_price": "60.00", "returned": 1},
	            {"id": "L2", "quantity": 1, "unit_price": "20.00", "returned": 0}],
	  "delivery": {"standard": "9.90"}}`), &c)
	if err != nil {
		panic(err)
	}
	q, err := eng.Quote(c)
	if err != nil {
		panic(err)
	}
	d, _ := q.Component(refund.KindDelivery)
	fmt.Println(d.Amount, "of", c.Delivery, "- total", q.Total)
	// Output:
	// 4.24 EUR of 9.90 EUR - total 64.24 EUR
}

// A withdrawal refund paid 25 days late is increased by 10 % of the sums
// due (C. consom. L242-4: more than 20 and up to 30 days late).
func ExampleEngine_Quote_lateRefundIncreasedUnderL2424() {
	eng, _ := refund.New(statute(), calendar.MustForMarket("FR", ""))
	eur := money.MustCurrency("EUR")
	q, err := eng.Quote(refund.Case{
		Reason: refund.Withdrawal, Currency: eur,
		Delivered: calendar.MustParseDate("2026-01-05"), Informed: calendar.MustParseDate("2026-01-08"),
		GoodsBack: calendar.MustParseDate("2026-01-12"), Refunded: calendar.MustParseDate("2026-02-16"),
		Lines:    []refund.Line{{ID: "L1", Quantity: 1, UnitPrice: money.MustParse("450.00", eur), Returned: 1}},
		Delivery: money.MustParse("25.00", eur),
	})
	if err != nil {
		panic(err)
	}
	late, _ := q.Component(refund.KindLateSurcharge)
	fmt.Println(q.Due, q.DaysLate, late.Amount, q.Total)
	fmt.Println(q.Band)
	// Output:
	// 2026-01-22 25 47.50 EUR 522.50 EUR
	// L242-4: more than 20 and up to 30 days late: +10 %
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

// A case decodes strictly and is validated as it decodes: the error names
// the field.
func ExampleCase_UnmarshalJSON_errorsNameTheField() {
	var c refund.Case
	err := json.Unmarshal([]byte(`{"reason": "withdrawal", "currency": "EUR", "delivered": "2026-11-02", "informed": "2026-11-05",
	  "lines": [{"id": "L1", "quantity": 1, "unit_price": {"amount": "120.00", "currency": "EUR"}, "returned": 2}]}`), &c)
	var fe *field.Error
	fmt.Println(errors.As(err, &fe), fe.Path)
	fmt.Println(err)
	// Output:
	// true lines[0].returned
	// lines[0].returned: 2 is above quantity 1
}
