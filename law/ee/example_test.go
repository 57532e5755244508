package ee_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/ee"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (defect appearing, from delivery) (VÕS §§217 ff.); 14 days to withdraw.
func ExampleStatute() {
	s := ee.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Estonia EUR appearance 24 12 12 14
}
