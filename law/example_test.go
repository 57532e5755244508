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
