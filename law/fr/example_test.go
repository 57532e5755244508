package fr_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/fr"
)

// The conformity guarantee of contracts since 2022 (C. consom. L217-3,
// L217-7): 24 months, presumed for 12 months on second-hand goods; from
// 31 July 2026 a repair extends it once by 12 months (Directive (EU)
// 2024/1799), its French transposition unconfirmed.
func ExampleWarranty_conformityGuarantee() {
	rs := fr.Warranty().Conformity.Regimes
	for _, g := range rs[len(rs)-2:] {
		fmt.Println(g.From, g.Months, g.PresumptionUsedMonths, g.RepairExtensionMonths, g.RepairExtensionOnce, g.Unconfirmed)
	}
	// Output:
	// 2022-01-01 24 12 6 false []
	// 2026-07-31 24 12 12 true [repair_extension_months]
}
