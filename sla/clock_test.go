package sla

import (
	"encoding/json"
	"errors"
	"github.com/aftersales/aftersales/explain"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
)

// TestTargetClockJSON: targets write the calendar clock names and still
// read the schema-1 ones.
func TestTargetClockJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Target
		out  string
	}{
		{"schema-1 business-hours", `{"kind":"question","clock":"business-hours","hours":72}`,
			Target{Kind: Question, Clock: calendar.Business, Hours: 72}, `{"kind":"question","clock":"business","hours":72}`},
		{"schema-1 calendar-hours", `{"kind":"question","clock":"calendar-hours","hours":48}`,
			Target{Kind: Question, Clock: calendar.Elapsed, Hours: 48}, `{"kind":"question","clock":"elapsed","hours":48}`},
		{"working-days", `{"kind":"complaint","clock":"working-days","days":2}`,
			Target{Kind: Complaint, Clock: calendar.WorkingDays, Days: 2}, `{"kind":"complaint","clock":"working-days","days":2}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got Target
			if err := json.Unmarshal([]byte(tc.in), &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("decoded (-want +got):\n%s", diff)
			}
			b, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.out {
				t.Errorf("Marshal = %s, want %s", b, tc.out)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
		})
	}
	if BusinessHours != calendar.Business || CalendarHours != calendar.Elapsed || WorkingDays != calendar.WorkingDays {
		t.Error("deprecated clock aliases differ from the calendar clocks")
	}
}

// TestElapsedDaysTarget: an elapsed-days target keeps the wall-clock time.
func TestElapsedDaysTarget(t *testing.T) {
	e := mustEngine(t, Rules{Targets: []Target{{Kind: Question, Clock: calendar.Elapsed, Days: 2}}})
	got, err := e.Deadline(Question, mustTime(t, "2026-03-28T10:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	if want := mustTime(t, "2026-03-30T10:00:00+02:00"); !got.Equal(want) {
		t.Errorf("Deadline = %v, want %v", got, want)
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	x, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestNoRuleErrors: a zero Rules means "no rule"; the errors match
// explain.ErrNoRule.
func TestNoRuleErrors(t *testing.T) {
	e := mustEngine(t, Rules{})
	_, err := e.Deadline(Question, mustTime(t, "2026-03-02T10:00:00+01:00"))
	if !errors.Is(err, ErrNoTarget) || !errors.Is(err, explain.ErrNoRule) {
		t.Errorf("Deadline: %v, want ErrNoTarget matching explain.ErrNoRule", err)
	}
	if !errors.Is(ErrNoUpdateRule, explain.ErrNoRule) {
		t.Error("ErrNoUpdateRule does not match explain.ErrNoRule")
	}
}

// TestResultJSON: results marshal to their documented keys in declaration
// order, instants in the calendar's offset, lengths of time in ISO 8601.
func TestResultJSON(t *testing.T) {
	e := mustEngine(t, Rules{Source: "charter", Targets: []Target{{Kind: Question, Clock: calendar.Business, Hours: 72}}})
	received := mustTime(t, "2026-03-02T09:00:00Z")
	st, err := e.Message(Message{ID: "q1", Kind: Question, At: received}, time.Time{}, received.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	want := `{"id":"q1","index":0,"kind":"question","received":"2026-03-02T10:00:00+01:00","due":"2026-03-05T10:00:00+01:00","answered":false,"state":"open","late":"PT0S","late_seconds":0,"remaining":"PT71H","remaining_seconds":255600,"closures":[],"basis":`
	if len(s) < len(want) || s[:len(want)] != want {
		t.Errorf("MessageStatus JSON\n got %s\nwant prefix %s", s, want)
	}
	d, err := e.Explain(Question, received)
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want = `{"kind":"question","received":"2026-03-02T10:00:00+01:00","due":"2026-03-05T10:00:00+01:00","clock":"business","limit":"72 business hours","target":{"kind":"question","clock":"business","hours":72},"holidays":`
	if s := string(b); len(s) < len(want) || s[:len(want)] != want {
		t.Errorf("Deadline JSON\n got %s\nwant prefix %s", s, want)
	}
}
