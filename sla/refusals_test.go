package sla

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/field"
	"github.com/google/go-cmp/cmp"
)

// TestRefusesMalformedThreads: a conversation that is not exactly the
// documented format is refused with the field it is about.
func TestRefusesMalformedThreads(t *testing.T) {
	const ok = `{"messages":[{"id":"q1","from":"buyer","kind":"question","at":"2026-03-02T10:00:00+01:00"}]}`
	var c Conversation
	if err := json.Unmarshal([]byte(ok), &c); err != nil {
		t.Fatalf("valid thread refused: %v", err)
	}
	tests := []struct{ name, in, path string }{
		{"unknown field", `{"messages":[],"mesages":[]}`, "mesages"},
		{"plus sign", `{"messages":[{"from":"buyer","kind":"review","stars":+1,"at":"2026-03-02T10:00:00+01:00"}]}`, ""},
		{"leading zero", `{"messages":[{"from":"buyer","kind":"review","stars":01,"at":"2026-03-02T10:00:00+01:00"}]}`, ""},
		{"stars out of range", `{"messages":[{"from":"buyer","kind":"review","stars":6,"at":"2026-03-02T10:00:00+01:00"}]}`, "messages[0].stars"},
		{"kind on a seller message", `{"messages":[{"from":"seller","kind":"question","at":"2026-03-02T10:00:00+01:00"}]}`, "messages[0].kind"},
		{"offset of 24 hours", `{"messages":[{"from":"buyer","kind":"question","at":"2026-03-02T10:00:00+24:00"}]}`, "messages[0].at"},
		{"invalid UTF-8", "{\"messages\":[{\"id\":\"\xff\",\"from\":\"buyer\",\"kind\":\"question\",\"at\":\"2026-03-02T10:00:00+01:00\"}]}", "messages[0].id"},
		{"missing time", `{"messages":[{"from":"buyer","kind":"question"}]}`, "messages[0].at"},
		{"vacation ends before it starts", `{"messages":[],"vacations":[{"from":"2026-03-10","to":"2026-03-01","registered":"2026-02-01T10:00:00+01:00"}]}`, "vacations[0]"},
		{"case closed without opening", `{"messages":[],"case_closed":"2026-03-02T10:00:00+01:00"}`, "case_closed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c Conversation
			err := json.Unmarshal([]byte(tc.in), &c)
			if err == nil {
				t.Fatal("accepted")
			}
			var fe *field.Error
			if tc.path != "" && (!errors.As(err, &fe) || !strings.HasPrefix(fe.Path, tc.path)) {
				t.Errorf("error %v does not name %s", err, tc.path)
			}
		})
	}
}

// TestRefusesNumbersOutOfRange: every number of Rules has a documented
// range that Validate enforces.
func TestRefusesNumbersOutOfRange(t *testing.T) {
	tests := []struct {
		name string
		r    Rules
		path string
	}{
		{"hours above MaxHours", Rules{Targets: []Target{{Kind: Question, Clock: calendar.Business, Hours: MaxHours + 1}}}, "targets[0].hours"},
		{"days above MaxDays", Rules{Targets: []Target{{Kind: Question, Clock: calendar.WorkingDays, Days: MaxDays + 1}}}, "targets[0].days"},
		{"huge hours", Rules{Targets: []Target{{Kind: Question, Clock: calendar.Elapsed, Hours: 1 << 62}}}, "targets[0].hours"},
		{"due-soon margin", Rules{DueSoonHours: MaxHours + 1}, "due_soon_hours"},
		{"negative due-soon margin", Rules{DueSoonHours: -1}, "due_soon_hours"},
		{"absence length", Rules{Absence: &AbsenceRule{MoreThanWorkingDays: MaxDays + 1}}, "absence.more_than_working_days"},
		{"absence notice", Rules{Absence: &AbsenceRule{NoticeDays: 3661}}, "absence.notice_days"},
		{"update interval", Rules{Updates: &UpdateRule{EveryWorkingDays: MaxDays + 1}}, "updates.every_working_days"},
		{"zero update interval", Rules{Updates: &UpdateRule{}}, "updates.every_working_days"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.r.Validate()
			var fe *field.Error
			if !errors.As(err, &fe) || fe.Path != tc.path {
				t.Errorf("Validate() = %v, want an error at %s", err, tc.path)
			}
			if _, err := New(tc.r, frCal(t)); err == nil {
				t.Error("New accepted the rules")
			}
		})
	}
}

// TestRefusesToShareMemory edits everything given to New and WithVacations
// and everything got back while goroutines use the engine; answers do not
// change.
func TestRefusesToShareMemory(t *testing.T) {
	r := swapiphoneRules()
	e := mustEngine(t, r)
	vs := []Vacation{{From: calendar.MustDate(2026, time.March, 9), To: calendar.MustDate(2026, time.March, 13),
		Registered: time.Date(2026, time.February, 1, 10, 0, 0, 0, paris)}}
	e, err := e.WithVacations(time.Date(2026, time.February, 2, 10, 0, 0, 0, paris), vs...)
	if err != nil {
		t.Fatal(err)
	}
	received := time.Date(2026, time.March, 6, 10, 0, 0, 0, paris)
	want, err := e.Deadline(Question, received)
	if err != nil {
		t.Fatal(err)
	}
	wantRules := e.Rules()
	n := 500
	if testing.Short() {
		n = 50
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range n {
				got, err := e.Deadline(Question, received)
				if err != nil || !got.Equal(want) {
					t.Errorf("Deadline = %v, %v; want %v", got, err, want)
					return
				}
			}
		}()
	}
	for i := range n {
		r.Targets[0].Hours = 1 + i%5
		r.Absence.NoticeDays = i
		r.Updates.EveryWorkingDays = 1 + i%3
		vs[0].To = vs[0].From
		got := e.Rules()
		got.Targets[0].Hours = 999
		got.Absence.NoticeDays = 999
		got.Updates.EveryWorkingDays = 99
	}
	wg.Wait()
	if diff := cmp.Diff(wantRules, e.Rules()); diff != "" {
		t.Errorf("rules changed (-before +after):\n%s", diff)
	}
}
