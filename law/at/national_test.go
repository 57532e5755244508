package at_test

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

// TestVGG28Action checks VGG §28: the action must be brought within 3
// months after the 2-year period (2 years and 3 months).
func TestVGG28Action(t *testing.T) {
	e, _ := engines(t)
	for _, tc := range []struct {
		assessed calendar.Date
		applies  bool
	}{{d("2027-09-12"), true}, {d("2027-09-13"), false}} {
		a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery, Appeared: d("2027-06-01"), Assessed: tc.assessed})
		if err != nil {
			t.Fatal(err)
		}
		if a.Limitation.Until != d("2027-09-12") || a.Conformity.Applies != tc.applies {
			t.Errorf("assessed %s: limitation %s applies %v", tc.assessed, a.Limitation.Until, a.Conformity.Applies)
		}
	}
}
