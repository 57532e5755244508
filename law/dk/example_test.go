package dk_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/dk"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (absolute complaint deadline, from delivery) (Købeloven §83); 14 days to withdraw.
func ExampleStatute() {
	s := dk.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Denmark DKK appearance 24 12 12 14
}
