package fi_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/fi"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// no fixed period: the goods' expected lifespan (KSL ch. 5); 14 days to withdraw.
func ExampleStatute() {
	s := fi.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Finland EUR lifespan 0 12 12 14
}
