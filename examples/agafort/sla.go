package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/sla"
)

// showSLA shows that Agafort's dispute resolution policy sets no seller
// reply time: its 24 h / 48 h / 5 days ladder binds Agafort's own teams
// (see the dispute section), so buyer messages need no reply within a
// limit under this policy.
func showSLA(eng policy.Engine) {
	cal := eng.Calendar()
	e := eng.SLA()
	recv := time.Date(2026, time.July, 13, 10, 0, 0, 0, cal.Location())
	if _, err := e.Deadline(sla.Complaint, recv); errors.Is(err, sla.ErrNoTarget) {
		fmt.Println("sla: no seller reply target in the Agafort policy:", err)
	}
	ev, err := e.Evaluate(sla.Conversation{Messages: []sla.Message{{From: sla.Buyer, Kind: sla.Complaint, At: recv}}}, recv.Add(72*time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Printf("sla: complaint of %s: %s\n", recv.Format(time.RFC3339), ev.Messages[0].State)
}
