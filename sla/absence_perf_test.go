package sla

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestAbsence(t *testing.T) {
	sw := mustEngine(t, swapiphoneRules())
	type res struct {
		WorkingDays, NoticeDays int
		Required, Compliant     bool
	}
	tests := []struct {
		name               string
		notified, from, to string
		want               res
	}{
		{"issue example: 10 working days, 7 days notice", "2026-07-27", "2026-08-03", "2026-08-14", res{10, 7, true, false}},
		{"14 days notice is enough", "2026-07-20", "2026-08-03", "2026-08-14", res{10, 14, true, true}},
		{"13 days is not", "2026-07-21", "2026-08-03", "2026-08-14", res{10, 13, true, false}},
		{"5 working days need no notice", "2026-08-02", "2026-08-03", "2026-08-07", res{5, 1, false, true}},
		{"holidays do not count: 6 calendar weekdays with 14 July", "2026-07-10", "2026-07-13", "2026-07-20", res{5, 3, false, true}},
		{"6 working days need notice", "2026-07-10", "2026-07-13", "2026-07-21", res{6, 3, true, false}},
		{"announced after it started", "2026-08-05", "2026-08-03", "2026-08-14", res{10, -2, true, false}},
		{"weekend-only absence", "2026-08-08", "2026-08-08", "2026-08-09", res{0, 0, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := sw.Absence(d(tt.notified), d(tt.from), d(tt.to))
			if err != nil {
				t.Fatal(err)
			}
			got := res{a.WorkingDays, a.NoticeDays, a.NoticeRequired, a.Compliant}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if len(a.Basis.Steps) != 3 || a.Basis.Steps[0].Basis != "Swapiphone customer communication rules" {
				t.Errorf("basis %+v", a.Basis)
			}
		})
	}
	if _, err := sw.Absence(d("2026-07-27"), d("2026-08-14"), d("2026-08-03")); err == nil || !strings.HasPrefix(err.Error(), "to: 2026-08-03 is before from") {
		t.Errorf("reversed range: %v", err)
	}
	a, err := mustEngine(t, opistoRules()).Absence(d("2026-08-02"), d("2026-08-03"), d("2026-08-31"))
	if err != nil || !a.Compliant || a.NoticeRequired || a.WorkingDays != 21 {
		t.Errorf("no rule: %+v %v", a, err)
	}
}

func TestPercentileAndRatio(t *testing.T) {
	h := time.Hour
	xs := []time.Duration{1 * h, 2 * h, 3 * h, 4 * h, 5 * h, 6 * h, 7 * h, 8 * h, 9 * h, 10 * h}
	for _, tt := range []struct {
		xs   []time.Duration
		p    int
		want time.Duration
	}{
		{xs, 50, 5 * h}, {xs, 90, 9 * h}, {xs, 91, 10 * h}, {xs, 100, 10 * h}, {xs, 1, h},
		{xs[:1], 50, h}, {xs[:1], 90, h}, {xs[:3], 50, 2 * h}, {xs[:4], 50, 2 * h}, {nil, 50, 0},
	} {
		if got := Percentile(tt.xs, tt.p); got != tt.want {
			t.Errorf("Percentile(%d of %d) = %v, want %v", tt.p, len(tt.xs), got, tt.want)
		}
	}
	// Property: nearest rank is the smallest value with at least p% of the
	// sample at or below it.
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		n := 1 + r.IntN(40)
		s := make([]time.Duration, n)
		for i := range s {
			s[i] = time.Duration(r.IntN(20)) * time.Hour
		}
		slices.Sort(s)
		p := 1 + r.IntN(100)
		got := Percentile(s, p)
		var want time.Duration = -1
		for _, v := range s {
			le := 0
			for _, w := range s {
				if w <= v {
					le++
				}
			}
			if le*100 >= p*n {
				want = v
				break
			}
		}
		if got != want {
			t.Fatalf("Percentile(%v, %d) = %v, want %v", s, p, got, want)
		}
	}
	for _, tt := range []struct {
		n, d, p int
		want    string
	}{{11, 12, 4, "0.9167"}, {1, 3, 4, "0.3333"}, {2, 3, 4, "0.6667"}, {1, 8, 2, "0.13"}, {3, 8, 2, "0.38"}, {5, 5, 4, "1.0000"}, {0, 7, 4, "0.0000"}, {1, 2, 0, "1"}, {1, 0, 4, ""}} {
		if got := Ratio(tt.n, tt.d, tt.p); got != tt.want {
			t.Errorf("Ratio(%d,%d,%d) = %q, want %q", tt.n, tt.d, tt.p, got, tt.want)
		}
	}
}

