package sla_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/sla"
	"golang.org/x/text/language"
)

func rules() sla.Rules {
	return sla.Rules{
		Source: "Opisto charter §I",
		Targets: []sla.Target{
			{Kind: sla.Question, Clock: calendar.Business, Hours: 72},
			{Kind: sla.Complaint, Clock: calendar.Business, Hours: 72},
			{Kind: sla.NegativeReview, Clock: calendar.Business, Hours: 72},
		},
		DueSoonHours:            24,
		RegisteredClosuresPause: true,
	}
}

func engine() sla.Engine {
	e, err := sla.New(rules(), calendar.MustForMarket("FR", ""))
	if err != nil {
		panic(err)
	}
	return e
}

func instant(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func ExampleEngine_Deadline() {
	e := engine()
	due, err := e.Deadline(sla.Complaint, instant("2026-11-20T15:00:00+01:00"))
	if err != nil {
		panic(err)
	}
	fmt.Println(due.Format(time.RFC3339), due.Weekday())
	// Output: 2026-11-25T15:00:00+01:00 Wednesday
}

func ExampleEngine_Explain() {
	e := engine()
	x, err := e.Explain(sla.Question, instant("2026-05-13T12:00:00+02:00"))
	if err != nil {
		panic(err)
	}
	cat, _ := explain.NewCatalog(sla.Translations())
	fmt.Print(cat.Render(x.Basis, language.English))
	// Output:
	// - A question must be answered within 72 business hours, counted only inside working time of working days. (Opisto charter §I)
	// - The clock did not run on May 14, 2026, a public holiday (Ascension). (C. trav. L3133-1)
	// - Reply due by May 19, 2026 at 12:00 PM. (Opisto charter §I)
}

func ExampleEngine_Evaluate() {
	e := engine()
	c := sla.Conversation{
		Messages: []sla.Message{
			{ID: "q1", From: sla.Buyer, Kind: sla.Question, At: instant("2026-11-16T09:00:00+01:00")},
			{ID: "p1", From: sla.Platform, At: instant("2026-11-16T10:00:00+01:00")},
			{ID: "r1", From: sla.Buyer, Kind: sla.Review, Stars: 2, At: instant("2026-11-17T09:00:00+01:00")},
			{ID: "s1", From: sla.Seller, At: instant("2026-11-20T10:00:00+01:00")},
			{ID: "c1", From: sla.Buyer, Kind: sla.Complaint, At: instant("2026-11-20T15:00:00+01:00")},
		},
		// Registered on 1 November, before it started: pauses the clock.
		Vacations: []sla.Vacation{{From: calendar.MustParseDate("2026-11-23"), To: calendar.MustParseDate("2026-11-23"),
			Registered: instant("2026-11-01T10:00:00+01:00")}},
	}
	ev, err := e.Evaluate(c, instant("2026-11-25T12:00:00+01:00"))
	if err != nil {
		panic(err)
	}
	for _, s := range ev.Messages {
		fmt.Printf("%s %s due %s: %s late %v left %v\n", s.ID, s.Kind, s.Due.Format("Mon 02 15:04"), s.State, s.Late, s.Remaining)
	}
	fmt.Println("first breach:", ev.FirstBreach.Format(time.RFC3339))
	// Output:
	// q1 question due Thu 19 09:00: answered-late late PT25H left PT0S
	// r1 negative-review due Fri 20 09:00: answered-late late PT1H left PT0S
	// c1 complaint due Thu 26 15:00: open late PT0S left PT27H
	// first breach: 2026-11-19T09:00:00+01:00
}

func ExampleEngine_Absence() {
	e, _ := sla.New(sla.Rules{Absence: &sla.AbsenceRule{MoreThanWorkingDays: 5, NoticeDays: 14}}, calendar.MustForMarket("FR", ""))
	a, err := e.Absence(calendar.MustParseDate("2026-07-27"), calendar.MustParseDate("2026-08-03"), calendar.MustParseDate("2026-08-14"))
	if err != nil {
		panic(err)
	}
	fmt.Println(a.WorkingDays, "working days,", a.NoticeDays, "days of notice, compliant:", a.Compliant)
	// Output: 10 working days, 7 days of notice, compliant: false
}

func ExampleEngine_NextUpdate() {
	e, _ := sla.New(sla.Rules{Updates: &sla.UpdateRule{EveryWorkingDays: 2}}, calendar.MustForMarket("FR", ""))
	u, err := e.NextUpdate(instant("2026-07-10T16:00:00+02:00"), time.Time{}, instant("2026-07-13T09:00:00+02:00"))
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Due.Format(time.RFC3339), u.State)
	// Output: 2026-07-15T16:00:00+02:00 open
}

func ExampleEngine_Performance() {
	e := engine()
	var convs []sla.Conversation
	for _, x := range [][2]string{
		{"2026-06-01T09:00:00+02:00", "2026-06-01T12:00:00+02:00"}, // 3 h
		{"2026-06-02T09:00:00+02:00", "2026-06-03T10:00:00+02:00"}, // 25 h
		{"2026-06-03T09:00:00+02:00", "2026-06-08T10:00:00+02:00"}, // 73 h: late
		{"2026-06-04T09:00:00+02:00", ""},                          // never answered
	} {
		c := sla.Conversation{Messages: []sla.Message{{From: sla.Buyer, Kind: sla.Question, At: instant(x[0])}}}
		if x[1] != "" {
			c.Messages = append(c.Messages, sla.Message{From: sla.Seller, At: instant(x[1])})
		}
		convs = append(convs, c)
	}
	p, err := e.Performance(convs, instant("2026-06-01T00:00:00+02:00"), instant("2026-07-01T00:00:00+02:00"))
	if err != nil {
		panic(err)
	}
	fmt.Printf("due %d, on time %d, late %d, unanswered %d, rate %s, median %v, p90 %v\n",
		p.Due, p.OnTime, p.Late, p.Unanswered, p.OnTimeRate, p.MedianResponse, p.P90Response)
	// Output: due 4, on time 2, late 1, unanswered 1, rate 0.5000, median PT25H, p90 PT73H
}

// ExampleNew shows the 72-business-hour reply rule of the Opisto charter
// (§I): a complaint received on a Friday afternoon is due the next
// Wednesday at the same time, the weekend not counting; the deadline
// marshals to its documented JSON.
func ExampleNew() {
	cal := calendar.MustForMarket("FR", "")
	eng, err := sla.New(sla.Rules{Source: "Opisto charter §I",
		Targets: []sla.Target{{Kind: sla.Complaint, Clock: calendar.Business, Hours: 72}}}, cal)
	if err != nil {
		panic(err)
	}
	d, err := eng.Explain(sla.Complaint, instant("2026-11-20T15:00:00+01:00"))
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Due.Format(time.RFC3339), d.Target.Delay())
	b, err := json.Marshal(d.Target)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// 2026-11-25T15:00:00+01:00 72 business hours
	// {"kind":"complaint","clock":"business","hours":72}
}
