package sla

import (
	"fmt"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
)

func TestLateReplies(t *testing.T) {
	e := mustEngine(t, opistoRules())
	mon := time.Date(2026, time.March, 2, 10, 0, 0, 0, paris)
	c := Conversation{Messages: []Message{
		{ID: "q1", From: Buyer, Kind: Question, At: mon},
		{ID: "s1", From: Seller, At: mon.Add(4 * 24 * time.Hour)},                         // Friday 10:00, one business day late
		{ID: "c1", From: Buyer, Kind: Complaint, At: mon.Add(4*24*time.Hour + time.Hour)}, // unanswered
		{ID: "r1", From: Buyer, Kind: Review, Stars: 5, At: mon.Add(time.Hour)},
	}}
	at := mon.Add(14 * 24 * time.Hour)
	ev, err := e.Evaluate(c, at)
	if err != nil {
		t.Fatal(err)
	}
	got := ev.LateReplies()
	want := []LateReply{
		{ID: "q1", Index: 0, Kind: Question, Due: ev.Messages[0].Due, Answered: true, AnsweredAt: mon.Add(4 * 24 * time.Hour), Late: ev.Messages[0].Late},
		{ID: "c1", Index: 2, Kind: Complaint, Due: ev.Messages[1].Due, Late: ev.Messages[1].Late},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LateReplies (-want +got):\n%s", diff)
	}
	if !ev.ReplyLate() {
		t.Error("ReplyLate = false")
	}
	if got[0].Late <= 0 || got[1].Late <= 0 {
		t.Errorf("late spans %v, %v not positive", got[0].Late, got[1].Late)
	}
	// Every late reply is a state that is Late, and every Late state a late reply.
	n := 0
	for _, m := range ev.Messages {
		if m.State.Late() {
			n++
		}
	}
	if n != len(got) {
		t.Errorf("%d late states, %d late replies", n, len(got))
	}
}

func TestMessageAgreesWithEvaluate(t *testing.T) {
	e := mustEngine(t, opistoRules())
	mon := time.Date(2026, time.March, 2, 10, 0, 0, 0, paris)
	tests := []struct {
		name  string
		m     Message
		reply time.Time
		at    time.Time
		want  State
	}{
		{"open", Message{Kind: Question, At: mon}, time.Time{}, mon.Add(time.Hour), Open},
		{"due soon", Message{Kind: Question, At: mon}, time.Time{}, mon.Add(2*24*time.Hour + 12*time.Hour), DueSoon},
		{"breached", Message{Kind: Question, At: mon}, time.Time{}, mon.Add(10 * 24 * time.Hour), Breached},
		{"answered on time", Message{Kind: Complaint, At: mon}, mon.Add(time.Hour), mon.Add(10 * 24 * time.Hour), AnsweredOnTime},
		{"answered late", Message{Kind: Complaint, At: mon}, mon.Add(5 * 24 * time.Hour), mon.Add(10 * 24 * time.Hour), AnsweredLate},
		{"review 2 stars", Message{Kind: Review, Stars: 2, At: mon}, time.Time{}, mon.Add(time.Hour), Open},
		{"review 4 stars", Message{Kind: Review, Stars: 4, At: mon}, time.Time{}, mon.Add(time.Hour), NoReplyNeeded},
		{"reply after at is unknown", Message{Kind: Question, At: mon}, mon.Add(20 * 24 * time.Hour), mon.Add(10 * 24 * time.Hour), Breached},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := e.Message(tc.m, tc.reply, tc.at)
			if err != nil {
				t.Fatal(err)
			}
			if got.State != tc.want {
				t.Errorf("State = %s, want %s", got.State, tc.want)
			}
			if (got.State == Open || got.State == DueSoon) && got.Remaining <= 0 {
				t.Errorf("Remaining = %v for %s", got.Remaining, got.State)
			}
			if got.State.Late() != (got.Late > 0 || got.State == Breached || got.State == AnsweredLate) {
				t.Errorf("Late() disagrees with Late %v", got.Late)
			}
		})
	}
	if _, err := e.Message(Message{From: Seller, At: mon}, time.Time{}, mon); err == nil {
		t.Error("a seller message was given a deadline")
	}
	if _, err := e.Message(Message{Kind: Question, At: mon}, mon.Add(-time.Hour), mon); err == nil {
		t.Error("a reply before the message was accepted")
	}
}

// ExampleEngine_Message shows the 72-business-hour reply rule (Opisto
// charter §I) for one buyer message: its due instant, state and business
// time remaining, and a 5-star review that needs no reply.
func ExampleEngine_Message() {
	cal, err := calendar.ForMarket("FR", "")
	if err != nil {
		panic(err)
	}
	eng, err := New(Rules{Source: "Opisto charter §I", DueSoonHours: 24,
		Targets: []Target{{Kind: Question, Clock: calendar.Business, Hours: 72}}}, cal)
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, time.March, 2, 10, 0, 0, 0, cal.Location())
	st, err := eng.Message(Message{Kind: Question, At: received}, time.Time{}, received.Add(48*time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Println(st.Due.Format(time.RFC3339), st.State, st.Remaining)
	rv, err := eng.Message(Message{Kind: Review, Stars: 5, At: received}, time.Time{}, received.Add(time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Println(rv.State)
	// Output:
	// 2026-03-05T10:00:00+01:00 due-soon PT24H
	// no-reply-needed
}
