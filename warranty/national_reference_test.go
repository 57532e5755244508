package warranty

import (
	"math/rand/v2"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
)

// TestNationalAgainstReference recomputes, from the definitions, the dates
// of assessments under random national regimes (no repair, no
// replacement): the period's end, the presumption's end, the notice's
// safe harbour and the limitation of each model.
func TestNationalAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2019))
	n := 4000
	if testing.Short() || raceEnabled {
		n = 500
	}
	kinds := []ActionKind{MonthsFromDelivery, MonthsAfterPeriod, MonthsFromNotice, MonthsFromAppearance}
	for i := 0; i < n; i++ {
		g := Regime{Name: "r", From: d("2022-01-01"), Basis: "b", Window: Appearance,
			Months: 12 + rng.IntN(48), PresumptionNewMonths: rng.IntN(25), PresumptionUsedMonths: rng.IntN(25)}
		g.ActionLimit = ActionLimit{Kind: kinds[rng.IntN(len(kinds))], Months: 1 + rng.IntN(72), Basis: "l"}
		if rng.IntN(2) == 0 {
			g.Notice = Notice{Kind: []NoticeKind{StrictNotice, ReasonableNotice, DamagesNotice}[rng.IntN(3)], Months: 1 + rng.IntN(6), Basis: "n"}
		}
		r := Rules{Conformity: Conformity{Regimes: []Regime{g}, Combine: Cumulative}, Remedies: Remedies{RefundDays: 14}}
		e, err := New(r, calendar.MustForMarket("FR", ""))
		if err != nil {
			t.Fatal(err)
		}
		del := d("2022-01-01").AddDays(rng.IntN(1500))
		c := Case{Condition: []Condition{NewGoods, Used}[rng.IntN(2)], Contract: del, Delivered: del, Appeared: del.AddDays(rng.IntN(1500))}
		c.Discovered = c.Appeared.AddDays(rng.IntN(60))
		if rng.IntN(2) == 0 {
			c.Notified = c.Discovered.AddDays(rng.IntN(300))
		}
		c.Assessed = c.Discovered.AddDays(rng.IntN(900))
		if !c.Notified.IsZero() && c.Notified.After(c.Assessed) {
			c.Assessed = c.Notified
		}
		a, err := e.Assess(c)
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		// The reference.
		end := refAddMonths(del, g.Months)
		pm := g.PresumptionNewMonths
		if c.Condition == Used {
			pm = g.PresumptionUsedMonths
		}
		var lim calendar.Date
		switch g.ActionLimit.Kind {
		case MonthsFromDelivery:
			lim = refAddMonths(del, g.ActionLimit.Months)
		case MonthsAfterPeriod:
			lim = refAddMonths(end, g.ActionLimit.Months)
		case MonthsFromNotice:
			if !c.Notified.IsZero() {
				lim = refAddMonths(c.Notified, g.ActionLimit.Months)
			}
		case MonthsFromAppearance:
			lim = refAddMonths(c.Appeared, g.ActionLimit.Months)
		}
		want := []string{end.String(), refAddMonths(del, pm).String(), dateOr(lim)}
		got := []string{a.Conformity.Until.String(), a.Conformity.PresumedUntil.String(), dateOr(a.Limitation.Until)}
		if g.Notice.Kind != "" {
			want = append(want, refAddMonths(c.Discovered, g.Notice.Months).String())
			got = append(got, a.Notice.By.String())
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("regime %+v case %+v (-reference +fast):\n%s", g, c, diff)
		}
		// Invariants: the guarantee applies only to a defect appearing in
		// the period, never after a barred action or a missed strict
		// notice.
		if a.Conformity.Applies && (c.Appeared.After(end) || a.Limitation.Barred || (a.Notice != nil && a.Notice.Kind == StrictNotice && a.Notice.Timely == "no")) {
			t.Fatalf("applies wrongly: %+v\n%+v", c, a.Conformity)
		}
	}
}
