package warranty_test

import (
	"fmt"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

// Assess a defect on new goods delivered on 29 February 2024, repaired once
// under the guarantee: the 2-year period ends on 28 February 2026 and the
// repair adds the days the goods were away and 6 months.
func ExampleAssess() {
	c := warranty.Case{
		Condition: warranty.NewGoods,
		Contract:  calendar.MustParseDate("2024-02-20"),
		Delivered: calendar.MustParseDate("2024-02-29"),
		Appeared:  calendar.MustParseDate("2026-06-01"),
		Repairs: []warranty.Repair{
			{Requested: calendar.MustParseDate("2025-01-10"), Returned: calendar.MustParseDate("2025-01-25")},
		},
	}
	a, err := warranty.Assess(warranty.Statute(), calendar.Calendar{}, c)
	if err != nil {
		fmt.Println(err)
		return
	}
	k := a.Conformity
	fmt.Println("conformity:", k.Applies, k.Until, "presumed until", k.PresumedUntil, "burden", k.Burden)
	fmt.Println("hidden defect until:", a.HiddenDefect.Until)
	fmt.Println("action limited until:", a.Limitation.Until)
	cat, _ := explain.NewCatalog(warranty.Translations())
	for _, line := range cat.Lines(a.Basis, language.French)[:4] {
		fmt.Println(line)
	}
	// Output:
	// conformity: true 2026-09-15 presumed until 2026-02-28 burden buyer
	// hidden defect until: 2028-06-01
	// action limited until: 2031-06-01
	// Contrat conclu le 2024-02-20 : les règles issues de ord. 2021-1247 s'appliquent. (C. consom. L217-3, L217-7, L217-13)
	// Acheteur consommateur et vendeur professionnel : la garantie légale de conformité couvre la vente. (C. consom. L217-1)
	// Livré le 2024-02-29 : un défaut apparu au plus tard le 2026-02-28 est couvert (24 mois à compter de la délivrance). (C. consom. L217-3, L217-7, L217-13)
	// La réparation 1 a immobilisé le bien du 2025-01-10 au 2025-01-25 (15 jours) et prolonge la garantie de 6 mois : le délai prend fin le 2026-09-15. (C. consom. L217-13; D211-2 annex)
}

// What a smartphone listing must show before and after the EU energy label
// replaced the French repairability index.
func ExampleListingDuties() {
	for _, on := range []string{"2025-03-01", "2025-07-01"} {
		d, err := warranty.ListingDuties(warranty.Statute(), "smartphone", calendar.MustParseDate(on))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(on, d.SpareParts, d.Indices)
	}
	// Output:
	// 2025-03-01 required [repairability]
	// 2025-07-01 required [energy_label]
}
