package hu_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/money"
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

// TestMandatoryBands checks the price bands of Gov. Decree 151/2003 on
// listed new durable goods: none below HUF 10,000, 1 year up to 100,000,
// 2 years from 100,001, 3 years from 250,001.
func TestMandatoryBands(t *testing.T) {
	e, _ := engines(t)
	huf := money.MustCurrency("HUF")
	for _, tc := range []struct {
		price string
		until calendar.Date
	}{
		{"9999", calendar.Date{}},
		{"10000", d("2026-06-12")},
		{"100000", d("2026-06-12")},
		{"100001", d("2027-06-12")},
		{"250000", d("2027-06-12")},
		{"250001", d("2028-06-12")},
	} {
		t.Run(tc.price, func(t *testing.T) {
			p := money.MustParse(tc.price, huf)
			a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery,
				Appeared: d("2025-09-01"), ListedDurable: true, Price: &p})
			if err != nil {
				t.Fatal(err)
			}
			got := calendar.Date{}
			if a.Mandatory != nil {
				got = a.Mandatory.Until
			}
			if diff := cmp.Diff(tc.until, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestDamagesNotice checks Ptk. 6:162: a late notice keeps the remedies.
func TestDamagesNotice(t *testing.T) {
	e, _ := engines(t)
	a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery,
		Appeared: d("2025-09-01"), Notified: d("2025-12-01"), Assessed: d("2025-12-05")})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Conformity.Applies || a.Notice == nil || a.Notice.Timely != "no" {
		t.Errorf("applies %v notice %+v, want the remedies kept and the notice late", a.Conformity.Applies, a.Notice)
	}
}
