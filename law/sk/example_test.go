package sk_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/sk"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (defect appearing, from delivery) (Civil Code §§619 ff.; Act 108/2024); 14 days to withdraw.
func ExampleStatute() {
	s := sk.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Slovakia EUR appearance 24 12 12 14
}
