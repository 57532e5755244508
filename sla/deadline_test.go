package sla

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
)

func TestDeadline(t *testing.T) {
	calHours := Rules{Targets: []Target{{Kind: Question, Clock: CalendarHours, Hours: 48}}}
	days := Rules{Targets: []Target{{Kind: Question, Clock: WorkingDays, Days: 2}}}
	tests := []struct {
		name     string
		rules    Rules
		kind     Kind
		received string
		want     string
	}{
		// Issue examples.
		{"opisto complaint friday afternoon runs over the weekend", opistoRules(), Complaint, "2026-11-20T15:00:00+01:00", "2026-11-25T15:00:00+01:00"},
		{"swapiphone question skips Bastille Day", swapiphoneRules(), Question, "2026-07-13T10:00:00+02:00", "2026-07-15T10:00:00+02:00"},
		// Weekends.
		{"received on Saturday starts Monday 00:00", swapiphoneRules(), Question, "2026-07-11T10:00:00+02:00", "2026-07-14T00:00:00+02:00"},
		{"received on Sunday before a holiday Tuesday", swapiphoneRules(), Question, "2026-07-12T23:00:00+02:00", "2026-07-14T00:00:00+02:00"},
		{"received Friday 10:00, due Monday 10:00", swapiphoneRules(), Complaint, "2026-07-10T10:00:00+02:00", "2026-07-13T10:00:00+02:00"},
		{"deadline at the end of Friday stays Friday 24:00", swapiphoneRules(), Question, "2026-07-10T00:00:00+02:00", "2026-07-11T00:00:00+02:00"},
		// Holidays.
		{"opisto: Ascension Thursday and the weekend skipped", opistoRules(), Question, "2026-05-13T12:00:00+02:00", "2026-05-19T12:00:00+02:00"},
		{"opisto: Christmas and New Year", opistoRules(), NegativeReview, "2026-12-24T09:00:00+01:00", "2026-12-30T09:00:00+01:00"},
		{"received on a holiday starts the next working day", swapiphoneRules(), PlainMessage, "2026-07-14T09:00:00+02:00", "2026-07-16T00:00:00+02:00"},
		// DST: business hours are real hours, 00-24 on a Sunday does not work.
		{"opisto across spring-forward weekend", opistoRules(), Question, "2026-03-27T15:00:00+01:00", "2026-04-01T15:00:00+02:00"},
		{"opisto across fall-back weekend", opistoRules(), Question, "2026-10-23T15:00:00+02:00", "2026-10-28T15:00:00+01:00"},
		// Other clocks.
		{"calendar hours ignore weekends", calHours, Question, "2026-07-10T10:00:00+02:00", "2026-07-12T10:00:00+02:00"},
		{"calendar hours are elapsed time across DST", calHours, Question, "2026-03-28T12:00:00+01:00", "2026-03-30T13:00:00+02:00"},
		{"working days keep the wall-clock time", days, Question, "2026-07-10T16:30:00+02:00", "2026-07-15T16:30:00+02:00"},
		{"working days keep wall-clock time across DST", days, Question, "2026-03-27T09:00:00+01:00", "2026-03-31T09:00:00+02:00"},
		{"working days from a Saturday run to the end of the last one", days, Question, "2026-07-11T08:00:00+02:00", "2026-07-16T00:00:00+02:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := mustEngine(t, tt.rules)
			got, err := e.Deadline(tt.kind, at(tt.received))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Format(time.RFC3339)); diff != "" {
				t.Errorf("due (-want +got):\n%s", diff)
			}
			if got.Location().String() != "Europe/Paris" {
				t.Errorf("location %s, want Europe/Paris", got.Location())
			}
			x, err := e.Explain(tt.kind, at(tt.received))
			if err != nil {
				t.Fatal(err)
			}
			if !x.Due.Equal(got) {
				t.Errorf("Explain due %v != Deadline %v", x.Due, got)
			}
			if len(x.Basis.Steps) < 2 {
				t.Errorf("basis too short: %+v", x.Basis)
			}
		})
	}
}

