package law_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law"
)

// The French withdrawal period: 14 days (C. consom. L221-18).
func ExampleFor_withdrawalPeriod() {
	s, err := law.For("FR")
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Refund.Withdrawal.Days, "days,", s.Refund.Withdrawal.Basis)
	_, err = law.For("US")
	fmt.Println(err)
	// Output:
	// 14 days, C. consom. L221-18
	// law: no statute for market "US" (supported: AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IS, IT, LT, LU, LV, MT, NL, NO, PL, PT, RO, SE, SI, SK)
}

// BGB §438(1) no. 3 and §475e: in Germany the conformity claims are
// time-barred 2 years after delivery, with the §475e floors.
func ExampleFor_germany() {
	s, err := law.For("DE")
	if err != nil {
		panic(err)
	}
	g := s.Warranty.Conformity.Regimes[0]
	fmt.Println(s.Name, s.Periods.Kind, g.Window, g.Months, g.ActionLimit.Kind, g.ActionLimit.AfterAppearanceMonths, g.ActionLimit.Basis)
	// Output:
	// Germany bgb193 action 24 with_period 4 BGB §475e
}
