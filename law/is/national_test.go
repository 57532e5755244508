package is_test

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

// TestNoShortening checks that Lög 48/2003 allows no shorter period for
// second-hand goods, and that its 6-month presumption applies.
func TestNoShortening(t *testing.T) {
	e, _ := engines(t)
	no := false
	c := warranty.Case{Condition: warranty.Used, Contract: contract, Delivered: delivery, Appeared: d("2025-12-12"), LongLasting: &no, AgreedMonths: 12}
	if _, err := e.Assess(c); fieldOf(err) != "agreed_months" {
		t.Errorf("agreed 12 months: %v, want a refusal at agreed_months", err)
	}
	c.AgreedMonths = 0
	a, err := e.Assess(c)
	if err != nil {
		t.Fatal(err)
	}
	if a.Conformity.PresumedUntil != d("2025-12-12") || a.Conformity.Burden != warranty.SellerBurden {
		t.Errorf("presumed until %s burden %s", a.Conformity.PresumedUntil, a.Conformity.Burden)
	}
}
