package se_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/se"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 36 months (defect appearing, from delivery) (Konsumentköplag (2022:260) 4 kap. 14 §); 14 days to withdraw.
func ExampleStatute() {
	s := se.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Sweden SEK appearance 36 24 24 14
}
