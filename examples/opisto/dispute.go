package main

import (
	"fmt"
	"time"

	"github.com/aftersales/aftersales/dispute"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/sla"
)

// showDispute checks a dispute ground and the automatic dispute on a late
// reply to a complaint.
func showDispute(p policy.Policy) {
	cal, err := p.BuildCalendar()
	if err != nil {
		panic(err)
	}
	d, err := dispute.New(p.Dispute, cal)
	if err != nil {
		panic(err)
	}
	fmt.Printf("dispute: grounds %v\n", d.GroundNames())
	g, err := d.CheckGround("return_costs_seller_defect", dispute.Facts{
		dispute.FactSellerDefectConfirmed: true, dispute.FactReturnCostsDemanded: true, dispute.FactWithdrawal: true,
	})
	if err != nil {
		panic(err)
	}
	fmt.Printf("dispute: return costs demanded within a withdrawal: ground made out %t (%d condition failed)\n", g.Holds, len(g.Failed))

	eng, err := sla.New(p.SLA, cal)
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, time.March, 2, 10, 0, 0, 0, cal.Location())
	conv := sla.Conversation{Messages: []sla.Message{{ID: "c1", From: sla.Buyer, At: received, Kind: sla.Complaint}}}
	ev, err := eng.Evaluate(conv, time.Date(2026, time.March, 9, 10, 0, 0, 0, cal.Location()))
	if err != nil {
		panic(err)
	}
	o, err := d.AutoOpen(ev)
	if err != nil {
		panic(err)
	}
	if o.Opens {
		fmt.Printf("dispute: unanswered complaint: dispute opened automatically at %s\n", o.At.Format(time.RFC3339))
	} else {
		fmt.Printf("dispute: unanswered complaint: no automatic dispute (%s)\n", o.Reason)
	}
}
