package pt_test

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

// TestUsedAndRefurbished checks DL 84/2021: 18 months may be agreed for
// second-hand goods (17 is refused, naming agreed_months), and refurbished
// goods keep the full 3 years (any shortening refused).
func TestUsedAndRefurbished(t *testing.T) {
	e, _ := engines(t)
	c := warranty.Case{Condition: warranty.Used, Contract: contract, Delivered: delivery, Appeared: d("2026-01-10"), AgreedMonths: 17}
	if _, err := e.Assess(c); fieldOf(err) != "agreed_months" {
		t.Errorf("17 months: %v, want a refusal at agreed_months", err)
	}
	c.AgreedMonths = 18
	a, err := e.Assess(c)
	if err != nil {
		t.Fatal(err)
	}
	if a.Conformity.Until != d("2026-12-12") || a.Conformity.PresumedUntil != d("2026-06-12") {
		t.Errorf("18 months: until %s presumed %s, want 2026-12-12 and 2026-06-12 (1 year for second-hand goods)", a.Conformity.Until, a.Conformity.PresumedUntil)
	}
	c.Condition = warranty.Refurbished
	if _, err := e.Assess(c); fieldOf(err) != "agreed_months" {
		t.Errorf("refurbished, 18 months: %v, want a refusal at agreed_months", err)
	}
	c.AgreedMonths = 0
	if a, err := e.Assess(c); err != nil || a.Conformity.Until != d("2028-06-12") {
		t.Errorf("refurbished: until %s (%v), want the full 3 years, 2028-06-12", a.Conformity.Until, err)
	}
}

// TestRemedyWithin30Days checks that repair or replacement is due 30 days
// after the request.
func TestRemedyWithin30Days(t *testing.T) {
	e, _ := engines(t)
	a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery, Appeared: d("2026-01-10"),
		Repairs: []warranty.Repair{{Requested: d("2026-01-12")}}, Assessed: d("2026-01-20")})
	if err != nil {
		t.Fatal(err)
	}
	if a.Remedies.Due != d("2026-02-11") {
		t.Errorf("due %s, want 2026-02-11", a.Remedies.Due)
	}
}
