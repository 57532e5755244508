package dispute_test

import (
	"errors"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/sla"
	"github.com/google/go-cmp/cmp"
)

// opistoSLA is a 72 working-hour reply rule for every kind, with
// registered vacations pausing the clock, as in the Opisto charter §I.
func opistoSLA(t testing.TB) sla.Engine {
	var targets []sla.Target
	for _, k := range []sla.Kind{sla.Question, sla.Complaint, sla.NegativeReview} {
		targets = append(targets, sla.Target{Kind: k, Clock: calendar.Business, Hours: 72})
	}
	e, err := sla.New(sla.Rules{Source: "Opisto charter §I", Targets: targets, RegisteredClosuresPause: true}, fr())
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func opistoAuto() dispute.AutoOpenRule {
	return dispute.AutoOpenRule{Kinds: []string{"complaint", "negative-review"}, Basis: "Opisto charter §I (note *)"}
}

func TestAutoOpen(t *testing.T) {
	// Monday 2 March 2026 10:00: 72 business hours (Mon–Fri 00–24) end
	// Thursday 5 March 10:00.
	recv := ts("2026-03-02T10:00:00+01:00")
	due := "2026-03-05T10:00:00+01:00"
	buyer := func(id string, k sla.Kind, at time.Time) sla.Message {
		return sla.Message{ID: id, From: sla.Buyer, At: at, Kind: k}
	}
	seller := func(at time.Time) sla.Message { return sla.Message{From: sla.Seller, At: at} }
	type want struct {
		Opens   bool
		At      string
		Message string
		Reason  dispute.OpeningReason
		Next    string
	}
	tests := []struct {
		name string
		conv sla.Conversation
		at   string
		want want
	}{
		{"complaint unanswered past its deadline opens a dispute at the deadline",
			sla.Conversation{Messages: []sla.Message{buyer("c1", sla.Complaint, recv)}}, "2026-03-06T12:00:00+01:00",
			want{Opens: true, At: due, Message: "c1", Reason: dispute.LateReply}},
		{"complaint answered late still opened one at the deadline",
			sla.Conversation{Messages: []sla.Message{buyer("c1", sla.Complaint, recv), seller(ts("2026-03-05T11:00:00+01:00"))}}, "2026-03-06T12:00:00+01:00",
			want{Opens: true, At: due, Message: "c1", Reason: dispute.LateReply}},
		{"the first of two breaches",
			sla.Conversation{Messages: []sla.Message{buyer("r1", sla.NegativeReview, recv.Add(time.Hour)), buyer("c1", sla.Complaint, recv)}}, "2026-03-09T12:00:00+01:00",
			want{Opens: true, At: due, Message: "c1", Reason: dispute.LateReply}},
		{"answered in time",
			sla.Conversation{Messages: []sla.Message{buyer("c1", sla.Complaint, recv), seller(ts("2026-03-05T10:00:00+01:00"))}}, "2026-03-06T12:00:00+01:00",
			want{Reason: dispute.AnsweredInTime}},
		{"still within the deadline",
			sla.Conversation{Messages: []sla.Message{buyer("c1", sla.Complaint, recv)}}, "2026-03-05T09:59:59+01:00",
			want{Reason: dispute.WithinDeadline, Next: due}},
		{"a late reply to an information request opens nothing by itself",
			sla.Conversation{Messages: []sla.Message{buyer("q1", sla.Question, recv)}}, "2026-03-06T12:00:00+01:00",
			want{Reason: dispute.NoMessages}},
		{"registered vacation moves the deadline",
			sla.Conversation{Messages: []sla.Message{buyer("c1", sla.Complaint, recv)},
				Vacations: []sla.Vacation{{From: calendar.MustParseDate("2026-03-03"), To: calendar.MustParseDate("2026-03-06"), Registered: ts("2026-02-01T10:00:00+01:00")}}},
			"2026-03-06T12:00:00+01:00",
			want{Reason: dispute.Vacation, Next: "2026-03-11T10:00:00+01:00"}},
		{"a vacation registered too late moves nothing",
			sla.Conversation{Messages: []sla.Message{buyer("c1", sla.Complaint, recv)},
				Vacations: []sla.Vacation{{From: calendar.MustParseDate("2026-03-03"), To: calendar.MustParseDate("2026-03-06"), Registered: ts("2026-03-03T10:00:00+01:00")}}},
			"2026-03-06T12:00:00+01:00",
			want{Opens: true, At: due, Message: "c1", Reason: dispute.LateReply}},
	}
	eng := opistoSLA(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := eng.Evaluate(tc.conv, ts(tc.at))
			if err != nil {
				t.Fatal(err)
			}
			o, err := dispute.AutoOpen(ev, opistoAuto())
			if err != nil {
				t.Fatal(err)
			}
			got := want{Opens: o.Opens, At: rfc(o.At), Message: o.Message, Reason: o.Reason, Next: rfc(o.Next)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nbasis: %+v", diff, o.Basis)
			}
			if src := o.Basis.Sources(); len(src) == 0 || src[0] != "Opisto charter §I (note *)" {
				t.Errorf("basis cites %v", src)
			}
		})
	}
}

