package be_test

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

// TestStrictNotice checks C. civ. art. 1649quater: a defect notified more
// than 2 months after its discovery loses the remedies.
func TestStrictNotice(t *testing.T) {
	e, _ := engines(t)
	for _, tc := range []struct {
		name     string
		notified calendar.Date
		applies  bool
		timely   string
	}{
		{"notified on the last day of the 2 months", d("2025-11-01"), true, "yes"},
		{"notified the day after: remedies lost", d("2025-11-02"), false, "no"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery,
				Appeared: d("2025-09-01"), Notified: tc.notified, Assessed: d("2025-11-10")})
			if err != nil {
				t.Fatal(err)
			}
			if a.Conformity.Applies != tc.applies || a.Notice == nil || a.Notice.Timely != tc.timely {
				t.Errorf("applies %v notice %+v, want %v %s", a.Conformity.Applies, a.Notice, tc.applies, tc.timely)
			}
		})
	}
}

// TestCutOverAndUsedPresumption checks the 2022-06-01 cut-over (6-month
// presumption before, 24 months after) and that the second-hand
// presumption is listed as unconfirmed.
func TestCutOverAndUsedPresumption(t *testing.T) {
	e, _ := engines(t)
	for _, tc := range []struct {
		name      string
		contract  calendar.Date
		condition warranty.Condition
		presumed  calendar.Date
		unconf    bool
	}{
		{"2022-05-31: 6 months", d("2022-05-31"), warranty.NewGoods, d("2022-12-02"), false},
		{"2022-06-01: 24 months", d("2022-06-01"), warranty.NewGoods, d("2024-06-02"), false},
		{"2022-06-01, second-hand: 24 months, unconfirmed", d("2022-06-01"), warranty.Used, d("2024-06-02"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Assess(warranty.Case{Condition: tc.condition, Contract: tc.contract, Delivered: d("2022-06-02"), Appeared: d("2022-07-01")})
			if err != nil {
				t.Fatal(err)
			}
			if a.Conformity.PresumedUntil != tc.presumed || slices.Contains(a.Unconfirmed, "conformity.presumption_used_months") != tc.unconf {
				t.Errorf("presumed until %s, unconfirmed %v", a.Conformity.PresumedUntil, a.Unconfirmed)
			}
		})
	}
}
