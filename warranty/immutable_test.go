package warranty

import (
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
)

// TestEngineIsImmutable edits everything it gave to New and everything it
// got back (Rules, assessments, listing duties, the cases it assessed)
// while other goroutines assess with the same Engine: their answers never
// change. Run it with -race.
func TestEngineIsImmutable(t *testing.T) {
	rules := statute()
	rules.Listing.Statements = []Statement{{What: "condition", Basis: "charter §II"}}
	e := engineFor(t, rules)
	rng := rand.New(rand.NewPCG(11, 12))
	cases := make([]Case, 40)
	want := make([]Assessment, len(cases))
	for i := range cases {
		cases[i] = randomCase(rng)
		cases[i].Category = "smartphone"
		var err error
		if want[i], err = e.Assess(cases[i]); err != nil {
			t.Fatal(err)
		}
	}
	wantDuties, err := e.ListingDuties("smartphone", d("2025-07-01"))
	if err != nil {
		t.Fatal(err)
	}
	wantRules := e.Rules()

	rounds := 8
	if raceEnabled || testing.Short() {
		rounds = 3
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				for i := range cases {
					c := cloneCase(cases[i]) // each goroutine owns what it gives
					a, err := e.Assess(c)
					if err != nil {
						errs <- err.Error()
						return
					}
					if diff := cmp.Diff(want[i], a, cmp.AllowUnexported(calendar.Date{})); diff != "" {
						errs <- "assessment changed:\n" + diff
						return
					}
					vandalise(&a, &c)
				}
				dd, err := e.ListingDuties("smartphone", d("2025-07-01"))
				if err != nil || !cmp.Equal(wantDuties, dd, cmp.AllowUnexported(calendar.Date{})) {
					errs <- "listing duties changed"
					return
				}
				vandaliseDuties(&dd)
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	// Meanwhile, until the readers finish: edit the Rules given to New and
	// every copy got back.
	for edits := 0; edits == 0 || !isClosed(done); edits++ {
		rules.Conformity.Regimes[len(rules.Conformity.Regimes)-1].Months = 1
		rules.Conformity.Regimes = append(rules.Conformity.Regimes[:1], Regime{})
		rules.Listing.Categories[0].Name = "x"
		rules.Listing.Categories[0].Indices[0].Kind = Durability
		rules.Listing.Statements[0].What = "y"
		got := e.Rules()
		got.Conformity.Regimes[2].Months = 2
		got.Conformity.Regimes[2].RepairExtensionMonths = 120
		got.Listing.Categories[0].Indices[1].Kind = Repairability
		got.Listing.Categories[0].Indices = nil
		got.Listing.Statements[0].Basis = ""
		got.HiddenDefect.Months = 1
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if diff := cmp.Diff(wantRules, e.Rules(), cmp.AllowUnexported(calendar.Date{})); diff != "" {
		t.Errorf("Rules changed (-want +got):\n%s", diff)
	}
}

func cloneCase(c Case) Case {
	c.Repairs = cloneSlice(c.Repairs)
	if c.Replacement != nil {
		x := *c.Replacement
		c.Replacement = &x
	}
	if c.Resolution != nil {
		x := *c.Resolution
		c.Resolution = &x
	}
	return c
}

// vandalise edits every slice and pointer of an answer and of the case.
func vandalise(a *Assessment, c *Case) {
	for i := range a.Remedies.Grounds {
		a.Remedies.Grounds[i] = "x"
	}
	for i := range a.Basis.Steps {
		a.Basis.Steps[i].Rule = "x"
		for j := range a.Basis.Steps[i].Facts {
			a.Basis.Steps[i].Facts[j].Value = "x"
		}
		for j := range a.Basis.Steps[i].Args {
			a.Basis.Steps[i].Args[j] = nil
		}
	}
	if a.Listing != nil {
		vandaliseDuties(a.Listing)
	}
	for i := range c.Repairs {
		c.Repairs[i].Failed = !c.Repairs[i].Failed
	}
	if c.Replacement != nil {
		c.Replacement.BuyerChoseRepair = !c.Replacement.BuyerChoseRepair
	}
}

func vandaliseDuties(d *Duties) {
	for i := range d.Indices {
		d.Indices[i] = "x"
	}
	for i := range d.Statements {
		d.Statements[i] = "x"
	}
	for i := range d.Basis.Steps {
		d.Basis.Steps[i].Text = "x"
	}
}

// TestCloneSharesNothing is the slow, obviously-correct check of clone:
// every slice of the copy has its own backing array.
func TestCloneSharesNothing(t *testing.T) {
	r := statute()
	r.Listing.Statements = []Statement{{What: "a", Basis: "b"}}
	c := r.clone()
	if diff := cmp.Diff(r, c, cmp.AllowUnexported(calendar.Date{})); diff != "" {
		t.Fatalf("clone differs (-orig +clone):\n%s", diff)
	}
	if &c.Conformity.Regimes[0] == &r.Conformity.Regimes[0] || &c.Listing.Categories[0] == &r.Listing.Categories[0] ||
		&c.Listing.Categories[0].Indices[0] == &r.Listing.Categories[0].Indices[0] || &c.Listing.Statements[0] == &r.Listing.Statements[0] {
		t.Error("clone shares a backing array")
	}
	if (Rules{}).clone().Conformity.Regimes != nil || !(Rules{}).clone().IsZero() {
		t.Error("the zero Rules does not clone to the zero Rules")
	}
}

func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}
