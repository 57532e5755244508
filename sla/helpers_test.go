package sla

import (
	"sync"
	"testing"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/google/go-cmp/cmp"
)

// Test rules mirroring the presets of package policy (kept here so that
// package sla's tests do not depend on the other policy sections).

func opistoRules() Rules {
	const clause = "Opisto charter §I"
	return Rules{
		Source: "Opisto charter §I",
		Targets: []Target{
			{Kind: Question, Clock: BusinessHours, Hours: 72, Basis: clause},
			{Kind: Complaint, Clock: BusinessHours, Hours: 72, Basis: clause},
			{Kind: NegativeReview, Clock: BusinessHours, Hours: 72, Basis: clause},
		},
		DueSoonHours:            24,
		RegisteredClosuresPause: true,
	}
}

func swapiphoneRules() Rules {
	const clause = "Swapiphone helpdesk rules, reply time"
	return Rules{
		Source: "Swapiphone helpdesk and customer communication rules",
		Targets: []Target{
			{Kind: Question, Clock: BusinessHours, Hours: 24, Basis: clause},
			{Kind: Complaint, Clock: BusinessHours, Hours: 24, Basis: clause},
			{Kind: PlainMessage, Clock: BusinessHours, Hours: 24, Basis: clause},
		},
		DueSoonHours:            4,
		RegisteredClosuresPause: true,
		Absence:                 &AbsenceRule{MoreThanWorkingDays: 5, NoticeDays: 14, Basis: "Swapiphone customer communication rules"},
		Updates:                 &UpdateRule{EveryWorkingDays: 2, Basis: "Swapiphone helpdesk rules"},
	}
}

// frCalendar builds the French calendar once for all tests (building one
// costs tens of milliseconds; a Calendar is immutable and shareable).
var frCalendar = sync.OnceValues(func() (calendar.Calendar, error) { return calendar.ForMarket("FR", "") })

func frCal(t testing.TB) calendar.Calendar {
	t.Helper()
	c, err := frCalendar()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func mustEngine(t testing.TB, r Rules) Engine {
	t.Helper()
	e, err := New(r, frCal(t))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

var paris = func() *time.Location {
	l, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	return l
}()

// at parses an RFC 3339 instant and returns it in Europe/Paris.
func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.In(paris)
}

func d(s string) calendar.Date { return calendar.MustParseDate(s) }

// cmpOpts compares dates and instants by value.
var cmpOpts = cmp.Options{
	cmp.Comparer(func(a, b calendar.Date) bool { return a == b }),
	cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) && a.Location().String() == b.Location().String() }),
}
