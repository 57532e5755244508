package no_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/no"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (defect appearing, from delivery) (Forbrukerkjøpsloven §27); 14 days to withdraw.
func ExampleStatute() {
	s := no.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Norway NOK appearance 24 24 24 14
}
