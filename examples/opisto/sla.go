package main

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/sla"
)

// showSLA computes Opisto reply deadlines: 72 working hours for a
// complaint, a vacation registered in time pausing the clock, one
// registered late not pausing it, and a conversation's first breach (the
// trigger of an automatic dispute).
func showSLA(eng policy.Engine) {
	cal := eng.Calendar()
	e := eng.SLA()
	loc := cal.Location()
	recv := time.Date(2026, time.November, 20, 15, 0, 0, 0, loc)
	due, err := e.Deadline(sla.Complaint, recv)
	if err != nil {
		panic(err)
	}
	fmt.Printf("sla: complaint received %s is due %s\n", recv.Format(time.RFC3339), due.Format(time.RFC3339))
	conv := sla.Conversation{
		Messages: []sla.Message{
			{ID: "complaint", From: sla.Buyer, Kind: sla.Complaint, At: recv},
			{ID: "review", From: sla.Buyer, Kind: sla.Review, Stars: 2, At: recv.Add(time.Hour)},
			{ID: "reply", From: sla.Seller, At: time.Date(2026, time.November, 27, 10, 0, 0, 0, loc)},
		},
	}
	for _, v := range []sla.Vacation{
		{From: calendar.MustParseDate("2026-11-23"), To: calendar.MustParseDate("2026-11-24"), Registered: time.Date(2026, time.November, 2, 9, 0, 0, 0, loc)},
		{From: calendar.MustParseDate("2026-11-23"), To: calendar.MustParseDate("2026-11-24"), Registered: time.Date(2026, time.November, 23, 9, 0, 0, 0, loc)},
	} {
		conv.Vacations = []sla.Vacation{v}
		ev, err := e.Evaluate(conv, time.Date(2026, time.November, 30, 9, 0, 0, 0, loc))
		if err != nil {
			panic(err)
		}
		fmt.Printf("sla: vacation 23–24 Nov registered %s:\n", v.Registered.Format("2006-01-02 15:04"))
		for _, s := range ev.Messages {
			fmt.Printf("sla:   %-9s due %s  %s\n", s.ID, s.Due.Format(time.RFC3339), s.State)
		}
		if ev.FirstBreach.IsZero() {
			fmt.Println("sla:   no deadline missed: no automatic dispute")
		} else {
			fmt.Printf("sla:   first breach %s: automatic dispute\n", ev.FirstBreach.Format(time.RFC3339))
		}
	}
}
