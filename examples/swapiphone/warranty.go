package main

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/warranty"
)

// showWarranty assesses a refurbished phone (second-hand goods: 12-month
// presumption) repaired once under the guarantee and sent back for a second
// repair that is running late; then shows how the smartphone listing moved
// from the French repairability index to the EU energy label. The Swapiphone
// texts fix no commercial warranty, so only the statute applies.
func showWarranty(eng policy.Engine) {
	c := warranty.Case{
		Condition: warranty.Refurbished,
		Contract:  calendar.MustParseDate("2025-03-01"),
		Delivered: calendar.MustParseDate("2025-03-04"),
		Appeared:  calendar.MustParseDate("2026-05-11"),
		Assessed:  calendar.MustParseDate("2026-06-20"),
		Repairs: []warranty.Repair{
			{Requested: calendar.MustParseDate("2025-10-01"), Returned: calendar.MustParseDate("2025-10-09")},
			{Requested: calendar.MustParseDate("2026-05-12")},
		},
	}
	a, err := eng.Warranty().Assess(c)
	if err != nil {
		panic(err)
	}
	k := a.Conformity
	fmt.Printf("warranty: refurbished phone delivered %s: conformity applies=%v until %s (+%d months, %d days suspended), presumed until %s, burden on the %s\n",
		c.Delivered, k.Applies, k.Until, k.ExtensionMonths, k.SuspendedDays, k.PresumedUntil, k.Burden)
	r := a.Remedies
	fmt.Printf("warranty: repair asked %s was due %s (late=%v): grounds %v, price reduction=%v, rescission=%v\n",
		r.Requested, r.Due, r.Late, r.Grounds, r.PriceReduction, r.Rescission)
	for _, on := range []string{"2025-06-19", "2025-06-20"} {
		d, err := eng.Warranty().ListingDuties("smartphone", calendar.MustParseDate(on))
		if err != nil {
			panic(err)
		}
		fmt.Printf("warranty: smartphone listing on %s shows %v\n", on, d.Indices)
	}
}
