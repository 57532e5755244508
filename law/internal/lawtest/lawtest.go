// Package lawtest holds the checks every market package of law runs on
// its statute: it validates, it has a row for every rule key, its
// sections build engines on the market calendar, and its last regime is
// that of Directive (EU) 2024/1799. Test code only.
package lawtest

import (
	"slices"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law/statute"
	"github.com/aftersales/aftersales/refund"
	"github.com/aftersales/aftersales/warranty"
)

// Engines builds the warranty and refund engines of s on its market's
// national calendar.
func Engines(t testing.TB, s statute.Statute) (warranty.Engine, refund.Engine) {
	t.Helper()
	cal, err := calendar.ForMarket(s.Market, "")
	if err != nil {
		t.Fatal(err)
	}
	w, err := warranty.New(s.Warranty, cal)
	if err != nil {
		t.Fatalf("warranty.New: %v", err)
	}
	r, err := refund.New(s.Refund, cal)
	if err != nil {
		t.Fatalf("refund.New: %v", err)
	}
	return w, r
}

// CheckStatute checks s's header for market cc, that its sections
// validate and build engines, and that it has a row for every rule key.
func CheckStatute(t *testing.T, s statute.Statute, cc string) {
	t.Helper()
	if s.Market != cc || s.Calendar.Market != cc || s.Language == "" || s.Currency == "" || len(s.Sources) == 0 {
		t.Errorf("header %+v", s)
	}
	if err := s.Warranty.Validate(); err != nil {
		t.Errorf("warranty: %v", err)
	}
	if err := s.Refund.Validate(); err != nil {
		t.Errorf("refund: %v", err)
	}
	for _, k := range statute.Keys() {
		if !slices.ContainsFunc(s.Rules, func(r statute.Rule) bool { return r.Key == k }) {
			t.Errorf("no rule %s", k)
		}
	}
	Engines(t, s)
}

// CheckRepairDirective checks that the last regime governs contracts from
// 2026-07-31 under Directive (EU) 2024/1799: one 12-month extension after
// a repair, its transposition unconfirmed.
func CheckRepairDirective(t *testing.T, g []warranty.Regime) {
	t.Helper()
	last := g[len(g)-1]
	if last.From != calendar.MustParseDate("2026-07-31") || last.RepairExtensionMonths != 12 || !last.RepairExtensionOnce ||
		!slices.Contains(last.Unconfirmed, "repair_extension_months") {
		t.Errorf("last regime %+v", last)
	}
}
