package is_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/is"
)

// The legal guarantee in force before Directive (EU) 2024/1799's regime:
// 24 months (defect appearing, from delivery) (Lög um neytendakaup 48/2003 art. 27); 14 days to withdraw.
func ExampleStatute() {
	s := is.Statute()
	g := s.Warranty.Conformity.Regimes
	r := g[len(g)-2]
	fmt.Println(s.Name, s.Currency, r.Window, r.Months, r.PresumptionNewMonths, r.PresumptionUsedMonths, s.Refund.Withdrawal.Days)
	// Output:
	// Iceland ISK appearance 24 6 6 14
}
