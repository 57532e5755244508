package nl_test

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

// TestLifespan checks BW 7:17: no fixed period, so a case without the
// goods' expected lifespan is refused naming lifespan_months, and an
// agreed shorter period is refused; the claims are time-barred 2 years
// after the notice (7:23(2)).
func TestLifespan(t *testing.T) {
	e, _ := engines(t)
	c := warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery, Appeared: d("2027-01-10")}
	if _, err := e.Assess(c); fieldOf(err) != "lifespan_months" {
		t.Errorf("no lifespan: %v, want a refusal at lifespan_months", err)
	}
	c.LifespanMonths, c.Condition, c.AgreedMonths = 48, warranty.Used, 12
	if _, err := e.Assess(c); fieldOf(err) != "agreed_months" {
		t.Errorf("agreed months: %v, want a refusal at agreed_months", err)
	}
	c.Condition, c.AgreedMonths = warranty.NewGoods, 0
	c.Notified, c.Assessed = d("2027-01-20"), d("2029-01-20")
	a, err := e.Assess(c)
	if err != nil {
		t.Fatal(err)
	}
	if a.Conformity.Until != d("2029-06-12") || a.Limitation.Until != d("2029-01-20") || !a.Conformity.Applies {
		t.Errorf("until %s limitation %s applies %v", a.Conformity.Until, a.Limitation.Until, a.Conformity.Applies)
	}
	c.Assessed = d("2029-01-21")
	if a, _ := e.Assess(c); a.Conformity.Applies {
		t.Error("the day after 2 years from the notice: time-barred")
	}
}

// TestTransitionalRegime checks that contracts from 2022-01-01 to
// 2022-04-26 follow the transitional regime with its presumption listed as
// unconfirmed, and those from 2022-04-27 the confirmed one.
func TestTransitionalRegime(t *testing.T) {
	e, _ := engines(t)
	for _, tc := range []struct {
		contract calendar.Date
		unconf   bool
	}{{d("2022-04-26"), true}, {d("2022-04-27"), false}} {
		a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: tc.contract, Delivered: d("2022-05-02"), Appeared: d("2022-09-01"), LifespanMonths: 36})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(a.Unconfirmed, "conformity.presumption_new_months"); got != tc.unconf {
			t.Errorf("%s: regime %s unconfirmed %v", tc.contract, a.Regime, a.Unconfirmed)
		}
	}
}
