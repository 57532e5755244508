package main

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/sla"
)

// showSLA computes Swapiphone reply deadlines (24 working hours, Bastille
// Day skipped), checks an absence announcement and the next proactive
// update on an open return.
func showSLA(p policy.Policy) {
	cal, err := p.BuildCalendar()
	if err != nil {
		panic(err)
	}
	e, err := sla.New(p.SLA, cal)
	if err != nil {
		panic(err)
	}
	loc := cal.Location()
	recv := time.Date(2026, time.July, 13, 10, 0, 0, 0, loc)
	due, err := e.Deadline(sla.Question, recv)
	if err != nil {
		panic(err)
	}
	fmt.Printf("sla: question received %s is due %s\n", recv.Format(time.RFC3339), due.Format(time.RFC3339))
	a, err := e.Absence(calendar.MustParseDate("2026-07-27"), calendar.MustParseDate("2026-08-03"), calendar.MustParseDate("2026-08-14"))
	if err != nil {
		panic(err)
	}
	fmt.Printf("sla: absence %s..%s announced %s: %d working days, %d days of notice (%d required), compliant %t\n",
		a.From, a.To, a.Notified, a.WorkingDays, a.NoticeDays, a.RequiredNoticeDays, a.Compliant)
	conv := sla.Conversation{
		CaseOpened: time.Date(2026, time.July, 15, 9, 0, 0, 0, loc),
		Messages: []sla.Message{
			{ID: "return", From: sla.Buyer, Kind: sla.Complaint, At: time.Date(2026, time.July, 15, 8, 0, 0, 0, loc)},
			{ID: "ack", From: sla.Seller, At: time.Date(2026, time.July, 15, 9, 0, 0, 0, loc)},
			{ID: "where", From: sla.Buyer, Kind: sla.PlainMessage, At: time.Date(2026, time.July, 17, 18, 0, 0, 0, loc)},
		},
	}
	ev, err := e.Evaluate(conv, time.Date(2026, time.July, 20, 15, 0, 0, 0, loc))
	if err != nil {
		panic(err)
	}
	for _, s := range ev.Messages {
		fmt.Printf("sla: %-6s due %s  %s (%v left)\n", s.ID, s.Due.Format(time.RFC3339), s.State, s.Remaining.Std())
	}
	fmt.Printf("sla: next seller update on the open return due %s: %s\n", ev.Update.Due.Format(time.RFC3339), ev.Update.State)
}
