package pl_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/pl"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (defect appearing, from delivery) (u.p.k. art. 43c(1)); 14 days to withdraw.
func ExampleStatute() {
	s := pl.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Poland PLN appearance 24 24 24 14
}
