package dispute_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/sla"
	"github.com/google/go-cmp/cmp"
)

func engineRules() dispute.Rules {
	return dispute.Rules{
		Grounds: []dispute.Ground{{Name: "reply_too_late", Basis: "Opisto charter §I",
			Conditions: []dispute.Condition{{Fact: dispute.FactReplyLate, Is: true}}}},
		AutoOpen:   dispute.AutoOpenRule{Kinds: []string{"complaint"}, Basis: "Opisto charter §I"},
		Escalation: agafortLadder(),
		Reference:  dispute.ReferenceRule{Prefix: "AGA", Digits: 6, Basis: "reference format"},
		Takeover: dispute.TakeoverRules{Grounds: []dispute.TakeoverGround{{Ground: "reply_overdue", Basis: "Swapiphone rules"}},
			CostsToSeller: true, CostsBasis: "Swapiphone rules"},
		Sanctions: []dispute.Sanction{{Trigger: dispute.NonCooperation, Measures: []dispute.Measure{dispute.SupportContact}, Basis: "Agafort §6"}},
	}
}

// TestZeroRulesHaveNoRule: a zero Rules means "no rule" for every
// question, and every such error matches explain.ErrNoRule.
func TestZeroRulesHaveNoRule(t *testing.T) {
	eng, err := dispute.New(dispute.Rules{}, fr())
	if err != nil {
		t.Fatal(err)
	}
	at := ts("2026-03-02T09:00:00+01:00")
	ev, err := opistoSLA(t).Evaluate(sla.Conversation{}, at)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		err      error
		sentinel error
	}{
		{"status", second(eng.Status(dispute.Complaint{Opened: at}, at)), dispute.ErrNoLadder},
		{"auto open", second(eng.AutoOpen(ev)), dispute.ErrNoAutoOpen},
		{"takeover", second(eng.Takeover(dispute.Case{ReplyOverdue: true})), dispute.ErrNoTakeoverRule},
		{"new reference", second(eng.NewReference(1)), dispute.ErrNoReferenceRule},
		{"parse reference", second(eng.ParseReference("AGA00000101")), dispute.ErrNoReferenceRule},
		{"ground", second(eng.CheckGround("reply_too_late", nil)), dispute.ErrNoGrounds},
		{"sanction", second(eng.Sanction(dispute.Conduct{NonCooperation: true})), dispute.ErrNoSanctions},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !errors.Is(tc.err, explain.ErrNoRule) {
				t.Errorf("error %v does not match explain.ErrNoRule", tc.err)
			}
			if !errors.Is(tc.err, tc.sentinel) {
				t.Errorf("error %v does not match %v", tc.err, tc.sentinel)
			}
		})
	}
}

func second[T any](_ T, err error) error { return err }

// TestZeroEngine: the zero Engine answers ErrNoEngine.
func TestZeroEngine(t *testing.T) {
	var eng dispute.Engine
	if _, err := eng.Status(dispute.Complaint{}, time.Now()); !errors.Is(err, dispute.ErrNoEngine) {
		t.Errorf("Status: %v", err)
	}
	if _, err := eng.Takeover(dispute.Case{}); !errors.Is(err, dispute.ErrNoEngine) {
		t.Errorf("Takeover: %v", err)
	}
	if _, err := dispute.New(dispute.Rules{}, calendar.Calendar{}); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("New without calendar: %v", err)
	}
}

// TestEngineMatchesDeprecatedWrappers: the engine and the deprecated entry
// points give the same answers.
func TestEngineMatchesDeprecatedWrappers(t *testing.T) {
	r := engineRules()
	eng, err := dispute.New(r, fr())
	if err != nil {
		t.Fatal(err)
	}
	opened := ts("2026-03-02T09:00:00+01:00")
	c := dispute.Complaint{Opened: opened}
	for _, h := range []int{0, 23, 24, 30, 50, 200} {
		at := opened.Add(time.Duration(h) * time.Hour)
		want, werr := r.Escalation.Status(fr(), c, at)
		got, gerr := eng.Status(c, at)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("+%dh: errors %v vs %v", h, werr, gerr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("+%dh (-wrapper +engine):\n%s", h, diff)
		}
	}
	wt, _ := r.Takeover.Decide(dispute.Case{ReplyOverdue: true})
	gt, _ := eng.Takeover(dispute.Case{ReplyOverdue: true})
	if diff := cmp.Diff(wt, gt); diff != "" {
		t.Errorf("takeover (-wrapper +engine):\n%s", diff)
	}
}

