package warranty_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/aftersales/aftersales/law/fr"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/warranty"
	"golang.org/x/text/language"
)

// New builds an Engine once from rules and a calendar. The statute applies
// only when it is passed: an Engine built from the zero Rules (a policy
// without a warranty section) has no guarantee rule and says so.
func ExampleNew_statuteOnlyWhenGiven() {
	cal, err := calendar.ForMarket("FR", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	c := warranty.Case{
		Condition: warranty.Used,
		Contract:  calendar.MustParseDate("2025-01-10"),
		Delivered: calendar.MustParseDate("2025-01-15"),
		Appeared:  calendar.MustParseDate("2026-03-01"),
	}

	none, err := warranty.New(warranty.Rules{}, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = none.Assess(c)
	fmt.Println("zero Rules:", err, errors.Is(err, explain.ErrNoRule))

	statute, err := warranty.New(fr.Warranty(), cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := statute.Assess(c)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("statute:", a.Conformity.Applies, a.Conformity.Until)
	// Output:
	// zero Rules: no guarantee rules (the warranty section is empty) true
	// statute: true 2027-01-15
}

// C. consom. L217-13: a repair under the guarantee extends it by 6 months,
// after the days the goods were away (D211-2 annex). New goods delivered
// on 29 February 2024: 2 years end on 28 February 2026 (Reg. 1182/71); a
// 15-day repair moves the end to 15 September 2026. The presumption of
// L217-7 is not extended, so the buyer must prove a defect appearing in
// June 2026.
func ExampleEngine_Assess_repairExtendsTheGuarantee() {
	cal, err := calendar.ForMarket("FR", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	eng, err := warranty.New(fr.Warranty(), cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := warranty.Case{
		Condition: warranty.NewGoods,
		Contract:  calendar.MustParseDate("2024-02-20"),
		Delivered: calendar.MustParseDate("2024-02-29"),
		Appeared:  calendar.MustParseDate("2026-06-01"),
		Repairs: []warranty.Repair{
			{Requested: calendar.MustParseDate("2025-01-10"), Returned: calendar.MustParseDate("2025-01-25")},
		},
	}
	a, err := eng.Assess(c)
	if err != nil {
		fmt.Println(err)
		return
	}
	k := a.Conformity
	fmt.Println("conformity:", k.Applies, k.Until, "presumed until", k.PresumedUntil, "burden", k.Burden)
	fmt.Println("hidden defect until:", a.HiddenDefect.Until)
	fmt.Println("action limited until:", a.Limitation.Until)
	cat, _ := explain.NewCatalog(warranty.Translations())
	for _, line := range cat.Lines(a.Basis, language.French)[2:4] {
		fmt.Println(line)
	}
	b, _ := json.Marshal(a.Conformity)
	fmt.Println(string(b))
	// Output:
	// conformity: true 2026-09-15 presumed until 2026-02-28 burden buyer
	// hidden defect until: 2028-06-01
	// action limited until: 2031-06-01
	// Livré le 29 février 2024 : un défaut apparu au plus tard le 28 février 2026 est couvert (24 mois à compter de la délivrance). (C. consom. L217-3, L217-7, L217-13)
	// La réparation 1 a immobilisé le bien du 10 janvier 2025 au 25 janvier 2025 (15 jours) et prolonge la garantie de 6 mois : le délai prend fin le 15 septembre 2026. (C. consom. L217-13; D211-2 annex)
	// {"applies":true,"until":"2026-09-15","presumed_until":"2026-02-28","burden":"buyer","window":"appearance","from":"2024-02-29","renewed":false,"extension_months":6,"suspended_days":15}
}

// C. civ. 1641, 1648: a private seller owes no conformity guarantee
// (C. consom. L217-1), but the hidden-defect action is open 2 years from
// discovery.
func ExampleEngine_Assess_hiddenDefectFromAPrivateSeller() {
	cal, err := calendar.ForMarket("FR", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	eng, err := warranty.New(fr.Warranty(), cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	var c warranty.Case
	err = json.Unmarshal([]byte(`{"seller":"consumer","condition":"used","contract":"2025-03-02",
		"delivered":"2025-03-05","appeared":"2025-11-20","discovered":"2025-12-01","assessed":"2026-01-15"}`), &c)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := eng.Assess(c)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("conformity applies:", a.Conformity.Applies)
	fmt.Println("hidden defect:", a.HiddenDefect.Applies, "until", a.HiddenDefect.Until)
	// Output:
	// conformity applies: false
	// hidden defect: true until 2027-12-01
}

// Delegated Reg. (EU) 2023/1669: from 20 June 2025 a smartphone listing
// shows the EU energy label instead of the French repairability index
// (C. env. L541-9-2); the spare-parts statement is always due (L111-4).
func ExampleEngine_ListingDuties_energyLabelReplacesRepairabilityIndex() {
	cal, err := calendar.ForMarket("FR", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	eng, err := warranty.New(fr.Warranty(), cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, on := range []string{"2025-03-01", "2025-07-01"} {
		d, err := eng.ListingDuties("smartphone", calendar.MustParseDate(on))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(on, d.SpareParts, d.Indices)
	}
	_, err = eng.ListingDuties("phone", calendar.MustParseDate("2025-07-01"))
	fmt.Println(errors.Is(err, warranty.ErrUnknownCategory), errors.Is(err, explain.ErrNoRule))
	// Output:
	// 2025-03-01 required [repairability]
	// 2025-07-01 required [energy_label]
	// true true
}
