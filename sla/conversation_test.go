package sla

import (
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func buyer(id string, k Kind, t string) Message {
	return Message{ID: id, From: Buyer, Kind: k, At: at(t)}
}
func review(id string, stars int, t string) Message {
	return Message{ID: id, From: Buyer, Kind: Review, Stars: stars, At: at(t)}
}
func seller(t string) Message   { return Message{From: Seller, At: at(t)} }
func platform(t string) Message { return Message{From: Platform, At: at(t)} }

// lite is the part of a status the table checks.
type lite struct {
	ID         string
	Kind       Kind
	State      State
	Due        string
	AnsweredAt string
	Late       time.Duration
	Remaining  time.Duration
}

func toLite(ss []MessageStatus) []lite {
	var out []lite
	for _, s := range ss {
		l := lite{ID: s.ID, Kind: s.Kind, State: s.State, Late: s.Late.Std(), Remaining: s.Remaining.Std()}
		if !s.Due.IsZero() {
			l.Due = s.Due.Format(time.RFC3339)
		}
		if !s.AnsweredAt.IsZero() {
			l.AnsweredAt = s.AnsweredAt.Format(time.RFC3339)
		}
		out = append(out, l)
	}
	return out
}

func TestEvaluate(t *testing.T) {
	h := time.Hour
	tests := []struct {
		name        string
		rules       Rules
		conv        Conversation
		at          string
		want        []lite
		firstBreach string
	}{
		{
			name:  "one reply answers every earlier unanswered message",
			rules: swapiphoneRules(),
			conv: Conversation{Messages: []Message{
				buyer("q1", Question, "2026-07-06T09:00:00+02:00"),
				buyer("q2", Complaint, "2026-07-06T15:00:00+02:00"),
				seller("2026-07-07T12:00:00+02:00"),
				buyer("q3", PlainMessage, "2026-07-07T13:00:00+02:00"),
			}},
			at: "2026-07-08T10:00:00+02:00",
			want: []lite{
				{ID: "q1", Kind: Question, State: AnsweredLate, Due: "2026-07-07T09:00:00+02:00", AnsweredAt: "2026-07-07T12:00:00+02:00", Late: 3 * h},
				{ID: "q2", Kind: Complaint, State: AnsweredOnTime, Due: "2026-07-07T15:00:00+02:00", AnsweredAt: "2026-07-07T12:00:00+02:00"},
				{ID: "q3", Kind: PlainMessage, State: DueSoon, Due: "2026-07-08T13:00:00+02:00", Remaining: 3 * h},
			},
			firstBreach: "2026-07-07T09:00:00+02:00",
		},
		{
			name:  "platform messages answer nothing; breach measured in business time",
			rules: swapiphoneRules(),
			conv: Conversation{Messages: []Message{
				buyer("q1", Question, "2026-07-09T10:00:00+02:00"),
				platform("2026-07-09T11:00:00+02:00"),
			}},
			at: "2026-07-13T02:00:00+02:00",
			want: []lite{
				{ID: "q1", Kind: Question, State: Breached, Due: "2026-07-10T10:00:00+02:00", Late: 16 * h},
			},
			firstBreach: "2026-07-10T10:00:00+02:00",
		},
		{
			name:  "a seller message before the buyer message answers nothing; order in the slice does not matter",
			rules: swapiphoneRules(),
			conv: Conversation{Messages: []Message{
				buyer("q1", Question, "2026-07-06T09:00:00+02:00"),
				seller("2026-07-06T08:00:00+02:00"),
			}},
			at: "2026-07-06T20:00:00+02:00",
			want: []lite{
				{ID: "q1", Kind: Question, State: Open, Due: "2026-07-07T09:00:00+02:00", Remaining: 13 * h},
			},
		},
		{
			name:  "reply at the same instant answers; due soon within the margin",
			rules: swapiphoneRules(),
			conv: Conversation{Messages: []Message{
				buyer("q1", Question, "2026-07-06T09:00:00+02:00"),
				seller("2026-07-06T09:00:00+02:00"),
				buyer("q2", Question, "2026-07-06T09:00:01+02:00"),
			}},
			at: "2026-07-07T06:00:01+02:00",
			want: []lite{
				{ID: "q1", Kind: Question, State: AnsweredOnTime, Due: "2026-07-07T09:00:00+02:00", AnsweredAt: "2026-07-06T09:00:00+02:00"},
				{ID: "q2", Kind: Question, State: DueSoon, Due: "2026-07-07T09:00:01+02:00", Remaining: 3 * h},
			},
		},
		{
			name:  "messages and replies after the instant are not seen",
			rules: swapiphoneRules(),
			conv: Conversation{Messages: []Message{
				buyer("q1", Question, "2026-07-06T09:00:00+02:00"),
				seller("2026-07-08T09:00:00+02:00"),
				buyer("q2", Question, "2026-07-09T09:00:00+02:00"),
			}},
			at: "2026-07-07T10:00:00+02:00",
			want: []lite{
				{ID: "q1", Kind: Question, State: Breached, Due: "2026-07-07T09:00:00+02:00", Late: h},
			},
			firstBreach: "2026-07-07T09:00:00+02:00",
		},
		{
			name:  "reviews: stars decide; opisto sets no target for plain messages",
			rules: opistoRules(),
			conv: Conversation{Messages: []Message{
				review("r5", 5, "2026-07-06T09:00:00+02:00"),
				review("r2", 2, "2026-07-06T09:00:00+02:00"),
				buyer("m", PlainMessage, "2026-07-06T10:00:00+02:00"),
				{ID: "n3", From: Buyer, Kind: NegativeReview, Stars: 3, At: at("2026-07-06T11:00:00+02:00")},
			}},
			at: "2026-07-06T12:00:00+02:00",
			want: []lite{
				{ID: "r5", Kind: Review, State: NoReplyNeeded},
				{ID: "r2", Kind: NegativeReview, State: Open, Due: "2026-07-09T09:00:00+02:00", Remaining: 69 * h},
				{ID: "m", Kind: PlainMessage, State: NoReplyNeeded},
				{ID: "n3", Kind: NegativeReview, State: Open, Due: "2026-07-09T11:00:00+02:00", Remaining: 71 * h},
			},
		},
		{
			name:  "answer after a Friday-end deadline on Saturday is late with no business lateness",
			rules: swapiphoneRules(),
			conv: Conversation{Messages: []Message{
				buyer("q", Question, "2026-07-10T00:00:00+02:00"),
				seller("2026-07-11T10:00:00+02:00"),
			}},
			at: "2026-07-13T10:00:00+02:00",
			want: []lite{
				{ID: "q", Kind: Question, State: AnsweredLate, Due: "2026-07-11T00:00:00+02:00", AnsweredAt: "2026-07-11T10:00:00+02:00"},
			},
			firstBreach: "2026-07-11T00:00:00+02:00",
		},
		{
			name:  "first breach is the earliest missed deadline, not the first message",
			rules: Rules{Targets: []Target{{Kind: Question, Clock: BusinessHours, Hours: 72}, {Kind: Complaint, Clock: CalendarHours, Hours: 1}}},
			conv: Conversation{Messages: []Message{
				buyer("q", Question, "2026-07-06T09:00:00+02:00"),
				buyer("c", Complaint, "2026-07-08T09:00:00+02:00"),
			}},
			at: "2026-07-10T09:00:00+02:00",
			want: []lite{
				{ID: "q", Kind: Question, State: Breached, Due: "2026-07-09T09:00:00+02:00", Late: 24 * h},
				{ID: "c", Kind: Complaint, State: Breached, Due: "2026-07-08T10:00:00+02:00", Late: 47 * h},
			},
			firstBreach: "2026-07-08T10:00:00+02:00",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := mustEngine(t, tt.rules)
			ev, err := e.Evaluate(tt.conv, at(tt.at))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, toLite(ev.Messages)); diff != "" {
				t.Errorf("statuses (-want +got):\n%s", diff)
			}
			fb := ""
			if !ev.FirstBreach.IsZero() {
				fb = ev.FirstBreach.Format(time.RFC3339)
			}
			if fb != tt.firstBreach {
				t.Errorf("first breach %q, want %q", fb, tt.firstBreach)
			}
			for _, s := range ev.Messages {
				if len(s.Basis.Steps) == 0 {
					t.Errorf("%s: no basis", s.ID)
				}
			}
			// The fast paths agree with Evaluate.
			got, sum, err := e.AppendStatuses(nil, tt.conv, at(tt.at))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(ev.Messages, got, cmpopts.IgnoreFields(MessageStatus{}, "Basis", "Closures"), cmpOpts); diff != "" {
				t.Errorf("AppendStatuses (-Evaluate +Append):\n%s", diff)
			}
			sum2, err := e.Summarize(tt.conv, at(tt.at))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(sum, sum2, cmpOpts); diff != "" {
				t.Errorf("Summarize (-Append +Summarize):\n%s", diff)
			}
			if !sum.FirstBreach.Equal(ev.FirstBreach) {
				t.Errorf("summary first breach %v", sum.FirstBreach)
			}
		})
	}
}

