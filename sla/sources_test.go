package sla

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDeadlineSourcesMatchesExplain compares DeadlineSources with Explain
// (the reference) on random receipt instants, every kind, every clock,
// with and without closures and an empty target basis.
func TestDeadlineSourcesMatchesExplain(t *testing.T) {
	days := opistoRules()
	days.Targets = []Target{
		{Kind: Question, Clock: WorkingDays, Days: 2, Basis: "days clause"},
		{Kind: Complaint, Clock: CalendarHours, Hours: 48},
		{Kind: NegativeReview, Clock: BusinessHours, Hours: 8},
	}
	base := []Engine{mustEngine(t, opistoRules()), mustEngine(t, swapiphoneRules()), mustEngine(t, days)}
	closed, err := base[0].WithVacations(at("2026-01-01T00:00:00+01:00"),
		Vacation{From: d("2026-12-28"), To: d("2026-12-29"), Registered: at("2025-11-30T10:00:00+01:00"), Reason: "inventory"},
		Vacation{From: d("2026-05-11"), To: d("2026-05-15"), Registered: at("2025-11-30T10:00:00+01:00")},
	)
	if err != nil {
		t.Fatal(err)
	}
	engines := append(base, closed)
	r := rand.New(rand.NewPCG(7, 8))
	compared := 0
	for i := 0; i < 4000; i++ {
		e := engines[i%len(engines)]
		k := []Kind{Question, Complaint, NegativeReview, PlainMessage}[r.IntN(4)]
		received := time.Date(2026, time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, paris)
		x, werr := e.Explain(k, received)
		due, target, sources, err := e.DeadlineSources(k, received)
		if (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
			t.Fatalf("%s %s: err %v, Explain %v", k, received, err, werr)
		}
		if err != nil {
			continue
		}
		compared++
		if !due.Equal(x.Due) || target != x.Target {
			t.Fatalf("%s %s: due %s target %v, Explain %s %v", k, received, due, target, x.Due, x.Target)
		}
		if diff := cmp.Diff(x.Basis.Sources(), sources); diff != "" {
			t.Fatalf("%s %s: sources (-Explain +DeadlineSources):\n%s", k, received, diff)
		}
	}
	if compared < 2000 {
		t.Errorf("%d deadlines compared", compared)
	}
}
