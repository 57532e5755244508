package bg_test

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

// TestUnconfirmedListed checks that an answer using the unconfirmed
// presumption, notice and limitation lists them.
func TestUnconfirmedListed(t *testing.T) {
	e, _ := engines(t)
	a, err := e.Assess(warranty.Case{Condition: warranty.NewGoods, Contract: contract, Delivered: delivery, Appeared: d("2025-09-01")})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"conformity.presumption_new_months", "conformity.notice", "conformity.action"} {
		if !slices.Contains(a.Unconfirmed, u) {
			t.Errorf("unconfirmed %v lacks %s", a.Unconfirmed, u)
		}
	}
}
