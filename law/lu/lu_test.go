package lu_test

import (
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/internal/lawtest"
	"github.com/aftersales/aftersales/law/lu"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
)

// engines builds the warranty and refund engines of the statute on the
// market calendar.
func engines(t *testing.T) (warranty.Engine, refund.Engine) {
	t.Helper()
	return lawtest.Engines(t, lu.Statute())
}

func TestStatuteValidates(t *testing.T) {
	lawtest.CheckStatute(t, lu.Statute(), "LU")
}

// TestConformityBoundaries checks the current regime (C. consom. L.212-1 ff.) at the
// last day and the day after of its presumption and period, for a contract
// of 2025-06-10 delivered on 2025-06-12.
func TestConformityBoundaries(t *testing.T) {
	e, _ := engines(t)
	d := calendar.MustParseDate
	type want struct {
		Applies       bool
		Until         calendar.Date
		PresumedUntil calendar.Date
		Burden        warranty.Burden
	}
	for _, tc := range []struct {
		name               string
		appeared, assessed calendar.Date
		want               want
	}{
		{"presumption for new goods: 12 months, last day (seller proves)", d("2026-06-12"), d("2026-06-12"), want{Applies: true, Until: d("2027-06-12"), PresumedUntil: d("2026-06-12"), Burden: warranty.SellerBurden}},
		{"presumption for new goods: 12 months, first day after (buyer proves)", d("2026-06-13"), d("2026-06-13"), want{Applies: true, Until: d("2027-06-12"), PresumedUntil: d("2026-06-12"), Burden: warranty.BuyerBurden}},
		{"period: 24 months, defect on the last day covered", d("2027-06-12"), d("2027-06-12"), want{Applies: true, Until: d("2027-06-12"), PresumedUntil: d("2026-06-12"), Burden: warranty.BuyerBurden}},
		{"period: 24 months, defect on the day after not covered", d("2027-06-13"), d("2027-06-13"), want{Applies: false, Until: d("2027-06-12"), PresumedUntil: d("2026-06-12"), Burden: warranty.BuyerBurden}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: d("2025-06-10"), Delivered: d("2025-06-12"), Appeared: tc.appeared, Assessed: tc.assessed})
			if err != nil {
				t.Fatal(err)
			}
			got := want{a.Conformity.Applies, a.Conformity.Until, a.Conformity.PresumedUntil, a.Conformity.Burden}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestWithdrawalWindow checks the 14-day period: received on Saturday
// 2025-10-04, the 14th day is Saturday 2025-10-18 and the period ends on
// the next working day; not informed, it runs 12 months more.
func TestWithdrawalWindow(t *testing.T) {
	_, e := engines(t)
	d := calendar.MustParseDate
	for _, tc := range []struct {
		name        string
		notInformed bool
		want        calendar.Date
	}{
		{"14 days, last day on a Saturday moves to Monday", false, d("2025-10-20")},
		{"not informed: 12 months more", true, d("2026-10-20")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, err := e.Window(refund.Receipt{Delivered: []calendar.Date{d("2025-10-04")}, NotInformed: tc.notInformed})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, w.LastDay); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestRepairDirectiveRegime checks that contracts from 2026-07-31 follow
// the Directive (EU) 2024/1799 regime, its extension unconfirmed.
func TestRepairDirectiveRegime(t *testing.T) {
	lawtest.CheckRepairDirective(t, lu.Regimes())
}
