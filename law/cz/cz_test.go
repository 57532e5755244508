package cz_test

import (
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/cz"
	"github.com/aftersales/aftersales/law/internal/lawtest"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
)

// engines builds the warranty and refund engines of the statute on the
// market calendar.
func engines(t *testing.T) (warranty.Engine, refund.Engine) {
	t.Helper()
	return lawtest.Engines(t, cz.Statute())
}

func TestStatuteValidates(t *testing.T) {
	lawtest.CheckStatute(t, cz.Statute(), "CZ")
}

// TestConformityBoundaries checks the current regime (OZ as amended in 2023) at the
// last day and the day after of its presumption and period, for a contract
// of 2025-06-10 delivered on 2025-06-12.
func TestConformityBoundaries(t *testing.T) {
	e, _ := engines(t)
	d := calendar.MustParseDate
	type want = lawtest.Want
	lawtest.Conformity(t, e, warranty.Case{Condition: warranty.NewGoods, Contract: d("2025-06-10"), Delivered: d("2025-06-12")}, []lawtest.ConformityRow{
		{Name: "presumption for new goods: 12 months, last day (seller proves)", Appeared: d("2026-06-12"), Assessed: d("2026-06-12"), Want: want{Applies: true, Until: d("2027-06-12"), PresumedUntil: d("2026-06-12"), Burden: warranty.SellerBurden}},
		{Name: "presumption for new goods: 12 months, first day after (buyer proves)", Appeared: d("2026-06-13"), Assessed: d("2026-06-13"), Want: want{Applies: true, Until: d("2027-06-12"), PresumedUntil: d("2026-06-12"), Burden: warranty.BuyerBurden}},
		{Name: "period: 24 months, defect on the last day covered", Appeared: d("2027-06-12"), Assessed: d("2027-06-12"), Want: want{Applies: true, Until: d("2027-06-12"), PresumedUntil: d("2026-06-12"), Burden: warranty.BuyerBurden}},
		{Name: "period: 24 months, defect on the day after not covered", Appeared: d("2027-06-13"), Assessed: d("2027-06-13"), Want: want{Applies: false, Until: d("2027-06-12"), PresumedUntil: d("2026-06-12"), Burden: warranty.BuyerBurden}},
	})
}

// TestWithdrawalWindow checks the 14-day period: received on Saturday
// 2025-10-04, the 14th day is Saturday 2025-10-18 and the period ends on
// the next working day; not informed, it runs 12 months more.
func TestWithdrawalWindow(t *testing.T) {
	_, e := engines(t)
	d := calendar.MustParseDate
	lawtest.Window(t, e, d("2025-10-04"), []lawtest.WindowRow{
		{Name: "14 days, last day on a Saturday moves to Monday", NotInformed: false, Want: d("2025-10-20")},
		{Name: "not informed: 12 months more", NotInformed: true, Want: d("2026-10-20")},
	})
}

// TestRepairDirectiveRegime checks that contracts from 2026-07-31 follow
// the Directive (EU) 2024/1799 regime, its extension unconfirmed.
func TestRepairDirectiveRegime(t *testing.T) {
	lawtest.CheckRepairDirective(t, cz.Regimes())
}