func TestAutoOpenErrors(t *testing.T) {
	ev := sla.Evaluation{At: ts("2026-03-06T12:00:00+01:00")}
	if _, err := dispute.AutoOpen(ev, dispute.AutoOpenRule{}); !errors.Is(err, dispute.ErrNoAutoOpen) {
		t.Errorf("no rule: %v", err)
	}
	if _, err := dispute.AutoOpen(sla.Evaluation{}, opistoAuto()); err == nil {
		t.Error("zero instant accepted")
	}
	bad := sla.Evaluation{At: ev.At, Messages: []sla.MessageStatus{{ID: "x", Kind: sla.Complaint, State: "lost"}}}
	if _, err := dispute.AutoOpen(bad, opistoAuto()); err == nil || err.Error() != `messages[0].state: unknown state "lost"` {
		t.Errorf("unknown state: %v", err)
	}
}

// TestAutoOpenAgainstFirstBreach: with every kind eligible, the opening
// is sla's FirstBreach.
func TestAutoOpenAgainstFirstBreach(t *testing.T) {
	eng := opistoSLA(t)
	rule := dispute.AutoOpenRule{Kinds: []string{"question", "complaint", "negative-review"}, Basis: "x"}
	start := ts("2026-03-02T00:00:00+01:00")
	kinds := []sla.Kind{sla.Question, sla.Complaint, sla.NegativeReview}
	for i := 0; i < 200; i++ {
		var msgs []sla.Message
		for j := 0; j < 1+i%4; j++ {
			at := start.Add(time.Duration((i*37+j*53)%300) * time.Hour)
			msgs = append(msgs, sla.Message{ID: "m", From: sla.Buyer, At: at, Kind: kinds[(i+j)%3]})
			if (i+j)%2 == 0 {
				msgs = append(msgs, sla.Message{From: sla.Seller, At: at.Add(time.Duration((i*13+j)%120) * time.Hour)})
			}
		}
		at := start.Add(time.Duration(200+i) * time.Hour)
		ev, err := eng.Evaluate(sla.Conversation{Messages: msgs}, at)
		if err != nil {
			t.Fatal(err)
		}
		o, err := dispute.AutoOpen(ev, rule)
		if err != nil {
			t.Fatal(err)
		}
		if !o.At.Equal(ev.FirstBreach) || o.Opens == ev.FirstBreach.IsZero() {
			t.Fatalf("case %d: opening %v (opens %v), sla first breach %v", i, o.At, o.Opens, ev.FirstBreach)
		}
	}
}

// TestAutoOpenSourcesAgreesWithAutoOpen checks the lean path against the
// explained one on generated threads: late, pending, answered, vacations,
// and kinds the rule ignores.
func TestAutoOpenSourcesAgreesWithAutoOpen(t *testing.T) {
	eng := opistoSLA(t)
	rules := []dispute.AutoOpenRule{
		opistoAuto(),
		{Kinds: []string{"question"}, Basis: "rule q"},
		{Kinds: []string{"complaint", "question"}, Basis: "rule cq"},
	}
	start := ts("2026-07-20T00:00:00+02:00")
	kinds := []sla.Kind{sla.Question, sla.Complaint, sla.NegativeReview, sla.PlainMessage}
	checked := map[dispute.OpeningReason]int{}
	for ri, rule := range rules {
		d, err := dispute.New(dispute.Rules{AutoOpen: rule}, fr())
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 300; i++ {
			var th sla.Conversation
			for j := 0; j < 1+i%5; j++ {
				at := start.Add(time.Duration((i*37+j*53)%400) * time.Hour)
				m := sla.Message{ID: "m" + string(rune('a'+j)), From: sla.Buyer, At: at, Kind: kinds[(i+j)%4]}
				th.Messages = append(th.Messages, m)
				if (i+j)%3 == 0 {
					th.Messages = append(th.Messages, sla.Message{From: sla.Seller, At: at.Add(time.Duration((i*13+j)%150) * time.Hour)})
				}
			}
			if i%4 == 1 {
				th.Vacations = []sla.Vacation{{From: calendar.MustParseDate("2026-08-03"), To: calendar.MustParseDate("2026-08-14"),
					Registered: start.Add(-48 * time.Hour)}}
			}
			at := start.Add(time.Duration(100+3*i) * time.Hour)
			ev, err := eng.Evaluate(th, at)
			if err != nil {
				t.Fatal(err)
			}
			want, werr := d.AutoOpen(ev)
			got, sources, gerr := d.AutoOpenSources(ev)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("rule %d case %d: errors %v and %v", ri, i, werr, gerr)
			}
			if d := cmp.Diff(want.Basis.Sources(), sources); d != "" {
				t.Errorf("rule %d case %d: sources (-AutoOpen +AutoOpenSources):\n%s", ri, i, d)
			}
			want.Basis = got.Basis
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("rule %d case %d: opening (-AutoOpen +AutoOpenSources):\n%s", ri, i, d)
			}
			if len(got.Basis.Steps) != 0 {
				t.Errorf("rule %d case %d: AutoOpenSources made %d steps", ri, i, len(got.Basis.Steps))
			}
			checked[got.Reason]++
		}
	}
	// The generator reaches every reason.
	for _, r := range []dispute.OpeningReason{dispute.LateReply, dispute.NoMessages, dispute.WithinDeadline, dispute.Vacation, dispute.AnsweredInTime} {
		if checked[r] == 0 {
			t.Errorf("no generated case has reason %q: %v", r, checked)
		}
	}
}