func TestPerformance(t *testing.T) {
	e := mustEngine(t, swapiphoneRules())
	convs := []Conversation{
		{Messages: []Message{ // on time, 2 h
			buyer("a", Question, "2026-07-06T09:00:00+02:00"), seller("2026-07-06T11:00:00+02:00")}},
		{Messages: []Message{ // late: 27 h
			buyer("b", Complaint, "2026-07-06T09:00:00+02:00"), seller("2026-07-07T12:00:00+02:00")}},
		{Messages: []Message{ // unanswered past due
			buyer("c", PlainMessage, "2026-07-07T09:00:00+02:00"), platform("2026-07-07T10:00:00+02:00")}},
		{Messages: []Message{ // on time, 20 h; plus a review needing no reply
			buyer("d", Question, "2026-07-08T09:00:00+02:00"), review("r", 5, "2026-07-08T09:00:00+02:00"), seller("2026-07-09T05:00:00+02:00")}},
		{Messages: []Message{ // due after the window: left out
			buyer("e", Question, "2026-07-10T09:00:00+02:00")}},
		{Messages: []Message{ // due before the window: left out
			buyer("f", Question, "2026-07-01T08:00:00+02:00")}},
	}
	p, err := e.Performance(convs, at("2026-07-03T00:00:00+02:00"), at("2026-07-10T00:00:00+02:00"))
	if err != nil {
		t.Fatal(err)
	}
	type res struct {
		Due, OnTime, Late, Unanswered, Answered int
		Rate                                    string
		Median, P90                             time.Duration
	}
	got := res{p.Due, p.OnTime, p.Late, p.Unanswered, p.Answered, p.OnTimeRate, p.MedianResponse.Std(), p.P90Response.Std()}
	want := res{4, 2, 1, 1, 3, "0.5000", 20 * time.Hour, 27 * time.Hour}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(p.Basis.Steps) != 3 {
		t.Errorf("basis %+v", p.Basis)
	}
	if _, err := e.Performance([]Conversation{{Messages: []Message{{From: Buyer, Kind: Question}}}}, at("2026-07-03T00:00:00+02:00"), at("2026-07-10T00:00:00+02:00")); err == nil || !strings.HasPrefix(err.Error(), "[0].messages[0].at: missing") {
		t.Errorf("error path: %v", err)
	}
	empty, err := e.Performance(nil, at("2026-07-03T00:00:00+02:00"), at("2026-07-10T00:00:00+02:00"))
	if err != nil || empty.OnTimeRate != "" || empty.Due != 0 {
		t.Errorf("empty: %+v %v", empty, err)
	}
}

// TestConcurrentUse shares one engine across goroutines (run with -race).
func TestConcurrentUse(t *testing.T) {
	e := mustEngine(t, swapiphoneRules())
	conv := Conversation{
		Messages:  []Message{buyer("a", Question, "2026-07-06T09:00:00+02:00"), seller("2026-07-07T11:00:00+02:00")},
		Vacations: []Vacation{{From: d("2026-07-06"), To: d("2026-07-06"), Registered: at("2026-07-01T00:00:00+02:00")}},
	}
	want, err := e.Evaluate(conv, at("2026-07-08T00:00:00+02:00"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				got, err := e.Evaluate(conv, at("2026-07-08T00:00:00+02:00"))
				if err != nil || !got.Messages[0].Due.Equal(want.Messages[0].Due) {
					t.Errorf("concurrent evaluate: %v %v", got.Messages[0].Due, err)
				}
				if _, err := e.Deadline(Question, at("2026-07-06T09:00:00+02:00")); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
}

func TestAllocations(t *testing.T) {
	e := mustEngine(t, swapiphoneRules())
	r := at("2026-07-13T10:00:00+02:00")
	if n := testing.AllocsPerRun(100, func() { _, _ = e.Deadline(Question, r) }); n != 0 {
		t.Errorf("Deadline allocates %v", n)
	}
	conv := benchConversation(rand.New(rand.NewPCG(1, 1)))
	when := at("2026-09-01T00:00:00+02:00")
	if n := testing.AllocsPerRun(100, func() { _, _ = e.Summarize(conv, when) }); n != 0 {
		t.Errorf("Summarize allocates %v", n)
	}
	buf := make([]MessageStatus, 0, 16)
	if n := testing.AllocsPerRun(100, func() { _, _, _ = e.AppendStatuses(buf[:0], conv, when) }); n != 0 {
		t.Errorf("AppendStatuses allocates %v", n)
	}
}
