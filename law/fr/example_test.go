package fr_test

import (
	"fmt"

	"github.com/aftersales/aftersales/law/fr"
)

// The conformity guarantee of contracts since 2022 (C. consom. L217-3,
// L217-7): 24 months, presumed for 12 months on second-hand goods.
func ExampleWarranty_conformityGuarantee() {
	rs := fr.Warranty().Conformity.Regimes
	cur := rs[len(rs)-1]
	fmt.Println(cur.Name, cur.Months, cur.PresumptionUsedMonths, cur.Basis)
	// Output: ord. 2021-1247 24 12 C. consom. L217-3, L217-7, L217-13
}
