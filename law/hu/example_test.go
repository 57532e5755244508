package hu_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/hu"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (claims time-barred, from performance) (Ptk. 6:163); 14 days to withdraw.
func ExampleStatute() {
	s := hu.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Hungary HUF action 24 12 12 14
}
