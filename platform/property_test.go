package platform

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
)

// TestNoticeBoundaryProperty: P2B art. 3(2) — for any notification instant
// and notice rules, taking effect at Earliest is lawful and one second
// earlier is too early; the legal earliest is never before notification
// + MinDays × 24 h - 1 h (a day of 23 hours) and is a local midnight.
func TestNoticeBoundaryProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, m := range []string{"FR", "PL", "PT"} {
		cal := calendar.MustForMarket(m, "")
		for range 500 {
			n := time.Unix(at(t, "2025-01-01T00:00:00Z").Unix()+r.Int64N(3*365*86400), 0)
			rules := NoticeRules{MinDays: 1 + r.IntN(60), TerminationDays: 15}
			if r.IntN(2) == 0 {
				rules.ContractualMonths, rules.ContractSource = r.IntN(3), "charter"
			}
			c := Change{NotifiedAt: n, EffectiveAt: n, DurableMedium: true}
			nc, err := CheckNotice(cal, rules, c)
			if err != nil {
				t.Fatal(err)
			}
			c.EffectiveAt = nc.Earliest
			ok, err := CheckNotice(cal, rules, c)
			if err != nil || ok.TooEarly || ok.Void {
				t.Fatalf("%s %+v: effective at earliest %s is too early (%v)", m, rules, nc.Earliest, err)
			}
			c.EffectiveAt = nc.Earliest.Add(-time.Second)
			early, err := CheckNotice(cal, rules, c)
			if err != nil || !early.TooEarly {
				t.Fatalf("%s %+v: a second before earliest is not too early", m, rules)
			}
			if l := nc.LegalEarliest.In(cal.Location()); l.Hour() != 0 || l.Minute() != 0 || l.Sub(n) < time.Duration(rules.MinDays)*24*time.Hour-time.Hour {
				t.Fatalf("%s: legal earliest %s for notification %s + %d days", m, l, n, rules.MinDays)
			}
		}
	}
}

// TestTerminationNoticeProperty: P2B art. 4(2) — reasons sent just before
// ReasonsBy make the termination lawful, reasons sent at ReasonsBy do
// not; and a termination at EarliestEffective after the reasons is
// lawful, one second earlier is not.
func TestTerminationNoticeProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	cal := fr()
	for range 1000 {
		eff := time.Unix(at(t, "2025-03-01T00:00:00Z").Unix()+r.Int64N(2*365*86400), 0)
		s := Sanction{Kind: Termination, Effective: eff, DurableMedium: true, Clause: "c", Facts: []string{"f"}, ReasonsSent: eff.Add(-60 * 24 * time.Hour)}
		p, err := SanctionProcedure(cal, s)
		if err != nil {
			t.Fatal(err)
		}
		s.ReasonsSent = p.ReasonsBy.Add(-time.Second)
		if q, _ := SanctionProcedure(cal, s); q.Defective {
			t.Fatalf("effective %s, reasons %s (just before %s): %v", eff, s.ReasonsSent, p.ReasonsBy, q.Defects)
		}
		s.ReasonsSent = p.ReasonsBy
		if q, _ := SanctionProcedure(cal, s); !q.Defective {
			t.Fatalf("effective %s, reasons at %s: not defective", eff, p.ReasonsBy)
		}
		s.Effective = q0(cal, s).EarliestEffective
		if q, _ := SanctionProcedure(cal, s); q.Defective {
			t.Fatalf("effective at earliest %s: %v", s.Effective, q.Defects)
		}
		s.Effective = s.Effective.Add(-time.Second)
		if q, _ := SanctionProcedure(cal, s); !q.Defective {
			t.Fatalf("a second before earliest %s: not defective", s.Effective)
		}
	}
}

func q0(cal calendar.Calendar, s Sanction) Procedure {
	p, _ := SanctionProcedure(cal, s)
	return p
}