func TestVacations(t *testing.T) {
	// Opisto complaint Friday 2026-11-20 15:00 → Wednesday 25 15:00
	// without closures. A vacation 23–24 November pauses the clock only
	// when registered before Monday 23 started.
	conv := func(reg string) Conversation {
		return Conversation{
			Messages:  []Message{buyer("c", Complaint, "2026-11-20T15:00:00+01:00")},
			Vacations: []Vacation{{From: d("2026-11-23"), To: d("2026-11-24"), Registered: at(reg), Reason: "holiday"}},
		}
	}
	tests := []struct {
		name, registered, at, due string
		paused                    bool
	}{
		{"registered before the message", "2026-11-01T10:00:00+01:00", "2026-11-26T10:00:00+01:00", "2026-11-27T15:00:00+01:00", true},
		{"registered after the message, before the vacation started", "2026-11-22T23:59:59+01:00", "2026-11-26T10:00:00+01:00", "2026-11-27T15:00:00+01:00", true},
		{"registered at the instant it started", "2026-11-23T00:00:00+01:00", "2026-11-26T10:00:00+01:00", "2026-11-25T15:00:00+01:00", false},
		{"registered after it started", "2026-11-23T09:00:00+01:00", "2026-11-26T10:00:00+01:00", "2026-11-25T15:00:00+01:00", false},
		{"registered in time but after the evaluation instant", "2026-11-22T12:00:00+01:00", "2026-11-21T12:00:00+01:00", "2026-11-25T15:00:00+01:00", false},
	}
	e := mustEngine(t, opistoRules())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := e.Evaluate(conv(tt.registered), at(tt.at))
			if err != nil {
				t.Fatal(err)
			}
			s := ev.Messages[0]
			if got := s.Due.Format(time.RFC3339); got != tt.due {
				t.Errorf("due %s, want %s", got, tt.due)
			}
			if got := len(s.Closures) > 0; got != tt.paused {
				t.Errorf("closures %v, paused want %v", s.Closures, tt.paused)
			}
			rules := strings.Join(s.Basis.Rules(), ",")
			if tt.paused != strings.Contains(rules, "sla.closure,") {
				t.Errorf("basis rules %s", rules)
			}
			if !tt.paused && strings.HasPrefix(tt.name, "registered a") && !strings.Contains(rules, "sla.closure-ignored") {
				t.Errorf("late registration not explained: %s", rules)
			}
		})
	}
	// Rules that do not exempt closures.
	r := opistoRules()
	r.RegisteredClosuresPause = false
	ev, err := mustEngine(t, r).Evaluate(conv("2026-11-01T10:00:00+01:00"), at("2026-11-26T10:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	if got := ev.Messages[0].Due.Format(time.RFC3339); got != "2026-11-25T15:00:00+01:00" {
		t.Errorf("closures must not pause: due %s", got)
	}
	// Calendar hours ignore closures.
	r = Rules{RegisteredClosuresPause: true, Targets: []Target{{Kind: Complaint, Clock: CalendarHours, Hours: 48}}}
	ev, err = mustEngine(t, r).Evaluate(conv("2026-11-01T10:00:00+01:00"), at("2026-11-26T10:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	if got := ev.Messages[0].Due.Format(time.RFC3339); got != "2026-11-22T15:00:00+01:00" || len(ev.Messages[0].Closures) != 0 {
		t.Errorf("calendar hours: due %s closures %v", got, ev.Messages[0].Closures)
	}
}

func TestWithClosures(t *testing.T) {
	e := mustEngine(t, opistoRules())
	e2, err := e.WithClosures(calendar.Closure{From: d("2026-11-23"), To: d("2026-11-23")})
	if err != nil {
		t.Fatal(err)
	}
	got, err := e2.Deadline(Complaint, at("2026-11-20T15:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Format(time.RFC3339) != "2026-11-26T15:00:00+01:00" {
		t.Errorf("due %s", got.Format(time.RFC3339))
	}
	// The original engine is unchanged.
	if got, _ := e.Deadline(Complaint, at("2026-11-20T15:00:00+01:00")); got.Format(time.RFC3339) != "2026-11-25T15:00:00+01:00" {
		t.Errorf("original engine changed: %s", got)
	}
	if _, err := e.WithClosures(calendar.Closure{From: d("2026-11-23"), To: d("2026-11-20")}); err == nil || !strings.HasPrefix(err.Error(), "closures[0]") {
		t.Errorf("bad closure: %v", err)
	}
}

func TestConversationErrors(t *testing.T) {
	e := mustEngine(t, swapiphoneRules())
	ok := at("2026-07-06T09:00:00+02:00")
	tests := []struct {
		name string
		msgs []Message
		vacs []Vacation
		want string
	}{
		{"message without time", []Message{{From: Buyer, Kind: Question}}, nil, "messages[0].at: missing"},
		{"unknown kind", []Message{{From: Seller, At: ok}, {From: Buyer, Kind: "foo", At: ok}}, nil, `messages[1].kind: unknown kind "foo"`},
		{"missing kind", []Message{{From: Buyer, At: ok}}, nil, "messages[0].kind: missing"},
		{"unknown author", []Message{{From: "bot", At: ok}}, nil, `messages[0].from: unknown author "bot"`},
		{"stars above 5", []Message{{From: Buyer, Kind: Review, Stars: 6, At: ok}}, nil, "messages[0].stars: 6 is outside 1 to 5"},
		{"negative stars", []Message{{From: Buyer, Kind: Review, Stars: -1, At: ok}}, nil, "messages[0].stars: -1 is outside 1 to 5"},
		{"review without stars", []Message{{From: Buyer, Kind: Review, At: ok}}, nil, "messages[0].stars: missing"},
		{"negative review with 4 stars", []Message{{From: Buyer, Kind: NegativeReview, Stars: 4, At: ok}}, nil, "messages[0].stars: a negative review has 1 to 3 stars"},
		{"stars on a question", []Message{{From: Buyer, Kind: Question, Stars: 2, At: ok}}, nil, "messages[0].stars: only reviews"},
		{"kind on a seller message", []Message{{From: Seller, Kind: Question, At: ok}}, nil, "messages[0].kind: only buyer messages"},
		{"closure ending before it starts", nil, []Vacation{{From: d("2026-07-10"), To: d("2026-07-09"), Registered: ok}}, "vacations[0].to: 2026-07-09 is before from 2026-07-10"},
		{"vacation without registration", nil, []Vacation{{From: d("2026-07-10"), To: d("2026-07-10")}}, "vacations[0].registered: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Conversation{Messages: tt.msgs, Vacations: tt.vacs}
			_, err := e.Evaluate(c, ok)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Evaluate err = %v, want %q", err, tt.want)
			}
			if _, err := e.Summarize(c, ok); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Summarize err = %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := e.Evaluate(Conversation{}, time.Time{}); err == nil {
		t.Error("zero instant accepted")
	}
}

func TestEvaluateUpdates(t *testing.T) {
	e := mustEngine(t, swapiphoneRules())
	c := Conversation{
		CaseOpened: at("2026-07-09T10:00:00+02:00"),
		Messages: []Message{
			buyer("q", Complaint, "2026-07-09T09:00:00+02:00"),
			seller("2026-07-09T09:30:00+02:00"), // before the case opened: not an update
		},
	}
	ev, err := e.Evaluate(c, at("2026-07-13T10:00:00+02:00"))
	if err != nil {
		t.Fatal(err)
	}
	if ev.Update == nil {
		t.Fatal("no update status")
	}
	// Thursday 9 + 2 working days = Monday 13 10:00 (Friday 10, Monday 13).
	if got := ev.Update.Due.Format(time.RFC3339); got != "2026-07-13T10:00:00+02:00" || ev.Update.State != DueSoon {
		t.Errorf("update due %s state %s", got, ev.Update.State)
	}
	ev, _ = e.Evaluate(c, at("2026-07-13T10:00:01+02:00"))
	if ev.Update.State != Breached {
		t.Errorf("state %s, want breached", ev.Update.State)
	}
	c.Messages = append(c.Messages, seller("2026-07-13T09:00:00+02:00"))
	ev, _ = e.Evaluate(c, at("2026-07-13T10:00:01+02:00"))
	// Monday 13 09:00 + 2 working days (Tuesday 14 is Bastille Day) = Thursday 16 09:00.
	if got := ev.Update.Due.Format(time.RFC3339); got != "2026-07-16T09:00:00+02:00" || ev.Update.State != Open {
		t.Errorf("after an update: due %s state %s", got, ev.Update.State)
	}
	c.CaseClosed = at("2026-07-13T09:30:00+02:00")
	ev, _ = e.Evaluate(c, at("2026-07-13T10:00:01+02:00"))
	if ev.Update != nil {
		t.Errorf("closed case has an update status")
	}
	if _, err := mustEngine(t, opistoRules()).NextUpdate(c.CaseOpened, time.Time{}, c.CaseOpened); err != ErrNoUpdateRule {
		t.Errorf("opisto NextUpdate err %v", err)
	}
}
