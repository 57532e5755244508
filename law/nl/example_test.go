package nl_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/nl"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// no fixed period: the goods' expected lifespan (BW 7:17 ff.); 14 days to withdraw.
func ExampleStatute() {
	s := nl.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Netherlands EUR lifespan 0 12 12 14
}