// TestEngineImmutable edits everything given to New and everything got
// back while goroutines use the engine; the answers do not change.
func TestEngineImmutable(t *testing.T) {
	r := engineRules()
	eng, err := dispute.New(r, fr())
	if err != nil {
		t.Fatal(err)
	}
	opened := ts("2026-03-02T09:00:00+01:00")
	at := opened.Add(30 * time.Hour)
	fulfilled := map[string]time.Time{"findings": opened.Add(time.Hour)}
	want, err := eng.Status(dispute.Complaint{Opened: opened, Fulfilled: fulfilled}, at)
	if err != nil {
		t.Fatal(err)
	}
	wantRules := eng.Rules()
	var wg sync.WaitGroup
	n := 200
	if testing.Short() {
		n = 20
	}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				got, err := eng.Status(dispute.Complaint{Opened: opened, Fulfilled: map[string]time.Time{"findings": opened.Add(time.Hour)}}, at)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("answer changed:\n%s", diff)
					return
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		r.Escalation.Levels[1].After = dispute.Hours(1+i%5, dispute.CalendarClock)
		r.Escalation.Levels[1].Commitments[0].Name = fmt.Sprint("x", i)
		r.Grounds[0].Conditions[0].Is = i%2 == 0
		r.AutoOpen.Kinds[0] = "question"
		r.Takeover.Grounds[0].Ground = "counterfeit"
		r.Sanctions[0].Measures[0] = dispute.Measure("other")
		got := eng.Rules()
		got.Escalation.Levels[0].Team = "changed"
		got.Grounds[0].Name = "changed"
		got.Sanctions[0].Measures[0] = dispute.Measure("changed")
	}
	wg.Wait()
	if diff := cmp.Diff(wantRules, eng.Rules()); diff != "" {
		t.Errorf("rules changed (-before +after):\n%s", diff)
	}
}

// ExampleNew shows the escalation rule of a ladder (Agafort dispute
// resolution policy §4) asked through the engine.
func ExampleNew() {
	rules := dispute.Rules{Escalation: dispute.Ladder{
		Basis: "Agafort dispute resolution policy §4",
		Levels: []dispute.Level{
			{Team: "customer service"},
			{Team: "problem resolution team", After: calendar.HoursOn(24, calendar.Elapsed)},
		},
		Target: calendar.DaysOn(5, calendar.Elapsed),
	}}
	eng, err := dispute.New(rules, calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	opened := time.Date(2026, time.March, 2, 9, 0, 0, 0, eng.Calendar().Location())
	st, err := eng.Status(dispute.Complaint{Opened: opened}, opened.Add(30*time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Println(st.Level, st.Team)
	fmt.Println("target:", st.Target.Format(time.RFC3339))
	// Output:
	// 1 problem resolution team
	// target: 2026-03-07T09:00:00+01:00
}

// ExampleEngine_Takeover shows the takeover rule: an overdue reply lets
// the platform take over the customer contact at the seller's cost.
func ExampleEngine_Takeover() {
	eng, err := dispute.New(dispute.Rules{Takeover: dispute.TakeoverRules{
		Grounds:       []dispute.TakeoverGround{{Ground: "reply_overdue", Basis: "Swapiphone helpdesk rules"}},
		CostsToSeller: true, CostsBasis: "Swapiphone helpdesk rules",
	}}, calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	d, err := eng.Takeover(dispute.Case{ReplyOverdue: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Takeover, d.Grounds, d.CostsToSeller)
	// Output:
	// true [reply_overdue] true
}

// TestReplyFactsFromEvaluation: the reply_late fact comes from the typed
// sla evaluation, and the late-reply ground follows it.
func TestReplyFactsFromEvaluation(t *testing.T) {
	eng, err := dispute.New(engineRules(), fr())
	if err != nil {
		t.Fatal(err)
	}
	received := ts("2026-03-02T10:00:00+01:00")
	conv := sla.Conversation{Messages: []sla.Message{{ID: "c1", From: sla.Buyer, Kind: sla.Complaint, At: received}}}
	for _, tc := range []struct {
		name string
		at   time.Time
		want bool
	}{{"within the deadline", received.Add(time.Hour), false}, {"past the deadline", received.Add(10 * 24 * time.Hour), true}} {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := opistoSLA(t).Evaluate(conv, tc.at)
			if err != nil {
				t.Fatal(err)
			}
			g, err := eng.CheckGround("reply_too_late", dispute.ReplyFacts(ev))
			if err != nil {
				t.Fatal(err)
			}
			if g.Holds != tc.want || (len(ev.LateReplies()) > 0) != tc.want {
				t.Errorf("ground holds %t, late replies %d, want %t", g.Holds, len(ev.LateReplies()), tc.want)
			}
			op, err := eng.AutoOpen(ev)
			if err != nil {
				t.Fatal(err)
			}
			if op.Opens != tc.want {
				t.Errorf("AutoOpen opens %t, want %t", op.Opens, tc.want)
			}
		})
	}
}
