package it_test

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

// TestArt133Action checks Codice del consumo art. 133(3): the action is
// barred 26 months after delivery.
func TestArt133Action(t *testing.T) {
	e, _ := engines(t)
	for _, tc := range []struct {
		assessed calendar.Date
		applies  bool
	}{{d("2027-08-12"), true}, {d("2027-08-13"), false}} {
		a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery, Appeared: d("2027-06-12"), Assessed: tc.assessed})
		if err != nil {
			t.Fatal(err)
		}
		if a.Limitation.Until != d("2027-08-12") || a.Conformity.Applies != tc.applies {
			t.Errorf("assessed %s: limitation %s applies %v", tc.assessed, a.Limitation.Until, a.Conformity.Applies)
		}
	}
}
