package es_test

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

// TestUsedPresumptionUnconfirmed checks that the 2 years of art. 121 apply
// to second-hand goods and are listed as unconfirmed, and that a shorter
// period of at least 1 year may be agreed (art. 120).
func TestUsedPresumptionUnconfirmed(t *testing.T) {
	e, _ := engines(t)
	a, err := e.Assess(warranty.Case{Condition: warranty.Used, Contract: contract, Delivered: delivery, Appeared: d("2027-06-12"), AgreedMonths: 12})
	if err != nil {
		t.Fatal(err)
	}
	if a.Conformity.Until != d("2026-06-12") || a.Conformity.Applies {
		t.Errorf("agreed 12 months: until %s applies %v", a.Conformity.Until, a.Conformity.Applies)
	}
	a, err = e.Assess(warranty.Case{Condition: warranty.Used, Contract: contract, Delivered: delivery, Appeared: d("2027-06-12")})
	if err != nil {
		t.Fatal(err)
	}
	if a.Conformity.PresumedUntil != d("2027-06-12") || !slices.Contains(a.Unconfirmed, "conformity.presumption_used_months") {
		t.Errorf("presumed until %s unconfirmed %v", a.Conformity.PresumedUntil, a.Unconfirmed)
	}
}

// TestAction5Years checks the 5-year action from the defect's appearance.
func TestAction5Years(t *testing.T) {
	e, _ := engines(t)
	for _, tc := range []struct {
		assessed calendar.Date
		applies  bool
	}{{d("2032-06-12"), true}, {d("2032-06-13"), false}} {
		a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery, Appeared: d("2027-06-12"), Assessed: tc.assessed})
		if err != nil {
			t.Fatal(err)
		}
		if a.Limitation.Until != d("2032-06-12") || a.Conformity.Applies != tc.applies {
			t.Errorf("assessed %s: limitation %s applies %v", tc.assessed, a.Limitation.Until, a.Conformity.Applies)
		}
	}
}
