package no_test

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

// TestLongLasting checks forbrukerkjøpsloven §27: a case must say whether
// the goods are meant to last considerably longer; if so the period is 5
// years.
func TestLongLasting(t *testing.T) {
	e, _ := engines(t)
	c := warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery, Appeared: d("2028-01-10")}
	if _, err := e.Assess(c); fieldOf(err) != "long_lasting" {
		t.Errorf("no long_lasting: %v, want a refusal at long_lasting", err)
	}
	yes := true
	c.LongLasting = &yes
	for _, tc := range []struct {
		appeared calendar.Date
		applies  bool
	}{{d("2030-06-12"), true}, {d("2030-06-13"), false}} {
		c.Appeared = tc.appeared
		a, err := e.Assess(c)
		if err != nil {
			t.Fatal(err)
		}
		if a.Conformity.Until != d("2030-06-12") || a.Conformity.Applies != tc.applies {
			t.Errorf("appeared %s: until %s applies %v", tc.appeared, a.Conformity.Until, a.Conformity.Applies)
		}
	}
}
