package de_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/warranty"
	"github.com/google/go-cmp/cmp"
)

var (
	d        = calendar.MustParseDate
	contract = d("2025-06-10")
	delivery = d("2025-06-12")
)

// fieldOf returns the path of a *field.Error, or "" for another error.
func fieldOf(err error) string {
	var fe *field.Error
	if errors.As(err, &fe) {
		return fe.Path
	}
	return ""
}

var (
	_ = slices.Contains[[]string]
	_ = cmp.Diff
	_ = fieldOf
)

// TestBGB475e checks the limitation of BGB §475e: the claims are barred 2
// years after delivery (§438(1) no. 3), but not before 4 months after a
// defect that showed within the period (§475e(3)) nor before 2 months
// after repaired goods came back (§475e(4)).
func TestBGB475e(t *testing.T) {
	e, _ := engines(t)
	for _, tc := range []struct {
		name      string
		appeared  calendar.Date
		repairs   []warranty.Repair
		assessed  calendar.Date
		wantUntil calendar.Date
		applies   bool
	}{
		{"§438: defect early, last day of the 2 years", d("2026-01-10"), nil, d("2027-06-12"), d("2027-06-12"), true},
		{"§438: defect early, day after the 2 years barred", d("2026-01-10"), nil, d("2027-06-13"), d("2027-06-12"), false},
		{"§475e(3): defect in month 24, 4 months later still open", d("2027-05-20"), nil, d("2027-09-20"), d("2027-09-20"), true},
		{"§475e(3): defect in month 24, the day after barred", d("2027-05-20"), nil, d("2027-09-21"), d("2027-09-20"), false},
		{"§475e(4): repaired goods back, 2 months later still open", d("2026-01-10"),
			[]warranty.Repair{{Requested: d("2027-05-01"), Returned: d("2027-06-01")}}, d("2027-08-01"), d("2027-08-01"), true},
		{"§475e(4): repaired goods back, the day after barred", d("2026-01-10"),
			[]warranty.Repair{{Requested: d("2027-05-01"), Returned: d("2027-06-01")}}, d("2027-08-02"), d("2027-08-01"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery,
				Appeared: tc.appeared, Assessed: tc.assessed, Repairs: tc.repairs})
			if err != nil {
				t.Fatal(err)
			}
			got := struct {
				Until   calendar.Date
				Applies bool
			}{a.Limitation.Until, a.Conformity.Applies}
			want := struct {
				Until   calendar.Date
				Applies bool
			}{tc.wantUntil, tc.applies}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestBGB476UsedGoods checks §476(2): a limitation of at least 1 year may
// be agreed for second-hand goods; 11 months is refused.
func TestBGB476UsedGoods(t *testing.T) {
	e, _ := engines(t)
	c := warranty.Case{Condition: warranty.Used, Contract: contract, Delivered: delivery, Appeared: d("2026-01-10"), AgreedMonths: 11}
	if _, err := e.Assess(c); fieldOf(err) != "agreed_months" {
		t.Errorf("11 months: %v, want a refusal at agreed_months", err)
	}
	c.AgreedMonths = 12
	a, err := e.Assess(c)
	if err != nil {
		t.Fatal(err)
	}
	if a.Conformity.Until != d("2026-06-12") {
		t.Errorf("12 months: until %s, want 2026-06-12", a.Conformity.Until)
	}
}
