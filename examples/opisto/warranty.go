package main

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

// showWarranty assesses a defect on a used gearbox bought by a consumer:
// second-hand goods keep the 2-year conformity period but the presumption
// lasts 12 months; the seller's listing promised 6 months of its own
// warranty. It also lists what a car-part listing must state (Opisto
// charter §II: condition, guarantee, damage).
func showWarranty(eng policy.Engine) {
	c := warranty.Case{
		Buyer:            warranty.Consumer,
		Condition:        warranty.Used,
		Contract:         calendar.MustParseDate("2025-09-10"),
		Delivered:        calendar.MustParseDate("2025-09-15"),
		Appeared:         calendar.MustParseDate("2026-11-02"),
		CommercialMonths: 6,
	}
	a, err := eng.Warranty().Assess(c)
	if err != nil {
		panic(err)
	}
	k := a.Conformity
	fmt.Printf("warranty: used gearbox delivered %s, defect %s: conformity applies=%v until %s, presumed until %s, burden on the %s\n",
		c.Delivered, c.Appeared, k.Applies, k.Until, k.PresumedUntil, k.Burden)
	fmt.Printf("warranty: hidden defect until %s; seller's 6-month warranty applies=%v (until %s)\n",
		a.HiddenDefect.Until, a.Commercial.Applies, a.Commercial.Until)
	d, err := eng.Warranty().ListingDuties("car_part", c.Contract)
	if err != nil {
		panic(err)
	}
	fmt.Printf("warranty: a car-part listing states %v; spare parts statement %s\n", d.Statements, d.SpareParts)
	cat, err := explain.NewCatalog(warranty.Translations())
	if err != nil {
		panic(err)
	}
	for _, s := range a.Basis.Steps {
		if s.Rule == "conformity.presumption" {
			fmt.Println("warranty:", cat.Line(s, language.French))
		}
	}
}
