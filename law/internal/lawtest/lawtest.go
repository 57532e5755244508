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
	"github.com/google/go-cmp/cmp"
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

// Want is what a conformity boundary row expects.
type Want struct {
	Applies       bool
	Until         calendar.Date
	PresumedUntil calendar.Date
	Burden        warranty.Burden
}

// ConformityRow is one boundary case: the defect's appearance and the
// assessment day, and the expected answer.
type ConformityRow struct {
	Name               string
	Appeared, Assessed calendar.Date
	Want               Want
}

// Conformity assesses base with each row's appearance and assessment day
// and compares the guarantee's answer with the row's.
func Conformity(t *testing.T, e warranty.Engine, base warranty.Case, rows []ConformityRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.Name, func(t *testing.T) {
			c := base
			c.Appeared, c.Assessed = tc.Appeared, tc.Assessed
			a, err := e.Assess(c)
			if err != nil {
				t.Fatal(err)
			}
			got := Want{a.Conformity.Applies, a.Conformity.Until, a.Conformity.PresumedUntil, a.Conformity.Burden}
			if diff := cmp.Diff(tc.Want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// WindowRow is one withdrawal case: whether the buyer was informed of the
// right, and the expected last day.
type WindowRow struct {
	Name        string
	NotInformed bool
	Want        calendar.Date
}

// Window computes the withdrawal window of goods received on received for
// each row and compares its last day.
func Window(t *testing.T, e refund.Engine, received calendar.Date, rows []WindowRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.Name, func(t *testing.T) {
			w, err := e.Window(refund.Receipt{Delivered: []calendar.Date{received}, NotInformed: tc.NotInformed})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.Want, w.LastDay); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
