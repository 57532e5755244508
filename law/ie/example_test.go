package ie_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/ie"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 72 months (contract limitation, from delivery) (Consumer Rights Act 2022 Part 2); 14 days to withdraw.
func ExampleStatute() {
	s := ie.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Ireland EUR action 72 12 12 14
}