func TestDeadlineErrors(t *testing.T) {
	e := mustEngine(t, opistoRules())
	tests := []struct {
		name string
		kind Kind
		recv time.Time
		is   error
		msg  string
	}{
		{"unknown kind", "foo", at("2026-07-13T10:00:00+02:00"), ErrUnknownKind, `unknown kind "foo"`},
		{"review needs stars", Review, at("2026-07-13T10:00:00+02:00"), ErrUnknownKind, "give the stars"},
		{"no target for plain messages on opisto", PlainMessage, at("2026-07-13T10:00:00+02:00"), ErrNoTarget, `"message"`},
		{"zero time", Question, time.Time{}, calendar.ErrZeroTime, "zero time"},
		{"out of range", Question, at("2150-01-01T00:00:00+01:00"), calendar.ErrOutOfRange, "outside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.Deadline(tt.kind, tt.recv)
			if !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want %v containing %q", err, tt.is, tt.msg)
			}
			_, err2 := e.Explain(tt.kind, tt.recv)
			if !errors.Is(err2, tt.is) {
				t.Errorf("Explain err = %v, want %v", err2, tt.is)
			}
		})
	}
	var zero Engine
	if _, err := zero.Deadline(Question, at("2026-07-13T10:00:00+02:00")); !errors.Is(err, ErrNoEngine) {
		t.Errorf("zero engine: %v", err)
	}
	if _, err := New(opistoRules(), calendar.Calendar{}); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("zero calendar: %v", err)
	}
}

func TestExplainHolidaysAndClosures(t *testing.T) {
	e := mustEngine(t, opistoRules())
	e, err := e.WithVacations(at("2026-12-01T00:00:00+01:00"),
		Vacation{From: d("2026-12-28"), To: d("2026-12-29"), Registered: at("2026-11-30T10:00:00+01:00"), Reason: "inventory"},
		Vacation{From: d("2026-12-30"), To: d("2026-12-30"), Registered: at("2026-12-30T08:00:00+01:00")}, // after asOf: unknown
	)
	if err != nil {
		t.Fatal(err)
	}
	x, err := e.Explain(Question, at("2026-12-24T09:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	// 24 Dec 15 h, (25 Dec holiday), 28–29 closed, 30 Dec 24 h, 31 Dec 24 h, (1 Jan) → 9 h on 4 Jan.
	if got, want := x.Due.Format(time.RFC3339), "2027-01-04T09:00:00+01:00"; got != want {
		t.Errorf("due %s, want %s", got, want)
	}
	want := []calendar.Holiday{{Date: d("2026-12-25"), Name: "Noël"}, {Date: d("2027-01-01"), Name: "Jour de l'an"}}
	if diff := cmp.Diff(want, x.Holidays, cmpOpts); diff != "" {
		t.Errorf("holidays (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]calendar.Closure{{From: d("2026-12-28"), To: d("2026-12-29"), Reason: "inventory"}}, x.Closures, cmpOpts); diff != "" {
		t.Errorf("closures (-want +got):\n%s", diff)
	}
	rules := x.Basis.Rules()
	if diff := cmp.Diff([]string{"sla.target", "sla.holiday", "sla.holiday", "sla.closure", "sla.due"}, rules); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	if x.Basis.Steps[0].Basis != "Opisto charter §I" {
		t.Errorf("target basis %q", x.Basis.Steps[0].Basis)
	}
}

func TestHolidayAtDeadlineBoundaryNotListed(t *testing.T) {
	// Received Monday 00:00 with 24 h: due Monday 24:00 = Tuesday 00:00,
	// Tuesday 14 July is a holiday but the clock never needed it.
	e := mustEngine(t, swapiphoneRules())
	x, err := e.Explain(Question, at("2026-07-13T00:00:00+02:00"))
	if err != nil {
		t.Fatal(err)
	}
	if got := x.Due.Format(time.RFC3339); got != "2026-07-14T00:00:00+02:00" {
		t.Errorf("due %s", got)
	}
	if len(x.Holidays) != 0 {
		t.Errorf("holidays %v, want none", x.Holidays)
	}
}
