package lu_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/lu"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (defect appearing, from delivery) (C. consom. L.212-1 ff.); 14 days to withdraw.
func ExampleStatute() {
	s := lu.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Luxembourg EUR appearance 24 12 12 14
}
