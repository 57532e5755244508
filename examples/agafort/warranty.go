package main

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

// showWarranty assesses a television delivered on 29 February 2024 (the
// 2 years end on 28 February 2026) that the seller replaced when the buyer
// had asked for a repair: a new 2-year period runs from the replacement.
// Then the television listing duties before and after the durability index.
func showWarranty(eng policy.Engine) {
	c := warranty.Case{
		Condition:   warranty.NewGoods,
		Contract:    calendar.MustParseDate("2024-02-20"),
		Delivered:   calendar.MustParseDate("2024-02-29"),
		Appeared:    calendar.MustParseDate("2026-04-10"),
		Replacement: &warranty.Replacement{BuyerChoseRepair: true, Delivered: calendar.MustParseDate("2025-03-01")},
	}
	a, err := eng.Warranty().Assess(c)
	if err != nil {
		panic(err)
	}
	k := a.Conformity
	fmt.Printf("warranty: TV delivered %s, replaced %s: conformity applies=%v until %s, burden on the %s; action until %s\n",
		c.Delivered, k.From, k.Applies, k.Until, k.Burden, a.Limitation.Until)
	cat, err := explain.NewCatalog(warranty.Translations())
	if err != nil {
		panic(err)
	}
	for _, s := range a.Basis.Steps {
		if s.Rule == "conformity.replacement" {
			fmt.Println("warranty:", cat.Line(s, language.English))
		}
	}
	for _, on := range []string{"2025-01-07", "2025-01-08"} {
		d, err := eng.Warranty().ListingDuties("television", calendar.MustParseDate(on))
		if err != nil {
			panic(err)
		}
		fmt.Printf("warranty: television listing on %s shows %v; spare parts statement %s\n", on, d.Indices, d.SpareParts)
	}
}
