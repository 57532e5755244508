package de_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/de"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (limitation of the action, from delivery) (BGB §438(1) no. 3); 14 days to withdraw.
func ExampleStatute() {
	s := de.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Germany EUR action 24 12 12 14
}
