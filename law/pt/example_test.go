package pt_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/pt"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 36 months (defect appearing, from delivery) (DL 84/2021 art. 12); 14 days to withdraw.
func ExampleStatute() {
	s := pt.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Portugal EUR appearance 36 24 12 14
}
