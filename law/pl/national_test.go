package pl_test

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

// TestCutOver checks that u.p.k. ch. 5a governs contracts from 2023-01-01
// and that an earlier contract has no regime here (Civil Code rękojmia,
// not modelled): a clear error at "contract".
func TestCutOver(t *testing.T) {
	e, _ := engines(t)
	c := warranty.Case{Condition: warranty.NewGoods, Contract: d("2023-01-01"), Delivered: d("2023-01-03"), Appeared: d("2024-12-01")}
	a, err := e.Assess(c)
	if err != nil {
		t.Fatal(err)
	}
	if a.Regime != "u.p.k. ch. 5a" || a.Conformity.Burden != warranty.SellerBurden {
		t.Errorf("2023-01-01: regime %q burden %s, want u.p.k. ch. 5a with the 2-year presumption", a.Regime, a.Conformity.Burden)
	}
	c.Contract, c.Delivered = d("2022-12-31"), d("2023-01-03")
	_, err = e.Assess(c)
	if !errors.Is(err, warranty.ErrNoRegime) || fieldOf(err) != "contract" {
		t.Errorf("2022-12-31: %v, want ErrNoRegime at contract", err)
	}
}

// TestArt7aDeemedAcceptance checks u.p.k. art. 7a: a complaint not answered
// within 14 days is deemed accepted; an answer on day 14 is in time, on
// day 15 too late.
func TestArt7aDeemedAcceptance(t *testing.T) {
	e, _ := engines(t)
	for _, tc := range []struct {
		name     string
		answered calendar.Date
		deemed   bool
	}{
		{"answered on day 14", d("2025-07-15"), false},
		{"answered on day 15: deemed accepted", d("2025-07-16"), true},
		{"not answered: deemed accepted", calendar.Date{}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery,
				Appeared: d("2025-06-30"), Repairs: []warranty.Repair{{Requested: d("2025-07-01")}},
				Answered: tc.answered, Assessed: d("2025-07-20")})
			if err != nil {
				t.Fatal(err)
			}
			if a.Remedies.AnswerDue != d("2025-07-15") || a.Remedies.DeemedAccepted != tc.deemed {
				t.Errorf("answer due %s deemed %v, want 2025-07-15 %v", a.Remedies.AnswerDue, a.Remedies.DeemedAccepted, tc.deemed)
			}
		})
	}
}
