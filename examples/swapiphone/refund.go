package main

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/money"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/refund"
	"golang.org/x/text/language"
)

// showRefund shows the platform's withdrawal window and refund quotes on a
// fixed order: a withdrawal and a claim under the guarantee.
func showRefund(eng policy.Engine) {
	fmt.Println("-- refund")
	for _, buyer := range []refund.Buyer{refund.Consumer, refund.Professional} {
		w, err := eng.Refund().Window(refund.Receipt{Buyer: buyer, Delivered: []calendar.Date{calendar.MustParseDate("2026-02-14")}})
		if err != nil {
			fmt.Println("window:", err)
			return
		}
		fmt.Printf("withdrawal, %s received 2026-02-14: applies=%v, last day %s\n", buyer, w.Applies, w.LastDay)
	}
	eur := money.MustCurrency("EUR")
	c := refund.Case{
		Reason: refund.Withdrawal, Currency: eur,
		Delivered: calendar.MustParseDate("2026-11-02"), Informed: calendar.MustParseDate("2026-11-05"),
		GoodsBack: calendar.MustParseDate("2026-11-12"), Refunded: calendar.MustParseDate("2026-12-01"),
		Lines: []refund.Line{
			{ID: "L1", Description: "Alternator", Quantity: 1, UnitPrice: money.MustParse("45.00", eur), Returned: 1},
			{ID: "L2", Description: "Starter", Quantity: 1, UnitPrice: money.MustParse("30.00", eur), Returned: 1},
		},
		Delivery: money.MustParse("9.90", eur), DeliverySurcharge: money.MustParse("5.00", eur),
		ReturnShipping: money.MustParse("8.00", eur),
	}
	cat, _ := explain.NewCatalog(refund.Translations())
	for _, reason := range []refund.Reason{refund.Withdrawal, refund.Conformity} {
		c.Reason = reason
		q, err := eng.Refund().Quote(c)
		if err != nil {
			fmt.Println("quote:", err)
			return
		}
		band := q.Band.String()
		if band == "" {
			band = "no surcharge scale for this reason"
		}
		fmt.Printf("%s: total %s, due %s, %d days late (%s)\n", reason, q.Total.Format(language.French), q.Due, q.DaysLate, band)
		for _, comp := range q.Components {
			fmt.Printf("  %-18s %s\n", comp.Kind, comp.Amount.Format(language.French))
		}
		if reason == refund.Withdrawal {
			fmt.Print(cat.Render(q.Basis, language.French))
		}
	}
}
