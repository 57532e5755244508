package law_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/law"
	"github.com/aftersales/aftersales/warranty"
)

// TestAssessInvariants assesses claims in every market over contract
// dates from 2021 to 2027 and checks invariants of the data:
//   - a contract before the first regime is refused with ErrNoRegime, any
//     other case is answered;
//   - the presumption never outlasts the period;
//   - every unconfirmed point an answer lists is one its regime marks, or
//     a kind "unconfirmed" (notice, used, action), or the mandatory
//     guarantee's reach;
//   - an answer for new goods lists the new-goods presumption when its
//     regime marks it unconfirmed (and the same for second-hand goods);
//   - a defect appearing later is never covered when an earlier one is
//     not (appearance and lifespan windows).
func TestAssessInvariants(t *testing.T) {
	d := calendar.MustParseDate
	no := false
	for _, m := range law.Markets() {
		s, _ := law.For(m)
		cal, err := calendar.ForMarket(m, "")
		if err != nil {
			t.Fatal(err)
		}
		e, err := warranty.New(s.Warranty, cal)
		if err != nil {
			t.Fatal(err)
		}
		regimes := s.Warranty.Conformity.Regimes
		for c := d("2021-06-01"); c.Before(d("2027-12-31")); c = c.AddDays(23) {
			var g warranty.Regime
			found := false
			for _, r := range regimes {
				if !r.From.After(c) {
					g, found = r, true
				}
			}
			for _, cond := range []warranty.Condition{warranty.NewGoods, warranty.Used} {
				prevCovered := true
				for _, off := range []int{1, 150, 300, 400, 700, 740, 1000, 1100, 1900} {
					cs := warranty.Case{Condition: cond, Contract: c, Delivered: c.AddDays(3), Appeared: c.AddDays(3 + off), LongLasting: &no, LifespanMonths: 36}
					a, err := e.Assess(cs)
					if !found {
						if !errors.Is(err, warranty.ErrNoRegime) {
							t.Fatalf("%s %s: %v, want ErrNoRegime", m, c, err)
						}
						continue
					}
					if err != nil {
						t.Fatalf("%s %s %s +%d: %v", m, c, cond, off, err)
					}
					if a.Regime != g.Name {
						t.Fatalf("%s %s: regime %q, want %q", m, c, a.Regime, g.Name)
					}
					if a.Conformity.PresumedUntil.After(a.Conformity.Until) {
						t.Errorf("%s %s: presumed until %s after the period %s", m, c, a.Conformity.PresumedUntil, a.Conformity.Until)
					}
					for _, u := range a.Unconfirmed {
						name, ok := strings.CutPrefix(u, "conformity.")
						allowed := ok && (slices.Contains(g.Unconfirmed, name) ||
							(name == "notice" && g.Notice.Kind == warranty.NoticeUnconfirmed) ||
							(name == "used" && g.Used.Allowed == warranty.AllowanceUnconfirmed) ||
							(name == "action" && g.ActionLimit.Kind == warranty.ActionUnconfirmed))
						if !allowed && u != "mandatory" {
							t.Errorf("%s %s: unconfirmed %q not marked by regime %s", m, c, u, g.Name)
						}
					}
					want := "presumption_new_months"
					if cond == warranty.Used {
						want = "presumption_used_months"
					}
					if slices.Contains(g.Unconfirmed, want) && !slices.Contains(a.Unconfirmed, "conformity."+want) {
						t.Errorf("%s %s %s: %s unconfirmed but not listed: %v", m, c, cond, want, a.Unconfirmed)
					}
					if g.Window != warranty.Action {
						covered := !cs.Appeared.After(a.Conformity.Until)
						if covered && !prevCovered {
							t.Errorf("%s %s: +%d covered after an earlier defect was not", m, c, off)
						}
						prevCovered = covered
					}
				}
			}
		}
	}
}
